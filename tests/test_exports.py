"""PLOVER JSONL export and its JSON Schema."""

from __future__ import annotations

import copy
import io
import json

import jsonschema
import pytest
from test_store import all_events, corpus

from dragoman.exports import (
    PloverValidationError,
    event_to_plover,
    export,
    load_schema,
    validate_plover,
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
    event = all_events()[0]
    return event_to_plover(event, corpus()[0].article)


def test_schema_is_valid_draft_2020_12():
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert set(schema["properties"]["event"]["enum"]) == PLOVER_TYPES


def test_every_exported_line_validates(store):
    records = exported(store)
    assert len(records) == 5
    for record in records:
        validate_plover(record)


def test_record_content(store):
    by_id = {r["id"]: r for r in exported(store)}
    met = by_id[all_events()[0].id]
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
    validate_plover(record)


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
    with pytest.raises(ValueError, match="plover-jsonl"):
        export(store, "gdelt-tsv", io.StringIO())


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
