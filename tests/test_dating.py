"""The dates stage on parsed text: the clause's own expression, paragraph context, fallbacks."""

from __future__ import annotations

from datetime import date

from dragoman.language import parse
from dragoman.records import Article

PUBLISHED = date(2022, 7, 27)  # a Wednesday


def events(pipeline, text, published=PUBLISHED):
    return pipeline.code_parsed(Article(doc_id="d", text=text, date=published), next(parse([text]))).events


def by_trigger(found, trigger):
    return next(e for e in found if e.evidence.trigger == trigger)


def test_a_paragraph_keeps_its_time_until_the_next_paragraph(pipeline):
    found = events(pipeline, "On Saturday, Egypt criticized Ethiopia. Sudan also condemned Ethiopia.\n\n"
                             "Kenya praised Uganda.")
    assert (by_trigger(found, "criticized").date, by_trigger(found, "criticized").date_basis) == (date(2022, 7, 23), "text")
    condemned = by_trigger(found, "condemned")
    assert (condemned.date, condemned.date_basis, condemned.date_text) == (date(2022, 7, 23), "context", "On Saturday")
    praised = by_trigger(found, "praised")
    assert (praised.date, praised.date_basis) == (PUBLISHED, "publication")


def test_a_future_expression_does_not_date_the_next_sentence(pipeline):
    found = events(pipeline, "Egypt will meet Ethiopia next week. Sudan condemned Ethiopia.")
    assert by_trigger(found, "condemned").date_basis == "publication"


def test_an_old_paragraph_context_makes_the_event_historical(pipeline):
    found = events(pipeline, "In March 2020, Egypt criticized Ethiopia. Sudan condemned Ethiopia too.")
    condemned = by_trigger(found, "condemned")
    assert condemned.date == date(2020, 3, 1) and condemned.date_precision == "month"
    assert condemned.mode == "historical"
