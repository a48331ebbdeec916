"""The dates stage on parsed text: the clause's own expression, paragraph context, fallbacks."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.language import parse
from dragoman.records import Article

PUBLISHED = date(2022, 7, 27)  # a Wednesday


def events(pipeline, text, published=PUBLISHED):
    return pipeline.code_parsed(Article(doc_id="d", text=text, date=published), next(parse([text]))).events


def by_trigger(found, trigger):
    return next(e for e in found if e.evidence.trigger == trigger)


def test_a_paragraph_keeps_its_time(pipeline):
    found = events(pipeline, "On Saturday, Egypt criticized Ethiopia. Sudan also condemned Ethiopia.\n\n"
                             "On Monday, Kenya praised Uganda. Tanzania also praised Uganda.")
    assert (by_trigger(found, "criticized").date, by_trigger(found, "criticized").date_basis) == (date(2022, 7, 23), "text")
    condemned = by_trigger(found, "condemned")
    assert (condemned.date, condemned.date_basis, condemned.date_text) == (date(2022, 7, 23), "context", "On Saturday")
    assert [e.date for e in found if e.evidence.trigger == "praised"] == [date(2022, 7, 25)] * 2


def test_later_paragraphs_retelling_the_story_take_the_lead_date(pipeline):
    found = events(pipeline, "On Saturday, Egypt criticized Ethiopia over the dam.\n\n"
                             "Egypt also accused Ethiopia of delays.\n\nSudan praises Ethiopia.")
    accused = by_trigger(found, "accused")
    assert (accused.date, accused.date_basis) == (date(2022, 7, 23), "context")
    praises = by_trigger(found, "praises")  # the present tense is the publication's time
    assert (praises.date, praises.date_basis) == (PUBLISHED, "publication")


def test_a_relative_clause_date_is_not_the_main_events(pipeline):
    found = events(pipeline, "Egypt criticized Ethiopia over a deal signed last week.")
    assert by_trigger(found, "criticized").date_basis == "publication"


def test_a_future_expression_does_not_date_the_next_sentence(pipeline):
    found = events(pipeline, "Egypt will meet Ethiopia next week. Sudan condemned Ethiopia.")
    assert by_trigger(found, "condemned").date_basis == "publication"


def test_an_old_paragraph_context_dates_the_event_but_only_its_own_date_makes_history(pipeline):
    """Background years are often followed by today's news in the same paragraph ("Milken
    was convicted in 1990. Trump granted Milken a pardon."): on the judged development
    events all 5 inherited histories were wrong."""
    found = events(pipeline, "In March 2020, Egypt criticized Ethiopia. Sudan condemned Ethiopia too.")
    criticized, condemned = by_trigger(found, "criticized"), by_trigger(found, "condemned")
    assert condemned.date == date(2020, 3, 1) and condemned.date_precision == "month"
    assert criticized.mode == "historical" and condemned.mode == ""


def test_an_event_told_in_a_quote_is_dated_as_the_saying(pipeline):
    found = events(pipeline, 'On Monday, Egypt\'s foreign minister said: "We condemn the attack on our embassy by Ethiopia."')
    condemn = by_trigger(found, "condemn")
    assert (condemn.date, condemn.date_basis) == (date(2022, 7, 25), "text")


def test_words_quoted_around_the_cue_do_not_date_the_saying(pipeline):
    text = ('Bloomberg endorsed Joe Biden on Wednesday. "Three months ago," he said, "I entered the race to '
            'defeat Donald Trump. The candidate is my friend Joe Biden. Today I am glad to endorse him."')
    endorse = by_trigger(events(pipeline, text), "endorse")
    assert endorse.mode == "" and endorse.date != date(2022, 4, 27)


def test_recent_events_are_left_undated(pipeline):
    found = events(pipeline, "Yesterday, Egypt criticized the recent talks between Sudan and Ethiopia.")
    talks = by_trigger(found, "talks")
    assert talks.date is None and talks.date_basis is None


def test_is_to_be_is_a_plan_dated_forward(pipeline):
    found = events(pipeline, "The Egyptian envoy is to be expelled by Ethiopia in June.")
    expelled = by_trigger(found, "expelled")
    assert expelled.mode == "planned" and (expelled.date, expelled.date_precision) == (date(2023, 6, 1), "month")


# Which expression dates an event, and how: (text, publication date, trigger) -> the
# event's (date, precision, date_text). Sentences after the sample articles.
WED = PUBLISHED
DATED = [
    ("Citing the planned visit to Moscow on Tuesday by German Chancellor Olaf Scholz, Russia said it would "
     "talk to Germany.", date(2022, 2, 14), "visit", (date(2022, 2, 15), "day", "on Tuesday")),  # a plan: forward
    ("Lavrov said on Monday that he had met Blinken in New Delhi last March.", date(2023, 12, 8), "met",
     (date(2023, 3, 1), "month", "last March")),  # its own clause's expression
    ("Russian troops, who attacked Kyiv in February, withdrew from Ukraine on Monday.", WED, "withdrew",
     (date(2022, 7, 25), "day", "on Monday")),  # not the relative clause's
    ('"We will withdraw from Kherson in the coming days," Shoigu said on Tuesday.', WED, "withdraw",
     (None, None, "in the coming days")),  # a vague future keeps a plan undated
    ("Lavrov and Rubio had a phone call yesterday.", None, "call", (None, None, "yesterday")),  # no anchor
    ("Lavrov spent the past week on a tour of Africa, visiting Egypt and Uganda.", WED, "visiting",
     (date(2022, 7, 1), "month", "spent the past week")),  # 20-26 July lie in July
    ("Egypt criticized Ethiopia yesterday, and Sudan condemned Ethiopia that night.", WED, "condemned",
     (date(2022, 7, 26), "day", "that night")),  # counted from the sentence's own day
    ("On Saturday, Egypt criticized Ethiopia. Sudan condemned Ethiopia the next day.", WED, "condemned",
     (date(2022, 7, 24), "day", "the next day")),  # ... else from the paragraph's
    ('"Russian troops attacked our village last week," the Ukrainian mayor said on Tuesday.', WED, "attacked",
     (date(2022, 7, 1), "month", "last week")),  # a quoted event with a date of its own keeps it
]


@pytest.mark.parametrize("text,published,trigger,expected", DATED)
def test_which_expression_dates_the_event(pipeline, text, published, trigger, expected):
    event = by_trigger(events(pipeline, text, published), trigger)
    assert (event.date, event.date_precision, event.date_text) == expected


def test_the_saying_does_not_date_what_is_announced(pipeline):
    found = events(pipeline, "Russia announced Tuesday that it will withdraw its troops from Ukraine.")
    withdraw = by_trigger(found, "withdraw")
    assert withdraw.mode == "planned" and withdraw.date_text != "Tuesday"


def test_a_span_an_event_lasted_does_not_date_the_next_sentence(pipeline):
    found = events(pipeline, "Lavrov spent the past week on a tour of Africa, visiting Egypt. "
                             "During a trip to Benin, Macron criticized Russia.")
    assert by_trigger(found, "criticized").date_basis == "publication"


def test_a_story_day_with_nothing_to_count_from_is_no_date(pipeline):
    found = events(pipeline, "Sudan condemned Ethiopia the next day.")
    assert by_trigger(found, "condemned").date_basis == "publication"


def test_an_event_spoken_of_in_a_quote_is_not_dated_as_the_saying(pipeline):
    found = events(pipeline, '"Russia\'s invasion of Ukraine has changed everything," the German chancellor said on Tuesday.')
    assert by_trigger(found, "invasion").date_text != "on Tuesday"


@pytest.mark.parametrize("text,trigger,day", [
    # a clause that says when the act happened dates it
    ("A few hours before the jet crashed on Monday, Iran launched missiles at US troops.", "launched", date(2022, 7, 25)),
    ("Iran attacked US troops when the convoy arrived on Monday.", "attacked", date(2022, 7, 25)),
    ("Leaders of the African Union met in Niamey for a summit where on Sunday Nigeria and Benin signed the deal.",
     "met", date(2022, 7, 24)),
])
def test_a_clause_saying_when_dates_the_act(pipeline, text, trigger, day):
    event = by_trigger(events(pipeline, text), trigger)
    assert (event.date, event.date_basis) == (day, "text")


def test_a_clause_of_another_time_does_not_date_the_act(pipeline):
    """ "days after" or "before" alone say only that the act came later or earlier."""
    event = by_trigger(events(pipeline, "Iran attacked US troops days after the convoy arrived on Monday."), "attacked")
    assert event.date != date(2022, 7, 25)
