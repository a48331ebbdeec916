"""The main-event benchmark (benchmarks/main_event.py): its labels cover exactly the
event-precision articles with PLOVER types or NONE, and its scoring counts by hand."""

from __future__ import annotations

from conftest import load_benchmark

from dragoman.events.codebook import codebook


def test_labels_are_plover_types_on_the_judged_articles():
    bench = load_benchmark("main_event")
    labels = bench.load()
    types = set(codebook().types)
    for label in labels:
        assert set(label) == {"source", "record", "url", "title", "main", "note"}, label
        assert label["main"] == ["NONE"] or set(label["main"]) <= types, label
    judged = load_benchmark("event_precision").select()
    assert sorted((lab["source"], lab["record"]) for lab in labels) == sorted(judged)


def test_score_counts_event_and_none_articles():
    bench = load_benchmark("main_event")
    labels = [{"source": "s", "record": 1, "main": ["ACCUSE", "REJECT"]},
              {"source": "s", "record": 2, "main": ["ASSAULT"]},
              {"source": "s", "record": 3, "main": ["NONE"]},
              {"source": "s", "record": 4, "main": ["NONE"]}]
    predicted = {"s:1": "REJECT", "s:2": "PROTEST", "s:3": None, "s:4": "CONSULT"}
    assert bench.score(labels, predicted) == (1, 2, 1, 2)
