"""Loading the lexicon (events/data/verbs.yaml): every word class the coder reads is there."""

from importlib import resources

import pytest
import yaml

from dragoman.events.codebook import WORD_CLASSES, lexicon, read_lexicon


def _data() -> dict:
    return yaml.safe_load(resources.files("dragoman.events").joinpath("data", "verbs.yaml").read_text("utf-8"))


def test_every_word_class_is_loaded():
    lex = lexicon()
    assert "future_aux" in WORD_CLASSES and "speech_verbs" in WORD_CLASSES
    for name in WORD_CLASSES:
        words = getattr(lex, name)
        assert isinstance(words, frozenset) and words, name
        assert all(isinstance(w, str) and w == w.lower() for w in words), name
    # words YAML would read as something else stay words
    assert "on" in lex.measure_preps and "'ll" in lex.future_aux and "%" in lex.not_party_words


def test_missing_word_class_is_named():
    data = _data()
    del data["plan_heads"]
    with pytest.raises(ValueError, match=r"my_verbs\.yaml: missing key\(s\) 'plan_heads'"):
        read_lexicon(data, "my_verbs.yaml")


def test_unknown_key_is_named():
    data = _data()
    data["plan_head"] = ["plan"]
    with pytest.raises(ValueError, match=r"verbs\.yaml: unknown key\(s\) 'plan_head'"):
        read_lexicon(data)


def test_unquoted_yaml_boolean_is_caught():
    data = _data()
    data["measure_preps"] = ["of", True]  # `on` unquoted
    with pytest.raises(ValueError, match=r"'measure_preps': quote the word True"):
        read_lexicon(data)


# -- senses added 2026-12-04 (real spaCy parse, rules only) --------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Hungary and Slovakia restored diplomatic relations on Monday.", "SUPPORT"),  # CAMEO 054
    ("The Slovak police used tear gas against protesters in Bratislava.", "ASSAULT"),  # CAMEO 175
    ("Hungarian prosecutors brought a case against the former minister.", "ACCUSE"),  # CAMEO 115
    ("The Slovak rebels quit the peace talks with Hungary.", "SANCTION"),  # CAMEO 164
    ("The Hungarian government cut off the internet in three provinces.", "COERCE"),  # CAMEO 172
    ("A court in Bratislava found the former minister guilty of fraud.", "SANCTION"),  # CAMEO 116
    ("Slovak rebels ceased hostilities against Hungary on Monday.", "RETREAT"),  # CAMEO 087
    ("The Slovak militia recruited hundreds of fighters in March.", "MOBILIZE"),  # CAMEO 154
])
def test_new_senses_in_a_story(rules_pipeline, text: str, expected: str) -> None:
    from datetime import date

    from conftest import code_text

    assert [e.event_type for e in code_text(rules_pipeline, text, date(2020, 1, 1))][:1] == [expected]


@pytest.mark.parametrize("text", [
    "Shares in Budapest rallied on Monday.",
    "The Hungarian coalition formed a government on Monday.",
    "The Slovak president disbanded parliament on Monday.",
    "Hungary's economy was hit by the sanctions.",  # the sanctions' event, not an attack
])
def test_no_new_false_events(rules_pipeline, text: str) -> None:
    from datetime import date

    from conftest import code_text

    assert "ASSAULT" not in [e.event_type for e in code_text(rules_pipeline, text, date(2020, 1, 1))]
    assert not {"PROTEST", "MOBILIZE", "RETREAT"} & {e.event_type for e in code_text(rules_pipeline, text, date(2020, 1, 1))}


@pytest.mark.parametrize("text", ["The jury in Bratislava found the former minister not guilty.",
                                  "Slovak investigators found that the plane had crashed.",
                                  "The Slovak shelling of Hungarian villages stopped on Monday."])  # no one stops it
def test_finding_is_no_verdict_unless_guilty(rules_pipeline, text: str) -> None:
    from datetime import date

    from conftest import code_text

    assert code_text(rules_pipeline, text, date(2020, 1, 1)) == []


@pytest.mark.parametrize("text, expected, mode", [
    # a future act of material conflict on a condition is a threat (CAMEO 13), asserted
    ("Hungary will impose sanctions on Slovakia if it holds the referendum.", "THREATEN", ""),
    ("The Slovak army will attack Hungary unless it withdraws its troops.", "THREATEN", ""),
    ("Hungary will impose sanctions on Slovakia.", "SANCTION", "planned"),
    ("The Slovak rebels vowed to attack Hungary again if the talks fail.", "THREATEN", ""),
    ("Hungary promised aid if Slovakia asks for it.", "AGREE", ""),  # no conflict promised
])
def test_conditional_acts_are_threats(rules_pipeline, text: str, expected: str, mode: str) -> None:
    from datetime import date

    from conftest import code_text

    events = code_text(rules_pipeline, text, date(2020, 1, 1))
    assert [(e.event_type, e.mode) for e in events][:1] == [(expected, mode)]
