"""Shared helpers for the readers: decoding bytes, parsing dates, stable ids."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

import dateparser

from ..records import Article, Skipped


NUL = b"\x00"


class DecodeError(ValueError):
    """Bytes that are not text; the message is the Skipped reason."""


def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes -> (text, warnings).

    Policy: UTF-8 (a BOM is dropped); UTF-16 only with a BOM; otherwise cp1252, the
    usual legacy encoding of English news files, with a warning naming the first bad
    byte so the fallback is never silent. NUL bytes mean binary: refused.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as e:
            raise DecodeError(f"not valid UTF-16 at byte {e.start}") from None
    if NUL in data:
        raise DecodeError(f"binary file (NUL byte at {data.find(NUL)})")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as e:
        bad = e.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise DecodeError(f"not valid UTF-8 at byte {bad}, nor cp1252") from None
    return text, [f"not valid UTF-8 at byte {bad}: decoded as cp1252"]


def json_problem(error: json.JSONDecodeError) -> str:
    """json's message with its column: "Unterminated string starting at column 14"
    (the bare message ends in a dangling "at")."""
    return f"{error.msg.removesuffix(' at')} at column {error.colno}"


def looks_binary(text: str) -> bool:
    """Control characters other than whitespace in more than 1% of the text."""
    sample = text[:8192]
    ctrl = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f\v")
    return ctrl > max(2, len(sample) // 100)


_DP_SETTINGS = {
    "STRICT_PARSING": True,  # a date needs day, month and year: "March 2022" is not one
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DATES_FROM": "past",
}
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")


def parse_date(value: Any, languages: list[str] | None = None) -> dt.date | None:
    """A full calendar date from a date, ISO string or written date; None otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip()
    if _ISO.fullmatch(s):
        try:
            return dt.date.fromisoformat(s[:10])
        except ValueError:
            return None
    if not re.search(r"(?<!\d)\d{4}(?!\d)", s):
        return None  # "yesterday", "on Friday": relative, not a publication date
    # Numeric dates such as 03/04/2022 follow dateparser's order for the language
    # (month first in English); records should carry ISO dates anyway.
    parsed = dateparser.parse(s, languages=languages, settings=_DP_SETTINGS)
    return parsed.date() if parsed else None


def choose_date(found: Any, option: dt.date | None, warnings: list[str], kind: str = "metadata") -> tuple[dt.date | None, str]:
    """(date, where it came from): the input's own date (``kind``) wins, else the
    ``date`` option. An unreadable date keeps the article, with a warning saying what
    was used instead, so that replacing or dropping it is never silent."""
    if found not in (None, ""):
        if parsed := parse_date(found):
            return parsed, kind
        instead = f"used the given date {option.isoformat()}" if option else "stored without a date"
        warnings.append(f"unparseable date {found!r}: {instead}")
    return (option, "option") if option else (None, "unknown")


def doc_id(source: str | None, url: str | None, text: str) -> str:
    """Stable id from source, url and the whitespace-normalised text."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    key = f"{source or ''}|{url or ''}|{norm}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def unique_ids(items: Iterable[Article | Skipped]) -> Iterator[Article | Skipped]:
    """Skip a later article with the id of an earlier one, saying which.

    The store keeps one article per id, and re-coding an input replaces its rows on
    purpose; within one batch, though, the later record would silently replace the
    earlier (two records "id": "a1", the same text twice, a copied file)."""
    first: dict[str, str] = {}
    for item in items:
        if isinstance(item, Article):
            if item.doc_id in first:
                yield Skipped(item.origin or item.doc_id,
                              f"duplicate of {first[item.doc_id]} (same id {item.doc_id!r})")
                continue
            first[item.doc_id] = item.origin or item.doc_id
        yield item

