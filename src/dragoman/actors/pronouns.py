"""Who "he" or "she" is: the one person named just before it, or no one.

Shared by the event coder (a clause whose subject is a pronoun) and ``dragoman actors
resolve`` (a pronoun asked about in its context sentences), so both read a pronoun the
same way: only when the sentence before and this one up to the pronoun name exactly one
person (or, naming none, exactly one office's holder: "Liberia's president ... She"), and
no person named by a title alone ("the president") who could be meant too.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dragoman.actors.kb import get_kb
from dragoman.records import Mention

PERSONAL_PRONOUNS = frozenset({"he", "she"})


def antecedent(doc: Doc, token: Token, mentions: Sequence[Mention], by_token: dict[int, Mention]) -> list[Mention]:
    """The person the pronoun ``token`` refers to, as a one-mention list, or []."""
    sent = token.sent
    window = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    window_start = doc[window].idx
    before = [m for m in mentions if window_start <= m.start < token.idx]
    people: dict[tuple, Mention] = {}
    for mention in before:
        if is_person(mention) and not _someone_in_general(doc, mention):
            people.setdefault(actor_key(mention), mention)
    if not people:  # "Liberia's president was awarded the prize. She shared it": the holder
        for mention in before:
            if is_office_holder(mention):
                people.setdefault(actor_key(mention), mention)
    if any(unnamed_titled(t, by_token) for t in doc[window:token.i]):
        return []  # "... we told the president. He resisted.": the president is a candidate too
    return list(people.values()) if len(people) == 1 else []


def _someone_in_general(doc: Doc, mention: Mention) -> bool:
    """'the first visit by a top American diplomat': an indefinite titled stranger that is
    not a clause's subject names no one a later "she" could mean ("A US official said ...
    He added" still can)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or (mention.actor.entry_id or "").startswith("person:"):
        return False
    root = span.root
    return root.dep_ not in ("nsubj", "nsubjpass") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children)


def index_mentions(doc: Doc, mentions: Sequence[Mention]) -> dict[int, Mention]:
    """Token index -> the mention covering it."""
    by_token: dict[int, Mention] = {}
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            by_token[token.i] = mention
    return by_token


def actor_key(mention: Mention) -> tuple:
    """Who a mention names: a person and their office ("Angela Merkel, the Chancellor of
    Germany") are one actor."""
    actor = mention.actor
    if actor.role_title and actor.name:  # a person, however named
        return (actor.name, actor.country)
    return (actor.entry_id or actor.name or mention.text.lower(), actor.country)


def unnamed_titled(token: Token, named: dict[int, Mention]) -> bool:
    """ "the president", "the prime minister": a person named by a title alone, whom no
    actor mention covers (the story's country decides who it is, after coding)."""
    if token.i in named or token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    words = [c.lower_ for c in token.children if c.dep_ == "compound" and c.i < token.i] + [token.lower_]
    return " ".join(words) in get_kb().titles


def is_person(mention: Mention) -> bool:
    return (mention.actor.entry_id or "").startswith("person:") or (
        not mention.actor.resolved and mention.actor.role_title is not None
    )


def is_office_holder(mention: Mention) -> bool:
    """An office's holder named by the office alone ("Liberia's president")."""
    return (mention.actor.entry_id or "").startswith("office:") and mention.actor.resolved
