"""The contexts stage: PLOVER contexts for each event from what its text says.

An event keeps the contexts its trigger's sense gives and gains one only from evidence
about it (cue lists: ``events/data/contexts.yaml``):

* a party's sector (a MIL actor or recipient -> military), or parties representing two
  countries (a CONSULT between governments -> diplomatic);
* a cue word of the event's clause -- the clause its trigger heads or sits in, with the
  bare infinitives that give its purpose or content ("to win elections") and the noun a
  relative clause is about, but without the adverbial, relative, coordinated and
  parenthetical clauses hung on it, which tell of other happenings -- or of its parties'
  noun phrases. A cue under a place phrase ("outside the embassy") says where, not what.

A word elsewhere in the sentence says nothing about this event, so it is never read.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import spacy
import yaml
from spacy.tokens import Doc, Span, Token

from dragoman.events.codebook import PLOVER_TYPES, codebook
from dragoman.language import clause_head
from dragoman.records import Event, Mention

# Dependents that start another clause: what they say is not about the event.
_OTHER_CLAUSES = frozenset({"advcl", "relcl", "parataxis"})
# A single cue word counts only as one of these ("trade" in "traded fire" says nothing).
_CUE_POS = frozenset({"NOUN", "PROPN", "ADJ"})
# A person's name is not a cue word ("Bill Clinton", "Christian Lindner").
_NAME_ENTITIES = frozenset({"PERSON"})

Phrase = tuple[str, ...]


@dataclass(frozen=True)
class BetweenStates:
    """Events of ``events`` between representatives (``sectors``) of two countries."""

    events: frozenset[str]
    sectors: frozenset[str]
    context: str


@dataclass(frozen=True)
class ContextCues:
    """The cue lists, indexed for lookup."""

    sectors: dict[str, str]
    words: dict[str, tuple[str, ...]]  # single noun/adjective lemma or form -> contexts
    verbs: dict[str, tuple[str, ...]]
    phrases: dict[str, tuple[tuple[Phrase, str], ...]]  # first word -> (phrase, context)
    not_in: dict[str, tuple[Phrase, ...]]  # context -> phrases that void its cues
    implies: dict[str, tuple[str, ...]]
    place_words: frozenset[str]
    between_states: BetweenStates


@cache
def context_cues() -> ContextCues:
    text = resources.files("dragoman.events").joinpath("data", "contexts.yaml").read_text("utf-8")
    return _index(yaml.safe_load(text), known=set(codebook().contexts))


def _index(data: dict[str, Any], known: set[str]) -> ContextCues:
    _check_names(data, known)
    rule = data["between_states"]
    words: dict[str, list[str]] = {}
    verbs: dict[str, list[str]] = {}
    phrases: dict[str, list[tuple[Phrase, str]]] = {}
    for context, cues in data["contexts"].items():
        for cue in cues.get("words", ()):
            words_of = _words(cue)
            if len(words_of) == 1:
                words.setdefault(words_of[0], []).append(context)
            else:
                phrases.setdefault(words_of[0], []).append((words_of, context))
        for verb in cues.get("verbs", ()):
            verbs.setdefault(str(verb).lower(), []).append(context)
    return ContextCues(
        sectors={str(k): str(v) for k, v in data["sectors"].items()},
        words={k: tuple(v) for k, v in words.items()},
        verbs={k: tuple(v) for k, v in verbs.items()},
        phrases={k: tuple(v) for k, v in phrases.items()},
        not_in={c: tuple(_words(p) for p in cues.get("not_in", ())) for c, cues in data["contexts"].items()},
        implies={c: tuple(cues.get("implies", ())) for c, cues in data["contexts"].items()},
        place_words=frozenset(str(w).lower() for w in data.get("place_words", ())),
        between_states=BetweenStates(frozenset(rule["events"]), frozenset(rule["sectors"]), str(rule["context"])),
    )


def _check_names(data: dict[str, Any], known: set[str]) -> None:
    used = set(data["contexts"]) | set(data["sectors"].values()) | {data["between_states"]["context"]}
    used |= {c for cues in data["contexts"].values() for c in cues.get("implies", ())}
    unknown = used - known
    if unknown:
        raise ValueError(f"contexts.yaml: contexts not in plover.yaml: {sorted(unknown)}")
    types = set(data["between_states"]["events"]) - set(PLOVER_TYPES)
    if types:
        raise ValueError(f"contexts.yaml: between_states: unknown event types {sorted(types)}")


@cache
def _tokenizer():
    """spaCy's English tokenizer alone: cue phrases split as the parsed text does."""
    return spacy.blank("en").tokenizer


def _words(cue: str) -> Phrase:
    return tuple(t.lower_ for t in _tokenizer()(str(cue)))


# -- the stage ----------------------------------------------------------------------


def assign_contexts(doc: Doc, events: Iterable[Event]) -> None:
    """Add to each event's ``context`` the contexts its text supports (in place)."""
    order = list(codebook().contexts)
    for event in events:
        found = [c for c in context_evidence(doc, event) if c not in event.context]
        event.context = [*event.context, *sorted(found, key=order.index)]


def context_evidence(doc: Doc, event: Event) -> dict[str, str]:
    """Each context the text gives the event (beyond its sense's), with the evidence:
    ``{"military": "sector MIL", "economic": "word 'tariffs'"}``."""
    cues = context_cues()
    found: dict[str, str] = {}
    for mention in [*event.actors, *event.recipients]:
        context = cues.sectors.get(mention.actor.sector or "")
        if context:
            found.setdefault(context, f"sector {mention.actor.sector}")
    rule = cues.between_states
    if event.event_type in rule.events and len(_countries(event.actors + event.recipients, rule.sectors)) > 1:
        found.setdefault(rule.context, "between states")
    for context, word in _cue_words(_scope(doc, event), cues):
        found.setdefault(context, f"word {word!r}")
    for context in list(found):
        for implied in cues.implies.get(context, ()):
            found.setdefault(implied, f"implied by {context}")
    return found


def _countries(parties: list[Mention], sectors: frozenset[str]) -> set[str]:
    return {m.actor.country for m in parties if m.actor.country and m.actor.sector in sectors}


# -- where to look: the event's clause and its parties' phrases ----------------------


def _scope(doc: Doc, event: Event) -> list[Token]:
    """Tokens of the event's clause and of its parties' phrases within its sentence, in order."""
    ev = event.evidence
    trigger = doc.char_span(ev.trigger_start, ev.trigger_end, alignment_mode="expand")
    if trigger is None:
        return []
    sent = trigger.root.sent
    head = clause_head(trigger.root, stop_at=_OTHER_CLAUSES)  # a noun trigger: the verb above it
    tokens = set(_clause(head)) | set(_antecedent(head))
    for start, end in (*ev.actor_phrases, *ev.recipient_phrases):
        phrase = doc.char_span(start, end, alignment_mode="expand")
        if phrase is not None and phrase.sent.start == sent.start:
            tokens.update(phrase)
    return sorted(tokens, key=lambda t: t.i)


def _clause(head: Token) -> Iterator[Token]:
    """The head's subtree without the other clauses hung on it."""
    yield head
    for child in head.children:
        if not _other_clause(child):
            yield from _clause(child)


def _other_clause(token: Token) -> bool:
    """A clause that tells of another happening: a coordinated verb, or an adverbial,
    relative or parenthetical clause -- unless it is a bare infinitive, which gives the
    event's purpose or content ("eased measures to win elections", "a deal to export gas")."""
    if token.dep_ == "conj":
        return token.pos_ in ("VERB", "AUX")
    return token.dep_ in _OTHER_CLAUSES and not _bare_infinitive(token)


def _bare_infinitive(verb: Token) -> bool:
    """"to win elections": a "to" and no subject or conjunction of its own."""
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) \
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in children)


def _antecedent(head: Token) -> list[Token]:
    """The noun phrase a relative clause is about, which is one of the event's arguments
    ("fighters" in "fighters which the nations refused to repatriate")."""
    while head.dep_ == "xcomp":
        head = head.head
    if head.dep_ != "relcl":
        return []
    noun = head.head
    return list(noun.doc[noun.left_edge.i : noun.i + 1])


# -- what counts as a cue -------------------------------------------------------------


def _cue_words(tokens: list[Token], cues: ContextCues) -> Iterator[tuple[str, str]]:
    """(context, matched text) for each cue among the tokens."""
    inside = {t.i for t in tokens}
    for token in tokens:
        if _names_a_place(token, inside, cues):
            continue
        starting = {p for key in {token.lower_, token.lemma_.lower()} for p in cues.phrases.get(key, ())}
        for words, context in starting:
            span = _phrase_at(token, words)
            if span is not None and all(t.i in inside for t in span) and not _voided(span, context, cues):
                yield context, span.text
        for context in _single_word_contexts(token, cues):
            if not _voided(token.doc[token.i : token.i + 1], context, cues):
                yield context, token.text


def _names_a_place(token: Token, inside: set[int], cues: ContextCues) -> bool:
    """True under a place phrase of the clause ("in front of parliament")."""
    return any(a.i in inside and a.lemma_.lower() in cues.place_words for a in token.ancestors)


def _single_word_contexts(token: Token, cues: ContextCues) -> tuple[str, ...]:
    keys = (token.lower_, token.lemma_.lower())
    if token.pos_ == "VERB":
        # a participle describing a noun is no happening ("the newly elected president")
        if token.dep_ == "amod":
            return ()
        return next((cues.verbs[k] for k in keys if k in cues.verbs), ())
    if token.pos_ in _CUE_POS and token.ent_type_ not in _NAME_ENTITIES:
        return next((cues.words[k] for k in keys if k in cues.words), ())
    return ()


def _phrase_at(token: Token, words: Phrase) -> Span | None:
    """The span starting at ``token`` whose words (form or lemma) are ``words``."""
    doc, start = token.doc, token.i
    if start + len(words) > len(doc):
        return None
    for offset, word in enumerate(words):
        candidate = doc[start + offset]
        if word not in (candidate.lower_, candidate.lemma_.lower()):
            return None
    return doc[start : start + len(words)]


def _voided(span: Span, context: str, cues: ContextCues) -> bool:
    """True when the cue lies inside one of the context's ``not_in`` phrases."""
    doc = span.doc
    for words in cues.not_in.get(context, ()):
        for start in range(max(0, span.end - len(words)), span.start + 1):
            found = _phrase_at(doc[start], words)
            if found is not None and found.start <= span.start and found.end >= span.end:
                return True
    return False
