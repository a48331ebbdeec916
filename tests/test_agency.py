"""Who can act: unresolved actors that are things are dropped, with the events only they did."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.language import parse
from dragoman.records import Article


def coded(pipeline, text):
    article = Article(doc_id="d", text=text, date=date(2022, 7, 27))
    return pipeline.code_parsed(article, next(parse([text]))).events


def actor_texts(events):
    return [m.text for e in events for m in e.actors]


@pytest.mark.parametrize("text,gone", [
    ("A looming gas crisis threatens to leave Europe without heating.", "a looming gas crisis"),
    ("The question has the possibility of territorial concessions.", "The question"),
    ("The objective was to refute the difficult fact.", "The objective"),
])
def test_things_do_not_act(pipeline, text, gone):
    assert gone not in actor_texts(coded(pipeline, text))


@pytest.mark.parametrize("text,actor", [
    ("Protesters attacked the Russian embassy in Kyiv.", "Protesters"),
    ("A car bomb killed ten soldiers in Kabul.", "A car bomb"),  # a weapon stands for its user
    ("Palestinian factions have agreed to lay down their weapons.", "Palestinian factions"),
    ("Hundreds of people protested against the government in Minsk.", "Hundreds of people"),
    ("Eighteen Italian fishermen were freed by Libya after the fishermen appealed to Rome.", "the fishermen"),
])
def test_people_bodies_and_weapons_act(pipeline, text, actor):
    assert actor in actor_texts(coded(pipeline, text))


def test_a_weapon_acts_only_in_violence(pipeline):
    from dragoman.events.agency import can_act
    from dragoman.records import Actor, Mention

    doc = next(parse(["The missile praised Egypt."]))
    missile = Mention("The missile", 0, 11, Actor(name=None, country=None, resolved=False))
    assert can_act(doc, missile, "ASSAULT") and not can_act(doc, missile, "SUPPORT")
