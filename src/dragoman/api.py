"""The Python API: what the CLI (and later the HTTP API) wraps, one function a command."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Union

from tqdm import tqdm

from dragoman.actors import ActorResolver
from dragoman.dedupe import EventCluster
from dragoman.ingest import articles_from_records, read_inputs
from dragoman.language import parse
from dragoman.pipeline import Pipeline, Summary
from dragoman.records import Article, CodedArticle, Event, Mention, Quote, Skipped, Warned
from dragoman.store import Store, StoreError, open_store

Input = Union[str, Path, Article, Mapping[str, Any]]


@dataclass
class CodeResult:
    events: list[Event]
    summary: Summary


def iter_code(
    inputs: Iterable[Input] | Input,
    *,
    store: Store | str | Path | None = None,
    date: date | None = None,
    source: str | None = None,
    actors: Sequence[str | Path] = (),
    summary: Summary | None = None,
    progress: bool | None = False,
) -> Iterator[CodedArticle]:
    """Code inputs one article at a time, saving each to ``store`` as it is coded.

    ``inputs``: paths (files, folders, globs), ``Article`` records or dicts with
    ``id, url, date, title, text, source``. Unreadable inputs are listed in
    ``summary.skipped``, never raised. ``progress=None`` shows a bar only on a terminal.
    """
    summary = summary if summary is not None else Summary()
    pipeline = Pipeline(actor_files=actors)
    articles = _articles(_as_list(inputs), date=date, source=source, summary=summary)
    with _opened(store) as target, tqdm(desc="coding", unit="doc", disable=_bar_disabled(progress)) as bar:
        for coded in pipeline.code(articles, summary):
            bar.update(1)
            if target is not None and not _saved(target, coded, summary):
                continue
            bar.set_postfix(events=summary.events, refresh=False)
            yield coded
    summary.finish()


def _saved(target: Store, coded: CodedArticle, summary: Summary) -> bool:
    """Save one coded article; one the store refuses is listed as skipped, with why,
    and the batch goes on."""
    try:
        target.save(coded)
    except StoreError as error:
        summary.skipped.append(Skipped(origin=coded.article.origin or coded.article.doc_id,
                                       reason=f"not stored: {error}"))
        return False
    return True


def code(inputs: Iterable[Input] | Input, **options: Any) -> CodeResult:
    """Code inputs and return all their events (see ``iter_code`` for the options)."""
    summary = options.pop("summary", None) or Summary()
    events = [e for coded in iter_code(inputs, summary=summary, **options) for e in coded.events]
    return CodeResult(events=events, summary=summary)


def events(store: Store | str | Path, **filters: Any) -> list[Event]:
    """Events in a store; filters: actor, event_type, since, until, doc_id, context, mode, limit."""
    with _opened(store) as target:
        return target.events(**filters)


def real_events(store: Store | str | Path, **filters: Any) -> list["EventCluster"]:
    """Deduplicated events (one per real-world happening, with their mentions);
    filters: actor, event_type, since, until, doc_id, context, mode, limit."""
    with _opened(store) as target:
        return target.real_events(**filters)


def quotes(store: Store | str | Path, **filters: Any) -> list[Quote]:
    """Quotes in a store; filters: actor (the speaker), doc_id, limit."""
    with _opened(store) as target:
        return target.quotes(**filters)


def resolve_actors(
    text: str, *, date: date | None = None, context: str | None = None, actors: Sequence[str | Path] = ()
) -> list[Mention]:
    """The actors a text names on a date. With ``context`` (a sentence holding the
    text) the sentence is parsed and the mentions overlapping the text are returned."""
    resolver = ActorResolver(extra_files=actors)
    if context is None:
        return resolver.resolve_text(text, date)
    start = context.lower().find(text.lower())
    if start < 0:
        raise ValueError(f"{text!r} does not occur in the context sentence")
    doc = next(parse([context]))
    end = start + len(text)
    return [m for m in resolver.find_mentions(doc, date) if m.start < end and m.end > start]


def _articles(inputs: list[Input], *, date, source, summary: Summary) -> Iterator[Article]:
    paths = [i for i in inputs if isinstance(i, (str, Path))]
    records = [i for i in inputs if isinstance(i, Mapping)]
    given = [i for i in inputs if isinstance(i, Article)]
    streams: list[Iterable[Article | Skipped]] = [given]
    if paths:
        streams.append(read_inputs(paths, date=date, source=source))
    if records:
        streams.append(articles_from_records(records, date=date, source=source))
    for stream in streams:
        for item in stream:
            if isinstance(item, Skipped):
                summary.skipped.append(item)
            else:
                origin = item.origin or item.doc_id
                summary.warnings += [Warned(origin, w) for w in item.meta.get("warnings", [])]
                yield item


def _as_list(inputs: Iterable[Input] | Input) -> list[Input]:
    if isinstance(inputs, (str, Path, Article, Mapping)):
        return [inputs]
    return list(inputs)


def _opened(store: Store | str | Path | None):
    """Open a path as a store for the duration of a call; a Store object stays open."""
    if store is None or not isinstance(store, (str, Path)):
        return nullcontext(store)
    return open_store(store)


def _bar_disabled(progress: bool | None) -> bool | None:
    # tqdm: disable=None means "only when writing to a terminal".
    return None if progress is None else not progress
