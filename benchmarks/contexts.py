"""Context benchmark: hand-labelled event mentions -> PLOVER contexts, scored against the
contexts ``dragoman.code`` gives the same mentions.

    .venv/bin/python benchmarks/contexts.py [--set dev|holdout|all] [--errors] [--sense-only] [--json]

The labels (``benchmarks/data/event_contexts.jsonl``, one mention a line) were made by
reading each sentence, before the context stage existed: the PLOVER contexts
(``events/data/plover.yaml``) the sentence gives *that* event -- not other events of the
sentence, not the rest of the article -- and ``[]`` when it gives none. The system was
run only to choose which mentions to label (ones it detects). ``set`` is ``dev`` for the
101 mentions the cue rules were then revised against and ``holdout`` for 44 mentions of
other articles labelled afterwards and never used to change a rule. Fields: ``source``
(``wikinews/<file>.csv`` under ``../shared/data/``, or ``examples/wikinews_diplomacy.jsonl``
inside the package), ``record`` (CSV row index, or the example's id), ``url`` (the
Wikinews page: the sentences are CC BY 2.5, Wikinews contributors), ``published``,
``sentence``, ``trigger``, ``event`` (PLOVER type, preferred when matching),
``contexts`` and ``note`` (why).

Scoring: each case is matched to the predicted event of the same sentence and trigger
(the labelled type first). Over matched cases, every (case, context) pair is one
decision: precision = right predicted pairs / predicted pairs, recall = right predicted
pairs / labelled pairs. ``--sense-only`` scores the contexts the trigger lexicon gives
alone (the context stage switched off), the baseline the stage adds to.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable

HERE = Path(__file__).resolve().parent
DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
LABELS = HERE / "data" / "event_contexts.jsonl"
EXAMPLES = "examples/wikinews_diplomacy.jsonl"


@dataclass(frozen=True)
class Case:
    set: str
    source: str
    record: int | str
    published: str
    sentence: str
    trigger: str
    event: str
    contexts: tuple[str, ...]
    note: str

    @property
    def key(self) -> str:
        return f"{self.source}:{self.record}"


def load_cases(path: Path = LABELS) -> list[Case]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        cases.append(Case(d["set"], d["source"], d["record"], d["published"], d["sentence"], d["trigger"],
                          d["event"], tuple(d["contexts"]), d.get("note", "")))
    return cases


def article_text(source: str, record: int | str) -> str:
    if source == EXAMPLES:
        path = resources.files("dragoman").joinpath(*EXAMPLES.split("/"))
        return next(d["text"] for d in map(json.loads, path.read_text("utf-8").splitlines()) if d["id"] == record)
    csv.field_size_limit(10**9)
    with open(DATA / source, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))[int(record)]["text"]


def code_cases(cases: Iterable[Case]) -> dict[str, list]:
    """Code every labelled article once; events by article key."""
    import dragoman

    records = {c.key: {"id": c.key, "date": c.published, "text": article_text(c.source, c.record)} for c in cases}
    by_doc: dict[str, list] = defaultdict(list)
    for event in dragoman.code(list(records.values())).events:
        by_doc[event.evidence.doc_id].append(event)
    return by_doc


def match(case: Case, events: Iterable) -> object | None:
    """The predicted event of the case's sentence and trigger, of its type if there is one.
    Sentences match when one holds the other (sentence splitting may move a final quote)."""
    gold = " ".join(case.sentence.split())
    same = [e for e in events if e.evidence.trigger == case.trigger
            and (gold in (got := " ".join(e.evidence.sentence.split())) or got in gold)]
    return next((e for e in same if e.event_type == case.event), same[0] if same else None)


@dataclass
class Score:
    cases: int = 0
    matched: int = 0
    right: int = 0
    predicted: int = 0
    labelled: int = 0
    by_context: dict | None = None

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.right / self.labelled if self.labelled else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(cases: list[Case], predicted: dict[str, list[str] | None]) -> Score:
    """``predicted``: case index -> the contexts of its matched event (None: unmatched)."""
    s = Score(cases=len(cases), by_context=defaultdict(Counter))
    for i, case in enumerate(cases):
        got = predicted.get(str(i))
        if got is None:
            continue
        s.matched += 1
        gold, got_set = set(case.contexts), set(got)
        s.right += len(gold & got_set)
        s.predicted += len(got_set)
        s.labelled += len(gold)
        for c in gold & got_set:
            s.by_context[c]["right"] += 1
        for c in got_set - gold:
            s.by_context[c]["false"] += 1
        for c in gold - got_set:
            s.by_context[c]["missed"] += 1
    return s


def predict(cases: list[Case], sense_only: bool = False) -> dict[str, list[str] | None]:
    if sense_only:
        import dragoman.pipeline

        dragoman.pipeline.assign_contexts = lambda doc, events: None
    by_doc = code_cases(cases)
    out: dict[str, list[str] | None] = {}
    for i, case in enumerate(cases):
        event = match(case, by_doc.get(case.key, ()))
        out[str(i)] = list(event.context) if event is not None else None
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=("dev", "holdout", "all"), default="all", help="which labelled mentions")
    parser.add_argument("--errors", action="store_true", help="list the cases where labels and output differ")
    parser.add_argument("--sense-only", action="store_true", help="score the trigger lexicon's contexts alone")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    cases = [c for c in load_cases() if args.set in ("all", c.set)]
    predicted = predict(cases, sense_only=args.sense_only)
    s = score(cases, predicted)
    if args.json:
        print(json.dumps({"set": args.set, "cases": s.cases, "matched": s.matched, "precision": round(s.precision, 3),
                          "recall": round(s.recall, 3), "f1": round(s.f1, 3),
                          "by_context": {c: dict(n) for c, n in sorted(s.by_context.items())}}))
        return 0
    print(f"contexts{' (sense only)' if args.sense_only else ''}, {args.set}: {s.matched}/{s.cases} labelled mentions"
          " matched")
    print(f"precision {s.precision:.3f} ({s.right}/{s.predicted})  recall {s.recall:.3f} ({s.right}/{s.labelled})"
          f"  F1 {s.f1:.3f}")
    print(f"{'context':22} right false missed")
    for c, n in sorted(s.by_context.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{c:22} {n['right']:5} {n['false']:5} {n['missed']:6}")
    if args.errors:
        for i, case in enumerate(cases):
            got = predicted[str(i)]
            if got is None:
                print(f"\nUNMATCHED {case.trigger!r}: {case.sentence}")
            elif set(got) != set(case.contexts):
                print(f"\n{case.trigger!r} gold {sorted(case.contexts)} got {sorted(got)}  ({case.note})")
                print(f"  {case.sentence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
