"""The Python API: what the CLI (and later the HTTP API) wraps, one function a command."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, Union

from tqdm import tqdm

from dragoman.actors import ActorResolver
from dragoman.actors.pronouns import PERSONAL_PRONOUNS, antecedent, index_mentions
from dragoman.actors.story import context_party, local_party, seat_in_context, stranger_in_context
from dragoman.dedupe import EventCluster
from dragoman.ingest import CSV_SUFFIXES, JSONL_SUFFIXES, articles_from_records, read_inputs
from dragoman.language import parse
from dragoman.pipeline import Pipeline, Summary
from dragoman.records import Article, CodedArticle, Event, Mention, Quote, Skipped, Warned
from dragoman.store import Store, StoreError, open_store
from dragoman.where import find_places

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
    inputs = _as_list(inputs)
    pipeline = Pipeline(actor_files=actors)  # first: a bad actor file leaves no store behind
    with _opened(store) as target:
        articles = _articles(inputs, date=date, source=source, summary=summary)
        with _progress_bar(progress, _known_total(inputs)) as bar:
            for coded in pipeline.code(articles, summary):
                saved = target is None or _saved(target, coded, summary)
                # coded and skipped both advance the bar, so a known total is reached
                bar.update(summary.documents + len(summary.skipped) - bar.n)
                bar.set_postfix(events=summary.events, refresh=False)
                if saved:
                    yield coded
            bar.update(summary.documents + len(summary.skipped) - bar.n)
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
    with _opened(store, create=False) as target:
        return target.events(**filters)


def real_events(store: Store | str | Path, **filters: Any) -> list["EventCluster"]:
    """Deduplicated events (one per real-world happening, with their mentions);
    filters: actor, event_type, since, until, doc_id, context, mode, limit."""
    with _opened(store, create=False) as target:
        return target.real_events(**filters)


def real_event_count(store: Store | str | Path, mention_ids: Iterable[str]) -> int:
    """How many real events (after deduplication) the given mentions belong to."""
    with _opened(store, create=False) as target:
        return len({target.event_of(m) for m in mention_ids} - {None})


def quotes(store: Store | str | Path, **filters: Any) -> list[Quote]:
    """Quotes in a store; filters: actor (the speaker), doc_id, limit."""
    with _opened(store, create=False) as target:
        return target.quotes(**filters)


def resolve_actors(
    text: str, *, date: date | None = None, context: str | None = None, actors: Sequence[str | Path] = ()
) -> list[Mention]:
    """The actors a text names on a date. With ``context`` (a sentence holding the
    text, or two: "he"/"she" is the one person named in them before it) the context is
    parsed and the mentions overlapping the text are returned; without it the text is
    parsed alone. Parsing matters: a verb is not a surname ("Israeli warplanes struck" is
    not Peter Struck) and misspelled names are found among the parser's person names."""
    resolver = ActorResolver(extra_files=actors)
    context = text if context is None else context
    start = _whole_word_at(context, text)
    if start < 0:
        raise ValueError(f"{text!r} does not occur in the context sentence")
    doc = next(parse([context]))
    end = start + len(text)
    mentions = resolver.find_mentions(doc, date)
    found = [m for m in mentions if m.start < end and m.end > start]
    span = doc.char_span(start, end, alignment_mode="expand")
    if not found and span is not None and span[0].lower_ in PERSONAL_PRONOUNS:  # "He", or "He said"
        pronoun = span[0]
        found = [replace(m, text=pronoun.text, start=pronoun.idx, end=pronoun.idx + len(pronoun))
                 for m in antecedent(doc, pronoun, mentions, index_mentions(doc, mentions))]
    found_places = [p for p in find_places(doc, mentions) if p.country]
    places = [p.country for p in found_places]
    found = [seat_in_context(m, mentions, places, resolver.kb) for m in found]  # Mexico's "Congress"
    found = [stranger_in_context(m, mentions, places, resolver.kb) for m in found]  # Honduras's "army chief X"
    if not found and span is not None and set(range(span.start, span.end)) <= set(resolver.fixed_tokens(doc)):
        return []  # "Ofer prison", "the Nikkei share average": a place or a set phrase
    if not found:  # "students" in "Students clashed with police in Dhaka": where they act
        # else "the army" of a context about one country ("Iraq's prime minister sent the army")
        party = local_party(doc, start, end, found_places, resolver.kb) \
            or context_party(doc, start, end, mentions, found_places, resolver, date)
        found = [party] if party else []
    return found


def _whole_word_at(context: str, text: str) -> int:
    """Where ``text`` first occurs in ``context`` as whole words ("He" in "...Gantz. He
    said", not in "the"), else where it first occurs at all, else -1."""
    match = re.search(rf"(?<!\w){re.escape(text)}(?!\w)", context, re.IGNORECASE)
    return match.start() if match else context.lower().find(text.lower())


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


def _opened(store: Store | str | Path | None, create: bool = True):
    """Open a path as a store for the duration of a call; a Store object stays open.
    Queries pass ``create=False``: reading must not make a store out of another file."""
    if store is None or not isinstance(store, (str, Path)):
        return nullcontext(store)
    return open_store(store, create=create)


def _progress_bar(progress: bool | None, total: int | None) -> tqdm:
    """A bar on stderr: with a total it shows percentage and time left. progress=None:
    only on a terminal (tqdm's disable=None), so pipes and CI stay silent."""
    disable = None if progress is None else not progress
    # tqdm draws nothing on a terminal that reports a size of 0 (`script`, some CI
    # ttys): give it a usual one.
    size = {"ncols": 80, "nrows": 24} if _unsized_terminal() else {}
    return tqdm(desc="coding", unit="doc", total=total, disable=disable, **size)


def _unsized_terminal() -> bool:
    try:
        size = os.get_terminal_size(sys.stderr.fileno())
    except (OSError, ValueError):  # not a terminal, or stderr replaced (tests)
        return False
    return size.columns == 0 or size.lines == 0


def _known_total(inputs: list[Input]) -> int | None:
    """How many documents the inputs hold when that is cheap to know: records,
    Articles, one-article files (.txt, .html, ...) and JSONL lines, in files or folders.
    None when a CSV file (a quoted field may span lines) or a glob is among them."""
    total = 0
    for item in inputs:
        files = _visible_files(Path(item)) if isinstance(item, (str, Path)) else []
        if files is None:
            return None
        counts = [_documents_in(f) for f in files] if files else [1]
        if None in counts:
            return None
        total += sum(counts)  # each document becomes an article or a skipped input
    return total


def _documents_in(path: Path) -> int | None:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        with path.open("rb") as lines:
            return sum(1 for line in lines if line.strip())
    return None if suffix in CSV_SUFFIXES else 1


def _visible_files(path: Path) -> list[Path] | None:
    """The files ingest reads for a path (hidden ones are not articles); None for a glob."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        return None
    return [p for p in path.rglob("*")
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)]
