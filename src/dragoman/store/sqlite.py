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
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from dragoman import dedupe
from dragoman.records import Actor, Article, CodedArticle, Event, Evidence, Mention, Place, Quote
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

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        """Open the store at ``path``; ``create=False`` (the read-only commands) opens
        only an existing dragoman store and never writes a schema into another file."""
        self.path = str(path)
        self._db = _connect(self.path, create)
        self._db.row_factory = sqlite3.Row
        self._deduper = dedupe.ArticleDeduper()
        try:
            _check_is_store(self._db, self.path, create)
            self._configure()
            migrate(self._db)
            if self._needs_backfill():
                self.recluster()  # a store written before deduplication existed
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc
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
        signature = self._deduper.signature(art.text)
        try:
            with _transaction(self._db):
                # What the old version of the article took part in: its events' blocks
                # and its near-duplicate group (both are recomputed below).
                blocks = self._blocks_of([art.doc_id])
                group = self._group_of(art.doc_id)
                # Deleting the article cascades to its sentences, mentions, events, event
                # actors, links and signature: re-saving replaces, never duplicates.
                self._db.execute("DELETE FROM articles WHERE doc_id = ?", (art.doc_id,))
                self._insert(coded, events)
                self._insert_signature(art.doc_id, signature)
                docs = self._regroup(group | {art.doc_id})
                self._recluster_blocks(blocks | self._blocks_of(docs))
        except sqlite3.Error as exc:
            raise StoreError(f"could not save article {art.doc_id!r}: {exc}") from exc

    def _insert(self, coded: CodedArticle, events: list[Event]) -> None:
        db, art = self._db, coded.article
        db.execute(
            "INSERT INTO articles (doc_id, title, date, date_origin, source, url, origin,"
            " language, text, meta, main_type, coded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (art.doc_id, art.title, _iso(art.date), art.date_origin, art.source, art.url,
             art.origin, art.language, art.text, _json(art.meta), art.main_type,
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
            ' "trigger", trigger_start, trigger_end, sentence_start, sentence,'
            " place_name, place_country, place_kind, place_lat, place_lon, place_geonames_id,"
            " place_text, place_start, place_end, block_key, match_texts, method)"
            f" VALUES ({', '.join('?' * 31)})",
            [_event_row(e) for e in events],
        )
        db.executemany(
            f"INSERT INTO event_actors (event_id, role, position, {_MENTION_COLS}, phrase_start, phrase_end)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [row for e in events for row in _event_actor_rows(e)],
        )
        db.executemany(
            f"INSERT INTO quotes ({_QUOTE_COLS}) VALUES ({', '.join('?' * 19)})",
            [_quote_row(art.doc_id, i, q) for i, q in enumerate(coded.quotes)],
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
        context: str | None = None,
        mode: str | Sequence[str] | None = None,
        limit: int | None = None,
    ) -> list[Event]:
        where, params = _event_filters(actor=actor, event_type=event_type, since=since, until=until,
                                       doc_id=doc_id, context=context, mode=mode)
        rows = self._select("events e", where, params,
                            "(e.date IS NULL), e.date, e.doc_id, e.sentence_idx, e.trigger_start, e.id", limit)
        parties = self._parties([r["id"] for r in rows])
        return [_event_from(r, parties.get(r["id"], _Parties())) for r in rows]

    def _select(self, table: str, where: list[str], params: list[Any], order: str, limit: int | None) -> list[sqlite3.Row]:
        """Rows of a filtered, ordered, limited query. Undated rows sort last in ``order``
        on every backend (SQLite and PostgreSQL differ on NULLs)."""
        sql = f"SELECT * FROM {table}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {order}"
        if limit is not None:
            if limit < 0:
                raise ValueError(f"limit must be >= 0, got {limit}")
            sql += " LIMIT ?"
            params = [*params, limit]
        return self._db.execute(sql, params).fetchall()

    def _parties(self, ids: Sequence[str]) -> dict[str, _Parties]:
        """Actors and recipients of the given events (and their phrases), in order."""
        out: dict[str, _Parties] = {}
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i : i + _CHUNK]
            rows = self._db.execute(
                f"SELECT event_id, role, {_MENTION_COLS}, phrase_start, phrase_end FROM event_actors"
                f" WHERE event_id IN ({', '.join('?' * len(chunk))})"
                " ORDER BY event_id, role, position",
                chunk,
            )
            for row in rows:
                parties = out.setdefault(row["event_id"], _Parties())
                mentions, phrases = (parties.actors, parties.actor_phrases) if row["role"] == "actor" \
                    else (parties.recipients, parties.recipient_phrases)
                mentions.append(_mention_from(row))
                if row["phrase_start"] is not None:
                    phrases.append((row["phrase_start"], row["phrase_end"]))
        return out

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
    ) -> list[dedupe.EventCluster]:
        where, params = _cluster_filters(actor=actor, event_type=event_type, since=since, until=until,
                                         doc_id=doc_id, context=context, mode=mode)
        rows = self._select("event_clusters c", where, params, "(c.date IS NULL), c.date, c.event_type, c.id", limit)
        ids = [r["id"] for r in rows]
        members = self._cluster_mentions(ids, all_mentions=mentions)
        return [_cluster_from(r, members.get(r["id"], [])) for r in rows]

    def real_event(self, event_id: str) -> dedupe.EventCluster | None:
        row = self._db.execute("SELECT * FROM event_clusters WHERE id = ?", (event_id,)).fetchone()
        if row is None:
            return None
        return _cluster_from(row, self._cluster_mentions([event_id]).get(event_id, []))

    def event_of(self, mention_id: str) -> str | None:
        """The id of the real event a mention (``Event.id``) belongs to."""
        row = self._db.execute("SELECT event_id FROM event_mentions WHERE mention_id = ?",
                               (mention_id,)).fetchone()
        return row[0] if row else None

    def duplicate_of(self, doc_id: str) -> str | None:
        """The original article ``doc_id`` is a near-duplicate of, or None."""
        row = self._db.execute("SELECT duplicate_of FROM articles WHERE doc_id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def _cluster_mentions(self, ids: Sequence[str], all_mentions: bool = True) -> dict[str, list[Event]]:
        """Mentions of the given real events, first reported first (only the root
        mention of each when ``all_mentions`` is false)."""
        out: dict[str, list[Event]] = {}
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i : i + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            if all_mentions:
                sql = (f"SELECT em.event_id AS cluster_id, e.* FROM event_mentions em"
                       f" JOIN events e ON e.id = em.mention_id JOIN articles a ON a.doc_id = e.doc_id"
                       f" WHERE em.event_id IN ({marks}) ORDER BY em.event_id, {_FIRST_SEEN}")
            else:
                sql = (f"SELECT c.id AS cluster_id, e.* FROM event_clusters c JOIN events e"
                       f" ON e.id = c.root_mention_id WHERE c.id IN ({marks})")
            rows = self._db.execute(sql, chunk).fetchall()
            parties = self._parties([r["id"] for r in rows])
            for r in rows:
                out.setdefault(r["cluster_id"], []).append(
                    _event_from(r, parties.get(r["id"], _Parties())))
        return out

    def quotes(self, *, actor: str | None = None, doc_id: str | None = None, limit: int | None = None) -> list[Quote]:
        """Quotes in text order; ``actor`` matches the speaker's country code, or name or
        text (case-insensitive substring)."""
        where, args = [], []
        if actor:
            where.append("(lower(country) = lower(?) OR lower(name) LIKE lower(?) ESCAPE '\\'"
                         " OR lower(speaker_text) LIKE lower(?) ESCAPE '\\')")
            pattern = _contains(actor)
            args += [actor, pattern, pattern]
        if doc_id:
            where.append("doc_id = ?")
            args.append(doc_id)
        sql = (f"SELECT q.* FROM quotes q JOIN articles a USING (doc_id)"
               f"{' WHERE ' + ' AND '.join(where) if where else ''}"
               " ORDER BY a.date IS NULL, a.date, q.doc_id, q.position")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_quote_from(row) for row in self._db.execute(sql, args)]

    def articles(self) -> list[Article]:
        rows = self._db.execute("SELECT * FROM articles ORDER BY (date IS NULL), date, doc_id")
        return [_article_from(r) for r in rows]

    def article(self, doc_id: str) -> Article | None:
        row = self._db.execute("SELECT * FROM articles WHERE doc_id = ?", (doc_id,)).fetchone()
        return _article_from(row) if row else None

    def counts(self) -> dict[str, int]:
        tables = {"articles": "articles", "sentences": "sentences", "mentions": "mentions",
                  "events": "events", "real_events": "event_clusters"}
        # Table names come from the mapping above, never from the caller.
        return {k: self._db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for k, t in tables.items()}

    # -- deduplication -----------------------------------------------------------

    def recluster(self) -> int:
        """Recompute every dedupe key, duplicate group and real event from the stored
        mentions (after a rules change, or on a store written before version 2);
        return the number of real events. Incremental saves give the same result."""
        events = self.events()
        with _transaction(self._db):
            self._db.executemany(
                "UPDATE events SET block_key = ?, match_texts = ? WHERE id = ?",
                [(*_dedupe_keys(e), e.id) for e in events],
            )
            missing = self._db.execute(
                "SELECT doc_id, text FROM articles WHERE doc_id NOT IN (SELECT doc_id FROM article_signatures)"
            ).fetchall()
            for row in missing:
                self._insert_signature(row["doc_id"], self._deduper.signature(row["text"]))
            docs = [r[0] for r in self._db.execute("SELECT doc_id FROM articles")]
            self._db.execute("DELETE FROM event_clusters")
            self._regroup(set(docs))
            blocks = {r[0] for r in self._db.execute("SELECT DISTINCT block_key FROM events")}
            self._recluster_blocks(blocks)
        return self.counts()["real_events"]

    def _needs_backfill(self) -> bool:
        db = self._db
        return (db.execute("SELECT 1 FROM events WHERE block_key IS NULL LIMIT 1").fetchone() is not None
                or db.execute("SELECT 1 FROM articles WHERE doc_id NOT IN"
                              " (SELECT doc_id FROM article_signatures) LIMIT 1").fetchone() is not None)

    def _insert_signature(self, doc_id: str, signature: Any) -> None:
        import numpy as np

        sig = np.asarray(signature, dtype="<u4")
        self._db.execute("INSERT OR REPLACE INTO article_signatures (doc_id, signature) VALUES (?, ?)",
                         (doc_id, sig.tobytes()))
        self._db.execute("DELETE FROM article_bands WHERE doc_id = ?", (doc_id,))
        self._db.executemany('INSERT OR IGNORE INTO article_bands (band, "key", doc_id) VALUES (?, ?, ?)',
                             [(b, k, doc_id) for b, k in self._deduper.band_keys(sig)])

    def _signature(self, doc_id: str) -> Any:
        import numpy as np

        row = self._db.execute("SELECT signature FROM article_signatures WHERE doc_id = ?", (doc_id,)).fetchone()
        return None if row is None else np.frombuffer(row[0], dtype="<u4")

    def _near(self, doc_id: str) -> list[tuple[str, float]]:
        """Stored articles whose similarity to ``doc_id`` reaches the threshold."""
        mine = self._signature(doc_id)
        if mine is None:
            return []
        rows = self._db.execute(
            'SELECT DISTINCT b2.doc_id FROM article_bands b1 JOIN article_bands b2'
            ' ON b2.band = b1.band AND b2."key" = b1."key" WHERE b1.doc_id = ? AND b2.doc_id <> ?',
            (doc_id, doc_id),
        ).fetchall()
        out = []
        for (other,) in rows:
            sim = self._deduper.similarity(mine, self._signature(other))
            if sim >= self._deduper.threshold:
                out.append((other, sim))
        return sorted(out, key=lambda x: (-x[1], x[0]))

    def _group_of(self, doc_id: str) -> set[str]:
        """The near-duplicate group ``doc_id`` belongs to (just itself if none)."""
        row = self._db.execute("SELECT duplicate_of FROM articles WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None:
            return set()
        original = row[0] or doc_id
        rows = self._db.execute("SELECT doc_id FROM articles WHERE doc_id = ? OR duplicate_of = ?",
                                (original, original))
        return {r[0] for r in rows}

    def _regroup(self, seeds: set[str]) -> set[str]:
        """Recompute the near-duplicate groups holding ``seeds`` (connected components of
        near-duplicate pairs), their originals (earliest publication, then doc_id) and the
        duplicates' counterpart mentions; return every article of those groups."""
        db, done = self._db, set()
        for seed in sorted(seeds):
            if seed in done or db.execute("SELECT 1 FROM articles WHERE doc_id = ?", (seed,)).fetchone() is None:
                continue
            group, stack, sims = {seed}, [seed], {}
            while stack:
                for other, sim in self._near(stack.pop()):
                    if other not in group:
                        group.add(other)
                        stack.append(other)
            done |= group
            dates = dict(db.execute(
                f"SELECT doc_id, date FROM articles WHERE doc_id IN ({', '.join('?' * len(group))})",
                sorted(group)).fetchall())
            original = min(group, key=lambda d: (dates.get(d) is None, dates.get(d) or "", d))
            base = self._signature(original)
            for doc in group:
                sims[doc] = None if doc == original else self._deduper.similarity(base, self._signature(doc))
            db.executemany("UPDATE articles SET duplicate_of = ?, duplicate_similarity = ? WHERE doc_id = ?",
                           [(None if d == original else original, sims[d], d) for d in sorted(group)])
            db.executemany("UPDATE events SET counterpart_id = NULL WHERE doc_id = ?", [(d,) for d in sorted(group)])
            if len(group) > 1:
                originals = self.events(doc_id=original)
                for doc in sorted(group - {original}):
                    pairs = dedupe.counterparts(self.events(doc_id=doc), originals)
                    db.executemany("UPDATE events SET counterpart_id = ? WHERE id = ?",
                                   [(o, m) for m, o in sorted(pairs.items())])
        return done

    def _blocks_of(self, docs: Iterable[str]) -> set[str]:
        """Blocks the events of ``docs`` take part in (their own and their counterparts')."""
        docs = sorted(set(docs))
        out: set[str] = set()
        for i in range(0, len(docs), _CHUNK):
            chunk = docs[i : i + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT block_key FROM events WHERE doc_id IN ({marks}) UNION"
                f" SELECT o.block_key FROM events e JOIN events o ON o.id = e.counterpart_id"
                f" WHERE e.doc_id IN ({marks})", chunk + chunk)
            out |= {r[0] for r in rows if r[0] is not None}
        return out

    def _recluster_blocks(self, blocks: Iterable[str]) -> None:
        for block in sorted(blocks):
            self._recluster_block(block)

    def _recluster_block(self, block: str) -> None:
        db = self._db
        select = ("SELECT e.*, COALESCE(a.duplicate_of, e.doc_id) AS canonical_doc, a.date AS pub,"
                  " a.source AS art_source, a.url AS art_url FROM events e JOIN articles a ON a.doc_id = e.doc_id")
        # The block's own mentions, and the duplicates' copies of them (two indexed queries).
        rows = db.execute(
            f"{select} WHERE e.block_key = ? AND (e.counterpart_id IS NULL OR NOT EXISTS"
            " (SELECT 1 FROM events o WHERE o.id = e.counterpart_id))"
            f" UNION ALL {select} JOIN events o ON o.id = e.counterpart_id"
            " WHERE o.block_key = ? AND o.counterpart_id IS NULL",
            (block, block),
        ).fetchall()
        db.execute("DELETE FROM event_clusters WHERE block_key = ?", (block,))
        if not rows:
            return
        by_id = {r["id"]: r for r in rows}
        own = {r["id"] for r in rows if r["block_key"] == block and r["counterpart_id"] is None}
        keys = [_mention_key(r, counterpart=None if r["id"] in own or r["counterpart_id"] not in by_id
                             else r["counterpart_id"]) for r in rows]
        clusters = dedupe.cluster_block(keys)
        roots = {cid: min(members, key=lambda m: _first_seen_key(by_id[m.id])).id
                 for cid, members in clusters.items()}
        parties = self._parties(sorted(roots.values()))
        for cid, members in sorted(clusters.items()):
            root = by_id[roots[cid]]
            root_parties = parties.get(root["id"], _Parties())
            actors, recipients = root_parties.actors, root_parties.recipients
            db.execute(f"INSERT INTO event_clusters ({_CLUSTER_COLS}) VALUES ({', '.join('?' * 29)})",
                       _cluster_row(cid, block, members, [by_id[m.id] for m in members], root,
                                    actors, recipients))
            db.executemany("INSERT OR REPLACE INTO event_mentions (mention_id, event_id) VALUES (?, ?)",
                           [(m.id, cid) for m in members])

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


def _connect(path: str, create: bool) -> sqlite3.Connection:
    """A connection to ``path``; a new file is made only when ``create``."""
    try:
        if path == ":memory:":
            target, uri = path, False
        elif create:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            target, uri = path, False
        elif not Path(path).is_file():
            raise StoreError(f"{path}: no such store")
        else:  # mode=rw: open, never create (read-only files still open for reading)
            target, uri = Path(path).absolute().as_uri() + "?mode=rw", True
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a save is exactly
        # one transaction and nothing is left open between calls.
        return sqlite3.connect(target, isolation_level=None, timeout=30, uri=uri)
    except (OSError, sqlite3.Error) as exc:
        verb = "create" if create and path != ":memory:" and not Path(path).exists() else "open"
        raise StoreError(f"cannot {verb} store {path}: {getattr(exc, 'strerror', None) or exc}") from exc


def _check_is_store(db: sqlite3.Connection, path: str, create: bool) -> None:
    """Refuse a SQLite file that is not ours (tables of another program), and an empty
    one unless we may create a store there: never migrate someone else's database."""
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if _user_version(db) > 0 and "articles" in tables:
        return
    if tables:
        shown = ", ".join(sorted(tables)[:3]) + (", ..." if len(tables) > 3 else "")
        raise StoreError(f"{path} is not a dragoman store (it is a SQLite database with other tables: {shown})")
    if not create:
        raise StoreError(f"{path} is not a dragoman store (it is empty; create one with `dragoman code`)")


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


_QUOTE_COLS = ('doc_id, position, sentence_idx, kind, text, "start", "end", cue, cue_start,'
               " speaker_text, speaker_start, speaker_end, name, country, sector, wikidata,"
               " role_title, resolved, entry_id")


def _quote_row(doc_id: str, position: int, q: Quote) -> tuple[Any, ...]:
    speaker = _mention_row(q.speaker) if q.speaker else (None,) * 10
    return (doc_id, position, q.sentence_index, q.kind, q.text, q.start, q.end, q.cue, q.cue_start, *speaker)


def _quote_from(row: sqlite3.Row) -> Quote:
    speaker = None
    if row["speaker_text"] is not None:
        speaker = Mention(row["speaker_text"], row["speaker_start"], row["speaker_end"], Actor(
            name=row["name"], country=row["country"], sector=row["sector"], wikidata=row["wikidata"],
            role_title=row["role_title"], resolved=bool(row["resolved"]), entry_id=row["entry_id"]))
    return Quote(row["doc_id"], row["sentence_idx"], row["kind"], row["text"], row["start"], row["end"],
                 row["cue"], row["cue_start"], speaker)


def _contains(text: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') matching ``text`` anywhere, taken literally."""
    return "%" + re.sub(r"([\\%_])", r"\\\1", text) + "%"


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
    p = e.place
    place = ((p.name, p.country, p.kind, p.lat, p.lon, p.geonames_id, p.text, p.start, p.end)
             if p is not None else (None,) * 9)
    return (e.id, ev.doc_id, ev.sentence_index, e.event_type, e.mode, _json(e.context),
            e.cameo, e.goldstein, e.quad_class, e.confidence, _iso(e.date),
            e.date_precision, e.date_text, e.date_basis, ev.trigger, ev.trigger_start,
            ev.trigger_end, ev.sentence_start, ev.sentence, *place, *_dedupe_keys(e), e.method)


def _dedupe_keys(e: Event) -> tuple[str, str]:
    block, texts = dedupe.block_key(e)
    return block, _json(list(texts))


def _place_from(row: sqlite3.Row, prefix: str = "place_") -> Place | None:
    keys = row.keys()
    if f"{prefix}name" not in keys or row[f"{prefix}name"] is None:
        return None
    get = lambda k: row[prefix + k] if prefix + k in keys else None  # noqa: E731
    return Place(name=get("name"), country=get("country"), kind=get("kind"), lat=get("lat"),
                 lon=get("lon"), geonames_id=get("geonames_id"), text=get("text"),
                 start=get("start"), end=get("end"))


# Order of first report: publication date (undated last), document, sentence, offset.
_FIRST_SEEN = "(a.date IS NULL), a.date, e.doc_id, e.sentence_idx, e.trigger_start, e.id"


def _first_seen_key(row: sqlite3.Row) -> tuple[Any, ...]:
    return (row["pub"] is None, row["pub"] or "", row["doc_id"], row["sentence_idx"],
            row["trigger_start"], row["id"])


def _mention_key(row: sqlite3.Row, counterpart: str | None) -> dedupe.MentionKey:
    return dedupe.MentionKey(
        id=row["id"], doc_id=row["canonical_doc"], block=row["block_key"],
        texts=tuple(json.loads(row["match_texts"] or "[]")), event_type=row["event_type"],
        date=_date(row["date"]), precision=row["date_precision"], basis=row["date_basis"],
        place=_place_from(row), publication=_date(row["pub"]), sentence=row["sentence_idx"],
        offset=row["trigger_start"], counterpart=counterpart,
    )


_CLUSTER_COLS = (
    "id, block_key, event_type, mode, date, date_precision, place_name, place_country,"
    " place_kind, place_lat, place_lon, place_geonames_id, cameo, goldstein, quad_class,"
    " confidence, context, actor_countries, actor_names, recipient_countries, recipient_names,"
    " num_mentions, num_sources, num_articles, first_seen, last_seen, root_mention_id, block_texts,"
    " rules"
)


def _source_key(row: sqlite3.Row) -> str:
    """An outlet: the article's source, else its URL's host, else the article itself."""
    if row["art_source"]:
        return "s:" + row["art_source"].casefold()
    if row["art_url"]:
        host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", row["art_url"].casefold()).split("/", 1)[0]
        return "h:" + host.removeprefix("www.")
    return "d:" + row["doc_id"]


def _cluster_row(cid: str, block: str, keys: list[dedupe.MentionKey], rows: list[sqlite3.Row],
                 root: sqlite3.Row, actors: list[Mention], recipients: list[Mention]) -> tuple[Any, ...]:
    when, precision = dedupe.cluster_date(keys)
    place = dedupe.cluster_place(keys)
    group = dedupe.factuality(root["mode"])
    modes = {r["mode"] for r in rows}
    mode = ("" if "" in modes else "historical") if group == "asserted" else group
    context = sorted({c for r in rows for c in json.loads(r["context"])})
    pubs = sorted(r["pub"] for r in rows if r["pub"])
    join = lambda ms, f: ";".join(dict.fromkeys(f(m.actor) or "" for m in ms))  # noqa: E731
    return (
        cid, block, root["event_type"], mode, _iso(when), precision,
        *((place.name, place.country, place.kind, place.lat, place.lon, place.geonames_id)
          if place else (None,) * 6),
        root["cameo"], root["goldstein"], root["quad_class"], max(r["confidence"] for r in rows),
        _json(context), join(actors, lambda a: a.country), join(actors, lambda a: a.name),
        join(recipients, lambda a: a.country), join(recipients, lambda a: a.name),
        # A mention is a place in a text that reports the event: the two directions coded
        # for one symmetric trigger ("Lavrov and Blinken met") are one mention.
        len({(r["doc_id"], r["trigger_start"]) for r in rows}), len({_source_key(r) for r in rows}),
        len({r["doc_id"] for r in rows}),
        pubs[0] if pubs else None, pubs[-1] if pubs else None, root["id"],
        _json(sorted({t for k in keys for t in k.texts})), dedupe.RULES_VERSION,
    )


def _cluster_from(row: sqlite3.Row, mentions: list[Event]) -> dedupe.EventCluster:
    root = next((m for m in mentions if m.id == row["root_mention_id"]), mentions[0] if mentions else None)
    return dedupe.EventCluster(
        id=row["id"], event_type=row["event_type"], mode=row["mode"],
        actors=[m.actor for m in root.actors] if root else [],
        recipients=[m.actor for m in root.recipients] if root else [],
        date=_date(row["date"]), date_precision=row["date_precision"], place=_place_from(row),
        cameo=row["cameo"], goldstein=row["goldstein"], quad_class=row["quad_class"],
        confidence=row["confidence"], context=json.loads(row["context"]),
        num_mentions=row["num_mentions"], num_sources=row["num_sources"],
        num_articles=row["num_articles"], first_seen=_date(row["first_seen"]),
        last_seen=_date(row["last_seen"]), root_mention_id=row["root_mention_id"],
        mentions=mentions,
    )


def _event_actor_rows(e: Event) -> Iterator[tuple[Any, ...]]:
    ev = e.evidence
    for role, mentions, phrases in (("actor", e.actors, ev.actor_phrases), ("recipient", e.recipients, ev.recipient_phrases)):
        for position, m in enumerate(mentions):
            phrase = phrases[position] if position < len(phrases) else (None, None)
            yield (e.id, role, position, *_mention_row(m), *phrase)


@dataclass
class _Parties:
    """An event's actors and recipients as stored, with their noun phrases."""

    actors: list[Mention] = field(default_factory=list)
    recipients: list[Mention] = field(default_factory=list)
    actor_phrases: list[tuple[int, int]] = field(default_factory=list)
    recipient_phrases: list[tuple[int, int]] = field(default_factory=list)


def _event_from(row: sqlite3.Row, parties: _Parties) -> Event:
    evidence = Evidence(
        doc_id=row["doc_id"], sentence_index=row["sentence_idx"], sentence=row["sentence"],
        sentence_start=row["sentence_start"], trigger=row["trigger"],
        trigger_start=row["trigger_start"], trigger_end=row["trigger_end"],
        actor_phrases=tuple(parties.actor_phrases), recipient_phrases=tuple(parties.recipient_phrases),
    )
    return Event(
        event_type=row["event_type"], actors=parties.actors, recipients=parties.recipients,
        evidence=evidence, mode=row["mode"], context=json.loads(row["context"]),
        cameo=row["cameo"], goldstein=row["goldstein"], quad_class=row["quad_class"],
        confidence=row["confidence"], date=_date(row["date"]),
        date_precision=row["date_precision"], date_text=row["date_text"],
        date_basis=row["date_basis"], place=_place_from(row), method=row["method"],
    )


def _article_from(row: sqlite3.Row) -> Article:
    return Article(
        doc_id=row["doc_id"], text=row["text"], title=row["title"], date=_date(row["date"]),
        source=row["source"], url=row["url"], origin=row["origin"],
        language=row["language"], date_origin=row["date_origin"], meta=json.loads(row["meta"]),
        main_type=row["main_type"],
    )


# An actor filter matches a party's country code exactly, its name or text by substring.
_PARTY_MATCH = ("(lower(a.country) = lower(?) OR lower(a.name) LIKE lower(?) ESCAPE '\\'"
                " OR lower(a.text) LIKE lower(?) ESCAPE '\\')")


def _event_filters(**filters: Any) -> tuple[list[str], list[Any]]:
    """Filters on mentions (table alias ``e``)."""
    return _filters("e", f"EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND {_PARTY_MATCH})",
                    "e.doc_id = ?", **filters)


def _cluster_filters(**filters: Any) -> tuple[list[str], list[Any]]:
    """The mention-level filters, on real events (alias ``c``): an event matches when one
    of its mentions does (actor, doc_id) or its own type, date, context and mode do."""
    return _filters(
        "c",
        "EXISTS (SELECT 1 FROM event_mentions em JOIN event_actors a ON a.event_id = em.mention_id"
        f" WHERE em.event_id = c.id AND {_PARTY_MATCH})",
        "EXISTS (SELECT 1 FROM event_mentions em JOIN events e ON e.id = em.mention_id"
        " WHERE em.event_id = c.id AND e.doc_id = ?)",
        **filters,
    )


def _filters(
    table: str, actor_sql: str, doc_sql: str, *, actor: str | None = None, event_type: str | None = None,
    since: date | None = None, until: date | None = None, doc_id: str | None = None,
    context: str | None = None, mode: str | Sequence[str] | None = None,
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if actor:
        where.append(actor_sql)
        pattern = _contains(actor)
        params += [actor, pattern, pattern]
    if event_type:
        where.append(f"{table}.event_type = ?")
        params.append(event_type.upper())
    if since is not None:
        where.append(f"{table}.date >= ?")
        params.append(_iso(since))
    if until is not None:
        where.append(f"{table}.date <= ?")
        params.append(_iso(until))
    if doc_id is not None:
        where.append(doc_sql)
        params.append(doc_id)
    if context:  # the context column holds a JSON list; a real event's is its mentions' union
        where.append(f"EXISTS (SELECT 1 FROM json_each({table}.context) WHERE json_each.value = lower(?))")
        params.append(context)
    if mode is not None:
        modes = _stored_modes(mode)
        where.append(f"{table}.mode IN ({', '.join('?' * len(modes))})")
        params += modes
    return where, params


def _stored_modes(mode: str | Sequence[str]) -> list[str]:
    """Mode names as stored: "asserted" is the empty string."""
    names = [mode] if isinstance(mode, str) else list(mode)
    return ["" if m.lower() == "asserted" else m.lower() for m in names]


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
