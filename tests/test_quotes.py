"""Direct and indirect quotes with resolved speakers; first person in quotes is the speaker."""

from __future__ import annotations

from datetime import date

from dragoman.language import parse
from dragoman.records import Article


def coded(pipeline, text, published=date(2022, 7, 27)):
    return pipeline.code_parsed(Article(doc_id="q", text=text, date=published), next(parse([text])))


def test_direct_quote_after_the_speaker(pipeline):
    result = coded(pipeline, 'Sergey Lavrov said: "We will never accept these demands from the West."')
    (quote,) = [q for q in result.quotes if q.kind == "direct"]
    assert quote.speaker.actor.name == "Sergey Lavrov" and quote.cue == "said"
    assert quote.text == "We will never accept these demands from the West."
    assert result.article.text[quote.start:quote.end] == quote.text


def test_direct_quote_with_trailing_attribution_and_carried_pronoun(pipeline):
    text = ("“Russia should end the war of aggression right now,” Antony Blinken said on Monday. "
            "Reporters asked about Paul Whelan and Brittney Griner. "
            "“We put a substantial proposal on the table weeks ago,” he said.")
    quotes = [q for q in coded(pipeline, text).quotes if q.kind == "direct"]
    assert [q.speaker.actor.name for q in quotes] == ["Antony Blinken", "Antony Blinken"]


def test_indirect_speech(pipeline):
    result = coded(pipeline, "Viktor Orban argued that Kyiv has no path to victory in the war.")
    (quote,) = result.quotes
    assert quote.kind == "indirect" and quote.cue == "argued"
    assert quote.speaker.actor.country == "HUN" and quote.text.startswith("that Kyiv has no path")


def test_scare_quotes_are_not_quotations(pipeline):
    assert coded(pipeline, 'Lavrov called the Western ministers "cowards" after the summit.').quotes == []


def test_first_person_in_a_quote_is_the_speaker(pipeline):
    result = coded(pipeline, '"We condemn the attack on our embassy," Recep Tayyip Erdogan said on Friday.')
    (event,) = [e for e in result.events if e.event_type == "ACCUSE"]
    assert event.actors[0].actor.name.startswith("Recep Tayyip")
    assert event.actors[0].actor.country == "TUR"


def test_quotes_are_stored_and_listed_by_speaker(tmp_path):
    from click.testing import CliRunner

    from dragoman.cli import main

    text = tmp_path / "q.txt"
    text.write_text('Sergey Lavrov said: "We will never accept these demands from the West."\n\n'
                    "Antony Blinken argued that Russia must end the war in Ukraine now.\n")
    db = tmp_path / "q.db"
    assert CliRunner().invoke(main, ["code", str(text), "--db", str(db), "--date", "2022-07-27"]).exit_code == 0
    lavrov = CliRunner().invoke(main, ["quotes", "--db", str(db), "--actor", "RUS"]).output
    assert "We will never accept these demands" in lavrov and "Blinken" not in lavrov
    assert lavrov.strip().endswith("1 quote(s)")
    everyone = CliRunner().invoke(main, ["quotes", "--db", str(db)]).output
    assert "[argued, indirect]" in everyone and everyone.strip().endswith("2 quote(s)")
    # Re-coding replaces the quotes, it never duplicates them.
    CliRunner().invoke(main, ["code", str(text), "--db", str(db), "--date", "2022-07-27"])
    assert CliRunner().invoke(main, ["quotes", "--db", str(db)]).output.strip().endswith("2 quote(s)")
