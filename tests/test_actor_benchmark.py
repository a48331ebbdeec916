"""The actor-resolution benchmark: its labels are well-formed and point at real text,
and its scorer counts right, wrong and unresolved cases correctly."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

import pytest
from conftest import load_benchmark

from dragoman.records import Actor, Mention



@pytest.fixture(scope="module")
def bench():
    return load_benchmark("actor_resolution")


@pytest.fixture(scope="module")
def cases(bench):
    return bench.load_cases()


def test_labels_file_is_large_and_well_formed(bench, cases):
    assert len(cases) >= 400
    for line in bench.LABELS.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        assert {"source", "record", "date", "mention", "occurrence", "country", "sector"} <= set(d)
    for c in cases:
        assert bench.valid_country(c.country), c
        assert c.sector is None or c.sector in bench.SECTORS, c
        date.fromisoformat(c.date)
        assert c.occurrence >= 0 and c.mention.strip() == c.mention and c.mention
    keys = [(c.source, str(c.record), c.mention, c.occurrence) for c in cases]
    assert len(keys) == len(set(keys)), "duplicate cases"


def test_cases_are_spread_over_the_sources(cases):
    by_folder = Counter(c.source.split("/")[0] for c in cases)
    assert by_folder["wikinews"] >= 150
    assert by_folder["confli_train"] >= 60
    assert by_folder["samples"] >= 50
    assert by_folder["petrarch"] >= 80
    assert sum(c.sector == "ELI" for c in cases) >= 5  # former leaders
    assert sum(c.sector is None for c in cases) >= 30  # bare countries


def test_every_locator_finds_its_mention(bench, cases):
    for c in cases:
        text = bench.context(c.source, c.record)
        span = bench.locate(text, c.mention, c.occurrence)
        assert span is not None, f"{c.source}#{c.record}: {c.mention!r} #{c.occurrence} not found"
        assert text[span[0]:span[1]] == c.mention


def test_confli_spans_and_detokenizer(bench):
    src = "confli_train/cameo_ner_train.txt"
    spans = bench.bio_spans(src, 6)
    assert ("S", "US Secretary of State Rex Tillerson") in spans
    assert bench.detokenize(["Baghdad", "’", "s", "forces", ",", "Syria", "-", "related", "."]) == \
        "Baghdad’s forces, Syria-related."


def _fake_finder(answers):
    """A resolver stand-in: tags given words of the context with given actors."""
    def find(text, when):
        out = []
        for word, (country, sector) in answers.items():
            i = text.find(word)
            if i >= 0:
                out.append(Mention(word, i, i + len(word), Actor(word, country, sector)))
        return out
    return find


def test_scorer_counts_right_wrong_and_unresolved(bench):
    src, rec = "petrarch/GigaWord.sample.PETR.xml", "AFP0808020742_2"
    text = bench.context(src, rec)
    assert "Russia's UN ambassador" in text
    mk = lambda mention, country, sector: bench.Case(src, rec, "2008-08-06", mention, 0, country, sector)
    cases = [
        mk("Washington", "USA", "GOV"),              # right
        mk("Moscow", "RUS", "GOV"),                  # right country, wrong sector
        mk("Beijing", "CHN", "GOV"),                 # wrong country
        mk("Russia's UN ambassador", "RUS", "DIP"),  # overlapped by a shorter mention: right
        mk("China", "CHN", None),                    # unresolved
    ]
    finder = _fake_finder({"Washington": ("USA", "GOV"), "Moscow": ("RUS", None),
                           "Beijing": ("TWN", "GOV"), "UN ambassador": ("RUS", "DIP")})
    outcomes = bench.score(cases, finder)
    assert [o.country_ok for o in outcomes] == [True, True, False, True, False]
    assert [o.sector_ok for o in outcomes] == [True, False, False, True, False]
    assert [o.resolved for o in outcomes] == [True, True, True, True, False]
    s = bench.summary(outcomes)
    assert s["cases"] == 5 and s["unresolved"] == 1
    assert s["country"] == pytest.approx(3 / 5)
    assert s["country_sector"] == pytest.approx(2 / 5)
    assert s["by_source"]["petrarch/GigaWord.sample.PETR"]["cases"] == 5


def test_scorer_rejects_a_broken_locator(bench):
    case = bench.Case("samples/article_000.txt", "article_000.txt", "2025-02-16", "Lavrov", 5, "RUS", "GOV")
    with pytest.raises(ValueError):
        bench.score([case], _fake_finder({}))


def test_benchmark_runs_on_a_few_real_cases(bench, cases):
    """End to end with the real resolver on the sample articles: a smoke test, not the target."""
    few = [c for c in cases if c.source == "samples/article_004.txt"]
    assert few
    outcomes = bench.score(few)
    assert len(outcomes) == len(few)
    s = bench.summary(outcomes)
    assert 0.0 <= s["country_sector"] <= s["country"] <= 1.0


def test_cli_exit_codes(bench, tmp_path, capsys):
    labels = tmp_path / "few.jsonl"
    labels.write_text("\n".join(json.dumps({
        "source": "samples/article_004.txt", "record": "article_004.txt", "date": "2022-02-14",
        "mention": m, "occurrence": 0, "country": "RUS", "sector": "GOV"}) for m in ["Sergey Lavrov", "Putin"]),
        encoding="utf-8")
    assert bench.main(["--labels", str(labels), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "cases: 2" in out and "country accuracy" in out
    assert bench.main(["--labels", str(labels), "--min-country", "1.01"]) == 1
