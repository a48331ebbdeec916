"""Rules plus the sentence classifier: re-scored rule events, classifier events marked as such."""

from __future__ import annotations

import math
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


def test_a_classifier_event_aimed_at_no_party_is_aimed_where_it_happens(pipeline):
    # "arrive" is in no lexicon; the classifier reads the deployment (CAMEO 0861, RETREAT)
    (event,) = coded(pipeline, "Some 163 Chinese peacekeepers arrived in South Sudan on Thursday.")
    assert event.method == "classifier" and event.event_type == "RETREAT"
    assert [(m.text, m.actor.country, m.actor.sector) for m in event.recipients] == [("South Sudan", "SSD", None)]
    (event,) = coded(pipeline, "West African peacekeeping troops arrived in Monrovia.")
    assert [(m.actor.country, m.actor.sector) for m in event.recipients] == [("LBR", None)]  # the city, not its government


def test_no_actor_no_classifier_event(pipeline, monkeypatch):
    monkeypatch.setattr(hybrid, "MIN_PROBABILITY", 0.0)
    assert coded(pipeline, "Heavy artillery pummeled the area overnight.") == []


# -- the two heads read together, with a stand-in classifier ---------------------------------


class FakeClassifier:
    """Fixed type and quad probabilities: ``rows(text)`` -> (type dict, quad dict)."""

    def __init__(self, rows):
        self.rows = rows

    def predict_all(self, texts):
        out = [self.rows(t) for t in texts]
        return [t for t, _ in out], [q for _, q in out]


def _types(**probs):
    from dragoman.events.classifier import TYPE_LABELS

    rest = (1 - sum(probs.values())) / (len(TYPE_LABELS) - len(probs))
    return {t: probs.get(t, rest) for t in TYPE_LABELS}


def _quads(q, p):
    return {k: p if k == q else (1 - p) / 4 for k in range(5)}


def with_classifier(pipeline, monkeypatch, rows):
    monkeypatch.setattr(pipeline, "classifier", FakeClassifier(rows))


def test_phoenix_classes_of_types_follow_their_cameo_codes():
    assert [hybrid.phoenix_of(t) for t in ("NONE", "REQUEST", "CONSULT", "AID", "ACCUSE", "SANCTION", "ASSAULT")] == \
        [0, 0, 1, 2, 3, 3, 4]


def test_a_reading_takes_the_class_from_the_quad_head_and_the_type_from_the_type_head():
    reading = hybrid.sentence_reading(_types(ASSAULT=0.3, AID=0.2, RETREAT=0.1), _quads(2, 0.7))
    assert math.isclose(sum(reading.values()), 1.0)
    assert math.isclose(hybrid._classes(reading)[2], 0.7)
    assert max(reading, key=reading.get) == "AID"


def test_the_quad_head_decides_the_class_of_a_classifier_event(pipeline, monkeypatch):
    text = "Russian troops pummeled the Ukrainian city of Kharkiv overnight."
    with_classifier(pipeline, monkeypatch, lambda t: (_types(ASSAULT=0.3, COERCE=0.2), _quads(4, 0.8)))
    (event,) = coded(pipeline, text)
    assert event.method == "classifier" and event.event_type == "ASSAULT"
    # a quad head unsure of any class: no event
    with_classifier(pipeline, monkeypatch, lambda t: (_types(ASSAULT=0.3, COERCE=0.2), _quads(4, 0.3)))
    assert coded(pipeline, text) == []
    # the type head sure of the other side (cooperation) vetoes a conflict reading
    with_classifier(pipeline, monkeypatch, lambda t: (_types(AID=0.6), _quads(4, 0.8)))
    assert coded(pipeline, text) == []


def test_no_classifier_event_on_a_verb_of_saying(pipeline, monkeypatch):
    with_classifier(pipeline, monkeypatch, lambda t: (_types(CONSULT=0.6), _quads(1, 0.9)))
    assert coded(pipeline, "Russia said the meeting in Geneva was useful.") == []


def test_no_classifier_event_on_the_consequence_of_a_condition(pipeline, monkeypatch):
    with_classifier(pipeline, monkeypatch, lambda t: (_types(ASSAULT=0.3, COERCE=0.2), _quads(4, 0.8)))
    assert [e.method for e in coded(pipeline, "Russian troops pummeled the Ukrainian city of Kharkiv.")] == ["classifier"]
    assert coded(pipeline, "If talks fail, Russian troops pummel the Ukrainian city of Kharkiv.") == []


def test_no_classifier_event_on_procedure_or_biography(pipeline, monkeypatch):
    """Elections, offices and deaths read as events by the classifier are not made
    (verbs.yaml non_acting_verbs); an acting verb still is."""
    with_classifier(pipeline, monkeypatch, lambda t: (_types(CONCEDE=0.6), _quads(2, 0.9)))
    for text in ("The Democratic Party held primary elections in fourteen states.",
                 "Jacques Chirac died at home in Paris.",
                 "Biden served eight years as vice president."):
        assert coded(pipeline, text) == [], text
    (event,) = coded(pipeline, "The Democratic Party pummeled the Republicans.")
    assert event.method == "classifier" and event.event_type == "CONCEDE"


def test_an_articles_main_type_ranks_its_events_and_fills_a_missing_one(pipeline, monkeypatch):
    first = "Germany condemned Iran over the missile test."
    second = "Thousands of Iranian students filled the streets of Tehran on Friday."
    text = f"{first} {second}"

    def rows(t):
        if t == text:  # the article as a whole: a protest
            return _types(PROTEST=0.6, ACCUSE=0.06), _quads(0, 0.5)
        if t == second:
            return _types(PROTEST=0.4), _quads(0, 0.6)  # the sentence alone: no sure class
        return _types(ACCUSE=0.6), _quads(3, 0.8)

    with_classifier(pipeline, monkeypatch, rows)
    events = coded(pipeline, text)
    accuse = [e for e in events if e.event_type == "ACCUSE"]
    protest = [e for e in events if e.event_type == "PROTEST"]
    assert accuse and all(e.method == "rules" for e in accuse)
    assert len(protest) == 1 and protest[0].method == "classifier" and protest[0].evidence.sentence_index == 1
    assert [m.actor.country for m in protest[0].actors] == ["IRN"]
    assert protest[0].confidence > max(e.confidence for e in accuse)  # the article's main event comes first


def test_a_negated_classifier_event_is_not_made_twice_for_the_articles_main_type(pipeline, monkeypatch):
    first = "Trump did not place the agency in charge of the response."  # the classifier's, negated
    text = f"{first} Germany met Iran in Vienna."

    def rows(t):
        if t == first or t == text:
            return _types(ACCUSE=0.7), _quads(3, 0.9)
        return _types(CONSULT=0.6), _quads(0, 0.9)

    with_classifier(pipeline, monkeypatch, rows)
    events = coded(pipeline, text)
    assert len({e.id for e in events}) == len(events)


def test_the_articles_main_type_is_not_put_beside_a_rule_event_of_the_other_side(pipeline, monkeypatch):
    """An article about support gets no SUPPORT event on "opposed", where the rules read a
    REJECT: the main type goes to a sentence that does not contradict it, or nowhere."""
    first = "Brazil opposed France's statement."
    text = f"{first} Brazil met Chile in Brasilia."

    def rows(t):
        if t == text:
            return _types(SUPPORT=0.6), _quads(0, 0.5)
        if t == first:
            return _types(SUPPORT=0.5), _quads(1, 0.4)
        return _types(CONSULT=0.6), _quads(1, 0.8)

    with_classifier(pipeline, monkeypatch, rows)
    events = coded(pipeline, text)
    assert not [e for e in events if e.event_type == "SUPPORT" and e.evidence.sentence_index == 0]
    assert [e.event_type for e in events if e.evidence.sentence_index == 0] == ["REJECT"]


def test_no_classifier_event_on_a_verb_whose_subject_undergoes_it(pipeline, monkeypatch):
    """ "Wiranto survived the attack": the victim is no attacker."""
    with_classifier(pipeline, monkeypatch, lambda t: (_types(ASSAULT=0.6), _quads(4, 0.9)))
    for text in ("Wiranto survived the attack in Pandeglang.", "Wiranto suffered two deep wounds in the attack."):
        assert coded(pipeline, text) == [], text
