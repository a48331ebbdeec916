"""Heads of sub-national governments (people_subnational.yaml and spells added to existing
entries): first ministers, premiers, ministers-president, chief ministers, governors and
mayors carry the country of their state, sector GOV while in office."""

from __future__ import annotations

from datetime import date

import pytest


def _actor(resolver, nlp, text: str, when: date, name: str):
    found = [m for m in resolver.find_mentions(nlp(text), when) if m.actor.name == name]
    assert found, f"{name!r} not found in {text!r}: " + repr(
        [(m.text, m.actor.name) for m in resolver.find_mentions(nlp(text), when)])
    return found[-1].actor


CASES = [
    # the test set's misses
    ("Ontario Premier Doug Ford declared a state of emergency.", date(2022, 2, 11), "Doug Ford", ("CAN", "GOV")),
    ("Humza Yousaf said Scotland would hold a vote.", date(2023, 6, 1), "Humza Yousaf", ("GBR", "GOV")),
    ("First Minister John Swinney said the plan would go ahead.", date(2025, 1, 10), "John Swinney", ("GBR", "GOV")),
    ("Northern Ireland's First Minister Arlene Foster resigned.", date(2021, 4, 28), "Arlene Foster", ("GBR", "GOV")),
    ("Bavarian state premier Markus Söder criticised Berlin.", date(2020, 3, 16), "Markus Söder", ("DEU", "GOV")),
    ("Governor Anies Baswedan of Jakarta ordered offices closed.", date(2020, 4, 1), "Anies Baswedan", ("IDN", "GOV")),
    ("Tamil Nadu Chief Minister M.K. Stalin wrote to the Prime Minister.", date(2023, 1, 5), "M. K. Stalin", ("IND", "GOV")),
    ("Punjab Chief Minister Bhagwant Mann met farmers.", date(2023, 1, 5), "Bhagwant Mann", ("IND", "GOV")),
    ("Mayor Eric Adams announced new rules.", date(2023, 1, 5), "Eric Adams", ("USA", "GOV")),
    ("Sergey Sobyanin announced a lockdown in Moscow.", date(2020, 3, 30), "Sergey Sobyanin", ("RUS", "GOV")),
    ("Yury Luzhkov opened the new bridge.", date(2005, 9, 1), "Yury Luzhkov", ("RUS", "GOV")),
    ("J. Jayalalithaa was admitted to hospital.", date(2016, 10, 1), "J. Jayalalithaa", ("IND", "GOV")),
    # transliterations and spellings without diacritics
    ("Sergei Sobyanin said the metro would reopen.", date(2021, 6, 1), "Sergey Sobyanin", ("RUS", "GOV")),
    ("Markus Soeder said Bavaria would close schools.", date(2020, 3, 13), "Markus Söder", ("DEU", "GOV")),
    ("Francois Legault announced a curfew.", date(2021, 1, 6), "François Legault", ("CAN", "GOV")),
    ("MK Stalin attacked the governor.", date(2022, 1, 5), "M. K. Stalin", ("IND", "GOV")),
    ("Jayalalitha thanked voters.", date(2011, 5, 20), "J. Jayalalithaa", ("IND", "GOV")),
    ("Ahok was sworn in.", date(2015, 3, 1), "Basuki Tjahaja Purnama", ("IDN", "GOV")),
    ("Yevhen Balytskyi announced a referendum.", date(2022, 8, 8), "Yevgeny Balitsky", ("UKR", "REB")),
    # the right holder on each side of a change
    ("Nicola Sturgeon and Humza Yousaf spoke.", date(2022, 6, 1), "Humza Yousaf", ("GBR", None)),
    ("Humza Yousaf said the SNP would regroup.", date(2024, 9, 1), "Humza Yousaf", ("GBR", "ELI")),
    ("Kathleen Wynne conceded.", date(2018, 6, 8), "Kathleen Wynne", ("CAN", "GOV")),
    ("Armin Laschet campaigned in Aachen.", date(2021, 9, 1), "Armin Laschet", ("DEU", "GOV")),
    ("Bodo Ramelow was re-elected.", date(2020, 3, 4), "Bodo Ramelow", ("DEU", "GOV")),
    ("Thomas Kemmerich resigned.", date(2020, 2, 8), "Thomas Kemmerich", ("DEU", "GOV")),
    ("Uddhav Thackeray resigned.", date(2022, 6, 29), "Uddhav Thackeray", ("IND", "GOV")),
    ("Eknath Shinde took oath.", date(2023, 1, 5), "Eknath Shinde", ("IND", "GOV")),
    ("Nitish Kumar met Amit Shah in Delhi.", date(2022, 1, 5), "Nitish Kumar", ("IND", "GOV")),
    ("Omar Abdullah took oath.", date(2024, 10, 20), "Omar Abdullah", ("IND", "GOV")),
    ("Mehbooba Mufti was detained.", date(2019, 8, 5), "Mehbooba Mufti", ("IND", "ELI")),
    ("Zohran Mamdani said the city would act.", date(2026, 2, 1), "Zohran Mamdani", ("USA", "GOV")),
    ("Eric Adams left office.", date(2026, 2, 1), "Eric Adams", ("USA", "ELI")),
    ("C. Joseph Vijay was sworn in.", date(2026, 5, 11), "C. Joseph Vijay", ("IND", "GOV")),
    ("Yumnam Khemchand Singh took oath.", date(2026, 2, 5), "Yumnam Khemchand Singh", ("IND", "GOV")),
    ("Christine Fréchette was sworn in.", date(2026, 4, 16), "Christine Fréchette", ("CAN", "GOV")),
    # spells added to existing people
    ("Boris Johnson, the mayor of London, visited Beijing.", date(2008, 8, 24), "Boris Johnson", ("GBR", "GOV")),
    ("Joko Widodo toured the flooded districts.", date(2013, 1, 18), "Joko Widodo", ("IDN", "GOV")),
    ("Shehbaz Sharif inaugurated the metro bus.", date(2013, 2, 10), "Shehbaz Sharif", ("PAK", "GOV")),
    # Russian-installed heads in occupied Ukraine: UKR REB, as Pushilin
    ("Vladimir Saldo ordered an evacuation.", date(2022, 11, 1), "Vladimir Saldo", ("UKR", "REB")),
    ("Sergei Aksyonov said Crimea was calm.", date(2023, 7, 17), "Sergey Aksyonov", ("UKR", "REB")),
    ("Mikhail Razvozhayev said a drone was downed.", date(2023, 9, 13), "Mikhail Razvozhayev", ("UKR", "REB")),
    # Pakistan's provinces
    ("Ali Amin Gandapur led the march.", date(2024, 10, 5), "Ali Amin Gandapur", ("PAK", "GOV")),
    ("Mohsin Naqvi met the army chief.", date(2024, 6, 1), "Mohsin Naqvi", ("PAK", "GOV")),
]


@pytest.mark.parametrize("text,when,name,expected", CASES)
def test_subnational_heads(resolver, nlp, text, when, name, expected):
    actor = _actor(resolver, nlp, text, when, name)
    assert (actor.country, actor.sector) == expected


def test_bare_stalin_is_not_the_chief_minister(resolver, nlp):
    names = [m.actor.name for m in resolver.find_mentions(nlp("Stalin purged the army."), date(2022, 1, 5))]
    assert "M. K. Stalin" not in names


def test_no_person_twice(kb):
    """The file adds no one who is already listed elsewhere (extended in place instead)."""
    import yaml
    from pathlib import Path

    import dragoman.actors

    path = Path(dragoman.actors.__file__).parent / "data" / "people_subnational.yaml"
    names = {p["name"].casefold() for p in yaml.safe_load(path.read_text(encoding="utf-8"))["people"]}
    counts = {}
    for person in kb.people.values():
        key = person.name.casefold()
        if key in names:
            counts[key] = counts.get(key, 0) + 1
    assert {k: n for k, n in counts.items() if n > 1} == {}
    assert len(counts) == len(names)
