"""First-level divisions in regions.tsv (provinces, states, regions that news names):
the gazetteer gives them their country, the place stage finds them, and the actor
resolver gives a capitalised division its country ("Ontario said" is Canada, not
Ontario, California). Divisions whose names are ambiguous are left out (see the
gazetteer README) and must stay so."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.actors.kb import get_kb
from dragoman.where import REGION, _best, _key, _rows, find_places, gazetteer

WHEN = date(2025, 3, 10)


def _region(name: str):
    best = _best(gazetteer().lookup(name))
    return (best.place.name, best.place.country, best.place.kind) if best else None


# ------------------------------------------------------------------ gazetteer


@pytest.mark.parametrize("text,name,country", [
    ("Ontario", "Ontario", "CAN"),  # not Ontario, California (cities.tsv)
    ("Quebec", "Quebec", "CAN"),  # the province, not Quebec City
    ("Québec", "Quebec", "CAN"),  # names match accent-insensitively
    ("Sinaloa", "Sinaloa", "MEX"),
    ("North Kivu", "North Kivu", "COD"),
    ("Nord-Kivu", "North Kivu", "COD"),
    ("Balochistan", "Balochistan", "PAK"),
    ("Baluchistan", "Balochistan", "PAK"),
    ("Khyber-Pakhtunkhwa", "Khyber Pakhtunkhwa", "PAK"),
    ("Bavaria", "Bavaria", "DEU"),
    ("Baden-Wuerttemberg", "Baden-Württemberg", "DEU"),
    ("Uttar Pradesh", "Uttar Pradesh", "IND"),
    ("Inner Mongolia", "Inner Mongolia", "CHN"),
    ("Bali", "Bali", "IDN"),  # not Bāli, a city of India
    ("Paraná", "Paraná", "BRA"),  # the state, not the Argentine city
    ("Cabo Delgado", "Cabo Delgado", "MOZ"),
    ("Puntland", "Puntland", "SOM"),
    ("Somaliland", "Somaliland", "SOM"),
    ("Hadhramaut", "Hadramout", "YEM"),
    ("New Caledonia", "New Caledonia", "FRA"),
    ("Republika Srpska", "Republika Srpska", "BIH"),
])
def test_division_has_its_country(text, name, country):
    assert _region(text) == (name, country, "region")


@pytest.mark.parametrize("text", [
    "Punjab",  # India's and Pakistan's
    "Amazonas", "Galicia",  # divisions of several countries
    "Victoria", "Karen", "Guerrero", "Hidalgo", "Farah", "Logar", "Sabah", "Hesse",  # people's names
    "Amhara", "Kachin", "Afar",  # peoples (countries.yaml)
    "Plateau", "Rivers", "Delta", "Free State",  # ordinary words
    "Valencia", "La Rioja", "Acre", "Gaza",  # places of another country
    "Lagos", "Kano", "Delhi", "Chihuahua",  # the city of the same name comes first
])
def test_left_out_names_have_no_region(text):
    assert not [e for e in gazetteer().lookup(text) if e.rank == REGION], text


def test_left_out_names_keep_their_other_readings():
    assert _region("Punjab") is None
    assert _region("Georgia")[1:] == ("GEO", "country")
    assert _region("Victoria")[1] != "AUS"
    assert _region("Kano") == ("Kano", "NGA", "city")
    assert _region("Quebec City") == ("Québec", "CAN", "city")


def test_rows_are_well_formed():
    countries = set(get_kb().countries)
    rows = list(_rows("regions.tsv"))
    assert len(rows) > 300
    owner: dict[str, str] = {}
    for row in rows:
        assert row["kind"] in ("region", "site"), row
        assert row["country"] in countries or (row["country"] == "" and row["kind"] == "region"), row
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, row
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            assert len(name) > 2, f"{name!r}: two-letter aliases are too ambiguous"
            key = _key(name)
            assert owner.setdefault(key, row["name"]) == row["name"], f"{name!r} is in two rows"


def test_a_division_overrides_another_countrys_place_only_where_decided():
    """A region beats a city or country of the same name (where._best): each such
    clash was decided by hand (the README's ambiguity rule)."""
    decided = {"Ontario": "USA", "Paraná": "ARG", "Santa Catarina": "MEX", "Bali": "IND",
               "Yala": "NPL", "Antioquia": "TUR", "White House": "MAR", "the White House": "MAR"}
    found = {}
    for row in _rows("regions.tsv"):
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            other = {e.place.country for e in gazetteer().lookup(name)
                     if e.rank != REGION and e.place.country != (row["country"] or None)}
            if other:
                found[name] = "/".join(sorted(other))
    assert found == decided


def test_no_division_is_a_persons_name_or_a_people():
    kb = get_kb()
    for row in _rows("regions.tsv"):
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            kinds = {e.kind for e in kb.lookup(name)}
            assert not kinds & {"person", "surname"}, name
            if name != "Rakhine":  # the state and its people are both Myanmar's
                assert _key(name) not in kb.peoples, name


# ------------------------------------------------------------------ places in text


@pytest.mark.parametrize("text,expected", [
    ("Clashes in Sinaloa killed 12 people.", [("Sinaloa", "MEX")]),
    ("Fighting spread across North Kivu.", [("North Kivu", "COD")]),
    ("Gunmen attacked a bus in Balochistan.", [("Balochistan", "PAK")]),
    ("The floods hit Bavaria and Saxony.", [("Bavaria", "DEU"), ("Saxony", "DEU")]),
    ("He lives in Ontario.", [("Ontario", "CAN")]),
    ("Farmers protested in Punjab.", []),  # left out: no country is forced
])
def test_places_in_text(resolver, nlp, text, expected):
    doc = nlp(text)
    found = find_places(doc, resolver.find_mentions(doc, WHEN))
    assert [(p.name, p.country) for p in found] == expected


# ------------------------------------------------------------------ actors


@pytest.mark.parametrize("text,mention,country,sector", [
    ("Ontario said it would retaliate against the tariffs.", "Ontario", "CAN", None),
    ("The governor of Sinaloa said the army would stay.", "governor of Sinaloa", "MEX", "GOV"),
    ("North Kivu authorities imposed a curfew.", "North Kivu authorities", "COD", "GOV"),
    ("Balochistan police said gunmen attacked a bus.", "Balochistan police", "PAK", "COP"),
    ("Bavaria said it would sue.", "Bavaria", "DEU", None),
    ("Uttar Pradesh police arrested three men.", "Uttar Pradesh police", "IND", "COP"),
    ("Inner Mongolia officials said the mine had closed.", "Inner Mongolia officials", "CHN", "GOV"),
])
def test_division_gives_an_actor_its_country(resolver, nlp, text, mention, country, sector):
    found = [(m.text, m.actor.country, m.actor.sector) for m in resolver.find_mentions(nlp(text), WHEN)]
    assert (mention, country, sector) in found, found


def test_left_out_division_is_not_forced_to_a_country(resolver, nlp):
    found = resolver.find_mentions(nlp("Punjab police arrested three men."), WHEN)
    assert not [m for m in found if m.actor.country in ("IND", "PAK")], [(m.text, m.actor.country) for m in found]
