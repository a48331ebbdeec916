"""Rules plus the sentence classifier: re-scored rule events, classifier events marked as such."""

from __future__ import annotations

from datetime import date

from dragoman.events import hybrid
from dragoman.language import parse
from dragoman.records import Article


def coded(pipeline, text):
    return pipeline.code_parsed(Article(doc_id="h", text=text, date=date(2022, 7, 27)), next(parse([text]))).events


def test_the_full_pipeline_uses_the_classifier(pipeline):
    assert pipeline.classifier is not None


def test_rule_events_keep_their_type_and_stay_rules(pipeline):
    (event,) = [e for e in coded(pipeline, "Germany condemned Iran over the missile test.") if e.event_type == "ACCUSE"]
    assert event.method == "rules" and 0 < event.confidence <= 1


def test_a_sentence_without_trigger_gets_a_classifier_event_with_parse_actors(pipeline, monkeypatch):
    text = "Russian troops pummeled the Ukrainian city of Kharkiv overnight."  # no trigger in the lexicon
    monkeypatch.setattr(hybrid, "MIN_PROBABILITY", 1.01)
    assert coded(pipeline, text) == []
    monkeypatch.setattr(hybrid, "MIN_PROBABILITY", 0.1)
    (event,) = coded(pipeline, text)
    assert event.method == "classifier" and event.event_type == "ASSAULT" and event.evidence.trigger == "pummeled"
    assert [m.actor.country for m in event.actors] == ["RUS"]
    assert event.confidence < hybrid.CLASSIFIER_DISCOUNT


def test_no_actor_no_classifier_event(pipeline, monkeypatch):
    monkeypatch.setattr(hybrid, "MIN_PROBABILITY", 0.0)
    assert coded(pipeline, "Heavy artillery pummeled the area overnight.") == []
