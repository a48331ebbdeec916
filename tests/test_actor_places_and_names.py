"""Capitals and city names that are places or parts of other names, not governments:
a list of places after one preposition, a club named after a capital, a city's police
that shares its first word with a court; and the CAMEO agent nouns for students and spies."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import mention_codes

D2020 = date(2020, 1, 1)


@pytest.mark.parametrize("text, place", [
    ("Protesters gathered in Paris and Berlin on Saturday.", "Berlin"),
    ("Rallies were held in Paris, Rome and Madrid.", "Madrid"),
    ("The envoy travelled to Moscow and Beijing last week.", "Beijing"),
    ("Protests spread in France and Germany on Saturday.", "Germany"),
])
def test_every_place_of_a_list_after_a_preposition_is_a_place(resolver, nlp, text, place):
    assert place not in mention_codes(resolver, nlp, text, D2020)


@pytest.mark.parametrize("text, actors", [
    ("Kyiv and Moscow traded accusations on Monday.", {"Kyiv": ("UKR", "GOV"), "Moscow": ("RUS", "GOV")}),
    ("Support from Moscow and Beijing was decisive.", {"Moscow": ("RUS", "GOV"), "Beijing": ("CHN", "GOV")}),
    ("According to Moscow and Beijing, the talks failed.", {"Moscow": ("RUS", "GOV"), "Beijing": ("CHN", "GOV")}),
])
def test_capitals_listed_as_actors_stay_actors(resolver, nlp, text, actors):
    assert mention_codes(resolver, nlp, text, D2020) == actors


@pytest.mark.parametrize("text", ["Real Madrid signed the striker on Monday.", "Real Madrid beat Barcelona 2-1."])
def test_a_club_named_after_a_capital_is_not_its_government(resolver, nlp, text):
    assert ("ESP", "GOV") not in mention_codes(resolver, nlp, text, D2020).values()


@pytest.mark.parametrize("text, mention, actor", [
    ("Delhi police arrested three men on Friday.", "Delhi police", ("IND", "COP")),  # not the Delhi High Court's
    ("Wagner fighters seized the town.", "Wagner fighters", ("RUS", "MIL")),  # a group's first word still names it
    ("Russian police arrested Russian students in Moscow today.", "Russian students", ("RUS", "EDU")),
    ("The Russian spy said on Monday that he was innocent.", "Russian spy", ("RUS", "SPY")),
])
def test_agent_nouns_and_the_words_before_them(resolver, nlp, text, mention, actor):
    assert mention_codes(resolver, nlp, text, D2020)[mention] == actor
