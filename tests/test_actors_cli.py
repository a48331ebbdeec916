"""`dragoman actors resolve|check` and user actor files (`--actors`) end to end."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dragoman.cli import main

SENTENCE = "the US Secretary of State met the Russian foreign minister"


def resolve(*args):
    result = CliRunner().invoke(main, ["actors", "resolve", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize("day, secretary", [("2022-07-27", "Antony Blinken"), ("2025-02-19", "Marco Rubio")])
def test_the_same_sentence_resolves_to_the_holders_of_its_date(day, secretary):
    found = resolve(SENTENCE, "--date", day)
    assert [(a["name"], a["country"], a["sector"]) for a in found] == [
        (secretary, "USA", "GOV"), ("Sergey Lavrov", "RUS", "GOV")]


def test_a_former_leader_is_elite_not_government():
    assert (resolve("Barack Obama", "--date", "2012-05-01")["sector"], resolve("Obama", "--date", "2020-06-01")["sector"]) == ("GOV", "ELI")


def test_unknown_person_with_title_keeps_text_and_title_country():
    found = resolve("Whitlock", "--context", "the recent talks between Putin and US envoy Whitlock", "--date", "2025-02-16")
    assert found["country"] == "USA" and found["sector"] == "DIP" and found["resolved"] is False
    assert found["name"] == "Whitlock" and found["role_title"] == "envoy"


def test_output_has_the_documented_fields():
    assert set(resolve("NATO")) == {"text", "name", "country", "sector", "wikidata", "resolved", "role_title"}


def test_context_must_contain_the_text():
    result = CliRunner().invoke(main, ["actors", "resolve", "Lavrov", "--context", "Putin spoke."])
    assert result.exit_code == 1 and "does not occur" in result.output


USER_FILE = """\
version: 1
source: test
offices:
- {id: ruritania.chancellor, country: DEU, sector: GOV, title: Chancellor of Ruritania, kinds: []}
people:
- id: rudolf_rassendyll
  name: Rudolf Rassendyll
  country: DEU
  spells: ["ruritania.chancellor 2020-01-01.."]
- id: sergey_lavrov
  name: Sergey Lavrov
  country: RUS
  spells: [{country: RUS, sector: DIP, title: Test override, start: 2000-01-01, end: null}]
"""


def test_user_actor_file_adds_people_and_takes_precedence(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(USER_FILE)
    check = CliRunner().invoke(main, ["actors", "check", str(path)])
    assert check.exit_code == 0 and "ok" in check.output, check.output
    found = resolve("Rudolf Rassendyll and Sergey Lavrov", "--date", "2021-01-01", "--actors", str(path))
    assert [(a["name"], a["country"], a["sector"]) for a in found] == [
        ("Rudolf Rassendyll", "DEU", "GOV"), ("Sergey Lavrov", "RUS", "DIP")]


def test_check_reports_every_problem_with_its_line(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(
        "version: 1\nsource: test\npeople:\n"
        "- {id: a, country: RUS}\n"                                   # line 4: no name
        "- {id: b, name: B, country: XXX}\n"                           # line 5: unknown country
        "- {id: c, name: C, spells: ['no.such.office 2020-01-01..']}\n"  # line 6: unknown office
        "- {id: b, name: B2, country: RUS}\n"                          # line 7: duplicate id
    )
    result = CliRunner().invoke(main, ["actors", "check", str(path)])
    assert result.exit_code == 1
    for line, words in ((4, "missing field(s) name"), (5, "unknown country code"), (6, "unknown office"), (7, "duplicate")):
        assert any(f"bad.yaml:{line}:" in row and words in row for row in result.output.splitlines()), (line, result.output)


def test_check_reports_yaml_syntax_errors_with_line(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("version: 1\nsource: x\npeople:\n- {id: a, name: [unclosed\n")
    result = CliRunner().invoke(main, ["actors", "check", str(path)])
    assert result.exit_code == 1 and "broken.yaml:" in result.output and "YAML" in result.output


def test_code_uses_user_actor_files(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(USER_FILE)
    text = tmp_path / "a.txt"
    text.write_text("Rudolf Rassendyll criticized Austria on Monday.\n")
    db = tmp_path / "x.db"
    result = CliRunner().invoke(main, ["code", str(text), "--db", str(db), "--date", "2021-03-03", "--actors", str(path)])
    assert result.exit_code == 0, result.output
    table = CliRunner().invoke(main, ["events", "--db", str(db), "--actor", "Rassendyll"]).output
    assert "ACCUSE" in table and "DEU GOV" in table
