"""Changes of heads of state/government, foreign and defence ministers after the people
files' `believed_current_to` (2025-06 .. 2025-10), checked in news reports (December
2026; sources on each data line, people_2026.yaml and the "after cutoff" comments)."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.actors.kb import get_kb
from dragoman.actors.resolver import ActorResolver


@pytest.fixture(scope="module")
def kb():
    return get_kb()


@pytest.mark.parametrize("office,when,name", [
    # Albania: Rama IV (September 2025) and the reshuffle of 2026-02-26
    ("alb.foreign_minister", date(2025, 9, 1), "Igli Hasani"),
    ("alb.foreign_minister", date(2025, 12, 1), "Elisa Spiropali"),
    ("alb.foreign_minister", date(2026, 3, 1), "Ferit Hoxha"),
    ("alb.defense_minister", date(2026, 3, 1), "Ermal Nufi"),
    # Argentina
    ("arg.defense_minister", date(2025, 12, 1), "Luis Petri"),
    ("arg.defense_minister", date(2026, 1, 1), "Carlos Presti"),
    # Bulgaria: Zhelyazkov resigned 2025-12-11 but governed until the caretaker cabinet
    ("bgr.prime_minister", date(2026, 1, 15), "Rosen Zhelyazkov"),
    ("bgr.prime_minister", date(2026, 3, 1), "Andrey Gyurov"),
    ("bgr.prime_minister", date(2026, 6, 1), "Rumen Radev"),
    ("bgr.foreign_minister", date(2026, 3, 1), "Nadezhda Mihaylova"),
    ("bgr.defense_minister", date(2026, 3, 1), "Atanas Zapryanov"),
    # Iran: Nasirzadeh killed 2026-02-28, an acting minister from 2026-03-02
    ("irn.defense_minister", date(2026, 2, 1), "Aziz Nasirzadeh"),
    ("irn.defense_minister", date(2026, 4, 1), "Majid Ebnelreza"),
    ("irn.foreign_minister", date(2026, 3, 9), "Abbas Araghchi"),
])
def test_holder_after_cutoff(kb, office, when, name):
    holder = kb.holder(office, when)
    assert holder is not None, f"nobody holds {office} on {when}"
    assert holder.name == name


@pytest.mark.parametrize("office,when", [
    # ended with evidence, successor not found in the sources at hand: a gap, not a guess
    ("hun.foreign_minister", date(2026, 6, 1)),
    ("hun.defense_minister", date(2026, 6, 1)),
    ("lva.defense_minister", date(2026, 6, 1)),
    ("bgr.foreign_minister", date(2026, 6, 1)),
])
def test_ended_without_known_successor(kb, office, when):
    assert kb.holder(office, when) is None


def test_killed_minister_keeps_his_last_role():
    # died in office: later news still speak of him as Iran's defence minister
    actors = [m.actor for m in ActorResolver().resolve_text("Aziz Nasirzadeh", date(2026, 6, 1))]
    assert actors and actors[0].country == "IRN" and actors[0].sector in {"GOV", "MIL"}


def test_titles_resolve_to_new_holders():
    resolver = ActorResolver()
    for text, when, name in [
        ("the Bulgarian prime minister", date(2026, 3, 1), "Andrey Gyurov"),
        ("Albania's foreign minister", date(2026, 3, 15), "Ferit Hoxha"),
        ("the Argentine defence minister", date(2026, 1, 10), "Carlos Presti"),
    ]:
        names = [m.actor.name for m in resolver.resolve_text(text, when)]
        assert name in names, (text, names)
