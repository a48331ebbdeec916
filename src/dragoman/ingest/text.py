"""Plain-text articles: find the headline, byline and publication date in the header."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .clean import clean_text
from .common import parse_date

HEADER_LINES = 6  # dates and bylines live in the first few non-empty lines
_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
)
# Full dates only (day, month and year): "July 27, 2022", "27 July 2022", "2022-07-27".
_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(r"^\W*(published|posted|updated|date|dated|first published)\b", re.I)
_BYLINE = re.compile(r"^\W*by\b\s*[:|]?\s*", re.I)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# What may surround a date on a date line: weekday, time, zone, separators.
_DATE_LINE_REST = re.compile(
    rf"^[\W_]*(?:{_WEEKDAY})?[\W_]*(?:(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*[A-Z]{{0,4}}\b)?[\W_]*$",
    re.I,
)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,2}\s+(\S.*)$")


@dataclass
class Header:
    title: str | None = None
    date: dt.date | None = None
    author: str | None = None
    consumed: set[int] = field(default_factory=set)  # indexes of header lines used


def _date_in_line(line: str) -> dt.date | None:
    """A date line: a labelled date ("Published ..."), or a line that is only a date."""
    m = _DATE.search(line)
    if not m:
        return None
    rest = line[: m.start()] + " " + line[m.end() :]
    if _DATE_LABEL.match(line) or _is_byline(line) or _DATE_LINE_REST.match(rest):
        return parse_date(m.group(0), languages=["en"])
    return None


def _bare_date(line: str) -> str:
    return line.strip() if _DATE.fullmatch(line.strip()) else ""


def _is_byline(line: str) -> bool:
    """ "By Jane Doe | July 27, 2022", not "By the time he arrived, talks had ended." """
    return bool(_BYLINE.match(line)) and len(line) <= 100 and not line.rstrip().endswith(".")


def _is_headline(line: str) -> bool:
    """A short first line without terminal punctuation ("?" is fine in a headline)."""
    s = line.strip()
    words = s.split()
    return (
        2 <= len(words) <= 30
        and len(s) <= 200
        and not s.rstrip("\"'”’)").endswith((".", ":", ";", ","))
        and not s.startswith(("-", "•", "“", '"'))
    )


def read_header(lines: list[str]) -> Header:
    """Look at the first non-empty lines for a title, a byline and a date.

    ``lines`` are the raw lines; boilerplate lines ("Follow us on social") are
    passed over, so the header is the first lines of real content.
    """
    head = []
    for i, line in enumerate(lines):
        if len(head) == HEADER_LINES:
            break
        # a bare "2025-02-18" is boilerplate to clean_text, but in the header a date
        if line.strip() and (line := clean_text(line) or _bare_date(line)):
            head.append((i, line))
    h = Header()
    for i, line in head:
        if h.date is None and (d := _date_in_line(line)):
            h.date = d
            h.consumed.add(i)
            if _is_byline(line):
                h.author = _author(line)
        elif h.author is None and _is_byline(line):
            h.author = _author(line)
            h.consumed.add(i)
    # A markdown "# " heading in the header is the title; else the first free line.
    for i, line in head:
        if _MD_HEADING.match(lines[i]) and i not in h.consumed:
            h.title = line
            break
    else:
        free = [(i, line) for i, line in head if i not in h.consumed]
        if free and _is_headline(free[0][1]):
            i, h.title = free[0]
    if h.title:
        h.consumed.add(i)
    return h


def _author(line: str) -> str | None:
    name = re.split(r"[|•·]", _BYLINE.sub("", line))[0]
    name = _DATE.sub("", name).strip(" ,-–—*_")
    return name or None


def read_text(text: str) -> tuple[str, Header]:
    """(body, header) of a text file: the header lines used as metadata leave the body."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    h = read_header(lines)
    body = clean_text("\n".join(line for i, line in enumerate(lines) if i not in h.consumed))
    if h.title:
        # pages often print the headline twice ("Diplomacy Watch: ..." in a sample)
        first, _, rest = body.partition("\n")
        if " ".join(first.split()).casefold() == " ".join(h.title.split()).casefold():
            body = rest.strip()
    return body, h
