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


def test_paragraph_sentences_say_which_open_a_paragraph():
    from dragoman.language import paragraph_sentences

    text = "Egypt met Sudan. Kenya met Uganda.\n\nPeru met Chile."
    doc = next(parse([text]))
    assert [(text[s:s + len(t)] == t, opens) for s, t, opens in paragraph_sentences(doc)] == \
        [(True, True), (True, False), (True, True)]
