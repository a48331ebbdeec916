"""Main-event benchmark: is an article's main type (``article.main_type``, from its
headline, else its surest body event) the type of the event the article is about?

    .venv/bin/python benchmarks/main_event.py [--errors]

Articles: the 69 Wikinews articles of the event-precision benchmark (``event_precision.py``
says how they were chosen; texts read from ``../shared/data/wikinews/``). Labels
(``data/main_event_labels.jsonl``): the PLOVER type or types (either counts: "a court
ruling against a party", ACCUSE or REJECT) of the event each article reports, read from
its title and lead by the judging rules of ``event_precision.py`` before any prediction
was seen; ``NONE`` where that is no event (deaths, elections, campaigns, resignations,
legislative procedure).

Prints, over the articles whose label is an event type, the share whose main type is
one of the labels, coded with their headlines and, as the baseline measured in the same
run, without them (the body's surest event); and, over the ``NONE`` articles, how many
still get a main type (their bodies report side events).

First run (2026-12-04): 26/34 with headlines, 20/34 body only. Two of its errors led to
lexicon changes ("ends state of emergency" is CONCEDE, "agrees to suspend Parliament" is
no SANCTION: verbs.yaml v4), so the later figure (28/34) is no longer a held-out one.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[1] / "shared" / "data"
LABELS = HERE / "data" / "main_event_labels.jsonl"


def load() -> list[dict]:
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]


def records(labels: list[dict], with_titles: bool) -> list[dict]:
    csv.field_size_limit(10**9)
    tables: dict[str, list[dict]] = {}
    out = []
    for label in labels:
        source = label["source"]
        if source not in tables:
            with open(DATA / source, encoding="utf-8", newline="") as fh:
                tables[source] = list(csv.DictReader(fh))
        row = tables[source][label["record"]]
        out.append({"id": f"{source}:{label['record']}", "date": row["date"], "text": row["text"],
                    "title": row["title"] if with_titles else None})
    return out


def main_types(labels: list[dict], with_titles: bool) -> dict[str, str | None]:
    import dragoman

    return {c.article.doc_id: c.article.main_type for c in dragoman.iter_code(records(labels, with_titles))}


def score(labels: list[dict], predicted: dict[str, str | None]) -> tuple[int, int, int, int]:
    """(right, event articles, NONE articles given a main type, NONE articles)."""
    right = events = typed_none = nones = 0
    for label in labels:
        guess = predicted[f"{label['source']}:{label['record']}"]
        if label["main"] == ["NONE"]:
            nones += 1
            typed_none += guess is not None
        else:
            events += 1
            right += guess in label["main"]
    return right, events, typed_none, nones


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the event articles whose main type is wrong")
    args = parser.parse_args(argv)
    labels = load()
    with_titles = main_types(labels, True)
    body_only = main_types(labels, False)
    right, events, typed_none, nones = score(labels, with_titles)
    base, _, base_none, _ = score(labels, body_only)
    print(f"main event type, {len(labels)} Wikinews articles ({events} reporting an event, {nones} none)")
    print(f"with headlines : {right}/{events} = {right / events:.3f} right; {typed_none}/{nones} 'none' articles typed")
    print(f"body only      : {base}/{events} = {base / events:.3f} right; {base_none}/{nones} 'none' articles typed")
    print(f"ratio headlines / body only: {right / base:.2f}" if base else "ratio: body only got none right")
    if args.errors:
        for label in labels:
            key = f"{label['source']}:{label['record']}"
            if label["main"] != ["NONE"] and with_titles[key] not in label["main"]:
                print(f"  {key}  {'/'.join(label['main'])} <- {with_titles[key]} (body {body_only[key]})  {label['title']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
