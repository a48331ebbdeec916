"""Where coded articles live: one small interface, one backend per database.

>>> with open_store("events.db") as store:          # or "sqlite:///events.db"
...     store.save(coded)
...     store.events(actor="RUS", event_type="CONSULT", since=date(2022, 1, 1))

The store takes and returns the records of :mod:`dragoman.records`; it knows nothing
of spaCy or of how the records were made.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from dragoman.records import Article, CodedArticle, Event, Quote

if TYPE_CHECKING:
    from dragoman.dedupe import EventCluster

__all__ = [
    "Store",
    "StoreError",
    "SchemaVersionError",
    "UnsupportedStoreError",
    "open_store",
]


class StoreError(Exception):
    """Base class of every error the store raises."""


class SchemaVersionError(StoreError):
    """The database was written by a newer dragoman (or is not a dragoman store)."""


class UnsupportedStoreError(StoreError):
    """The target names a backend this version cannot open."""


@runtime_checkable
class Store(Protocol):
    def save(self, coded: CodedArticle) -> None:
        """Store one article in one transaction; re-saving a doc_id replaces it.

        In the same transaction the article is checked for near-duplicates of stored
        articles and its mentions are merged into real events (see :mod:`dragoman.dedupe`):
        only the affected blocks are recomputed, with the same result as :meth:`recluster`.
        """

    def events(
        self,
        *,
        actor: str | None = None,
        event_type: str | None = None,
        since: date | None = None,
        until: date | None = None,
        doc_id: str | None = None,
        context: str | None = None,
        mode: str | Sequence[str] | None = None,
        limit: int | None = None,
    ) -> list[Event]:
        """Mentions (coded sentence-level events) matching every given filter, ordered
        by date, doc_id, sentence.

        ``actor`` matches (case-insensitively) an actor's or recipient's country code
        exactly, or a substring of its name or mention text. ``since``/``until`` are
        inclusive and exclude undated events; undated events sort last. ``context`` keeps
        events with that PLOVER context (e.g. ``"military"``). ``mode`` keeps events of
        that factuality, or of any of several: ``"asserted"``, ``"negated"``, ``"planned"``,
        ``"hypothetical"``, ``"historical"`` (``["asserted", "historical"]``: things that
        happened).
        """

    def real_events(
        self,
        *,
        actor: str | None = None,
        event_type: str | None = None,
        since: date | None = None,
        until: date | None = None,
        doc_id: str | None = None,
        context: str | None = None,
        mode: str | Sequence[str] | None = None,
        limit: int | None = None,
        mentions: bool = True,
    ) -> list[EventCluster]:
        """Real events (merged mentions), ordered by date (undated last), type, id.

        Same filters as :meth:`events`: ``actor``/``doc_id`` match when one of the event's
        mentions does; dates, ``context`` and ``mode`` are the event's (its contexts: all its
        mentions'). With ``mentions=False`` each event carries
        only its root mention (cheaper for listings)."""

    def real_event(self, event_id: str) -> EventCluster | None:
        """One real event with all its mentions."""

    def event_of(self, mention_id: str) -> str | None:
        """The id of the real event a mention (``Event.id``) belongs to."""

    def duplicate_of(self, doc_id: str) -> str | None:
        """The original article that ``doc_id`` near-duplicates, or None."""

    def recluster(self) -> int:
        """Recompute duplicate groups and real events from scratch; return their number."""

    def quotes(self, *, actor: str | None = None, doc_id: str | None = None, limit: int | None = None) -> list[Quote]:
        """Direct and indirect quotes; ``actor`` matches the speaker (country code, name, text)."""
        ...

    def articles(self) -> list[Article]: ...

    def article(self, doc_id: str) -> Article | None: ...

    def counts(self) -> dict[str, int]:
        """Numbers of articles, sentences, actor mentions, events (coded mentions) and
        real_events (merged)."""

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...


def open_store(target: str | Path, *, create: bool = True) -> Store:
    """Open (creating and migrating if needed) the store named by ``target``.

    With ``create=False`` only an existing dragoman store opens: a missing or empty file,
    or a SQLite database of another program, raises StoreError and is left untouched.

    ``target`` is a file path, ``sqlite:///relative.db``, ``sqlite:////abs/path.db``
    (SQLAlchemy's spelling) or ``:memory:``. ``postgresql://`` URLs are reserved
    for the PostgreSQL backend, which is not written yet.
    """
    from dragoman.store.sqlite import SQLiteStore  # lazy: keeps `import dragoman.store` cheap

    text = str(target)
    if text.startswith(("postgresql://", "postgres://", "postgresql+")):
        raise UnsupportedStoreError(
            "PostgreSQL stores are not yet supported; use a SQLite file path or sqlite:///path"
        )
    if text.startswith("sqlite://"):
        rest = text[len("sqlite://") :]
        if rest and not rest.startswith("/"):
            raise UnsupportedStoreError(f"bad SQLite URL {text!r}; use sqlite:///path")
        # sqlite:// alone is an in-memory database, as in SQLAlchemy.
        return SQLiteStore(rest[1:] or ":memory:", create=create)
    if "://" in text:
        scheme = text.split("://", 1)[0]
        raise UnsupportedStoreError(
            f"unknown store scheme {scheme!r}; use a file path or sqlite:///path"
        )
    return SQLiteStore(target, create=create)
