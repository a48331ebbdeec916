"""Deduplication: which mentions merge into one event (and which must not), stable ids,
near-duplicate articles, and the store's incremental clustering."""

from __future__ import annotations

import random
import sqlite3
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from test_store import Doc, corpus

from dragoman.dedupe import ArticleDeduper, cluster_mentions, mention_key
from dragoman.records import Place
from dragoman.store import open_store
from dragoman.store import sqlite as sqlite_store

LAVROV = dict(name="Sergey Lavrov", entry_id="person:sergey_lavrov")
BLINKEN = dict(name="Antony Blinken", entry_id="person:antony_blinken")
RUBIO = dict(name="Marco Rubio", entry_id="office:usa.secretary_of_state")
SECSTATE_2023 = dict(name="Antony Blinken", entry_id="office:usa.secretary_of_state")
FILLER = (
    "The talks came amid deep disagreements over the war in Ukraine and a prisoner exchange. "
    "Officials on both sides described the exchange as frank and said no breakthrough was expected. "
    "Analysts said the brief encounter showed that channels of communication remained open. "
    "The foreign ministers of the Group of Twenty were gathered for a two day meeting in the Indian capital. "
    "India, which holds the presidency this year, urged members to focus on food and energy security. "
)


def doc(doc_id, sentence, pub, *, filler=True, **fields):
    """An article holding ``sentence`` whose one event is coded by ``event`` below."""
    text = sentence + (" " + FILLER if filler else "")
    return Doc(doc_id, text, pub, **fields)


def consult(d: Doc, a_text, a, r_text, r, trigger="met", *, event_type="CONSULT", actor_country="RUS",
            recipient_country="USA", **fields):
    actor = d.mention(a_text, actor_country, **a)
    recipient = d.mention(r_text, recipient_country, **r) if r_text else None
    fields.setdefault("cameo", "040")
    return d.event(trigger, event_type, [actor], [recipient] if recipient else [], **fields)


def day(y, m, dd, basis="text"):
    return dict(date=date(y, m, dd), date_precision="day", date_basis=basis)


def clusters(*docs: Doc) -> list[list[str]]:
    """Clusters (lists of mention ids) of the docs' events, computed in memory."""
    keys = [mention_key(e, publication=d.article.date) for d in docs for e in d.events]
    return sorted(sorted(m.id for m in ms) for ms in cluster_mentions(keys).values())


def n_events(*docs: Doc) -> int:
    return len(clusters(*docs))


# -- merging rules ------------------------------------------------------------------------


def test_the_same_meeting_in_two_articles_merges():
    a = doc("a", "Lavrov met Blinken in New Delhi on Thursday.", date(2023, 3, 3))
    consult(a, "Lavrov", LAVROV, "Blinken", BLINKEN, **day(2023, 3, 2))
    b = doc("b", "Sergey Lavrov met Antony Blinken on March 2.", date(2023, 3, 4))
    consult(b, "Sergey Lavrov", LAVROV, "Antony Blinken", BLINKEN, **day(2023, 3, 2))
    assert n_events(a, b) == 1


def test_lavrov_blinken_new_delhi_2023_never_merges_with_lavrov_rubio_call_2025():
    delhi = doc("delhi", "Lavrov met the US Secretary of State in New Delhi on Thursday.", date(2023, 3, 3))
    consult(delhi, "Lavrov", LAVROV, "US Secretary of State", SECSTATE_2023, **day(2023, 3, 2),
            place=Place("New Delhi", "IND", "capital"))
    call = doc("call", "Lavrov spoke to the US Secretary of State by phone on Saturday.", date(2025, 2, 16))
    consult(call, "Lavrov", LAVROV, "US Secretary of State", RUBIO, trigger="spoke", **day(2025, 2, 15))
    assert n_events(delhi, call) == 2
    # Not even when the 2025 article recalls the 2023 meeting as history, month-dated:
    # it joins the 2023 meeting, not the 2025 call.
    recall = doc("recall", "Lavrov last met Blinken in March 2023 in New Delhi.", date(2025, 2, 16))
    consult(recall, "Lavrov", LAVROV, "Blinken", BLINKEN, mode="historical",
            date=date(2023, 3, 1), date_precision="month", date_basis="text")
    got = clusters(delhi, call, recall)
    assert len(got) == 2
    assert sorted([delhi.events[0].id, recall.events[0].id]) in got


def test_symmetric_types_merge_whatever_the_order_of_the_actors():
    a = doc("a", "Lavrov met Blinken on Thursday.", date(2023, 3, 3))
    consult(a, "Lavrov", LAVROV, "Blinken", BLINKEN, **day(2023, 3, 2))
    b = doc("b", "Blinken met Lavrov on Thursday.", date(2023, 3, 3))
    consult(b, "Blinken", BLINKEN, "Lavrov", LAVROV, actor_country="USA", recipient_country="RUS",
            **day(2023, 3, 2))
    c = doc("c", "Lavrov and Blinken met on Thursday.", date(2023, 3, 3))
    both = [c.mention("Lavrov", "RUS", **LAVROV), c.mention("Blinken", "USA", **BLINKEN)]
    c.event("met", "CONSULT", both, [], **day(2023, 3, 2))
    assert n_events(a, b, c) == 1


def test_an_agreement_coded_both_ways_is_one_event():
    # "Lavrov and Blinken agreed ...": the coder gives an AGREE in each direction
    a = doc("a", "Lavrov and Blinken agreed on Thursday to keep talking.", date(2023, 3, 3))
    consult(a, "Lavrov", LAVROV, "Blinken", BLINKEN, trigger="agreed", event_type="AGREE", **day(2023, 3, 2))
    consult(a, "Blinken", BLINKEN, "Lavrov", LAVROV, trigger="agreed", event_type="AGREE",
            actor_country="USA", recipient_country="RUS", **day(2023, 3, 2))
    assert n_events(a) == 1


def test_directed_types_do_not_merge_reversed():
    a = doc("a", "Lavrov accused Blinken of lying on Thursday.", date(2023, 3, 3))
    consult(a, "Lavrov", LAVROV, "Blinken", BLINKEN, trigger="accused", event_type="ACCUSE", **day(2023, 3, 2))
    b = doc("b", "Blinken accused Lavrov of lying on Thursday.", date(2023, 3, 3))
    consult(b, "Blinken", BLINKEN, "Lavrov", LAVROV, trigger="accused", event_type="ACCUSE",
            actor_country="USA", recipient_country="RUS", **day(2023, 3, 2))
    assert n_events(a, b) == 2


def test_different_types_do_not_merge():
    a = doc("a", "Lavrov met Blinken and accused him on Thursday.", date(2023, 3, 3))
    consult(a, "Lavrov", LAVROV, "Blinken", BLINKEN, **day(2023, 3, 2))
    consult(a, "Lavrov", LAVROV, "Blinken", BLINKEN, trigger="accused", event_type="ACCUSE", **day(2023, 3, 2))
    assert n_events(a) == 2


def test_a_month_mention_joins_the_day_in_that_month_and_the_day_wins():
    a = doc("a", "Lavrov met Blinken on March 2.", date(2023, 3, 3))
    consult(a, "Lavrov", LAVROV, "Blinken", BLINKEN, **day(2023, 3, 2))
    b = doc("b", "Lavrov met Blinken in March.", date(2023, 6, 1))
    consult(b, "Lavrov", LAVROV, "Blinken", BLINKEN, mode="historical",
            date=date(2023, 3, 1), date_precision="month", date_basis="text")
    c = doc("c", "Lavrov met Blinken in 2023.", date(2024, 1, 5))
    consult(c, "Lavrov", LAVROV, "Blinken", BLINKEN, mode="historical",
            date=date(2023, 1, 1), date_precision="year", date_basis="text")
    assert n_events(a, b, c) == 1
    with open_store(":memory:") as s:
        for d in (c, b, a):
            s.save(d.coded())
        (event,) = s.real_events()
        assert (event.date, event.date_precision, event.mode) == (date(2023, 3, 2), "day", "")
        assert (event.num_mentions, event.num_articles, event.first_seen, event.last_seen) == (
            3, 3, date(2023, 3, 3), date(2024, 1, 5))


def test_a_month_outside_the_days_month_does_not_merge():
    a = doc("a", "Lavrov met Blinken on March 2.", date(2023, 3, 3))
    consult(a, "Lavrov", LAVROV, "Blinken", BLINKEN, **day(2023, 3, 2))
    b = doc("b", "Lavrov met Blinken in April.", date(2023, 6, 1))
    consult(b, "Lavrov", LAVROV, "Blinken", BLINKEN, date=date(2023, 4, 1), date_precision="month",
            date_basis="text")
    assert n_events(a, b) == 2


def test_two_meetings_a_week_apart_stay_two_and_an_ambiguous_month_stays_apart():
    a = doc("a", "Lavrov met Blinken on March 2.", date(2023, 3, 3))
    consult(a, "Lavrov", LAVROV, "Blinken", BLINKEN, **day(2023, 3, 2))
    b = doc("b", "Lavrov met Blinken on March 9.", date(2023, 3, 10))
    consult(b, "Lavrov", LAVROV, "Blinken", BLINKEN, **day(2023, 3, 9))
    a2 = doc("a2", "Sergey Lavrov met Antony Blinken on Thursday March 2.", date(2023, 3, 2))
    consult(a2, "Sergey Lavrov", LAVROV, "Antony Blinken", BLINKEN, **day(2023, 3, 2))
    assert n_events(a, b, a2) == 2
    # "They met in March": which meeting? Neither: it stays its own (month) event.
    m = doc("m", "Lavrov met Blinken in March.", date(2023, 4, 1))
    consult(m, "Lavrov", LAVROV, "Blinken", BLINKEN, date=date(2023, 3, 1), date_precision="month",
            date_basis="text")
    assert n_events(a, b, a2, m) == 3


def test_publication_dated_mentions_join_a_stated_day_just_before():
    a = doc("a", "Lavrov met Blinken on Tuesday.", date(2022, 7, 27))
    consult(a, "Lavrov", LAVROV, "Blinken", BLINKEN, **day(2022, 7, 26))
    b = doc("b", "Lavrov met Blinken.", date(2022, 7, 27))
    consult(b, "Lavrov", LAVROV, "Blinken", BLINKEN, **day(2022, 7, 27, basis="publication"))
    assert n_events(a, b) == 1
    late = doc("late", "Lavrov met Blinken.", date(2022, 8, 5))
    consult(late, "Lavrov", LAVROV, "Blinken", BLINKEN, **day(2022, 8, 5, basis="publication"))
    assert n_events(a, b, late) == 2


@pytest.mark.parametrize(
    ("mode_a", "mode_b", "merged"),
    [
        ("", "negated", False),  # "there would be no meeting" never merges with a meeting
        ("", "hypothetical", False),
        ("", "planned", False),  # a plan is not its realisation
        ("", "historical", True),  # history is a past fact
        ("negated", "negated", True),
        ("planned", "planned", True),
    ],
)
def test_modes(mode_a, mode_b, merged):
    a = doc("a", "Lavrov met Blinken on Thursday.", date(2023, 3, 3))
    consult(a, "Lavrov", LAVROV, "Blinken", BLINKEN, mode=mode_a, **day(2023, 3, 2))
    b = doc("b", "Lavrov met Blinken on Thursday.", date(2023, 3, 3))
    consult(b, "Lavrov", LAVROV, "Blinken", BLINKEN, mode=mode_b, **day(2023, 3, 2))
    assert n_events(a, b) == (1 if merged else 2)


def test_places_known_on_both_sides_must_agree():
    geneva, rome = Place("Geneva", "CHE", "city"), Place("Rome", "ITA", "capital")
    a = doc("a", "Lavrov met Blinken in Geneva on Thursday.", date(2023, 3, 3))
    consult(a, "Lavrov", LAVROV, "Blinken", BLINKEN, place=geneva, **day(2023, 3, 2))
    b = doc("b", "Lavrov met Blinken in Rome on Thursday.", date(2023, 3, 3))
    consult(b, "Lavrov", LAVROV, "Blinken", BLINKEN, place=rome, **day(2023, 3, 2))
    c = doc("c", "Lavrov met Blinken on Thursday.", date(2023, 3, 3))
    consult(c, "Lavrov", LAVROV, "Blinken", BLINKEN, **day(2023, 3, 2))
    d = doc("d", "Lavrov met Blinken in Switzerland on Thursday.", date(2023, 3, 3))
    consult(d, "Lavrov", LAVROV, "Blinken", BLINKEN, place=Place("Switzerland", "CHE", "country"),
            **day(2023, 3, 2))
    assert n_events(a, b) == 2
    assert n_events(a, c, d) == 1
    # With two places on the day, a placeless mention cannot tell which: its own event.
    assert n_events(a, b, c) == 3


def test_undated_mentions_merge_only_within_their_article():
    a = doc("a", "Lavrov met Blinken.", None)
    consult(a, "Lavrov", LAVROV, "Blinken", BLINKEN)
    b = doc("b", "Lavrov met Blinken.", None)
    consult(b, "Lavrov", LAVROV, "Blinken", BLINKEN)
    assert n_events(a, b) == 2
    c = doc("c", "Lavrov met Blinken on Thursday. Lavrov called the meeting with Blinken tense.", date(2023, 3, 3))
    consult(c, "Lavrov", LAVROV, "Blinken", BLINKEN, **day(2023, 3, 2))
    c.event("meeting", "CONSULT", [c.mention("Lavrov", "RUS", nth=1, **LAVROV)],
            [c.mention("Blinken", "USA", nth=1, **BLINKEN)])
    assert n_events(c) == 1


def test_unresolved_actors_merge_only_when_their_texts_match():
    def officials(doc_id, text, who):
        d = doc(doc_id, f"{text} met Blinken on Thursday.", date(2023, 3, 3))
        consult(d, text, dict(sector="GOV", resolved=False), "Blinken", BLINKEN, **day(2023, 3, 2))
        return d

    a = officials("a", "Russian diplomats", "")
    b = officials("b", "The Russian diplomats", "")
    c = officials("c", "Russian lawmakers", "")
    assert n_events(a, b) == 1
    assert n_events(a, c) == 2


# -- stable ids -----------------------------------------------------------------------------


def scenario() -> list[Doc]:
    out = []
    for i, (d, pub) in enumerate([(day(2023, 3, 2), date(2023, 3, 3)), (day(2023, 3, 9), date(2023, 3, 10)),
                                  (day(2023, 3, 2), date(2023, 3, 4)),
                                  (dict(date=date(2023, 3, 1), date_precision="month", date_basis="text"),
                                   date(2023, 3, 20)),
                                  (day(2023, 3, 3, basis="publication"), date(2023, 3, 3))]):
        x = doc(f"s{i}", f"Lavrov met Blinken (report {i}).", pub, filler=False, source=f"Outlet {i % 2}")
        consult(x, "Lavrov", LAVROV, "Blinken", BLINKEN, **d)
        out.append(x)
    return out + [c for c in _corpus_docs()]


def _corpus_docs():
    for coded in corpus():
        d = Doc(coded.article.doc_id, coded.article.text, coded.article.date)
        d.article = coded.article
        d.sentences, d.mentions, d.events = coded.sentences, coded.mentions, coded.events
        yield d


def snapshot(store) -> set[tuple]:
    return {(e.id, tuple(sorted(m.id for m in e.mentions)), e.num_mentions, e.num_sources,
             e.num_articles, e.date, e.date_precision) for e in store.real_events()}


def test_ids_are_stable_across_runs_and_arrival_orders(tmp_path):
    docs = scenario()
    seen = []
    for n, order in enumerate([docs, list(reversed(docs)), random.Random(7).sample(docs, len(docs))]):
        with open_store(tmp_path / f"{n}.db") as s:
            for d in order:
                s.save(d.coded())
            seen.append(snapshot(s))
    assert seen[0] == seen[1] == seen[2]
    # March 2 (two stated, one publication-dated mention), March 9 (a week later), and
    # "in March" (which of the two?) stay three events.
    others = {e.id for c in corpus() for e in c.events}
    lavrov = sorted((x[5], x[6], x[2], x[3], x[4]) for x in seen[0] if not set(x[1]) & others)
    assert lavrov == [(date(2023, 3, 1), "month", 1, 1, 1), (date(2023, 3, 2), "day", 3, 1, 3),
                      (date(2023, 3, 9), "day", 1, 1, 1)]


def test_resaving_is_idempotent_and_recluster_agrees(tmp_path):
    with open_store(tmp_path / "x.db") as s:
        for d in scenario():
            s.save(d.coded())
        before, counts = snapshot(s), s.counts()
        for d in scenario():
            s.save(d.coded())
        assert snapshot(s) == before and s.counts() == counts
        s.recluster()
        assert snapshot(s) == before


def test_every_mention_belongs_to_exactly_one_event(tmp_path):
    with open_store(tmp_path / "x.db") as s:
        for d in scenario():
            s.save(d.coded())
        ids = [m.id for e in s.real_events() for m in e.mentions]
        assert sorted(ids) == sorted(e.id for e in s.events())
        assert sum(e.num_mentions for e in s.real_events()) == s.counts()["events"]


def test_filters_on_real_events(tmp_path):
    with open_store(tmp_path / "x.db") as s:
        for d in scenario():
            s.save(d.coded())
        assert {e.event_type for e in s.real_events(actor="blinken")} == {"CONSULT"}
        assert len(s.real_events(actor="blinken", since=date(2023, 3, 5))) == 1
        assert len(s.real_events(doc_id="s2")) == 1
        assert len(s.real_events(limit=2)) == 2


def test_a_version_1_store_is_migrated_and_clustered(tmp_path):
    path = tmp_path / "old.db"
    raw = sqlite3.connect(path)
    raw.executescript(sqlite_store.migrations()[0])
    raw.execute("PRAGMA user_version = 1")
    for coded in corpus():
        art = coded.article
        raw.execute("INSERT INTO articles (doc_id, date_origin, language, text, meta, coded_at, date)"
                    " VALUES (?, 'metadata', 'en', ?, '{}', 'now', ?)",
                    (art.doc_id, art.text, art.date.isoformat() if art.date else None))
        for e in coded.events:
            raw.execute(f"INSERT INTO events VALUES ({', '.join('?' * 19)})", sqlite_store._event_row(e)[:19])
            raw.executemany(f"INSERT INTO event_actors VALUES ({', '.join('?' * 13)})",
                            [row[:13] for row in sqlite_store._event_actor_rows(e)])
    raw.commit()
    raw.close()
    with open_store(path) as s:
        assert s.counts()["real_events"] == 5
        assert sorted(m.id for e in s.real_events() for m in e.mentions) == sorted(
            e.id for c in corpus() for e in c.events)


# -- near-duplicate articles ----------------------------------------------------------------

STORY = (
    "Russian Foreign Minister Sergey Lavrov met US Secretary of State Antony Blinken on Thursday "
    "on the sidelines of the G20 meeting in New Delhi, the first contact since the invasion. "
) + FILLER + (
    "Blinken told reporters he had urged Russia to reverse its decision to suspend the New START treaty. "
    "Lavrov said Moscow would not return to the treaty until Washington changed its hostile policy. "
    "The State Department said the conversation lasted less than ten minutes and took place at the end of a session. "
)


def test_deduper_finds_copies_and_not_distinct_articles():
    d = ArticleDeduper()
    assert d.duplicate_of("orig", STORY) is None
    copy = "Follow us on social media.\n" + STORY.replace("told reporters", "informed reporters") + "\nPrint Friendly"
    assert d.duplicate_of("copy", copy) == "orig"
    other = ("Germany on Monday banned Iranian airline Mahan Air from flying in the European nation, with "
             "officials saying this is for security reasons. ") + FILLER[:200]
    assert d.duplicate_of("other", other) is None
    assert d.duplicate_of("orig", STORY) in {"copy"}  # re-adding an id does not match itself


WIKINEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikinews"


@pytest.mark.skipif(not WIKINEWS.is_dir(), reason="needs ../shared/data/wikinews")
def test_perturbed_wikinews_copies_are_found_and_originals_are_not_linked():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from dedupe import perturb, read_wikinews

    rows = [r for r in read_wikinews() if len(r["text"].split()) >= 100][:120]
    rng = random.Random(13)
    d = ArticleDeduper()
    assert all(d.duplicate_of(r["id"], r["text"]) is None for r in rows)  # no false pairs
    found = sum(d.duplicate_of(c["id"], c["text"]) == r["id"] for r, c in zip(rows, (perturb(r, rng) for r in rows)))
    assert found >= 0.9 * len(rows)


def dup_docs():
    orig = doc("orig", STORY, date(2023, 3, 2), filler=False, source="Wire", url="https://wire.example/1")
    consult(orig, "Sergey Lavrov", LAVROV, "Antony Blinken", BLINKEN, **day(2023, 3, 2))
    copy_text = "Share this article\n" + STORY.replace("told reporters", "informed journalists") + "\nAdvertisement"
    copy = doc("copy", copy_text, date(2023, 3, 3), filler=False, source="Reposter", url="https://re.example/9")
    # The copy was coded differently (another date): by the rules alone it would be a new event.
    consult(copy, "Sergey Lavrov", LAVROV, "Antony Blinken", BLINKEN, **day(2023, 3, 1))
    return orig, copy


@pytest.mark.parametrize("order", ["original first", "copy first"])
def test_a_duplicate_articles_mentions_join_the_originals_events(tmp_path, order):
    orig, copy = dup_docs()
    docs = [orig, copy] if order == "original first" else [copy, orig]
    with open_store(tmp_path / "x.db") as s:
        for d in docs:
            s.save(d.coded())
        assert s.duplicate_of("copy") == "orig" and s.duplicate_of("orig") is None
        (event,) = s.real_events()
        assert event.date == date(2023, 3, 2)  # the original's coding dates the event
        assert (event.num_mentions, event.num_articles, event.num_sources) == (2, 2, 2)
        assert event.root_mention_id == orig.events[0].id
        ids = event.id
    with open_store(tmp_path / "y.db") as s:
        for d in reversed(docs):
            s.save(d.coded())
        assert [e.id for e in s.real_events()] == [ids]


def test_resaving_the_original_with_other_text_unlinks_the_copy(tmp_path):
    orig, copy = dup_docs()
    with open_store(tmp_path / "x.db") as s:
        s.save(orig.coded())
        s.save(copy.coded())
        changed = orig.coded()
        changed = replace(changed, article=replace(changed.article, text="Something else entirely. " * 40),
                          events=[], sentences=[], mentions=[])
        s.save(changed)
        assert s.duplicate_of("copy") is None
        assert [e.date for e in s.real_events()] == [date(2023, 3, 1)]  # the copy's own event now


def test_signatures_are_persisted(tmp_path):
    orig, copy = dup_docs()
    with open_store(tmp_path / "x.db") as s:
        s.save(orig.coded())
    with open_store(tmp_path / "x.db") as s:  # a later batch, a new process
        s.save(copy.coded())
        assert s.duplicate_of("copy") == "orig"
    raw = sqlite3.connect(tmp_path / "x.db")
    assert raw.execute("SELECT count(*) FROM article_signatures").fetchone()[0] == 2
    raw.close()


def test_the_two_directions_of_one_symmetric_trigger_are_one_mention(tmp_path):
    import dragoman

    db = tmp_path / "sym.db"
    dragoman.code([{"id": "s1", "date": "2023-03-03", "text": "Sergey Lavrov and Antony Blinken met on Thursday."}],
                  store=db)
    with open_store(db) as s:
        assert len(s.events(event_type="CONSULT")) == 2  # coded in both directions
        (event,) = s.real_events(event_type="CONSULT")
        assert (event.num_mentions, event.num_articles) == (1, 1)
