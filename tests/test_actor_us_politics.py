"""US presidential candidates, congressional leaders and big-state governors with dated
roles (people_usa_politics.yaml and spells added to existing entries)."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.actors.kb import get_kb
from dragoman.actors.resolver import ActorResolver


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver()


def _one(resolver, text: str, when: date, target: str):
    found = [m.actor for m in resolver.resolve_text(text, when) if m.text == target]
    assert found, f"{target!r} not found in {text!r}"
    return found[-1]


@pytest.mark.parametrize("text,when,target,name,country,sector", [
    # a senator inside and after the term
    ("John Edwards said on Tuesday.", date(2003, 5, 1), "John Edwards", "John Edwards", "USA", "LEG"),
    ("John Edwards said on Tuesday.", date(2007, 5, 1), "John Edwards", "John Edwards", "USA", "ELI"),
    # in office on the date of the story
    ("Senator Kirsten Gillibrand ended her presidential bid.", date(2019, 8, 28), "Senator Kirsten Gillibrand",
     "Kirsten Gillibrand", "USA", "LEG"),
    ("Beto O'Rourke ended his bid.", date(2018, 6, 1), "Beto O'Rourke", "Beto O'Rourke", "USA", "LEG"),
    ("Beto O'Rourke ended his bid.", date(2019, 11, 1), "Beto O'Rourke", "Beto O'Rourke", "USA", "ELI"),
    # governors
    ("Gavin Newsom signed the bill.", date(2020, 6, 1), "Gavin Newsom", "Gavin Newsom", "USA", "GOV"),
    ("Arnold Schwarzenegger signed the bill.", date(2004, 6, 1), "Arnold Schwarzenegger",
     "Arnold Schwarzenegger", "USA", "GOV"),
    ("Jeb Bush campaigned in Iowa.", date(2015, 9, 1), "Jeb Bush", "Jeb Bush", "USA", "ELI"),
    ("Ron DeSantis signed the bill.", date(2023, 5, 1), "Ron DeSantis", "Ron DeSantis", "USA", "GOV"),
    # spells added to existing entries
    ("Kamala Harris said on Tuesday.", date(2019, 3, 5), "Kamala Harris", "Kamala Harris", "USA", "LEG"),
    ("Nikki Haley said on Tuesday.", date(2014, 3, 5), "Nikki Haley", "Nikki Haley", "USA", "GOV"),
    ("Marco Rubio said on Tuesday.", date(2015, 3, 5), "Marco Rubio", "Marco Rubio", "USA", "LEG"),
    # an alias
    ("Mike Bloomberg endorsed Joe Biden.", date(2010, 3, 5), "Mike Bloomberg", "Michael Bloomberg", "USA", "GOV"),
    ("Mike Bloomberg endorsed Joe Biden.", date(2020, 3, 5), "Mike Bloomberg", "Michael Bloomberg", "USA", "ELI"),
    # a surname alone after the full name
    ("Amy Klobuchar spoke in Iowa. Klobuchar said she would stay in the race.", date(2020, 1, 15),
     "Klobuchar", "Amy Klobuchar", "USA", "LEG"),
])
def test_dated_roles(resolver, text, when, target, name, country, sector):
    actor = _one(resolver, text, when, target)
    assert (actor.name, actor.country, actor.sector) == (name, country, sector)


@pytest.mark.parametrize("person,when,title", [
    ("steve_scalise", date(2016, 1, 1), "House Majority Whip"),
    ("steve_scalise", date(2021, 1, 1), "House Minority Whip"),
    ("steve_scalise", date(2024, 1, 1), "House Majority Leader"),
    ("steny_hoyer", date(2009, 1, 1), "House Majority Leader"),
    ("mitch_mcconnell", date(2010, 1, 1), "Senate Minority Leader"),
    ("chuck_schumer", date(2019, 1, 1), "Senate Minority Leader"),
    ("nancy_pelosi", date(2015, 1, 1), "House Minority Leader"),
    ("hakeem_jeffries", date(2024, 1, 1), "House Minority Leader"),
    ("harry_reid", date(2006, 1, 1), "Senate Minority Leader"),
    ("rick_perry", date(2010, 1, 1), "Governor of Texas"),
    ("jd_vance", date(2024, 1, 1), "Senator"),
    ("mike_dewine", date(2020, 6, 1), "Governor of Ohio"),
    ("roy_blunt", date(2005, 12, 1), "Acting House Majority Leader"),
    ("andrew_cuomo", date(2015, 1, 1), "Governor of New York"),
    ("kathy_hochul", date(2022, 1, 1), "Governor of New York"),
])
def test_leaders_and_governors(person, when, title):
    kb = get_kb()
    spell = kb.spell(kb.people[person], when)
    assert spell is not None and spell.title == title


def test_bloomberg_alone_is_the_news_agency(resolver):
    """surname null: a bare "Bloomberg" stays Bloomberg News (USA MED), even after the person."""
    actor = _one(resolver, "Oil prices rose on Monday, Bloomberg reported.", date(2020, 3, 5), "Bloomberg")
    assert (actor.name, actor.country, actor.sector) == ("Bloomberg News", "USA", "MED")


@pytest.mark.parametrize("text,target", [
    ("The candidates met Booker Prize winners.", "Booker"),
    ("Walker said the road was closed.", "Walker"),
    ("Perry said the game was over.", "Perry"),
])
def test_common_surnames_alone_do_not_resolve_to_politicians(resolver, text, target):
    ids = {m.actor.entry_id for m in resolver.resolve_text(text, date(2019, 6, 1)) if target in m.text}
    assert not ids & {"person:cory_booker", "person:scott_walker", "person:rick_perry"}
