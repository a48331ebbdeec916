"""Actor-resolution benchmark: labelled mentions -> (country, sector), scored against
``ActorResolver.find_mentions``.

    .venv/bin/python benchmarks/actor_resolution.py [--errors] [--source wikinews]
        [--min-country 0.90] [--min-sector 0.80]

The labels (``benchmarks/data/actor_mentions.jsonl``) are human judgements of who the
mention names on the article/event date, made by reading the text, never copied from
the resolver. Each case stores a *locator*, not the text: ``source`` (a file relative to
``../shared/data/``), ``record`` (CSV row index, sentence index of the ConfliBERT NER
file, PETRARCH sentence id, or sample file name), ``date``, the exact ``mention`` text
and its ``occurrence`` (0-based index among the non-overlapping exact matches of the
mention in the context). The context is read from the development data at run time:

* wikinews and samples: the whole article (surnames after a first full mention need it);
* ConfliBERT NER (``confli_train/cameo_ner_train.txt``): one sentence, tokens joined;
* PETRARCH XML: the ``<Text>`` of the ``<Sentence>`` with that id, whitespace collapsed.

A case is right when the resolver's mention overlapping the labelled span has the gold
country (and, for the second figure, also the gold sector; ``null`` = a bare country or
group). No overlapping mention counts as wrong ("unresolved").
Exit code 0 unless ``--min-country``/``--min-sector`` are given and not reached.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Sequence

HERE = Path(__file__).resolve().parent
DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
LABELS = HERE / "data" / "actor_mentions.jsonl"

# Codes: ISO-3166 alpha-3 (three capitals) or the group/region codes of groups.yaml.
GROUP_CODES = {
    "UN", "NATO", "EU", "OSCE", "G7", "G20", "BRICS", "ASEAN", "AU", "ARL", "GCC", "OPEC",
    "IAEA", "WHO", "IMF", "WB", "ICC", "ICJ", "SCO", "CSTO", "WTO", "COE", "ICRC",
    "WST", "EUR", "AFR", "MEA", "ASA", "LAM",
}
SECTORS = {"GOV", "MIL", "DIP", "REB", "OPP", "PTY", "BUS", "MED", "CVL", "COP", "JUD", "IGO",
           "ELI", "SPY", "LEG", "EDU", "REL", "NGO", "LAB", "HLH", "CRM", "INS", "MOD", "RAD", "UAF"}
CODE_RE = re.compile(r"^[A-Z]{3}$")


def valid_country(code: str | None) -> bool:
    return code is not None and (bool(CODE_RE.match(code)) or code in GROUP_CODES)


# ------------------------------------------------------------------ contexts


@lru_cache(maxsize=None)
def _csv_rows(source: str) -> list[dict]:
    csv.field_size_limit(10**9)
    with open(DATA / source, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


_NO_SPACE_BEFORE = re.compile(r" (?=[,.;:!?)\]%]|'s\b|’s\b|n't\b|'\s)")
_NO_SPACE_AFTER = re.compile(r"(?<=[(\[$]) ")


def detokenize(tokens: Sequence[str]) -> str:
    """Join BIO tokens into a readable sentence ("Baghdad ’ s forces" -> "Baghdad’s forces",
    "Syria - related" -> "Syria-related")."""
    text = " ".join(tokens)
    text = re.sub(r" ([’']) s\b", r"\1s", text)
    text = re.sub(r"(?<=\w) - (?=\w)", "-", text)
    text = re.sub(r"([“(\[$]) ", r"\1", text)
    text = re.sub(r" ([”])", r"\1", text)
    text = _NO_SPACE_BEFORE.sub("", text)
    return _NO_SPACE_AFTER.sub("", text)


@lru_cache(maxsize=None)
def _bio_sentences(source: str) -> list[list[tuple[str, str]]]:
    sents, cur = [], []
    for line in (DATA / source).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        token, _, tag = line.rpartition(" ")
        cur.append((token, tag))
    if cur:
        sents.append(cur)
    return sents


def bio_spans(source: str, index: int) -> list[tuple[str, str]]:
    """(label, text) of the source/target spans of one ConfliBERT sentence."""
    spans, cur, label = [], [], None
    for token, tag in _bio_sentences(source)[index] + [("", "O")]:
        if tag.startswith("I-") and cur:
            cur.append(token)
            continue
        if cur:
            spans.append((label, detokenize(cur)))
            cur = []
        if tag.startswith("B-") or tag.startswith("I-"):
            cur, label = [token], tag[2:]
    return spans


@lru_cache(maxsize=None)
def _petrarch(source: str) -> dict[str, tuple[str, str]]:
    """Sentence id -> (date, text) of a PETRARCH validation file (not always valid XML)."""
    raw = (DATA / source).read_text(encoding="utf-8", errors="replace")
    out = {}
    for chunk in re.split(r"<Sentence\b", raw)[1:]:
        sid = re.search(r"\bid\s*=\s*\"([^\"]+)\"", chunk)
        day = re.search(r"\bdate\s*=\s*\"(\d{8})\"", chunk)
        text = re.search(r"<Text>(.*?)</Text>", chunk, re.S)
        if sid and text and sid.group(1) not in out:
            out[sid.group(1)] = (day.group(1) if day else "", html.unescape(" ".join(text.group(1).split())))
    return out


def context(source: str, record) -> str:
    """The text a case's mention is found in (see the module docstring)."""
    if source.startswith("wikinews/"):
        return _csv_rows(source)[int(record)]["text"]
    if source.startswith("samples/"):
        path = DATA / source if source.endswith(".txt") else DATA / source / str(record)
        return path.read_text(encoding="utf-8")
    if source.startswith("confli_train/"):
        return detokenize([tok for tok, _ in _bio_sentences(source)[int(record)]])
    if source.startswith("petrarch/"):
        return _petrarch(source)[str(record)][1]
    raise ValueError(f"unknown source {source!r}")


def locate(text: str, mention: str, occurrence: int = 0) -> tuple[int, int] | None:
    """Char span of the occurrence-th non-overlapping exact match of mention in text."""
    for k, m in enumerate(re.finditer(re.escape(mention), text)):
        if k == occurrence:
            return m.start(), m.end()
    return None


# ------------------------------------------------------------------ cases


@dataclass(frozen=True)
class Case:
    source: str
    record: object
    date: str
    mention: str
    occurrence: int
    country: str
    sector: str | None
    note: str = ""

    @property
    def group(self) -> str:
        """Per-source breakdown key: the folder, with the PETRARCH/wikinews file."""
        folder, _, name = self.source.partition("/")
        return folder if folder in ("samples", "confli_train") else f"{folder}/{name.rsplit('.', 1)[0]}"

    @property
    def key(self) -> tuple[str, str]:
        return self.source, str(self.record)


def load_cases(path: Path = LABELS) -> list[Case]:
    cases = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        d = json.loads(line)
        cases.append(Case(d["source"], d["record"], d["date"], d["mention"], int(d.get("occurrence", 0)),
                          d["country"], d.get("sector"), d.get("note", "")))
    return cases


# ------------------------------------------------------------------ scoring


@dataclass
class Outcome:
    case: Case
    country: str | None  # None: no overlapping mention
    sector: str | None
    got_text: str | None

    @property
    def resolved(self) -> bool:
        return self.got_text is not None

    @property
    def country_ok(self) -> bool:
        return self.resolved and self.country == self.case.country

    @property
    def sector_ok(self) -> bool:
        return self.country_ok and self.sector == self.case.sector


Finder = Callable[[str, date], list]  # (context text, date) -> mentions with start/end/actor


def default_finder() -> Finder:
    from dragoman.actors.resolver import ActorResolver
    from dragoman.language import load_nlp

    nlp, resolver = load_nlp(), ActorResolver()
    return lambda text, when: resolver.find_mentions(nlp(text), when)


def score(cases: Iterable[Case], finder: Finder | None = None) -> list[Outcome]:
    """Run the resolver once per distinct (context, date) and match each labelled span."""
    finder = finder or default_finder()
    cache: dict[tuple, list] = {}
    out = []
    for case in cases:
        text = context(case.source, case.record)
        span = locate(text, case.mention, case.occurrence)
        if span is None:
            raise ValueError(f"{case.source}#{case.record}: {case.mention!r} (occurrence {case.occurrence}) not found")
        key = (case.source, str(case.record), case.date)
        if key not in cache:
            cache[key] = finder(text, date.fromisoformat(case.date))
        s, e = span
        hits = [m for m in cache[key] if m.start < e and s < m.end]
        if hits:  # the mention overlapping most of the labelled span
            m = max(hits, key=lambda m: (min(e, m.end) - max(s, m.start), -(m.end - m.start)))
            out.append(Outcome(case, m.actor.country, m.actor.sector, m.text))
        else:
            out.append(Outcome(case, None, None, None))
    return out


def summary(outcomes: Sequence[Outcome]) -> dict:
    n = len(outcomes)
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[o.case.group].append(o)

    def figures(os: Sequence[Outcome]) -> dict:
        k = len(os) or 1
        return {"cases": len(os), "country": sum(o.country_ok for o in os) / k,
                "country_sector": sum(o.sector_ok for o in os) / k,
                "unresolved": sum(not o.resolved for o in os)}

    return {**figures(outcomes), "by_source": {g: figures(os) for g, os in sorted(groups.items())}} if n else \
        {"cases": 0, "country": 0.0, "country_sector": 0.0, "unresolved": 0, "by_source": {}}


def fmt(code: str | None, sector: str | None) -> str:
    return f"{code or '-'} {sector or 'null'}"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--source", help="only cases whose source contains this text")
    ap.add_argument("--errors", action="store_true", help="list the misses")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--min-country", type=float, help="exit 1 below this country accuracy")
    ap.add_argument("--min-sector", type=float, help="exit 1 below this country+sector accuracy")
    args = ap.parse_args(argv)

    cases = [c for c in load_cases(args.labels) if not args.source or args.source in c.source]
    outcomes = score(cases)
    s = summary(outcomes)
    if args.json:
        print(json.dumps(s, indent=2))
    else:
        print(f"cases: {s['cases']}")
        print(f"country accuracy:          {s['country']:.3f}")
        print(f"country+sector accuracy:   {s['country_sector']:.3f}")
        print(f"unresolved (no mention):   {s['unresolved']}")
        print(f"\n{'source':28s} {'cases':>5s} {'country':>8s} {'+sector':>8s} {'unres.':>6s}")
        for g, f in s["by_source"].items():
            print(f"{g:28s} {f['cases']:5d} {f['country']:8.3f} {f['country_sector']:8.3f} {f['unresolved']:6d}")
    if args.errors:
        misses = [o for o in outcomes if not o.sector_ok]
        print(f"\nmisses ({len(misses)}): source#record | mention | gold | got [resolver span]")
        for o in misses:
            c = o.case
            kind = "COUNTRY" if not o.country_ok else "sector "
            got = fmt(o.country, o.sector) + f" [{o.got_text}]" if o.resolved else "unresolved"
            print(f"{kind} {c.source}#{c.record} | {c.mention!r} | {fmt(c.country, c.sector)} | {got}"
                  + (f"  ({c.note})" if c.note else ""))
    failed = (args.min_country is not None and s["country"] < args.min_country) or \
             (args.min_sector is not None and s["country_sector"] < args.min_sector)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
