"""Deduplication benchmark: does coding a corpus twice (the second time perturbed) add events?

Codes the Wikinews CSVs (``../shared/data/wikinews/*.csv``: url,date,title,text) into a
fresh store and counts real events; then codes a perturbed copy of every article (a
seeded RNG drops ~10% of the sentences, changes a few words, adds boilerplate lines;
new ids and urls) into the same store and counts again. Target: the real-event count
grows by under 5%. Also checks that two meetings of the same pair a week apart stay two
events, and reports how many copies the article deduper linked to their original.

    .venv/bin/python benchmarks/dedupe.py            # full run (~300 articles)
    .venv/bin/python benchmarks/dedupe.py --limit 40 # quick
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

BOILERPLATE = [
    "Follow us on social media for the latest updates.",
    "Print Friendly",
    "Support independent journalism: donate today.",
    "Sign up for our newsletter to get the day's top stories.",
    "keep readingShow less",
    "Share this article: Facebook Twitter Email",
    "Related: more stories from our world desk.",
    "Advertisement",
]
SWAPS = {
    "said": "stated", "says": "states", "told": "informed", "announced": "declared",
    "government": "administration", "officials": "authorities", "country": "nation",
    "reported": "stated", "people": "individuals", "also": "additionally",
    "large": "big", "many": "numerous", "however": "but", "about": "around",
}


def read_wikinews(limit: int | None = None) -> list[dict]:
    csv.field_size_limit(1 << 30)
    rows: list[dict] = []
    for path in sorted((DATA / "wikinews").glob("*.csv")):
        with open(path, newline="", encoding="utf-8") as fp:
            for n, row in enumerate(csv.DictReader(fp)):
                slug = re.sub(r"\W+", "-", row["url"].rsplit("/", 1)[-1]).strip("-").lower()[:60]
                rows.append({"id": f"{path.stem}-{n:03d}-{slug}", "url": row["url"], "date": row["date"],
                             "title": row["title"], "text": row["text"], "source": "Wikinews"})
    return rows[:limit] if limit else rows


def perturb(record: dict, rng: random.Random) -> dict:
    """A re-post of ``record``: ~10% of sentences dropped, a few words changed,
    boilerplate lines added, new id and url."""
    paragraphs = record["text"].split("\n")
    out: list[str] = []
    for para in paragraphs:
        sentences = re.split(r"(?<=[.!?])\s+", para)
        kept = [s for s in sentences if not (len(sentences) > 1 and rng.random() < 0.10)]
        out.append(" ".join(kept))
    text = "\n".join(out)
    words = re.findall(r"\b\w+\b", text)
    changeable = sorted({w for w in words if w.lower() in SWAPS})
    for w in rng.sample(changeable, min(3, len(changeable))):
        text = re.sub(rf"\b{re.escape(w)}\b", SWAPS[w.lower()], text, count=1)
    lines = text.split("\n")
    for _ in range(rng.randint(1, 3)):
        lines.insert(rng.randint(0, len(lines)), rng.choice(BOILERPLATE))
    lines.append(rng.choice(BOILERPLATE))
    return {**record, "id": record["id"] + "-repost", "url": record["url"].replace(
        "en.wikinews.org", "mirror.example.org") + "?utm=copy", "source": "Mirror", "text": "\n".join(lines)}


def week_apart_check() -> bool:
    """Two Lavrov–Blinken meetings a week apart, each reported twice, stay two events."""
    import dragoman
    from dragoman.store import open_store

    texts = [
        ("w1", "2023-03-03", "Russian Foreign Minister Sergey Lavrov met US Secretary of State Antony Blinken "
                             "in New Delhi on Thursday, March 2."),
        ("w2", "2023-03-03", "Sergey Lavrov and Antony Blinken met on March 2 on the sidelines of the G20."),
        ("w3", "2023-03-10", "Russian Foreign Minister Sergey Lavrov met US Secretary of State Antony Blinken "
                             "on Thursday, March 9."),
        ("w4", "2023-03-10", "Antony Blinken met Sergey Lavrov on March 9."),
    ]
    records = [{"id": i, "date": d, "text": t, "title": t[:40]} for i, d, t in texts]
    with open_store(":memory:") as store:
        dragoman.code(records, store=store)
        events = [e for e in store.real_events(event_type="CONSULT")]
        days = sorted(str(e.date) for e in events)
        print(f"  week-apart check: {len(events)} CONSULT event(s) on {days}, "
              f"mentions {[e.num_mentions for e in events]}")
        return len(events) == 2 and all(e.num_mentions == 2 for e in events)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--db", default=None, help="keep the store in this file")
    args = ap.parse_args(argv)

    import dragoman
    from dragoman.store import open_store

    originals = read_wikinews(args.limit)
    rng = random.Random(args.seed)
    copies = [perturb(r, rng) for r in originals]
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "dedupe.db")
        with open_store(db) as store:
            t0 = time.perf_counter()
            dragoman.code(originals, store=store)
            t1 = time.perf_counter()
            alone = store.counts()
            dragoman.code(copies, store=store)
            t2 = time.perf_counter()
            both = store.counts()
            linked = sum(1 for c in copies if (a := store.article(c["id"])) is not None
                         and store.duplicate_of(c["id"]) == c_orig(c))
            false_links = sum(1 for r in originals if store.duplicate_of(r["id"]) is not None)
    growth = 100.0 * (both["real_events"] - alone["real_events"]) / max(alone["real_events"], 1)
    print(f"articles: {len(originals)} originals + {len(copies)} perturbed copies")
    print(f"  copies linked to their original: {linked}/{len(copies)}; originals linked: {false_links}")
    print(f"  mentions: {alone['events']} -> {both['events']}")
    print(f"  real events: original alone {alone['real_events']}, original + copy "
          f"{both['real_events']}: growth {growth:.2f}% (target < 5%)")
    print(f"  time: originals {t1 - t0:.1f}s, copies {t2 - t1:.1f}s")
    ok_week = week_apart_check()
    ok = growth < 5.0 and ok_week
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


def c_orig(copy: dict) -> str:
    return copy["id"].removesuffix("-repost")


if __name__ == "__main__":
    sys.exit(main())
