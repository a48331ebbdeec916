"""UN permanent representatives of often-newsworthy countries (Syria, North Korea,
Pakistan, Venezuela, Cuba, Egypt, Iraq, Afghanistan, Lebanon, Palestine's permanent
observer, Sudan, Myanmar, Qatar, the UAE, Belarus) and ambassadors to the United States
(Russia, China, Ukraine, Israel, Saudi Arabia, Pakistan), added in the sixteenth UN pass
(people_un_14.yaml; Mekdad, Nawaf Salam, Ushakov, Qin Gang and Markarova in place in their files)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import holder_name, text_actors

HOLDERS = [
    ("syr.un_ambassador", date(2005, 6, 1), "Faisal Mekdad"),
    ("syr.un_ambassador", date(2013, 8, 21), "Bashar Jaafari"),
    ("syr.un_ambassador", date(2022, 6, 1), "Bassam Sabbagh"),
    ("prk.un_ambassador", date(2017, 9, 19), "Ja Song Nam"),
    ("prk.un_ambassador", date(2022, 10, 1), "Kim Song"),
    ("pak.un_ambassador", date(2017, 1, 1), "Maleeha Lodhi"),
    ("pak.un_ambassador", date(2021, 1, 1), "Munir Akram"),
    ("pak.un_ambassador", date(2025, 5, 1), "Asim Iftikhar Ahmad"),
    ("pse.un_ambassador", date(2012, 11, 29), "Riyad Mansour"),
    ("lbn.un_ambassador", date(2011, 1, 1), "Nawaf Salam"),
    ("afg.un_ambassador", date(2010, 1, 1), "Zahir Tanin"),
    ("mmr.un_ambassador", date(2021, 2, 26), "Kyaw Moe Tun"),
    ("ven.un_ambassador", date(2019, 2, 1), "Samuel Moncada"),
    ("cub.un_ambassador", date(2022, 1, 1), "Pedro Luis Pedroso"),
    ("qat.un_ambassador", date(2017, 6, 5), "Alya Ahmed bin Saif Al-Thani"),
]


@pytest.mark.parametrize("office,when,name", HOLDERS)
def test_un_14_holder(office, when, name):
    assert holder_name(office, when) == name


@pytest.mark.parametrize("office,when", [
    ("prk.un_ambassador", date(2018, 8, 15)),   # between Ja's dismissal and Kim Song's credentials
    ("syr.un_ambassador", date(2023, 10, 1)),   # Sabbagh gone, al-Dahhak not yet accredited
])
def test_un_14_vacancies(kb, office, when):
    assert office in kb.offices and kb.holder(office, when) is None


RESOLVED = [
    ("Bashar Jaafari told the Security Council the report was biased.", date(2016, 4, 1), "Bashar Jaafari", "SYR", "DIP"),
    ("Riyad Mansour addressed the General Assembly.", date(2024, 5, 10), "Riyad Mansour", "PSE", "DIP"),
    ("Maleeha Lodhi raised Kashmir at the United Nations.", date(2019, 8, 16), "Maleeha Lodhi", "PAK", "DIP"),
    ("Sergey Kislyak met Michael Flynn in December.", date(2016, 12, 29), "Sergey Kislyak", "RUS", "DIP"),
    ("Anatoly Antonov was summoned to the State Department.", date(2022, 3, 1), "Anatoly Antonov", "RUS", "DIP"),
    ("Cui Tiankai said trade talks would continue.", date(2019, 5, 10), "Cui Tiankai", "CHN", "DIP"),
    ("Qin Gang arrived in Washington.", date(2021, 7, 28), "Qin Gang", "CHN", "DIP"),
    ("Yuri Ushakov met congressional leaders.", date(2005, 3, 1), "Yuri Ushakov", "RUS", "DIP"),
    ("Kyaw Moe Tun urged the world to act against the coup.", date(2021, 2, 26), "Kyaw Moe Tun", "MMR", "DIP"),
    ("Nawaf Salam spoke for Lebanon in the Security Council.", date(2011, 3, 1), "Nawaf Salam", "LBN", "DIP"),
    ("Valeriy Chaly met senators on Capitol Hill.", date(2017, 3, 1), "Valeriy Chaly", "UKR", "DIP"),
    ("Oksana Markarova thanked Congress for the aid.", date(2022, 5, 10), "Oksana Markarova", "UKR", "DIP"),
]


@pytest.mark.parametrize("text,when,name,country,sector", RESOLVED)
def test_un_14_resolves(resolver, text, when, name, country, sector):
    actors = text_actors(resolver, text, when)
    assert (name, country, sector) in actors, (text, actors)


def test_un_14_in_place_spells_keep_later_roles(kb):
    # spells added in place do not hide the roles the entries already had
    assert kb.spell(kb.people["qin_gang"], date(2023, 3, 1)).office == "chn.foreign_minister"
    assert kb.spell(kb.people["faisal_mekdad"], date(2022, 1, 1)).office == "syr.foreign_minister"
    assert kb.spell(kb.people["nawaf_salam"], date(2025, 3, 1)).office == "lbn.prime_minister"
    assert kb.spell(kb.people["yuri_ushakov"], date(2015, 1, 1)).title == "Presidential Aide"
    assert kb.spell(kb.people["oksana_markarova"], date(2019, 1, 1)).office == "ukr.finance_minister"


def test_un_14_shared_surname_titled_mansour(resolver):
    # Riyad Mansour shares Adly Mansour's surname: the titled mention stays Egypt's interim president
    assert ("Adly Mansour", "EGY", "GOV") in text_actors(resolver, "Interim President Mansour issued a decree.", date(2013, 10, 1))
    assert ("Riyad Mansour", "PSE", "DIP") in text_actors(
        resolver, "Riyad Mansour addressed the council. Mansour said the killing must stop.", date(2013, 10, 1))
