"""The sample articles, coded end to end: what a reader must find in the output."""

from __future__ import annotations

from datetime import date

import pytest

import dragoman
from conftest import SAMPLE_DATES

BOILERPLATE = ("Follow us on social", "Print Friendly", "readingShow less", "donation", "Subscribe now")


@pytest.fixture(scope="module")
def coded(samples_dir, tmp_path_factory):
    """Each sample coded with its publication date into one store; events by article."""
    db = tmp_path_factory.mktemp("samples") / "samples.db"
    by_article = {}
    for name, published in SAMPLE_DATES.items():
        result = dragoman.code(samples_dir / f"{name}.txt", store=db, date=date.fromisoformat(published))
        assert not result.summary.skipped
        by_article[name] = result.events
    return by_article, db


def countries(mentions):
    return {m.actor.country for m in mentions}


def find(events, event_type, actor=None, recipient=None, mode=None, trigger=None):
    out = []
    for e in events:
        if e.event_type != event_type or (mode is not None and e.mode != mode):
            continue
        if trigger is not None and e.evidence.trigger.lower() != trigger:
            continue
        names = {m.actor.name for m in e.actors} | {m.actor.name for m in e.recipients}
        if actor is not None and actor not in names | countries(e.actors):
            continue
        if recipient is not None and recipient not in names | countries(e.recipients):
            continue
        out.append(e)
    return out


def test_putin_lavrov_meeting_is_consult_between_russian_government(coded):
    events = coded[0]["article_004"]
    found = [e for e in find(events, "CONSULT", trigger="meeting") if "Lavrov" in e.evidence.sentence
             and "Putin" in e.evidence.sentence and "Shoigu" not in e.evidence.sentence]
    assert found, "no Putin-Lavrov CONSULT"
    event = found[0]
    parties = event.actors + event.recipients
    assert {(m.actor.country, m.actor.sector) for m in parties} == {("RUS", "GOV")}
    assert {m.actor.name for m in parties} >= {"Vladimir Putin", "Sergey Lavrov"}


def test_lavrov_rubio_phone_call_dated_day_before_publication(coded):
    events = coded[0]["article_000"]
    calls = [e for e in find(events, "CONSULT") if e.evidence.trigger == "call"]
    assert calls, "no phone call CONSULT"
    call = calls[0]
    assert countries(call.actors) == {"RUS"} and countries(call.recipients) == {"USA"}
    assert {m.actor.name for m in call.actors + call.recipients} == {"Sergey Lavrov", "Marco Rubio"}
    assert call.date == date(2025, 2, 15) and call.date_precision == "day"
    assert call.mode == ""


def test_scholz_planned_visit_to_moscow(coded):
    visits = find(coded[0]["article_004"], "CONSULT", trigger="visit")
    assert visits
    visit = visits[0]
    assert visit.mode == "planned"
    assert countries(visit.actors) == {"DEU"} and visit.actors[0].actor.name == "Olaf Scholz"
    assert countries(visit.recipients) == {"RUS"}
    assert visit.date == date(2022, 2, 15) and visit.date_precision == "day"


def test_no_meeting_with_blinken_is_negated(coded):
    meetings = [e for e in find(coded[0]["article_001"], "CONSULT", recipient="Antony Blinken")
                if "no meeting" in e.evidence.sentence]
    assert meetings
    assert meetings[0].mode == "negated"
    assert countries(meetings[0].actors) == {"RUS"}


def test_russia_withdraws_from_space_station(coded):
    found = [e for e in find(coded[0]["article_002"], "RETREAT", actor="RUS") if "Space Station" in e.evidence.sentence]
    assert found
    assert found[0].mode == "planned"


def test_orban_calls_on_us_and_russia_to_talk(coded):
    found = find(coded[0]["article_002"], "REQUEST", actor="HUN")
    assert found
    request = found[0]
    assert request.actors[0].actor.name == "Viktor Orbán"
    assert countries(request.recipients) == {"USA", "RUS"}
    assert request.date == date(2022, 7, 23)


def test_blinken_lavrov_meeting_in_new_delhi_is_historical(coded):
    found = [e for e in coded[0]["article_001"] if "New Delhi last March" in e.evidence.sentence]
    assert found and all(e.mode == "historical" for e in found)
    assert found[0].date == date(2023, 3, 1) and found[0].date_precision == "month"


def test_boilerplate_never_produces_events(coded):
    for events in coded[0].values():
        for event in events:
            assert not any(b.lower() in event.evidence.sentence.lower() for b in BOILERPLATE), event.evidence.sentence


def test_every_event_has_its_evidence(coded, samples_dir):
    by_article, db = coded
    with dragoman.open_store(db) as store:
        for events in by_article.values():
            for event in events:
                article = store.article(event.evidence.doc_id)
                ev = event.evidence
                assert article.text[ev.trigger_start:ev.trigger_end] == ev.trigger
                assert article.text[ev.sentence_start:ev.sentence_start + len(ev.sentence)] == ev.sentence
                for m in event.actors + event.recipients:
                    assert article.text[m.start:m.end] == m.text
                assert 0.0 <= event.confidence <= 1.0
                assert event.cameo and event.quad_class in (1, 2, 3, 4) and event.goldstein is not None
