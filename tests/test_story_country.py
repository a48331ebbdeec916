"""Unnamed institutions take the story's country (actors/story.py)."""

from __future__ import annotations

import dragoman


def parties(text: str) -> list[tuple[str, str | None, str | None]]:
    result = dragoman.code([{"id": "s", "text": text, "date": "2025-06-09"}])
    return [(m.text, m.actor.country, m.actor.sector) for e in result.events for m in [*e.actors, *e.recipients]]


def test_a_datelined_storys_institutions_are_its_countrys():
    found = parties("MEXICO CITY (Reuters) - Police arrested ten suspects on Monday. "
                    "Authorities accused the cartel of extortion. Mexico met business leaders.")
    assert ("Police", "MEX", "COP") in found and ("Authorities", "MEX", "GOV") in found
    # a modified noun is not an institution of its own; people are left alone
    assert ("business leaders", None, None) in found and ("ten suspects", None, None) in found  # people travel: no country


def test_without_dateline_most_named_actors_decide_or_nobody_does():
    one = parties("Serbian President Aleksandar Vucic met Serbian ministers. Serbia's army was on alert. "
                  "Belgrade rejected the plan. The police arrested protesters.")
    assert ("The police", "SRB", "COP") in one
    mixed = parties("Lavrov met Rubio in Riyadh. Russia and the United States agreed to talk. "
                    "The president accused the opposition of lying.")
    assert all(country is None for text, country, _ in mixed if text.lower() == "the president")


def test_without_dateline_or_named_actors_the_places_named_decide():
    found = parties("Authorities on Monday arrested twelve people in Tamil Nadu, India, after a jackal died. "
                    "The forestry department arrested them near Chennai. Similar cases were reported in Mumbai.")
    assert ("Authorities", "IND", "GOV") in found and ("The forestry department", "IND", "GOV") in found
    # one place alone makes no story country
    assert ("Authorities", None, None) in parties("Authorities arrested twelve people in Chennai.")


def test_a_named_party_keeps_its_own_country():
    found = parties("KYIV (Reuters) - Russian forces shelled Kharkiv on Monday.")
    assert ("Russian forces", "RUS", "MIL") in found


def test_a_senate_written_alone_is_the_storys_own():
    """ "The Senate" alone is the US Senate by default, but a Puerto Rican story's is Puerto
    Rico's; "the US Senate" and a US story's Senate stay American."""
    found = parties("SAN JUAN, Puerto Rico - Governor Ricardo Rosselló met Pedro Pierluisi on Monday. "
                    "The Senate rejected the nomination on Tuesday. The US Senate criticized Rosselló.")
    assert ("Senate", "PRI", "LEG") in found and ("US Senate", "USA", "LEG") in found
    assert ("Senate", "USA", "LEG") in parties("The Senate rejected the bill. Trump criticized the Senate.")


def named(text: str, when: str) -> list[tuple[str, str | None, bool]]:
    result = dragoman.code([{"id": "s", "text": text, "date": when}])
    return [(m.text, m.actor.name, m.actor.resolved) for e in result.events for m in e.actors]


def test_a_bare_title_names_the_storys_office_holder_on_its_date():
    story = ("WASHINGTON (Reuters) - Congress passed the budget on Monday. "
             "The president criticized the Democrats on Tuesday.")
    assert ("The president", "Donald Trump", True) in named(story, "2019-01-08")
    assert ("The president", "Joe Biden", True) in named(story, "2022-01-11")


def test_a_bare_title_another_countrys_leader_holds_in_the_story_names_nobody():
    story = ("WASHINGTON (Reuters) - French President Emmanuel Macron met Congress leaders on Monday. "
             "The president criticized the Democrats on Tuesday.")
    assert all(name != "Donald Trump" for text, name, _ in named(story, "2019-01-08") if text == "The president")


def test_a_title_many_hold_at_once_names_nobody():
    story = "WASHINGTON (Reuters) - The spokesman criticized the Democrats on Tuesday. Police arrested ten people."
    assert all(resolved is False for text, _, resolved in named(story, "2019-01-08") if text == "The spokesman")


def test_named_and_specified_institutions_and_local_groups_take_the_country():
    found = parties("BELGRADE, Serbia - The protesters clashed with the police on Monday. "
                    "Thames Valley Police detained a man. The forestry department arrested them. "
                    "The prime minister's office intends to appeal. Opposition officials criticized the plan.")
    assert ("The protesters", "SRB", "CVL") in found and ("the police", "SRB", "COP") in found
    assert ("Thames Valley Police", "SRB", "COP") in found and ("a man", None, None) in found
    assert ("The forestry department", "SRB", "GOV") in found
    assert ("The prime minister's office", "SRB", "GOV") in found
    assert ("Opposition officials", "SRB", "OPP") in found


def test_police_of_a_story_without_one_country_are_where_their_event_is():
    found = parties("A man stabbed two people in London on Sunday. Jordanian and Iraqi officials condemned the attack. "
                    "Mayor Sadiq Khan thanked the police in London. Jordan's king praised the Iraqi army.")
    assert any(("police" in text, country, sector) == (True, "GBR", "COP") for text, country, sector in found)
    assert any(text.endswith("people") and (country, sector) == ("GBR", "CVL") for text, country, sector in found)
    # the victims, not the capital's government


def test_a_local_group_another_sector_names_is_no_local():
    found = parties("Embassy workers in London protested against the new rules on Monday. "
                    "Students in London protested against the fees on Tuesday.")
    assert not any(text.lower().startswith("embassy workers") and country == "GBR" for text, country, _ in found)
    assert any(text.lower().startswith("students") and country == "GBR" for text, country, _ in found)


def test_peacekeepers_are_never_the_storys():
    found = parties("Syrian troops shelled Homs. Damascus blamed the rebels. Syria's army kidnapped dozens of "
                    "peacekeepers in the Golan.")
    assert ("dozens of peacekeepers", None, None) in found or ("dozens of peacekeepers", None, "MIL") in found, found
    assert ("peacekeepers", None, None) in parties("Rebels attacked peacekeepers in Mali.")  # not Mali's
