"""Leaders of the Opposition (people_opposition.yaml): a former head of government who
leads the opposition is OPP in those years, not ELI, and "<country>'s opposition leader"
finds the holder of the country's `opposition_leader` office."""

from datetime import date

import pytest

from conftest import holder_name, mention_codes

CODES = [
    ("Benjamin Netanyahu attacked the government.", date(2022, 3, 10), "Benjamin Netanyahu", ("ISR", "OPP")),
    ("Benjamin Netanyahu attacked the government.", date(2023, 3, 10), "Benjamin Netanyahu", ("ISR", "GOV")),
    ("Benjamin Netanyahu attacked the government.", date(2007, 6, 1), "Benjamin Netanyahu", ("ISR", "OPP")),
    ("Donald Tusk criticised the government.", date(2022, 5, 1), "Donald Tusk", ("POL", "OPP")),
    ("Donald Tusk criticised the government.", date(2024, 5, 1), "Donald Tusk", ("POL", "GOV")),
    ("Jaroslaw Kaczynski criticised the government.", date(2010, 5, 1), "Jaroslaw Kaczynski", ("POL", "OPP")),
    ("David Cameron visited Leeds.", date(2008, 5, 1), "David Cameron", ("GBR", "OPP")),
    ("Rishi Sunak spoke in London.", date(2024, 9, 1), "Rishi Sunak", ("GBR", "OPP")),
    ("Stephen Harper spoke in Ottawa.", date(2005, 5, 1), "Stephen Harper", ("CAN", "OPP")),
    ("John Key spoke in Wellington.", date(2007, 5, 1), "John Key", ("NZL", "OPP")),
    ("Tzipi Livni met the envoy.", date(2010, 6, 1), "Tzipi Livni", ("ISR", "OPP")),
    ("Britain's opposition leader criticised the plan.", date(2012, 5, 1), "Britain's opposition leader", ("GBR", "OPP")),
]


@pytest.mark.parametrize("text,when,mention,expected", CODES)
def test_opposition_leaders_are_opp_in_their_years(resolver, nlp, text, when, mention, expected):
    assert mention_codes(resolver, nlp, text, when)[mention] == expected


HOLDERS = [
    ("gbr.opposition_leader", date(2012, 5, 1), "Ed Miliband"),
    ("gbr.opposition_leader", date(2022, 1, 10), "Keir Starmer"),
    ("isr.opposition_leader", date(2022, 3, 10), "Benjamin Netanyahu"),
    ("isr.opposition_leader", date(2024, 4, 10), "Yair Lapid"),
    ("aus.opposition_leader", date(2011, 5, 1), "Tony Abbott"),
    ("can.opposition_leader", date(2025, 6, 1), "Andrew Scheer"),
    ("ind.opposition_leader", date(2018, 1, 1), None),  # no recognised Leader of the Opposition 2014-24
    ("ind.opposition_leader", date(2025, 1, 1), "Rahul Gandhi"),
]


@pytest.mark.parametrize("office,when,expected", HOLDERS)
def test_opposition_office_holders(office, when, expected):
    assert holder_name(office, when) == expected
