"""Rules and the sentence classifier together.

The rule coder finds events where a lexicon trigger fires and reads their actors off the
parse. The sentence classifier (``classifier.py``) reads the whole sentence with two
heads: a QuadClass head (does the sentence report verbal or material cooperation or
conflict, or nothing; far more accurate on held-out sentences than the type head) and
a PLOVER type head. A sentence's *reading* (:func:`sentence_reading`) is one
distribution over what it reports: the class from the quad head, the type within the
class from the type head. A type's class is that of its CAMEO code, as ``dragoman eval``
reads it (:func:`phoenix_of`): REQUEST, an appeal, shares class 0 with "no event".

The whole text of an article is classified too (type head): what the article is about.

* A rule event's confidence is lowered by up to ``DOUBT`` as its sentence's reading
  prefers other types, and by up to ``DOC_DOUBT`` as its article's does: events that
  neither their sentence nor their article bear out rank lower (a document's main
  event is its highest-confidence one).
* A sentence with no asserted rule event whose reading puts at least
  ``MIN_PROBABILITY`` on one event class gets one event of that class's likeliest type.
* An article that leans to a main type (at least ``MIN_DOC_PROBABILITY``) none of its
  asserted events has gets one event of it, in one of the sentences that read most like
  it (that type must be the sentence's own likeliest, at least ``MIN_LEAN``), never on a
  rule event's trigger nor beside an asserted rule event of the other side.

A classifier event (``method="classifier"``) needs a main verb that acts (not a verb
of saying, thinking or having, nor the consequence of an "if"/"unless" condition) whose
subject names a known actor (and is no event word: "the release of X came"), and the
sentence's lexicon words must not all name the other side (conflict for a cooperation,
and the reverse: "announced asset freezes and bans" is no concession), nor the type head be sure of the other side (``SURE_OTHER_SIDE``) or of
no event (``MAX_NONE``). Its recipients are the actors in the verb's objects; with none,
an event of a type aimed at a place (``PLACE_TARGET_TYPES``) is aimed where it happens, as
a rule event is ("peacekeepers arrived in South Sudan" -> SSD). Its
confidence is its reading's probability, discounted (``CLASSIFIER_DISCOUNT``) and
doubted like a rule event's; below ``MIN_CONFIDENCE`` it is not made.

The settings were chosen with ``dragoman eval`` on the train splits' development
bucket, with a classifier trained without it (scripts/train_classifier.py, ``--dev``),
and checked on the PETRARCH2 records for calibration and triple F1 (README, Accuracy).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import cache

from spacy.tokens import Doc, Span, Token

from dragoman.events.classifier import NONE, SentenceClassifier
from dragoman.events.codebook import Codebook, codebook, lexicon, phoenix_class_of
from dragoman.actors.pronouns import index_mentions
from dragoman.events.coder import SentenceContext, _evidence, _verb_mode, condition_clause
from dragoman.language import trimmed
from dragoman.records import NOT_ASSERTED_MODES, PLACE_TARGET_TYPES, Event, Mention, Quote

MIN_PROBABILITY = 0.4  # a sentence's reading must put this much on an event class for a classifier event
MIN_DOC_PROBABILITY = 0.2  # an article's type head must put this much on its main type
MIN_LEAN = 0.2  # ... and the sentence that carries it this much (its own likeliest type)
DOUBT = 0.4  # the most a rule event's confidence loses when its sentence prefers another type
DOC_DOUBT = 0.7  # the most an event's confidence loses when its article prefers another type
CLASSIFIER_DISCOUNT = 0.85  # a classifier event is never as sure as its reading
MIN_CONFIDENCE = 0.1  # a classifier event less sure than this is not made
MAX_NONE = 0.5  # no classifier event where the type head finds "no event" this likely
SURE_OTHER_SIDE = 0.35  # ... nor where it is this sure of a type of the other side

# the place an act at a trigger is aimed at (EventCoder.place_recipients)
PlaceRecipients = Callable[[Token], list[Mention]]


@cache
def phoenix_of(event_type: str) -> int:
    """The ConfliBERT/Phoenix class (0-4) of a type's default CAMEO code, which is what the
    quad head predicts: CONSULT 1, AID 2, ACCUSE 3, ASSAULT 4; REQUEST (CAMEO 02, an
    appeal) 0 like statements; SANCTION (16) 3."""
    if event_type == NONE:
        return 0
    phoenix = phoenix_class_of(codebook().default_cameo(event_type))
    if phoenix is None:
        raise ValueError(f"cameo_to_plover.yaml: no Phoenix class for {event_type}'s CAMEO root")
    return phoenix


def _side(quad: int) -> int:
    """0 statements, 1 cooperation (classes 1, 2), 2 conflict (3, 4)."""
    return (quad + 1) // 2


def sentence_reading(types: dict[str, float], quads: dict[int, float]) -> dict[str, float]:
    """One distribution over PLOVER types and NONE: each class's probability from the
    quad head, shared among the class's types as the type head shares it."""
    by_class: dict[int, float] = defaultdict(float)
    for t, p in types.items():
        by_class[phoenix_of(t)] += p
    total = sum(quads.get(q, 0.0) for q in by_class) or 1.0
    return {t: quads.get(phoenix_of(t), 0.0) / total * (p / by_class[phoenix_of(t)] if by_class[phoenix_of(t)] else 0.0)
            for t, p in types.items()}


def _classes(reading: dict[str, float]) -> dict[int, float]:
    out: dict[int, float] = defaultdict(float)
    for t, p in reading.items():
        out[phoenix_of(t)] += p
    return out


def _likeliest(types: dict[str, float]) -> str:
    return max((t for t in types if t != NONE), key=types.__getitem__)


def combine(doc: Doc, doc_id: str, events: list[Event], mentions: Sequence[Mention], quotes: Sequence[Quote],
            classifier: SentenceClassifier, book: Codebook | None = None,
            place_recipients: PlaceRecipients | None = None) -> list[Event]:
    """The rule events re-scored, plus classifier events (see the module doc)."""
    book = book or codebook()
    sents = list(doc.sents)
    if not sents:
        return events
    several = len(sents) > 1
    types, quads = classifier.predict_all([trimmed(s)[1] for s in sents] + ([doc.text.strip()] if several else []))
    article = {t: p for t, p in types[-1].items() if t != NONE}  # the last row: the whole text (or its one sentence)
    main_type = max(article, key=article.__getitem__)

    def doc_doubt(event_type: str) -> float:
        return 1 - DOC_DOUBT * (1 - article[event_type] / article[main_type]) if several else 1.0

    by_sentence: dict[int, list[Event]] = defaultdict(list)
    for event in events:
        by_sentence[event.evidence.sentence_index].append(event)
    by_token = index_mentions(doc, mentions)
    added: list[Event] = []
    for index, sent in enumerate(sents):
        reading = sentence_reading(types[index], quads[index])
        top = max(reading.values(), default=0.0) or 1.0
        for event in by_sentence[index]:
            # The reading's preference counts, not its probability (spread thin on single
            # sentences): its top type keeps the rule's score, unlikely types lose up to DOUBT.
            agreement = reading.get(event.event_type, 0.0) / top
            event.confidence = round(event.confidence * (1 - DOUBT * (1 - agreement)) * doc_doubt(event.event_type), 2)
        if any(e.mode not in NOT_ASSERTED_MODES for e in by_sentence[index]):
            continue
        classes = _classes(reading)
        quad = max(classes, key=classes.__getitem__)
        own = _likeliest(types[index])
        if quad == 0 or classes[quad] < MIN_PROBABILITY or types[index][NONE] >= MAX_NONE or (
                _side(phoenix_of(own)) != _side(quad) and types[index][own] >= SURE_OTHER_SIDE):
            continue
        event_type = max((t for t in reading if t != NONE and phoenix_of(t) == quad), key=reading.__getitem__)
        confidence = reading[event_type] * CLASSIFIER_DISCOUNT * doc_doubt(event_type)
        context = SentenceContext(doc, sent, by_token, mentions, quotes)
        event = _classifier_event(sent, index, doc_id, event_type, confidence, context, book, place_recipients)
        if event is not None:
            added.append(event)
    if several and article[main_type] >= MIN_DOC_PROBABILITY and not any(
            e.event_type == main_type and e.mode not in NOT_ASSERTED_MODES for e in [*events, *added]):
        # The sentences that read most like the article's main type, best first.
        for index in sorted(range(len(sents)), key=lambda i: -types[i][main_type])[:3]:
            lean = types[index][main_type]
            if lean < MIN_LEAN:
                break
            if _likeliest(types[index]) != main_type:
                continue
            context = SentenceContext(doc, sents[index], by_token, mentions, quotes)
            confidence = article[main_type] * CLASSIFIER_DISCOUNT * (0.5 + 0.5 * lean)
            event = _classifier_event(sents[index], index, doc_id, main_type, confidence, context, book, place_recipients)
            if event is not None and _contradicts(event, by_sentence[index]):
                continue  # "Bolsonaro opposed Macron's statement" is a REJECT, whatever the article is about
            if event is not None and event.id not in {e.id for e in added}:  # not the sentence's own again
                added.append(event)
                break
    return sorted([*events, *added], key=lambda e: (e.evidence.sentence_index, e.evidence.trigger_start))


def _contradicts(event: Event, rule_events: Sequence[Event]) -> bool:
    """A rule event of the sentence sits on the same trigger or is of the other side
    (cooperation against conflict)."""
    side = _side(phoenix_of(event.event_type))
    return any(e.evidence.trigger_start == event.evidence.trigger_start or
               (e.mode not in NOT_ASSERTED_MODES and _side(phoenix_of(e.event_type)) not in (0, side)) for e in rule_events)


def _classifier_event(sent: Span, index: int, doc_id: str, event_type: str, confidence: float,
                      context: SentenceContext, book: Codebook,
                      place_recipients: PlaceRecipients | None = None) -> Event | None:
    """An event of ``event_type`` on the sentence's main verb, or None (module doc)."""
    root = sent.root
    lex = lexicon()
    if confidence < MIN_CONFIDENCE or root.pos_ != "VERB" or root.lemma_.lower() in lex.speech_verbs | lex.non_acting_verbs:
        return None
    if any(t.lemma_.lower() in lex.nouns for t in context.subject_heads(root)):
        return None  # "The release of X came ...": X is not the one who acts
    if condition_clause(root) is not None:
        return None  # "if we can't resolve it, I will be raising it": a consequence, no act
    named = {_side(phoenix_of(sense.event)) for t in sent
             for sense in (lex.verbs.get(t.lemma_.lower(), ()) if t.pos_ == "VERB" else
                           lex.nouns.get(t.lemma_.lower(), ()) if t.pos_ == "NOUN" else ())}
    if named and _side(phoenix_of(event_type)) not in named:
        return None  # the rules' own words name only the other side
    actors, _ = context.subject_mentions(root)
    if not actors:
        return None
    # The objects of the main verb or of the verb it governs ("wants to help Israel"),
    # with their prepositional phrases ("helped dissidents from Egypt").
    verbs = [root, *(c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB")]
    objects = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "dative")]
    objects += [g for h in [*verbs, *objects] for c in h.children if c.dep_ == "prep" for g in c.children
                if g.dep_ == "pobj"]
    recipients = [m for m in context.mentions_of(objects) if m not in actors]
    if not recipients and place_recipients is not None and event_type in PLACE_TARGET_TYPES:
        recipients = place_recipients(root)  # "peacekeepers arrived in South Sudan", as rule events
    cameo = book.default_cameo(event_type)
    return Event(
        event_type=event_type,
        actors=actors,
        recipients=recipients,
        evidence=_evidence(root, sent, doc_id, index),
        mode=_verb_mode(root),
        cameo=cameo,
        goldstein=book.goldstein(cameo),
        quad_class=book.quad_class(event_type, cameo),
        confidence=round(min(0.95, confidence), 2),
        method="classifier",
    )
