"""Actor resolution on news sentences written for dragoman, one labelled mention a line,
scored through the ``dragoman actors resolve TEXT --date D --context SENTENCE`` path
(``dragoman.api.resolve_actors``).

    .venv/bin/python benchmarks/actor_sentences.py [--set m1]... [--errors] [--json]

The sets (``benchmarks/data/actor_sentences/*.txt``) were written by people who saw
neither the code nor the actor data, from their own knowledge of 2000-2025 news, as
``sentence | YYYY-MM-DD | mention | WANT``: ``WANT`` is ``CCC SEC`` (country or group
code and sector), ``CCC`` (the country itself, any sector) or ``NONE`` (no actor: a place,
a product, a team, a language...). The mention's first whole-word occurrence in the
sentence is read. m1 (wire sentences of the world's regions) and m2 (names after a first
mention, spellings, metonyms, traps) were scored first, in December 2026, and the
resolver was then fixed on their misses; m3 (2000-2012 wire copy) was scored before the
second round of fixes; m4 (2000-2025, all regions) was held out until the session's other
fixes were in (0.905 with the code before them, 0.950 after) and only then used. A second
round (session of 2026-12-05): m6 (less-covered countries, regional bodies, armed groups,
spellings) and m7 (passages: later references, one person at several dates, several
actors in a sentence) were scored (0.873 / 0.787 with that round's starting code) and then
used; m5 (2014-2025 wire copy on the big stories) was held out until the fixes m6 and m7
led to were in (0.925 with the starting code, 0.932 after them) and only then used. A third
round: m8 (diplomacy and conflict analysis: officials, groups of officials, international
bodies, spellings, named events and treaties) was held out until the session's other fixes
were in (0.927 with the session's starting code, 0.932 after) and m9 (domestic politics and
security outside the USA and the Russia-Ukraine war) was scored (0.858 / 0.880) before both
were used. A fourth round (session of 2026-12-05, afternoon): m10 (the Russia-Ukraine war's
diplomacy, African politics, later references, spellings) and m11 (look-alike places and
products, raw wire forms: datelines, party labels, headlines; Latin America and Asia;
international bodies and blocs) were scored (0.935 / 0.922 with that round's starting
code) and then used; m13 (passages of two to four sentences: later references, and bare
groups among several countries), m14 (less-covered countries and officials the reader may
not know) and m15 (people whose role changed, seats and metonyms, namesakes and spellings)
were written after those fixes and scored with them in (m13 / m14 0.810 / 0.875, m15 0.932
with some of the next fixes in too; with the round's starting code 0.732 / 0.870 / 0.935)
before their own misses were used. m12 (the Middle East, East and South Asia, European
and US politics) was held out through the whole session: 0.958 with its starting code and
0.958 after all the other fixes (the same lines missed but one), then used (0.968). A fifth
round (session of 2026-12-05, evening): m16 (economy, elections and legislatures, courts,
police and intelligence), m17 (conflict reporting, mediation, look-alike arms and places),
m19 (pronouns, names as people write them, office titles at several dates) and m20 (Africa,
Latin America, South and Southeast Asia) were scored first (0.913 / 0.880 / 0.955 / 0.945 with
the round's starting code; m19 and m20 written after the fixes m16-m17 led to, with which they
scored 0.963 / 0.950) and then used; m18 (diplomacy and security 2019-2025, mixed wire copy
2000-2018) was held out through the round: 0.945 with its starting code, 0.953 after the
other fixes, then used. So none of these is held out any more. One label was corrected
after a slip in the writers' brief: Kosovo is XKX, the code the data uses (m3, line 83,
was written KSV). A line is right when the first actor found has the wanted country (and
sector), or, for NONE, when none is found.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Sequence

HERE = Path(__file__).resolve().parent
SETS = HERE / "data" / "actor_sentences"


@dataclass(frozen=True)
class Line:
    set: str
    number: int
    sentence: str
    date: date
    mention: str
    want: tuple[str, ...]  # ("NONE",), (country,) or (country, sector)


def load(names: Sequence[str] = ()) -> list[Line]:
    """The lines of the named sets (all sets without names), checked for form."""
    lines = []
    for path in sorted(SETS.glob("*.txt")):
        if names and path.stem not in names:
            continue
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip() or raw.startswith("#"):
                continue
            sentence, day, mention, want = (part.strip() for part in raw.split(" | "))
            if mention not in sentence:
                raise ValueError(f"{path.name}:{number}: mention {mention!r} is not in the sentence")
            lines.append(Line(path.stem, number, sentence, date.fromisoformat(day), mention, tuple(want.split())))
    return lines


def right(line: Line, found) -> bool:
    if line.want == ("NONE",):
        return not found
    if not found:
        return False
    actor = found[0].actor
    return actor.country == line.want[0] and (len(line.want) == 1 or (actor.sector or "") == line.want[1])


def main(argv: Sequence[str] | None = None) -> int:
    from dragoman.api import resolve_actors

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", action="append", default=[], help="a set's name (m1, m2, ...); repeatable")
    ap.add_argument("--errors", action="store_true", help="list the misses")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    totals: dict[str, list[int]] = {}
    misses = []
    for line in load(args.set):
        found = resolve_actors(line.mention, date=line.date, context=line.sentence)
        ok = right(line, found)
        totals.setdefault(line.set, [0, 0])[0] += ok
        totals[line.set][1] += 1
        if not ok:
            got = "; ".join(f"{m.text}={m.actor.country} {m.actor.sector}" for m in found) or "none"
            misses.append(f"{line.set}:{line.number} [{line.date}] {line.mention!r} want {' '.join(line.want)} got {got}")
    figures = {name: {"lines": n, "right": round(k / n, 3)} for name, (k, n) in totals.items()}
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for name, f in figures.items():
            print(f"{name}: {f['lines']} lines, {f['right']:.3f} right")
    if args.errors:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
