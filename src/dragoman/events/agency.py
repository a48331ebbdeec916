"""Who can act: drop actors that are things, and the events only such actors did.

The coder keeps a noun phrase no actor entry knows as a party ("protesters", "a gunman"),
so events of unknown actors are not lost. Some such phrases cannot act at all: "a looming
gas crisis threatens", "the question has the possibility of concessions", "giving a
dramatic shrug ... to agree". An unresolved actor is kept when it can act (see
:func:`can_act`); an event whose every actor was dropped is dropped with them, since
what remains would credit nobody with a deed the sentence does not report. Recipients
are left alone: things are fair targets ("bombed the port").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Token

from dragoman.records import Event, Mention


@dataclass(frozen=True)
class _Agents:
    people: frozenset[str]
    instruments: frozenset[str]
    instrument_types: frozenset[str]
    entity_labels: frozenset[str]
    person_suffixes: tuple[str, ...]


@cache
def _agents() -> _Agents:
    data = yaml.safe_load(resources.files("dragoman.events").joinpath("data", "agents.yaml").read_text("utf-8"))
    return _Agents(
        people=frozenset(data["people"]),
        instruments=frozenset(data["instruments"]),
        instrument_types=frozenset(data["instrument_types"]),
        entity_labels=frozenset(data["entity_labels"]),
        person_suffixes=tuple(data["person_suffixes"]),
    )


def keep_agents(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """The events with their non-acting unresolved actors dropped (see the module doc)."""
    out = []
    for event in events:
        actors = [m for m in event.actors if can_act(doc, m, event.event_type)]
        if len(actors) == len(event.actors):
            out.append(event)
        elif actors:
            out.append(replace(event, actors=actors))
    return out


def can_act(doc: Doc, mention: Mention, event_type: str) -> bool:
    """A resolved actor, a name or acronym, a named person/organisation/group/place, or a
    noun for people or bodies of them (``data/agents.yaml``); for violent types also a weapon."""
    actor = mention.actor
    if actor.name or actor.country:
        return True
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return True  # no words to judge by: keep, never guess against the coder
    head = span.root
    agents = _agents()
    if head.pos_ == "PROPN" or head.ent_type_ in agents.entity_labels or _acronym(head):
        return True
    return _head_can_act(head, event_type, agents)


def names_people(token: Token) -> bool:
    """ "protesters", "two journalists": a noun for people, who can undergo what people do
    ("beat protesters") though no actor entry names them (a pronoun's person is found by
    the resolver, or not at all)."""
    return token.pos_ != "PRON" and (_people_word(token, _agents()) or _group_by_name(token))


def names_weapon(token: Token) -> bool:
    """ "a mortar bomb", "rockets": a weapon (agents.yaml instruments), which is fired,
    not attacked."""
    return token.lemma_.lower() in _agents().instruments or token.lower_.removesuffix("s") in _agents().instruments


def _group_by_name(token: Token) -> bool:
    """ "19 Christians", "Yazidis": a religious or ethnic group (spaCy's NORP) named as a
    plural noun, not as a modifier ("Christian schools")."""
    return token.ent_type_ == "NORP" and token.tag_ in ("NNS", "NNPS") and token.dep_ not in ("amod", "compound")


def _acronym(token: Token) -> bool:
    return len(token.text) > 1 and token.text.isupper()


def _people_word(token: Token, agents: _Agents) -> bool:
    return token.lemma_.lower() in agents.people or token.lower_ in agents.people


def _head_can_act(head: Token, event_type: str, agents: _Agents) -> bool:
    lemma = head.lemma_.lower()
    if _people_word(head, agents):
        return True
    if event_type in agents.instrument_types and lemma in agents.instruments:
        return True
    return lemma.endswith(agents.person_suffixes)
