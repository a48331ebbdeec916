"""Famous people a check of 306 well-known names found missing (people_notable.yaml v6)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import holder_name, text_actors


@pytest.mark.parametrize("text, when, actor", [
    ("Benazir Bhutto", date(2007, 10, 18), ("Benazir Bhutto", "PAK", "OPP")),
    ("Nelson Mandela", date(2010, 7, 18), ("Nelson Mandela", "ZAF", "ELI")),
    ("Mikhail Gorbachev", date(2011, 3, 2), ("Mikhail Gorbachev", "RUS", "ELI")),
    ("Geert Wilders", date(2017, 3, 15), ("Geert Wilders", "NLD", "PTY")),
    ("Greta Thunberg", date(2019, 9, 23), ("Greta Thunberg", "SWE", "CVL")),
    ("Joyce Banda", date(2013, 1, 1), ("Joyce Banda", "MWI", "GOV")),
    ("Yanis Varoufakis", date(2015, 3, 1), ("Yanis Varoufakis", "GRC", "GOV")),
    ("Yanis Varoufakis", date(2019, 3, 1), ("Yanis Varoufakis", "GRC", "ELI")),  # a former minister
])
def test_famous_people_resolve(resolver, text, when, actor):
    assert actor in text_actors(resolver, text, when)


@pytest.mark.parametrize("office, when, name", [
    ("pry.president", date(2010, 1, 1), "Fernando Lugo"),
    ("mwi.president", date(2010, 1, 1), "Bingu wa Mutharika"),
    ("mwi.president", date(2013, 1, 1), "Joyce Banda"),
])
def test_their_offices(office, when, name):
    assert holder_name(office, when) == name
