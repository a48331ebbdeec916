"""Uncovered periods of the IGO offices (offices_igo.yaml), largest first.

    .venv/bin/python scripts/igo_coverage.py [--min-days 0] [--end 2026-11-30]

For every office of offices_igo.yaml it joins the holders' spells (from every data file,
as the knowledge base loads them) and prints each period between 2000-01-01 and --end
that no spell covers, with its length in days, then the total. Some periods are not data
gaps: the ICC prosecutor (2003) and the AU Commission (2002) did not exist earlier, and
the WTO was without a Director-General from September 2020 to March 2021.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from importlib import resources
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from actor_coverage import gaps_in  # noqa: E402

from dragoman.actors.kb import get_kb  # noqa: E402

START = date(2000, 1, 1)


def igo_office_ids() -> list[str]:
    text = resources.files("dragoman.actors.data").joinpath("offices_igo.yaml").read_text(encoding="utf-8")
    return [o["id"] for o in yaml.safe_load(text)["offices"]]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-days", type=int, default=0, help="print only periods longer than this")
    ap.add_argument("--end", type=date.fromisoformat, default=date(2026, 11, 30), help="last day counted")
    args = ap.parse_args(argv)
    kb = get_kb()
    rows = []
    for oid in igo_office_ids():
        spans = [(s.start or START, s.end or args.end) for s, _ in kb.holders.get(oid, [])]
        for a, b in gaps_in(spans, START, args.end, args.min_days):
            rows.append(((b - a).days, oid, a, b))
    for days, oid, a, b in sorted(rows, reverse=True):
        print(f"{days:6d}  {oid:36s} {a}..{b}")
    print(f"total {sum(r[0] for r in rows)} days in {len(rows)} periods")
    return 0


if __name__ == "__main__":
    sys.exit(main())
