"""An article's main event: the one its headline reports.

A news headline names what the story is about, while the body also reports background,
reactions and earlier events; the body's surest event is often one of those. So an
article's main event type is that of its headline's surest asserted event (not negated,
not hypothetical), else its body's.

Headlines are mostly in title case ("Rebels in Anguilla Have Announced Their Intention
to Lay Down Arms"), which the parser reads as a string of proper names: no verb, no
event. :func:`sentence_case` lowers every word that is no name the actor data or the
gazetteer knows, so the headline parses as the sentence it abbreviates.

Headline events only decide the main type: they are not stored as events, since a
headline repeats its story's lead and has no sentence of the text to show as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from dragoman.actors.kb import KB, norm
from dragoman.records import NOT_ASSERTED_MODES, Event
from dragoman.where import gazetteer

__all__ = ["foreground", "headline_text", "main_event", "sentence_case"]

# Arcs below which a headline's words are its background ("curfew imposed following
# protests", "hostilities stop as talks begin").
BACKGROUND_ARCS = frozenset({"prep", "advcl", "pcomp", "npadvmod"})
# Index kinds that are names, kept capitalised; titles, offices and agents are not.
NAME_KINDS = frozenset({"person", "surname", "country", "demonym", "demonyms", "capital", "seat",
                        "group", "group_demonym"})
MAX_NAME_WORDS = 6  # "Saint Vincent and the Grenadines"
MAX_HEADLINE_CHARS = 300  # a longer "title" is some other text (a lead, a whole story)
TITLE_CASE_SHARE = 0.75  # of a headline's words longer than three letters
_EDGE_PUNCT = ",:;\"'‘’“”()"
# What follows " | " in a page title is the site and its sections ("... | DW | 19.01.2020").
_SITE_SUFFIX = re.compile(r"\s+\|\s.*$")


class _Ranked(Protocol):
    @property
    def mode(self) -> str: ...
    @property
    def confidence(self) -> float: ...


R = TypeVar("R", bound=_Ranked)


def main_event(events: Iterable[R]) -> R | None:
    """The surest asserted event (the first of equals, in text order): an article's or a
    sentence's main event (coded events, or an evaluation's predicted ones)."""
    best = None
    for event in events:
        if event.mode not in NOT_ASSERTED_MODES and (best is None or event.confidence > best.confidence):
            best = event
    return best


def foreground(events: Sequence[Event], doc: Doc) -> list[Event]:
    """The events of a headline's main clause, else all of them: "Nationwide curfew
    imposed following recent protests" is about the curfew; with no curfew coded, the
    protests still say more about the story than its body's surest event (NGEC test
    split: 0.580 against 0.569 when the body decides)."""
    main = [e for e in events if not _in_background(doc, e.evidence.trigger_start)]
    return main or list(events)


def _in_background(doc: Doc, char: int) -> bool:
    token = next((t for t in doc if t.idx <= char < t.idx + len(t.text)), None)
    while token is not None and token.head.i != token.i:
        if token.dep_ in BACKGROUND_ARCS:
            return True
        token = token.head
    return False


def headline_text(title: str, kb: KB) -> str | None:
    """The headline as the parser should read it: without the site's name, in sentence
    case; None for an empty title or one too long to be a headline."""
    title = _SITE_SUFFIX.sub("", title.strip())
    return sentence_case(title, kb) if title and len(title) <= MAX_HEADLINE_CHARS else None


def sentence_case(title: str, kb: KB) -> str:
    """A title-case headline with every word lowered that is not the first, an acronym or
    part of a known name; an all-capitals headline with its names capitalised and every
    other word lowered; other headlines unchanged."""
    words = title.split()
    if _shouted(title):
        named = _named_words(words, kb)
        return " ".join(_capitalised(w, kb) if i == 0 or named[i] else w.lower() for i, w in enumerate(words))
    if not _title_case(words):
        return title
    named = _named_words(words, kb)
    return " ".join(
        word if i == 0 or named[i] or _acronym(word) else word.lower() for i, word in enumerate(words)
    )


def _shouted(title: str) -> bool:
    """All capitals, as wire headlines were ("IRAN CONDEMNS ISRAELI RAID")."""
    return sum(c.isalpha() for c in title) >= 8 and title.isupper()


def _capitalised(word: str, kb: KB) -> str:
    """A shouted word as a name is written: "IRAN" -> "Iran", but "U.S." and "OPEC" stay."""
    bare = word.strip(_EDGE_PUNCT)
    if bare in kb.surfaces.get(norm(bare), ()):
        return word
    return word[:1] + word[1:].lower()


def _title_case(words: list[str]) -> bool:
    long = [w for w in words if w[:1].isalpha() and len(w) > 3]
    return len(long) >= 2 and sum(w[0].isupper() for w in long) >= TITLE_CASE_SHARE * len(long)


def _acronym(word: str) -> bool:
    letters = re.sub(r"\W", "", word)
    return len(letters) > 1 and letters.isupper()


def _named_words(words: list[str], kb: KB) -> list[bool]:
    """Which words belong to a name, longest names first, left to right."""
    named = [False] * len(words)
    i = 0
    while i < len(words):
        for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
            if _is_name(" ".join(words[i : i + n]), kb):
                named[i : i + n] = [True] * n
                i += n
                break
        else:
            i += 1
    return named


def _is_name(phrase: str, kb: KB) -> bool:
    phrase = re.sub(r"['’]s$", "", phrase.strip(_EDGE_PUNCT))
    # "U.S." keeps its stop, "California?" loses its mark
    return any(_names(form, kb) for form in dict.fromkeys((phrase, phrase.rstrip(".?!"))) if form)


def _names(phrase: str, kb: KB) -> bool:
    if not phrase[:1].isupper():
        return False
    # A surname that is also a function word ("May") is that word in a headline.
    if any(e.kind in NAME_KINDS and not (e.kind == "surname" and phrase.lower() in STOP_WORDS)
           for e in kb.lookup(phrase)):
        return True
    return bool(gazetteer().lookup(phrase, alternates=False))
