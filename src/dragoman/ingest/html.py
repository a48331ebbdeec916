"""HTML pages: trafilatura for text and metadata, readability-lxml as the fallback."""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from .clean import clean_text

# trafilatura logs every page it finds hard; the Skipped record already says so.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("readability").setLevel(logging.CRITICAL)


@dataclass
class Page:
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    raw: str = ""  # the extracted text before boilerplate removal (hashed for the id)


def _paragraphs(text: str | None) -> str:
    # the extractors give one paragraph per line; dragoman separates paragraphs by "\n\n"
    return "\n\n".join(line.strip() for line in (text or "").splitlines() if line.strip())


def _trafilatura(html: str) -> Page | None:
    from trafilatura import bare_extraction

    doc = bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None or not (doc.text or "").strip():
        return None
    meta = {"extractor": "trafilatura"}
    for key in ("author", "hostname", "description", "sitename"):
        if getattr(doc, key, None):
            meta[key] = getattr(doc, key)
    for key in ("categories", "tags"):
        if getattr(doc, key, None):
            meta[key] = list(getattr(doc, key))
    return Page(
        text=_paragraphs(doc.text),
        title=doc.title or None,
        date=doc.date or None,  # trafilatura normalises to YYYY-MM-DD
        url=doc.url or None,
        source=doc.sitename or doc.hostname or None,
        language=(doc.language or "").split("-")[0].lower() or None,
        meta=meta,
    )


def _readability(html: str) -> Page | None:
    import lxml.html
    from readability import Document

    doc = Document(html)
    tree = lxml.html.fromstring(doc.summary(html_partial=True))
    blocks = tree.xpath("//p|//h2|//h3|//li|//blockquote")
    text = "\n".join(" ".join(b.text_content().split()) for b in blocks) or tree.text_content()
    if not text.strip():
        return None
    return Page(text=_paragraphs(text), title=doc.short_title() or None, meta={"extractor": "readability"})


def extract(html: str) -> tuple[Page | None, list[str]]:
    """(the article in a page, cleaned, or None; what went wrong on the way)."""
    problems = []
    for name in ("trafilatura", "readability"):
        try:
            page = globals()[f"_{name}"](html)
        except Exception as e:  # noqa: BLE001 - a broken page must not stop the batch
            problems.append(f"{name} failed: {type(e).__name__}: {e}")
            continue
        if page and (text := clean_text(page.text)):
            page.raw, page.text = page.text, text
            return page, problems
        problems.append(f"{name} found no article text")
    return None, problems


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes, if Python knows it."""
    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
