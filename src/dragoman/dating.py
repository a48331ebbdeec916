"""The dates stage: give each coded event its date, precision and historical mode.

``when`` finds and resolves the time expressions of a sentence; this stage picks the one
that governs each event using the parse, so that "Russia announced Tuesday that it will
withdraw" does not date the withdrawal to Tuesday.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from dragoman.language import clause_head, paragraph_sentences, quoted_spans, trimmed
from dragoman.records import Event, Quote
from dragoman.when import CLAUSE_WORDS, TimeExpression, find_time_expressions

# An event that ended this long before publication is history, not news.
HISTORICAL_AFTER = timedelta(days=60)
_NOT_NOW = ("planned", "hypothetical", "negated")


def date_events(doc: Doc, events: list[Event], pub_date: date | None, quotes: Sequence[Quote] = ()) -> None:
    """Set date, precision, text and basis on each event, in place. An event told inside
    a quote is dated as the saying of it ("'I pledge ...,' she said yesterday")."""
    context = _paragraph_context(doc, pub_date) if events else {}
    quoted = quoted_spans(doc.text) if events else []  # every quoted word, also "'Three months ago,' he said"
    lead_start, lead = _lead_anchor(doc, pub_date) if events else (None, None)
    for event in events:
        cue = _quoting_cue(doc, event, quotes)
        start = trimmed(cue.sent)[0] if cue is not None else event.evidence.sentence_start
        # The lead's date is not taken back into its own sentence, whose parse knows better.
        _date_event(doc, event, pub_date, context.get(start) or (lead if start != lead_start else None), cue,
                    quoted)
        if event.mode == "" and _is_historical(event, pub_date):
            event.mode = "historical"


def _paragraph_context(doc: Doc, pub_date: date | None) -> dict[int, TimeExpression]:
    """For each sentence (by start offset), the latest dated past or present expression
    of the earlier sentences of its paragraph: the time the paragraph is talking about.
    An article that covers several stories dates each story by its own cues."""
    context: dict[int, TimeExpression] = {}
    anchor: TimeExpression | None = None
    for start, text, opens_paragraph in paragraph_sentences(doc):
        if opens_paragraph:
            anchor = None
        if anchor is not None:
            context[start] = anchor
        dated = [e for e in find_time_expressions(text, pub_date) if e.date and e.anchors
                 and e.relation in ("past", "present") and _asserted_at(doc, start + e.start)]
        if dated:
            anchor = dated[-1]
    return context




def _asserted_at(doc: Doc, char: int) -> bool:
    """The expression's clause says something happened ("could begin as soon as
    Wednesday" does not date what the paragraph goes on to tell)."""
    token = _token_at(doc, char)
    if token is None:
        return False
    clause = clause_head(token)
    return not any(c.dep_ in ("aux", "auxpass") and c.lower_ in CLAUSE_WORDS["modals"] for c in clause.children)


def _lead_anchor(doc: Doc, pub_date: date | None) -> tuple[int | None, TimeExpression | None]:
    """The time of the story and the start of its sentence: the first dated past
    expression of the article's first three sentences ("Germany on Monday banned ...").
    Later paragraphs that retell the story without a date of their own are about it."""
    for sent in list(doc.sents)[:3]:
        start, text = trimmed(sent)
        dated = [e for e in find_time_expressions(text, pub_date) if e.date and e.anchors and e.relation == "past"
                 and not _long_before(e, pub_date) and _asserted_at(doc, start + e.start)]
        if dated:
            return start, dated[0]
    return None, None


def _long_before(expr: TimeExpression, pub_date: date | None) -> bool:
    """Background ("since Russia invaded in late February"), not the story's time."""
    return pub_date is not None and _period_end(expr.date, expr.precision) < pub_date - HISTORICAL_AFTER


def _quoting_cue(doc: Doc, event: Event, quotes: Sequence[Quote]) -> Token | None:
    """The speech verb of the direct quote an asserted event is told in, if any."""
    if event.mode in _NOT_NOW:
        return None
    for quote in quotes:
        if quote.kind == "direct" and quote.start <= event.evidence.trigger_start < quote.end:
            return _token_at(doc, quote.cue_start)
    return None


def _date_event(doc: Doc, event: Event, pub_date: date | None, context: TimeExpression | None = None,
                cue: Token | None = None, quoted: Sequence[tuple[int, int]] = ()) -> None:
    ev = event.evidence
    trigger = _token_at(doc, ev.trigger_start)
    said = cue is not None and _told_as_said(doc, trigger, pub_date)
    if said:
        trigger = cue
    sent = trigger.sent if trigger is not None else None
    if trigger is not None and _vaguely_past(trigger):
        return
    prefer = "future" if event.mode == "planned" else "past"
    # the saying is dated by the words around the quotes, not by those quoted ("'Three
    # months ago,' he said, '... today I endorse him'")
    skip = quoted if said else ()
    expression = _own_expression(doc, sent, trigger, event.mode, pub_date, prefer, skip=skip) if sent is not None else None
    if expression is not None and expression.story_offset is not None:
        expression = _from_story_time(expression, sent, context, pub_date, prefer)
    # A vague past ("shortly after") says nothing the context does not; a vague future
    # ("in the coming days") keeps a plan undated.
    if expression is not None and (expression.date is not None or event.mode in _NOT_NOW or pub_date is None):
        event.date, event.date_precision = expression.date, expression.precision
        event.date_text, event.date_basis = expression.text, "text"
        return
    if event.mode in _NOT_NOW:
        return
    if context is not None and not (trigger is not None and _present_tense(trigger)):
        event.date, event.date_precision = context.date, context.precision
        event.date_text, event.date_basis = context.text, "context"
        return
    if pub_date is not None:
        # No time expression: news reports the latest happenings, so the publication
        # date stands in, and date_basis says so.
        event.date, event.date_precision, event.date_basis = pub_date, "day", "publication"


def _told_as_said(doc: Doc, trigger: Token | None, pub_date: date | None) -> bool:
    """An event in a quote is dated as the saying ("'We condemn the attack,' she said
    Monday"), unless its own clause dates it ("'they attacked us last week'") or it is a
    thing spoken of ("'the invasion has changed everything'")."""
    if trigger is None or _spoken_of(trigger):
        return False
    own = _own_expression(doc, trigger.sent, trigger, "", pub_date, "past", own_clause_only=True)
    return own is None


def _spoken_of(trigger: Token) -> bool:
    """ "the invasion has changed everything, he said Monday": a nominal event that is
    the subject of another, present-tense verb is a thing spoken of, not done then ("an
    agreement has been reached" is the agreement itself)."""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and _present_tense(trigger)


def _own_expression(doc: Doc, sent: Span, trigger: Token, mode: str, pub_date, prefer,
                    own_clause_only: bool = False, skip: Sequence[tuple[int, int]] = ()) -> TimeExpression | None:
    """The time expression of the trigger's own clause; for an asserted event, else the
    nearest one of a clause above it ("said on Friday that they attacked"), never one
    of another clause ("a deal signed last week", "when Poland denied him entry")."""
    clause = clause_head(trigger)
    above = {t.i for t in clause.ancestors}
    beside = _simultaneous_clauses(clause)
    spoken_of = _spoken_of(trigger)
    own, governing, alongside = [], [], []
    for expr in find_time_expressions(sent.text, pub_date, prefer=prefer):
        token = _token_at(doc, sent.start_char + expr.start)
        if token is None or any(a <= token.idx < b for a, b in skip):
            continue
        head = clause_head(token)
        if head.i == clause.i:
            own.append(expr)
        elif head.i in above and mode not in _NOT_NOW and not spoken_of:
            governing.append(expr)
        elif head.i in beside and mode not in _NOT_NOW:
            alongside.append(expr)
    found = own if own_clause_only else own or governing or alongside
    offset = trigger.idx - sent.start_char
    # Expressions of one clause refine each other ("in March of this year"): a bare year
    # loses to a more precise one; otherwise the nearest wins.
    return min(found, key=lambda e: (e.precision in ("year", None), min(abs(e.start - offset), abs(e.end - offset)))) if found else None


def _simultaneous_clauses(clause: Token) -> set[int]:
    """Heads of clauses that say when the clause's act happened: "when / while / as X
    happened", "hours before X happened", and "a summit where on Sunday X happened" on
    one of its nouns. Their day is the act's day."""
    out = set()
    for child in clause.children:
        candidates = [child] if child.dep_ == "advcl" else \
            [r for n in child.subtree if n.dep_ in ("pobj", "dobj") for r in n.children if r.dep_ == "relcl"]
        for sub in candidates:
            words = {t.lower_ for t in sub.subtree if t.dep_ in ("mark", "advmod") and t.head.i in (sub.i, *(c.i for c in sub.children))}
            marks = [m for m in sub.children if m.dep_ == "mark" and m.lower_ in ("before", "after")]
            close = bool(marks) and any(t.dep_ == "npadvmod" and t.lemma_.lower() in CLAUSE_WORDS["close_units"]
                                        for h in (sub, *marks) for t in h.children)
            if words & CLAUSE_WORDS["same_time_markers"] or close:
                out.add(sub.i)
    return out


def _from_story_time(expression: TimeExpression, sent: Span, context: TimeExpression | None,
                     pub_date: date | None, prefer: str) -> TimeExpression | None:
    """ "that night", "the next day": counted from the last day the sentence named before
    it, else from the paragraph's time; None when the story has no day to count from."""
    earlier = [e for e in find_time_expressions(sent.text, pub_date, prefer=prefer)
               if e.end <= expression.start and e.date and e.precision == "day"]
    anchor = earlier[-1] if earlier else context
    if anchor is None or anchor.date is None or anchor.precision != "day":
        return None
    day = anchor.date + timedelta(days=expression.story_offset)
    return replace(expression, date=day, precision="day", relation="past" if pub_date and day < pub_date else "unknown")


def _vaguely_past(trigger: Token) -> bool:
    """ "the recent talks", "previous meetings": some time before, no date to give."""
    return trigger.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in CLAUSE_WORDS["vague_past"] for c in trigger.children)


def _present_tense(trigger: Token) -> bool:
    """ "The President insists ...", "Amnesty has called for ...": the present and the
    present perfect are the publication's time, not the paragraph's."""
    verb = clause_head(trigger)
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return (verb.tag_ == "VBG" and bool(aux & {"is", "are", "am"})) or (verb.tag_ == "VBN" and bool(aux & {"has", "have"}))


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _is_historical(event: Event, pub_date: date | None) -> bool:
    """An event its own clause dates long before publication. A date only inherited from
    the paragraph does not make history: background years ("in 2012 ...") are often
    followed by news of today in the same paragraph."""
    if event.date is None or pub_date is None or event.date_basis != "text":
        return False
    return _period_end(event.date, event.date_precision) < pub_date - HISTORICAL_AFTER


def _period_end(start: date, precision: str | None) -> date:
    if precision == "year":
        return date(start.year, 12, 31)
    if precision == "month":
        return date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    return start
