"""Business people and private companies (people_business.yaml, companies.yaml): a
mention of a tycoon or a company is of its country, sector BUS (media owners MED); office
spells of business people who held one win on their dates and end in BUS, not ELI
(Kolomoisky, Akhmetov, Alex Saab). Bare names the files leave out by the ambiguity rule
(the Amazon river, "intel", a Ford car, the word "slim") name no actor."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import mention_codes

CASES = [
    ("Jack Ma criticised regulators in a speech.", date(2020, 10, 24), "Jack Ma", ("CHN", "BUS")),
    ("Gautam Adani was indicted in New York.", date(2024, 11, 21), "Gautam Adani", ("IND", "BUS")),
    ("Mukesh Ambani hosted a wedding in Mumbai.", date(2024, 7, 12), "Mukesh Ambani", ("IND", "BUS")),
    ("Aliko Dangote opened a refinery in Lagos.", date(2023, 5, 22), "Aliko Dangote", ("NGA", "BUS")),
    ("Carlos Slim bought a stake in the company.", date(2015, 3, 1), "Carlos Slim", ("MEX", "BUS")),
    ("Oleg Deripaska sued the Treasury over sanctions.", date(2019, 3, 15), "Oleg Deripaska", ("RUS", "BUS")),
    ("Lee Jae-yong was sentenced to prison.", date(2017, 8, 25), "Lee Jae-yong", ("KOR", "BUS")),
    ("Masayoshi Son met the president.", date(2016, 12, 6), "Masayoshi Son", ("JPN", "BUS")),
    ("Rupert Murdoch testified before lawmakers.", date(2011, 7, 19), "Rupert Murdoch", ("USA", "MED")),
    ("Jeff Bezos criticised the proposal.", date(2021, 4, 1), "Jeff Bezos", ("USA", "BUS")),
    ("Bernard Arnault met Emmanuel Macron.", date(2023, 1, 1), "Bernard Arnault", ("FRA", "BUS")),
    ("Dangote said the refinery would cut prices.", date(2024, 9, 1), "Dangote", ("NGA", "BUS")),
    # office spells: the office on its dates, business (not ELI) after it
    ("Rinat Akhmetov voted with the Party of Regions.", date(2008, 4, 1), "Rinat Akhmetov", ("UKR", "LEG")),
    ("Rinat Akhmetov said his steelworks would keep operating.", date(2022, 4, 1), "Rinat Akhmetov", ("UKR", "BUS")),
    ("Ihor Kolomoisky was appointed by the new government.", date(2014, 6, 1), "Ihor Kolomoisky", ("UKR", "GOV")),
    ("Ihor Kolomoisky was detained by Ukraine's security service.", date(2023, 9, 2), "Ihor Kolomoisky", ("UKR", "BUS")),
    ("Alex Saab was arrested in Cape Verde.", date(2020, 6, 13), "Alex Saab", ("COL", "BUS")),
    ("Alex Saab visited a factory in Caracas.", date(2025, 2, 1), "Alex Saab", ("VEN", "GOV")),
    # companies
    ("Infosys executives met the minister.", date(2020, 1, 1), "Infosys executives", ("IND", "BUS")),  # its people
    ("Lafarge admitted paying armed groups in Syria.", date(2022, 10, 18), "Lafarge", ("FRA", "BUS")),
    ("Evergrande defaulted on its debt.", date(2021, 12, 9), "Evergrande", ("CHN", "BUS")),
    ("Wirecard collapsed after an audit.", date(2020, 6, 25), "Wirecard", ("DEU", "BUS")),
    ("Rio Tinto destroyed ancient rock shelters.", date(2020, 6, 1), "Rio Tinto", ("GBR", "BUS")),
    ("Koç Holding said it would invest.", date(2020, 1, 1), "Koç Holding", ("TUR", "BUS")),
    ("CK Hutchison agreed to sell its ports.", date(2025, 3, 4), "CK Hutchison", ("HKG", "BUS")),
    ("Amazon.com cut jobs.", date(2023, 1, 1), "Amazon.com", ("USA", "BUS")),
]


@pytest.mark.parametrize("text,when,mention,codes", CASES)
def test_business_mentions(resolver, nlp, text, when, mention, codes):
    got = mention_codes(resolver, nlp, text, when)
    assert got.get(mention) == codes, got


# names left out by the ambiguity rule (companies.yaml and people_business.yaml headers)
NEGATIVES = [
    ("The Amazon rainforest is burning.", date(2019, 8, 1), "Amazon"),
    ("Intel agencies warned of an attack.", date(2020, 1, 1), "Intel"),
    ("He sold his Ford to a neighbour.", date(2020, 1, 1), "Ford"),
    ("The slim majority held.", date(2015, 1, 1), "slim"),
    ("Cook said the iPhone would be made in India.", date(2025, 8, 6), "Cook"),
]


@pytest.mark.parametrize("text,when,word", NEGATIVES)
def test_ambiguous_names_left_out(resolver, nlp, text, when, word):
    got = mention_codes(resolver, nlp, text, when)
    assert not any(word.lower() in m.lower() for m in got), got


def test_mark_cuban_is_no_demonym(resolver, nlp):
    """"Cuban" is Mark Cuban's surname and a demonym: his surname does not match alone."""
    got = mention_codes(resolver, nlp, "Mark Cuban praised the plan. Cuban officials rejected it.", date(2024, 1, 1))
    assert got.get("Mark Cuban") == ("USA", "BUS")
    assert got.get("Cuban officials") == ("CUB", "GOV")
