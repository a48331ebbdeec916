"""The SQLite store: round trip, idempotence, filters, migrations, crash safety."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from datetime import date

import pytest

from dragoman.records import Actor, Article, CodedArticle, Event, Evidence, Mention, Sentence
from dragoman.store import SchemaVersionError, Store, StoreError, UnsupportedStoreError, open_store
from dragoman.store import sqlite as sqlite_store

# -- a small hand-built corpus ----------------------------------------------------------


def _sentences(doc_id: str, text: str) -> list[Sentence]:
    spans = [m.span() for m in re.finditer(r"[^.]+\.", text)]
    return [
        Sentence(doc_id, i, text[s:e].strip(), s + (len(text[s:e]) - len(text[s:e].lstrip())), e)
        for i, (s, e) in enumerate(spans)
    ]


class Doc:
    """Builds mentions and events by finding their text in the article, so offsets are real."""

    def __init__(self, doc_id: str, text: str, pub: date | None, **article_fields):
        self.article = Article(doc_id=doc_id, text=text, date=pub, **article_fields)
        self.sentences = _sentences(doc_id, text)
        self.mentions: list[Mention] = []
        self.events: list[Event] = []

    def mention(self, text, country, name=None, sector="GOV", nth=0, **actor) -> Mention:
        start = -1
        for _ in range(nth + 1):
            start = self.article.text.index(text, start + 1)
        m = Mention(text, start, start + len(text), Actor(name, country, sector, **actor))
        self.mentions.append(m)
        return m

    def event(self, trigger, event_type, actors, recipients, **fields) -> Event:
        t = self.article.text.index(trigger)
        sent = next(s for s in self.sentences if s.start <= t < s.end)
        evidence = Evidence(self.article.doc_id, sent.index, sent.text, sent.start,
                            trigger, t, t + len(trigger))
        ev = Event(event_type, actors, recipients, evidence, **fields)
        self.events.append(ev)
        return ev

    def coded(self) -> CodedArticle:
        return CodedArticle(self.article, list(self.sentences), list(self.mentions), list(self.events))


def corpus() -> list[CodedArticle]:
    a = Doc(
        "a1",
        "Russian Foreign Minister Sergey Lavrov met US Secretary of State Antony Blinken in "
        "Geneva on Tuesday. Lavrov said there would be no meeting with Blinken.",
        date(2022, 7, 27), title="Lavrov and Blinken", source="Example News",
        url="https://example.org/a1", origin="a1.html", date_origin="metadata",
        meta={"section": "world", "tags": ["diplomacy"]},
        main_type="CONSULT",
    )
    lavrov = a.mention("Sergey Lavrov", "RUS", "Sergey Lavrov", wikidata="Q172435",
                       role_title="Minister of Foreign Affairs", entry_id="lavrov")
    blinken = a.mention("US Secretary of State Antony Blinken", "USA", "Antony Blinken",
                        wikidata="Q7407470", role_title="Secretary of State")
    lavrov2 = a.mention("Lavrov", "RUS", "Sergey Lavrov", nth=1)
    blinken2 = a.mention("Blinken", "USA", "Antony Blinken", nth=1)
    a.event("met", "CONSULT", [lavrov], [blinken], cameo="040", goldstein=1.0, quad_class=1,
            confidence=0.9, date=date(2022, 7, 26), date_precision="day", date_text="on Tuesday",
            date_basis="text", context=["diplomatic"])
    a.event("meeting", "CONSULT", [lavrov2], [blinken2], mode="negated", cameo="040",
            goldstein=1.0, quad_class=1, confidence=0.6)

    b = Doc("b2", "NATO accused Russia of massing troops. Ukraine asked the EU for aid last March.",
            date(2023, 3, 2), source="Wire")
    b.event("accused", "ACCUSE", [b.mention("NATO", "NATO", "NATO", sector="IGO")],
            [b.mention("Russia", "RUS", sector=None, resolved=False)], cameo="112",
            goldstein=-2.0, quad_class=3, confidence=0.8, date=date(2023, 3, 2),
            date_precision="day", date_basis="publication")
    b.event("asked", "REQUEST", [b.mention("Ukraine", "UKR", sector=None)],
            [b.mention("EU", "EU", "European Union", sector="IGO")], mode="historical",
            cameo="020", goldstein=-0.1, quad_class=1, confidence=0.7, date=date(2022, 3, 1),
            date_precision="month", date_text="last March", date_basis="text")

    c = Doc("c3", "Сергей Лавров посетил Пекин.", None, language="ru")
    c.event("посетил", "CONSULT", [c.mention("Сергей Лавров", "RUS", "Сергей Лавров")],
            [c.mention("Пекин", "CHN", sector=None, resolved=False)], cameo="042",
            quad_class=1, date=date(2022, 7, 26), date_precision="day")
    return [a.coded(), b.coded(), c.coded()]


def all_events() -> list[Event]:
    return [e for coded in corpus() for e in coded.events]


def ids(events: list[Event]) -> list[tuple[str, int]]:
    return [(e.evidence.doc_id, e.evidence.sentence_index) for e in events]


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "events.db") as s:
        for coded in corpus():
            s.save(coded)
        yield s


# -- round trip and idempotence ---------------------------------------------------------


def test_round_trip_rebuilds_equal_records(store):
    got = store.events()
    # date, then doc, then sentence; the undated event last.
    assert ids(got) == [("b2", 1), ("a1", 0), ("c3", 0), ("b2", 0), ("a1", 1)]
    assert sorted(got, key=lambda e: e.id) == sorted(all_events(), key=lambda e: e.id)
    for coded in corpus():
        assert store.article(coded.article.doc_id) == coded.article
    assert store.article("missing") is None
    assert [a.doc_id for a in store.articles()] == ["a1", "b2", "c3"]


def test_counts(store):
    # events: coded mentions; real_events: after merging (nothing merges in this corpus).
    assert store.counts() == {"articles": 3, "sentences": 5, "mentions": 10, "events": 5,
                              "real_events": 5}


def test_resave_replaces_never_duplicates(store, tmp_path):
    before = store.counts()
    for coded in corpus():
        store.save(coded)
    assert store.counts() == before
    # Re-coding an article with fewer events drops the old rows, actors included.
    first = corpus()[0]
    first.events = first.events[:1]
    store.save(first)
    assert store.counts()["events"] == before["events"] - 1
    raw = sqlite3.connect(tmp_path / "events.db")
    assert raw.execute("SELECT count(*) FROM event_actors").fetchone()[0] == 2 * 4
    raw.close()


def test_identical_duplicate_events_collapse_conflicting_ones_fail(tmp_path):
    coded = corpus()[0]
    with open_store(tmp_path / "x.db") as s:
        s.save(replace(coded, events=coded.events + [coded.events[0]]))
        assert s.counts()["events"] == 2
        clash = replace(coded.events[0], mode="planned")
        with pytest.raises(StoreError, match="share id"):
            s.save(replace(coded, events=coded.events + [clash]))
        assert s.counts()["events"] == 2  # the failed save changed nothing


def test_events_of_another_article_are_refused(tmp_path):
    a, b, _ = corpus()
    with open_store(tmp_path / "x.db") as s, pytest.raises(StoreError, match="b2"):
        s.save(replace(a, events=a.events + b.events))


# -- filters ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"actor": "rus"}, [("a1", 0), ("c3", 0), ("b2", 0), ("a1", 1)]),
        ({"actor": "CH"}, []),  # country codes (CHN) match whole, not by substring
        ({"actor": "blinken"}, [("a1", 0), ("a1", 1)]),  # name, as actor or recipient
        ({"actor": "secretary of state"}, [("a1", 0)]),  # mention text
        ({"actor": "european"}, [("b2", 1)]),
        ({"actor": "ЛАВРОВ"}, [("c3", 0)]),  # Unicode case folding
        ({"actor": "%"}, []),  # LIKE wildcards are literal
        ({"event_type": "consult"}, [("a1", 0), ("c3", 0), ("a1", 1)]),
        ({"since": date(2022, 7, 26)}, [("a1", 0), ("c3", 0), ("b2", 0)]),
        ({"until": date(2022, 7, 26)}, [("b2", 1), ("a1", 0), ("c3", 0)]),
        ({"since": date(2022, 7, 26), "until": date(2022, 7, 26)}, [("a1", 0), ("c3", 0)]),
        ({"doc_id": "a1"}, [("a1", 0), ("a1", 1)]),
        ({"actor": "USA", "event_type": "CONSULT", "since": date(2022, 1, 1)}, [("a1", 0)]),
        ({"limit": 2}, [("b2", 1), ("a1", 0)]),
        ({"limit": 0}, []),
    ],
)
def test_filters(store, query, expected):
    assert ids(store.events(**query)) == expected


def test_actor_filter_matches_recipients(store):
    assert ids(store.events(actor="rus", event_type="ACCUSE")) == [("b2", 0)]


def test_negative_limit_is_an_error(store):
    with pytest.raises(ValueError, match="limit"):
        store.events(limit=-1)


# -- opening and migrating --------------------------------------------------------------


def test_open_store_targets(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with open_store("sqlite:///rel/events.db") as s:
        assert isinstance(s, Store)
    assert (tmp_path / "rel" / "events.db").exists()
    with open_store(f"sqlite:///{tmp_path}/abs.db"):
        pass
    assert (tmp_path / "abs.db").exists()
    with open_store(":memory:") as s:
        assert s.counts()["articles"] == 0
    with pytest.raises(UnsupportedStoreError, match="not yet supported"):
        open_store("postgresql://user@localhost/dragoman")
    with pytest.raises(UnsupportedStoreError, match="unknown store scheme"):
        open_store("mysql://localhost/x")


def test_file_is_wal_with_cascading_foreign_keys(store, tmp_path):
    raw = sqlite3.connect(tmp_path / "events.db")
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    fks = raw.execute("PRAGMA foreign_key_list(event_actors)").fetchall()
    assert [(f[2], f[6]) for f in fks] == [("events", "CASCADE")]
    raw.close()


def test_migrates_an_empty_file(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    with open_store(path) as s:
        assert s.counts() == {"articles": 0, "sentences": 0, "mentions": 0, "events": 0,
                              "real_events": 0}
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == sqlite_store.schema_version() >= 1
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "sentences", "mentions", "events", "event_actors", "event_clusters",
            "event_mentions", "article_signatures", "article_bands"} <= tables
    raw.close()


def test_refuses_a_newer_schema(tmp_path):
    path = tmp_path / "future.db"
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 99")
    raw.close()
    with pytest.raises(SchemaVersionError, match="99.*upgrade dragoman"):
        open_store(path)


def test_refuses_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"not a database, just some text " * 100)
    with pytest.raises(StoreError, match="cannot open store"):
        open_store(path)


def test_reading_never_makes_a_store_of_another_file(tmp_path):
    empty = tmp_path / "empty.db"
    empty.touch()
    foreign = tmp_path / "foreign.db"
    raw = sqlite3.connect(foreign)
    raw.execute("CREATE TABLE birds (name TEXT)")
    raw.commit()
    raw.close()
    with pytest.raises(StoreError, match=r"empty\.db is not a dragoman store \(it is empty"):
        open_store(empty, create=False)
    assert empty.stat().st_size == 0
    for create in (False, True):  # coding into another program's database is refused too
        with pytest.raises(StoreError, match=r"foreign\.db is not a dragoman store .*tables: birds"):
            open_store(foreign, create=create)
    raw = sqlite3.connect(foreign)
    assert [r[0] for r in raw.execute("SELECT name FROM sqlite_master")] == ["birds"]
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 0
    raw.close()
    with pytest.raises(StoreError, match=r"none\.db: no such store"):
        open_store(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()


def test_an_existing_store_opens_for_reading(store, tmp_path):
    store.close()
    with open_store(tmp_path / "events.db", create=False) as s:
        assert s.counts()["events"] == 5


def test_a_store_that_cannot_be_created_is_a_store_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match=r"cannot create store .*file/sub/x\.db"):
        open_store(blocker / "sub" / "x.db")  # its folder would be inside a file
    with pytest.raises(StoreError, match=r"cannot create store /proc/x\.db: unable to open"):
        open_store("/proc/x.db")


def test_applies_new_migrations_and_keeps_data(store, tmp_path, monkeypatch):
    store.close()
    v1 = sqlite_store.migrations()
    monkeypatch.setattr(sqlite_store, "migrations", lambda: v1 + ("CREATE TABLE extra (x INTEGER);\n",))
    with open_store(tmp_path / "events.db") as s:
        assert s.counts()["events"] == 5
    raw = sqlite3.connect(tmp_path / "events.db")
    assert raw.execute("PRAGMA user_version").fetchone()[0] == len(v1) + 1
    assert raw.execute("SELECT count(*) FROM extra").fetchone()[0] == 0
    raw.close()


def test_a_failing_migration_changes_nothing(store, tmp_path, monkeypatch):
    store.close()
    v1 = sqlite_store.migrations()
    broken = "CREATE TABLE extra (x INTEGER);\nTHIS IS NOT SQL;\n"
    monkeypatch.setattr(sqlite_store, "migrations", lambda: v1 + (broken,))
    with pytest.raises(StoreError):
        open_store(tmp_path / "events.db")
    raw = sqlite3.connect(tmp_path / "events.db")
    assert raw.execute("PRAGMA user_version").fetchone()[0] == len(v1)
    assert raw.execute("SELECT name FROM sqlite_master WHERE name = 'extra'").fetchone() is None
    raw.close()


# -- crash safety -----------------------------------------------------------------------

_WRITER = textwrap.dedent(
    """
    import sys
    from dragoman.records import Actor, Article, CodedArticle, Event, Evidence, Mention, Sentence
    from dragoman.store import open_store

    def coded(doc, n=400):
        sent = "Russia met China. "
        sentences = [Sentence(doc, k, sent.strip(), 18 * k, 18 * k + 17) for k in range(n)]
        events = [
            Event("CONSULT", [Mention("Russia", 18 * k, 18 * k + 6, Actor("Russia", "RUS"))],
                  [Mention("China", 18 * k + 11, 18 * k + 16, Actor("China", "CHN"))],
                  Evidence(doc, k, sent.strip(), 18 * k, "met", 18 * k + 7, 18 * k + 10))
            for k in range(n)
        ]
        return CodedArticle(Article(doc, sent * n), sentences, [], events)

    # Built up front so that the time between two prints is spent inside save().
    batch = [coded(f"doc{i:03d}") for i in range(60)]
    store = open_store(sys.argv[1])
    for item in batch:
        store.save(item)
        print(item.article.doc_id, flush=True)  # only after save() returned, i.e. after COMMIT
    """
)


def test_killed_writer_loses_nothing_committed(tmp_path):
    path = tmp_path / "crash.db"
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        committed = [proc.stdout.readline().strip()]
        t0 = time.monotonic()
        committed += [proc.stdout.readline().strip() for _ in range(4)]
        # Kill half-way through a save: the next article's transaction is open.
        time.sleep((time.monotonic() - t0) / 4 / 2)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL, "the writer finished before it was killed"
    assert all(committed), "the writer died before committing five articles"

    with open_store(path) as s:
        stored = {a.doc_id for a in s.articles()}
        assert set(committed) <= stored
        n = s.counts()
        # Whatever got in got in whole: no article without all its sentences and events.
        assert n["events"] == 400 * n["articles"] and n["sentences"] == 400 * n["articles"]
        assert len(s.events(doc_id=committed[-1])) == 400
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT count(*) FROM event_actors").fetchone()[0] == 2 * n["events"]
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    raw.close()


def test_mode_filter_keeps_the_named_factualities(store):
    assert ids(store.events(mode="negated")) == [("a1", 1)]
    assert ids(store.events(mode="asserted")) == [("a1", 0), ("c3", 0), ("b2", 0)]
    assert ids(store.events(mode=["asserted", "historical"])) == [("b2", 1), ("a1", 0), ("c3", 0), ("b2", 0)]
    assert {e.mode for e in store.real_events(mode=["negated", "historical"])} == {"negated", "historical"}
    assert store.real_events(mode="planned") == []
