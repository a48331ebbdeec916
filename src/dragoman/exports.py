"""Exports of stored events to files other tools read.

>>> with open_store("events.db") as store, open("events.jsonl", "w", encoding="utf-8") as fp:
...     export(store, "plover-jsonl", fp)

Formats: ``plover-jsonl``, one JSON object per line, each described by
``dragoman/schemas/plover-event.schema.json`` (JSON Schema 2020-12).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date, datetime
from functools import cache, lru_cache
from importlib import resources
from typing import IO, TYPE_CHECKING, Any

from dragoman.records import Article, Event, Mention

if TYPE_CHECKING:
    from dragoman.store import Store

__all__ = [
    "FORMATS",
    "PloverValidationError",
    "event_to_plover",
    "export",
    "load_schema",
    "validate_plover",
    "write_plover_jsonl",
]


class PloverValidationError(ValueError):
    """A record does not match the PLOVER event schema; ``errors`` lists each problem."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("invalid PLOVER event record:\n  " + "\n  ".join(errors))
        self.errors = errors


# -- records -> PLOVER dicts ---------------------------------------------------------


def event_to_plover(event: Event, article: Article | None = None) -> dict[str, Any]:
    """One event as a PLOVER JSON object; article fields are null without ``article``."""
    ev = event.evidence
    return {
        "id": event.id,
        "date": _iso(event.date),
        "date_precision": event.date_precision,
        "date_text": event.date_text,
        "date_basis": event.date_basis,
        "event": event.event_type,
        "mode": event.mode,
        "context": list(event.context),
        "actor": [_party(m) for m in event.actors],
        "recipient": [_party(m) for m in event.recipients],
        "cameo": event.cameo,
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        "confidence": event.confidence,
        "doc_id": ev.doc_id,
        "sentence": ev.sentence_index,
        "text": ev.sentence,
        "trigger": {"text": ev.trigger, "start": ev.trigger_start, "end": ev.trigger_end},
        # Always present (null when unknown) so every line has the same columns.
        "source": article.source if article else None,
        "url": article.url if article else None,
        "title": article.title if article else None,
        "publication_date": _iso(article.date) if article else None,
    }


def _party(m: Mention) -> dict[str, Any]:
    a = m.actor
    return {
        "text": m.text,
        "name": a.name,
        "country": a.country,
        "sector": a.sector,
        "wikidata": a.wikidata,
        "resolved": a.resolved,
        "role_title": a.role_title,
        "start": m.start,
        "end": m.end,
    }


def _iso(d: date | None) -> str | None:
    if d is None:
        return None
    return (d.date() if isinstance(d, datetime) else d).isoformat()


# -- writers -------------------------------------------------------------------------


def write_plover_jsonl(
    events: Iterable[Event],
    fp: IO[str],
    articles: Mapping[str, Article] | None = None,
    *,
    validate: bool = False,
) -> int:
    """Write one JSON line per event to the text file ``fp``; return how many."""
    n = 0
    for event in events:
        article = articles.get(event.evidence.doc_id) if articles is not None else None
        obj = event_to_plover(event, article)
        if validate:
            validate_plover(obj)
        # ensure_ascii=False keeps names in Cyrillic/Arabic readable in the file.
        fp.write(json.dumps(obj, ensure_ascii=False) + "\n")
        n += 1
    return n


def _export_plover_jsonl(store: Store, fp: IO[str]) -> int:
    return write_plover_jsonl(store.events(), fp, _StoreArticles(store))


FORMATS: dict[str, Callable[[Store, IO[str]], int]] = {
    "plover-jsonl": _export_plover_jsonl,
}


def export(store: Store, fmt: str, fp: IO[str]) -> int:
    """Write every stored event to ``fp`` in format ``fmt``; return how many."""
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise ValueError(
            f"unknown export format {fmt!r}; supported: {', '.join(sorted(FORMATS))}"
        ) from None
    return writer(store, fp)


class _StoreArticles(Mapping[str, Article]):
    """Articles read from the store on demand, so an export never holds every
    article text in memory at once (a few hundred recent ones are cached)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._fetch = lru_cache(maxsize=256)(store.article)

    def __getitem__(self, doc_id: str) -> Article:
        article = self._fetch(doc_id)
        if article is None:
            raise KeyError(doc_id)
        return article

    def __iter__(self) -> Iterator[str]:
        return (a.doc_id for a in self._store.articles())

    def __len__(self) -> int:
        return self._store.counts()["articles"]


# -- schema --------------------------------------------------------------------------


@cache
def load_schema() -> dict[str, Any]:
    """The PLOVER event JSON Schema shipped with dragoman (do not mutate the result)."""
    path = resources.files("dragoman").joinpath("schemas", "plover-event.schema.json")
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _validator() -> Any:
    import jsonschema  # imported here: only validation needs it

    cls = jsonschema.Draft202012Validator
    return cls(load_schema(), format_checker=cls.FORMAT_CHECKER)


def validate_plover(obj: Mapping[str, Any]) -> None:
    """Raise :class:`PloverValidationError` naming every field that breaks the schema."""
    errors = sorted(_validator().iter_errors(obj), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        raise PloverValidationError(
            [f"{'/'.join(map(str, e.absolute_path)) or '(record)'}: {e.message}" for e in errors]
        )
