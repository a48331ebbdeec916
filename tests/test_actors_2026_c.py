"""Changes of heads of state/government, foreign and defence ministers after the people
files' `believed_current_to`, second pass for USA CAN MEX BRA ARG AUS ZAF KOR JPN IND IDN
CHN SAU TUR RUS UKR ISR IRN FRA ROU LVA HUN BGR and the UN/NATO (December 2026; sources on
each data line of people_2026_c.yaml and the "after cutoff" comments)."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.actors.kb import get_kb
from dragoman.actors.resolver import ActorResolver


@pytest.fixture(scope="module")
def kb():
    return get_kb()


@pytest.mark.parametrize("office,when,name", [
    # Romania: Moșteanu resigned 2025-11-28; Miruță acting, then minister from 2025-12-23
    ("rou.defense_minister", date(2025, 11, 1), "Ionuț Moșteanu"),
    ("rou.defense_minister", date(2025, 12, 10), "Radu Miruță"),
    ("rou.defense_minister", date(2026, 6, 1), "Radu Miruță"),
    # Iran: the interim leadership council between the two supreme leaders
    ("irn.supreme_leader", date(2026, 3, 3), "Alireza Arafi"),
    ("irn.supreme_leader", date(2026, 3, 10), "Mojtaba Khamenei"),
])
def test_holder_after_cutoff(kb, office, when, name):
    holder = kb.holder(office, when)
    assert holder is not None, f"nobody holds {office} on {when}"
    assert holder.name == name


def test_acting_minister_title(kb):
    miruta = kb.people["radu_miruta"]
    assert kb.spell(miruta, date(2025, 12, 10)).title == "Acting Defence Minister"
    assert kb.spell(miruta, date(2026, 1, 10)).title == "Defence Minister"


@pytest.mark.parametrize("text,when,country,sector", [
    ("the Romanian defence minister", date(2026, 2, 1), "ROU", "GOV"),
    ("Arafi", date(2026, 3, 3), "IRN", "GOV"),       # council member: government
    ("Arafi", date(2026, 6, 1), "IRN", "REL"),       # back to the Guardian Council
    ("Mohseni-Ejei", date(2026, 6, 1), "IRN", "JUD"),
    ("Pezeshkian", date(2026, 3, 3), "IRN", "GOV"),  # stays the president
])
def test_resolved_actor(text, when, country, sector):
    actors = [m.actor for m in ActorResolver().resolve_text(text, when)]
    assert actors, text
    assert (actors[0].country, actors[0].sector) == (country, sector)
