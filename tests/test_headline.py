"""dragoman.headline: title-case headlines read as sentences; an article's main type is
its headline's event type, else its body's surest (real spaCy model, invented texts)."""

from __future__ import annotations

import pytest

from dragoman.actors.kb import get_kb
from dragoman.headline import headline_text, main_event, past_tense, sentence_case, verb_reading
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


@pytest.mark.parametrize("verb, past", [("pledge", "pledged"), ("ban", "banned"), ("ratify", "ratified"),
                                        ("expel", "expelled"), ("visit", "visited"), ("meet", "met"),
                                        ("thank", "thanked")])
def test_past_tense(verb: str, past: str) -> None:
    assert past_tense(verb) == past


@pytest.mark.parametrize("headline, expected", [
    # a present-tense verb the parser reads as a noun is read in the past tense
    ("Mozambique and Finland sign landmark peace agreement", "Mozambique and Finland signed landmark peace agreement"),
    ("Belgium and Singapore pledge to increase cooperation", "Belgium and Singapore pledged to increase cooperation"),
    ("Madagascar expels dozens of diplomats", "Madagascar expelled dozens of diplomats"),
    ("Bolivia approves of Chile's policy", "Bolivia approved of Chile's policy"),
    # a participle with no object: the passive a headline abbreviates
    ("Local opposition leader beaten with baseball bat", "Local opposition leader was beaten with baseball bat"),
    # a headline the parser reads right stays as it is
    ("Hungary recalls its ambassador to Slovakia", None),
    ("Police arrested two activists", None),
])
def test_verb_reading(headline: str, expected: str | None) -> None:
    from dragoman.events.codebook import lexicon
    from dragoman.language import load_nlp

    lex = lexicon()
    assert verb_reading(load_nlp()(headline), lex.verbs.keys() | lex.light_verbs) == expected


@pytest.mark.parametrize("title, expected", [
    # present-tense verbs the parser takes for nouns
    ("Mozambique and Finland Sign Landmark Peace Agreement", "SUPPORT"),
    ("Madagascar Expels Dozens of Diplomats", "SANCTION"),
    # dropped passive auxiliaries
    ("Local Opposition Leader Beaten With Baseball Bat", "ASSAULT"),
    ("Curfew Lifted in Bratislava After Talks", "CONCEDE"),
    ("Hundreds of Police Called to Capital After Riots", "MOBILIZE"),
    # lexicon senses (verbs.yaml, 2026-12-04)
    ("Hungary and Slovakia Restore Diplomatic Relations", "SUPPORT"),
    ("Peru and Chile Establish Diplomatic Ties", "SUPPORT"),
    ("Hungary Approves of Slovakia's Policy", "SUPPORT"),
    ("Leaders Express Mutual Respect for Each Other", "SUPPORT"),
    ("Prosecutors Bring Case Against Former Ministers", "ACCUSE"),
    ("Parliament Establishes Special Investigative Committee", "ACCUSE"),
    ("Hungary Expresses Willingness to Cooperate on Border Security", "AGREE"),
    ("Minister Embarks on Tour of Neighbouring Countries", "CONSULT"),
    ("Hungarian and Slovak Generals Speak by Phone", "CONSULT"),
    ("Police Use Tear Gas on Rally in Bratislava", "ASSAULT"),
    ("Conflict Enters New Stage With Ethnic Cleansing", "ASSAULT"),
    ("Hungarian News Site Hit by Cyber Attack", "COERCE"),
    ("Government Cuts Off Internet in Northern Provinces", "COERCE"),
    ("Hungary Tightens Restrictions on Media", "COERCE"),
    ("Rebels Quit Peace Talks", "SANCTION"),
    ("President Ejects International Observers", "SANCTION"),
    ("Army Calls Up Reservists", "MOBILIZE"),
    ("Governor Orders Troops to Border Town", "MOBILIZE"),
    ("Pro-Government Paramilitary Group Formed in Slovakia", "MOBILIZE"),
    ("Hungary Increases Military Readiness", "MOBILIZE"),
    ("Rebels Formally Disband", "RETREAT"),
    ("Workers Announce Total Work Stoppage", "PROTEST"),
    ("Eleven Countries Shun Summit", "PROTEST"),
    ("Firms Create Joint Venture With Slovak Factories", "COOPERATE"),
    # a noun headed by its participle ("were made"), events that are subjects of onset verbs
    ("Concessions Made to Striking Miners", "CONCEDE"),
    ("Four Found Guilty After Lengthy Trial", "SANCTION"),
    ("Emergency Aid Arrives in Flooded Villages", "AID"),
    ("Investigation Begins Into Deadly Riot", "ACCUSE"),
    ("Hungary Agrees to All Demands", "CONCEDE"),
    ("President Suspends Plans to Impose Curfew", "CONCEDE"),
    ("Hungary Withdraws Its Complaint Against Slovakia", "CONCEDE"),
    ("Hungary Begins Importing Gas From Slovakia", "COOPERATE"),
    ("Militia Expands Recruitment in the North", "MOBILIZE"),
    # a verb of stopping whose subject is what stops
    ("Hostilities Temporarily Stop in Eastern Slovakia", "RETREAT"),
    ("Government to Detain Journalists if They Publish Fraud Claims", "THREATEN"),
])
def test_headline_senses(pipeline, title: str, expected: str) -> None:
    assert _main_type(pipeline, title) == expected


@pytest.mark.parametrize("title", [
    "Stocks Rally in Bratislava",  # no protest
    "Coalition Formed a Government in Bratislava",  # no armed group
    "President Disbands Parliament",  # a body dissolved, no demobilisation
    "Opposition Leader Makes the Case for Reform",  # an argument, no lawsuit
])
def test_headlines_with_no_event_leave_the_type_to_the_body(pipeline, title: str) -> None:
    assert _main_type(pipeline, title) == "COERCE"  # the body's arrest
