"""The event-precision benchmark's labels (benchmarks/data/event_judgements.jsonl): schema,
PLOVER types, booleans, sets by url hash, and the article selection rule they came from."""

from __future__ import annotations

import json

from conftest import ROOT, load_benchmark

from dragoman.events.codebook import codebook

LABELS = ROOT / "benchmarks" / "data" / "event_judgements.jsonl"
FIELDS = {"set", "source", "record", "url", "published", "sentence", "trigger", "event", "mode", "actors",
          "recipients", "type_ok", "actor_ok", "actor_country_ok", "recipient_ok", "mode_ok", "note"}
MODES = {mode or "asserted" for mode in codebook().modes}  # the labels write "" as asserted


def rows() -> list[dict]:
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()]


def test_every_judgement_has_the_fields_and_valid_values():
    types = set(codebook().types)
    labels = rows()
    assert 250 <= len(labels) <= 350
    for r in labels:
        assert set(r) == FIELDS, r
        assert r["set"] in {"dev", "holdout"}
        assert r["event"] in types and r["mode"] in MODES
        assert r["source"].startswith("wikinews/") and isinstance(r["record"], int)
        assert r["trigger"] and r["trigger"] in r["sentence"]
        for f in ("type_ok", "actor_ok", "actor_country_ok", "recipient_ok", "mode_ok"):
            assert isinstance(r[f], bool), (f, r)
        assert r["actor_country_ok"] or not r["actor_ok"]  # the country is part of the actor
        assert r["note"] or all(r[f] for f in ("type_ok", "actor_ok", "recipient_ok", "mode_ok")), r
        for m in r["actors"] + r["recipients"]:
            assert set(m) == {"text", "country", "sector"}


def test_sets_split_articles_by_url_hash_and_follow_the_selection_rule():
    bench = load_benchmark("event_precision")
    labels = rows()
    assert all(r["set"] == bench.set_of(r["url"]) for r in labels)
    assert {(r["source"], r["record"]) for r in labels} <= set(bench.select())
