"""Event places: the real spaCy model, the real actor resolver and event coder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import dragoman
from dragoman.where import dateline_place, find_dateline, find_places, gazetteer, locate_events

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "data" / "samples"
WHEN = date(2025, 2, 18)


@pytest.fixture(scope="module")
def tools():
    from dragoman.actors import ActorResolver
    from dragoman.events.coder import EventCoder
    from dragoman.language import load_nlp

    return load_nlp(), ActorResolver(), EventCoder()


def coded(tools, text: str):
    nlp, resolver, coder = tools
    doc = nlp(text)
    mentions = resolver.find_mentions(doc, WHEN)
    events = coder.code(doc, "t", mentions)
    locate_events(doc, events, mentions, text)
    return doc, mentions, events


def places(tools, text: str):
    doc, mentions, _ = coded(tools, text)
    return find_places(doc, mentions)


def event_places(tools, text: str):
    return [(e.place.name, e.place.country) if e.place else None for e in coded(tools, text)[2]]


# ------------------------------------------------------------------ place mentions


def test_talks_in_riyadh(tools):
    found = places(tools, "The talks in Riyadh between Russian and American officials ended on Tuesday.")
    assert [(p.name, p.country, p.kind, p.text) for p in found] == [("Riyadh", "SAU", "capital", "Riyadh")]
    assert found[0].lat == pytest.approx(24.69, abs=0.1) and found[0].lon == pytest.approx(46.72, abs=0.1)
    assert found[0].geonames_id == 108410


def test_country_resolves_to_country_with_a_point(tools):
    (place,) = places(tools, "US and Russian diplomats met in Saudi Arabia.")
    assert (place.name, place.country, place.kind) == ("Saudi Arabia", "SAU", "country")
    assert place.lat is not None and place.lon is not None


def test_metonym_is_an_actor_not_a_place(tools):
    assert places(tools, "Moscow said it would respond to the sanctions.") == []
    assert places(tools, "Washington warned Beijing.") == []


def test_a_place_in_a_named_country_is_that_country_s(tools):
    """The gazetteer's only Palma is Spain's; "Palma in northern Mozambique" is not."""
    found = places(tools, "Islamist insurgents attacked the town of Palma in northern Mozambique.")
    assert [(p.name, p.country) for p in found] == [("Mozambique", "MOZ")]
    assert [(p.name, p.country) for p in places(tools, "Protests erupted in Palma, Spain.")] == [("Palma", "ESP")]


def test_a_country_owning_a_province_is_where_it_is(tools):
    text = "Police opened fire on striking mineworkers near a mine in South Africa's North West province."
    assert [(p.name, p.country) for p in places(tools, text)] == [("South Africa", "ZAF")]


def test_offsets_point_at_the_words(tools):
    text = "Lavrov attended the OSCE meeting in Skopje last week."
    (place,) = places(tools, text)
    assert text[place.start:place.end] == "Skopje" and place.country == "MKD"


def test_alternate_spellings_and_exonyms(tools):
    found = places(tools, "Officials held talks in Kiev and Odessa.")
    assert [(p.name, p.country) for p in found] == [("Kyiv", "UKR"), ("Odesa", "UKR")]


def test_venue_named_after_a_city(tools):
    (place,) = places(tools, "He spoke at the Munich Security Conference on Saturday.")
    assert (place.name, place.country) == ("Munich", "DEU")


def test_organisation_names_and_dyads_are_not_places(tools):
    assert places(tools, "The Russian Direct Investment Fund said so in the Washington Post.") == []
    assert places(tools, "Both sides praised the US-Russia talks.") == []


def test_regions_and_sites(tools):
    found = places(tools, "Fighting continued in Crimea and in the Gaza Strip. Putin met Lavrov at the Kremlin.")
    assert [(p.name, p.country, p.kind) for p in found] == [
        ("Crimea", "UKR", "region"), ("Gaza Strip", "PSE", "region"), ("Kremlin", "RUS", "site")]


# ------------------------------------------------------------------ event places


def test_event_place_attached_to_the_trigger(tools):
    assert set(event_places(tools, "US and Russian diplomats met in Saudi Arabia.")) == {("Saudi Arabia", "SAU")}
    assert set(event_places(tools, "Lavrov attended the OSCE meeting in Skopje last week.")) == {("Skopje", "MKD")}
    assert set(event_places(tools, "Blinken met Jaishankar in New Delhi last March.")) == {("New Delhi", "IND")}


def test_city_with_country_apposition(tools):
    assert set(event_places(tools, "Zelensky met Macron in Kharkiv, Ukraine.")) == {("Kharkiv", "UKR")}


def test_unknown_place_blanks_only_its_own_event(tools):
    got = event_places(tools, "Putin met Erdogan in Tehran. Lavrov met Blinken in Zzyzxville.")
    assert got[0] == ("Tehran", "IRN") and got[-1] is None
    assert ("Tehran", "IRN") in got and None in got


def test_dateline_is_the_fallback(tools):
    text = "MOSCOW (Reuters) - Lavrov criticized the European Union on Monday."
    assert set(event_places(tools, text)) == {("Moscow", "RUS")}


def test_a_country_no_event_has_as_party_is_a_place(tools):
    assert set(event_places(tools, "Turkey began a military offensive into north-eastern Syria.")) == {("Syria", "SYR")}
    # ... but a party is never also the place: an attack on Ukraine has Ukraine as target.
    doc, _, events = coded(tools, "Russia attacked Ukraine on Monday.")
    assert [m.text for e in events for m in e.recipients] == ["Ukraine"]


def test_the_story_is_where_its_lead_event_is(tools):
    text = ("Unlike the previous meeting in Lodz, Lavrov attended the OSCE meeting in Skopje last week.\n\n"
            "Lavrov also met the Hungarian foreign minister.")
    assert event_places(tools, text)[-1] == ("Skopje", "MKD")


def test_a_verb_object_place(tools):
    assert set(event_places(tools, "Russian forces shelled Kharkiv on Monday.")) == {("Kharkiv", "UKR")}


# ------------------------------------------------------------------ datelines


@pytest.mark.parametrize("text, name, country", [
    ("RIYADH \u2013 Hopes for progress emerged.", "Riyadh", "SAU"),
    ("MOSCOW (Reuters) - Russia said on Monday.", "Moscow", "RUS"),
    ("KYIV, Ukraine (AP) \u2014 The city was quiet.", "Kyiv", "UKR"),
    ("WASHINGTON, Feb 18 (Reuters) - The talks.", "Washington", "USA"),
    ("Headline here\nBy Staff\nNEW DELHI: India said.", "New Delhi", "IND"),
])
def test_datelines(text, name, country):
    place = dateline_place(text)
    assert (place.name, place.country) == (name, country)
    assert place.text is None and place.lat is not None


@pytest.mark.parametrize("text", ["US-Russia Talks in Saudi Arabia: A Glimmer", "Paris is lovely - said nobody", ""])
def test_no_dateline(text):
    assert dateline_place(text) is None


# ------------------------------------------------------------------ samples


def test_sample_dateline_riyadh():
    text = (SAMPLES / "article_003.txt").read_text("utf-8")
    assert dateline_place(text).name == "Riyadh"


def sample_line(name: str, needle: str) -> str:
    return next(ln for ln in (SAMPLES / name).read_text("utf-8").splitlines() if needle in ln)


def test_sample_lines(tools):
    assert ("Skopje", "MKD") in event_places(tools, sample_line("article_001.txt", "OSCE meeting in Skopje"))
    assert ("Saudi Arabia", "SAU") in event_places(tools, sample_line("article_003.txt", "met in Saudi Arabia"))
    assert event_places(tools, sample_line("article_004.txt", "planned visit to Moscow"))[0] == ("Moscow", "RUS")


def test_sample_article_dateline_and_sentence_places(tools):
    text = (SAMPLES / "article_003.txt").read_text("utf-8")
    _, _, events = coded(tools, text)
    met = [e for e in events if e.evidence.trigger == "met"]
    assert met and all(e.place.country == "SAU" for e in met)
    assert {e.place.name for e in events if e.place} >= {"Riyadh", "Saudi Arabia"}  # dateline for the rest


# ------------------------------------------------------------------ data


def test_gazetteer_contents(tools):
    """Contents only: speed is measured by benchmarks/throughput.py against spaCy's parse."""
    gaz = gazetteer()
    for name, country in [("Valletta", "MLT"), ("Vaduz", "LIE"), ("Skopje", "MKD"), ("Bombay", "IND"),
                          ("Kyiv", "UKR"), ("Texas", "USA"), ("Donbas", "UKR")]:
        assert gaz.lookup(name), name
        assert any(e.place.country == country for e in gaz.lookup(name)), name
    text = (SAMPLES / "article_002.txt").read_text("utf-8")
    doc, mentions, events = coded(tools, text)
    locate_events(doc, events, mentions, text)
    assert any(e.place for e in events)


def test_find_dateline_gives_where_its_text_ends():
    text = "Headline\nMANILA, Philippines - Police arrested ten people."
    place, end = find_dateline(text)
    assert place.country == "PHL" and text[end:].startswith("Police")
    assert find_dateline("US - backed forces attacked the town .") is None  # a country alone, tokenized text


def test_a_dateline_is_no_part_of_the_first_sentences_subject():
    events = dragoman.code([{"id": "d", "date": "2019-01-28",
                             "text": "MANILA - Police arrested ten people on Monday."}]).events
    arrest = next(e for e in events if e.evidence.trigger == "arrested")
    assert arrest.evidence.sentence == "Police arrested ten people on Monday."
    assert [(m.text, m.actor.country, m.actor.sector) for m in arrest.actors] == [("Police", "PHL", "COP")]
