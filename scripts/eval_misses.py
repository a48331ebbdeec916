"""Per document: gold dyads against dragoman's events (with the mention texts), for
reading the misses of an event gold set. Scores as ``dragoman eval`` does (dyads,
negated/hypothetical events dropped) and prints the triple figures at the end.

    .venv/bin/python scripts/eval_misses.py --gold ../shared/data/petrarch/PETR2_GSR_validation.xml \
        --format petr-gsr [--misses] [--json out.json]

Lines: ``OK``/``XX`` with the document id and counts, the text, ``GOLD cameo TYPE
sources -> targets``, then ``PRED cameo TYPE mode= [mention=COUNTRY/SECTOR] -> [...]
trig=...`` for every coded event (dropped modes included, marked by their mode).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from dragoman.api import iter_code
from dragoman.evaluate import _from_event, _kept, dyads, matched, read_gold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--format", default=None, help="gold format (guessed from the name when left out)")
    ap.add_argument("--misses", action="store_true", help="print only documents with a miss")
    ap.add_argument("--json", type=Path, help="also write each document's gold and predicted dyads here")
    args = ap.parse_args()

    items = list(read_gold(args.gold, args.format))
    by_id = {i.doc_id: i for i in items}
    records = [{"id": i.doc_id, "text": i.text, "date": i.date.isoformat() if i.date else None} for i in items]
    total: Counter[str] = Counter()
    dump = {}
    for coded in iter_code(records):
        item = by_id[coded.article.doc_id]
        preds = [_from_event(e, item.text, coded.article.text) for e in coded.events]
        gold = [d for e in item.events for d in dyads(e)]
        pred = [d for e in _kept(preds) for d in dyads(e)]
        tp = matched(gold, pred)
        total.update(tp=tp, gold=len(gold), pred=len(pred))
        dump[item.doc_id] = {"gold": gold, "pred": pred, "tp": tp}
        ok = tp == len(gold) == len(pred)
        if ok and args.misses:
            continue
        print(f"{'OK' if ok else 'XX'} {item.doc_id} tp={tp} gold={len(gold)} pred={len(pred)}")
        print("   TEXT:", item.text)
        for e in item.events:
            print(f"   GOLD {e.cameo} {e.event_type} {e.sources} -> {e.targets}")
        for e in coded.events:
            side = [", ".join(f"{m.text!r}={m.actor.country}/{m.actor.sector}" for m in ms)
                    for ms in (e.actors, e.recipients)]
            print(f"   PRED {e.cameo} {e.event_type} mode={e.mode} [{side[0]}] -> [{side[1]}] trig={e.evidence.trigger!r}")
    p = total["tp"] / total["pred"] if total["pred"] else 0.0
    r = total["tp"] / total["gold"] if total["gold"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"triple P={p:.3f} R={r:.3f} F1={f1:.3f} (tp {total['tp']}, gold {total['gold']}, predicted {total['pred']})")
    if args.json:
        args.json.write_text(json.dumps(dump, indent=1))


if __name__ == "__main__":
    main()
