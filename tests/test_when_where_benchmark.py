"""The date-and-place benchmark: its labels are well-formed and point at real text, and
its scorer matches mentions and counts exact, lenient and place hits correctly."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from conftest import SAMPLE_DATES, load_benchmark

from dragoman.events.codebook import PLOVER_TYPES
from dragoman.records import Event, Evidence, Place

PLOVER = set(PLOVER_TYPES)


@pytest.fixture(scope="module")
def bench():
    return load_benchmark("when_where")


@pytest.fixture(scope="module")
def cases(bench):
    return bench.load_cases()


def test_labels_are_many_and_well_formed(bench, cases):
    assert len(cases) >= 100
    wiki = [c for c in cases if c.source.startswith("wikinews/")]
    assert len(wiki) >= 90 and len({c.key for c in wiki}) >= 40
    assert sum(c.source.startswith("samples/") for c in cases) >= 20
    keys = set()
    for line in bench.LABELS.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        assert {"source", "record", "published", "sentence_contains", "trigger", "event", "date", "precision",
                "place_country", "place_name", "note"} <= set(d), d
    for c in cases:
        assert c.event in PLOVER, c
        assert 0 < len(c.sentence_contains) <= 60, c
        assert c.note, c  # every label says why
        date.fromisoformat(c.published)
        assert (c.date is None) == (c.precision is None), c
        if c.date is not None:
            d = date.fromisoformat(c.date)
            assert c.precision in ("day", "month", "year"), c
            if c.precision in ("month", "year"):
                assert d.day == 1, c  # coarser dates start their period
            if c.precision == "year":
                assert d.month == 1, c
        if c.place_country is not None:
            assert re.fullmatch(r"[A-Z]{3}", c.place_country), c
        else:
            assert c.place_name is None, c
        key = (c.key, c.sentence_contains, c.trigger, c.event)
        assert key not in keys, f"duplicate case {key}"
        keys.add(key)


def test_locators_point_at_real_text(bench, cases):
    for c in cases:
        text = bench.article_text(c.source, c.record)
        assert c.sentence_contains in text, c
        # the trigger is a word of the text near the locator (same paragraph)
        at = text.index(c.sentence_contains)
        window = text[max(0, at - 400): at + len(c.sentence_contains) + 400]
        assert c.trigger.lower() in window.lower(), c
        if c.source.startswith("wikinews/"):
            assert c.published == bench._csv_rows(c.source)[int(c.record)]["date"], c
        else:
            assert c.published == SAMPLE_DATES[c.record.removesuffix('.txt')], c


def _event(sentence, trigger, event_type="CONSULT", when=None, precision=None, basis=None, country=None, doc="d"):
    start = sentence.index(trigger)
    ev = Evidence(doc, 0, sentence, 0, trigger, start, start + len(trigger))
    place = Place(name="X", country=country, kind="city") if country else None
    return Event(event_type, [], [], ev, date=when, date_precision=precision, date_basis=basis, place=place)


def _case(bench, **kw):
    base = dict(source="wikinews/x.csv", record=0, published="2020-01-10", sentence_contains="met in Riyadh",
                trigger="met", event="CONSULT", date="2020-01-08", precision="day", place_country="SAU",
                place_name="Riyadh", note="t")
    base.update(kw)
    return bench.Case(**base)


def test_match_prefers_trigger_then_type(bench):
    s = "The ministers met in Riyadh and signed a deal."
    met = _event(s, "met", "CONSULT")
    signed = _event(s, "signed", "AGREE")
    other = _event("Something else happened.", "happened", "CONSULT")
    assert bench.match(_case(bench), [other, signed, met]) is met
    # trigger not found: fall back to the same sentence and type
    assert bench.match(_case(bench, trigger="gathered", event="AGREE"), [met, signed]) is signed
    assert bench.match(_case(bench, trigger="gathered", event="ASSAULT"), [met, signed]) is None
    assert bench.match(_case(bench, sentence_contains="nowhere"), [met, signed]) is None


def test_scorer_counts_exact_lenient_and_place(bench):
    s = "The ministers met in Riyadh."
    day = _case(bench)
    month = _case(bench, sentence_contains="ministers met", date="2020-01-01", precision="month")
    undated = _case(bench, sentence_contains="The ministers", date=None, precision=None, place_country=None,
                    place_name=None)
    no_place = _case(bench, sentence_contains="met in", place_country=None, place_name=None)
    missing = _case(bench, sentence_contains="not in any sentence")
    cases = [day, month, undated, no_place, missing]
    predictions = {day.key: [_event(s, "met", when=date(2020, 1, 8), precision="day", basis="text", country="SAU")]}
    # one article: the same prediction answers all labels (a day inside the labelled January)

    def coder(cs):
        return predictions

    outs = bench.score(cases, coder)
    by = {o.case.sentence_contains: o for o in outs}
    assert by["met in Riyadh"].date_ok and by["met in Riyadh"].place_ok
    assert not by["ministers met"].date_ok and by["ministers met"].date_lenient_ok  # finer, inside January
    assert not by["The ministers"].date_ok  # a date predicted for a no-date label
    assert not by["not in any sentence"].matched
    s_ = bench.summary(outs)
    assert s_["cases"] == 5 and s_["matched"] == 4
    assert s_["coverage"] == pytest.approx(0.8)
    assert s_["date_exact"] == pytest.approx(2 / 4)  # day case and the no-place case
    assert s_["date_lenient"] == pytest.approx(3 / 4)
    assert s_["place_cases"] == 2 and s_["place_country"] == pytest.approx(1.0)
    assert s_["by_basis"]["text"]["matched"] == 4


def test_scorer_wrong_place_wrong_precision_and_null_label(bench):
    s = "Talks were held in Doha last March."
    gold = _case(bench, sentence_contains="held in Doha", trigger="Talks", date="2019-03-01", precision="month",
                 place_country="QAT", place_name="Doha")
    coarse = bench.Outcome(gold, True, date(2019, 1, 1), "year", "text", None, "QAT", "Doha")
    assert not coarse.date_ok and not coarse.date_lenient_ok  # coarser is never right
    outside = bench.Outcome(gold, True, date(2019, 4, 2), "day", "text", None, None, None)
    assert not outside.date_lenient_ok and not outside.place_ok  # no predicted place = wrong
    wrong_country = bench.outcome(gold, _event(s, "Talks", when=date(2019, 3, 1), precision="month", country="SAU"))
    assert wrong_country.date_ok and not wrong_country.place_ok
    planned = _case(bench, date=None, precision=None)
    assert bench.outcome(planned, _event("The ministers met in Riyadh.", "met")).date_ok  # nothing predicted: right
    assert bench.date_lenient(date(2019, 1, 1), "year", date(2019, 12, 31), "day")
    assert not bench.date_lenient(date(2019, 2, 1), "month", date(2019, 3, 1), "day")
    assert bench.period_end(date(2020, 2, 1), "month") == date(2020, 2, 29)
    assert bench.period_end(date(2019, 12, 1), "month") == date(2019, 12, 31)


def test_main_exit_codes(bench, tmp_path, monkeypatch):
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps(dict(source="wikinews/x.csv", record=0, published="2020-01-10",
                                      sentence_contains="met in Riyadh", trigger="met", event="CONSULT",
                                      date="2020-01-08", precision="day", place_country="SAU", place_name="Riyadh",
                                      note="t")) + "\n", encoding="utf-8")
    wrong = _event("The ministers met in Riyadh.", "met", when=date(2020, 1, 10), precision="day",
                   basis="publication", country="SAU")
    monkeypatch.setattr(bench, "default_coder", lambda cs: {cs[0].key: [wrong]})
    assert bench.main(["--labels", str(labels), "--min-place", "0.85"]) == 0
    assert bench.main(["--labels", str(labels), "--min-date", "0.90", "--errors"]) == 1
