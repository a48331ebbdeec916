"""Rule-based PLOVER event coder over spaCy dependency parses.

A trigger (a verb or a nominal event word from ``data/verbs.yaml``) is coded when its
sense's constraints hold and an actor can be found for it. Actors come from the
trigger's syntactic arguments, expanded over compounds, appositions and conjunctions
(so "Putin and Lavrov" gives two actors), and recipients from the sense's slots.

Rules beyond single clauses, each documented where it is applied:

* Nominal events ride on light verbs ("carried out a raid", "imposed a curfew",
  "went on strike"); inverse light verbs make the "from" phrase the actor ("received
  weapons from X", "faces pressure from Y"). A nominal carried by a verb that is itself
  the same event ("launched missiles at X") is one event.
* Passive voice swaps roles for verbs and light verbs ("was demolished by X").
* Arguments that name no known actor ("militants", "a car bomb") still fill the roles
  as unresolved parties (an Actor with no name and no country, the words of the phrase
  as the mention), so that source-only events keep their type and words.
* Embedded clauses: an intent, threat or request governs its complement ("agreed to
  lift the sanctions on Iran" -> AGREE with Iran; the lifting is hypothetical and ranks
  lower); "wants to attack X" is a THREATEN and "wants to help X" an AGREE (an intent
  to cooperate); "X claimed that Y attacked Z" is X ACCUSE Y;
  a refused or failed cooperative act ("failed to reach agreement", "will not lift the
  ban") is also a REJECT.
* Symmetric acts are coded in both directions (each party -> the others), as the
  CAMEO/PETRARCH gold codes them.
* Protests, force postures, attacks, coercion, sanctions, aid, concessions and retreats
  with no named target take the country where they happen ("a protest in Beijing" ->
  CHN, "a ceasefire in Damascus" -> SYR); an unnamed target keeps its words ("attacked
  an army camp in Kabul").
* Confidence ranks events: see ``_confidence``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from dragoman.actors.kb import get_kb
from dragoman.actors.pronouns import actor_key, antecedent, index_mentions, is_person
from dragoman.events.codebook import NO_EVENT, Codebook, Lexicon, Sense, codebook, lexicon
from dragoman.events.agency import can_act, names_people, names_weapon
from dragoman.events.phrases import act_maker
from dragoman.language import trimmed
from dragoman.records import PLACE_TARGET_TYPES, Actor, Event, Evidence, Mention, Quote

# Dependencies along which an argument's head reaches the actors it names.
_ARG_DEPS = frozenset(
    {"compound", "appos", "conj", "cc", "amod", "poss", "det", "nmod", "flat", "punct",
     "npadvmod", "advmod", "case", "preconj", "nummod"}
)
_SUBJECT_DEPS = ("nsubj",)
# The English word classes the rules read (future_aux, plan_heads, intent_heads,
# not_party_words, ...) are data: data/verbs.yaml, read through the Lexicon (``self.lex``
# in the coder and the sentence context, the cached ``lexicon()`` in module functions).
_PHRASE_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})  # a name that only modifies a noun
# Sectors that speak and act for their state (None: the state named as a country).
_STATE_SECTORS = frozenset({None, "GOV", "MIL", "DIP"})
# Entity types that never stand for a party to an event (dates, quantities).
_NOT_PARTY_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
# Dependencies that belong to an argument's own short phrase ("the rebel-held enclave").
_PHRASE_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "predet", "case", "advmod", "npadvmod"})


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

    def code(self, doc: Doc, doc_id: str, mentions: Sequence[Mention], quotes: Sequence[Quote] = (),
             *, need_actor: bool = True) -> list[Event]:
        """The events of a parsed text. ``need_actor=False`` keeps events whose actor the
        text leaves out ("Shelling kills six", "Four found guilty"): a headline's event
        type tells what its story is about even when its actor is in the story."""
        by_token = index_mentions(doc, mentions)
        events: list[Event] = []
        for index, sent in enumerate(doc.sents):
            context = SentenceContext(doc, sent, by_token, mentions, quotes, need_actor=need_actor)
            found: dict[int, Event] = {}
            symmetric: dict[int, list[Mention]] = {}
            for token in sent:
                coded = self._code_token(token, context, doc_id, index)
                if coded is not None:
                    found[token.i] = coded[0]
                    if coded[1].symmetric:
                        symmetric[token.i] = coded[0].recipients
            for i in [i for i, e in found.items() if doc[i].pos_ != "VERB"]:
                light = _light_verb(doc[i], self.lex.light_verbs)
                if light is not None and light.i in found and found[light.i].event_type == found[i].event_type:
                    del found[i]  # "launched missiles at X": one ASSAULT, not two
            for i in [i for i, e in found.items() if doc[i].pos_ == "VERB" and _is_passive(doc[i])]:
                if any(a.i in found and found[a.i].event_type != found[i].event_type for a in _slot_tokens(doc[i], "agent")):
                    del found[i]  # "hit by a cyber attack", "hit by sanctions": the agent's event, no other
            for i in [i for i, e in found.items() if doc[i].pos_ != "VERB"]:
                if any(v.i in found and found[v.i].event_type == found[i].event_type for v in _verbs_done_by(doc[i])):
                    del found[i]  # "Israeli airstrikes killed 30 people": the strikes are the killing
            for i in [i for i, e in found.items() if e.event_type == "ASSAULT" and _result_clause(doc[i])]:
                if doc[i].head.i in found and found[doc[i].head.i].event_type == "ASSAULT":
                    del found[i]  # "bombarded X, killing eight people": the attack's result, one ASSAULT
            self._embedded(found, context, doc_id, index)
            self._conditional_threats(found, context, doc_id, index)
            _conditional_acts(found, doc, self.lex)
            self._demands(found, context, doc_id, index)
            _asked(found, sent)
            self._refusals(found, context, doc_id, index)
            for i, event in found.items():
                events.append(event)
                if i in symmetric and event.recipients is symmetric[i] and not (
                        event.event_type == "ASSAULT" and _one_sided(doc[i], self.lex.light_verbs)):
                    # only parties of the symmetric act itself: "agreed to lift sanctions on
                    # Iran" names Iran as the target of the lifting, not as a co-agreer
                    events.extend(_mirrored(event))
        return events

    def _code_token(self, token: Token, ctx: "SentenceContext", doc_id: str, sent_index: int) -> tuple[Event, Sense] | None:
        if token.ent_type_ in ("DATE", "TIME"):
            return None  # "a July meeting in March": the month is no protest march
        if token.pos_ == "VERB" and (lemma := lemma_in(token, self.lex.verbs)):
            found = self._verb_event(token, self.lex.verbs[lemma], ctx)
        elif token.pos_ in ("NOUN", "PROPN") and (lemma := _hyphenated(token, self.lex.nouns) or lemma_in(token, self.lex.nouns)):
            found = self._noun_event(token, self.lex.nouns[lemma], ctx)
        else:
            return None
        if found is None:
            return None
        sense, args, mode, governor = found
        if not args.actors and ctx.need_actor:
            return None
        actors, recipients = _split_symmetric(sense, args.actors, args.recipients)
        if (not actors and ctx.need_actor) or _same_actors(actors, recipients):
            return None
        if not recipients:
            aimed = _aim_tokens([h for h in (token, governor) if h is not None], sense.event)
            recipients = [m for m in ctx.mentions_of(aimed) or self._place_actors(aimed, ctx.doc) or ctx.phrases_of(aimed)
                          if m not in actors]
        if not any(m.actor.country for m in recipients) and sense.event in PLACE_TARGET_TYPES:
            recipients = _placed(recipients, self._place_target(token, governor))
        recipients = _without_descriptions(recipients, ctx.doc)
        if sense.event == "THREATEN" and _warns_of_danger(token, actors, recipients, ctx):
            return None
        confidence = _confidence(sense, args, actors, recipients, token, governor, mode, sent_index)
        event_type, cameo = sense.event, sense.cameo
        if event_type == "ASSAULT" and _weapons_test(token, recipients, ctx.doc, self.lex):
            event_type, cameo, recipients = "MOBILIZE", "150", []  # a show of force, aimed at no one
        if event_type == "ASSAULT":
            recipients = [_as_city(m) for m in recipients]
        return self._event(event_type, cameo, actors, recipients, token, ctx, doc_id, sent_index,
                           mode=mode, context=sense.context, confidence=confidence), sense

    def _event(self, event_type: str, cameo: str, actors: list[Mention], recipients: list[Mention], trigger: Token,
               ctx: "SentenceContext", doc_id: str, sent_index: int, *, mode: str, context: Iterable[str],
               confidence: float) -> Event:
        """An event of a CAMEO code on its trigger; its Goldstein score and QuadClass follow the code."""
        return Event(
            event_type=event_type, actors=actors, recipients=recipients,
            evidence=_evidence(trigger, ctx.sent, doc_id, sent_index), mode=mode, context=list(context),
            cameo=cameo, goldstein=self.book.goldstein(cameo), quad_class=self.book.quad_class(event_type, cameo),
            confidence=confidence)

    # -- verbs -------------------------------------------------------------------------
    def _verb_event(self, verb: Token, senses: Iterable[Sense], ctx: "SentenceContext"):
        for sense in senses:
            if not _verb_sense_holds(verb, sense, ctx):
                continue
            if sense.event == NO_EVENT:  # "fight corruption", "called the race for Biden"
                return None
            args = self._verb_args(verb, sense, ctx)
            if sense.require_recipient and not any(m.actor.resolved or m.actor.country for m in args.recipients):
                continue
            if sense.symmetric and _sitting(args):
                return None
            return sense, args, _verb_mode(verb), None
        return None

    def _verb_args(self, verb: Token, sense: Sense, ctx: "SentenceContext") -> _Args:
        if _ergative(verb):
            return _Args([], [], False)  # "the shelling stopped", "the crowds dispersed": no one did it
        if _reduced_relative(verb, sense):
            return _Args([], [], False)  # "The civilians imprisoned for ... were released": no actor
        if _is_passive(verb) and not sense.actor:
            agent = [t for t in _slot_tokens(verb, "agent") if not _mishap(t, ctx)]
            actors = ctx.mentions_of(agent) or ctx.phrases_of(agent)
            if not agent:  # "were killed in Israeli shelling": the party of the shelling, if named
                actors = ctx.mentions_of(_acts_suffered_in(verb, sense.event, self.lex))
            if not agent and not actors and sense.event == "ASSAULT":
                actors = self._origin(verb, ctx)  # "rockets were fired from Gaza"
            slotted = [] if "dobj" in sense.recipient else self._recipients(verb, sense, ctx)
            if slotted or sense.object is not None and "dobj" not in sense.recipient:
                # "sanctions were imposed on Iran", "a mortar bomb was fired at Israel": the
                # subject is what was done, the recipient is in the sense's own slots
                return _Args(actors, slotted, False)
            patients = [c for c in verb.children if c.dep_ == "nsubjpass" and c.tag_ not in ("WDT", "WP")
                        and not (sense.event == "ASSAULT" and names_weapon(c))]  # "a mortar bomb was fired at it"
            if not patients and verb.dep_ in ("acl", "relcl"):  # "civilians who were shot by X"
                patients = [verb.head]
            if not patients and verb.dep_ == "conj":  # "X imprisoned ... were released by Y"
                patients = _subjects(verb.head, ("nsubj", "nsubjpass"))
            recipients = ctx.mentions_of(patients) or ctx.phrases_of(patients)
            return _Args(actors, recipients, False)
        if sense.actor:
            actors = self._slots(verb, sense.actor, ctx)
            inferred = False
        else:
            actors, inferred = ctx.subject_mentions(verb)
            if not actors and not inferred:
                actors = ctx.phrases_of(ctx.subject_heads(verb))
            if any(_mishap(t, ctx) for t in _subjects(verb, _SUBJECT_DEPS)):
                actors = []  # "the crash killed 298 people": no attacker
        recipients = self._summoned(verb, ctx) or self._recipients(verb, sense, ctx) \
            or ctx.object_antecedent(verb, sense.recipient, actors)
        return _Args(actors, recipients, inferred)

    def _summoned(self, verb: Token, ctx: "SentenceContext") -> list[Mention]:
        """ "summoned the Russian ambassador to complain about X": the act is addressed to
        the party summoned for it (summoning_verbs)."""
        if verb.dep_ not in ("xcomp", "advcl") or not lemma_in(verb.head, self.lex.summoning_verbs):
            return []
        return ctx.mentions_of(_slot_tokens(verb.head, "dobj"))

    def _origin(self, verb: Token, ctx: "SentenceContext") -> list[Mention]:
        """Where an attack came from when no one is named doing it ("rockets were fired
        from Gaza"): the place's country, unresolved."""
        return [_as_place(m) for m in self._places(_slot_tokens(verb, "prep:from"), ctx.doc)]

    def _slots(self, head: Token, slots: Sequence[str], ctx: "SentenceContext", light: Token | None = None) -> list[Mention]:
        """The actors named in the first slot that names any; unresolved phrases only when
        no slot names a known actor."""
        for phrases in (False, True):
            for slot in slots:
                tokens = _slot_tokens(head, slot, ctx)
                if light is not None and not tokens:
                    tokens = _slot_tokens(light, slot, ctx)
                if not tokens and slot.startswith("prep:"):
                    tokens = _nested_prep_tokens(head, slot)
                if phrases and slot.startswith("prep:"):
                    tokens = [t for t in tokens if t.i > head.i]  # "With the approval ..., X agreed"
                found = ctx.phrases_of(tokens) if phrases else ctx.mentions_of(tokens)
                if not found and not phrases and slot == "prep:to":
                    found = self._place_actors(tokens, ctx.doc)
                if found:
                    return found
        return []

    def _recipients(self, head: Token, sense: Sense, ctx: "SentenceContext", light: Token | None = None) -> list[Mention]:
        found = self._slots(head, sense.recipient, ctx, light)
        if sense.event in ("AID", "MOBILIZE"):
            found = [self._mission_place(m, ctx) or m for m in found]
        if not found and sense.object is not None and head.pos_ == "VERB":
            targets = _measure_targets(head)
            found = ctx.mentions_of(targets) or self._places(targets, ctx.doc)
        if not found and light is not None:
            # "gave Putin a stern warning", "sent Kyiv weapons"
            indirect = _slot_tokens(light, "dative")
            found = ctx.mentions_of(indirect) or ctx.phrases_of(indirect)
        if light is not None and head.dep_ == "pobj" and not any(m.actor.country for m in found):
            # "engaged Filipino peacekeepers in a firefight": the light verb's object
            objects = _slot_tokens(light, "dobj")
            parties = ctx.mentions_of(objects) or (ctx.phrases_of(objects) if head.head.lower_ == "in" else [])
            if parties:
                return parties
        return found

    # -- nouns -------------------------------------------------------------------------
    def _noun_event(self, noun: Token, senses: Iterable[Sense], ctx: "SentenceContext"):
        light = _light_verb(noun, self.lex.light_verbs | self.lex.inverse_light_verbs)
        for sense in senses:
            if not _noun_sense_holds(noun, sense, light):
                continue
            if sense.event == NO_EVENT:
                return None
            args = self._noun_args(noun, sense, light, ctx)
            return sense, args, _noun_mode(noun) or _light_verb_mode(noun, light), light
        return None

    def _noun_args(self, noun: Token, sense: Sense, light: Token | None, ctx: "SentenceContext") -> _Args:
        if light is not None and lemma_in(light, self.lex.inverse_light_verbs):
            # "received weapons from X", "faces pressure from Congress": X acts on the subject.
            givers = _slot_tokens(noun, "prep:from") or _slot_tokens(light, "prep:from") or \
                _slot_tokens(noun, "prep:by") or _slot_tokens(light, "agent")
            actors = ctx.mentions_of(givers) or ctx.phrases_of(givers)
            receivers = ctx.subject_mentions(light)[0] or ctx.phrases_of(ctx.subject_heads(light))
            if actors:
                return _Args(actors, receivers, False)
            return _Args([], [], False)
        recipients = self._recipients(noun, sense, ctx, light)
        between = ctx.mentions_of(_slot_tokens(noun, "prep:between"))
        if between:
            return _Args(between, recipients, False)
        if light is not None and noun.dep_ != "nsubj":  # "aid arrives": the subject is the event
            actors, inferred = ctx.subject_mentions(light)
            if not actors and light.dep_ == "acl" and light.head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
                actors = ctx.mentions_of([light.head])
            if not actors and not inferred and any(c.dep_ == "nsubjpass" for c in light.children):
                agent = _slot_tokens(light, "agent")
                actors = ctx.mentions_of(agent) or ctx.phrases_of(agent)
            if not actors and not inferred:
                actors = ctx.phrases_of(ctx.subject_heads(light))
            if actors:
                return _Args(actors, [m for m in recipients if m not in actors], inferred)
        modifiers = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod")]
        own = modifiers + _slot_tokens(noun, "agent") + _slot_tokens(noun, "prep:by")
        actors = [m for m in ctx.mentions_of(own) if m not in recipients]
        if sense.symmetric and not recipients and len(actors) == 1 and not ctx.mentions_of(
                [c for c in noun.children if c.dep_ == "poss"] + _slot_tokens(noun, "prep:by")):
            # "Ukraine peace talks", "Russia negotiations": talks about a country, not
            # between parties; a meeting needs two ("US-Russia talks").
            return _Args([], [], False)
        if actors:
            return _Args(actors, recipients, False)
        if _is_existential(noun) and recipients:
            return _Args(ctx.discourse_actor(noun, exclude=recipients), recipients, True)
        by = _slot_tokens(noun, "prep:by")
        if by:
            return _Args(ctx.phrases_of(by), recipients, False)
        return _Args([], recipients, False)

    def _mission_place(self, mention: Mention, ctx: "SentenceContext") -> Mention | None:
        """Troops or aid sent to a mission or force in a country go to that country: "sent
        troops to the UN peacekeeping mission in South Sudan" -> South Sudan."""
        head = _mention_root(ctx.doc, mention)
        if head is None:
            return None
        while head.dep_ in ("compound", "amod", "nmod", "poss") and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        if head.lemma_.lower() not in self.lex.mission_nouns:
            return None
        return next(iter(self._places(_slot_tokens(head, "prep:in"), ctx.doc)), None)

    def _places(self, tokens: Iterable[Token], doc: Doc) -> list[Mention]:
        """The places among argument tokens as recipients ("a visit to Washington")."""
        if self.place_actor is None:
            return []
        return [m for t in tokens if t.ent_type_ in ("GPE", "LOC", "FAC") and (m := self.place_actor(t, doc))][:1]

    def _place_actors(self, tokens: list[Token], doc: Doc) -> list[Mention]:
        """Every token the place reader makes a country of: a destination or an aim ("a
        visit to Moscow", "sent doctors to Nepal"). :meth:`_places` takes only the first
        named place."""
        if self.place_actor is None:
            return []
        return [m for t in tokens if _is_place(t) and (m := self.place_actor(t, doc))]  # not "US-backed forces"

    def place_recipients(self, trigger: Token) -> list[Mention]:
        """The recipient of an act at ``trigger`` that names no party: the place where it
        happens (see :meth:`_place_target`), as the place, not its government."""
        return _placed([], self._place_target(trigger, None))

    def _place_target(self, trigger: Token, light: Token | None) -> list[Mention]:
        """Protests, force postures, attacks and coercion with no named target are aimed at
        the country where they happen ("staged a protest in Beijing" -> CHN; "exercises in
        Alaska" -> USA), as CAMEO/PETRARCH code them."""
        if self.place_actor is None:
            return []
        heads = [h for h in (trigger, light) if h is not None]
        objects = [o for h in heads for o in _slot_tokens(h, "dobj")]  # "attacked a camp in Kabul"
        # "bombed the port of Odessa", "shelled the outskirts of Kharkiv"
        named = self._places([p for o in objects for p in _slot_tokens(o, "prep:of")], trigger.doc)
        if named:
            return named
        heads += objects
        heads += [c for o in objects for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"]  # "a curfew imposed in X"
        reached = _slot_tokens(trigger, "prep:on") + _slot_tokens(trigger, "prep:to")  # "on alert in Manila"
        named = self._places([p for r in reached for p in _slot_tokens(r, "prep:of")], trigger.doc)
        if named:
            return named  # "took to the streets of Paris"
        heads += reached
        unnamed: list[Mention] = []
        for head in heads:
            for token in _slot_tokens(head, "prep:in"):
                # "in Beijing", "in northern parts of South Sudan"
                places = [token, *[g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                                   for g in c.children if g.dep_ == "pobj"]]
                for place in places:
                    if place.ent_type_ in ("GPE", "LOC", "FAC") and (m := self.place_actor(place, trigger.doc)):
                        return [m]
                if not unnamed and any(_is_place(t) for t in places):
                    unnamed = [_unresolved(token)]
        # a place no actor entry knows ("a state of siege in Katanga", "in the town") is
        # still where the act is aimed: an unresolved party, no country
        return unnamed

    # -- clauses inside clauses ----------------------------------------------------------
    def _refusals(self, found: dict[int, Event], ctx: "SentenceContext", doc_id: str, sent_index: int) -> None:
        """A refused or failed cooperative act is a rejection (CAMEO 12): "failed to reach
        agreement", "will not lift the ban", "would not provide support". The act itself
        stays, negated; a plain past negation ("did not meet") is not a refusal."""
        doc = ctx.doc
        for i, event in list(found.items()):
            if event.mode != "negated" or (event.quad_class or 0) not in (1, 2):
                continue
            token = doc[i]
            clause = _light_verb(token, self.lex.light_verbs) if token.pos_ != "VERB" else token
            if clause is None:
                continue
            head = clause.head if clause.dep_ == "xcomp" else None
            refused = head is not None and lemma_in(head, self.lex.refusing_verbs) is not None
            modal = {c.lower_ for c in clause.children if c.dep_ == "aux"} & {"will", "would", "wo", "'ll", "can", "ca", "could"}
            if not refused and not (modal and any(c.dep_ == "neg" for c in clause.children)):
                continue
            anchor = head if refused else clause
            if anchor.i in found and found[anchor.i].event_type == "REJECT":
                rejection = found[anchor.i]
                if event.recipients and not any(m.actor.country for m in rejection.recipients):
                    # "refused to lift the ban on SIMI": SIMI is refused, not the ban
                    rejection.recipients = list(event.recipients)
                continue
            found[anchor.i] = self._event("REJECT", "120", event.actors, event.recipients, anchor, ctx, doc_id,
                                          sent_index, mode="", context=event.context, confidence=event.confidence)

    def _embedded(self, found: dict[int, Event], ctx: "SentenceContext", doc_id: str, sent_index: int) -> None:
        """Intents, threats and requests take the recipient of the act they announce
        ("threatened to attack X" -> THREATEN X; "agreed to lift sanctions on Iran" ->
        AGREE with Iran), and that act is not asserted: it ranks below its governor.
        "X claimed that Y attacked Z" is an accusation of Y by X, and the attack only
        alleged: not asserted."""
        doc, lex = ctx.doc, self.lex
        dropped: set[int] = set()
        for i, event in list(found.items()):
            if i in dropped:
                continue
            token = doc[i]
            if event.mode == "" and (claim := _claim_over(token)) is not None and not self._speakers_act(claim, event, ctx):
                event.mode = "hypothetical"
            head = _clause_governor(token)
            if head is None:
                continue
            if token.dep_ in ("xcomp", "ccomp") and lemma_in(head, lex.denial_verbs) and event.mode in ("", "historical"):
                event.mode = "negated"  # "denied supplying drones to Russia"
                continue
            lemma = lemma_in(head, lex.intent_heads | lex.threat_heads | lex.claim_verbs | lex.announcing_verbs) or head.lemma_.lower()
            governing = found.get(head.i)
            if event.event_type == "AGREE" and event.mode == "hypothetical" and lemma in lex.desire_heads \
                    and token.dep_ == "xcomp" and not any(c.dep_ == "neg" for c in head.children):
                event.mode = _verb_mode(head)  # "are seeking to deepen ties": the intent is stated
            if governing is not None and governing.event_type == "AGREE" and lemma in lex.committing_verbs \
                    and (event.quad_class or 0) in (2, 4) and token.dep_ in ("xcomp", "pobj") and governing.mode == "" \
                    and {actor_key(m) for m in event.actors} <= {actor_key(m) for m in governing.actors}:
                # "agreed to lift the sanctions on Iran", "pledged to expel X": the material act
                # committed to is the event (planned); a pledge of no coded act, or of a verbal one
                # ("agreed to meet", "agreed to support"), stays an AGREE (CAMEO 036 and the like)
                del found[head.i]
                dropped.add(head.i)
                event.confidence = max(event.confidence, governing.confidence)
                if event.mode in ("", "hypothetical"):
                    event.mode = "planned"
                event.recipients = list(event.recipients)  # only the committed party acts: no mirror
            elif governing is not None and lemma in lex.intent_heads and token.dep_ in ("xcomp", "ccomp", "advcl", "dobj", "pobj"):
                # a demand is made of whoever is to act ("demanding Russia withdraw from
                # Ukraine": Russia); an intent is aimed where its act is
                asked = event.actors if governing.event_type == "REQUEST" and token.dep_ == "ccomp" else event.recipients
                if not governing.recipients and asked:
                    keys = {actor_key(m) for m in governing.actors}
                    governing.recipients = [m for m in asked if actor_key(m) not in keys]
                event.confidence = round(max(0.05, min(event.confidence, governing.confidence) - 0.15), 2)
                if event.mode == "":
                    event.mode = "hypothetical"
            elif governing is None and lemma in lex.threat_heads and token.dep_ == "xcomp" and (event.quad_class or 0) == 4 \
                    and not any(c.dep_ == "neg" for c in head.children):
                found[head.i] = self._head_event(event, head, "THREATEN", "138", ctx, doc_id, sent_index)
            elif governing is None and lemma in lex.threat_heads and token.dep_ == "xcomp" and (event.quad_class or 0) in (1, 2) \
                    and event.event_type != "AGREE" and not any(c.dep_ == "neg" for c in head.children):
                # "wants to help Israel", "plans to meet X": an intent to cooperate (CAMEO 03)
                found[head.i] = self._head_event(event, head, "AGREE", "030", ctx, doc_id, sent_index)
            elif governing is None and lemma in lex.announcing_verbs and token.dep_ == "ccomp" \
                    and ((event.quad_class or 0) in (1, 2) or event.event_type == "ASSAULT") \
                    and event.event_type != "AGREE" and _future_act(token) and not _indirect_question(token) \
                    and self._speakers_act(head, event, ctx):
                # "Israel announced it would free 150 prisoners": an intent (AGREE); "Iran said
                # it would strike US bases": a threat of force (THREATEN; "... if attacked":
                # the planned act itself becomes the threat, in _conditional_threats); the act
                # is planned
                if event.event_type == "ASSAULT":
                    if condition_clause(token) is None:
                        found[head.i] = self._head_event(event, head, "THREATEN", "138", ctx, doc_id, sent_index)
                else:
                    found[head.i] = self._head_event(event, head, "AGREE", "030", ctx, doc_id, sent_index)
                event.mode = "planned"
            elif governing is None and lemma in lex.claim_verbs and token.dep_ == "ccomp" and (event.quad_class or 0) >= 3:
                speakers, _ = ctx.subject_mentions(head)
                speaker_keys = {actor_key(m) for m in speakers}
                accused = [m for m in event.actors if actor_key(m) not in speaker_keys]
                if speakers and accused and len(accused) == len(event.actors):
                    found[head.i] = self._head_event(event, head, "ACCUSE", "112", ctx, doc_id, sent_index,
                                                     actors=speakers, recipients=accused, context=[])

    def _demands(self, found: dict[int, Event], ctx: "SentenceContext", doc_id: str, sent_index: int) -> None:
        """"X said Y must end its attacks", "told X that Y should withdraw": a statement that
        another party must or should act is a demand of that party (CAMEO 100, REQUEST),
        coded on the speech verb; the act demanded stays hypothetical."""
        for clause in ctx.sent:
            speech = clause.head
            if clause.dep_ != "ccomp" or speech.i in found or not self._obliged(clause) \
                    or lemma_in(speech, self.lex.speech_verbs - self.lex.questioning_verbs) is None:
                continue
            subjects = _subjects(clause, ("nsubj",))
            if not subjects or any(s.lower_ in self.lex.third_person_pronouns | self.lex.first_person_pronouns for s in subjects):
                continue  # "X said it must ...": the speaker's own intent, not a demand
            addressees = [m for m in ctx.mentions_of(subjects) or ctx.phrases_of(subjects)
                          if can_act(ctx.doc, m, "REQUEST")]  # not "the economy has to grow"
            speakers, inferred = ctx.subject_mentions(speech)
            keys = {actor_key(m) for m in speakers}
            if not speakers or not addressees or any(actor_key(m) in keys for m in addressees) \
                    or _own_state(speakers, addressees):
                continue
            mode = _verb_mode(speech)
            confidence = _confidence(Sense(event="REQUEST", cameo="100"), _Args(speakers, addressees, inferred),
                                     speakers, addressees, speech, None, mode, sent_index)
            found[speech.i] = self._event("REQUEST", "100", speakers, addressees, speech, ctx, doc_id, sent_index,
                                          mode=mode, context=(), confidence=confidence)

    def _obliged(self, clause: Token) -> bool:
        """A clause of obligation: "Y must act", "Y should act", "Y has to / needs to act"."""
        modals = self.lex.demand_modals
        if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in modals for c in clause.children):
            return True
        if clause.tag_ == "VBD":
            return False  # "said Greece had to speed up": a need told, no demand
        return clause.lemma_.lower() in modals and not any(c.dep_ == "neg" for c in clause.children) and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in clause.children)  # not "don't have to"

    @staticmethod
    def _speakers_act(head: Token, event: Event, ctx: "SentenceContext") -> bool:
        """Whether the embedded act's actors are the speaker's own ("X said it would ...").
        Claiming one's own act ("the Houthis claimed that they had attacked X") is claiming
        responsibility: it reports the act, where a claim about another's only alleges it."""
        speakers = ctx.subject_mentions(head)[0] or ctx.phrases_of(_subjects(head, _SUBJECT_DEPS))
        keys = {actor_key(m) for m in speakers}
        return bool(keys) and {actor_key(m) for m in event.actors} <= keys

    def _conditional_threats(self, found: dict[int, Event], ctx: "SentenceContext", doc_id: str, sent_index: int) -> None:
        """ "X will detain journalists if they publicize ...", "will impose sanctions unless
        Y withdraws", "promised to renew the bombing campaign if talks fail": a future act of
        material conflict on a condition, or a promise of one, is a threat (CAMEO 13; 138
        with force), which is asserted."""
        for i, event in list(found.items()):
            token = ctx.doc[i]
            if event.mode not in ("planned", "") or token.pos_ != "VERB" or not event.actors:
                continue
            # the condition may hang on the verb of the promise ("vowed to attack X if ...")
            heads = [token, token.head] if token.dep_ == "xcomp" else [token]
            condition = next((c for h in heads if (c := condition_clause(h)) is not None), None)
            if condition is None:
                continue
            act = event
            if event.event_type == "AGREE" and lemma_in(token, self.lex.committing_verbs):
                # "promise to renew the bombing campaign if talks fail": the act promised
                inside = {t.i for t in token.subtree} - {t.i for t in condition.subtree}
                act = next((e for j, e in found.items() if j in inside and j != i and (e.quad_class or 0) == 4), None)
            elif event.mode != "planned":
                continue
            if act is None or (act.quad_class or 0) != 4:
                continue
            cameo = "138" if act.event_type == "ASSAULT" else "130"
            found[i] = self._event("THREATEN", cameo, event.actors, event.recipients or act.recipients, token, ctx,
                                   doc_id, sent_index, mode="", context=act.context, confidence=event.confidence)

    def _head_event(self, event: Event, head: Token, event_type: str, cameo: str, ctx: "SentenceContext",
                    doc_id: str, sent_index: int, *, actors: list[Mention] | None = None,
                    recipients: list[Mention] | None = None, context: list[str] | None = None) -> Event:
        """What the head of an embedded event does with it, on the head: an intent ("wants
        to attack X": THREATEN, "plans to help X": AGREE) or a claim ("alleged that X
        attacked": ACCUSE). The embedded event, not asserted by the text, loses some
        confidence."""
        raised = self._event(
            event_type, cameo, event.actors if actors is None else actors,
            event.recipients if recipients is None else recipients, head, ctx, doc_id, sent_index,
            mode=_verb_mode(head), context=event.context if context is None else context,
            confidence=round(min(0.95, event.confidence + 0.05), 2))
        event.confidence = round(max(0.05, event.confidence - 0.15), 2)
        return raised




def _asked(found: dict[int, Event], sent: Span) -> None:
    """Events a question asks about are not told ("US-Russia Summit on the Horizon?",
    "Will Putin meet Trump?"): hypothetical, unless the question takes a past act as
    given ("Why did Russia attack?")."""
    if not sent.text.rstrip(" \"'”’)").endswith("?"):
        return
    for i, event in found.items():
        if event.mode in ("", "planned") and not _past(sent.doc[i]):
            event.mode = "hypothetical"


def _past(trigger: Token) -> bool:
    """The trigger's clause is in the past ("Why did Russia attack?", "Who attacked?")."""
    clause = trigger if trigger.pos_ == "VERB" else trigger.head
    return clause.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lower_ in ("did", "had") for c in clause.children)


def _own_state(speakers: list[Mention], addressees: list[Mention]) -> bool:
    """The speakers speak for a state and the addressees are that state: "Lavrov said
    Russia must respond" is Russia's intent, not a demand of Russia."""
    states = {m.actor.country for m in speakers if m.actor.country and m.actor.sector in _STATE_SECTORS}
    return bool(states) and all(m.actor.country in states and m.actor.sector in _STATE_SECTORS for m in addressees)


def _is_place(token: Token) -> bool:
    """A named place (not a date) or a common noun for one."""
    if token.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    return token.pos_ == "NOUN" and token.lemma_.lower() in lexicon().place_nouns


def _warns_of_danger(verb: Token, actors: list[Mention], recipients: list[Mention], ctx: "SentenceContext") -> bool:
    """A warning that threatens no one (see warning_verbs in verbs.yaml): "warned of
    famine", "warned that a major invasion could begin"; not "warned Russia", "warned of
    consequences", "warned that it would retaliate"."""
    lex = lexicon()
    if verb.pos_ != "VERB" or not lemma_in(verb, lex.warning_verbs) or recipients:
        return False
    dangers = _slot_tokens(verb, "prep:of") + _slot_tokens(verb, "prep:about")
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if any(t.lemma_.lower() in lex.threat_nouns for part in dangers + clauses for t in part.subtree):
        return False
    if dangers:
        return True
    subjects = [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(s.pos_ == "PRON" for s in subjects):
        return False  # "warned it would retaliate": the warner's own act
    own = {actor_key(m) for m in actors} | {m.actor.country for m in actors if m.actor.country}
    # "Russia warned that Russian troops would respond": its own side's act
    return not any(actor_key(m) in own or m.actor.country in own for m in ctx.mentions_of(subjects))


def _without_descriptions(parties: list[Mention], doc: Doc) -> list[Mention]:
    """The parties less those named only inside an apposition that describes another one:
    "travelled to North Macedonia, a NATO member" is a visit to North Macedonia, not to
    NATO. A name that is the apposition itself ("his counterpart, Michel Aoun") stays."""
    if len(parties) < 2:
        return parties
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in parties]
    heads = {span.root.i for span in spans if span is not None}
    kept = []
    for mention, span in zip(parties, spans):
        if span is not None and span.root.dep_ in _PHRASE_MODIFIERS and _describes(span.root, heads):
            continue
        kept.append(mention)
    return kept


def _describes(token: Token, party_heads: set[int]) -> bool:
    """Whether the token lies in an apposition whose head is another party's."""
    while token.head.i != token.i:
        if token.dep_ == "appos":
            return token.head.i in party_heads
        token = token.head
    return False


def _unresolved(token: Token) -> Mention:
    """A party no actor entry knows, by the words of its head ("Katanga", "the town")."""
    return Mention(text=token.text, start=token.idx, end=token.idx + len(token.text),
                   actor=Actor(name=None, country=None, resolved=False))


def _as_city(mention: Mention) -> Mention:
    """A capital attacked is the city, not its government ("shelled Kyiv": UKR)."""
    if mention.actor.sector == "GOV" and any(e.kind == "capital" for e in get_kb().lookup(mention.text)):
        return _as_place(mention)
    return mention


def _as_place(mention: Mention) -> Mention:
    """A place named as a party: its country, not its government or other sector."""
    actor = mention.actor
    entry_id = f"country:{actor.country}" if actor.country else actor.entry_id
    return replace(mention, actor=replace(actor, sector=None, role_title=None, entry_id=entry_id))


def _weapons_test(trigger: Token, recipients: list[Mention], doc: Doc, lex: Lexicon) -> bool:
    """ "launched a missile test", "fired a missile into the sea": a weapon tested or fired
    into open water shows force (CAMEO 150) and attacks no one."""
    if any(o.lemma_.lower() in lex.weapon_test_nouns for o in _slot_tokens(trigger, "dobj")):
        return True
    return bool(recipients) and all(_open_water(_mention_root(doc, m), lex) for m in recipients)


def _open_water(head: Token | None, lex: Lexicon) -> bool:
    if head is not None and head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head  # "the Sea of Japan"
    return head is not None and head.lemma_.lower() in lex.open_waters


def _mention_root(doc: Doc, mention: Mention) -> Token | None:
    """The syntactic head of a mention's words (None when they do not align to tokens)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None else None


def _placed(parties: list[Mention], place: list[Mention]) -> list[Mention]:
    """The recipients once the place of the event is known: an unnamed party ("attacked
    an army camp in Kabul", "stabbed two people in London") keeps its words and takes the
    place's country, not its sector (the people are not the capital's government); with
    no party the place itself is the recipient."""
    if not place or parties and not place[0].actor.country:
        return parties  # an unnamed place adds nothing to a party the clause names
    if len(parties) == 1 and parties[0].actor.name is None:
        party = parties[0]
        if get_kb().serves_abroad(party.text):
            return parties  # "kidnapped peacekeepers in the Golan": not Syria's
        return [replace(party, actor=Actor(name=None, country=place[0].actor.country, resolved=False))]
    # where it happens, not the capital's government ("protested in Paris": FRA)
    return [_as_place(m) for m in place]


def _sitting(args: "_Args") -> bool:
    """ "The Senate was to meet on Monday": a legislature meeting on its own sits; it
    consults nobody."""
    return not args.recipients and bool(args.actors) and all(
        m.actor.sector == "LEG" and not (m.actor.entry_id or "").startswith("person:") for m in args.actors)


def _mirrored(event: Event) -> list[Event]:
    """Symmetric events (meet, talk, negotiate, cooperate, agree with, clash) are coded
    in both directions, as the CAMEO/PETRARCH gold codes them: "A met B" is A->B and
    B->A; "A, B and C met" gives each party -> the others; "A met B and C" gives B->A
    and C->A. Only between known countries (a dyad needs both sides), and one step less
    confident than the event as written."""
    if not event.recipients or event.mode == "negated":
        return []
    parties = event.actors + event.recipients
    if not all(m.actor.country for m in parties):
        return []
    # co-subjects act with everyone ("A, B and C met"); the parties an actor met in turn
    # met that actor only ("Mitsotakis met the IMF, then Trump": the IMF did not meet Trump)
    trigger = event.evidence.trigger_start
    co_subjects = trigger is None or all(m.start < trigger for m in event.recipients)
    out = []
    for k in range(len(event.actors), len(parties)):
        others = [m for j, m in enumerate(parties) if j != k and (co_subjects or j < len(event.actors))]
        out.append(Event(
            event_type=event.event_type, actors=[parties[k]], recipients=others, evidence=event.evidence,
            mode=event.mode, context=list(event.context), cameo=event.cameo, goldstein=event.goldstein,
            quad_class=event.quad_class, confidence=round(max(0.05, event.confidence - 0.05), 2)))
    return out


def _future_act(verb: Token) -> bool:
    """A clause stating what its subject will do ("it would free", "they will release")."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.pos_ == "VERB" and bool(aux & (lexicon().future_aux | {"would", "'d"})) and not any(c.dep_ == "neg" for c in verb.children)


def _indirect_question(clause: Token) -> bool:
    """ "did not announce whom they would support": a question, no intent stated."""
    return any(c.tag_ in ("WP", "WP$", "WRB", "WDT") or (c.dep_ == "mark" and c.lower_ in ("whether", "if"))
               for c in clause.children)


def _result_clause(token: Token) -> bool:
    """ "bombarded X, killing eight people": a participial clause of the attack's result."""
    return token.pos_ == "VERB" and token.tag_ == "VBG" and token.dep_ == "advcl" and \
        not any(c.dep_ in ("nsubj", "mark") for c in token.children)


def _one_sided(noun: Token, light_verbs) -> bool:
    """ "X engaged Y in a firefight", "X engaged in a firefight with Y": the subject attacks;
    "X and Y clashed" and "clashes between X and Y" stay mutual."""
    if noun.pos_ == "VERB" or _slot_tokens(noun, "prep:between"):
        return False
    light = _light_verb(noun, light_verbs)
    if light is None or not _subjects(light, ("nsubj",)):
        return False
    return any(o.i != noun.i for o in _slot_tokens(light, "dobj")) or \
        bool(_slot_tokens(noun, "prep:with") or _slot_tokens(light, "prep:with"))


def _mishap(token: Token, ctx: "SentenceContext") -> bool:
    """A crash, flood or disaster named as the doer: no one's act. Fire is an attack when
    someone's ("Israeli fire")."""
    if token.lemma_.lower() not in lexicon().mishap_nouns:
        return False
    return token.lemma_.lower() != "fire" or not ctx.mentions_of([token])


def _reduced_relative(verb: Token, sense: Sense) -> bool:
    """ "The civilians imprisoned for ... were released", parsed with "imprisoned" as the
    main verb and "were released" its subjectless passive conjunct: "imprisoned" modifies
    its "subject", which does not act. Only for senses whose target is the object."""
    if not sense.recipient or sense.recipient[0] != "dobj" or verb.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass") for c in verb.children) or not _subjects(verb, ("nsubj",)):
        return False
    return any(c.dep_ == "conj" and any(g.dep_ == "auxpass" for g in c.children)
               and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in verb.children)


def _claim_over(token: Token) -> Token | None:
    """The verb claiming or alleging the token's clause ("a report alleged that the French
    military helped to carry out killings"), if any."""
    for ancestor in [token, *token.ancestors]:
        if ancestor.dep_ == "ccomp" and lemma_in(ancestor.head, lexicon().claim_verbs):
            return ancestor.head
    return None


def _clause_governor(token: Token) -> Token | None:
    """The verb whose complement this trigger's clause is ("agreed to *lift*",
    "threatened *attacks*", "claimed that ISIL had *attacked*")."""
    if token.dep_ in ("xcomp", "ccomp"):
        return token.head
    if token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return token.head
    if token.dep_ == "dobj":  # "threatened retaliation", "offered talks"
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ in ("to", "for"):
        return token.head.head
    return None


# -- the sentence context: mentions by token, argument expansion -------------------------
class SentenceContext:
    def __init__(self, doc: Doc, sent: Span, by_token: dict[int, Mention], mentions: Sequence[Mention],
                 quotes: Sequence[Quote] = (), *, need_actor: bool = True):
        self.lex = lexicon()
        self.doc = doc
        self.sent = sent
        self.by_token = by_token
        self.mentions = mentions
        self.quotes = quotes
        self.need_actor = need_actor  # an event needs an actor the text names (see EventCoder.code)

    def quoted_speaker(self, token: Token) -> list[Mention]:
        """ "We warn against endless discussions," Lavrov said: "we" is the speaker."""
        for quote in self.quotes:
            if quote.kind == "direct" and quote.speaker and quote.start <= token.idx < quote.end:
                return [quote.speaker]
        return []

    def mentions_of(self, heads: Iterable[Token]) -> list[Mention]:
        """The actor mentions named by argument heads, in text order, one per actor."""
        found: list[Mention] = []
        heads = list(heads)
        stack = list(heads)
        while stack:
            for token in _argument_tokens(stack.pop(0)):
                mention = self.by_token.get(token.i)
                if mention is not None and mention not in found:
                    found.append(mention)
                    stack.extend(self._conjuncts_inside(mention))
        if found:
            found += self._unnamed_conjuncts(heads)
        return _one_per_actor(sorted(self._without_apposed_titles(self._without_home_states(found)), key=lambda m: m.start))

    def _without_home_states(self, mentions: list[Mention]) -> list[Mention]:
        """A country named as the possessor of its own group or person is where they are
        from, not a second party: "Yemen's Houthi rebels" is one party, the Houthis;
        "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin" are two."""
        def home_state(m: Mention) -> bool:
            owner = _mention_root(self.doc, m)
            owned = None
            if owner is not None and owner.dep_ == "poss":
                owned = self.by_token.get(owner.head.i)
            elif owner is not None:
                owned = self._placing_party(owner)
            return owned is not None and owned is not m and owned in mentions and owned.actor.country == m.actor.country \
                and m.actor.sector is None and owned.actor.sector is not None
        return [m for m in mentions if not home_state(m)]

    def _placing_party(self, token: Token) -> Mention | None:
        """The party a place phrase belongs to: "Buhari of Nigeria", "the police in
        Kamloops, British Columbia, Canada" (Canada only says where the police are)."""
        through_prep = False
        while token.dep_ in ("conj", "appos", "pobj", "prep") and token.head.i != token.i:
            through_prep = through_prep or token.dep_ == "prep"
            token = token.head
            if through_prep and token.i in self.by_token:
                return self.by_token[token.i]
        return None

    def _unnamed_conjuncts(self, heads: Sequence[Token]) -> list[Mention]:
        """The unknown parties conjoined with known ones: "sanctions on Rusal and other
        companies linked to Deripaska" names both."""
        conjuncts = {t.i: t for h in heads for t in _argument_tokens(h) if t.dep_ == "conj" and _conjoined_party(t, h)
                     and not any(a.i in self.by_token for a in _argument_tokens(t))}
        return [m for c in conjuncts.values() for m in self.phrases_of([c])]

    def _without_apposed_titles(self, mentions: list[Mention]) -> list[Mention]:
        """A title in apposition to a named person describes that person, whoever holds
        the office today: "Blinken, the chief of US diplomacy" is one party, Blinken."""
        people = {self.by_token.get(t.i) for m in mentions if is_person(m) for t in self._tokens(m)}
        return [m for m in mentions if is_person(m) or not any(
            t.dep_ == "appos" and self.by_token.get(t.head.i) in people for t in self._tokens(m))]

    def _tokens(self, mention: Mention) -> list[Token]:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return list(span) if span is not None else []

    def _conjuncts_inside(self, mention: Mention) -> list[Token]:
        """Conjuncts hanging on a mention's inner tokens: the parser may head "Barack
        Obama and Vladimir Putin" with "Barack", leaving Putin under "Obama"."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return []
        return [c for t in span for c in t.children if c.dep_ == "conj" and c.i not in range(span.start, span.end)]

    def phrases_of(self, heads: Iterable[Token]) -> list[Mention]:
        """Unresolved parties: the short noun phrases of argument heads that name no known
        actor ("militants", "a car bomb", "the rebel-held enclave"). Their actor has no
        name and no country; they carry the event's roles and the words that filled them."""
        found: list[Mention] = []
        for head in heads:
            for quantity in [head, *_conjuncts(head)]:
                token = _quantified(quantity)
                if (owner := _owner(token) or act_maker(token)) is not None:
                    if owner.i in self.by_token:  # "denied charges by the U.S. Chamber of Commerce"
                        found.append(self.by_token[owner.i])
                        continue
                    quantity = token = owner
                if token.pos_ not in ("NOUN", "PROPN") or token.lower_ in self.lex.not_party_words and token.lower_ not in self.lex.not_party_exempt:
                    continue
                if token.ent_type_ in _NOT_PARTY_ENTS and not self._crowd(token):
                    continue
                if token.i in self.by_token:
                    continue
                left = min([quantity.i] + [c.left_edge.i for c in quantity.lefts if c.dep_ in _PHRASE_DEPS])
                right = max([token.i] + [c.i for c in token.rights if c.dep_ in ("compound", "nummod")])
                span = self.doc[left : right + 1]
                found.append(Mention(text=span.text, start=span.start_char, end=span.end_char,
                                     actor=self._owned(token) or self._whose(token) or Actor(name=None, country=None, resolved=False)))
        return _one_per_actor(found)

    def _whose(self, noun: Token) -> Actor | None:
        """ "Trump supporters", "opponents of Rwanda's Senate", "the son of Osama bin
        Laden": the people a follower or kin noun names are of the country of the party
        they follow or descend from; unresolved, with no sector (they are not that party)."""
        if noun.lemma_.lower() not in self.lex.follower_nouns:
            return None
        whose = [c for c in noun.children if c.dep_ in ("compound", "poss")]
        whose += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in self.lex.naming_preps for g in c.children
                  if g.dep_ == "pobj"]
        countries = [m.actor.country for m in self.mentions_of(whose) if m.actor.country]
        return Actor(name=None, country=countries[0], resolved=False) if countries else None

    def _crowd(self, token: Token) -> bool:
        """ "Thousands protested": a plural size with no counted noun names people."""
        return token.tag_ == "NNS" and token.lemma_.lower() in self.lex.crowd_quantities and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in token.children)

    def _owned(self, noun: Token) -> Actor | None:
        """ "Russia said its forces shelled Kharkiv": an agent noun ("forces", "government")
        owned by "its"/"their" is of the country the sentence names before it, when it names
        only one ("Russia accused Ukraine of shelling its forces" stays unknown); unresolved
        (no name), with the noun's sector."""
        if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children):
            return None
        agents = get_kb().agents
        sector = agents.get(noun.lower_) or agents.get(noun.lemma_.lower())
        if sector is None:
            return None
        owners = {m.actor.country for m in self.mentions if self.sent.start_char <= m.start < noun.idx and m.actor.country}
        return Actor(name=None, country=owners.pop(), sector=sector, resolved=False) if len(owners) == 1 else None

    def subject_heads(self, verb: Token) -> list[Token]:
        """The subject tokens of a verb or of the clause it shares its subject with."""
        seen: set[int] = set()
        current: Token | None = verb
        while current is not None and current.i not in seen:
            seen.add(current.i)
            subjects = _subjects(current, _SUBJECT_DEPS)
            if subjects and _reported_by_speaker(current, subjects, self.lex.speech_verbs):
                current = current.head  # "X says it is providing aid": X
                continue
            if subjects:
                return [] if all(s.lower_ in self.lex.third_person_pronouns or s.tag_ in ("WDT", "WP") for s in subjects) else subjects
            if current is not verb and _subjects(current, ("nsubjpass",)):
                return []  # "were killed, shelling": the clause's patient does not act
            if current.dep_ == "relcl" and current.head.pos_ in ("NOUN", "PROPN"):
                return [current.head]
            if self._object_controlled(current):
                return _slot_tokens(current.head, "dobj")
            current = _governor(current)
        return []

    def subject_mentions(self, verb: Token) -> tuple[list[Mention], bool]:
        """The verb's subject's mentions; inherited from a governing clause when the
        subject is missing (conjoined or controlled verbs) or a pronoun (reported speech)."""
        seen: set[int] = set()
        current: Token | None = verb
        pronoun: Token | None = None
        reported: Token | None = None  # the pronoun that stands for the speaker
        link = verb
        while current is not None and current.i not in seen:
            seen.add(current.i)
            # a passive governor's patient acts in a passive or controlled clause ("was
            # arrested and jailed", "be allowed to question"), not in an active adjunct
            # ("were killed, shelling ...")
            inherits_patient = current is not verb and (verb.tag_ == "VBN" or link.dep_ == "xcomp")
            deps = (*_SUBJECT_DEPS, "nsubjpass") if inherits_patient else _SUBJECT_DEPS
            subjects = _subjects(current, deps)
            if not inherits_patient and current is not verb and _subjects(current, ("nsubjpass",)):
                return [], pronoun is not None
            found = self.mentions_of(subjects) or self._first_person(subjects) or self._relative(current, subjects)
            if found and reported is not None and not _pronoun_agrees(reported, found):
                return [], True
            if found:
                return found, pronoun is not None or found != self.mentions_of(subjects)
            if subjects and not all(s.lower_ in self.lex.third_person_pronouns for s in subjects):
                return [], pronoun is not None
            if subjects and _reported_by_speaker(current, subjects, self.lex.speech_verbs):
                reported = subjects[0]
                link, current = current, current.head  # the speaker is no guess
                continue
            pronoun = pronoun or (subjects[0] if subjects else None)
            if current.dep_ == "acl" and (authors := self._authors(current.head)):
                return authors, True  # "blocked an EU statement criticizing China": the EU criticises
            controller = self._object_controller(current)
            if controller:
                return controller, pronoun is not None
            if self._object_controlled(current):
                return [], pronoun is not None  # "encouraged allies to restrict X": the allies, unnamed
            link, current = current, _governor(current)
        if pronoun is not None and pronoun.lower_ in ("he", "she"):
            return self.antecedent(pronoun), True
        return [], pronoun is not None

    def _authors(self, noun: Token) -> list[Mention]:
        """The actors named as the makers of a thing that acts ("an EU statement", "Russia's
        resolution", "a UN report"), not the thing itself."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.lex.authored_nouns:
            return []
        return self.mentions_of([c for c in noun.children if c.dep_ in ("compound", "poss", "amod", "nmod")])

    def _relative(self, clause: Token, subjects: list[Token]) -> list[Mention]:
        """ "the US airstrike that killed Soleimani", "Christie, who denounced the claims":
        a relative pronoun stands for the actor its clause describes (a known one only)."""
        if clause.dep_ != "relcl" or not subjects or not all(_relative_pronoun(s) for s in subjects):
            return []
        return self.mentions_of([clause.head])

    def _first_person(self, subjects: list[Token]) -> list[Mention]:
        first = [s for s in subjects if s.lower_ in self.lex.first_person_pronouns]
        return self.quoted_speaker(first[0]) if first else []

    def _object_controlled(self, verb: Token) -> bool:
        """ "encouraged allies to restrict X": the object does the infinitive's act; not
        an instrument ("used Instagram to thank supporters": the user thanks)."""
        return verb.dep_ == "xcomp" and bool(_slot_tokens(verb.head, "dobj")) \
            and not lemma_in(verb.head, self.lex.subject_control_verbs)

    def _object_controller(self, verb: Token) -> list[Mention]:
        """ "called on X to hold talks", "urged X to leave": X is the infinitive's subject."""
        if verb.dep_ != "xcomp" or lemma_in(verb.head, self.lex.subject_control_verbs):
            return []
        head = verb.head
        return self.mentions_of(_slot_tokens(head, "dobj") + _slot_tokens(head, "prep:on"))

    def antecedent(self, token: Token) -> list[Mention]:
        return antecedent(self.doc, token, self.mentions, self.by_token)

    def object_antecedent(self, verb: Token, slots: Sequence[str], actors: Sequence[Mention]) -> list[Mention]:
        """The person a "him"/"her" object refers to: "Trump called Erdogan and urged him
        to ..." -> Erdogan; the nearest person named before it in the sentence who is not
        the verb's own actor."""
        pronouns = [t for slot in slots if slot in ("dobj", "dative") for t in _slot_tokens(verb, slot)
                    if t.lower_ in ("him", "her")]
        if not pronouns:
            return []
        excluded = {actor_key(m) for m in actors}
        for mention in reversed(self.mentions):
            if self.sent.start_char <= mention.start < pronouns[0].idx and is_person(mention) \
                    and actor_key(mention) not in excluded:
                return [mention]
        return self._main_subject_after(verb, excluded)

    def _main_subject_after(self, verb: Token, excluded: set) -> list[Mention]:
        """A pronoun in a clause before the main one may name the main clause's subject:
        "when Poland denied him entry, Lavrov attended" -> Lavrov (one person only)."""
        root = self.sent.root
        if verb.i >= root.i:
            return []
        people = [m for m in self.mentions_of(_subjects(root, ("nsubj",)))
                  if is_person(m) and actor_key(m) not in excluded and m.start > verb.idx]
        return people if len(people) == 1 else []

    def discourse_actor(self, token: Token, exclude: Sequence[Mention]) -> list[Mention]:
        """The nearest person-like actor mentioned before this sentence (the topic)."""
        excluded = {actor_key(m) for m in exclude}
        for mention in reversed(self.mentions):
            if mention.start >= self.sent.start_char:
                continue
            if mention.start < self.sent.start_char - 600:
                break
            if actor_key(mention) not in excluded and mention.actor.name and is_person(mention):
                return [mention]
        return []


def _argument_tokens(head: Token) -> list[Token]:
    """The head and the tokens reachable from it over name-building dependencies."""
    lex = lexicon()
    out, stack = [], [head]
    while stack:
        token = stack.pop()
        out.append(token)
        followed = token.pos_ == "NOUN" and token.lemma_.lower() in lex.follower_nouns  # "Trump supporters"
        stack.extend(c for c in token.children if (c.dep_ in _ARG_DEPS and not (followed and c.dep_ in ("compound", "poss"))
                                                   and not (c.dep_ == "amod" and c.lower_ in lex.backer_participles))
                     or (c.dep_ == "prep" and c.lower_ in lex.naming_preps))
        stack.extend(c for c in token.children if c.dep_ == "pobj" and token.lower_ in lex.naming_preps
                     and token.head.lemma_.lower() not in lex.excluding_nouns | lex.follower_nouns)
    return sorted(out, key=lambda t: t.i)


def _conjoined_party(conjunct: Token, head: Token) -> bool:
    """Whether a conjunct is coordinated with the argument itself ("Rusal and other
    companies"), or its apposition, not with a modifier inside it ("Police and Crime
    Commissioner", "Kurdish and Sunni members")."""
    first = conjunct
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.i == head.i or first.dep_ == "appos"


def _hyphenated(token: Token, table) -> str | None:
    """The lemma of a hyphenated word the tokenizer split: "cease-fire" is "cease", "-",
    "fire", which is no fire."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-":
        return None
    word = f"{doc[token.i - 2].lower_}-{token.lemma_.lower()}"
    return word if word in table else None


def lemma_in(token: Token, table) -> str | None:
    """The token's lemma if ``table`` has it, else a regular-inflection guess that it has:
    the small English model mis-lemmatises some verbs ("staged" -> "stag")."""
    lemma = token.lemma_.lower()
    if lemma in table:
        return lemma
    word = token.lower_
    guesses = [word]
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("es", ""), ("s", ""),
                         ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)] + repl
            guesses.append(stem)
            if repl == "" and len(stem) > 3 and stem[-1] == stem[-2]:
                guesses.append(stem[:-1])  # "stopped" -> "stop"
    return next((g for g in guesses if g in table), None)


def _governor(token: Token) -> Token | None:
    """The clause whose subject this verb shares (conjunction, control, participle, relative)."""
    if token.dep_ == "conj" and token.tag_ in ("VBD", "VBZ") and token.head.dep_ == "xcomp" and token.head.tag_ == "VB":
        # "urged the embassy to reconsider and spoke with Pompeo": a finite verb is no
        # conjunct of the infinitive, whatever the parse says, but of the verb above it
        return token.head.head
    if token.dep_ == "pcomp" and token.head.lower_ == "by" and token.head.dep_ == "prep" and token.head.head.pos_ in ("VERB", "AUX"):
        return token.head.head  # the means of an act: "continues its efforts by donating supplies"
    if token.dep_ in ("conj", "xcomp", "advcl", "ccomp", "pcomp", "acomp"):
        return token.head
    if token.dep_ == "relcl":
        return None
    if token.dep_ == "acl" and token.head.dep_ in ("dobj", "attr", "pobj") and token.tag_ != "VBN":
        # "fired missiles targeting X" shares its subject; "commemorate those killed in
        # the crash" does not: a passive participle's noun is its patient
        return token.head.head
    return None


def _is_date(token: Token) -> bool:
    """ "on Tuesday", not "with Syrian President Bashar Assad Tuesday" (parsed as one noun)."""
    return token.ent_type_ in ("DATE", "TIME") and all(t.ent_type_ in ("DATE", "TIME", "") for t in token.subtree)


def _reported_by_speaker(clause: Token, subjects: list[Token], speech_verbs: frozenset[str]) -> bool:
    """ "X says it will ...", "X announced they would ...": the pronoun is the speaker."""
    return clause.dep_ == "ccomp" and all(s.lower_ in ("it", "they", "we") for s in subjects) \
        and lemma_in(clause.head, speech_verbs | {"announce"}) is not None


def _pronoun_agrees(pronoun: Token, speakers: list[Mention]) -> bool:
    """A plural pronoun does not stand for one state named by its name: in "The US
    claimed that they had attacked Iraq" someone else attacked."""
    return not (pronoun.lower_ == "they" and len(speakers) == 1 and _names_state(speakers[0]))


def _names_state(mention: Mention) -> bool:
    """The mention is a state's name alone ("the US"): the knowledge base's country entry
    itself, not a seat ("Washington"), a body, a person or a bloc ("the West")."""
    return mention.actor.entry_id == f"country:{mention.actor.country}"


def _owner(noun: Token) -> Token | None:
    """ "questioned the President's power", "criticized the House's decision": a thing a
    named party or an institution owns stands for that party, the one acted on."""
    kb = get_kb()
    if noun.pos_ != "NOUN" or names_people(noun) or kb.agents.get(noun.lemma_.lower()):
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and (
        c.pos_ == "PROPN" or kb.agents.get(c.lemma_.lower()) or kb.titles.get(c.lower_))), None)


def _quantified(token: Token) -> Token:
    """The counted noun of a quantity: "dozens of demonstrators" -> demonstrators."""
    if token.lower_ in lexicon().not_party_words or token.ent_type_ not in ("CARDINAL", "QUANTITY") and \
            token.lemma_.lower() not in ("dozen", "hundred", "thousand", "score", "number"):
        return token  # "one of the goals" is no party
    counted = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return counted[0] if counted else token


def _is_passive(verb: Token) -> bool:
    """A passive clause: with a passive subject, or a participle with a passive
    auxiliary or a "by" agent ("the missiles fired by X", "were released by Y")."""
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return True
    if verb.tag_ != "VBN":
        return False
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "aux") for c in verb.children) and _is_passive(verb.head):
        return True  # "was tortured and killed": both passive
    return verb.dep_ in ("acl", "conj") and any(c.dep_ in ("agent", "auxpass") for c in verb.children)


def _subjects(verb: Token, deps: Sequence[str]) -> list[Token]:
    """The verb's subjects. The parser sometimes hangs them on an auxiliary ("X however
    have opposed") or, taking the subject noun for the root, makes the verb its
    participle ("The Iraqi air force carried out strikes": "carried" an acl of "force")."""
    found = [c for c in verb.children if c.dep_ in deps and not _vocative(c)]
    found = found or [g for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ in deps]
    if not found and "nsubj" in deps and verb.dep_ == "acl" and _misread_root(verb.head) and verb.head.pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_ == "agent" for c in verb.children) \
            and (_slot_tokens(verb, "dobj") or verb.tag_ in ("VBD", "VBZ", "VBP")):  # a finite verb is no participle
        found = [verb.head]
    if not found and "nsubj" in deps:
        found = [c for c in verb.children if _misread_subject(c, verb)]
    return found


def _acts_suffered_in(verb: Token, event_type: str, lex: Lexicon) -> list[Token]:
    """The acts of the verb's type its patients suffered "in", which do the verb when the
    passive names no agent ("four children were killed in Israeli shelling"; "in the
    attack" names no one)."""
    return [t for t in _slot_tokens(verb, "prep:in")
            if (lemma := lemma_in(t, lex.nouns)) and any(s.event == event_type for s in lex.nouns[lemma])]


def _verbs_done_by(noun: Token) -> list[Token]:
    """The verbs whose subject the noun is, also where the parser read the verb as the
    noun's participle ("airstrikes killed 30 people, officials said"), and the passive
    verbs whose patients suffered it ("were killed in Israeli shelling")."""
    verbs = [noun.head] if noun.dep_ == "nsubj" else []
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and _is_passive(noun.head.head) \
            and not _slot_tokens(noun.head.head, "agent"):
        verbs.append(noun.head.head)
    verbs += [c for c in noun.children if c.dep_ == "relcl" and any(g.dep_ == "nsubj" and _relative_pronoun(g) for g in c.children)]
    return verbs + [c for c in noun.children if c.dep_ == "acl" and noun in _subjects(c, ("nsubj",))]


def _relative_pronoun(token: Token) -> bool:
    """ "that", "which", "who" opening a relative clause."""
    return token.tag_ in ("WDT", "WP")


def _misread_root(noun: Token) -> bool:
    """A noun the parser made the root, or a second subject of the verb after it ("Israeli
    airstrikes killed 30 people, officials said": "killed" read as a participle of
    "airstrikes", itself a subject of "said" beside "officials")."""
    return noun.dep_ == "ROOT" or noun.dep_ == "nsubj" and any(
        c.dep_ == "nsubj" and c.i != noun.i for c in noun.head.children)


def _misread_subject(token: Token, verb: Token) -> bool:
    """ "USAID provided aid": the small parser reads a sentence-initial acronym before a
    subjectless verb as an adverb; it is the subject."""
    return token.dep_ in ("advmod", "npadvmod", "dep") and token.i == token.sent.start and token.i < verb.i \
        and len(token.text) > 1 and token.text.isupper() and token.is_alpha


def _vocative(token: Token) -> bool:
    """ "Dr. Vance, thank you for joining us", "“Sergey Viktorovich,” Putin said": a name
    set off by a comma at the start of a sentence or quote, followed by a closing quote or
    by a clause spoken to "you", is the one addressed, not a subject."""
    if token.pos_ != "PROPN" or token.dep_ not in ("nsubj", "npadvmod", "nsubjpass"):
        return False
    doc, sent = token.doc, token.sent
    words = [t for t in token.subtree if not t.is_punct]  # the comma may hang on the name
    if not words:  # a "name" the tagger made of punctuation
        return False
    start, end = words[0].i, words[-1].i
    before = doc[sent.start:start]
    if any(not (t.is_punct or t.dep_ == "meta" or t.is_quote) for t in before):
        return False  # not at the start of the sentence or of a quote
    if end + 1 >= sent.end or doc[end + 1].lower_ != ",":
        return False
    after = doc[end + 2] if end + 2 < sent.end else None
    if after is not None and after.is_quote and after.tag_ == "''":
        return True  # "“Sergey Viktorovich,” Putin formally addressed Lavrov"
    verb = token.head
    return any(c.lower_ in ("you", "your", "yourself", "yourselves") and c.dep_ in ("nsubj", "dobj", "dative", "poss")
               for c in verb.children)


def _slot_tokens(head: Token, slot: str, ctx: "SentenceContext | None" = None) -> list[Token]:
    if slot == "nsubj":
        return [c for c in head.children if c.dep_ == "nsubj"]
    if slot == "ccomp_subject":  # "alleged that France was aware": France
        return [g for c in head.children if c.dep_ == "ccomp" for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    if slot == "dobj":  # the parser may split "his counterpart President X" into two objects
        return [c for c in head.children if c.dep_ == "dobj"] or [c for c in head.children if c.dep_ == "oprd"][:1]
    if slot == "dative":
        return [c for c in head.children if c.dep_ == "dative"]
    if slot == "agent":
        return [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if slot == "poss_of_object":
        return [g for c in head.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "poss"]
    if slot == "xcomp_object":  # "refused to join the NATO exercises": NATO; "refused to meet Blinken"
        objects = [g for c in head.children if c.dep_ == "xcomp" for g in _slot_tokens(c, "dobj")]
        return objects + [g for o in objects for g in o.children if g.dep_ in ("compound", "poss")]
    if slot == "object_modifier":  # "denied the Russian diplomat entry", parsed as one object
        return [g for c in head.children if c.dep_ == "dobj" for g in c.children if g.dep_ in ("compound", "poss")]
    if slot.startswith("prep:"):
        word = slot[5:]
        return [g for c in head.children if c.dep_ in ("prep", "prt", "agent", "dative") and c.lower_ == word
                for g in c.children if g.dep_ in ("pobj", "pcomp") and not _is_date(g)]
    return []


def _aim_tokens(heads: list[Token], event_type: str) -> list[Token]:
    """Whom an event with no recipient of its own is aimed at: the object of its purpose
    ("sent aid to help North Korea", "donated ventilators to assist Ethiopia") or what
    its "for" phrase is against ("mobilized troops for a battle against X", "called for
    sanctions against X")."""
    places = heads + [o for h in heads for o in _slot_tokens(h, "dobj")]
    if event_type in ("ASSAULT", "COERCE"):  # "used tear gas to disperse protesters"
        found = [o for v in _purposes(places, lexicon().force_purpose_verbs) for o in _slot_tokens(v, "dobj")]
        if found:
            return found
    if event_type == "PROTEST":  # "began a hunger strike to protest against the authorities"
        purposes = _purposes(places, lexicon().protest_purpose_verbs)
        found = [o for v in purposes for slot in ("dobj", "prep:against") for o in _slot_tokens(v, slot)]
        if found:
            return found
    if event_type in ("AID", "MOBILIZE"):  # "sent aid to help X", "agreed to send troops to help X"
        purposes = _purposes(places, lexicon().aid_purpose_verbs)
        found = [o for v in purposes for o in _slot_tokens(v, "dobj")]
        # "sent aid to help North Korea cope with the floods"
        found += [g for v in purposes for c in v.children if c.dep_ in ("ccomp", "xcomp") for g in c.children
                  if g.dep_ == "nsubj"]
        # "sent supplies and personnel such as doctors to Nepal": the destination the
        # parser hung inside the object
        found = found or [g for o in places[len(heads):] for t in o.subtree if t.dep_ == "prep" and t.lower_ == "to"
                          and t.head.i != o.i for g in t.children if g.dep_ == "pobj"]
        if found:
            return found
    aims = [g for h in places for g in _slot_tokens(h, "prep:for") if g.pos_ == "NOUN"]  # not "jailed for acting against"
    aims += [c for a in aims for c in a.children if c.dep_ == "conj" and c.pos_ == "NOUN"]  # "for order and peace"
    against = [t for a in aims for slot in ("prep:against", "prep:on") for t in _slot_tokens(a, slot)]
    # "called for reform in Ukraine": the country where the change is sought (not a
    # region: "cooperation in the Eastern Mediterranean" names no party)
    return against or [t for a in aims for t in _slot_tokens(a, "prep:in") if t.ent_type_ == "GPE"]


def _purposes(heads: list[Token], verbs: frozenset[str]) -> list[Token]:
    """The "to"-infinitive clauses of these verbs on the heads: what the act is done for."""
    return [c for h in heads for c in h.children if c.dep_ in ("advcl", "xcomp", "acl", "relcl")
            and c.lemma_.lower() in verbs and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _measure_targets(verb: Token) -> list[Token]:
    """Whom the measure a verb acts on is aimed at, when its own preposition is not one the
    sense names: "lifted its blockade of Yemen", "eased sanctions against Burma",
    "cancelled a visit to Washington", "suspended a tax on U.S. companies"."""
    return [g for o in _slot_tokens(verb, "dobj") for c in o.children
            if c.dep_ == "prep" and c.lower_ in lexicon().measure_preps for g in c.children if g.dep_ == "pobj" and not _is_date(g)]


def _nested_prep_tokens(head: Token, slot: str) -> list[Token]:
    """A preposition that belongs to the trigger but hangs elsewhere in the parse:
    on the object ("lift the sanctions on Iran", "signed an agreement with the EU"), on a
    participle ("a ban imposed on Chadian citizens"), or on the first of conjoined nominal
    triggers ("air and artillery strikes on X")."""
    if head.pos_ in ("VERB", "AUX"):
        objects = [o for obj in _slot_tokens(head, "dobj") for o in (obj, *obj.conjuncts)]
        holders = objects + [c for o in objects for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        # "withdrew the batch of 200 peacekeepers from Liberia", "sent a team of experts to Alabama"
        holders += [g for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]
        # "returned a painting that was stolen in 1989 to the Art Loss Register"
        holders += [c for o in objects for c in o.children if c.dep_ == "relcl"]
        # "advised against travel to Tunisia"
        holders += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "against" for g in c.children if g.dep_ == "pobj"]
    else:
        holders = [c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        if head.dep_ in ("conj", "compound") and head.head.pos_ in ("NOUN", "PROPN"):
            holders.append(head.head)  # "air and artillery strikes on X", "a mediation effort between X and Y"
        # "the suspension of air links with 21 countries"
        holders += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if slot == "prep:of":  # "a boycott of the University of the Streets": the first "of" only
        return next((found for h in holders if (found := _slot_tokens(h, slot))), [])
    return [t for h in holders for t in _slot_tokens(h, slot)]


def _verb_sense_holds(verb: Token, sense: Sense, ctx: SentenceContext) -> bool:
    # "by" may be read as an agent ("spoke by phone")
    if sense.prep and not any(c.dep_ in ("prep", "prt", "dative", "agent") and c.lower_ == sense.prep and
                              not any(g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in verb.children) \
            and not (sense.prep == "to" and "prep:to" in sense.recipient and _nested_prep_tokens(verb, "prep:to")):
        return False  # a destination may hang inside the object ("returned artifacts to Peru")
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects and sense.object is not None and _ergative(verb):  # "hostilities stopped"
        objects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not objects and sense.prep and sense.object is not None:  # "advised against travel to X"
        objects = [g for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == sense.prep
                   for g in c.children if g.dep_ == "pobj"]
    if not objects and verb.dep_ == "acl" and verb.tag_ == "VBN" and not ctx.need_actor:
        # a headline's "Curfew imposed in X": the participle's noun is its object (in a
        # story, "the missiles fired by X struck ..." reports the strike, not a firing)
        objects = [verb.head]
    if not objects and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children):
        # "The civilians imprisoned ... were released by Putin", parsed as conjuncts: the
        # passive conjunct's object is the subject of the verb it is conjoined to
        objects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if sense.object is not None:
        heads = [o for obj in objects for o in [obj, *obj.conjuncts]]
        heads += [g for o in heads for p in o.children if p.dep_ == "prep" and p.lower_ in ("in", "of") for g in p.children]
        lemmas = {o.lemma_.lower() for o in heads} | {o.lower_ for o in heads}
        # "Rockets were fired": a capitalised plural the model leaves unlemmatised
        lemmas |= {found for o in heads if (found := lemma_in(o, sense.object))}
        lemmas |= {c.lemma_.lower() for o in heads for c in o.children if c.dep_ in ("compound", "amod", "nmod", "quantmod")}
        # "found X guilty" (the parser may make "X guilty" a clause)
        lemmas |= {c.lower_ for c in verb.children if (c.dep_ == "oprd" or c.dep_ == "ccomp" and c.pos_ == "ADJ")
                   and not any(g.dep_ == "neg" for g in c.children)}  # "found him not guilty": acquitted
        # "called Biden a decent man", "called him humble and soft-spoken"
        lemmas |= {g.lower_ for c in verb.children if c.dep_ == "oprd" for g in (*c.children, *c.conjuncts)
                   if g.dep_ in ("amod", "conj")}
        if not lemmas & sense.object:
            return False
    if sense.object_actor and not ctx.mentions_of(objects[:1]) and not (objects and names_people(objects[0])):
        return False
    if sense.object_actor and objects[0].i not in ctx.by_token and lemma_in(verb, lexicon().inverse_light_verbs) \
            and lemma_in(objects[0], lexicon().nouns) and _slot_tokens(objects[0], "prep:from"):
        return False  # "received assurances from X": the object is X's act, not a party
    if sense.complement and not any(c.dep_ in ("ccomp", "xcomp", "oprd", "attr") for c in verb.children) \
            and not (sense.object_actor and _quoted_complement(objects[0])):
        return False
    return True


def _ergative(verb: Token) -> bool:
    """ "Hostilities stopped", "the crowds dispersed": a verb of stopping with a subject and
    no object, whose subject is what stops."""
    return bool(lemma_in(verb, lexicon().ergative_verbs)) and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in ("dobj", "nsubjpass", "xcomp", "ccomp") for c in verb.children)


def _quoted_complement(obj: Token) -> bool:
    """ "call Western ministers, particularly Blinken, "cowards"": a quoted common noun the
    parser hangs on the object as an apposition is the object's complement (name-calling)."""
    stack = [obj]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ != "appos":
                continue
            first = next(t for t in child.subtree if not t.is_punct)
            if child.pos_ == "NOUN" and first.i > 0 and child.doc[first.i - 1].is_quote:
                return True
            stack.append(child)
    return False


def _noun_sense_holds(noun: Token, sense: Sense, light: Token | None) -> bool:
    if any(c.dep_ == "compound" and c.lower_ in lexicon().non_event_compounds for c in noun.children):
        return False  # "a press release", "a news conference": media events
    if sense.plural_only and noun.tag_ not in ("NNS", "NNPS"):
        return False
    if sense.modifier is not None:
        words = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
        words |= {w for c in noun.children if c.dep_ in ("compound", "amod") for w in c.lower_.split("-")}
        if not words & sense.modifier:
            return False
    # the preposition may hang on the light verb ("filed a case against X"), but not be
    # the one that takes the noun itself ("went on strike" strikes on no one)
    if sense.prep and not any(c.dep_ == "prep" and c.lower_ == sense.prep and c.i != noun.head.i
                              for c in [*noun.children, *(light.children if light is not None else ())]):
        return False
    if sense.complement and not _noun_clause(noun):
        return False  # "calls (by officials) asking the US to waive immunity": an appeal, no phone call
    if sense.light_verb_only and light is None and not any(
        c.lower_ in ("phone", "telephone", "video") for c in noun.children
    ):
        return False
    return True


def _noun_clause(noun: Token) -> bool:
    """A participle or infinitive clause on the noun or on its "by"/"from" party."""
    holders = [noun, *(o for p in noun.children if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "from")
                       for o in p.children if o.dep_ == "pobj")]
    return any(c.dep_ == "acl" and c.pos_ == "VERB" for h in holders for c in h.children)


def _light_verb(noun: Token, light_verbs: frozenset[str]) -> Token | None:
    """The verb that carries a nominal event: "held talks", "had a phone call"."""
    head = noun.head
    if noun.dep_ == "conj" and head.dep_ in ("dobj", "nsubjpass", "pobj"):  # "launched raids and air strikes"
        noun, head = head, head.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and lemma_in(head, light_verbs):
        # "called off a strike" cancels it
        return None if any(c.dep_ == "prt" and c.lower_ == "off" for c in head.children) else head
    # "launched a mediation effort", "a bombing campaign": the undertaking is the event
    if noun.dep_ == "compound" and head.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in lexicon().undertaking_nouns \
            and head.head.pos_ == "VERB" and lemma_in(head.head, light_verbs):
        return head.head
    # "aid arrives in X", "an investigation begins into Y"
    if noun.dep_ == "nsubj" and head.pos_ == "VERB" and lemma_in(head, lexicon().onset_verbs):
        return head
    # "$2 million in assistance", "a round of joint exercises", "a state of emergency"
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "of") and \
            head.head.dep_ in ("dobj", "nsubjpass") and lemma_in(head.head.head, light_verbs) and head.head.head.pos_ == "VERB":
        return head.head.head
    # "claimed responsibility for the bombings"
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility" \
            and head.head.dep_ == "dobj" and lemma_in(head.head.head, lexicon().responsibility_verbs) \
            and not _no_one_did(head.head.head):
        return head.head.head
    # "went on strike", "engaged in a firefight", "came under attack"
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("on", "in", "into", "under") and \
            head.head.pos_ in ("VERB", "AUX") and lemma_in(head.head, light_verbs) and \
            not any(o.lemma_.lower() in lexicon().nouns for o in _slot_tokens(head.head, "dobj")):
        return head.head  # not "opened an investigation into the attack": the attack is investigated
    return None


def _no_one_did(verb: Token) -> bool:
    """ "No group has claimed responsibility", "nobody attacked": a subject that is no one."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none", "noone") or any(
        d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in verb.children)


def _verb_mode(verb: Token) -> str:
    """Factuality of the clause headed by ``verb``: negated, planned, hypothetical or ''."""
    lex = lexicon()
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if any(c.dep_ == "neg" for c in verb.children) or _no_one_did(verb):
        return "negated"
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children) or _conditional_mark(verb):
        return "hypothetical"
    if aux & lex.future_aux:
        return "planned"
    if aux & lex.hypothetical_aux:
        return "planned" if aux & {"would", "'d"} and _dated_ahead(verb) else "hypothetical"
    head = verb.head
    if verb.dep_ == "xcomp" and head.i != verb.i:
        head_lemma = head.lemma_.lower()
        if any(c.dep_ == "neg" for c in head.children) or head_lemma in lex.negating_heads:
            return "negated"
        if head_lemma in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children):
            return "negated"  # "has yet to concede", "is yet to withdraw": not (yet) done
        if head_lemma in lex.plan_heads:
            return "planned"
        copula = head.head
        if head_lemma == "able" and copula.lemma_ == "be" and copula.tag_ == "VBD":
            # "was able to travel": it travelled; "was not able to": it did not
            return "negated" if any(c.dep_ == "neg" for c in copula.children) else ""
        if head_lemma in lex.wish_heads:
            return "hypothetical"
    if "to" in aux:
        return _infinitive_mode(verb)
    if verb.dep_ == "xcomp" and head.i != verb.i:  # "are ready to start talking": as its head
        return _verb_mode(head)
    if verb.dep_ == "ccomp" and head.i != verb.i and _verb_mode(head) == "hypothetical":
        return "hypothetical"
    return ""


def _dated_ahead(verb: Token) -> bool:
    """ "would hold talks next month": reported plans, dated ahead, not conditions."""
    return any(t.ent_type_ == "DATE" and t.lower_ in ("next", "coming", "later", "tomorrow")
               for c in verb.children if c.dep_ in ("npadvmod", "prep", "advmod") for t in c.subtree)


def _infinitive_mode(verb: Token) -> str:
    """ "Blinken to meet Lavrov" (a headline) and "X is to be sentenced" are planned;
    "used the opportunity to call", "began to stab" and "was proud to endorse" take the
    mode of the verb or the copula they hang on; any other bare infinitive ("a chance to
    agree") is not asserted."""
    if verb.dep_ == "ROOT":
        return "planned"
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be":  # "Avenatti is to be sentenced in June"
        return "planned"
    lex = lexicon()
    for ancestor in list(verb.ancestors)[:2]:
        lemma = ancestor.lemma_.lower()
        if lemma in lex.implicative_verbs:
            return _verb_mode(ancestor)  # "used the chance to call" happened; "will use it to call" is planned
        if lemma in lex.performative_adjectives and ancestor.dep_ == "acomp":
            return _verb_mode(ancestor.head)  # "am proud to endorse X" endorses; "would be glad to meet" does not
    return "hypothetical"


def _light_verb_mode(noun: Token, light: Token | None) -> str:
    """An active light verb carries its mode ("will hold talks"); a passive one only its
    negation ("a meeting ... might have been better held on stage" still happened)."""
    if light is None:
        return ""
    mode = _verb_mode(light)
    return mode if noun.dep_ == "dobj" or mode == "negated" else ""


def _noun_mode(noun: Token) -> str:
    lex = lexicon()
    for child in noun.children:
        word = child.lower_
        if child.dep_ == "det" and word == "no":
            return "negated"
        if child.dep_ in ("amod", "compound") and word in lex.plan_adjectives:
            return "planned"
        if child.dep_ in ("amod", "compound") and word in lex.possible_adjectives:
            return "hypothetical"
    return _governing_noun_mode(noun) or _clause_mode(noun)


def _governing_noun_mode(noun: Token) -> str:
    """ "the advocacy of peace talks", "calls for a ceasefire": a nominal event under a noun
    of wish, proposal or possibility (verbs.yaml wish_nouns) is hypothetical; negated when
    that noun is ("no reasons for talks", "no prospect of a deal")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "to", "on", "toward", "towards"):
        return ""
    governor = prep.head
    if governor.pos_ != "NOUN" or not lemma_in(governor, lexicon().wish_nouns):
        return ""
    if any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in governor.children):
        return "negated"
    return "hypothetical"


def _conditional_acts(found: dict[int, Event], doc: Doc, lex: Lexicon) -> None:
    """ "vowed to defend Taiwan if China attacked": an act on a condition is hypothetical
    (threats made of such acts are asserted, and so is the promise itself)."""
    for i, event in found.items():
        token = doc[i]
        if event.event_type == "THREATEN" or event.mode not in ("", "planned") or token.pos_ != "VERB" \
                or lemma_in(token, lex.committing_verbs | lex.intent_heads):
            continue
        if condition_clause(token) is not None:  # on the act itself, not on a promise of it
            event.mode = "hypothetical"


def condition_clause(verb: Token) -> Token | None:
    """The "if"/"unless" clause a verb's clause is the consequence of ("X will detain
    journalists if they publicize ..."), or None."""
    return next((c for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)), None)


def _conditional_mark(verb: Token) -> bool:
    """ "unless and until Ukraine accepts", "if and when they meet": a coordinated
    conditional conjunction the parser hangs elsewhere."""
    doc = verb.doc
    for mark in (c for c in verb.children if c.dep_ == "mark"):
        if mark.i >= 2 and doc[mark.i - 1].lower_ in ("and", "or") and doc[mark.i - 2].lower_ in ("if", "unless"):
            return True
    return False


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
    keys = {actor_key(m) for m in actors}
    return bool(recipients) and all(actor_key(m) in keys for m in recipients)


def _conjuncts(head: Token) -> list[Token]:
    """The nouns coordinated with ``head``; also one with its own article that the parser
    hangs on head's "of" phrase ("the airport of Abha and the military base": the base is
    the airport's sibling, not Abha's)."""
    conjs = [c for c in head.children if c.dep_ == "conj"]
    of_objects = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return conjs + [c for o in of_objects for c in o.children
                    if c.dep_ == "conj" and c.pos_ == "NOUN" and any(d.dep_ == "det" for d in c.children)]


def _one_per_actor(mentions: list[Mention]) -> list[Mention]:
    """Keep the first mention of each actor ("his minister, Sergey Lavrov" is one actor)."""
    seen, out = set(), []
    for mention in mentions:
        key = actor_key(mention)
        if key not in seen:
            seen.add(key)
            out.append(mention)
    return out


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


def _confidence(sense: Sense, args: _Args, actors: list[Mention], recipients: list[Mention], trigger: Token,
                light: Token | None, mode: str, sent_index: int) -> float:
    """How sure the coder is, and how central the event is to its sentence and document
    (the highest-confidence event is a sentence's or a document's main event):
    verb triggers over nominal ones, resolved parties over unresolved phrases, the main
    clause over embedded or background clauses, asserted over hypothetical, and the
    headline and first sentences over later ones."""
    is_verb = trigger.pos_ == "VERB"
    score = 0.47 if is_verb else (0.42 if light is not None else 0.32)
    known = [m for m in actors if m.actor.country]
    if known and len(known) == len(actors):
        score += 0.15
    elif not any(m.actor.resolved or m.actor.country or m.actor.name for m in actors):
        score -= 0.1  # only unresolved phrases
    if recipients and all(m.actor.country for m in recipients):
        score += 0.1
    if sense.prep or sense.object or sense.object_actor or sense.modifier:
        score += 0.05
    if args.inferred:
        score -= 0.15
    clause = light if light is not None else trigger
    if clause.dep_ == "ROOT" or (clause.dep_ == "conj" and clause.head.dep_ == "ROOT") or \
            (clause.dep_ == "ccomp" and clause.head.dep_ == "ROOT" and clause.head.i > clause.i):
        score += 0.05
    elif clause.dep_ in ("relcl", "acl", "advcl", "pcomp") or (not is_verb and light is None and trigger.dep_ == "pobj"):
        score -= 0.05
    aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if "had" in aux and clause.tag_ == "VBN":
        score -= 0.08  # past perfect: background to the story ("had called for")
    if mode == "hypothetical":
        score -= 0.1
    elif mode == "planned":
        score -= 0.03
    # position: the headline / lead sentence carries a story's main event
    score += 0.12 if sent_index == 0 else -0.04 * min(sent_index, 8)
    return round(min(0.95, max(0.05, score)), 2)
