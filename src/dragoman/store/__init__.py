"""Where coded articles live: one small interface, one backend per database.

>>> with open_store("events.db") as store:          # or "sqlite:///events.db"
...     store.save(coded)
...     store.events(actor="RUS", event_type="CONSULT", since=date(2022, 1, 1))

The store takes and returns the records of :mod:`dragoman.records`; it knows nothing
of spaCy or of how the records were made.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Protocol, runtime_checkable

from dragoman.records import Article, CodedArticle, Event

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
        """Store one article in one transaction; re-saving a doc_id replaces it."""

    def events(
        self,
        *,
        actor: str | None = None,
        event_type: str | None = None,
        since: date | None = None,
        until: date | None = None,
        doc_id: str | None = None,
        limit: int | None = None,
    ) -> list[Event]:
        """Events matching every given filter, ordered by date, doc_id, sentence.

        ``actor`` matches (case-insensitively) an actor's or recipient's country code
        exactly, or a substring of its name or mention text. ``since``/``until`` are
        inclusive and exclude undated events; undated events sort last.
        """

    def articles(self) -> list[Article]: ...

    def article(self, doc_id: str) -> Article | None: ...

    def counts(self) -> dict[str, int]:
        """Numbers of articles, sentences, mentions and events."""

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...


def open_store(target: str | Path) -> Store:
    """Open (creating and migrating if needed) the store named by ``target``.

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
        return SQLiteStore(rest[1:] or ":memory:")
    if "://" in text:
        scheme = text.split("://", 1)[0]
        raise UnsupportedStoreError(
            f"unknown store scheme {scheme!r}; use a file path or sqlite:///path"
        )
    return SQLiteStore(target)
