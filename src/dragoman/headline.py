"""An article's main event: the one its headline reports.

A news headline names what the story is about, while the body also reports background,
reactions and earlier events; the body's surest event is often one of those. So an
article's main event type is that of its headline's surest asserted event (not negated,
not hypothetical), else its body's.

Headlines are mostly in title case ("Rebels in Anguilla Have Announced Their Intention
to Lay Down Arms"), which the parser reads as a string of proper names: no verb, no
event. :func:`sentence_case` lowers every word that is no name the actor data or the
gazetteer knows, so the headline parses as the sentence it abbreviates.

Headlines also tell in the present tense, and "Belgium and Singapore pledge to increase
cooperation" or "Madagascar expels dozens of diplomats" often parses as a string of nouns
with no verb. :func:`verb_reading` then puts the word that must be the verb in the past
tense ("pledged", "expelled"), which the parser does read as one.

Headline events only decide the main type: they are not stored as events, since a
headline repeats its story's lead and has no sentence of the text to show as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence, Set as AbstractSet
from typing import Protocol, TypeVar

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from dragoman.actors.kb import KB, norm
from dragoman.records import NOT_ASSERTED_MODES, Event
from dragoman.where import gazetteer

__all__ = ["foreground", "headline_text", "main_event", "past_tense", "sentence_case", "verb_reading"]

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


# Past tenses of the irregular trigger and light verbs (the others take -ed).
_IRREGULAR_PAST = {
    "begin": "began", "beat": "beat", "blow": "blew", "break": "broke", "bring": "brought", "build": "built",
    "come": "came", "cut": "cut", "draw": "drew", "fight": "fought", "forbid": "forbade", "forgive": "forgave",
    "freeze": "froze", "get": "got", "give": "gave", "go": "went", "hit": "hit", "hold": "held", "keep": "kept",
    "lay": "laid", "lead": "led", "lend": "lent", "leave": "left", "make": "made", "meet": "met", "pay": "paid",
    "put": "put", "quit": "quit", "run": "ran", "say": "said", "seek": "sought", "sell": "sold", "send": "sent",
    "set": "set", "shoot": "shot", "shut": "shut", "slay": "slew", "speak": "spoke", "spend": "spent",
    "spread": "spread", "stand": "stood", "strike": "struck", "swear": "swore", "take": "took", "tell": "told",
    "throw": "threw", "undertake": "undertook", "wage": "waged", "win": "won", "withdraw": "withdrew",
    "withhold": "withheld",
}
# Verbs of two syllables stressed on the last that double its consonant ("expelled").
_DOUBLING = frozenset({"expel", "compel", "propel", "control", "patrol", "commit", "permit", "omit", "submit",
                       "admit", "regret", "refer", "defer", "prefer", "occur", "deter", "equip", "acquit", "rebel"})
# Words a headline's verb is never read from ("talks", "forces", "ties" are the nouns).
_NOT_HEADLINE_VERBS = frozenset({"talk", "force", "tie", "aid", "deal", "strike", "fire", "release", "attack"})


def past_tense(verb: str) -> str:
    """The past tense of a verb's base form: "pledge" -> "pledged", "ban" -> "banned"."""
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    if verb in _DOUBLING or re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):  # one syllable ending consonant-vowel-consonant
        return verb + verb[-1] + "ed"
    return verb + "ed"


def verb_reading(doc: Doc, verbs: AbstractSet[str]) -> str | None:
    """The headline as the full sentence it abbreviates, when its parse shows it was read
    as another, else None:

    - with no verb found to head it ("Madagascar expels dozens of diplomats": "expels"
      read as a noun), its present-tense verb put in the past tense. The verb is the first
      word after a name or a noun that is the base form or the third person of a verb of
      ``verbs``;
    - with a participle and no object for its head ("Opposition leader beaten with
      bat", "Curfew lifted in capital"), the auxiliary a headline drops ("was beaten"):
      headlines tell past acts in the present tense, so such a participle is a passive."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    if root.pos_ == "VERB":
        return _passive_reading(doc, root)
    if root.pos_ == "AUX":
        return None
    following = doc[root.i + 1] if root.i + 1 < len(doc) else None
    if following is not None and following.head.i == root.i and following.dep_ == "acl" and \
            root.pos_ in ("NOUN", "PROPN") and _participle(following):
        # "Concessions made in order to secure peace": "were made"
        return _replaced(doc, following, ("were " if _plural(root) else "was ") + following.text)
    for token in doc[1:]:
        before = doc[token.i - 1]
        if token.pos_ in ("VERB", "AUX") or not token.is_lower or not token.is_alpha:
            continue
        if before.pos_ not in ("NOUN", "PROPN", "ADJ") or before.is_lower and before.pos_ == "ADJ":
            continue
        base = _base_form(token.text, verbs)
        if base is None or base in _NOT_HEADLINE_VERBS:
            continue
        if base == token.text and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of":
            continue  # "demonstration target of crackdown": a noun
        return _replaced(doc, token, past_tense(base))
    return None


# Participles that do not end in -ed or -en.
_PARTICIPLES = frozenset({"found", "held", "sent", "shot", "struck", "hit", "cut", "caught", "brought", "fought",
                          "sought", "sold", "told", "put", "set", "shut", "spread", "paid", "laid", "led", "hung",
                          "burnt", "made", "won", "lost", "kept", "built"})


def _participle(verb) -> bool:
    return verb.tag_ in ("VBD", "VBN") and (verb.lower_.endswith(("ed", "en")) or verb.lower_ in _PARTICIPLES)


def _plural(subject) -> bool:
    return subject.tag_ in ("NNS", "NNPS", "CD") or any(c.dep_ == "conj" for c in subject.children)


def _passive_reading(doc: Doc, root) -> str | None:
    if not _participle(root):
        return None
    deps = {c.dep_ for c in root.children}
    if "nsubj" not in deps or deps & {"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "nsubjpass", "neg"}:
        return None
    subject = next(c for c in root.children if c.dep_ == "nsubj")
    return _replaced(doc, root, ("were " if _plural(subject) else "was ") + root.text)


def _replaced(doc: Doc, token, text: str) -> str:
    return doc.text[: token.idx] + text + doc.text[token.idx + len(token.text):]


def _base_form(word: str, verbs: AbstractSet[str]) -> str | None:
    for base in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else "",
                 word[:-3] + "y" if word.endswith("ies") else ""):
        if base in verbs:
            return base
    return None
