"""SQLite backend: one file anyone can open (Datasette, sqlite-utils, the sqlite3 shell).

The schema is created and upgraded by the numbered scripts in ``migrations/``;
``PRAGMA user_version`` records how many have been applied.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timezone
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from dragoman.records import Actor, Article, CodedArticle, Event, Evidence, Mention
from dragoman.store import SchemaVersionError, StoreError

_MIGRATION_FILE = re.compile(r"^(\d+)_[\w-]+\.sql$")
_MENTION_COLS = 'text, "start", "end", name, country, sector, wikidata, role_title, resolved, entry_id'
_CHUNK = 500  # ids per IN (...) query; well under SQLite's bound-parameter limit


@cache
def migrations() -> tuple[str, ...]:
    """The migration scripts in order: script ``i`` brings the schema to version ``i + 1``."""
    folder = resources.files("dragoman.store").joinpath("migrations")
    found = {
        int(m.group(1)): entry.read_text(encoding="utf-8")
        for entry in (folder.iterdir() if folder.is_dir() else ())
        if (m := _MIGRATION_FILE.match(entry.name))
    }
    if not found:
        # Most likely a build that left out package data (the .sql files).
        raise StoreError(f"no migration scripts found in {folder}; is dragoman installed whole?")
    if sorted(found) != list(range(1, len(found) + 1)):
        raise StoreError(f"migration files must be numbered 1..n without gaps, found {sorted(found)}")
    return tuple(found[v] for v in sorted(found))


def schema_version() -> int:
    """The schema version this dragoman writes."""
    return len(migrations())


class SQLiteStore:
    """A dragoman store in one SQLite file (``:memory:`` for a throw-away one)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a save is exactly
        # one transaction and nothing is left open between calls.
        self._db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        self._db.row_factory = sqlite3.Row
        try:
            self._configure()
            migrate(self._db)
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise StoreError(f"cannot open store {self.path!r}: {exc}") from exc
        except BaseException:
            self._db.close()
            raise

    def _configure(self) -> None:
        db = self._db
        db.execute("PRAGMA foreign_keys = ON")  # off by default, per connection; CASCADE needs it
        if self.path != ":memory:":
            # WAL: readers (the web explorer) never block the writer, and a killed
            # writer leaves the file consistent.
            db.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit is on disk before save() returns, so even a power cut keeps it.
        db.execute("PRAGMA synchronous = FULL")
        # Unicode-aware lower() (SQLite's only folds ASCII) so actor search works for
        # "ЛАВРОВ" as for "LAVROV"; PostgreSQL's lower() already behaves like this.
        db.create_function("lower", 1, _casefold, deterministic=True)

    # -- writing ---------------------------------------------------------------

    def save(self, coded: CodedArticle) -> None:
        art = coded.article
        _check_doc_ids(coded)
        events = _unique_events(coded.events)
        try:
            with _transaction(self._db):
                # Deleting the article cascades to its sentences, mentions, events and
                # event actors: re-saving replaces, never duplicates.
                self._db.execute("DELETE FROM articles WHERE doc_id = ?", (art.doc_id,))
                self._insert(coded, events)
        except sqlite3.Error as exc:
            raise StoreError(f"could not save article {art.doc_id!r}: {exc}") from exc

    def _insert(self, coded: CodedArticle, events: list[Event]) -> None:
        db, art = self._db, coded.article
        db.execute(
            "INSERT INTO articles (doc_id, title, date, date_origin, source, url, origin,"
            " language, text, meta, coded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (art.doc_id, art.title, _iso(art.date), art.date_origin, art.source, art.url,
             art.origin, art.language, art.text, _json(art.meta),
             datetime.now(timezone.utc).isoformat(timespec="seconds")),
        )
        db.executemany(
            'INSERT INTO sentences (doc_id, idx, "start", "end", text) VALUES (?, ?, ?, ?, ?)',
            [(art.doc_id, s.index, s.start, s.end, s.text) for s in coded.sentences],
        )
        db.executemany(
            f"INSERT INTO mentions (doc_id, position, {_MENTION_COLS})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(art.doc_id, i, *_mention_row(m)) for i, m in enumerate(coded.mentions)],
        )
        db.executemany(
            'INSERT INTO events (id, doc_id, sentence_idx, event_type, mode, context, cameo,'
            ' goldstein, quad_class, confidence, date, date_precision, date_text, date_basis,'
            ' "trigger", trigger_start, trigger_end, sentence_start, sentence)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_event_row(e) for e in events],
        )
        db.executemany(
            f"INSERT INTO event_actors (event_id, role, position, {_MENTION_COLS})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [row for e in events for row in _event_actor_rows(e)],
        )

    # -- reading ---------------------------------------------------------------

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
        where, params = _event_filters(actor, event_type, since, until, doc_id)
        sql = "SELECT * FROM events e"
        if where:
            sql += " WHERE " + " AND ".join(where)
        # Undated events last, on every backend (SQLite and PostgreSQL differ on NULLs).
        sql += " ORDER BY (e.date IS NULL), e.date, e.doc_id, e.sentence_idx, e.trigger_start, e.id"
        if limit is not None:
            if limit < 0:
                raise ValueError(f"limit must be >= 0, got {limit}")
            sql += " LIMIT ?"
            params.append(limit)
        rows = self._db.execute(sql, params).fetchall()
        parties = self._parties([r["id"] for r in rows])
        return [_event_from(r, *parties.get(r["id"], ([], []))) for r in rows]

    def _parties(self, ids: Sequence[str]) -> dict[str, tuple[list[Mention], list[Mention]]]:
        """Actors and recipients of the given events, in their original order."""
        out: dict[str, tuple[list[Mention], list[Mention]]] = {}
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i : i + _CHUNK]
            rows = self._db.execute(
                f"SELECT event_id, role, {_MENTION_COLS} FROM event_actors"
                f" WHERE event_id IN ({', '.join('?' * len(chunk))})"
                " ORDER BY event_id, role, position",
                chunk,
            )
            for row in rows:
                actors, recipients = out.setdefault(row["event_id"], ([], []))
                (actors if row["role"] == "actor" else recipients).append(_mention_from(row))
        return out

    def articles(self) -> list[Article]:
        rows = self._db.execute("SELECT * FROM articles ORDER BY (date IS NULL), date, doc_id")
        return [_article_from(r) for r in rows]

    def article(self, doc_id: str) -> Article | None:
        row = self._db.execute("SELECT * FROM articles WHERE doc_id = ?", (doc_id,)).fetchone()
        return _article_from(row) if row else None

    def counts(self) -> dict[str, int]:
        tables = ("articles", "sentences", "mentions", "events")
        # Table names come from the tuple above, never from the caller.
        return {t: self._db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    # -- lifetime --------------------------------------------------------------

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"


# -- schema migration ------------------------------------------------------------


def migrate(db: sqlite3.Connection) -> int:
    """Bring ``db`` to the newest schema; return its version."""
    latest = schema_version()
    if _check_version(_user_version(db), latest) == latest:
        return latest  # common case: no write lock taken, works on read-only files
    with _transaction(db):
        # Read again under the write lock: another process may have just migrated.
        current = _check_version(_user_version(db), latest)
        for version in range(current + 1, latest + 1):
            for statement in _statements(migrations()[version - 1]):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {version:d}")  # transactional in SQLite
    return latest


def _check_version(current: int, latest: int) -> int:
    if current > latest:
        raise SchemaVersionError(
            f"the store has schema version {current} but this dragoman only knows up to "
            f"{latest}; upgrade dragoman to open it"
        )
    return current


def _user_version(db: sqlite3.Connection) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def _statements(script: str) -> Iterator[str]:
    """Split a script into statements (``executescript`` would COMMIT our transaction)."""
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            yield buf
            buf = ""
    if any(line.strip() and not line.strip().startswith("--") for line in buf.splitlines()):
        raise StoreError(f"migration script ends with an unterminated statement: {buf.strip()[:80]!r}")


@contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    # IMMEDIATE takes the write lock up front, so two writers queue (busy timeout)
    # instead of failing half-way with "database is locked".
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
        db.execute("COMMIT")
    except BaseException:  # KeyboardInterrupt too: never leave a transaction open
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


# -- records <-> rows ----------------------------------------------------------------


def _check_doc_ids(coded: CodedArticle) -> None:
    """Refuse records that belong to another article rather than file them wrongly."""
    doc = coded.article.doc_id
    strays = {s.doc_id for s in coded.sentences} | {e.evidence.doc_id for e in coded.events}
    strays.discard(doc)
    if strays:
        raise StoreError(f"article {doc!r} carries sentences or events of {sorted(strays)}")


def _unique_events(events: Iterable[Event]) -> list[Event]:
    """Collapse exact repeats (same evidence, same coding); refuse conflicting ones."""
    seen: dict[str, Event] = {}
    for ev in events:
        prior = seen.setdefault(ev.id, ev)
        if prior is not ev and prior != ev:
            raise StoreError(
                f"two different events share id {ev.id} (doc {ev.evidence.doc_id!r}, "
                f"trigger {ev.evidence.trigger!r} at {ev.evidence.trigger_start})"
            )
    return list(seen.values())


def _mention_row(m: Mention) -> tuple[Any, ...]:
    a = m.actor
    return (m.text, m.start, m.end, a.name, a.country, a.sector, a.wikidata,
            a.role_title, int(a.resolved), a.entry_id)


def _mention_from(row: sqlite3.Row) -> Mention:
    actor = Actor(
        name=row["name"], country=row["country"], sector=row["sector"],
        wikidata=row["wikidata"], role_title=row["role_title"],
        resolved=bool(row["resolved"]), entry_id=row["entry_id"],
    )
    return Mention(text=row["text"], start=row["start"], end=row["end"], actor=actor)


def _event_row(e: Event) -> tuple[Any, ...]:
    ev = e.evidence
    return (e.id, ev.doc_id, ev.sentence_index, e.event_type, e.mode, _json(e.context),
            e.cameo, e.goldstein, e.quad_class, e.confidence, _iso(e.date),
            e.date_precision, e.date_text, e.date_basis, ev.trigger, ev.trigger_start,
            ev.trigger_end, ev.sentence_start, ev.sentence)


def _event_actor_rows(e: Event) -> Iterator[tuple[Any, ...]]:
    for role, mentions in (("actor", e.actors), ("recipient", e.recipients)):
        for position, m in enumerate(mentions):
            yield (e.id, role, position, *_mention_row(m))


def _event_from(row: sqlite3.Row, actors: list[Mention], recipients: list[Mention]) -> Event:
    evidence = Evidence(
        doc_id=row["doc_id"], sentence_index=row["sentence_idx"], sentence=row["sentence"],
        sentence_start=row["sentence_start"], trigger=row["trigger"],
        trigger_start=row["trigger_start"], trigger_end=row["trigger_end"],
    )
    return Event(
        event_type=row["event_type"], actors=actors, recipients=recipients,
        evidence=evidence, mode=row["mode"], context=json.loads(row["context"]),
        cameo=row["cameo"], goldstein=row["goldstein"], quad_class=row["quad_class"],
        confidence=row["confidence"], date=_date(row["date"]),
        date_precision=row["date_precision"], date_text=row["date_text"],
        date_basis=row["date_basis"],
    )


def _article_from(row: sqlite3.Row) -> Article:
    return Article(
        doc_id=row["doc_id"], text=row["text"], title=row["title"], date=_date(row["date"]),
        source=row["source"], url=row["url"], origin=row["origin"],
        language=row["language"], date_origin=row["date_origin"], meta=json.loads(row["meta"]),
    )


def _event_filters(
    actor: str | None, event_type: str | None, since: date | None,
    until: date | None, doc_id: str | None,
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if actor:
        # Country codes match exactly; names and mention texts by substring.
        where.append(
            "EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND"
            " (lower(a.country) = lower(?) OR lower(a.name) LIKE lower(?) ESCAPE '\\'"
            " OR lower(a.text) LIKE lower(?) ESCAPE '\\'))"
        )
        pattern = "%" + re.sub(r"([\\%_])", r"\\\1", actor) + "%"
        params += [actor, pattern, pattern]
    if event_type:
        where.append("e.event_type = ?")
        params.append(event_type.upper())
    if since is not None:
        where.append("e.date >= ?")
        params.append(_iso(since))
    if until is not None:
        where.append("e.date <= ?")
        params.append(_iso(until))
    if doc_id is not None:
        where.append("e.doc_id = ?")
        params.append(doc_id)
    return where, params


def _iso(d: date | None) -> str | None:
    if d is None:
        return None
    return (d.date() if isinstance(d, datetime) else d).isoformat()


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _json(value: Any) -> str:
    # default=str: corpus metadata is free-form; a stray datetime should not stop a save.
    return json.dumps(value, ensure_ascii=False, default=str)


def _casefold(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value
