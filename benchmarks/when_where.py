"""Date-and-place benchmark: labelled event mentions -> (date, precision, country),
scored against the events ``dragoman.code`` finds.

    .venv/bin/python benchmarks/when_where.py [--errors] [--source wikinews]
        [--min-date 0.90] [--min-place 0.85] [--json]

The labels (``benchmarks/data/event_dates_places.jsonl``) are human judgements made by
reading the article -- when the reported event happened, at the precision the text
supports, and in which country it physically happened -- never copied from the system.
The system was only run to choose *which* mentions to label (ones it detects).

Each case stores a *locator*, not the text: ``source`` (a file relative to
``../shared/data/``), ``record`` (CSV row index for wikinews, the file name for the
samples), ``published`` (the article date the system is given), ``sentence_contains``
(a short substring of the event's sentence), ``trigger`` (the trigger word as in the
text) and ``event`` (the PLOVER type, used to match when the trigger differs). The gold
fields are ``date`` (YYYY-MM-DD, first day of the month/year for coarser precisions, or
null when the text gives no date, e.g. a plan "in the coming days"), ``precision``
(day/month/year/null), ``place_country`` (ISO-3166 alpha-3, or null when the event has
no place -- a phone call, a tweet, a statement whose place the text does not give; such
cases are left out of place accuracy) and ``place_name``.

Conventions the labels follow (see ``dragoman.when``'s docstring): a news event with no
time cue at all is dated by the publication date at day precision; a week that lies in
one month gets month precision; a week straddling two months its Thursday.

Scoring. Each case is matched to the predicted event whose sentence contains
``sentence_contains`` and whose trigger equals ``trigger`` (preferring the same event
type), else to an event of the same sentence and type. Over the matched cases:

* date exact: predicted precision == labelled precision and predicted date == labelled
  date (a null label is right only when nothing is predicted);
* date lenient: also right when the prediction is more precise and falls inside the
  labelled month/year;
* place: predicted ``place.country`` == labelled country, over cases labelled with a
  place (no predicted place counts as wrong).

Exit code 0 unless ``--min-date``/``--min-place`` are given and not reached.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Sequence

HERE = Path(__file__).resolve().parent
DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
LABELS = HERE / "data" / "event_dates_places.jsonl"

PRECISIONS = ("day", "month", "year")
BASES = ("text", "context", "publication", None)


# ------------------------------------------------------------------ data


def _csv_rows(source: str, _cache: dict = {}) -> list[dict]:
    if source not in _cache:
        csv.field_size_limit(10**9)
        with open(DATA / source, encoding="utf-8", newline="") as fh:
            _cache[source] = list(csv.DictReader(fh))
    return _cache[source]


def article_text(source: str, record) -> str:
    """The raw text of a labelled article (wikinews row text, or the sample file)."""
    if source.startswith("wikinews/"):
        return _csv_rows(source)[int(record)]["text"]
    if source.startswith("samples/"):
        return (DATA / source).read_text(encoding="utf-8")
    raise ValueError(f"unknown source {source!r}")


def article_title(source: str, record) -> str | None:
    return _csv_rows(source)[int(record)]["title"] if source.startswith("wikinews/") else None


# ------------------------------------------------------------------ cases


@dataclass(frozen=True)
class Case:
    source: str
    record: object
    published: str
    sentence_contains: str
    trigger: str
    event: str
    date: str | None
    precision: str | None
    place_country: str | None
    place_name: str | None = None
    note: str = ""

    @property
    def key(self) -> str:
        """The article's document id in the coding run."""
        return f"{self.source}#{self.record}"

    @property
    def group(self) -> str:
        return "samples" if self.source.startswith("samples/") else self.source.rsplit(".", 1)[0]

    @property
    def gold_date(self) -> date | None:
        return date.fromisoformat(self.date) if self.date else None


def load_cases(path: Path = LABELS) -> list[Case]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        cases.append(Case(d["source"], d["record"], d["published"], d["sentence_contains"], d["trigger"],
                          d["event"], d.get("date"), d.get("precision"), d.get("place_country"),
                          d.get("place_name"), d.get("note", "")))
    return cases


# ------------------------------------------------------------------ coding


Coder = Callable[[list[Case]], dict[str, list]]  # cases -> {case.key: events of that article}


def default_coder(cases: Sequence[Case]) -> dict[str, list]:
    """Code every labelled article once with ``dragoman.code``; events by article key."""
    import dragoman
    from dragoman.ingest import read_inputs
    from dragoman.records import Article

    inputs: list = []
    seen: set[str] = set()
    for case in cases:
        if case.key in seen:
            continue
        seen.add(case.key)
        if case.source.startswith("wikinews/"):
            inputs.append({"id": case.key, "date": case.published, "title": article_title(case.source, case.record),
                           "text": article_text(case.source, case.record)})
        else:  # a sample file, read as the CLI would with --date
            got = [a for a in read_inputs([DATA / case.source], date=date.fromisoformat(case.published))
                   if isinstance(a, Article)]
            inputs.extend(replace(a, doc_id=case.key) for a in got)
    result = dragoman.code(inputs)
    by_doc: dict[str, list] = defaultdict(list)
    for event in result.events:
        by_doc[event.evidence.doc_id].append(event)
    return by_doc


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
                    .replace("\u201d", '"').split()).lower()


def match(case: Case, events: Iterable) -> object | None:
    """The predicted event a case labels: same sentence and trigger (same type first),
    else same sentence and event type."""
    needle = _norm(case.sentence_contains)
    in_sentence = [e for e in events if needle in _norm(e.evidence.sentence)]
    trig = [e for e in in_sentence if e.evidence.trigger.lower() == case.trigger.lower()]
    if trig:
        same = [e for e in trig if e.event_type == case.event]
        return (same or trig)[0]
    typed = [e for e in in_sentence if e.event_type == case.event]
    return typed[0] if typed else None


# ------------------------------------------------------------------ scoring


def period_end(start: date, precision: str | None) -> date:
    if precision == "year":
        return date(start.year, 12, 31)
    if precision == "month":
        nxt = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)
    return start


def date_exact(gold: date | None, gold_prec: str | None, got: date | None, got_prec: str | None) -> bool:
    if gold is None:
        return got is None
    return got == gold and got_prec == gold_prec


def date_lenient(gold: date | None, gold_prec: str | None, got: date | None, got_prec: str | None) -> bool:
    """Exact, or a more precise prediction inside the labelled period."""
    if date_exact(gold, gold_prec, got, got_prec):
        return True
    if gold is None or got is None or got_prec not in PRECISIONS or gold_prec not in PRECISIONS:
        return False
    finer = PRECISIONS.index(got_prec) < PRECISIONS.index(gold_prec)
    return finer and gold <= got <= period_end(gold, gold_prec)


@dataclass
class Outcome:
    case: Case
    matched: bool
    date: date | None = None
    precision: str | None = None
    basis: str | None = None
    date_text: str | None = None
    country: str | None = None
    place: str | None = None
    mode: str = ""
    event_type: str | None = None

    @property
    def date_ok(self) -> bool:
        return self.matched and date_exact(self.case.gold_date, self.case.precision, self.date, self.precision)

    @property
    def date_lenient_ok(self) -> bool:
        return self.matched and date_lenient(self.case.gold_date, self.case.precision, self.date, self.precision)

    @property
    def has_place(self) -> bool:
        return self.case.place_country is not None

    @property
    def place_ok(self) -> bool:
        return self.matched and self.has_place and self.country == self.case.place_country


def outcome(case: Case, event) -> Outcome:
    if event is None:
        return Outcome(case, False)
    place = event.place
    return Outcome(case, True, event.date, event.date_precision, event.date_basis, event.date_text,
                   place.country if place else None, place.name if place else None, event.mode, event.event_type)


def score(cases: Sequence[Case], coder: Coder | None = None) -> list[Outcome]:
    by_doc = (coder or default_coder)(list(cases))
    return [outcome(c, match(c, by_doc.get(c.key, []))) for c in cases]


def summary(outcomes: Sequence[Outcome]) -> dict:
    def figures(os: Sequence[Outcome]) -> dict:
        matched = [o for o in os if o.matched]
        placed = [o for o in matched if o.has_place]
        m = len(matched) or 1
        return {
            "cases": len(os),
            "matched": len(matched),
            "coverage": len(matched) / (len(os) or 1),
            "date_exact": sum(o.date_ok for o in matched) / m,
            "date_lenient": sum(o.date_lenient_ok for o in matched) / m,
            "place_cases": len(placed),
            "place_country": sum(o.place_ok for o in placed) / (len(placed) or 1),
        }

    groups: dict[str, list[Outcome]] = defaultdict(list)
    bases: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[o.case.group].append(o)
        if o.matched:
            bases[str(o.basis)].append(o)
    return {**figures(outcomes),
            "by_source": {g: figures(os) for g, os in sorted(groups.items())},
            "by_basis": {b: figures(os) for b, os in sorted(bases.items())}}


def _fmt_date(d: date | None, p: str | None) -> str:
    return f"{d}/{p}" if d else "none"


def error_class(o: Outcome) -> str:
    """A coarse label for a date miss, to group the errors for the reader."""
    c = o.case
    if not o.matched:
        return "unmatched"
    if c.gold_date is None:
        return "dated a no-date event"
    if o.date is None:
        return "left undated"
    if o.precision != c.precision and o.date_lenient_ok:
        return "too precise"
    if o.basis == "publication":
        return "fell back to publication"
    if o.basis == "context":
        return "wrong context date"
    return "wrong text date"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--source", help="only cases whose source contains this text")
    ap.add_argument("--errors", action="store_true", help="list the misses")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--min-date", type=float, help="exit 1 below this exact date accuracy")
    ap.add_argument("--min-place", type=float, help="exit 1 below this place country accuracy")
    args = ap.parse_args(argv)

    cases = [c for c in load_cases(args.labels) if not args.source or args.source in c.source]
    outcomes = score(cases)
    s = summary(outcomes)
    if args.json:
        print(json.dumps(s, indent=2))
    else:
        print(f"cases: {s['cases']}   matched: {s['matched']} (coverage {s['coverage']:.3f})")
        print(f"date exact at labelled precision: {s['date_exact']:.3f}")
        print(f"date lenient (finer inside):      {s['date_lenient']:.3f}")
        print(f"place country accuracy:           {s['place_country']:.3f}  (over {s['place_cases']} placed cases)")
        header = f"{'cases':>5s} {'match':>5s} {'date':>6s} {'lenient':>7s} {'placed':>6s} {'place':>6s}"
        for title, table in (("source", s["by_source"]), ("predicted basis", s["by_basis"])):
            print(f"\n{title:28s} {header}")
            for g, f in table.items():
                print(f"{g:28s} {f['cases']:5d} {f['matched']:5d} {f['date_exact']:6.3f} {f['date_lenient']:7.3f}"
                      f" {f['place_cases']:6d} {f['place_country']:6.3f}")
    if args.errors:
        date_misses = [o for o in outcomes if not o.date_ok]
        print(f"\ndate misses ({len(date_misses)}): class | source#record | trigger [sentence] | gold | got (basis: text)")
        for o in sorted(date_misses, key=error_class):
            c = o.case
            print(f"{error_class(o):26s} {c.source}#{c.record} | {c.trigger!r} [{c.sentence_contains}] | "
                  f"{_fmt_date(c.gold_date, c.precision)} | {_fmt_date(o.date, o.precision)} "
                  f"({o.basis}: {o.date_text!r}, mode {o.mode or '-'})  -- {c.note}")
        place_misses = [o for o in outcomes if o.has_place and not o.place_ok]
        print(f"\nplace misses ({len(place_misses)}): source#record | trigger [sentence] | gold | got")
        for o in place_misses:
            c = o.case
            got = f"{o.country or '-'} ({o.place})" if o.place else ("unmatched" if not o.matched else "no place")
            print(f"{c.source}#{c.record} | {c.trigger!r} [{c.sentence_contains}] | "
                  f"{c.place_country} ({c.place_name or '-'}) | {got}")
    failed = (args.min_date is not None and s["date_exact"] < args.min_date) or \
             (args.min_place is not None and s["place_country"] < args.min_place)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
