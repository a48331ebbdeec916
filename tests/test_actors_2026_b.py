"""Second pass over changes after the people files' `believed_current_to` (2025-06 ..
2025-10) for European heads of state/government, foreign and defence ministers, checked
in news reports (December 2026; sources on each data line, people_2026_b.yaml and the
"after cutoff" comments)."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.actors.kb import get_kb
from dragoman.actors.resolver import ActorResolver


@pytest.fixture(scope="module")
def kb():
    return get_kb()


@pytest.mark.parametrize("office,when,name", [
    # Czechia: Babiš appointed PM 2025-12-09 (Fiala's spell already ended there)
    ("cze.prime_minister", date(2025, 12, 1), "Petr Fiala"),
    ("cze.prime_minister", date(2026, 1, 10), "Andrej Babiš"),
    # Ireland: reshuffle of 2025-11-18
    ("irl.foreign_minister", date(2025, 11, 1), "Simon Harris"),
    ("irl.foreign_minister", date(2025, 12, 1), "Helen McEntee"),
    ("irl.defense_minister", date(2025, 12, 1), "Helen McEntee"),
    # United Kingdom: Healey resigned 2026-06-11, Jarvis appointed the same day
    ("gbr.defence_secretary", date(2026, 6, 10), "John Healey"),
    ("gbr.defence_secretary", date(2026, 6, 12), "Dan Jarvis"),
])
def test_holder_after_cutoff(kb, office, when, name):
    holder = kb.holder(office, when)
    assert holder is not None, f"nobody holds {office} on {when}"
    assert holder.name == name


def test_moved_minister_stays_in_government():
    # Harris left Foreign Affairs for Finance: still GOV, not a former leader
    actors = [m.actor for m in ActorResolver().resolve_text("Simon Harris", date(2026, 2, 1))]
    assert actors and actors[0].country == "IRL" and actors[0].sector == "GOV"


def test_title_finds_new_holder():
    actors = [m.actor for m in ActorResolver().resolve_text(
        "The British defence secretary visited Kyiv.", date(2026, 7, 1))]
    assert any(a.country == "GBR" and a.sector == "GOV" for a in actors)
