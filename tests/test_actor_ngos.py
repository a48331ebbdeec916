"""International NGOs (actors/data/ngos.yaml): names and aliases resolve to country NGO,
sector NGO (CAMEO's NGO... codes); ordinary words and ambiguous abbreviations do not."""

from __future__ import annotations

from datetime import date

import pytest

import dragoman
from dragoman.actors.resolver import ActorResolver

D = date(2020, 1, 1)


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver()


def resolved(resolver, text):
    return [(m.text, m.actor.name, m.actor.country, m.actor.sector) for m in resolver.resolve_text(text, D)]


@pytest.mark.parametrize("text,name", [
    ("Amnesty International", "Amnesty International"),
    ("Human Rights Watch", "Human Rights Watch"),
    ("HRW", "Human Rights Watch"),
    ("Doctors Without Borders", "Médecins Sans Frontières"),
    ("Médecins Sans Frontières", "Médecins Sans Frontières"),
    ("Medecins Sans Frontieres", "Médecins Sans Frontières"),
    ("MSF", "Médecins Sans Frontières"),
    ("Committee to Protect Journalists", "Committee to Protect Journalists"),
    ("CPJ", "Committee to Protect Journalists"),
    ("Reporters Without Borders", "Reporters Without Borders"),
    ("International Rescue Committee", "International Rescue Committee"),
    ("IRC", "International Rescue Committee"),
    ("Norwegian Refugee Council", "Norwegian Refugee Council"),
    ("Save the Children", "Save the Children"),
    ("Oxfam", "Oxfam"),
    ("Caritas", "Caritas Internationalis"),
    ("the Carter Center", "Carter Center"),
    ("International Crisis Group", "International Crisis Group"),
    ("Crisis Group", "International Crisis Group"),
    ("SOHR", "Syrian Observatory for Human Rights"),
    ("ACLED", "Armed Conflict Location & Event Data Project"),
    ("SIPRI", "Stockholm International Peace Research Institute"),
    ("IFRC", "International Federation of Red Cross and Red Crescent Societies"),
])
def test_ngo_names_and_aliases(resolver, text, name):
    hits = resolved(resolver, text)
    assert len(hits) == 1, hits
    assert hits[0][1:] == (name, "NGO", "NGO")


def test_generic_noun_keeps_ngo_sector(resolver):
    # an organisation keeps its own sector after a generic noun (a `groups` entry gives GOV)
    assert [h[2:] for h in resolved(resolver, "Amnesty International spokesman")] == [("NGO", "NGO")]
    assert [h[2:] for h in resolved(resolver, "Human Rights Watch researcher")] == [("NGO", "NGO")]


def test_national_red_crescent_is_its_country(resolver):
    assert [h[1:] for h in resolved(resolver, "Palestinian Red Crescent")] == [
        ("Palestine Red Crescent Society", "PSE", "NGO")]


@pytest.mark.parametrize("text", [
    "amnesty", "Amnesty",          # the word ("granted amnesty"), not the organisation
    "care", "CARE",                # health care; all-caps headlines write CARE
    "oxfam", "save the children", "world vision",  # organisations never match in lower case
    "irc", "RSF", "NRC", "DRC",    # RSF is Sudan's Rapid Support Forces, DRC the Congo
])
def test_common_words_and_ambiguous_abbreviations_are_not_ngos(resolver, text):
    assert not [h for h in resolved(resolver, text) if h[2] == "NGO"], resolved(resolver, text)


def test_ngo_in_an_event_sentence():
    result = dragoman.code([{"id": "x", "date": "2020-01-01",
                             "text": "Amnesty International has called for an investigation into the shooting."}])
    parties = [(m.text, m.actor.country, m.actor.sector) for e in result.events for m in e.actors]
    assert ("Amnesty International", "NGO", "NGO") in parties


def test_ngo_sentence_with_ordinary_words_names_no_ngo():
    result = dragoman.code([{"id": "y", "date": "2020-01-01",
                             "text": "The rebels were granted amnesty and the government promised to take "
                                     "care of the refugees and save the children."}])
    parties = [m.actor.country for e in result.events for m in (*e.actors, *e.recipients)]
    assert "NGO" not in parties
