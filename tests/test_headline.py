"""dragoman.headline: title-case headlines read as sentences; an article's main type is
its headline's event type, else its body's surest (real spaCy model, invented texts)."""

from __future__ import annotations

import pytest

from dragoman.actors.kb import get_kb
from dragoman.headline import headline_text, main_event, sentence_case
from dragoman.language import parse
from dragoman.records import Article

BODY = ("Slovak police arrested two Hungarian activists in Bratislava on Monday. "
        "The activists had painted slogans on a bridge.")


@pytest.mark.parametrize("title, expected", [
    ("Hungary Suspends Talks With Slovakia Over Dam Dispute", "Hungary suspends talks with Slovakia over dam dispute"),
    # a name of several words, and a surname that is also a function word
    ("Theresa May Says Britain May Leave Talks", "Theresa May says Britain may leave talks"),
    ("Saint Kitts and Nevis Recalls Ambassador", "Saint Kitts and Nevis recalls ambassador"),
    ("NATO Warns Moscow Over Troop Buildup", "NATO warns Moscow over troop buildup"),  # acronyms stay
    # wire headlines in capitals: names capitalised, known abbreviations as written
    ("IRAN CONDEMNS ISRAELI RAID ON SYRIA", "Iran condemns Israeli raid on Syria"),
    ("U.S. WARNS JAPAN OVER CHIP TRADE", "U.S. warns Japan over chip trade"),
    ("How Can Ukraine Rebuild Kharkiv?", "How can Ukraine rebuild Kharkiv?"),
    # a headline already in sentence case is left as written
    ("Russia and Ukraine agree on prisoner swap", "Russia and Ukraine agree on prisoner swap"),
])
def test_sentence_case(title: str, expected: str) -> None:
    assert sentence_case(title, get_kb()) == expected


def _main_type(pipeline, title: str | None) -> str | None:
    article = Article(doc_id="h", text=BODY, title=title)
    return pipeline.code_parsed(article, next(parse([BODY]))).article.main_type


def test_a_page_title_loses_its_site_name() -> None:
    assert headline_text("Hungary Recalls Its Ambassador | World News | Example Times", get_kb()) == \
        "Hungary recalls its ambassador"
    assert headline_text("  ", get_kb()) is None
    assert headline_text("Hungary recalls its ambassador. " * 20, get_kb()) is None  # no headline


def test_the_headline_names_the_main_event(pipeline) -> None:
    # the body reports only the arrests; the headline says what the story is about
    assert _main_type(pipeline, "Hungary Recalls Its Ambassador to Slovakia") == "SANCTION"


def test_without_a_headline_event_the_surest_body_event(pipeline) -> None:
    assert _main_type(pipeline, None) == "COERCE"
    assert _main_type(pipeline, "Bratislava Bridge") == "COERCE"  # a headline with no event


def test_a_denied_headline_event_is_no_main_event(pipeline) -> None:
    assert _main_type(pipeline, "Hungary Will Not Recall Its Ambassador to Slovakia") == "COERCE"


def test_a_batch_parses_headlines_with_their_articles(pipeline) -> None:
    articles = [Article(doc_id="a", text=BODY, title="Hungary Recalls Its Ambassador to Slovakia"),
                Article(doc_id="b", text=BODY),
                Article(doc_id="c", text=BODY, title="HUNGARY RECALLS ITS AMBASSADOR TO SLOVAKIA")]
    assert [c.article.main_type for c in pipeline.code(articles)] == ["SANCTION", "COERCE", "SANCTION"]


@pytest.mark.parametrize("title, expected", [
    # headlines leave the actor to the story: its event still names the type
    ("Shelling in Bratislava Kills Six Children", "ASSAULT"),
    ("Two Activists Released in Bratislava", "RETREAT"),
    # the main clause over its background, a participle's noun as its object
    ("Nationwide Curfew Imposed Following Recent Protests", "COERCE"),
    ("Hungary Recalls Ambassador After Talks With Slovakia", "SANCTION"),
])
def test_headline_events_need_no_actor_and_prefer_the_main_clause(pipeline, title: str, expected: str) -> None:
    assert _main_type(pipeline, title) == expected


def test_body_events_still_need_an_actor(pipeline) -> None:
    article = Article(doc_id="h", text="Shelling in Bratislava killed six children on Monday.")
    assert pipeline.code_parsed(article, next(parse([article.text]))).events == []


def test_the_headline_is_not_stored_as_an_event(pipeline) -> None:
    article = Article(doc_id="h", text=BODY, title="Hungary Recalls Its Ambassador to Slovakia")
    coded = pipeline.code_parsed(article, next(parse([BODY])))
    assert [e.event_type for e in coded.events] == ["COERCE"]


def test_main_event_skips_unasserted_modes(pipeline) -> None:
    article = Article(doc_id="h", text="Hungary did not recall its ambassador. Slovak police arrested two activists.")
    coded = pipeline.code_parsed(article, next(parse([article.text])))
    assert main_event(coded.events).event_type == "COERCE"
