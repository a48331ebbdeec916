"""Rules and the sentence classifier together.

The rule coder finds events where a lexicon trigger fires and reads their actors off the
parse. The sentence classifier (``classifier.py``) reads the whole sentence. Together:

* a rule event's confidence is lowered (by up to ``DOUBT``) as the classifier prefers
  other types for its sentence, so events the sentence does not bear out rank lower;
* a sentence where no trigger fired but the classifier is sure of an event type (at
  least ``MIN_PROBABILITY``) gets one event of that type, its actor the subject of the
  sentence's main verb and its recipient the actors in that verb's object, marked
  ``method="classifier"`` with a lower confidence. No actor, no event.

Both rules were measured with ``dragoman eval`` on the train splits (README, Accuracy).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from dragoman.events.classifier import SentenceClassifier
from dragoman.events.codebook import Codebook, codebook
from dragoman.events.coder import SentenceContext, _evidence, _verb_mode, index_mentions
from dragoman.language import trimmed
from dragoman.records import Event, Mention, Quote

MIN_PROBABILITY = 0.7
DOUBT = 0.4  # the most a rule event's confidence loses when the classifier prefers another type
CLASSIFIER_DISCOUNT = 0.7  # a classifier event is never as sure as its probability


def combine(doc: Doc, doc_id: str, events: list[Event], mentions: Sequence[Mention], quotes: Sequence[Quote],
            classifier: SentenceClassifier, book: Codebook | None = None) -> list[Event]:
    """The rule events re-scored, plus classifier events for sentences without any."""
    book = book or codebook()
    sents = list(doc.sents)
    types, _ = classifier.predict_all([trimmed(s)[1] for s in sents])
    by_sentence: dict[int, list[Event]] = defaultdict(list)
    for event in events:
        by_sentence[event.evidence.sentence_index].append(event)
    by_token = index_mentions(doc, mentions)
    added: list[Event] = []
    for index, (sent, probabilities) in enumerate(zip(sents, types)):
        top = max(probabilities.values(), default=0.0) or 1.0
        for event in by_sentence[index]:
            # The classifier's probabilities are spread thin on single sentences, so it is
            # its preference that counts: its own top type keeps the rule's score, the
            # types it finds unlikely lose up to DOUBT of it.
            agreement = probabilities.get(event.event_type, 0.0) / top
            event.confidence = round(event.confidence * (1 - DOUBT * (1 - agreement)), 2)
        if not by_sentence[index]:
            context = SentenceContext(doc, sent, by_token, mentions, quotes)
            event = _classifier_event(sent, index, doc_id, probabilities, context, book)
            if event is not None:
                added.append(event)
    return sorted([*events, *added], key=lambda e: (e.evidence.sentence_index, e.evidence.trigger_start))


def _classifier_event(sent: Span, index: int, doc_id: str, probabilities: dict[str, float],
                      context: SentenceContext, book: Codebook) -> Event | None:
    event_type, probability = max(((t, p) for t, p in probabilities.items() if t != "NONE"), key=lambda tp: tp[1])
    root = sent.root
    if probability < MIN_PROBABILITY or root.pos_ != "VERB":
        return None
    actors, _ = context.subject_mentions(root)
    if not actors:
        return None
    objects = [c for c in root.children if c.dep_ in ("dobj", "dative")]
    objects += [g for c in root.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    recipients = [m for m in context.mentions_of(objects) if m not in actors]
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
        confidence=round(probability * CLASSIFIER_DISCOUNT, 2),
        method="classifier",
    )
