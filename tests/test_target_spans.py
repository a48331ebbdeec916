"""Target (recipient) spans as span-scored gold marks them (ConfliBERT NER, issue 4)."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.language import parse
from dragoman.records import Article


@pytest.fixture(scope="module")
def pipeline():
    from dragoman.pipeline import Pipeline

    return Pipeline(use_classifier=False)


def phrases(pipeline, text, event_type):
    """(actor phrases, recipient phrases) of each event of the type, as text."""
    article = Article(doc_id="t", text=text, date=date(2022, 7, 27))
    coded = pipeline.code_parsed(article, next(parse([text])))
    found = [e for e in coded.events if e.event_type == event_type]
    assert found, f"no {event_type} in {[(e.event_type, e.evidence.trigger) for e in coded.events]}"
    return [([text[s:e] for s, e in ev.evidence.actor_phrases], [text[s:e] for s, e in ev.evidence.recipient_phrases])
            for ev in found]


def test_an_act_as_target_names_the_party_of_its_phrase(pipeline):
    ((_, recipients),) = phrases(pipeline, "Iran's foreign ministry strongly rejected accusations by Netanyahu.", "REJECT")
    assert recipients == ["Netanyahu"]
    ((_, recipients),) = phrases(pipeline, "Saudi Arabia lifted its blockade of Yemen.", "RETREAT")
    assert recipients == ["Yemen"]


def test_an_acts_of_phrase_names_the_party_even_under_a_preposition(pipeline):
    text = "President Michel Temer has conceded to the demands of the protesting truck drivers twice already."
    ((_, recipients),) = phrases(pipeline, text, "CONCEDE")
    assert recipients == ["the protesting truck drivers"]


def test_a_request_from_a_party_stays_whole(pipeline):
    text = "The Afghan Interior Ministry refused a request from The New York Times to visit the prison."
    ((_, recipients),) = phrases(pipeline, text, "REJECT")
    assert recipients == ["a request from The New York Times"]


def test_a_partys_own_act_ends_at_its_noun(pipeline):
    text = "A Swiss court rejected the Croatian government's request for revocation of an earlier arbitration ruling."
    ((_, recipients),) = phrases(pipeline, text, "REJECT")
    assert recipients == ["the Croatian government's request"]


def test_a_destination_hung_inside_the_object_is_the_recipient(pipeline):
    text = "The United States returned a painting that was stolen in 1989 from a gallery in Manhattan to the Art Loss Register."
    ((_, recipients),) = phrases(pipeline, text, "RETREAT")
    assert recipients == ["the Art Loss Register"]
    ((_, recipients),) = phrases(pipeline, "The US government returned dozens of Mayan artifacts to El Salvador.", "RETREAT")
    assert recipients == ["El Salvador"]


def test_a_place_struck_is_the_target_unless_it_is_only_a_target(pipeline):
    text = "Syrian government missiles have struck a rebel-held area near the frontier."
    ((_, recipients),) = phrases(pipeline, text, "ASSAULT")
    assert recipients == ["a rebel-held area near the frontier"]
    text = "Israeli military struck a target in the Gaza Strip with artillery."
    ((_, recipients),) = phrases(pipeline, text, "ASSAULT")
    assert recipients == ["the Gaza Strip"]


def test_conjoined_parties_of_a_joint_act_each_span_the_coordination(pipeline):
    both = "The Jordan and the United States"
    found = phrases(pipeline, f"{both} began a new round of joint military exercises today.", "COOPERATE")
    assert found and all(actors == [both] and recipients == [both] for actors, recipients in found)
    met = phrases(pipeline, "Trump and Putin met in Helsinki.", "CONSULT")
    assert met and all(actors == ["Trump and Putin"] and recipients == ["Trump and Putin"] for actors, recipients in met)


def test_parties_on_either_side_of_the_verb_keep_their_own_phrases(pipeline):
    found = phrases(pipeline, "Israeli Prime Minister Benjamin Netanyahu met French President Emmanuel Macron.", "CONSULT")
    first = found[0]
    assert first == (["Israeli Prime Minister Benjamin Netanyahu"], ["French President Emmanuel Macron"])


def test_an_unnamed_place_is_the_target_of_an_act_aimed_at_no_one(pipeline):
    ((_, recipients),) = phrases(pipeline, "The UN has declared a state of siege in Katanga pending a manhunt.", "COERCE")
    assert recipients == ["Katanga"]
    ((_, recipients),) = phrases(pipeline, "President Otto Perez Molina declared a state of siege in the town.", "COERCE")
    assert recipients == ["the town"]


def test_a_named_party_is_not_replaced_by_an_unnamed_place(pipeline):
    ((_, recipients),) = phrases(pipeline, "ISIL launched an attack on the Iraqi embassy in Kabul on Monday.", "ASSAULT")
    assert recipients == ["the Iraqi embassy in Kabul"]


def recipient_countries(pipeline, text, event_type):
    article = Article(doc_id="t", text=text, date=date(2022, 7, 27))
    events = pipeline.code_parsed(article, next(parse([text]))).events
    return [[m.actor.country for m in e.recipients] for e in events if e.event_type == event_type]


def test_a_recipient_preposition_on_the_objects_of_phrase(pipeline):
    assert recipient_countries(pipeline, "Britain has sent a large team of experts to Lebanon.", "AID") == [["LBN"]]
    assert recipient_countries(pipeline, "Nigeria Police withdrew the batch of 200 peacekeepers from Liberia.",
                               "RETREAT") == [["LBR"]]


def test_pushing_a_party_for_something_and_providing_it_with_something(pipeline):
    assert recipient_countries(pipeline, "The Bush administration has pushed Iraq for a constitution.", "REQUEST") == [["IRQ"]]
    text = "The United States has provided the Lebanese Armed Forces with aircraft, vehicles and weapons."
    assert recipient_countries(pipeline, text, "AID") == [["LBN"]]


def test_a_noun_events_preposition_on_its_object_or_head_noun(pipeline):
    ((_, recipients),) = phrases(pipeline, "Late on Saturday, Rabat announced a suspension of air links with 21 countries in Europe.",
                                 "SANCTION")
    assert recipients == ["21 countries in Europe"]


def test_aid_aimed_at_the_subject_of_helps_complement(pipeline):
    found = phrases(pipeline, "The German government sent emergency aid to help Haiti cope with the earthquake.", "AID")
    assert found[0][1] == ["Haiti"]


def test_a_passive_participles_noun_is_no_attacker(pipeline):
    """ "those killed in ..." has no attacker: not the subject of the clause above it."""
    text = ("Iran summoned the UK envoy to complain about his attendance at a rally in Tehran to commemorate "
            "those killed in a Ukrainian airliner.")
    article = Article(doc_id="t", text=text, date=date(2020, 1, 12))
    coded = pipeline.code_parsed(article, next(parse([text])))
    assert not [e for e in coded.events if e.event_type == "ASSAULT"]


def test_unknown_parties_conjoined_with_known_ones_are_parties_too(pipeline):
    ((_, recipients),) = phrases(pipeline, "The U.S. Treasury Department removed the sanctions on Rusal and other "
                                           "companies linked to Russian oligarch Oleg Deripaska.", "RETREAT")
    assert recipients == ["Rusal", "other companies"]
    # a conjunct inside a modifier is no party ("Police and Crime Commissioner")
    ((actors, _),) = phrases(pipeline, "The county's Police and Crime Commissioner Stephen Mold urged Britain to act.",
                             "REQUEST")
    assert not [a for a in actors if a == "Crime"]


def test_a_phrase_ends_before_the_comma_of_a_cut_aside(pipeline):
    ((_, recipients),) = phrases(pipeline, "The United Nations has temporarily suspended aid deliveries in Nigeria, "
                                           "the former stronghold of jihadists Boko Haram.", "SANCTION")
    assert all(not r.endswith(",") for r in recipients)


def test_a_place_target_is_the_place_not_the_clause_hung_on_it(pipeline):
    text = ("Syrian government shelling killed one Turkish soldier and wounded another in northwest Syria, "
            "Turkey's Defense Ministry announced.")
    assert not [r for _, rs in phrases(pipeline, text, "ASSAULT") for r in rs if "announced" in r]


def test_an_act_named_as_the_target_stands_for_its_maker(pipeline):
    text = "The Guatemalan government denied charges by Central American clergymen that it tortured a priest."
    ((_, recipients),) = phrases(pipeline, text, "REJECT")
    assert recipients == ["Central American clergymen"]
    # the owner of an act is the party; the act's topic is not
    text = "Guy Verhofstadt has rejected Theresa May's offer on citizens' rights."
    ((_, recipients),) = phrases(pipeline, text, "REJECT")
    assert recipients == ["Theresa May's offer"]


def test_an_act_by_a_party_as_the_doer_is_that_party_with_the_act_as_its_phrase(pipeline):
    text = "A car bombing by the Islamic State group killed at least 75 displaced people in eastern Syria."
    ((actors, _),) = phrases(pipeline, text, "ASSAULT")
    assert actors == ["A car bombing by the Islamic State group"]


def test_the_charge_after_a_named_party_is_not_its_name(pipeline):
    """verbs.yaml charge_nouns: "accused the US of genocide" targets "the US"; a name's
    own "of" stays ("the leaders of Egypt")."""
    text = "Amnesty International accused the Nigerian military of mass slaughter of hundreds of men in Zaria."
    ((_, recipients),) = phrases(pipeline, text, "ACCUSE")
    assert recipients == ["the Nigerian military"]
    ((_, recipients),) = phrases(pipeline, "China accused the US of genocide.", "ACCUSE")
    assert recipients == ["the US"]


def test_a_sibling_target_the_parser_hangs_on_an_of_phrase(pipeline):
    """ "the airport of Abha and the military base": the base is a second target, not a
    part of Abha (the parser's conj of "Abha"); neither is a person."""
    text = "The Houthis attacked the Saudi airport of Abha and the Khamis Mushait military base."
    ((_, recipients),) = phrases(pipeline, text, "ASSAULT")
    assert recipients == ["the Saudi airport of Abha", "the Khamis Mushait military base"]
