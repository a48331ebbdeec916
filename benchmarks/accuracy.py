"""Accuracy of dragoman on the development gold sets, against the project's targets.

    .venv/bin/python benchmarks/accuracy.py [--limit N] [--json FILE]

Runs four evaluations with dragoman.evaluate.run_eval (dragoman codes the gold texts
itself) and prints each figure against its target (PASS / BELOW), with the
`dragoman eval` command that reproduces it:

* ConfliBERT sentence classes: QuadClass accuracy, held-out test split;
* ConfliBERT BIO spans: source and target span token-F1, test split;
* NGEC synthetic stories: document-level event type accuracy, test split;
* PETRARCH2 GSR validation records: triple F1 (all 78 records; nothing trains on them).

The test split is the fixed fifth of items whose text hashes to 0 mod 5 (see
dragoman.evaluate). Every set is run in full on its split (about 1,500 documents, a few
minutes on 2 cores); `--limit N` keeps the first N items of each for a quick run.
The targets are issue 4's, kept in TARGETS below.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from dragoman.evaluate import Report, run_eval

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@dataclass(frozen=True)
class Target:
    name: str
    gold: str  # path under ../shared/data
    fmt: str
    split: str | None
    metric: str  # "accuracy:<name>" or "f1:<score name>"
    goal: float

    def value(self, report: Report) -> float:
        kind, name = self.metric.split(":", 1)
        if kind == "accuracy":
            return report.accuracy[name].value
        return report.scores[name].f1

    def command(self, limit: int | None) -> str:
        cmd = f"dragoman eval --gold ../shared/data/{self.gold} --format {self.fmt}"
        if self.split:
            cmd += f" --split {self.split}"
        if limit:
            cmd += f" --limit {limit}"
        return cmd


CLASS = "confli_train/cameo_class_train.tsv"
NER = "confli_train/cameo_ner_train.txt"
NGEC = "ngec_synthetic/gpt_synthetic_events_2023-10-19_19.csv"
GSR = "petrarch/PETR2_GSR_validation.xml"

TARGETS = [
    Target("ConfliBERT QuadClass accuracy", CLASS, "confli-class", "test", "accuracy:QuadClass accuracy", 0.75),
    Target("ConfliBERT source span token-F1", NER, "confli-ner", "test", "f1:source span (tokens)", 0.70),
    Target("ConfliBERT target span token-F1", NER, "confli-ner", "test", "f1:target span (tokens)", 0.70),
    Target("NGEC document event type accuracy", NGEC, "ngec", "test", "accuracy:document event type accuracy", 0.75),
    Target("PETRARCH2 GSR triple F1", GSR, "petr-gsr", None, "f1:triple", 0.60),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="Keep the first N items of each set (quick run).")
    parser.add_argument("--json", type=Path, help="Also write every report as JSON to this file.")
    parser.add_argument("--verbose", action="store_true", help="Print each full report.")
    args = parser.parse_args(argv)

    reports: dict[tuple[str, str, str | None], Report] = {}
    rows = []
    for target in TARGETS:
        key = (target.gold, target.fmt, target.split)
        if key not in reports:
            start = time.perf_counter()
            reports[key] = run_eval(DATA / target.gold, fmt=target.fmt, split=target.split, limit=args.limit)
            took = time.perf_counter() - start
            if args.verbose:
                print(reports[key].to_text(), f"\n({took:.1f} s)\n", file=sys.stderr)
        report = reports[key]
        value = target.value(report)
        rows.append((target, report, value))

    print(f"dragoman accuracy on the development gold sets{f' (first {args.limit} items of each)' if args.limit else ''}")
    width = max(len(t.name) for t in TARGETS)
    print(f"{'measure':<{width}}  {'value':>6}  {'target':>6}  result  documents")
    for target, report, value in rows:
        verdict = "PASS" if value >= target.goal else "BELOW"
        where = f"{report.documents} ({target.split} split)" if target.split else f"{report.documents} (all)"
        print(f"{target.name:<{width}}  {value:6.3f}  {target.goal:6.2f}  {verdict:<6}  {where}")
    print()
    print("reproduce:")
    for target, _, _ in rows:
        print(f"  {target.name}: {target.command(args.limit)}")
    if args.json:
        payload = {
            "limit": args.limit,
            "results": [
                {"name": t.name, "value": round(v, 4), "target": t.goal, "pass": v >= t.goal,
                 "command": t.command(args.limit)} for t, _, v in rows
            ],
            "reports": [r.to_dict() for r in reports.values()],
        }
        args.json.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
