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
