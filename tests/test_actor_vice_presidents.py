"""Vice presidents (kind vice_president) 2000-2026: offices of offices.yaml version 2 and
Kenya's deputy presidency, holders in people_vp.yaml and the people files (sources on
each data line)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import holder_name, text_actors

HOLDERS = [
    ("nga.vice_president", date(2004, 1, 1), "Atiku Abubakar"),
    ("nga.vice_president", date(2012, 1, 1), "Namadi Sambo"),
    ("nga.vice_president", date(2017, 2, 1), "Yemi Osinbajo"),
    ("nga.vice_president", date(2024, 6, 10), "Kashim Shettima"),
    ("bra.vice_president", date(2005, 1, 1), "José Alencar"),
    ("bra.vice_president", date(2014, 1, 1), "Michel Temer"),
    ("bra.vice_president", date(2020, 1, 1), "Hamilton Mourão"),
    ("bra.vice_president", date(2025, 6, 1), "Geraldo Alckmin"),
    ("col.vice_president", date(2015, 1, 1), "Germán Vargas Lleras"),
    ("col.vice_president", date(2017, 6, 1), "Óscar Naranjo"),
    ("col.vice_president", date(2023, 3, 1), "Francia Márquez"),
    ("arg.vice_president", date(2009, 1, 1), "Julio Cobos"),
    ("arg.vice_president", date(2021, 1, 1), "Cristina Fernández de Kirchner"),
    ("arg.vice_president", date(2024, 6, 1), "Victoria Villarruel"),
    ("idn.vice_president", date(2016, 1, 1), "Jusuf Kalla"),
    ("idn.vice_president", date(2025, 1, 1), "Gibran Rakabuming Raka"),
    ("phl.vice_president", date(2000, 1, 1), "Gloria Macapagal Arroyo"),
    ("phl.vice_president", date(2019, 1, 1), "Leni Robredo"),
    ("phl.vice_president", date(2024, 1, 1), "Sara Duterte"),
    ("ken.deputy_president", date(2010, 1, 1), "Kalonzo Musyoka"),
    ("ken.deputy_president", date(2025, 1, 1), "Kithure Kindiki"),
    ("zaf.deputy_president", date(2020, 1, 1), "David Mabuza"),
    ("zaf.deputy_president", date(2024, 1, 1), "Paul Mashatile"),
    ("gha.vice_president", date(2019, 1, 1), "Mahamudu Bawumia"),
    ("gha.vice_president", date(2025, 6, 1), "Jane Naana Opoku-Agyemang"),
    ("irn.first_vice_president", date(2003, 1, 1), "Mohammad Reza Aref"),
    ("irn.first_vice_president", date(2015, 1, 1), "Eshaq Jahangiri"),
    ("irn.first_vice_president", date(2022, 1, 1), "Mohammad Mokhber"),
    ("irn.first_vice_president", date(2025, 1, 1), "Mohammad Reza Aref"),
    ("ind.vice_president", date(2010, 1, 1), "Hamid Ansari"),
    ("ind.vice_president", date(2024, 1, 1), "Jagdeep Dhankhar"),
    ("ind.vice_president", date(2026, 1, 1), "C. P. Radhakrishnan"),
    ("tur.vice_president", date(2020, 1, 1), "Fuat Oktay"),
    ("tur.vice_president", date(2024, 1, 1), "Cevdet Yılmaz"),
    ("chn.vice_president", date(2020, 1, 1), "Wang Qishan"),
    ("chn.vice_president", date(2024, 1, 1), "Han Zheng"),
    ("twn.vice_president", date(2022, 1, 1), "Lai Ching-te"),
    ("ven.vice_president", date(2020, 1, 1), "Delcy Rodríguez"),
]


@pytest.mark.parametrize("office,when,name", HOLDERS)
def test_vice_president_holder(office, when, name):
    assert holder_name(office, when) == name


@pytest.mark.parametrize("office,when", [
    ("arg.vice_president", date(2002, 1, 1)),   # vacant after Álvarez resigned (2000-10-06)
    ("bra.vice_president", date(2017, 6, 1)),   # vacant after Temer became president
    ("ind.vice_president", date(2025, 8, 15)),  # Dhankhar resigned 2025-07-21, successor 2025-09-12
])
def test_vacancies(kb, office, when):
    assert kb.holder(office, when) is None


RESOLVED = [
    ("the Nigerian vice president", date(2024, 6, 10), "Kashim Shettima", "NGA", "GOV"),
    ("Vice President Kashim Shettima", date(2024, 6, 10), "Kashim Shettima", "NGA", "GOV"),
    ("Acting President Yemi Osinbajo", date(2017, 2, 15), "Yemi Osinbajo", "NGA", "GOV"),
    ("Vice President Francia Marquez", date(2023, 5, 1), "Francia Márquez", "COL", "GOV"),
    ("Vice President Geraldo Alckmin", date(2025, 3, 1), "Geraldo Alckmin", "BRA", "GOV"),
    ("Brazil's vice president", date(2025, 3, 1), "Geraldo Alckmin", "BRA", "GOV"),
    ("the Indian vice president", date(2023, 1, 1), "Jagdeep Dhankhar", "IND", "GOV"),
    ("Iran's first vice president", date(2025, 1, 1), "Mohammad Reza Aref", "IRN", "GOV"),
    ("South Africa's deputy president", date(2024, 1, 1), "Paul Mashatile", "ZAF", "GOV"),
    ("Kenya's deputy president", date(2025, 1, 1), "Kithure Kindiki", "KEN", "GOV"),
]


@pytest.mark.parametrize("text,when,name,country,sector", RESOLVED)
def test_vice_president_resolves(resolver, text, when, name, country, sector):
    actors = text_actors(resolver, text, when)
    assert (name, country, sector) in actors, (text, actors)


def test_acting_president_keeps_the_president(kb):
    # Buhari stays the president while Osinbajo acts for him
    assert kb.holder("nga.president", date(2017, 2, 15)).name == "Muhammadu Buhari"
    assert kb.spell(kb.people["yemi_osinbajo"], date(2017, 2, 15)).title == "Acting President"
    assert kb.spell(kb.people["yemi_osinbajo"], date(2018, 2, 15)).title == "Vice President"
