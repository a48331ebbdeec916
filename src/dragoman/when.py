"""Dates of events: time expressions in a sentence, resolved against the publication date.

News dates events relative to the day of publication ("yesterday", "on Tuesday",
"last March"), so the publication date is the anchor, never the answer by itself.

What the expressions are lives in ``data/time_expressions.yaml`` (regexes with
placeholders, each naming a resolver below); the resolvers are our own date arithmetic,
because dateparser is wrong on the conventions news relies on ("on Friday" written on a
Friday is that day; "last March" and "earlier this month" give nothing). dateparser is
used only for patterns whose resolver is ``dateparser`` (numeric dates).

Conventions (documented decisions):

- A month-precision date is the first of the month; a year-precision date is 1 January.
- Weekdays ("on Saturday", "Tuesday"): the nearest such day on/before the publication
  date when ``prefer="past"``, on/after it when ``prefer="future"`` -- the publication
  day itself counts both ways. "last X" is strictly before, "next X" strictly after.
- Month-day without a year ("December 10"): the year giving the nearest date in the
  preferred direction (the publication day counts). If the text also names a weekday
  that does not fit that year but fits the nearest date in the other direction, the
  weekday wins: writers rarely get the weekday wrong.
- Months without a year: "in March" follows ``prefer`` (the current month counts);
  "this March" is the publication year; "last March" is the latest March strictly
  before the publication month; "next March" the first one strictly after.
- Weeks ("last week", "this week", "two weeks ago"): our precisions stop at day, so a
  calendar week (Monday-Sunday) that lies in one month gets month precision, and one
  that straddles two months gets its midpoint (the Thursday) with day precision.
  "Over the past week" is the seven days before publication, by the same rule.
- Weekends: the Saturday, day precision.
- "soon" and "shortly" are relative to the story's time, not publication: not dates.
  "That day", "the next day", "the day before" are too, but countable: they carry a
  ``story_offset`` in days and the dates stage counts it from the story's last date.
- Seasons ("last summer") resolve at year precision: the latest such season that ended
  before publication; "this"/"next" season: the publication year / the next year.
- Vague expressions ("in the coming days", "weeks ago", "recently") give a
  relation and no date. Durations ("for two days") give nothing at all.
- Which expression dates which event is the dates stage's choice (``dragoman.dating``),
  made on the parse.
- Without a publication date only expressions that carry their year resolve.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Literal

import yaml

Precision = Literal["day", "month", "year"]
Relation = Literal["past", "future", "present", "unknown"]
Prefer = Literal["past", "future"]

__all__ = ["TimeExpression", "find_time_expressions"]


@dataclass(frozen=True)
class TimeExpression:
    text: str
    start: int  # offsets within the string passed in
    end: int
    date: date | None  # None when it cannot be resolved (no publication date, or vague)
    precision: Precision | None
    relation: Relation  # "in the coming days" -> future
    # False for a span an event lasted ("spent the past week"): it says how long, not
    # which time the sentences after it talk about.
    anchors: bool = True
    # Days from the time the story is at ("the next day": 1), for the caller to resolve;
    # None for expressions anchored to the publication date.
    story_offset: int | None = None


# A resolver gets the match, the publication date, the preference and the pattern's
# args; it returns (date, precision, relation) -- relation None means "compare the date
# with the publication date" -- or None when the match is not a time expression after all.
Resolved = tuple[date | None, Precision | None, Relation | None]
Resolver = Callable[[re.Match, date | None, Prefer, dict], Resolved | None]


@dataclass(frozen=True)
class _Pattern:
    name: str
    regex: re.Pattern
    resolver: Resolver | None  # None for blockers
    args: dict[str, Any]
    relation: Relation  # what to report when there is no publication date
    anchors: bool = True  # see TimeExpression.anchors


# --------------------------------------------------------------------------- data

_DATA = yaml.safe_load(
    (Path(__file__).parent / "data" / "time_expressions.yaml").read_text("utf-8")
)
_VOCAB = _DATA["vocabulary"]
_MONTHS = {k.lower(): v for k, v in _VOCAB["months"].items()}
_WEEKDAYS = {k.lower(): v for k, v in _VOCAB["weekdays"].items()}
_NUMBERS = {k.lower(): v for k, v in _VOCAB["numbers"].items()}
# The words dragoman.dating reads off the parse (modals, same-time markers, ...).
CLAUSE_WORDS = {name: frozenset(words) for name, words in _DATA["clause_words"].items()}


def _alternation(words) -> str:
    # Longest first, so "Sept" is tried before "Sep" and "June" before "Jun".
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_ABBREVIATED = [  # "Dec" is an abbreviation because "December" starts with it
    m for m in _VOCAB["months"] if any(o != m and o.startswith(m) for o in _VOCAB["months"])
]
_FULL = [m for m in _VOCAB["months"] if m not in _ABBREVIATED]

# Month and weekday names must be capitalised ((?-i:...)): "march", "may" are verbs.
_PLACEHOLDERS = {
    # Only abbreviations take a full stop: "Dec. 10", but "last March." ends a sentence.
    "MONTH": rf"(?P<month>(?-i:(?:{_alternation(_FULL)})\b|(?:{_alternation(_ABBREVIATED)})\b\.?))",
    "WEEKDAY": rf"(?P<weekday>(?-i:{_alternation(_VOCAB['weekdays'])})\b)",
    "DAY": r"(?P<day>3[01]|[12]\d|0?[1-9])(?!\d)",
    "YEAR": r"(?P<year>(?:19|20)\d\d)\b",
    "NUM": rf"(?P<num>\d+|{_alternation(_VOCAB['numbers'])})",
    "PART": r"(?P<part>(?:early|earlier|late|later|the (?:end|beginning|start|middle) of) "
    r"|mid-\s?|mid )",
}


def _compile(regex: str) -> re.Pattern:
    expanded = re.sub(r"\{([A-Z]+)\}", lambda m: _PLACEHOLDERS[m[1]], regex)
    return re.compile(expanded, re.IGNORECASE)


# --------------------------------------------------------------------------- arithmetic


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + month - 1 + n
    return k // 12, k % 12 + 1


def _week(day: date) -> tuple[date, Precision]:
    """The calendar week containing ``day``, expressed in our precisions (see module doc)."""
    monday = day - timedelta(days=day.weekday())
    return _seven_days(monday)


def _seven_days(first: date) -> tuple[date, Precision]:
    """Seven days from ``first`` in our precisions: their month when they lie in one,
    else their middle day (a Monday's week: the Thursday)."""
    last = first + timedelta(days=6)
    if first.month == last.month:
        return first.replace(day=1), "month"
    return first + timedelta(days=3), "day"


def _period_end(d: date, precision: Precision) -> date:
    if precision == "year":
        return date(d.year, 12, 31)
    if precision == "month":
        return d.replace(day=calendar.monthrange(d.year, d.month)[1])
    return d


def _relation(d: date | None, precision: Precision | None, pub: date | None) -> Relation:
    if d is None or pub is None or precision is None:
        return "unknown"
    if _period_end(d, precision) < pub:
        return "past"
    return "future" if d > pub else "present"


def _sign(n: int) -> Relation:
    return "past" if n < 0 else "future" if n > 0 else "present"


def _nearest_weekday(pub: date, wd: int, direction: str, strict: bool) -> date:
    """The ``wd`` weekday nearest ``pub`` going ``direction`` (past/future)."""
    if direction == "past":
        delta = (pub.weekday() - wd) % 7 or (7 if strict else 0)
        return pub - timedelta(days=delta)
    delta = (wd - pub.weekday()) % 7 or (7 if strict else 0)
    return pub + timedelta(days=delta)


_BACK = {"last", "past", "this past"}
_FORWARD = {"next", "coming", "this coming"}


def _direction(mod: str | None, prefer: Prefer) -> str:
    mod = (mod or "").lower()
    return "past" if mod in _BACK else "future" if mod in _FORWARD else prefer


# --------------------------------------------------------------------------- resolvers


def _numeric_date(m, pub, prefer, args) -> Resolved | None:
    try:
        return date(int(m["year"]), int(m["month"]), int(m["day"])), "day", None
    except ValueError:
        return None


def _month_day(m, pub, prefer, args) -> Resolved | None:
    month, day = _MONTHS[m["month"].rstrip(".").lower()], int(m["day"])
    if m["year"]:
        try:
            return date(int(m["year"]), month, day), "day", None
        except ValueError:
            return None
    if pub is None:
        return None, None, None
    candidates = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:  # 29 February
            pass
    if not candidates:
        return None
    before = max((c for c in candidates if c <= pub), default=None)
    after = min((c for c in candidates if c >= pub), default=None)
    chosen, other = (before, after) if prefer == "past" else (after, before)
    chosen = chosen or other
    if m["weekday"] and other is not None:
        wd = _WEEKDAYS[m["weekday"].lower()]
        if chosen.weekday() != wd and other.weekday() == wd:
            chosen = other
    return chosen, "day", None


def _month(m, pub, prefer, args) -> Resolved | None:
    if not (m["prep"] or m["part"] or m["mod"] or m["year"]):
        return None  # a bare capitalised "March" is too often a name or a verb
    month = _MONTHS[m["month"].rstrip(".").lower()]
    if m["year"]:
        return date(int(m["year"]), month, 1), "month", None
    if pub is None:
        return None, None, None
    mod = (m["mod"] or "").lower()
    if mod == "this":
        year = pub.year
    elif _direction(mod, prefer) == "past":
        strict = mod in _BACK
        this_year = month < pub.month or (month == pub.month and not strict)
        year = pub.year if this_year else pub.year - 1
    else:
        strict = mod in _FORWARD
        this_year = month > pub.month or (month == pub.month and not strict)
        year = pub.year if this_year else pub.year + 1
    return date(year, month, 1), "month", None


def _year(m, pub, prefer, args) -> Resolved | None:
    if not (m["prep"] or m["part"]):
        return None  # a bare year ("the 2024 election") does not date the sentence's event
    return date(int(m["year"]), 1, 1), "year", None


def _named_day(m, pub, prefer, args) -> Resolved | None:
    offset = args[m[0].lower()]
    if pub is None:
        return None, None, _sign(offset)
    return pub + timedelta(days=offset), "day", _sign(offset)


def _weekday(m, pub, prefer, args) -> Resolved | None:
    mod = (m["mod"] or "").lower()
    direction = _direction(mod, prefer)
    if pub is None:
        return None, None, direction if mod in _BACK | _FORWARD else None
    wd = _WEEKDAYS[m["weekday"].lower()]
    return _nearest_weekday(pub, wd, direction, strict=mod in _BACK | _FORWARD), "day", None


def _weekend(m, pub, prefer, args) -> Resolved | None:
    mod = (m["mod"] or "").lower()
    direction = _direction(mod, prefer)
    if pub is None:
        return None, None, direction if mod in _BACK | _FORWARD else None
    # The Saturday of the weekend we are in (pub is Sat/Sun) or the one just gone / coming.
    if pub.weekday() >= 5:
        current = pub - timedelta(days=pub.weekday() - 5)
        if mod in _BACK:
            return current - timedelta(days=7), "day", None
        if mod in _FORWARD:
            return current + timedelta(days=7), "day", None
        return current, "day", None
    return _nearest_weekday(pub, 5, direction, strict=False), "day", None


_OFFSETS = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}


def _relative_period(m, pub, prefer, args) -> Resolved | None:
    offset = _OFFSETS[(m["mod"] or "this").lower()]
    part = (m["part"] or "").strip().lower()
    relation = _sign(offset)
    if offset == 0 and part in ("earlier", "later"):
        relation = "past" if part == "earlier" else "future"
    if pub is None:
        return None, None, relation
    return (*_shift(pub, m["unit"].lower(), offset), relation)


# First month of each (northern) season; winter starts in December.
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season(m, pub, prefer, args) -> Resolved | None:
    """ "last summer": the latest summer that ended before publication, at year
    precision (our precisions have no season); "this"/"next" summer likewise."""
    offset = _OFFSETS[m["mod"].lower()]
    relation = _sign(offset)
    if pub is None:
        return None, None, relation
    if offset >= 0:
        return date(pub.year + offset, 1, 1), "year", relation
    first = _SEASON_START[m["unit"].lower()]
    year = pub.year if pub.month >= first else pub.year - 1  # the latest one begun
    if _add_months(year, first, 3) > (pub.year, pub.month):  # not over yet: the one before
        year -= 1
    return date(year, 1, 1), "year", relation


def _shift(pub: date, unit: str, n: int) -> tuple[date, Precision]:
    """The period ``n`` units from the publication date, in our precisions."""
    if unit == "day":
        return pub + timedelta(days=n), "day"
    if unit == "week":
        return _week(pub + timedelta(days=7 * n))
    if unit == "month":
        year, month = _add_months(pub.year, pub.month, n)
        return date(year, month, 1), "month"
    return date(pub.year + n, 1, 1), "year"


def _offset(m, pub, prefer, args) -> Resolved | None:
    num = m["num"].lower()
    n = int(num) if num.isdigit() else _NUMBERS[num]
    sign = args["sign"]
    if pub is None:
        return None, None, _sign(sign)
    return (*_shift(pub, m["unit"].lower(), sign * n), _sign(sign))


def _past_week(m, pub, prefer, args) -> Resolved | None:
    """ "spent the past week": the seven days before publication; their month when they
    lie in one, else their middle day (as a calendar week straddling two months)."""
    if pub is None:
        return None, None, "past"
    return (*_seven_days(pub - timedelta(days=7)), "past")


def _story_day(m, pub, prefer, args) -> Resolved | None:
    return None, None, "unknown"  # dated from the story's time by the caller (story_offset)


def _vague(m, pub, prefer, args) -> Resolved | None:
    return None, None, args["relation"]


@lru_cache(maxsize=64)
def _date_parser(pub: date | None, prefer: Prefer):
    from dateparser.date import DateDataParser  # slow import; only numeric dates need it

    settings: dict[str, Any] = {"PREFER_DATES_FROM": prefer}
    if pub is not None:
        settings["RELATIVE_BASE"] = datetime(pub.year, pub.month, pub.day)
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=4096)
def _dateparse(text: str, pub: date | None, prefer: Prefer) -> Resolved | None:
    data = _date_parser(pub, prefer).get_date_data(text)
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    if data.period == "week":
        return (*_week(day), None)
    if data.period == "month":
        return day.replace(day=1), "month", None
    if data.period == "year":
        return date(day.year, 1, 1), "year", None
    return day, "day", None


def _dateparser(m, pub, prefer, args) -> Resolved | None:
    return _dateparse(m[0], pub, prefer)


_RESOLVERS: dict[str, Resolver] = {
    "numeric_date": _numeric_date,
    "month_day": _month_day,
    "month": _month,
    "year": _year,
    "named_day": _named_day,
    "weekday": _weekday,
    "weekend": _weekend,
    "relative_period": _relative_period,
    "season": _season,
    "offset": _offset,
    "past_week": _past_week,
    "story_day": _story_day,
    "vague": _vague,
    "dateparser": _dateparser,
}

_PATTERNS = tuple(
    _Pattern(
        p["name"],
        _compile(p["regex"]),
        _RESOLVERS[p["resolve"]],
        p.get("args") or {},
        p.get("relation", "unknown"),
        p.get("anchors", True),
    )
    for p in _DATA["patterns"]
)
_BLOCKERS = tuple(
    _Pattern(f"blocker{i}", _compile(rx), None, {}, "unknown")
    for i, rx in enumerate(_DATA["blockers"])
)


# --------------------------------------------------------------------------- finding


def find_time_expressions(
    text: str, pub_date: date | None, *, prefer: Prefer = "past"
) -> list[TimeExpression]:
    """All time expressions in ``text``, in order, resolved against ``pub_date``."""
    return list(_find(text, pub_date, prefer))


@lru_cache(maxsize=8192)  # the dates stage asks again for each event and paragraph
def _find(text: str, pub: date | None, prefer: Prefer) -> tuple[TimeExpression, ...]:
    candidates: list[tuple[int, int, int, TimeExpression | None]] = []
    for pattern in _BLOCKERS:
        for m in pattern.regex.finditer(text):
            candidates.append((m.start(), m.end(), 0, None))
    for pattern in _PATTERNS:
        for m in pattern.regex.finditer(text):
            resolved = pattern.resolver(m, pub, prefer, pattern.args)
            if resolved is not None:
                candidates.append((m.start(), m.end(), 1, _expression(m, resolved, pattern, pub)))
    # Longest wins, blockers win ties, then leftmost.
    candidates.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken: list[tuple[int, int]] = []
    found = []
    for start, end, _, expr in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        if expr is not None:
            found.append(expr)
    return tuple(sorted(found, key=lambda x: x.start))


def _expression(
    m: re.Match, resolved: Resolved, pattern: _Pattern, pub: date | None
) -> TimeExpression:
    d, precision, relation = resolved
    if d is None:
        precision = None
    if relation is None:
        relation = _relation(d, precision, pub) if pub is not None else pattern.relation
    return TimeExpression(m[0], m.start(), m.end(), d, precision, relation, pattern.anchors,
                          pattern.args.get("story_offset"))
