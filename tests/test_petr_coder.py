"""Coder rules from the PETRARCH2 validation analysis (issue 4): each a general rule, tested
on a sentence other than the gold record that motivated it where the parse allows."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import code_text, first_event as one



@pytest.fixture(scope="module")
def pipeline(rules_pipeline):
    return rules_pipeline


def code(pipeline, text, published=date(2015, 6, 9)):
    return code_text(pipeline, text, published)


def of_type(events, event_type):
    return [e for e in events if e.event_type == event_type]


def countries(mentions):
    return [m.actor.country for m in mentions]


def dyads(events, event_type):
    return sorted((tuple(countries(e.actors)), tuple(countries(e.recipients))) for e in of_type(events, event_type))


# 1. one-sided clashes
def test_engaging_a_party_in_a_firefight_is_one_sided(pipeline):
    events = code(pipeline, "Syrian rebels engaged Filipino peacekeepers in a firefight.")
    assert dyads(events, "ASSAULT") == [(("SYR",), ("PHL",))]


def test_clashing_parties_stay_mutual(pipeline):
    events = code(pipeline, "Syrian rebels and Filipino peacekeepers clashed in the Golan Heights.")
    assert dyads(events, "ASSAULT") == [(("PHL",), ("SYR",)), (("SYR",), ("PHL",))]


# 2. agreements with someone
def test_endorsing_an_agreement_with_a_party_supports_that_party(pipeline):
    event = one(code(pipeline, "Moldovan lawmakers endorsed a trade agreement with the European Union."), "SUPPORT")
    assert countries(event.actors) == ["MDA"] and countries(event.recipients) == ["EU"]


# 3. deepening ties is an intent to cooperate
def test_deepening_a_partnership_is_a_mutual_intent_to_cooperate(pipeline):
    events = code(pipeline, "Brazil and the United States are seeking to deepen a partnership in energy.")
    agree = of_type(events, "AGREE")
    assert {e.cameo for e in agree} == {"031"} and all(e.mode == "" for e in agree)
    assert dyads(events, "AGREE") == [(("BRA",), ("USA",)), (("USA",), ("BRA",))]


def test_strengthening_troops_is_still_a_mobilization(pipeline):
    events = code(pipeline, "Russia strengthened its troops on the border.")
    assert one(events, "MOBILIZE") and not of_type(events, "AGREE")


# 4. announced future acts are intents
def test_announcing_it_would_release_prisoners_is_an_intent(pipeline):
    events = code(pipeline, "Israel announced it would free 26 Palestinian prisoners.")
    agree = one(events, "AGREE")
    assert countries(agree.actors) == ["ISR"] and agree.mode == ""
    assert one(events, "RETREAT").mode == "planned"


def test_announcing_it_would_attack_is_a_threat(pipeline):
    threat = one(code(pipeline, "Russia said it would attack Ukraine."), "THREATEN")
    assert threat.cameo == "138" and threat.mode == "" and countries(threat.recipients) == ["UKR"]
    # on a condition the act itself is the threat, once
    threat = one(code(pipeline, "Iran said it would strike US bases if attacked."), "THREATEN")
    assert threat.evidence.trigger == "strike"


def test_saying_another_party_would_act_is_no_intent(pipeline):
    assert not of_type(code(pipeline, "Obama said Iran would release the prisoners."), "AGREE")


# 5. expelling people is CAMEO 174
def test_expelling_people_is_coercion(pipeline):
    event = one(code(pipeline, "Kuwait expelled Iranian opposition leaders."), "COERCE")
    assert event.cameo == "174" and countries(event.recipients) == ["IRN"]


def test_expelling_peacekeepers_or_diplomats_stays_a_sanction(pipeline):
    assert one(code(pipeline, "Sudan expelled UN peacekeepers."), "SANCTION").cameo == "166"
    # ConfliBERT's sentence labels file a diplomat's expulsion under CAMEO 16
    assert one(code(pipeline, "Kuwait expelled Iranian diplomats."), "SANCTION").cameo == "166"


# 6. advising against travel
def test_advising_against_travel_sanctions_the_destination(pipeline):
    event = one(code(pipeline, "The British Foreign Office has advised against travel to Egypt."), "SANCTION")
    assert event.cameo == "160" and countries(event.actors) == ["GBR"] and countries(event.recipients) == ["EGY"]


# 7. receiving assurances
def test_assurances_received_from_a_party_are_its_promise(pipeline):
    events = code(pipeline, "Georgian demonstrators received assurances from the Georgian government.")
    agree = one(events, "AGREE")
    assert [m.text for m in agree.actors] == ["Georgian government"]
    assert [m.text for m in agree.recipients] == ["Georgian demonstrators"]
    assert not of_type(events, "CONSULT")


# 8. mishaps are no attackers
def test_a_crash_is_no_attacker(pipeline):
    events = code(pipeline, "Interpol will help identify victims killed by the Malaysia Airlines flight MH17 crash.")
    assert not of_type(events, "ASSAULT")


# 9. extra events
def test_a_killing_participle_is_the_attack_itself(pipeline):
    events = code(pipeline, "Syrian government forces shelled the city of Aleppo, killing at least eight people.")
    assert len(of_type(events, "ASSAULT")) == 1


def test_a_reduced_relative_participle_has_no_actor(pipeline):
    events = code(pipeline, "The civilians imprisoned for acting against Moscow were released yesterday by Putin himself")
    assert not of_type(events, "COERCE") and countries(one(events, "RETREAT").actors) == ["RUS"]


def test_agreeing_to_a_coded_act_is_only_that_act(pipeline):
    events = code(pipeline, "Obama has agreed to lift the sanctions on Iran")
    assert not of_type(events, "AGREE")
    retreat = one(events, "RETREAT")
    assert retreat.mode == "planned" and countries(retreat.recipients) == ["IRN"]


def test_a_pledge_to_expel_people_is_planned_coercion(pipeline):
    events = code(pipeline, "Qatar has pledged to expel exiled leaders of the Muslim Brotherhood.")
    assert not of_type(events, "AGREE") and one(events, "COERCE").mode == "planned"


def test_a_pledge_of_no_coded_act_stays_an_agree(pipeline):
    assert one(code(pipeline, "The United States committed to the peace process in Yemen."), "AGREE")


def test_a_committed_symmetric_act_is_not_mirrored(pipeline):
    events = code(pipeline, "Iran pledged to cooperate with the IAEA.")
    assert dyads(events, "COOPERATE") == [(("IRN",), ("IAEA",))]
