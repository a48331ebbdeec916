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
    db, result = examples_db
    assert "read 12 document(s), skipped 0" in result.output
    assert "sentences/s" in result.output
    # mentions before deduplication, and the events `dragoman events` will list
    events = CliRunner().invoke(main, ["events", "--db", str(db)]).output.strip().splitlines()[-1].split()[0]
    mentions = CliRunner().invoke(main, ["events", "--db", str(db), "--mentions"]).output.strip().splitlines()[-1]
    assert f"{mentions.split()[0]} event mentions ({events} events after deduplication)" in result.output


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


# -- bad stores, bad options, bad outputs: one clear line, never a traceback ------------


def _not_a_store(tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("not a database, just some text\n" * 50)
    binary = tmp_path / "bytes.db"
    binary.write_bytes(bytes(range(256)) * 20)
    return text, binary


def _reading_commands(db, gold):
    return [["events", "--db", db], ["quotes", "--db", db], ["export", "--db", db, "--format", "plover-jsonl"],
            ["eval", "--gold", gold, "--db", db]]


def _gold(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": "France met Germany.", "event": "CONSULT"}) + "\n")
    return str(gold)


def test_a_file_that_is_no_database_is_a_clear_error(tmp_path):
    for path in _not_a_store(tmp_path):
        for args in [*_reading_commands(str(path), _gold(tmp_path)), ["code", "x.txt", "--db", str(path)]]:
            result = CliRunner().invoke(main, args)
            assert result.exit_code == 1, (args, result.output)
            assert f"Error: cannot open store {path}: file is not a database" in result.output, args


def test_an_unwritable_store_location_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["code", "--examples", "--db", "/proc/x.db"])
    assert result.exit_code == 1
    assert "Error: cannot create store /proc/x.db: unable to open database file" in result.output


def test_reading_commands_leave_foreign_and_empty_files_alone(tmp_path):
    empty = tmp_path / "empty.db"
    empty.touch()
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as con:
        con.execute("CREATE TABLE birds (name TEXT)")
    con.close()
    for path in (empty, foreign):
        for args in _reading_commands(str(path), _gold(tmp_path)):
            result = CliRunner().invoke(main, args)
            assert result.exit_code == 1 and f"Error: {path} is not a dragoman store" in result.output, args
    assert empty.stat().st_size == 0
    with sqlite3.connect(foreign) as con:
        assert [r[0] for r in con.execute("SELECT name FROM sqlite_master")] == ["birds"]
    con.close()


@pytest.mark.parametrize("args", [["events", "--db", "x.db", "--limit", "-1"], ["quotes", "--db", "x.db", "--limit", "-1"],
                                  ["eval", "--gold", "GOLD", "--limit", "-2"]])
def test_negative_limits_are_refused(tmp_path, args):
    args = [_gold(tmp_path) if a == "GOLD" else a for a in args]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and "Invalid value for '--limit'" in result.output and "x>=0" in result.output


def test_unknown_event_type_is_refused(examples_db):
    db, _ = examples_db
    result = CliRunner().invoke(main, ["events", "--db", str(db), "--event", "NOTATYPE"])
    assert result.exit_code == 2 and "'NOTATYPE' is not a PLOVER event type; use one of AGREE" in result.output
    lower = CliRunner().invoke(main, ["events", "--db", str(db), "--event", "consult"])
    assert lower.exit_code == 0 and " CONSULT " in lower.output


def test_export_to_a_missing_folder_or_a_full_disk_is_a_clear_error(examples_db, tmp_path):
    db, _ = examples_db
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "plover-jsonl",
                                       "-o", str(tmp_path / "nowhere" / "out.jsonl")])
    assert result.exit_code == 1
    assert f"Error: cannot write {tmp_path / 'nowhere' / 'out.jsonl'}: No such file or directory" in result.output
    with open("/dev/full", "w") as full:
        run = subprocess.run([sys.executable, "-m", "dragoman.cli", "export", "--db", str(db), "--format", "plover-jsonl"],
                             stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert run.returncode == 1
    assert run.stderr == "Error: cannot write to standard output: No space left on device\n"


def test_eval_of_a_file_with_no_gold_is_an_error(tmp_path):
    gold = tmp_path / "classes.tsv"
    gold.write_text("Russia attacked Ukraine.\t4\n")
    result = CliRunner().invoke(main, ["eval", "--gold", str(gold), "--format", "petr-gsr", "--pred", _gold(tmp_path)])
    assert result.exit_code == 1
    assert f"Error: {gold}: no gold records for format petr-gsr (not well-formed XML" in result.output


def test_code_fails_when_every_input_is_skipped(tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    result = CliRunner().invoke(main, ["code", str(tmp_path / "binary.txt"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert "read 0 document(s), skipped 1" in result.output and "binary.txt" in result.output


def test_progress_bar_has_a_total_and_shows_on_a_zero_width_terminal():
    """A pty fresh from openpty() reports 0 columns, as `script` does; a pipe gets no bar."""
    import os
    import pty

    from dragoman.api import _known_total
    from dragoman.examples import examples_path

    assert _known_total([examples_path()]) == 12
    assert _known_total([{"id": "a", "text": "x"}, examples_path()]) == 13
    bar = ("from dragoman.api import _progress_bar\n"
           "with _progress_bar(None, 3) as bar:\n    bar.update(3)\n")
    master, slave = pty.openpty()
    run = subprocess.run([sys.executable, "-c", bar], stderr=slave, timeout=120)
    os.close(slave)
    shown = os.read(master, 4096).decode()
    os.close(master)
    assert run.returncode == 0 and "100%" in shown and "3/3" in shown
    piped = subprocess.run([sys.executable, "-c", bar], capture_output=True, text=True, timeout=120)
    assert piped.stderr == "" and piped.stdout == ""
