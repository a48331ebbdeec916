"""Rule-based PLOVER event coder over spaCy dependency parses.

A trigger (a verb or a nominal event word from ``data/verbs.yaml``) is coded when its
sense's constraints hold and an actor can be found for it. Actors come from the
trigger's syntactic arguments, expanded over compounds, appositions and conjunctions
(so "Putin and Lavrov" gives two actors), and recipients from the sense's slots.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dragoman.events.codebook import Codebook, Lexicon, Sense, codebook, lexicon
from dragoman.language import trimmed
from dragoman.records import Event, Evidence, Mention, Quote

# Dependencies along which an argument's head reaches the actors it names.
_ARG_DEPS = frozenset(
    {"compound", "appos", "conj", "cc", "amod", "poss", "det", "nmod", "flat", "punct",
     "npadvmod", "advmod", "case", "preconj", "nummod"}
)
_SUBJECT_DEPS = ("nsubj",)
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "'d", "must", "can", "ca"})
# A clause under these verbs is intended or wished, not done.
_PLAN_HEADS = frozenset({"plan", "intend", "expect", "prepare", "aim", "schedule", "set", "go", "hope", "ready", "agree", "promise", "pledge", "vow", "offer", "decide"})
_WISH_HEADS = frozenset({"want", "wish", "call", "urge", "ask", "demand", "request", "press", "seek", "try", "attempt", "propose", "suggest", "invite", "need", "able", "refuse", "fail", "decline", "threaten", "warn"})
_NEGATING_HEADS = frozenset({"refuse", "fail", "decline"})
_PLAN_ADJ = frozenset({"planned", "upcoming", "scheduled", "expected", "forthcoming", "proposed", "next", "future"})
_POSSIBLE_ADJ = frozenset({"possible", "potential", "hypothetical", "eventual", "prospective"})
# "used the opportunity to call X": the infinitive under these happened.
_IMPLICATIVE = frozenset({"use", "manage", "proceed", "go", "move", "rush", "take", "seize"})
_FIRST_PERSON = frozenset({"i", "we"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them"})


@dataclass(frozen=True)
class _Args:
    actors: list[Mention]
    recipients: list[Mention]
    inferred: bool  # an actor came from a pronoun or the discourse, not the clause itself


class EventCoder:
    """Codes events in a parsed article, given the actor mentions found in it."""

    def __init__(self, lex: Lexicon | None = None, book: Codebook | None = None, place_actor=None):
        self.lex = lex or lexicon()
        self.book = book or codebook()
        # place_actor(text) -> Mention-less Actor for a destination ("visit to Moscow").
        self.place_actor = place_actor

    def code(self, doc: Doc, doc_id: str, mentions: Sequence[Mention], quotes: Sequence[Quote] = ()) -> list[Event]:
        by_token = index_mentions(doc, mentions)
        events: list[Event] = []
        for index, sent in enumerate(doc.sents):
            context = SentenceContext(doc, sent, by_token, mentions, quotes)
            for token in sent:
                event = self._code_token(token, context, doc_id, index)
                if event is not None:
                    events.append(event)
        return events

    def _code_token(self, token: Token, ctx: "SentenceContext", doc_id: str, sent_index: int) -> Event | None:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in self.lex.verbs:
            found = self._verb_event(token, self.lex.verbs[lemma], ctx)
        elif token.pos_ in ("NOUN", "PROPN") and lemma in self.lex.nouns:
            found = self._noun_event(token, self.lex.nouns[lemma], ctx)
        else:
            return None
        if found is None:
            return None
        sense, args, mode, governor = found
        if not args.actors:
            return None
        actors, recipients = _split_symmetric(sense, args.actors, args.recipients)
        if not actors or _same_actors(actors, recipients):
            return None
        return Event(
            event_type=sense.event,
            actors=actors,
            recipients=recipients,
            evidence=_evidence(token, ctx.sent, doc_id, sent_index),
            mode=mode,
            context=list(sense.context),
            cameo=sense.cameo,
            goldstein=self.book.goldstein(sense.cameo),
            quad_class=self.book.quad_class(sense.event, sense.cameo),
            confidence=_confidence(sense, args, recipients, token.pos_ == "VERB"),
        )

    # -- verbs -------------------------------------------------------------------------
    def _verb_event(self, verb: Token, senses: Iterable[Sense], ctx: "SentenceContext"):
        for sense in senses:
            if not _verb_sense_holds(verb, sense, ctx):
                continue
            args = self._verb_args(verb, sense, ctx)
            if sense.require_recipient and not args.recipients:
                continue
            return sense, args, _verb_mode(verb), verb
        return None

    def _verb_args(self, verb: Token, sense: Sense, ctx: "SentenceContext") -> _Args:
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        if passive:
            agent = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            actors, inferred = ctx.mentions_of(agent), False
            recipients = ctx.mentions_of([c for c in verb.children if c.dep_ == "nsubjpass"])
            return _Args(actors, recipients, inferred)
        actors, inferred = ctx.subject_mentions(verb)
        recipients = self._recipients(verb, sense, ctx)
        return _Args(actors, recipients, inferred)

    def _recipients(self, head: Token, sense: Sense, ctx: "SentenceContext") -> list[Mention]:
        for slot in sense.recipient:
            found = ctx.mentions_of(_slot_tokens(head, slot))
            if not found and slot == "prep:to" and self.place_actor is not None:
                found = [m for t in _slot_tokens(head, slot) if (m := self.place_actor(t, ctx.doc))]
            if found:
                return found
        return []

    # -- nouns -------------------------------------------------------------------------
    def _noun_event(self, noun: Token, senses: Iterable[Sense], ctx: "SentenceContext"):
        light = _light_verb(noun, self.lex.light_verbs)
        for sense in senses:
            if not _noun_sense_holds(noun, sense, light):
                continue
            args = self._noun_args(noun, sense, light, ctx)
            return sense, args, _noun_mode(noun) or _light_verb_mode(noun, light), light
        return None

    def _noun_args(self, noun: Token, sense: Sense, light: Token | None, ctx: "SentenceContext") -> _Args:
        recipients = self._recipients(noun, sense, ctx)
        between = ctx.mentions_of(_slot_tokens(noun, "prep:between"))
        if between:
            return _Args(between, recipients, False)
        if light is not None:
            actors, inferred = ctx.subject_mentions(light)
            if actors:
                return _Args(actors, recipients, inferred)
        own = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod")]
        own += _slot_tokens(noun, "agent") + _slot_tokens(noun, "prep:by")
        actors = [m for m in ctx.mentions_of(own) if m not in recipients]
        if actors:
            return _Args(actors, recipients, False)
        if _is_existential(noun) and recipients:
            return _Args(ctx.discourse_actor(noun, exclude=recipients), recipients, True)
        return _Args([], recipients, False)


# -- the sentence context: mentions by token, argument expansion -------------------------
class SentenceContext:
    def __init__(self, doc: Doc, sent: Span, by_token: dict[int, Mention], mentions: Sequence[Mention],
                 quotes: Sequence[Quote] = ()):
        self.doc = doc
        self.sent = sent
        self.by_token = by_token
        self.mentions = mentions
        self.quotes = quotes

    def quoted_speaker(self, token: Token) -> list[Mention]:
        """ "We warn against endless discussions," Lavrov said: "we" is the speaker."""
        for quote in self.quotes:
            if quote.kind == "direct" and quote.speaker and quote.start <= token.idx < quote.end:
                return [quote.speaker]
        return []

    def mentions_of(self, heads: Iterable[Token]) -> list[Mention]:
        """The actor mentions named by argument heads, in text order, one per actor."""
        found: list[Mention] = []
        for head in heads:
            for token in _argument_tokens(head):
                mention = self.by_token.get(token.i)
                if mention is not None and mention not in found:
                    found.append(mention)
        return _one_per_actor(found)

    def subject_mentions(self, verb: Token) -> tuple[list[Mention], bool]:
        """The verb's subject's mentions; inherited from a governing clause when the
        subject is missing (conjoined or controlled verbs) or a pronoun (reported speech)."""
        seen: set[int] = set()
        current: Token | None = verb
        pronoun: Token | None = None
        while current is not None and current.i not in seen:
            seen.add(current.i)
            subjects = [c for c in current.children if c.dep_ in _SUBJECT_DEPS]
            found = self.mentions_of(subjects) or self._first_person(subjects)
            if found:
                return found, pronoun is not None or found != self.mentions_of(subjects)
            if subjects and not all(s.lower_ in _PRONOUNS for s in subjects):
                return [], pronoun is not None
            pronoun = pronoun or (subjects[0] if subjects else None)
            controller = self._object_controller(current)
            if controller:
                return controller, pronoun is not None
            current = _governor(current)
        if pronoun is not None and pronoun.lower_ in ("he", "she"):
            return self.antecedent(pronoun), True
        return [], pronoun is not None

    def _first_person(self, subjects: list[Token]) -> list[Mention]:
        first = [s for s in subjects if s.lower_ in _FIRST_PERSON]
        return self.quoted_speaker(first[0]) if first else []

    def _object_controller(self, verb: Token) -> list[Mention]:
        """ "called on X to hold talks", "urged X to leave": X is the infinitive's subject."""
        if verb.dep_ != "xcomp":
            return []
        head = verb.head
        return self.mentions_of(_slot_tokens(head, "dobj") + _slot_tokens(head, "prep:on"))

    def antecedent(self, token: Token) -> list[Mention]:
        """The person a "he"/"she" subject refers to: only when the previous sentence and
        this one up to the pronoun name exactly one person, so that it is unambiguous."""
        first = self.sent[0]
        window_start = self.doc[first.i - 1].sent.start_char if first.i > 0 else first.idx
        people = {}
        for mention in self.mentions:
            if window_start <= mention.start < token.idx and _is_person(mention):
                people.setdefault(_actor_key(mention), mention)
        return list(people.values()) if len(people) == 1 else []

    def discourse_actor(self, token: Token, exclude: Sequence[Mention]) -> list[Mention]:
        """The nearest person-like actor mentioned before this sentence (the topic)."""
        excluded = {_actor_key(m) for m in exclude}
        for mention in reversed(self.mentions):
            if mention.start >= self.sent.start_char:
                continue
            if mention.start < self.sent.start_char - 600:
                break
            if _actor_key(mention) not in excluded and mention.actor.name and _is_person(mention):
                return [mention]
        return []


def index_mentions(doc: Doc, mentions: Sequence[Mention]) -> dict[int, Mention]:
    by_token: dict[int, Mention] = {}
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            by_token[token.i] = mention
    return by_token


def _argument_tokens(head: Token) -> list[Token]:
    """The head and the tokens reachable from it over name-building dependencies."""
    out, stack = [], [head]
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(c for c in token.children if c.dep_ in _ARG_DEPS or (c.dep_ == "prep" and c.lower_ == "of"))
        stack.extend(c for c in token.children if c.dep_ == "pobj" and token.lower_ == "of")
    return sorted(out, key=lambda t: t.i)


def _governor(token: Token) -> Token | None:
    """The clause whose subject this verb shares (conjunction, control, participle, relative)."""
    if token.dep_ in ("conj", "xcomp", "advcl", "ccomp", "pcomp", "acomp"):
        return token.head
    if token.dep_ == "relcl":
        return None
    if token.dep_ in ("acl",) and token.head.dep_ in ("dobj", "attr", "pobj"):
        return token.head.head
    return None


def _slot_tokens(head: Token, slot: str) -> list[Token]:
    if slot == "dobj":
        return [c for c in head.children if c.dep_ in ("dobj", "oprd")][:1]
    if slot == "dative":
        return [c for c in head.children if c.dep_ == "dative"]
    if slot == "agent":
        return [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if slot == "poss_of_object":
        return [g for c in head.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "poss"]
    if slot.startswith("prep:"):
        word = slot[5:]
        return [g for c in head.children if c.dep_ in ("prep", "prt", "agent", "dative") and c.lower_ == word
                for g in c.children if g.dep_ in ("pobj", "pcomp")]
    return []


def _verb_sense_holds(verb: Token, sense: Sense, ctx: SentenceContext) -> bool:
    if sense.prep and not any(c.dep_ in ("prep", "prt", "dative") and c.lower_ == sense.prep for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if sense.object is not None:
        lemmas = {o.lemma_.lower() for obj in objects for o in [obj, *obj.conjuncts]}
        if not lemmas & sense.object:
            return False
    if sense.object_actor and not ctx.mentions_of(objects[:1]):
        return False
    if sense.complement and not any(c.dep_ in ("ccomp", "xcomp", "oprd", "attr") for c in verb.children):
        return False
    return True


def _noun_sense_holds(noun: Token, sense: Sense, light: Token | None) -> bool:
    if sense.plural_only and noun.tag_ not in ("NNS", "NNPS"):
        return False
    if sense.prep and not any(c.dep_ == "prep" and c.lower_ == sense.prep for c in noun.children):
        return False
    if sense.light_verb_only and light is None and not any(
        c.lower_ in ("phone", "telephone", "video") for c in noun.children
    ):
        return False
    return True


def _light_verb(noun: Token, light_verbs: frozenset[str]) -> Token | None:
    """The verb that carries a nominal event: "held talks", "had a phone call"."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in light_verbs:
        return head
    return None


def _verb_mode(verb: Token) -> str:
    """Factuality of the clause headed by ``verb``: negated, planned, hypothetical or ''."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if any(c.dep_ == "neg" for c in verb.children):
        return "negated"
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return "hypothetical"
    if aux & _FUTURE_AUX:
        return "planned"
    if aux & _HYPOTHETICAL_AUX:
        return "hypothetical"
    head = verb.head
    if verb.dep_ == "xcomp" and head.i != verb.i:
        head_lemma = head.lemma_.lower()
        if any(c.dep_ == "neg" for c in head.children) or head_lemma in _NEGATING_HEADS:
            return "negated"
        if head_lemma in _PLAN_HEADS:
            return "planned"
        if head_lemma in _WISH_HEADS:
            return "hypothetical"
    if "to" in aux:
        return _infinitive_mode(verb)
    if verb.dep_ in ("ccomp", "xcomp") and head.i != verb.i and _verb_mode(head) == "hypothetical":
        return "hypothetical"
    return ""


def _infinitive_mode(verb: Token) -> str:
    """ "Blinken to meet Lavrov" (a headline) is planned; "used the opportunity to call"
    happened; any other bare infinitive ("a chance to agree") is not asserted."""
    if verb.dep_ == "ROOT":
        return "planned"
    for ancestor in list(verb.ancestors)[:2]:
        if ancestor.lemma_.lower() in _IMPLICATIVE:
            return ""
    return "hypothetical"


def _light_verb_mode(noun: Token, light: Token | None) -> str:
    """An active light verb carries its mode ("will hold talks"); a passive one only its
    negation ("a meeting ... might have been better held on stage" still happened)."""
    if light is None:
        return ""
    mode = _verb_mode(light)
    return mode if noun.dep_ == "dobj" or mode == "negated" else ""


def _noun_mode(noun: Token) -> str:
    for child in noun.children:
        word = child.lower_
        if child.dep_ == "det" and word == "no":
            return "negated"
        if child.dep_ in ("amod", "compound") and word in _PLAN_ADJ:
            return "planned"
        if child.dep_ in ("amod", "compound") and word in _POSSIBLE_ADJ:
            return "hypothetical"
    return _clause_mode(noun)


def _clause_mode(noun: Token) -> str:
    """A nominal event takes the mode of the clause around it ("would have been fuelled
    by Blinken's meeting", "can be ended only with peace talks"), unless it is that
    clause's subject ("a meeting ... might have been held" still took place)."""
    token = noun
    while token.dep_ not in ("ROOT",) and token.head.i != token.i:
        if token.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return ""
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return _verb_mode(token)
    return ""


def _is_existential(noun: Token) -> bool:
    """ "there would be no meeting with X": the event has no subject of its own."""
    head = noun.head
    return noun.dep_ == "attr" and head.lemma_ == "be" and any(c.dep_ == "expl" for c in head.children)


def _split_symmetric(sense: Sense, actors: list[Mention], recipients: list[Mention]):
    """ "Lavrov and Rubio had a phone call": the first is the actor, the rest recipients."""
    if sense.symmetric and not recipients and len(actors) > 1:
        return actors[:1], actors[1:]
    return actors, [m for m in recipients if m not in actors]


def _same_actors(actors: list[Mention], recipients: list[Mention]) -> bool:
    """Reject "Russia met Russia": every recipient is also an actor."""
    keys = {_actor_key(m) for m in actors}
    return bool(recipients) and all(_actor_key(m) in keys for m in recipients)


def _actor_key(mention: Mention) -> tuple:
    actor = mention.actor
    return (actor.entry_id or actor.name or mention.text.lower(), actor.country)


def _one_per_actor(mentions: list[Mention]) -> list[Mention]:
    """Keep the first mention of each actor ("his minister, Sergey Lavrov" is one actor)."""
    seen, out = set(), []
    for mention in mentions:
        key = _actor_key(mention)
        if key not in seen:
            seen.add(key)
            out.append(mention)
    return out


def _is_person(mention: Mention) -> bool:
    return (mention.actor.entry_id or "").startswith("person:") or (
        not mention.actor.resolved and mention.actor.role_title is not None
    )


def _evidence(trigger: Token, sent: Span, doc_id: str, sent_index: int) -> Evidence:
    start, text = trimmed(sent)
    return Evidence(
        doc_id=doc_id,
        sentence_index=sent_index,
        sentence=text,
        sentence_start=start,
        trigger=trigger.text,
        trigger_start=trigger.idx,
        trigger_end=trigger.idx + len(trigger.text),
    )


def _confidence(sense: Sense, args: _Args, recipients: list[Mention], is_verb: bool) -> float:
    """A first, uncalibrated score: clause-level evidence and resolved actors raise it."""
    score = 0.55 if is_verb else 0.45
    if all(m.actor.country for m in args.actors):
        score += 0.15
    if recipients and all(m.actor.country for m in recipients):
        score += 0.1
    if sense.prep or sense.object or sense.object_actor:
        score += 0.05
    if args.inferred:
        score -= 0.15
    return round(min(0.95, max(0.05, score)), 2)
