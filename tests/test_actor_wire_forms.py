"""Forms of wire copy the resolver reads: datelines with an agency, US party-and-state
labels, capitalised ranks before a title, likenesses ("Trump-style"), lists the parser
took for one name, bloc leaders, and the people of a seat."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import mention_codes


@pytest.mark.parametrize("text, dateline, actor, code", [
    ("UNITED NATIONS (AP) - Russia vetoed a draft resolution on Ukraine.", "UNITED NATIONS", "Russia", ("RUS", None)),
    ("Kinshasa (AFP) - Congolese President Felix Tshisekedi accused Rwanda of backing M23.", "Kinshasa",
     "Congolese President Felix Tshisekedi", ("COD", "GOV")),
    ("BRUSSELS, Feb 24 (Reuters) - NATO Secretary-General Jens Stoltenberg said the alliance would act.", "BRUSSELS",
     "NATO Secretary-General Jens Stoltenberg", ("NATO", "IGO")),
])
def test_a_dateline_with_an_agency_is_no_actor(resolver, nlp, text, dateline, actor, code):
    codes = mention_codes(resolver, nlp, text, date(2022, 2, 24))
    assert dateline not in codes and codes[actor] == code


def test_an_actor_named_in_capitals_before_a_dash_is_still_one(resolver, nlp):
    assert mention_codes(resolver, nlp, "NATO - the alliance said it would deploy more forces.",
                         date(2022, 2, 24))["NATO"] == ("NATO", "IGO")


@pytest.mark.parametrize("text, mention", [
    ("Rep. Jane Smithers (D-N.Y.) unveiled the bill on Thursday.", "Rep. Jane Smithers"),
    ("Sen. Tom Blickers, R-Texas, said the bill would fail.", "Sen. Tom Blickers"),
])
def test_a_us_party_and_state_label_makes_an_unknown_legislator_american(resolver, nlp, text, mention):
    assert mention_codes(resolver, nlp, text, date(2019, 2, 7))[mention] == ("USA", "LEG")


def test_a_capitalised_rank_joins_its_title(resolver, nlp):
    text = "Treasury Secretary Scott Bessent and Ukraine's First Deputy Prime Minister Yulia Svyrydenko signed a deal."
    codes = mention_codes(resolver, nlp, text, date(2025, 4, 30))
    assert codes["Ukraine's First Deputy Prime Minister Yulia Svyrydenko"] == ("UKR", "GOV")


@pytest.mark.parametrize("text, word", [
    ("Brazilian President Jair Bolsonaro, often described as a Trump-style populist, met the U.S. president.", "Trump"),
    ("The army paraded Soviet-era tanks through the capital.", "Soviet"),
])
def test_a_likeness_is_no_actor(resolver, nlp, text, word):
    assert not any(word in m for m in mention_codes(resolver, nlp, text, date(2019, 3, 19)))


def test_a_list_the_parser_took_for_one_name_is_its_items(resolver, nlp):
    codes = mention_codes(resolver, nlp, "Mali, Burkina Faso and Niger announced their withdrawal from the bloc.",
                          date(2024, 1, 28))
    assert codes["Mali"] == ("MLI", None) and codes["Burkina Faso"] == ("BFA", None)


def test_a_city_the_parser_took_for_a_person_is_no_misspelt_name(resolver, nlp):
    codes = mention_codes(resolver, nlp, "Russian troops shelled residential areas of Kharkiv overnight.",
                          date(2022, 3, 2))
    assert "Kharkiv" not in codes


@pytest.mark.parametrize("text, mention, code", [
    ("EU foreign ministers agreed to impose sanctions on Belarus.", "EU foreign ministers", ("EU", "GOV")),
    ("G7 finance ministers agreed in London to back a minimum tax.", "G7 finance ministers", ("G7", "GOV")),
    ("NATO allies pledged more air defence for Ukraine.", "NATO allies", ("NATO", "GOV")),
    ("EU officials said the talks would resume.", "EU officials", ("EU", "IGO")),  # the bloc's own
    ("A Pentagon spokesman said the military had shot down a balloon.", "Pentagon spokesman", ("USA", "MIL")),
    ("Kremlin spokesman Dmitry Peskov said talks would go on.", "Kremlin spokesman Dmitry Peskov", ("RUS", "GOV")),
    ("Russia's Defence Ministry said its forces had taken Avdiivka.", "Russia's Defence Ministry", ("RUS", "MIL")),
    ("Ukrainian military intelligence said its drones struck a refinery.", "Ukrainian military intelligence",
     ("UKR", "SPY")),
    ("Russian Defence Minister Andrei Belousov visited the front.", "Russian Defence Minister Andrei Belousov",
     ("RUS", "GOV")),
])
def test_blocs_seats_and_ministries_by_their_people(resolver, nlp, text, mention, code):
    assert mention_codes(resolver, nlp, text, date(2024, 6, 1))[mention] == code


def test_the_abbreviation_of_a_body_named_with_its_people_is_the_body(resolver, nlp):
    text = "Leaders of African Union (AU) member states met in Niamey. The AU announced a payment system."
    mentions = resolver.find_mentions(nlp(text), date(2019, 7, 10))
    assert [(m.actor.country, m.actor.sector) for m in mentions if m.text == "AU"] == [("AU", "IGO")]
