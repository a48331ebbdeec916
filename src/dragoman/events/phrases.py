"""The words of each party of an event: the whole noun phrase an annotator would mark.

The coder finds a party by the actor mention its argument names ("Russian" in "Russian
troops"); readers and span-scored gold want the phrase around it ("the Russian troops
in Kherson"). ``with_argument_phrases`` adds those phrases to an event's evidence.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from dragoman.records import Event, Mention

# A noun's "of"/"from" phrase names whose it is: "the leaders of Egypt", "dissidents
# from Myanmar", "a request from Iran".
NAMING_PREPS = frozenset({"of", "from"})

_PHRASE_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "flat", "nummod"})
# Parts of a noun phrase that are not the party itself: clauses, coordination, asides.
_PHRASE_CUT_DEPS = frozenset({"relcl", "acl", "conj", "cc", "punct", "advcl", "parataxis", "dep"})
# Prepositions that set an event's circumstances, not a party's identity ("since
# March", "during the talks"); other prepositional phrases are part of the party
# ("the Iraqi embassy in Kabul", "the Foreign Minister of Russia").
_CIRCUMSTANCE_PREPS = frozenset({"during", "since", "after", "before", "until", "till", "amid", "despite", "over",
                                 "following", "throughout", "with", "as", "like", "than"})


def with_argument_phrases(doc: Doc, event: Event) -> Event:
    """The event with the whole noun phrase of each party in its evidence."""
    event.evidence = replace(
        event.evidence,
        actor_phrases=tuple(argument_phrase(doc, m, event.evidence.trigger_start) for m in event.actors),
        recipient_phrases=tuple(argument_phrase(doc, m, event.evidence.trigger_start) for m in event.recipients),
    )
    return event


def argument_phrase(doc: Doc, mention: Mention, trigger_start: int | None = None) -> tuple[int, int]:
    """(start, end) of the noun phrase a mention heads or modifies, as annotators mark a
    party: "Russian" in "Russian troops" gives "Russian troops"; "of" and place phrases
    ("the embassy in Kabul"), appositions ("his counterpart, Michel Aoun") and participles
    ("the missiles fired by the army") are kept; relative clauses, infinitives, conjoined
    parties and the event's circumstances ("since March", "during the talks") are not.
    The phrase stops below the event's own trigger: in "the Houthis' attack on X" the
    actor is "the Houthis'"."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return mention.start, mention.end
    head = span.root
    while head.head.i != head.i and head.head.idx != trigger_start:
        if head.dep_ in _PHRASE_MODIFIER_DEPS and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        elif head.dep_ == "pobj" and head.head.lower_ in NAMING_PREPS and head.head.head.pos_ in ("NOUN", "PROPN") \
                and head.head.head.idx != trigger_start:
            head = head.head.head  # "a request from [The New York Times]"
        else:
            break
    tokens = [head]
    # a person's place is where the event happens ("will meet Trump in Washington")
    named_person = head.ent_type_ == "PERSON"
    stack = [c for c in head.children if _in_phrase(c) and not (named_person and c.dep_ == "prep" and c.lower_ != "of")]
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(c for c in token.children if _in_phrase(c) or c.dep_ == "punct" and c.i < token.right_edge.i)
    start = min(min(t.idx for t in tokens), mention.start)
    last = max(tokens, key=lambda t: t.i)
    end = max(last.idx + len(last.text), mention.end)
    if doc.text.count("(", start, end) > doc.text.count(")", start, end) and last.i + 1 < len(doc) \
            and doc[last.i + 1].text == ")":
        end = doc[last.i + 1].idx + 1  # "the Foreign Office (FO)"
    return start, end


def _in_phrase(token: Token) -> bool:
    """Whether a dependent belongs to its head's noun phrase (see ``argument_phrase``)."""
    if token.ent_type_ in ("DATE", "TIME") and token.dep_ in ("poss", "npadvmod", "compound", "nmod"):
        return False  # "Saturday's meeting of ASEAN": the date is the event's
    if token.dep_ == "acl":
        # "the missiles fired by the army"; not "a request to visit", nor a misparsed
        # "Trump called Erdogan" (an acl "called" with an object)
        return token.tag_ == "VBN" and any(c.dep_ == "agent" for c in token.children)
    if token.dep_ == "prep":
        objects = [c for c in token.children if c.dep_ == "pobj"]
        return token.lower_ not in _CIRCUMSTANCE_PREPS and bool(objects) and \
            not any(o.ent_type_ in ("DATE", "TIME") for o in objects)
    return token.dep_ not in _PHRASE_CUT_DEPS
