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


@pytest.mark.parametrize("text, name, country, sector", [
    ("Israeli warplanes struck", "Israeli warplanes", "ISR", "MIL"),  # a verb, not Peter Struck
    ("Sergei Lavorv", "Sergey Lavrov", "RUS", "GOV"),  # misspelled: found among the parser's names
])
def test_text_without_context_is_parsed_alone(text, name, country, sector):
    found = resolve(text, "--date", "2024-06-01")
    assert (found["name"], found["country"], found["sector"]) == (name, country, sector)


@pytest.mark.parametrize("context, day, name", [
    ("Masoud Pezeshkian flew to Moscow on Friday. He signed a partnership treaty.", "2025-01-17", "Masoud Pezeshkian"),
    ("Ursula von der Leyen visited German troops in Lithuania. Later she met the prime minister.", "2017-02-07",
     "Ursula von der Leyen"),
])
def test_a_pronoun_is_the_one_person_named_before_it(context, day, name):
    pronoun = "He" if " He " in context else "she"
    found = resolve(pronoun, "--context", context, "--date", day)
    assert (found["text"], found["name"]) == (pronoun, name)


@pytest.mark.parametrize("context", [
    "Benny Gantz met Yair Lapid on Wednesday. He said the government had failed.",  # two people: ambiguous
    "Reporters asked the president about the deal. He declined to comment.",  # the president may be meant
])
def test_an_ambiguous_pronoun_is_no_one(context):
    assert resolve("He", "--context", context, "--date", "2024-09-04") == []


@pytest.mark.parametrize("text, context, country, sector", [
    ("Students", "Students clashed with police in Dhaka on Monday.", "BGD", "EDU"),
    ("protesters", "Thousands of protesters marched through Caracas.", "VEN", "CVL"),
])
def test_a_local_group_is_of_the_place_where_it_acts(text, context, country, sector):
    found = resolve(text, "--context", context, "--date", "2020-01-01")
    assert (found["country"], found["sector"], found["resolved"]) == (country, sector, False)


@pytest.mark.parametrize("text, context", [
    ("protesters", "Protesters gathered in Paris and Berlin on Saturday."),  # two countries
    ("peacekeepers", "Peacekeepers were attacked in Goma."),  # they serve abroad
])
def test_a_local_group_without_one_place_has_no_country(text, context):
    assert resolve(text, "--context", context, "--date", "2020-01-01") == []


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


# ------------------------------------------------------------------ bad user files: one line, every command

PERSON_WITHOUT_NAME = "version: 1\nsource: test\npeople:\n- id: x\n  country: RUS\n"
BAD_FILES = {
    "missing.yaml": (PERSON_WITHOUT_NAME.encode(), "missing.yaml:4: missing field(s) name"),
    "latin1.yaml": (b"version: 1\nsource: test\n# caf\xe9\n", "latin1.yaml: not UTF-8 text (byte 0xe9 at offset 29)"),
    "binary.yaml": (b"version: 1\nsource: test\n\x00\x01", "binary.yaml: not text (character 0x00 at offset 24)"),
    "month.yaml": (b"version: 1\nsource: test\npeople:\n- id: x\n  name: X\n  country: RUS\n  spells:\n"
                   b"  - {country: RUS, sector: GOV, start: 2020-13-01}\n",
                   "month.yaml:8: `start`: bad date '2020-13-01' (month must be in 1..12"),
    "died.yaml": (b"version: 1\nsource: test\npeople:\n- {id: x, name: X, country: RUS, died: 2021-02-30}\n",
                  "died.yaml:4: `died`: bad date '2021-02-30'"),
    "repeated.yaml": (b"version: 1\nsource: test\npeople:\n- id: x\n  name: A\n  name: B\n",
                      "repeated.yaml:6: repeated key 'name' (first at line 5)"),
    "toplevel.yaml": (b"version: 1\nsource: test\nfrobnicate: 3\n", "toplevel.yaml:3: unknown top-level key 'frobnicate'"),
    "sector.yaml": (b"version: 1\nsource: test\norganisations:\n- {id: o.x, name: Xorg, country: RUS, sector: BOGUS}\n",
                    "sector.yaml:4: unknown sector 'BOGUS'"),
    "lower.yaml": (b"version: 1\nsource: test\ncountries:\n- {code: ru, name: Ruland}\n",
                   "lower.yaml:4: country code 'ru' is not three upper-case letters"),
    "short.yaml": (b"version: 1\nsource: test\ncountries:\n- {code: ZZ, name: Zedland}\n",
                   "short.yaml:4: country code 'ZZ' is not three upper-case letters"),
}
COMMANDS = {
    "check": lambda path, db: ["actors", "check", path],
    "resolve": lambda path, db: ["actors", "resolve", "Lavrov", "--actors", path],
    "code": lambda path, db: ["code", path, "--db", db, "--actors", path],  # the file fails before it is read
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("name", BAD_FILES)
def test_a_bad_actor_file_is_one_line_naming_file_line_and_problem(tmp_path, name, command):
    data, expected = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(data)
    result = CliRunner().invoke(main, COMMANDS[command](str(path), str(tmp_path / "x.db")))
    assert isinstance(result.exception, SystemExit) and result.exit_code == 1, result.output
    assert expected in result.output and "Traceback" not in result.output, result.output
    assert not (tmp_path / "x.db").exists()


def test_a_new_country_code_of_ones_own_is_allowed(tmp_path):
    path = tmp_path / "zed.yaml"
    path.write_text("version: 1\nsource: test\ncountries:\n- {code: ZZZ, name: Zedland, demonyms: [Zedlander]}\n"
                    "people:\n- {id: zed, name: Zora Zed, country: ZZZ}\n")
    check = CliRunner().invoke(main, ["actors", "check", str(path)])
    assert check.exit_code == 0, check.output
    assert resolve("Zora Zed", "--actors", str(path))["country"] == "ZZZ"


def test_spell_problems_are_reported_on_the_spells_own_line(tmp_path):
    path = tmp_path / "spells.yaml"
    path.write_text(
        "version: 1\nsource: test\npeople:\n- id: q\n  name: Q\n  country: RUS\n  spells:\n"
        "  - rus.foreign_minister 2020-01-01..2019-01-01\n"                                # line 8
        "  - {country: RUS, sector: GOV, start: 2021-01-01, end: 2020-01-01}\n"            # line 9
        "  - country: XYZ\n    sector: GOV\n"                                              # line 10
    )
    result = CliRunner().invoke(main, ["actors", "check", str(path)])
    rows = result.output.splitlines()
    assert any(row.startswith(f"{path}:8: spell ends") for row in rows), rows
    assert any(row.startswith(f"{path}:9: spell ends") for row in rows), rows
    assert any(row.startswith(f"{path}:10: unknown country code 'XYZ'") for row in rows), rows


def test_a_file_repeating_an_id_is_refused_as_check_refuses_it(tmp_path):
    path = tmp_path / "twice.yaml"
    path.write_text("version: 1\nsource: test\npeople:\n- {id: a, name: A, country: RUS}\n- {id: a, name: B, country: RUS}\n")
    result = CliRunner().invoke(main, ["actors", "resolve", "B", "--actors", str(path)])
    assert result.exit_code == 1 and "twice.yaml:5: duplicate people id 'a' (first at line 4)" in result.output
