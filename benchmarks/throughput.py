"""Coding throughput on Reuters-21578 newswire, against spaCy parsing alone.

    .venv/bin/python benchmarks/throughput.py [--docs 300] [--repeat 3]

Prints sentences/s and words/s of the full pipeline (ingest records -> parse -> actors ->
events -> dates -> SQLite) and of the bare spaCy parse of the same texts (bodies and
headlines) measured in the same run, with their ratio: the machines are noisy, so compare
the ratio, quote medians.
"""

from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

import dragoman
from dragoman.language import parse

REUTERS = Path(__file__).resolve().parents[2] / "shared" / "data" / "reuters21578"
_DOC = re.compile(r"<REUTERS.*?NEWID=\"(\d+)\".*?<DATE>(.*?)</DATE>(.*?)<BODY>(.*?)</BODY>", re.S)
_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&amp;", "&").replace("&#3;", "").strip()


def reuters_records(limit: int) -> list[dict]:
    records = []
    for path in sorted(REUTERS.glob("reut2-*.sgm")):
        text = path.read_bytes().decode("latin-1")
        for newid, when, head, body in _DOC.findall(text):
            title = _TITLE.search(head)
            day = datetime.strptime(when.strip().split()[0], "%d-%b-%Y").date().isoformat()
            records.append({"id": f"reuters-{newid}", "date": day, "text": _unescape(body), "source": "Reuters",
                            "title": _unescape(title.group(1)) if title else None})
            if len(records) >= limit:
                return records
    return records


def time_pipeline(records: list[dict]) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        result = dragoman.code(records, store=Path(tmp) / "bench.db")
        return time.perf_counter() - start, result.summary.sentences


def time_parse(records: list[dict]) -> float:
    start = time.perf_counter()
    for _ in parse(text for r in records for text in (r["text"], r["title"]) if text):
        pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    records = reuters_records(args.docs)
    words = sum(len(r["text"].split()) for r in records)
    time_parse(records[:5])  # load the model outside the timings
    dragoman.code(records[:2])
    runs = []
    for _ in range(args.repeat):
        base = time_parse(records)
        full, sentences = time_pipeline(records)
        runs.append((base, full, sentences))
    base = statistics.median(r[0] for r in runs)
    full = statistics.median(r[1] for r in runs)
    sentences = runs[0][2]
    print(f"documents {len(records)}  words {words}  sentences {sentences}  runs {args.repeat} (medians)")
    print(f"spaCy parse only : {sentences / base:8.0f} sentences/s  {words / base:8.0f} words/s")
    print(f"dragoman pipeline: {sentences / full:8.0f} sentences/s  {words / full:8.0f} words/s")
    print(f"pipeline / parse time ratio: {full / base:.2f}")


if __name__ == "__main__":
    main()
