"""Each command end to end: code -> events -> export, bad inputs, idempotent re-coding."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from dragoman.cli import main
from dragoman.exports import validate_plover


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "examples.db"
    result = CliRunner().invoke(main, ["code", "--examples", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db, result


def test_code_prints_a_summary(examples_db):
    _, result = examples_db
    assert "read 12 document(s), skipped 0" in result.output
    assert "sentences/s" in result.output


def test_events_prints_a_table_and_filters(examples_db):
    db, _ = examples_db
    result = CliRunner().invoke(main, ["events", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split()[:3] == ["date", "event", "mode"]
    total = int(result.output.strip().splitlines()[-1].split()[0])
    assert total > 20
    iran = CliRunner().invoke(main, ["events", "--db", str(db), "--actor", "IRN"])
    count = int(iran.output.strip().splitlines()[-1].split()[0])
    assert 0 < count < total
    assert all("IRN" in line for line in iran.output.splitlines()[2:-1])


def test_events_date_filters_are_inclusive(examples_db):
    db, _ = examples_db
    result = CliRunner().invoke(main, ["events", "--db", str(db), "--since", "2020-01-01", "--until", "2020-12-31"])
    rows = result.output.splitlines()[2:-1]
    assert rows and all(row.startswith("2020") for row in rows)


def test_export_plover_jsonl_validates(examples_db, tmp_path):
    db, _ = examples_db
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "plover-jsonl", "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text().splitlines()
    assert lines
    for line in lines:
        record = json.loads(line)
        validate_plover(record)
        assert record["actor"] and {"text", "name", "country", "sector", "wikidata"} <= set(record["actor"][0])


def test_recoding_is_idempotent(examples_db, tmp_path):
    db, _ = examples_db
    copy = tmp_path / "again.db"
    shutil.copy(db, copy)
    before = _counts(copy)
    result = CliRunner().invoke(main, ["code", "--examples", "--db", str(copy)])
    assert result.exit_code == 0, result.output
    assert _counts(copy) == before


def _counts(db):
    with sqlite3.connect(db) as con:
        return tuple(con.execute(f"select count(*) from {t}").fetchone()[0] for t in ("articles", "events", "sentences"))


def test_bad_files_are_reported_and_the_rest_is_coded(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Russia and China held talks in Beijing on Monday.\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 talks: France criticized Italy.".encode("latin-1") + b"\xff\xfe\x00")
    (tmp_path / "corpus.jsonl").write_text(
        json.dumps({"id": "a", "text": "Germany condemned Iran on Tuesday.", "date": "2020-01-07"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "b", "text": "Turkey threatened Greece.", "date": "2020-01-08"}) + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "out.db"
    result = CliRunner().invoke(main, ["code", str(tmp_path), "--db", str(db), "--date", "2020-01-09"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "corpus.jsonl:2" in result.output
    assert "binary.txt" in result.output and "empty.txt" in result.output
    with sqlite3.connect(db) as con:
        ids = {row[0] for row in con.execute("select doc_id from articles")}
    assert {"a", "b"} <= ids and len(ids) >= 3


def test_missing_path_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["code", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code != 0
    assert "nope.txt" in result.output and "Traceback" not in result.output


def test_events_on_a_missing_store_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "no such store" in result.output


def test_bad_date_option_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["code", "x.txt", "--db", "x.db", "--date", "27/07/2022"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_installed_entry_point_runs():
    exe = shutil.which("dragoman") or str(__import__("pathlib").Path(sys.executable).with_name("dragoman"))
    result = subprocess.run([exe, "--help"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "code" in result.stdout and "export" in result.stdout


def test_events_per_mention_and_per_real_event(examples_db):
    db, _ = examples_db
    merged = CliRunner().invoke(main, ["events", "--db", str(db)]).output
    mentions = CliRunner().invoke(main, ["events", "--db", str(db), "--mentions"]).output
    assert merged.splitlines()[0].split()[-4:] == ["ment", "art", "src", "place"]
    n_events = int(merged.strip().splitlines()[-1].split()[0])
    n_mentions = int(mentions.strip().splitlines()[-1].split()[0])
    assert 0 < n_events <= n_mentions


def test_export_gdelt_tsv_writes_events_and_mentions(examples_db, tmp_path):
    db, _ = examples_db
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "gdelt-tsv", "-o", str(tmp_path / "g")])
    assert result.exit_code == 0, result.output
    events = (tmp_path / "g.events.tsv").read_text().splitlines()
    mentions = (tmp_path / "g.mentions.tsv").read_text().splitlines()
    assert events[0].split("\t")[:2] == ["GLOBALEVENTID", "SQLDATE"]
    assert mentions[0].split("\t")[0] == "GLOBALEVENTID" and len(mentions) >= len(events) > 1


def test_a_party_no_actor_entry_names_shows_its_words(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("A gunman attacked the Russian embassy in Kyiv on Monday.\n", encoding="utf-8")
    db = str(tmp_path / "a.db")
    assert CliRunner().invoke(main, ["code", str(article), "--db", db, "--date", "2022-07-27"]).exit_code == 0
    for args in ([], ["--mentions"]):
        output = CliRunner().invoke(main, ["events", "--db", db, *args]).output
        assert '"A gunman" (?)' in output, output


def test_events_mode_filter(examples_db):
    db, _ = examples_db
    planned = CliRunner().invoke(main, ["events", "--db", str(db), "--mentions", "--mode", "planned"])
    assert planned.exit_code == 0, planned.output
    rows = planned.output.splitlines()[2:-1]
    assert rows and all(row.split()[2] == "planned" for row in rows)
    bad = CliRunner().invoke(main, ["events", "--db", str(db), "--mode", "maybe"])
    assert bad.exit_code != 0 and "asserted" in bad.output


def _code_iran_and_russia(tmp_path):
    """`dragoman code` on two one-line articles (a.txt: Iran, b.txt: Russia); the run must
    succeed whatever happens to one of them."""
    (tmp_path / "a.txt").write_text("Iran condemned Israel on Monday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Russia condemned Ukraine on Monday.\n", encoding="utf-8")
    db = tmp_path / "x.db"
    result = CliRunner().invoke(main, ["code", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                                       "--db", str(db), "--date", "2022-07-27"])
    assert result.exit_code == 0, result.output
    return result, db


def test_an_article_the_store_refuses_is_skipped_and_the_batch_goes_on(tmp_path, monkeypatch):
    import dataclasses

    from dragoman.pipeline import Pipeline

    code_parsed = Pipeline.code_parsed

    def clashing(self, article, doc, headline=None):  # one article coded with two different events of one id
        coded = code_parsed(self, article, doc, headline)
        if "Iran" in article.text and coded.events:
            coded.events.append(dataclasses.replace(coded.events[0], confidence=0.01))
        return coded

    monkeypatch.setattr(Pipeline, "code_parsed", clashing)
    result, db = _code_iran_and_russia(tmp_path)
    assert "a.txt" in result.output and "not stored: two different events share id" in result.output
    assert "Russia" in CliRunner().invoke(main, ["events", "--db", str(db)]).output


def test_an_article_the_coder_fails_on_is_skipped_and_the_batch_goes_on(tmp_path, monkeypatch):
    from dragoman.pipeline import Pipeline

    code_parsed = Pipeline.code_parsed

    def failing(self, article, doc, headline=None):  # a fault of the coder on one article
        if "Iran" in article.text:
            raise IndexError("list index out of range")
        return code_parsed(self, article, doc, headline)

    monkeypatch.setattr(Pipeline, "code_parsed", failing)
    result, db = _code_iran_and_russia(tmp_path)
    assert "a.txt" in result.output and "could not be coded (IndexError" in result.output
    assert "Traceback" not in result.output
    assert "Russia" in CliRunner().invoke(main, ["events", "--db", str(db)]).output
