"""Bodies news name by their parts or their place: a legislature's committees, "the
House", central banks, churches and unions in a country, a country that shares its name
with a US state, names with an apostrophe."""

from __future__ import annotations

from datetime import date

import pytest

D2012, D2020, D2023 = date(2012, 6, 5), date(2020, 11, 20), date(2023, 3, 1)


def found(resolver, nlp, text, when=D2023):
    return {m.text: (m.actor.country, m.actor.sector) for m in resolver.find_mentions(nlp(text), when)}


@pytest.mark.parametrize("text,mention,actor", [
    # a committee is its legislature's, whatever its remit ("foreign relations" is no GOV)
    ("The Senate Foreign Relations Committee approved the nomination.",
     "Senate Foreign Relations Committee", ("USA", "LEG")),
    ("The Senate Armed Services Committee questioned the general.",
     "Senate Armed Services Committee", ("USA", "LEG")),
    ("The House Intelligence Committee released its report.", "House Intelligence Committee", ("USA", "LEG")),
    ("The Bundestag's foreign affairs committee met in Berlin.",
     "Bundestag's foreign affairs committee", ("DEU", "LEG")),
    # and its chairman with it
    ("The House Judiciary Committee chairman Jim Jordan subpoenaed the bureau.",
     "House Judiciary Committee chairman Jim Jordan", ("USA", "LEG")),
    # "the House" alone is the House of Representatives, as "the Senate" is the Senate
    ("The House passed the bill on Friday.", "House", ("USA", "LEG")),
])
def test_a_legislature_and_its_committees(resolver, nlp, text, mention, actor):
    assert found(resolver, nlp, text)[mention] == actor


@pytest.mark.parametrize("text", [
    "The House of Saud rules the kingdom.",
    "He stayed at Blair House.",
    "Government House issued a statement.",
])
def test_a_house_that_is_no_legislature(resolver, nlp, text):
    assert not [a for a in found(resolver, nlp, text).values() if a == ("USA", "LEG")]


@pytest.mark.parametrize("text,mention,actor", [
    ("The Bank of England raised rates.", "Bank of England", ("GBR", "GOV")),
    # an unknown governor takes the country of the bank the title follows
    ("Bank of Uganda Governor Michael Atingi-Ego spoke.",
     "Bank of Uganda Governor Michael Atingi-Ego", ("UGA", "GOV")),
    # commercial banks named like central ones stay businesses
    ("The Bank of China lent the money.", "Bank of China", ("CHN", "BUS")),
    ("Bank of America reported profits.", "Bank of America", ("USA", "BUS")),
])
def test_central_banks_are_government(resolver, nlp, text, mention, actor):
    assert found(resolver, nlp, text)[mention] == actor


@pytest.mark.parametrize("text,mention,actor", [
    ("Catholic bishops in Nicaragua condemned the arrests.", "Catholic bishops", ("NIC", "REL")),
    ("Muslim clerics in Nigeria called for calm.", "Muslim clerics", ("NGA", "REL")),
    ("The Nicaraguan Catholic Church denounced the expulsion.", "Nicaraguan Catholic Church", ("NIC", "REL")),
    ("Unions in France called a strike.", "Unions", ("FRA", "LAB")),
    ("Egypt's Grand Imam of Al-Azhar Ahmed el-Tayeb met the pope.",
     "Egypt's Grand Imam of Al-Azhar Ahmed el-Tayeb", ("EGY", "REL")),
])
def test_churches_and_unions_are_of_their_place(resolver, nlp, text, mention, actor):
    assert found(resolver, nlp, text, D2020)[mention] == actor


@pytest.mark.parametrize("text,mention,actor", [
    ("Georgia Governor Brian Kemp signed the bill into law.", "Georgia Governor Brian Kemp", ("USA", "GOV")),
    ("Georgia Secretary of State Brad Raffensperger certified the results.",
     "Georgia Secretary of State Brad Raffensperger", ("USA", "GOV")),
    ("Georgia's Republican governor refused to call a special session.",
     "Georgia's Republican governor", ("USA", "GOV")),
    ("Georgia Gov. Nathan Deal signed the budget.", "Georgia Gov. Nathan Deal", ("USA", "GOV")),
    # the country keeps its own offices and bodies
    ("Georgia's foreign minister visited Brussels.", "Georgia's foreign minister", ("GEO", "GOV")),
    ("Georgia's parliament passed the foreign agents law.", "Georgia's parliament", ("GEO", "LEG")),
])
def test_georgia_the_state_and_the_country(resolver, nlp, text, mention, actor):
    assert found(resolver, nlp, text, D2020)[mention] == actor


def test_a_name_with_an_apostrophe_is_one_name(resolver, nlp):
    names = found(resolver, nlp, "Central Bank of Kenya Governor Njuguna Ndung'u said inflation would ease.", D2012)
    assert names == {"Central Bank of Kenya Governor Njuguna Ndung'u": ("KEN", "GOV")}


def test_a_capitalised_title_is_no_short_group_name(resolver, nlp):
    # "Grand" begins the Grand National Party's name; before the title "Imam" it is no party
    names = found(resolver, nlp, "The Grand Imam spoke to reporters.", D2020)
    assert ("KOR", "PTY") not in names.values()
