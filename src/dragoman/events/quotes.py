"""Direct and indirect quotes with their speakers, from the dependency parse.

Direct: text between quotation marks within one paragraph, attributed to the nearest
speech verb outside the marks in the sentences the quote touches ("..." he said; Lavrov
said: "..."). Indirect: a speech verb's clausal complement outside quotation marks
("Orban argued that Kyiv has no path to victory").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from dragoman.events.codebook import Lexicon, lexicon
from dragoman.actors.pronouns import index_mentions
from dragoman.events.coder import SentenceContext
from dragoman.language import quoted_spans
from dragoman.records import Mention, Quote

_MIN_WORDS = 5  # shorter spans are scare quotes ("cowards", "in the coming days"), not quotations


def find_quotes(doc: Doc, doc_id: str, mentions: Sequence[Mention], lex: Lexicon | None = None) -> list[Quote]:
    lex = lex or lexicon()
    by_token = index_mentions(doc, mentions)
    spans = quoted_spans(doc.text, _MIN_WORDS)
    quotes = [q for s, e in spans if (q := _direct(doc, doc_id, s, e, by_token, mentions, lex))]
    quotes += _indirect(doc, doc_id, spans, by_token, mentions, lex)
    return _carry_speakers(doc, sorted(quotes, key=lambda q: q.start))


def _carry_speakers(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """ '"...," he said' right after a quote by a named speaker: the same speaker, as
    attribution runs in news. Only across at most two sentences, and only for he/she."""
    out: list[Quote] = []
    for quote in quotes:
        previous = next((q for q in reversed(out) if q.speaker is not None), None)
        if quote.speaker is None and previous and _pronoun_cue(doc, quote) and \
                0 <= quote.sentence_index - previous.sentence_index <= 2:
            quote = replace(quote, speaker=previous.speaker)
        out.append(quote)
    return out


def _pronoun_cue(doc: Doc, quote: Quote) -> bool:
    cue = doc.char_span(quote.cue_start, quote.cue_start + len(quote.cue), alignment_mode="expand")
    return cue is not None and any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in cue.root.children)


def _direct(doc, doc_id, start, end, by_token, mentions, lex) -> Quote | None:
    inside = doc.char_span(start, end, alignment_mode="expand")
    if inside is None:
        return None
    cue = _nearest_cue(doc, inside, lex)
    if cue is None:
        return None
    quoted = doc.text[start:end]
    text = quoted.strip()
    lead = quoted.index(text[:1]) if text else 0
    return Quote(doc_id, _sentence_index(doc, cue), "direct", text, start + lead, start + lead + len(text),
                 cue.text, cue.idx, _speaker(doc, cue, by_token, mentions))


def _nearest_cue(doc: Doc, inside: Span, lex: Lexicon) -> Token | None:
    """A speech verb outside the quote, in the sentences where the quote starts and ends."""
    first, last = inside[0].sent, inside[-1].sent
    candidates = [t for sent in {first.start: first, last.start: last}.values() for t in sent
                  if not (inside.start <= t.i < inside.end) and t.pos_ == "VERB" and t.lemma_.lower() in lex.speech_verbs]
    if not candidates:
        return None
    return min(candidates, key=lambda t: min(abs(t.i - inside.start), abs(t.i - inside.end)))


def _indirect(doc, doc_id, spans, by_token, mentions, lex) -> list[Quote]:
    quoted = [False] * (len(doc.text) + 1)
    for s, e in spans:
        quoted[s:e] = [True] * (e - s)
    out = []
    for token in doc:
        if token.pos_ != "VERB" or token.lemma_.lower() not in lex.speech_verbs or quoted[token.idx]:
            continue
        for clause in (c for c in token.children if c.dep_ == "ccomp"):
            span = doc[clause.left_edge.i : clause.right_edge.i + 1]
            if quoted[span.start_char] or len(span) < _MIN_WORDS or clause.i < token.i:
                continue
            if sum(quoted[span.start_char:span.end_char]) > len(span.text) / 2:
                continue  # mostly a direct quote already: "adding that “any negotiation ...”"
            out.append(Quote(doc_id, _sentence_index(doc, token), "indirect", span.text, span.start_char,
                             span.end_char, token.text, token.idx, _speaker(doc, token, by_token, mentions)))
    return out


def _speaker(doc: Doc, cue: Token, by_token, mentions) -> Mention | None:
    context = SentenceContext(doc, cue.sent, by_token, mentions)
    found, _ = context.subject_mentions(cue)
    return found[0] if found else None


def _sentence_index(doc: Doc, token: Token) -> int:
    if "sentence_starts" not in doc.user_data:
        doc.user_data["sentence_starts"] = {s.start: i for i, s in enumerate(doc.sents)}
    return doc.user_data["sentence_starts"][token.sent.start]
