"""The words of each party of an event: the whole noun phrase an annotator would mark.

The coder finds a party by the actor mention its argument names ("Russian" in "Russian
troops"); readers and span-scored gold want the phrase around it ("the Russian troops
in Kherson"). ``with_argument_phrases`` adds those phrases to an event's evidence.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from dragoman.events.codebook import lexicon
from dragoman.records import Event, Mention

# The prepositions these rules read are word classes of data/verbs.yaml, read through the
# cached ``lexicon()``: naming_preps ("the leaders of Egypt"), circumstance_preps ("since
# March") and act_party_preps ("rejected accusations by Netanyahu").

_PHRASE_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "flat", "nummod"})
# Parts of a noun phrase that are not the party itself: clauses, coordination, asides.
_PHRASE_CUT_DEPS = frozenset({"relcl", "acl", "conj", "cc", "punct", "advcl", "parataxis", "dep"})


def with_argument_phrases(doc: Doc, event: Event) -> Event:
    """The event with the whole noun phrase of each party in its evidence. An actor and a
    recipient that are conjuncts of one coordination ("Jordan and the United States began
    joint exercises", "Trump and Putin met") act together: each one's phrase is the whole
    coordination, as annotators mark such parties on both sides."""
    trigger = event.evidence.trigger_start
    actors = [argument_phrase(doc, m, trigger) for m in event.actors]
    recipients = [argument_phrase(doc, m, trigger, recipient=True) for m in event.recipients]
    joint = _joint_spans(doc, [*event.actors, *event.recipients], [*actors, *recipients], len(actors))
    event.evidence = replace(
        event.evidence,
        actor_phrases=tuple(joint.get(k, span) for k, span in enumerate(actors)),
        recipient_phrases=tuple(joint.get(len(actors) + k, span) for k, span in enumerate(recipients)),
    )
    return event


def _joint_spans(doc: Doc, mentions: list[Mention], spans: list[tuple[int, int]], n_actors: int) -> dict[int, tuple[int, int]]:
    """Positions of parties in a coordination that holds both an actor and a recipient of
    the event (the first ``n_actors`` positions are actors) -> the span of the whole
    coordination, from the first such party's phrase to the last's. Conjoined parties on
    one side keep their own phrases ("sanctions against India and Pakistan")."""
    groups: dict[int, list[int]] = {}
    for position, mention in enumerate(mentions):
        head = _coordination_head(doc, mention)
        if head is not None:
            groups.setdefault(head, []).append(position)
    out: dict[int, tuple[int, int]] = {}
    for positions in groups.values():
        if len({(mentions[k].start, mentions[k].end) for k in positions}) < 2 \
                or not any(k < n_actors for k in positions) or not any(k >= n_actors for k in positions):
            continue
        whole = (min(spans[k][0] for k in positions), max(spans[k][1] for k in positions))
        out.update({k: whole for k in positions})
    return out


def _coordination_head(doc: Doc, mention: Mention) -> int | None:
    """The first conjunct of the coordination the mention's phrase is a conjunct of
    ("Jordan" in "the Jordan and the United States"); None outside a coordination."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    while head.dep_ in _PHRASE_MODIFIER_DEPS and head.head.pos_ in ("NOUN", "PROPN") and head.head.i != head.i:
        head = head.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.i if any(c.dep_ == "conj" for c in head.children) else None


def argument_phrase(doc: Doc, mention: Mention, trigger_start: int | None = None, recipient: bool = False) -> tuple[int, int]:
    """(start, end) of the noun phrase a mention heads or modifies, as annotators mark a
    party: "Russian" in "Russian troops" gives "Russian troops"; "of" and place phrases
    ("the embassy in Kabul"), appositions ("his counterpart, Michel Aoun") and participles
    ("the missiles fired by the army") are kept; relative clauses, infinitives, conjoined
    parties and the event's circumstances ("since March", "during the talks") are not.
    The phrase stops below the event's own trigger: in "the Houthis' attack on X" the
    actor is "the Houthis'". A recipient that is an act ("rejected accusations by
    Netanyahu", "lifted its blockade of Yemen") is the party the act's phrase names
    ("Netanyahu", "Yemen"); a request "from" someone stays whole, and a party's own act
    ends at its noun ("the Croatian government's request", not "for revocation of X")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return mention.start, mention.end
    head, lex = span.root, lexicon()
    possessor = False  # "Theresa May's offer on citizens' rights": May is the party, not the offer's topic
    while head.head.i != head.i and head.head.idx != trigger_start:
        if head.dep_ in _PHRASE_MODIFIER_DEPS and head.head.pos_ in ("NOUN", "PROPN"):
            possessor = possessor or head.dep_ == "poss"
            head = head.head
        elif head.dep_ == "pobj" and head.head.head.pos_ in ("NOUN", "PROPN") and head.head.head.idx != trigger_start \
                and (head.head.lower_ in lex.naming_preps
                     and not (recipient and head.head.lower_ in lex.act_party_preps and _is_act(head.head.head))
                     or head.head.lower_ == "by" and not recipient and _is_act(head.head.head)):
            head = head.head.head  # "a request from [The New York Times]", "a car bombing by [IS]" as the doer
        else:
            break
    if recipient and _is_act(head) and not possessor:
        party = _act_party(head)
        if party is not None:
            return argument_phrase(doc, replace(mention, start=party.idx, end=party.idx + len(party.text)), trigger_start,
                                   recipient=True)
    tokens = [head]
    # a person's place is where the event happens ("will meet Trump in Washington")
    named_person = head.ent_type_ == "PERSON"
    named = bool(mention.actor.country) and mention.start <= head.idx < mention.end
    # "rejected the Croatian government's request for revocation of X": the party's act
    # ends at its noun; what it asks for or bans is the act's content, no party
    owned_act = recipient and _is_act(head) and mention.end <= head.idx
    stack = [c for c in head.children if _in_phrase(c) and not (named_person and c.dep_ == "prep" and c.lower_ != "of")
             and not (named and _charge(c)) and not (owned_act and c.dep_ == "prep")]
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(c for c in token.children if _in_phrase(c) or c.dep_ == "punct" and c.i < token.right_edge.i)
    start = min(min(t.idx for t in tokens), mention.start)
    last = max(tokens, key=lambda t: t.i)
    while last.is_punct and last.text != ")" and last.tag_ != "POS" and last.i > head.i:  # "Nigeria ," before a cut aside
        last = doc[last.i - 1]
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
        return token.lower_ not in lexicon().circumstance_preps and bool(objects) and \
            not any(o.ent_type_ in ("DATE", "TIME") for o in objects)
    return token.dep_ not in _PHRASE_CUT_DEPS


def _charge(prep: Token) -> bool:
    """ "accused [the Nigerian military] of mass slaughter", "the US of genocide": an
    "of" phrase of an act or a doing after a named party is what it is charged with."""
    return prep.dep_ == "prep" and prep.lower_ == "of" and any(
        o.dep_ == "pobj" and (_is_act(o) or o.tag_ == "VBG" or o.pos_ == "NOUN" and o.lemma_.lower() in lexicon().charge_nouns)
        for o in prep.children)


def _is_act(token: Token) -> bool:
    """A common noun the lexicon has as an event ("accusation", "blockade", "assistance")."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in lexicon().nouns


def act_maker(act: Token) -> Token | None:
    """Who made an act named as a party: "charges by [Central American clergymen]", also
    when the parser hangs the "by" on the verb ("denied charges by X")."""
    if not _is_act(act):
        return None
    preps = [c for c in act.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")]
    if act.dep_ == "dobj":
        preps += [c for c in act.head.children if c.dep_ == "prep" and c.lower_ == "by"]
    return next((o for p in preps for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
                 and not _is_act(o) and o.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL")),
                None)


def _act_party(act: Token) -> Token | None:
    """The party an act's prepositional phrase names: "accusations by [Netanyahu]", "the
    demands of [the protesting truck drivers]"; None when it names none (an act, a date)."""
    for prep in act.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in lexicon().act_party_preps:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") and not _is_act(obj) \
                    and obj.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"):
                return obj
    return None
