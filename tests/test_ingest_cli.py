"""`dragoman code`: what ingest found wrong with a record shows in the run's summary."""

from __future__ import annotations

from click.testing import CliRunner

from dragoman.cli import main


def test_warnings_and_duplicates_are_listed_in_the_summary(tmp_path):
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("Caf\u00e9 talks\n\nLavrov met Rubio in the caf\u00e9 in Riyadh.".encode("cp1252"))
    records = tmp_path / "r.jsonl"
    records.write_text('{"id": "b1", "date": "not-a-date", "text": "Lavrov met Rubio in Riyadh."}\n'
                       '{"id": "b1", "text": "Putin met Trump in Alaska."}\n')
    db = tmp_path / "x.db"
    result = CliRunner().invoke(main, ["code", str(legacy), str(records), "--db", str(db), "--date", "2025-01-01"])
    assert result.exit_code == 0, result.output
    rows = result.output.splitlines()
    assert "read 2 document(s), skipped 1" in result.output
    assert f"  skipped {records}:2: duplicate of {records}:1 (same id 'b1')" in rows
    assert f"  warning {legacy}: not valid UTF-8 at byte 3: decoded as cp1252" in rows
    assert f"  warning {records}:1: unparseable date 'not-a-date': used the given date 2025-01-01" in rows
