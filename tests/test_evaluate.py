"""dragoman.evaluate: readers, scorers with hand-counted answers, splits, errors.

The fixtures are invented sentences written for these tests; the reader tests read only
the first records of the development files in ../shared/data.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import dragoman
from dragoman import evaluate as ev
from dragoman.evaluate import GoldFormatError, run_eval

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def _write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _party(country: str | None, text: str = "x", start: int | None = None, end: int | None = None) -> dict:
    return {"text": text, "name": None, "country": country, "sector": None, "wikidata": None,
            "resolved": True, "role_title": None, "start": start, "end": end}


def _pred(doc_id: str, event: str, actors: list[dict], recipients: list[dict], *, quad: int | None = None,
          confidence: float = 0.5, mode: str = "") -> dict:
    """A record shaped like dragoman's plover-jsonl export."""
    return {"id": f"{doc_id}-{event}-{confidence}", "doc_id": doc_id, "event": event, "mode": mode, "context": [],
            "actor": actors, "recipient": recipients, "cameo": None, "quad_class": quad,
            "confidence": confidence, "sentence": 0, "text": "", "source": None}


# -- event scores over dyads --------------------------------------------------------------------


@pytest.fixture
def plover_gold(tmp_path: Path) -> Path:
    return _write_jsonl(tmp_path / "gold.jsonl", [
        {"id": "a", "date": "2021-03-04", "text": "French envoys met German officials in Lyon.",
         "event_type": "CONSULT", "mode": "", "context": "",
         "actor": [{"text": "French envoys", "country": "FRA"}], "recipient": [{"text": "German officials", "country": "DEU"}]},
        {"id": "b", "text": "Russian artillery shelled a Ukrainian village; Kyiv blamed Moscow.",
         "event": "FIGHT", "source": [{"actorText": "Russian artillery", "code": "RUS"}],
         "target": [{"actorText": "Ukrainian village", "code": "UKR"}]},
        {"id": "b", "text": "Russian artillery shelled a Ukrainian village; Kyiv blamed Moscow.",
         "event": "DISAPPROVE", "source": [{"actorText": "Kyiv", "code": "UKR"}], "target": "RUS"},
        {"id": "c", "text": "Nothing political happened at the fair.", "event": ""},
    ])


def test_event_scores_match_hand_counts(tmp_path: Path, plover_gold: Path) -> None:
    pred = _write_jsonl(tmp_path / "pred.jsonl", [
        _pred("a", "CONSULT", [_party("FRA")], [_party("DEU")]),              # all right
        _pred("b", "ASSAULT", [_party("RUS")], []),                           # target missed
        _pred("b", "SUPPORT", [_party("USA")], [_party("UKR")]),              # spurious event
        _pred("b", "ACCUSE", [_party("UKR")], [_party("RUS")], mode="negated"),  # dropped: negated
    ])
    report = run_eval(plover_gold, pred=pred)
    assert report.fmt == "plover" and report.documents == 3
    s = report.scores
    # gold dyads: (FRA CONSULT DEU) (RUS ASSAULT UKR) (UKR ACCUSE RUS)
    # predicted:  (FRA CONSULT DEU) (RUS ASSAULT -)   (USA SUPPORT UKR)
    assert (s["event type"].tp, s["event type"].fp, s["event type"].fn) == (2, 1, 1)
    assert (s["source country"].tp, s["source country"].fp, s["source country"].fn) == (2, 1, 1)
    assert (s["target country"].tp, s["target country"].fp, s["target country"].fn) == (2, 0, 1)
    assert s["target country"].precision == 1.0
    assert s["target country"].recall == pytest.approx(2 / 3)
    assert (s["triple"].tp, s["triple"].fp, s["triple"].fn) == (1, 2, 2)
    assert s["triple"].f1 == pytest.approx(1 / 3)
    assert s["event type"].f1 == pytest.approx(2 / 3)
    per = report.per_type
    assert (per["ASSAULT"].tp, per["ASSAULT"].fp, per["ASSAULT"].fn) == (1, 0, 0)
    assert (per["ACCUSE"].tp, per["ACCUSE"].fn) == (0, 1)
    assert (per["SUPPORT"].tp, per["SUPPORT"].fp) == (0, 1)
    assert any("negated" in n for n in report.notes)


def test_multisets_count_repeats_once_each() -> None:
    assert ev.matched(["CONSULT", "CONSULT", "ASSAULT"], ["CONSULT", "ASSAULT", "ASSAULT"]) == 2
    assert ev.matched([("USA", "AGREE", "IGO")], [("USA", "AGREE", "UN")]) == 1  # generic gold IGO
    assert ev.matched([("USA", "AGREE", "UN")], [("USA", "AGREE", "IGO")]) == 0  # not the other way
    assert ev.matched([], ["AGREE"]) == 0


def test_compound_actors_expand_to_dyads() -> None:
    event = ev.GoldEvent("AGREE", ("JOR", "GBR"), ("USA",))
    assert ev.dyads(event) == [("JOR", "AGREE", "USA"), ("GBR", "AGREE", "USA")]
    assert ev.dyads(ev.GoldEvent("PROTEST")) == [(None, "PROTEST", None)]


def test_perfect_predictions_score_one(tmp_path: Path, plover_gold: Path) -> None:
    # the gold file read back as predictions (ids as doc ids) scores 1.0 everywhere
    report = run_eval(plover_gold, fmt="plover", pred=plover_gold)
    for name in ("event type", "source country", "target country", "triple"):
        assert report.scores[name].f1 == 1.0, name


def test_plover_gsr_loose_layout(tmp_path: Path) -> None:
    # the PLOVER GSR file's layout: objects separated by commas, trailing commas inside
    path = tmp_path / "PLOVER_GSR_test.txt"
    path.write_text(
        '{\n    "id": "T-1",\n    "date": "2000-01-01",\n'
        '    "source": [{"actorText": "Molvania", "code": "ALB", "sector": "GOV"}],\n'
        '    "target": [{"actorText": "U.N. Security Council", "code": "IGO"}],\n'
        '    "event": "DEMAND",\n    "text": "Albania demanded a Security Council session.",\n'
        '    "comment": "",\n},\n{\n    "id": "T-2",\n    "source": [{"actorText": "Soviet troops", "code": "USR"}],\n'
        '    "target": "",\n    "event": "ASSAULT",\n    "text": "Soviet troops fired on the crowd.",\n},\n',
        encoding="utf-8")
    items = list(ev.read_gold(path, "plover"))
    assert [i.doc_id for i in items] == ["T-1", "T-2"]
    assert items[0].events == [ev.GoldEvent("REQUEST", ("ALB",), ("IGO",), 1)]
    assert items[0].date.isoformat() == "2000-01-01"
    assert items[1].events[0].sources == ("RUS",) and items[1].events[0].targets == ()


# -- CAMEO mapping ------------------------------------------------------------------------------


@pytest.mark.parametrize("code, plover", [
    ("042", "CONSULT"), ("0874", "RETREAT"), ("084", "RETREAT"), ("081", "CONCEDE"), ("010", None),
    ("020", "REQUEST"), ("1123", "ACCUSE"), ("092", "ACCUSE"), ("163", "SANCTION"), ("192", "COERCE"),
    ("1712", "ASSAULT"), ("195", "ASSAULT"), ("202", "ASSAULT"), ("138", "THREATEN"), ("057", "SUPPORT"),
])
def test_cameo_to_plover(code: str, plover: str | None) -> None:
    assert ev.cameo_to_plover(code) == plover


@pytest.mark.parametrize("actor, country", [
    ("USAGOV", "USA"), ("GEOOPP", "GEO"), ("---REB", None), ("---", None), ("IGOUNO", "UN"),
    ("IGOUNOMIL", "UN"), ("IGOEUREEC", "EU"), ("IGOWSTNAT", "NATO"), ("IGOCOPITP", "IGO"), ("USR", "RUS"),
])
def test_cameo_country(actor: str, country: str | None) -> None:
    assert ev.cameo_country(actor) == country


# -- confli-class, confli-ner, ngec with hand-made predictions ----------------------------------


def test_quad_class_accuracy(tmp_path: Path) -> None:
    gold = tmp_path / "tiny_class.tsv"
    gold.write_text("Borduria bombed a Syldavian depot.\t4\n"
                    "Borduria promised talks with Syldavia.\t1\n"
                    "The minister spoke about the weather.\t0\n"
                    "Syldavia condemned the Bordurian raid.\t3\n", encoding="utf-8")
    pred = _write_jsonl(tmp_path / "pred.jsonl", [
        _pred("confli-class-1", "ASSAULT", [], [], quad=4, confidence=0.9),
        _pred("confli-class-1", "CONSULT", [], [], quad=1, confidence=0.5),  # lower confidence: ignored
        _pred("confli-class-2", "AGREE", [], [], quad=1),
        _pred("confli-class-4", "SUPPORT", [], [], quad=1),                  # wrong class
    ])
    report = run_eval(gold, pred=pred)
    acc = report.accuracy["QuadClass accuracy"]
    assert (acc.correct, acc.total) == (3, 4)
    assert report.confusion["3"]["1"] == 1 and report.confusion["0"]["0"] == 1
    per = report.per_type
    assert (per["3 verbal conflict"].tp, per["3 verbal conflict"].fn) == (0, 1)
    assert (per["1 verbal coop"].tp, per["1 verbal coop"].fp) == (1, 1)


def test_ner_token_f1(tmp_path: Path) -> None:
    gold = tmp_path / "tiny_ner.txt"
    rows = [("Ruritanian", "B-S"), ("troops", "I-S"), ("shelled", "O"), ("the", "B-T"), ("border", "I-T"),
            ("town", "I-T"), (".", "O"), ("", ""), ("Both", "O"), ("sides", "B-R"), ("met", "O"), (".", "O")]
    gold.write_text("\n".join(f"{t} {g}" if t else "" for t, g in rows) + "\n", encoding="utf-8")
    items = list(ev.read_gold(gold))
    assert items[0].text == "Ruritanian troops shelled the border town."
    assert items[1].ner.source == items[1].ner.target == frozenset({1})
    text = items[0].text
    pred = _write_jsonl(tmp_path / "pred.jsonl", [
        _pred(items[0].doc_id, "ASSAULT", [_party("RUR", "Ruritanian troops", 0, 17)],
              [_party(None, "border town", text.index("border"), len(text) - 1)]),
    ])
    report = run_eval(gold, fmt="confli-ner", pred=pred)
    src, tgt = report.scores["source span (tokens)"], report.scores["target span (tokens)"]
    assert (src.tp, src.fp, src.fn) == (2, 0, 1)   # "sides" (R) missed
    assert (tgt.tp, tgt.fp, tgt.fn) == (2, 0, 2)   # "the" and "sides" missed
    assert tgt.recall == pytest.approx(0.5) and tgt.precision == 1.0


def test_ngec_document_accuracy(tmp_path: Path) -> None:
    gold = tmp_path / "synthetic_stories.csv"
    gold.write_text('text,label,mode\n'
                    '"Thousands marched in Zenda against the new tax.",PROTEST,DEMO\n'
                    '"Graustark shelled Zenda overnight.",ASSAULT,\n'
                    '"Zenda sent grain to flooded Graustark.",AID,\n', encoding="utf-8")
    pred = _write_jsonl(tmp_path / "pred.jsonl", [
        _pred("ngec-1", "PROTEST", [], [], confidence=0.8),
        _pred("ngec-1", "REQUEST", [], [], confidence=0.6),
        _pred("ngec-2", "COERCE", [], [], confidence=0.7),
    ])
    report = run_eval(gold, pred=pred)
    acc = report.accuracy["document event type accuracy"]
    assert (acc.correct, acc.total) == (1, 3)
    assert report.counts["documents with no predicted event"] == 1
    assert (report.per_type["COERCE"].fp, report.per_type["ASSAULT"].fn, report.per_type["AID"].fn) == (1, 1, 1)


def test_ngec_headline_decides_the_document_type(tmp_path: Path) -> None:
    """A story's headline (the prompt's first line) names its main event; coded by
    dragoman itself or read back from a store, the same main type is scored."""
    gold = tmp_path / "synthetic_stories.csv"
    body = "Slovak police arrested two Hungarian activists in Bratislava on Monday."
    gold.write_text('text,title,prompt,label,mode\n'
                    f'"{body}",{{country_1}} Recalls Ambassador,"Hungary Recalls Its Ambassador to Slovakia\n\n(AP) --",SANCTION,\n'
                    f'"{body}",,,COERCE,\n', encoding="utf-8")
    items = list(ev.read_gold(gold, "ngec"))
    assert [i.title for i in items] == ["Hungary Recalls Its Ambassador to Slovakia", None]
    report = run_eval(gold)
    acc = report.accuracy["document event type accuracy"]
    assert (acc.correct, acc.total) == (2, 2)

    db = tmp_path / "coded.db"
    dragoman.code([{"id": i.doc_id, "text": i.text, "title": i.title} for i in items], store=db)
    acc = run_eval(gold, db=db).accuracy["document event type accuracy"]
    assert (acc.correct, acc.total) == (2, 2)


def test_petr_gsr_empty_text_comes_from_the_parse(tmp_path: Path) -> None:
    gold = tmp_path / "parse_only.xml"
    gold.write_text(
        '<Sentence id="P_1" date="20150101" evaluate="true"/>\n'
        '<EventCoding eventcode="190" sourcecode="GRCMIL" targetcode="TUR" />\n<Text>\n</Text>\n<Parse>\n'
        '1\tGreek\tGreek\tADJ\tJJ\t_\t2\tamod\t_\t_\n'
        '2\tjets\tjet\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n'
        '3\tstruck\tstrike\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n'
        '4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n</Parse></Sentence>\n', encoding="utf-8")
    (item,) = ev.read_gold(gold)
    assert item.text == "Greek jets struck."
    assert item.events == [ev.GoldEvent("ASSAULT", ("GRC",), ("TUR",), 4, "190")]


def test_petr_gsr_fixture_scores(tmp_path: Path) -> None:
    gold = tmp_path / "tiny_validation.xml"
    gold.write_text(
        '<Validation>\n<Sentences>\n'
        '<Sentence category="T" date="20150609" id="T_1" evaluate="true"/>\n'
        '<EventCoding eventcode="042" sourcecode="USAGOV" targetcode="IGOUNO" />\n'
        '<Text>\nThe American envoy visited the United Nations\nheadquarters on Tuesday.\n</Text>\n'
        '</Sentence>\n'
        '<Sentence category="T" date="20150609" id="T_2" evaluate="true">\n'
        '<EventCoding noevents="True" />\n<Text>\nThe weather was mild.\n</Text>\n</Sentence>\n'
        '</Sentences>\n</Validation>\n', encoding="utf-8")
    items = list(ev.read_gold(gold))
    assert items[0].text == "The American envoy visited the United Nations headquarters on Tuesday."
    assert items[0].events == [ev.GoldEvent("CONSULT", ("USA",), ("UN",), 1, "042")]
    assert items[0].date.isoformat() == "2015-06-09" and items[1].events == []
    pred = _write_jsonl(tmp_path / "pred.jsonl", [
        _pred("T_1", "CONSULT", [_party("USA")], [_party("UN")]),
        _pred("T_2", "PROTEST", [], []),
    ])
    triple = run_eval(gold, pred=pred).scores["triple"]
    assert (triple.tp, triple.fp, triple.fn) == (1, 1, 0)


# -- splits, options, report ----------------------------------------------------------------------


def test_split_is_fixed_and_about_a_fifth(tmp_path: Path) -> None:
    keys = [f"sentence number {i}" for i in range(2000)]
    test = [k for k in keys if ev.in_test_split(k)]
    assert 300 < len(test) < 500
    assert test == [k for k in keys if ev.in_test_split(k)]  # deterministic
    gold = tmp_path / "split_class.tsv"
    gold.write_text("".join(f"{k}\t0\n" for k in keys[:50]), encoding="utf-8")
    pred = _write_jsonl(tmp_path / "none.jsonl", [])
    n_test = run_eval(gold, pred=pred, split="test").documents
    n_train = run_eval(gold, pred=pred, split="train").documents
    assert n_test == sum(ev.in_test_split(k) for k in keys[:50]) and n_test + n_train == 50
    assert run_eval(gold, pred=pred, limit=7).documents == 7


def test_report_text_and_dict(tmp_path: Path, plover_gold: Path) -> None:
    report = run_eval(plover_gold, pred=plover_gold)
    text = report.to_text()
    rows = [line for line in text.splitlines() if line.startswith(("event type", "triple"))]
    assert len(rows) == 2 and len({line.index("1.000") for line in rows}) == 1  # aligned columns
    data = json.loads(json.dumps(report.to_dict()))
    assert data["scores"]["triple"]["f1"] == 1.0 and data["format"] == "plover"


def test_options_errors(tmp_path: Path, plover_gold: Path) -> None:
    with pytest.raises(ValueError, match="not both"):
        run_eval(plover_gold, db=tmp_path / "x.db", pred=plover_gold)
    with pytest.raises(ValueError, match="unknown gold format"):
        run_eval(plover_gold, fmt="acled")
    with pytest.raises(ValueError, match="cannot tell"):
        ev.guess_format(Path("gold.parquet"))


# -- malformed gold files -----------------------------------------------------------------------


def test_bad_class_line_names_file_and_line(tmp_path: Path) -> None:
    gold = tmp_path / "bad_class.tsv"
    gold.write_text("One sentence.\t1\nAnother sentence.\t2\nA third sentence.\t7\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"bad_class\.tsv:3: class must be 0-4"):
        list(ev.read_gold(gold))


def test_bad_jsonl_line_names_file_and_line(tmp_path: Path) -> None:
    gold = tmp_path / "bad.jsonl"
    gold.write_text('{"id": "a", "text": "x", "event": "AGREE"}\n{"id": "b", "text": \n', encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"bad\.jsonl:2: invalid JSON"):
        list(ev.read_gold(gold))


def test_unknown_event_type_is_an_error(tmp_path: Path) -> None:
    gold = _write_jsonl(tmp_path / "gold.jsonl", [{"id": "a", "text": "x", "event": "AGREE"},
                                                   {"id": "b", "text": "y", "event": "PICNIC"}])
    with pytest.raises(GoldFormatError, match=r"gold\.jsonl:2: event type 'PICNIC'"):
        list(ev.read_gold(gold))


def test_bad_ner_tag_and_gsr_code(tmp_path: Path) -> None:
    ner = tmp_path / "bad_ner.txt"
    ner.write_text("Troops B-S\nfired X-Q\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"bad_ner\.txt:2"):
        list(ev.read_gold(ner))
    gsr = tmp_path / "bad.xml"
    gsr.write_text('<Sentence id="X_1" date="20150101"/>\n<EventCoding eventcode="999" sourcecode="USA" '
                   'targetcode="RUS" />\n<Text>\nA.\n</Text>\n', encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"bad\.xml:2: eventcode '999'"):
        list(ev.read_gold(gsr))


# -- readers on the first records of the development files ---------------------------------------


def _first(path: Path, n: int = 3) -> list[ev.GoldItem]:
    if not path.is_file():
        pytest.fail(f"development data not found at {path}")
    items = []
    for item in ev.read_gold(path):
        items.append(item)
        if len(items) == n:
            break
    return items


def test_reads_confli_class() -> None:
    items = _first(DATA / "confli_train" / "cameo_class_train.tsv")
    assert all(i.quad_class in range(5) and i.text for i in items)
    assert items[0].quad_class == 4 and "car bomb" in items[0].text


def test_reads_confli_ner() -> None:
    items = _first(DATA / "confli_train" / "cameo_ner_train.txt")
    first = items[0]
    assert first.ner is not None and first.ner.source and first.ner.target
    assert "car bomb" in " ".join(first.ner.tokens[i] for i in sorted(first.ner.source))
    for start, end in first.ner.spans:  # spans cut the tokens out of the text
        assert first.text[start:end] in first.ner.tokens


@pytest.mark.parametrize("tokens, text", [
    ("the US - backed SDF".split(), "the US-backed SDF"),
    ("in Yemen ’ s south".split(), "in Yemen’s south"),
    ("1 , 500 people and $ 22 . 5 million".split(), "1,500 people and $22.5 million"),
    ("on May 7 , 2017 .".split(), "on May 7, 2017."),
    ("peace - ".split(), "peace -"),
])
def test_detokenize_rejoins_split_words(tokens: list[str], text: str) -> None:
    joined, spans = ev.detokenize(tokens)
    assert joined == text
    assert [joined[a:b] for a, b in spans] == tokens


def test_ner_split_keyed_on_unjoined_text(tmp_path: Path) -> None:
    """Rejoining words must not move sentences between the train and test splits."""
    gold = tmp_path / "ner.txt"
    gold.write_text("US O\n- O\nbacked O\nforces B-S\nhit O\nYemen B-T\n’ I-T\ns I-T\nport I-T\n. O\n", encoding="utf-8")
    item = next(iter(ev.read_gold(gold, "confli-ner")))
    assert item.text == "US-backed forces hit Yemen’s port."
    assert item.split_key == "US - backed forces hit Yemen’ s port."


def test_reads_ngec() -> None:
    items = _first(DATA / "ngec_synthetic" / "gpt_synthetic_events_2023-10-19_19.csv")
    assert items[0].doc_type == "PROTEST" and len(items[0].text) > 100
    assert all(i.doc_type in ev.PLOVER_TYPES for i in items)


def test_reads_petr_gsr() -> None:
    items = list(ev.read_gold(DATA / "petrarch" / "PETR2_GSR_validation.xml"))
    assert len(items) > 50 and len({i.doc_id for i in items}) == len(items)
    first = items[0]
    assert first.events[0].event_type == "CONSULT"
    assert (first.events[0].sources, first.events[0].targets) == (("USA",), ("CHN",))
    assert "\n" not in first.text  # hard-wrapped lines joined
    assert any(not i.events for i in items)  # noevents records kept as negatives


# -- predictions coded by dragoman, and read back from a store ------------------------------------


def test_codes_gold_itself_and_reads_a_store(tmp_path: Path) -> None:
    gold = _write_jsonl(tmp_path / "meet.jsonl", [
        {"id": "m1", "date": "2022-01-21", "event": "CONSULT",
         "text": "Russian Foreign Minister Sergei Lavrov met US Secretary of State Antony Blinken in Geneva on Friday.",
         "actor": [{"country": "RUS"}], "recipient": [{"country": "USA"}]},
    ])
    coded = run_eval(gold)
    assert coded.predictions == "coded by dragoman"
    assert coded.scores["event type"].tp == 1
    db = tmp_path / "m.db"
    dragoman.code([{"id": "m1", "date": "2022-01-21", "text": json.loads(gold.read_text())["text"]}], store=db)
    stored = run_eval(gold, db=db)
    assert stored.to_dict()["scores"] == coded.to_dict()["scores"]


def test_confli_class_uses_the_phoenix_classes_of_cameo_roots():
    assert ev.phoenix_class(ev.PredEvent("REQUEST", cameo="020", quad_class=1)) == 0   # appeals: class 0
    assert ev.phoenix_class(ev.PredEvent("SANCTION", cameo="161", quad_class=4)) == 3  # reduce relations
    assert ev.phoenix_class(ev.PredEvent("PROTEST", cameo="141", quad_class=4)) == 4
    assert ev.phoenix_class(ev.PredEvent("ASSAULT", quad_class=4)) == 4                # no CAMEO: its QuadClass


def test_reliability_table_counts_right_events_per_confidence_bin(tmp_path: Path) -> None:
    report = ev.Report(gold="g", fmt="plover", predictions="p", documents=1)
    item = ev.GoldItem(doc_id="d", text="t", events=[ev.GoldEvent("ASSAULT", ("RUS",), ("UKR",))])
    preds = {"d": [ev.PredEvent("ASSAULT", ("RUS",), ("UKR",), confidence=0.9),
                   ev.PredEvent("ASSAULT", ("USA",), (), confidence=0.85),
                   ev.PredEvent("CONSULT", ("RUS",), (), confidence=0.1)]}
    ev.score_events([item], preds, report)
    high, low = report.reliability["[0.8, 1.0]"], report.reliability["[0.0, 0.2)"]
    assert (high.correct, high.total) == (1, 2) and (low.correct, low.total) == (0, 1)
    assert "reliability" in report.to_text()


def test_quad_classes_get_a_reliability_table_too() -> None:
    report = ev.Report(gold="g", fmt="confli-class", predictions="p", documents=1)
    item = ev.GoldItem(doc_id="d", text="t", quad_class=4)
    preds = {"d": [ev.PredEvent("ASSAULT", quad_class=4, confidence=0.9),   # right class
                   ev.PredEvent("CONSULT", cameo="040", quad_class=1, confidence=0.3)]}  # wrong class
    ev.score_quad([item], preds, report)
    assert (report.reliability["[0.8, 1.0]"].correct, report.reliability["[0.8, 1.0]"].total) == (1, 1)
    assert (report.reliability["[0.2, 0.4)"].correct, report.reliability["[0.2, 0.4)"].total) == (0, 1)


# -- files that hold no gold, or no text ----------------------------------------------------------


@pytest.mark.parametrize("name, content, fmt, reason", [
    ("other.xml", '<?xml version="1.0"?>\n<root>\n  <item>x</item>\n</root>\n', None,
     r"no gold records for format petr-gsr \(no <Sentence> element\)"),
    ("broken.xml", '<?xml version="1.0"?>\n<root>\n  <item>x</itm>\n</root>\n', None,
     r"no gold records for format petr-gsr \(not well-formed XML: mismatched tag: line 3"),
    ("classes.tsv", "Russia attacked Ukraine.\t4\n", "petr-gsr",
     r"no gold records for format petr-gsr \(not well-formed XML"),
    ("empty.jsonl", "\n", None, "no gold records for format plover"),
])
def test_a_file_with_no_gold_records_is_an_error(tmp_path: Path, name: str, content: str, fmt: str | None,
                                                 reason: str) -> None:
    gold = tmp_path / name
    gold.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError, match=rf"{name}: {reason}"):
        run_eval(gold, fmt, pred=gold)


def test_limit_zero_reads_no_item(tmp_path: Path, plover_gold: Path) -> None:
    assert run_eval(plover_gold, limit=0, pred=plover_gold).documents == 0


def test_undecodable_gold_and_predictions_name_the_file(tmp_path: Path, plover_gold: Path) -> None:
    gold = tmp_path / "latin1.txt"
    gold.write_bytes("Caf\xe9 talks ended.\t1\n".encode("latin-1"))
    with pytest.raises(GoldFormatError, match=r"latin1\.txt: not UTF-8 text \(cannot decode byte 0xe9\)"):
        run_eval(gold, "confli-class", pred=plover_gold)
    pred = tmp_path / "binary.jsonl"
    pred.write_bytes(b"\x00\xff\xfe" * 20)
    with pytest.raises(GoldFormatError, match=r"binary\.jsonl: not UTF-8 text"):
        run_eval(plover_gold, pred=pred)


@pytest.mark.parametrize("content, message", [
    ('{"id": "a", "text": "abc', r"x\.jsonl:1: invalid JSON line: Unterminated string starting at column 21$"),
    ('{"id": "a", "text": "a\tb"}\n', r"x\.jsonl:1: invalid JSON line: Invalid control character at column 23$"),
    ('[\n{"id": "a",\n "text": }]', r"x\.jsonl:3: invalid JSON: Expecting value at column 10$"),
])
def test_json_errors_read_as_sentences_with_their_column(tmp_path: Path, content: str, message: str) -> None:
    gold = tmp_path / "x.jsonl"
    gold.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError, match=message):
        list(ev.read_gold(gold))


def test_an_export_scored_against_itself_scores_one(tmp_path: Path) -> None:
    """Gold events that are negated or hypothetical are left out, as predicted ones are."""
    events = tmp_path / "events.jsonl"
    _write_jsonl(events, [
        {**_pred("d1", "CONSULT", [_party("FRA")], [_party("DEU")]), "text": "France met Germany."},
        {**_pred("d1", "ASSAULT", [_party("RUS")], [_party("UKR")], mode="hypothetical"), "text": "x"},
        {**_pred("d2", "AGREE", [_party("USA")], [_party("MEX")], mode="negated"), "text": "No deal."},
    ])
    report = run_eval(events, pred=events)
    assert report.scores["triple"].to_dict()["f1"] == 1.0
    assert report.scores["triple"].tp == 1 and report.scores["triple"].fn == 0
    assert "2 gold event(s) with mode negated or hypothetical not counted" in report.notes
