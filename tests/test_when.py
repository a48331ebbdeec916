"""Time expressions resolved against the publication date (dragoman.when)."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.when import TimeExpression, find_time_expressions

PUB = date(2022, 7, 27)  # a Wednesday


def only(text: str, pub: date | None = PUB, prefer: str = "past") -> TimeExpression:
    found = find_time_expressions(text, pub, prefer=prefer)
    assert len(found) == 1, found
    return found[0]


# (phrase, prefer, expected text, date, precision, relation) with PUB = Wednesday 2022-07-27
PHRASES = [
    ("yesterday", "past", "yesterday", date(2022, 7, 26), "day", "past"),
    ("today", "past", "today", PUB, "day", "present"),
    ("tomorrow", "past", "tomorrow", date(2022, 7, 28), "day", "future"),
    ("the day before yesterday", "past", "the day before yesterday", date(2022, 7, 25), "day", "past"),
    ("last night", "past", "last night", date(2022, 7, 26), "day", "past"),
    ("They met on Monday.", "past", "on Monday", date(2022, 7, 25), "day", "past"),
    # "on Wednesday" written on a Wednesday is that day, in both directions
    ("They met on Wednesday.", "past", "on Wednesday", PUB, "day", "present"),
    ("They will meet on Wednesday.", "future", "on Wednesday", PUB, "day", "present"),
    ("They will meet on Monday.", "future", "on Monday", date(2022, 8, 1), "day", "future"),
    ("They met on Saturday.", "past", "on Saturday", date(2022, 7, 23), "day", "past"),
    ("They met last Wednesday.", "past", "last Wednesday", date(2022, 7, 20), "day", "past"),
    ("They meet next Wednesday.", "past", "next Wednesday", date(2022, 8, 3), "day", "future"),
    ("Friday's meeting", "past", "Friday's", date(2022, 7, 22), "day", "past"),
    ("late on Sunday", "past", "late on Sunday", date(2022, 7, 24), "day", "past"),
    ("Tuesday night", "past", "Tuesday night", date(2022, 7, 26), "day", "past"),
    ("on Tuesday December 10", "past", "on Tuesday December 10", date(2021, 12, 10), "day", "past"),
    ("on Tuesday, December 10", "future", "on Tuesday, December 10", date(2022, 12, 10), "day", "future"),
    ("December 10", "past", "December 10", date(2021, 12, 10), "day", "past"),
    ("Dec. 10, 2024", "past", "Dec. 10, 2024", date(2024, 12, 10), "day", "future"),
    ("July 27", "future", "July 27", PUB, "day", "present"),
    ("10 December 2024", "past", "10 December 2024", date(2024, 12, 10), "day", "future"),
    ("on the 3rd of July", "past", "on the 3rd of July", date(2022, 7, 3), "day", "past"),
    ("2022-07-27", "past", "2022-07-27", PUB, "day", "present"),
    ("7/4/2022", "past", "7/4/2022", date(2022, 7, 4), "day", "past"),
    ("last March", "past", "last March", date(2022, 3, 1), "month", "past"),
    ("in March", "past", "in March", date(2022, 3, 1), "month", "past"),
    ("in March", "future", "in March", date(2023, 3, 1), "month", "future"),
    ("this March", "future", "this March", date(2022, 3, 1), "month", "past"),
    ("next March", "past", "next March", date(2023, 3, 1), "month", "future"),
    ("in July", "past", "in July", date(2022, 7, 1), "month", "present"),
    ("last July", "past", "last July", date(2021, 7, 1), "month", "past"),
    ("in late February", "past", "in late February", date(2022, 2, 1), "month", "past"),
    ("in mid-March", "past", "in mid-March", date(2022, 3, 1), "month", "past"),
    ("in March 2020", "past", "in March 2020", date(2020, 3, 1), "month", "past"),
    ("since last March", "past", "last March", date(2022, 3, 1), "month", "past"),
    ("earlier this month", "past", "earlier this month", date(2022, 7, 1), "month", "past"),
    ("later this month", "past", "later this month", date(2022, 7, 1), "month", "future"),
    ("last month", "past", "last month", date(2022, 6, 1), "month", "past"),
    ("last year", "past", "last year", date(2021, 1, 1), "year", "past"),
    ("the end of last year", "past", "the end of last year", date(2021, 1, 1), "year", "past"),
    ("in 2024", "past", "in 2024", date(2024, 1, 1), "year", "future"),
    ("in early 2020", "past", "in early 2020", date(2020, 1, 1), "year", "past"),
    # weeks: Mon 18 - Sun 24 July lies in July -> month precision
    ("last week", "past", "last week", date(2022, 7, 1), "month", "past"),
    ("this week", "past", "this week", date(2022, 7, 1), "month", "present"),
    # Mon 1 - Sun 7 August lies in August
    ("next week", "past", "next week", date(2022, 8, 1), "month", "future"),
    # 4 weeks ago: Mon 27 June - Sun 3 July straddles -> its Thursday, day precision
    ("four weeks ago", "past", "four weeks ago", date(2022, 6, 30), "day", "past"),
    ("two days ago", "past", "two days ago", date(2022, 7, 25), "day", "past"),
    ("three months ago", "past", "three months ago", date(2022, 4, 1), "month", "past"),
    ("in two days", "future", "in two days", date(2022, 7, 29), "day", "future"),
    ("over the weekend", "past", "over the weekend", date(2022, 7, 23), "day", "past"),
    ("in the coming days", "past", "in the coming days", None, None, "future"),
    ("in the near future", "past", "in the near future", None, None, "future"),
    ("earlier in the month", "past", "earlier in the month", date(2022, 7, 1), "month", "past"),
    ("last summer", "past", "last summer", date(2021, 1, 1), "year", "past"),
    ("weeks ago", "past", "weeks ago", None, None, "past"),
    ("recently", "past", "recently", None, None, "past"),
]


@pytest.mark.parametrize("phrase,prefer,text,expected,precision,relation", PHRASES)
def test_phrase(phrase, prefer, text, expected, precision, relation):
    e = only(phrase, prefer=prefer)
    assert (e.text, e.date, e.precision, e.relation) == (text, expected, precision, relation)
    assert phrase[e.start : e.end] == e.text


@pytest.mark.parametrize(
    "text",
    [
        "The talks lasted for two days.",
        "for the past week",
        "over the last two years",
        "a two-day visit",
        "the Good Friday agreement",
        "Theresa May said",
        "protesters march on the capital",
        "police soon arrived",  # relative to the story, not the publication: no date
        "the talks will end soon",
        "the 2024 election",
        "talks in Marseille",
        "some 20 years",
    ],
)
def test_not_dates(text):
    assert find_time_expressions(text, PUB) == []


def test_the_weekday_given_with_a_date_picks_the_year():
    # 2023-12-10 was a Sunday, 2024-12-10 a Tuesday: the weekday outweighs prefer.
    e = only("on Tuesday, December 10", pub=date(2024, 12, 5))
    assert e.date == date(2024, 12, 10)
    assert only("on Tuesday, December 10", pub=date(2025, 1, 3)).date == date(2024, 12, 10)


def test_without_publication_date_only_absolute_dates_resolve():
    found = find_time_expressions("yesterday, on Monday, last March and on December 10, 2024", None)
    assert [(e.text, e.date, e.relation) for e in found] == [
        ("yesterday", None, "past"),
        ("on Monday", None, "unknown"),
        ("last March", None, "unknown"),
        ("on December 10, 2024", date(2024, 12, 10), "unknown"),
    ]


def test_offsets_and_immutability():
    s = "Talks on Monday followed a visit on 10 December 2024."
    found = find_time_expressions(s, PUB)
    assert [s[e.start : e.end] for e in found] == ["on Monday", "on 10 December 2024"]
    found.clear()  # callers get their own list, not the cache
    assert len(find_time_expressions(s, PUB)) == 2


@pytest.mark.parametrize(
    "text,pub,expected",
    [
        ("Lavrov spent the past week in Africa", date(2022, 7, 27), (date(2022, 7, 1), "month")),
        ("over the last week", date(2022, 8, 3), (date(2022, 7, 30), "day")),  # 27 Jul - 2 Aug
        ("didn't endorse her until July", date(2020, 9, 15), (date(2020, 7, 1), "month")),
    ],
)
def test_past_week_and_until_month(text, pub, expected):
    (found,) = find_time_expressions(text, pub)
    assert (found.date, found.precision) == expected


@pytest.mark.parametrize("text", ["for the past week", "over the past two weeks", "over the past month",
                                  "in the first week", "during the past few days"])
def test_longer_spans_are_durations_not_dates(text):
    assert find_time_expressions(text, date(2022, 7, 27)) == []


@pytest.mark.parametrize("text,offset", [("that night", 0), ("later that day", 0), ("on the same day", 0),
                                         ("the next day", 1), ("a day later", 1), ("the day before", -1),
                                         ("the previous night", -1)])
def test_story_days_are_counted_by_the_caller(text, offset):
    (found,) = find_time_expressions(f"They met {text}.", PUB)
    assert (found.date, found.story_offset) == (None, offset)
