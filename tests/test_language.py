"""The language stage: the pinned model loads and line breaks end sentences."""

from dragoman.language import load_nlp, parse, sentences


def test_model_loads_with_parser_and_ner():
    nlp = load_nlp()
    assert {"parser", "ner", "line_breaks"} <= set(nlp.pipe_names)
    assert nlp.meta["version"].startswith("3.8")


def test_a_headline_without_period_is_its_own_sentence():
    doc = next(parse(["Blinken to meet Lavrov\n\nThe two ministers will talk on Friday."]))
    found = sentences(doc, "d")
    assert [s.text for s in found] == ["Blinken to meet Lavrov", "The two ministers will talk on Friday."]
    assert found[1].start == doc.text.index("The two")
