"""Notable non-office actors whose roles changed after people_notable.yaml's
`believed_current_to` (2025-10-31): pass "f" (people_2026_f.yaml and the "after cutoff"
spells added in people.yaml, people_world.yaml and people_notable.yaml; sources on each
data line)."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.actors.resolver import ActorResolver


@pytest.mark.parametrize("person,when,title", [
    # Iran: Vahidi deputy IRGC commander from 2025-12-31, commander after Pakpour's death
    ("ahmad_vahidi", date(2026, 1, 15), "Deputy Commander of the IRGC"),
    ("ahmad_vahidi", date(2026, 6, 1), "Commander of the IRGC"),
    ("ali_larijani", date(2026, 1, 1), "Secretary of the Supreme National Security Council"),
    # Ukraine: Ivashchenko from the Foreign Intelligence Service to the HUR
    ("oleh_ivashchenko", date(2025, 6, 1), "Head of the Foreign Intelligence Service"),
    ("oleh_ivashchenko", date(2026, 3, 1), "Head of the Defence Intelligence Directorate"),
    # Israel: the IDF spokesman changed on 2025-03-27
    ("daniel_hagari", date(2024, 6, 1), "IDF Spokesperson"),
    ("effie_defrin", date(2025, 6, 1), "IDF Spokesperson"),
    # Pakistan: Munir the first Chief of Defence Forces, still army chief
    ("asim_munir", date(2026, 6, 1), "Chief of Defence Forces"),
    ("yusuf_al_madani", date(2026, 1, 1), "Chief of Staff of the Houthi forces"),
    ("jiang_bin", date(2026, 1, 1), "Spokesperson of the Ministry of National Defense"),
])
def test_spell_title(kb, person, when, title):
    spell = kb.spell(kb.people[person], when)
    assert spell is not None and spell.title == title


@pytest.mark.parametrize("person,when", [
    ("ali_larijani", date(2026, 6, 1)),            # killed 2026-03-17
    ("vladimir_padrino_lopez", date(2026, 6, 1)),  # replaced 2026-03-18
    ("daniel_hagari", date(2025, 6, 1)),           # left with the handover of 2025-03-27
    ("oleh_ivashchenko", date(2024, 1, 1)),
])
def test_no_spell(kb, person, when):
    assert kb.spell(kb.people[person], when) is None


def test_army_chief_still_munir(kb):
    assert kb.holder("pak.army_chief", date(2026, 6, 1)).name == "Asim Munir"


def test_deaths_recorded(kb):
    for person, died in [
        ("ali_larijani", date(2026, 3, 17)),
        ("ali_shamkhani", date(2026, 2, 28)),
        ("izz_al_din_al_haddad", date(2026, 5, 15)),
        ("haytham_ali_tabatabai", date(2025, 11, 23)),
        ("muhammad_al_ghamari", date(2025, 8, 28)),
    ]:
        assert kb.people[person].died == died, person


@pytest.mark.parametrize("text,when,country,sector", [
    ("Ahmad Vahidi", date(2026, 6, 1), "IRN", "MIL"),
    ("Ali Larijani", date(2026, 6, 1), "IRN", "GOV"),          # died in office: keeps his role
    ("Izz al-Din al-Haddad", date(2026, 9, 1), "PSE", "REB"),
    ("Oleh Ivashchenko", date(2026, 3, 1), "UKR", "SPY"),
    ("Effie Defrin", date(2026, 3, 1), "ISR", "MIL"),
    ("Daniel Hagari", date(2026, 3, 1), "ISR", "ELI"),         # former spokesman
    ("Vladimir Padrino López", date(2026, 1, 10), "VEN", "GOV"),
    ("Vladimir Padrino López", date(2026, 6, 1), "VEN", "ELI"),
    ("Yusuf al-Madani", date(2026, 1, 1), "YEM", "REB"),
    ("Haytham Ali Tabatabai", date(2026, 1, 1), "LBN", "REB"),
    ("Jiang Bin", date(2026, 1, 1), "CHN", "MIL"),
])
def test_resolved_actor(text, when, country, sector):
    actors = [m.actor for m in ActorResolver().resolve_text(text, when)]
    assert actors, text
    assert (actors[0].country, actors[0].sector) == (country, sector)
