"""Exports (PLOVER JSONL per event and per mention, GDELT TSV events and mentions) and the JSON Schema."""

from __future__ import annotations

import copy
import io
import json

import jsonschema
import pytest
from test_store import all_events, corpus

from dragoman.exports import (
    GDELT_EVENT_COLUMNS,
    GDELT_MENTION_COLUMNS,
    PloverValidationError,
    cluster_to_plover,
    event_to_plover,
    export,
    load_schema,
    output_paths,
    validate_plover,
    validate_plover_mention,
    write_plover_jsonl,
)
from dragoman.store import open_store

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "events.db") as s:
        for coded in corpus():
            s.save(coded)
        yield s


def exported(store) -> list[dict]:
    fp = io.StringIO()
    n = export(store, "plover-jsonl", fp)
    lines = fp.getvalue().splitlines()
    assert n == len(lines)
    return [json.loads(line) for line in lines]


def a_record() -> dict:
    """The real-event record of the Lavrov–Blinken meeting."""
    with open_store(":memory:") as s:
        for coded in corpus():
            s.save(coded)
        cluster = s.real_event(s.event_of(all_events()[0].id))
        return cluster_to_plover(cluster, {c.article.doc_id: c.article for c in corpus()})


def test_schema_is_valid_draft_2020_12():
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert set(schema["$defs"]["record"]["properties"]["event"]["enum"]) == PLOVER_TYPES


def test_every_exported_line_validates(store):
    records = exported(store)
    assert len(records) == 5  # nothing in this corpus is the same happening twice
    for record in records:
        validate_plover(record)
        assert record["num_mentions"] == len(record["mentions"]) == 1
        for mention in record["mentions"]:
            validate_plover_mention(mention)
            assert mention["event_id"] == record["id"]


def test_record_content(store):
    by_root = {r["root_mention"]: r for r in exported(store)}
    met = by_root[all_events()[0].id]
    assert met["mentions"][0]["id"] == all_events()[0].id != met["id"]
    assert (met["num_mentions"], met["num_sources"], met["num_articles"]) == (1, 1, 1)
    assert (met["first_seen"], met["last_seen"], met["place"]) == ("2022-07-27", "2022-07-27", None)
    assert met["mentions"][0]["place"] is None  # each mention carries its own place too
    assert met["event"] == "CONSULT" and met["mode"] == "" and met["context"] == ["diplomatic"]
    assert (met["date"], met["date_precision"], met["date_text"]) == ("2022-07-26", "day", "on Tuesday")
    assert [p["country"] for p in met["actor"]] == ["RUS"]
    assert met["recipient"][0] == {
        "text": "US Secretary of State Antony Blinken", "name": "Antony Blinken",
        "country": "USA", "sector": "GOV", "wikidata": "Q7407470", "resolved": True,
        "role_title": "Secretary of State", "start": 43, "end": 79,
    }
    article = corpus()[0].article
    t = met["trigger"]
    assert article.text[t["start"]:t["end"]] == t["text"] == "met"
    assert (met["doc_id"], met["sentence"]) == ("a1", 0)
    assert met["text"].startswith("Russian Foreign Minister")
    assert (met["source"], met["url"], met["title"], met["publication_date"]) == (
        "Example News", "https://example.org/a1", "Lavrov and Blinken", "2022-07-27")
    assert (met["cameo"], met["goldstein"], met["quad_class"], met["confidence"]) == ("040", 1.0, 1, 0.9)


def test_without_article_the_article_fields_are_null():
    record = event_to_plover(all_events()[0])
    assert record["source"] is record["url"] is record["title"] is record["publication_date"] is None
    validate_plover_mention(record)
    with pytest.raises(PloverValidationError, match="mentions"):
        validate_plover(record)  # a mention is not a real-event record


def test_order_is_stable_and_independent_of_save_order(tmp_path, store):
    first = io.StringIO()
    export(store, "plover-jsonl", first)
    with open_store(tmp_path / "other.db") as other:
        for coded in reversed(corpus()):
            other.save(coded)
        second = io.StringIO()
        export(other, "plover-jsonl", second)
    assert first.getvalue() == second.getvalue()
    dates = [r["date"] for r in exported(store)]
    assert dates == ["2022-03-01", "2022-07-26", "2022-07-26", "2023-03-02", None]


def test_write_plover_jsonl_can_validate_as_it_writes():
    fp = io.StringIO()
    assert write_plover_jsonl(all_events(), fp, validate=True) == 5
    bad = all_events()[0]
    bad.event_type = "MEET"
    with pytest.raises(PloverValidationError):
        write_plover_jsonl([bad], io.StringIO(), validate=True)


def test_unknown_format_lists_the_supported_ones(store):
    with pytest.raises(ValueError, match="gdelt-tsv.*plover-jsonl"):
        export(store, "parquet", io.StringIO())


def test_mention_level_export_keeps_every_mention(store):
    fp = io.StringIO()
    assert export(store, "plover-jsonl-mentions", fp) == 5
    records = [json.loads(line) for line in fp.getvalue().splitlines()]
    events = {r["id"] for r in exported(store)}
    assert {r["id"] for r in records} == {e.id for e in all_events()}
    for record in records:
        validate_plover_mention(record)
        assert record["event_id"] in events


def test_gdelt_tsv_writes_events_and_mentions_files(store, tmp_path):
    target = tmp_path / "out.tsv"
    assert output_paths("gdelt-tsv", target) == [tmp_path / "out.events.tsv", tmp_path / "out.mentions.tsv"]
    assert output_paths("gdelt-tsv", tmp_path / "x") == [tmp_path / "x.events.tsv", tmp_path / "x.mentions.tsv"]
    assert export(store, "gdelt-tsv", target) == 5
    events = [line.split("\t") for line in (tmp_path / "out.events.tsv").read_text().splitlines()]
    mentions = [line.split("\t") for line in (tmp_path / "out.mentions.tsv").read_text().splitlines()]
    assert tuple(events[0]) == GDELT_EVENT_COLUMNS and tuple(mentions[0]) == GDELT_MENTION_COLUMNS
    # GDELT 2.0's 61 event columns and 16 mention columns come first, in GDELT's order.
    assert GDELT_EVENT_COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert GDELT_EVENT_COLUMNS[59:61] == ("DATEADDED", "SOURCEURL")
    assert GDELT_MENTION_COLUMNS[15] == "Extras"
    for name in ("Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code", "Actor2Code",
                 "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                 "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
                 "ActionGeo_Lat"):
        assert name in GDELT_EVENT_COLUMNS
    assert all(len(row) == len(GDELT_EVENT_COLUMNS) for row in events)
    assert all(len(row) == len(GDELT_MENTION_COLUMNS) for row in mentions)
    assert len(events) == 1 + 5 and len(mentions) == 1 + 5
    ev = {r[0]: dict(zip(GDELT_EVENT_COLUMNS, r)) for r in events[1:]}
    met = ev[a_record()["id"]]
    assert (met["SQLDATE"], met["Actor1Code"], met["Actor1Name"], met["Actor2CountryCode"]) == (
        "20220726", "RUSGOV", "Sergey Lavrov", "USA")
    assert (met["EventCode"], met["EventBaseCode"], met["EventRootCode"], met["NumMentions"]) == (
        "040", "040", "04", "1")
    assert (met["DATEADDED"], met["SOURCEURL"], met["PloverType"]) == (
        "20220727000000", "https://example.org/a1", "CONSULT")
    mn = [dict(zip(GDELT_MENTION_COLUMNS, r)) for r in mentions[1:]]
    first = next(m for m in mn if m["MentionID"] == all_events()[0].id)
    assert first["GLOBALEVENTID"] == met["GLOBALEVENTID"]
    assert (first["SentenceID"], first["ActionCharOffset"], first["Actor1CharOffset"]) == ("1", "39", "25")
    assert (first["MentionTimeDate"], first["MentionSourceName"], first["Confidence"]) == (
        "20220727000000", "Example News", "90")
    # NATO is a group, not a country: GDELT's KnownGroupCode.
    nato = next(r for r in ev.values() if r["Actor1Name"] == "NATO")
    assert (nato["Actor1CountryCode"], nato["Actor1KnownGroupCode"]) == ("", "NATO")


def test_gdelt_tsv_to_a_stream_is_the_events_table(store):
    fp = io.StringIO()
    assert export(store, "gdelt-tsv", fp) == 5
    assert fp.getvalue().splitlines()[0].split("\t") == list(GDELT_EVENT_COLUMNS)
    fp = io.StringIO()
    rows = export(store, "gdelt-tsv-mentions", fp)  # the count is of the rows written: mentions
    lines = fp.getvalue().splitlines()
    assert lines[0].split("\t") == list(GDELT_MENTION_COLUMNS) and rows == len(lines) - 1


def test_plover_jsonl_to_a_path(store, tmp_path):
    assert export(store, "plover-jsonl", tmp_path / "e.jsonl") == 5
    assert len((tmp_path / "e.jsonl").read_text().splitlines()) == 5


def _set(path: str, value):
    def breaker(record: dict) -> None:
        *parents, last = path.split(".")
        target = record
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        if value is KeyError:
            del target[last]
        else:
            target[last] = value
    return breaker


@pytest.mark.parametrize(
    ("breaker", "where"),
    [
        (_set("event", "MEET"), "event"),
        (_set("mode", "future"), "mode"),
        (_set("actor.0.country", "Russia"), "actor/0/country"),
        (_set("actor.0.country", "rus"), "actor/0/country"),
        (_set("recipient.0.wikidata", "7407470"), "recipient/0/wikidata"),
        (_set("confidence", 1.5), "confidence"),
        (_set("quad_class", 5), "quad_class"),
        (_set("goldstein", -11), "goldstein"),
        (_set("date", "2022-13-01"), "date"),
        (_set("date", "26 July 2022"), "date"),
        (_set("date_precision", "week"), "date_precision"),
        (_set("date_precision", None), "date_precision"),  # dated but no precision
        (_set("sentence", "0"), "sentence"),
        (_set("trigger.start", -1), "trigger/start"),
        (_set("cameo", "04a"), "cameo"),
        (_set("id", KeyError), "(record)"),
        (_set("actor.0.resolved", KeyError), "actor/0"),
    ],
)
def test_broken_records_fail_validation(breaker, where):
    record = a_record()
    validate_plover(record)  # the unbroken record passes, so the failure below is the breakage
    broken = copy.deepcopy(record)
    breaker(broken)
    with pytest.raises(PloverValidationError) as info:
        validate_plover(broken)
    assert any(e.startswith(f"{where}:") for e in info.value.errors), info.value.errors


def test_group_codes_and_unknown_countries_are_accepted():
    record = a_record()
    for code in ("NATO", "EU", "G20", "WST", "USA", None):
        record["actor"][0]["country"] = code
        validate_plover(record)
