"""Offices beyond heads of government, foreign and defence ministers, and their dated
holders (src/dragoman/actors/data/people_offices.yaml and the spells added to existing
people): US cabinet and security posts, congressional leaders, the British chancellor,
home secretary and chief of the defence staff, Russia's, Ukraine's and Israel's
military and security chiefs. Each group is resolved by title + name, by the office's
own name where it has one, and by country + title on two dates."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import holder_name, single_actor

from dragoman.actors.kb import get_kb


def one(mentions, text):
    hits = [m for m in mentions if m.text == text]
    assert len(hits) == 1, f"{text!r} not in {[m.text for m in mentions]}"
    return hits[0].actor


# ------------------------------------------------------------------ holders by date


@pytest.mark.parametrize("office,when,name", [
    ("usa.attorney_general", date(2004, 1, 1), "John Ashcroft"),
    ("usa.attorney_general", date(2019, 6, 1), "William Barr"),
    ("usa.attorney_general", date(2023, 6, 1), "Merrick Garland"),
    ("usa.attorney_general", date(2026, 6, 1), "Pam Bondi"),
    ("usa.homeland_security_secretary", date(2002, 6, 1), None),  # the department began 2003-01-24
    ("usa.homeland_security_secretary", date(2010, 1, 1), "Janet Napolitano"),
    ("usa.homeland_security_secretary", date(2026, 1, 1), "Kristi Noem"),
    ("usa.homeland_security_secretary", date(2026, 6, 1), "Markwayne Mullin"),
    ("usa.commerce_secretary", date(2018, 1, 1), "Wilbur Ross"),
    ("usa.cia_director", date(2003, 1, 1), "George Tenet"),
    ("usa.cia_director", date(2017, 6, 1), "Mike Pompeo"),
    ("usa.cia_director", date(2022, 3, 1), "William Burns"),
    ("usa.cia_director", date(2025, 6, 1), "John Ratcliffe"),
    ("usa.dni", date(2004, 6, 1), None),  # the office began 2005-04-21
    ("usa.dni", date(2006, 1, 1), "John Negroponte"),
    ("usa.dni", date(2020, 3, 1), "Richard Grenell"),
    ("usa.fbi_director", date(2010, 1, 1), "Robert Mueller"),
    ("usa.fbi_director", date(2017, 6, 1), "Andrew McCabe"),
    ("usa.white_house_chief_of_staff", date(2018, 1, 1), "John Kelly"),
    ("usa.cjcs", date(2021, 1, 1), "Mark Milley"),
    ("usa.trade_representative", date(2019, 1, 1), "Robert Lighthizer"),
    ("usa.house_speaker", date(2016, 1, 1), "Paul Ryan"),
    ("usa.senate_majority_leader", date(2012, 1, 1), "Harry Reid"),
    ("usa.senate_majority_leader", date(2026, 1, 1), "John Thune"),
    # existing offices: the holders now cover 2000-2026
    ("usa.treasury_secretary", date(2008, 10, 1), "Henry Paulson"),
    ("usa.treasury_secretary", date(2019, 1, 1), "Steven Mnuchin"),
    ("usa.national_security_adviser", date(2007, 1, 1), "Stephen Hadley"),
    ("usa.national_security_adviser", date(2017, 6, 1), "H. R. McMaster"),
])
def test_holder_on_date(office, when, name):
    assert holder_name(office, when) == name


@pytest.mark.parametrize("office", ["usa.treasury_secretary", "usa.national_security_adviser"])
def test_existing_us_offices_have_no_gap_longer_than_a_month(office):
    """Every date 2000-01-01 .. 2026-11-30 has a holder, except gaps of a few days
    between a resignation and the next (acting) holder."""
    kb, day, gap = get_kb(), date(2000, 1, 1), 0
    while day < date(2026, 11, 30):
        gap = 0 if kb.holder(office, day) else gap + 1
        assert gap <= 31, f"{office}: no holder for a month up to {day}"
        day = date.fromordinal(day.toordinal() + 1)


# ------------------------------------------------------------------ United States


@pytest.mark.parametrize("text,when,expected", [
    ("Attorney General William Barr", date(2019, 6, 1), ("William Barr", "USA", "GOV")),
    ("Commerce Secretary Wilbur Ross", date(2018, 1, 1), ("Wilbur Ross", "USA", "GOV")),
    ("FBI Director Christopher Wray", date(2020, 1, 1), ("Christopher Wray", "USA", "COP")),
    ("CIA Director William Burns", date(2022, 3, 1), ("William Burns", "USA", "SPY")),
    ("Acting Attorney General Matthew Whitaker", date(2018, 12, 1), ("Matthew Whitaker", "USA", "GOV")),
    ("Senate Majority Leader Mitch McConnell", date(2018, 1, 1), ("Mitch McConnell", "USA", "LEG")),
    # the office's own name alone: the holder on the date
    ("the CIA director", date(2022, 3, 1), ("William Burns", "USA", "SPY")),
    ("the CIA director", date(2018, 1, 1), ("Mike Pompeo", "USA", "SPY")),
    ("the FBI director", date(2015, 1, 1), ("James Comey", "USA", "COP")),
    ("the Director of National Intelligence", date(2012, 1, 1), ("James Clapper", "USA", "SPY")),
    ("the White House chief of staff", date(2014, 1, 1), ("Denis McDonough", "USA", "GOV")),
    ("the Joint Chiefs chairman", date(2010, 1, 1), ("Mike Mullen", "USA", "MIL")),
    ("the Homeland Security Secretary", date(2015, 1, 1), ("Jeh Johnson", "USA", "GOV")),
    ("the U.S. Trade Representative", date(2022, 1, 1), ("Katherine Tai", "USA", "GOV")),
    ("the Treasury Secretary", date(2010, 1, 1), ("Timothy Geithner", "USA", "GOV")),
    # country + generic title: the office of that country
    ("the US attorney general", date(2019, 6, 1), ("William Barr", "USA", "GOV")),
    ("the US attorney general", date(2023, 6, 1), ("Merrick Garland", "USA", "GOV")),
    ("the US commerce secretary", date(2022, 1, 1), ("Gina Raimondo", "USA", "GOV")),
    ("the US House speaker", date(2020, 1, 1), ("Nancy Pelosi", "USA", "LEG")),
    ("the US House speaker", date(2024, 1, 1), ("Mike Johnson", "USA", "LEG")),
    ("the US Senate majority leader", date(2022, 1, 1), ("Chuck Schumer", "USA", "LEG")),
])
def test_us_offices(resolver, text, when, expected):
    assert single_actor(resolver, text, when) == expected


def test_bare_attorney_general_is_no_office(resolver):
    """'Attorney General' is a title in many countries: alone it names no US holder."""
    ms = resolver.resolve_text("the attorney general", date(2023, 6, 1))
    assert not any(m.actor.resolved for m in ms)


def test_surname_after_titled_full_name(resolver, nlp):
    text = ("Attorney General William Barr and Commerce Secretary Wilbur Ross were held in contempt. "
            "Barr and Ross refused to hand over the documents.")
    ms = resolver.find_mentions(nlp(text), date(2019, 7, 20))
    assert [(m.actor.name, m.actor.country, m.actor.sector) for m in ms if m.text in ("Barr", "Ross")] == [
        ("William Barr", "USA", "GOV"), ("Wilbur Ross", "USA", "GOV")]


# ------------------------------------------------------------------ United Kingdom, Russia, Ukraine, Israel


@pytest.mark.parametrize("office,when,name", [
    ("gbr.chancellor_of_the_exchequer", date(2005, 1, 1), "Gordon Brown"),
    ("gbr.chancellor_of_the_exchequer", date(2022, 9, 20), "Kwasi Kwarteng"),
    ("gbr.home_secretary", date(2003, 1, 1), "David Blunkett"),
    ("gbr.home_secretary", date(2022, 10, 22), "Grant Shapps"),
    ("gbr.home_secretary", date(2025, 1, 1), "Yvette Cooper"),
    ("gbr.home_secretary", date(2026, 1, 1), "Shabana Mahmood"),
    ("gbr.chief_of_defence_staff", date(2008, 1, 1), "Jock Stirrup"),
    ("gbr.chief_of_defence_staff", date(2026, 1, 1), "Richard Knighton"),
    ("rus.chief_of_general_staff", date(2002, 1, 1), "Anatoly Kvashnin"),
    ("rus.fsb_director", date(2005, 1, 1), "Nikolai Patrushev"),
    ("rus.fsb_director", date(2026, 1, 1), "Alexander Bortnikov"),
    ("rus.duma_chairman", date(2001, 1, 1), "Gennady Seleznyov"),
    ("rus.security_council_secretary", date(2003, 1, 1), "Vladimir Rushailo"),
    ("rus.security_council_secretary", date(2007, 7, 15), "Igor Ivanov"),
    ("rus.security_council_secretary", date(2008, 1, 1), "Valentin Sobolev"),
    ("ukr.commander_in_chief", date(2016, 1, 1), "Viktor Muzhenko"),
    ("ukr.presidential_office_head", date(2019, 8, 1), "Andriy Bohdan"),
    ("ukr.presidential_office_head", date(2025, 12, 15), None),  # Yermak dismissed 2025-11-28, Budanov from 2026-01-02
    ("ukr.sbu_head", date(2021, 1, 1), "Ivan Bakanov"),
    ("ukr.sbu_head", date(2026, 6, 1), "Yevhen Khmara"),
    ("isr.idf_chief_of_staff", date(2000, 1, 1), "Shaul Mofaz"),
    ("isr.idf_chief_of_staff", date(2026, 1, 1), "Eyal Zamir"),
    ("isr.mossad_director", date(2008, 1, 1), "Meir Dagan"),
])
def test_holder_on_date_abroad(office, when, name):
    assert holder_name(office, when) == name


@pytest.mark.parametrize("text,when,expected", [
    # United Kingdom
    ("Chancellor of the Exchequer George Osborne", date(2015, 1, 1), ("George Osborne", "GBR", "GOV")),
    ("the Chancellor of the Exchequer", date(2009, 1, 1), ("Alistair Darling", "GBR", "GOV")),
    ("the British chancellor", date(2021, 1, 1), ("Rishi Sunak", "GBR", "GOV")),
    ("Britain's finance minister", date(2023, 1, 1), ("Jeremy Hunt", "GBR", "GOV")),
    ("Home Secretary Priti Patel", date(2020, 1, 1), ("Priti Patel", "GBR", "GOV")),
    ("Britain's home secretary", date(2012, 1, 1), ("Theresa May", "GBR", "GOV")),
    ("Britain's home secretary", date(2017, 1, 1), ("Amber Rudd", "GBR", "GOV")),
    ("the UK interior minister", date(2020, 1, 1), ("Priti Patel", "GBR", "GOV")),
    ("Chief of the Defence Staff Tony Radakin", date(2022, 6, 1), ("Tony Radakin", "GBR", "MIL")),
    ("Britain's chief of the defence staff", date(2019, 1, 1), ("Nick Carter", "GBR", "MIL")),
    # Russia
    ("Chief of the General Staff Valery Gerasimov", date(2022, 6, 1), ("Valery Gerasimov", "RUS", "MIL")),
    ("Russia's chief of the general staff", date(2010, 1, 1), ("Nikolai Makarov", "RUS", "MIL")),
    ("Russia's chief of the general staff", date(2020, 1, 1), ("Valery Gerasimov", "RUS", "MIL")),
    ("FSB chief Alexander Bortnikov", date(2022, 1, 1), ("Alexander Bortnikov", "RUS", "SPY")),
    ("the FSB director", date(2005, 1, 1), ("Nikolai Patrushev", "RUS", "SPY")),
    ("Duma Speaker Vyacheslav Volodin", date(2022, 1, 1), ("Vyacheslav Volodin", "RUS", "LEG")),
    ("the Duma chairman", date(2013, 1, 1), ("Sergey Naryshkin", "RUS", "LEG")),
    ("the Russian speaker", date(2008, 1, 1), ("Boris Gryzlov", "RUS", "LEG")),
    # Ukraine
    ("Ukrainian commander-in-chief Valerii Zaluzhnyi", date(2023, 1, 1), ("Valerii Zaluzhnyi", "UKR", "MIL")),
    ("the Commander-in-Chief of the Armed Forces of Ukraine", date(2022, 6, 1), ("Valerii Zaluzhnyi", "UKR", "MIL")),
    ("Ukraine's Commander-in-Chief", date(2025, 1, 1), ("Oleksandr Syrskyi", "UKR", "MIL")),
    ("Ukraine's chief of the general staff", date(2025, 6, 1), ("Andriy Hnatov", "UKR", "MIL")),
    ("SBU chief Vasyl Maliuk", date(2024, 1, 1), ("Vasyl Maliuk", "UKR", "SPY")),
    ("the SBU head", date(2016, 1, 1), ("Vasyl Hrytsak", "UKR", "SPY")),
    ("the Head of the Office of the President of Ukraine", date(2021, 1, 1), ("Andriy Yermak", "UKR", "GOV")),
    ("the Head of the Office of the President of Ukraine", date(2026, 3, 1), ("Kyrylo Budanov", "UKR", "GOV")),
    # Israel
    ("IDF Chief of Staff Herzi Halevi", date(2024, 1, 1), ("Herzi Halevi", "ISR", "MIL")),
    ("the IDF chief of staff", date(2004, 1, 1), ("Moshe Ya'alon", "ISR", "MIL")),
    ("Israel's chief of the general staff", date(2017, 1, 1), ("Gadi Eisenkot", "ISR", "MIL")),
    ("Israel's chief of the general staff", date(2021, 1, 1), ("Aviv Kochavi", "ISR", "MIL")),
    ("Mossad chief Yossi Cohen", date(2019, 1, 1), ("Yossi Cohen", "ISR", "SPY")),
    ("the Mossad director", date(2023, 1, 1), ("David Barnea", "ISR", "SPY")),
])
def test_offices_abroad(resolver, text, when, expected):
    assert single_actor(resolver, text, when) == expected


def test_former_holders_are_elite_after_their_spell(resolver):
    """Yermak's open spell was closed on his dismissal: later he is a former official."""
    actor = resolver.resolve_text("Andriy Yermak", date(2026, 3, 1))[0].actor
    assert (actor.country, actor.sector) == ("UKR", "ELI")


def test_other_countries_titles_keep_their_country(resolver):
    """A kind with no office of that country: the country and the title's sector, unresolved."""
    for text, country, sector in [("the Italian interior minister", "ITA", "GOV"),
                                  ("Greece's chief of the general staff", "GRC", "MIL")]:  # Turkey's has an office since the security-chiefs pass
        ms = resolver.resolve_text(text, date(2020, 1, 1))
        assert [(m.actor.country, m.actor.sector, m.actor.resolved) for m in ms] == [(country, sector, False)]


# ------------------------------------------------------------------ Germany, France


@pytest.mark.parametrize("text,when,expected", [
    ("the German finance minister", date(2012, 1, 1), ("Wolfgang Schäuble", "DEU", "GOV")),
    ("the German finance minister", date(2023, 1, 1), ("Christian Lindner", "DEU", "GOV")),
    ("Finance Minister Olaf Scholz", date(2019, 1, 1), ("Olaf Scholz", "DEU", "GOV")),
    ("Germany's interior minister", date(2020, 1, 1), ("Horst Seehofer", "DEU", "GOV")),
    ("Germany's interior minister", date(2026, 1, 1), ("Alexander Dobrindt", "DEU", "GOV")),
    ("the French finance minister", date(2015, 1, 1), ("Michel Sapin", "FRA", "GOV")),
    ("the French finance minister", date(2022, 1, 1), ("Bruno Le Maire", "FRA", "GOV")),
    ("France's interior minister", date(2019, 1, 1), ("Christophe Castaner", "FRA", "GOV")),
    ("France's interior minister", date(2026, 1, 1), ("Laurent Nuñez", "FRA", "GOV")),
    ("Interior Minister Gerald Darmanin", date(2021, 1, 1), ("Gérald Darmanin", "FRA", "GOV")),
])
def test_german_and_french_ministers(resolver, text, when, expected):
    assert single_actor(resolver, text, when) == expected


@pytest.mark.parametrize("office,when,name", [
    ("deu.finance_minister", date(2003, 1, 1), "Hans Eichel"),
    ("deu.interior_minister", date(2010, 1, 1), "Thomas de Maizière"),
    ("fra.finance_minister", date(2001, 1, 1), "Laurent Fabius"),
    ("fra.finance_minister", date(2004, 6, 1), "Nicolas Sarkozy"),
    ("fra.interior_minister", date(2003, 1, 1), "Nicolas Sarkozy"),
    ("fra.interior_minister", date(2018, 10, 10), "Édouard Philippe"),  # ad interim
])
def test_german_and_french_holders(office, when, name):
    assert get_kb().holder(office, when).name == name
