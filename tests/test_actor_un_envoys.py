"""UN special envoys, special representatives and personal envoys 2000-2025 (UN envoys
pass, people_un_envoys.yaml; spells in place for Griffiths, Kubiš, Mladenov,
Hennis-Plasschaert, Koenders, Kaag, Løj, Otunbayeva, Lamamra, van Walsum and Shearer in
their own files). A dated sentence names the envoy as UN IGO inside the spell, and the
person's other role (or nationality, as a former official) outside it."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import text_actors

INSIDE = [
    ("Lakhdar Brahimi said the Geneva talks had failed.", date(2014, 2, 15), "Lakhdar Brahimi"),
    ("Lakhdar Brahimi met Hamid Karzai in Kabul.", date(2002, 6, 1), "Lakhdar Brahimi"),
    ("Staffan de Mistura briefed the Security Council.", date(2016, 2, 1), "Staffan de Mistura"),
    ("Staffan de Mistura visited the Tindouf camps.", date(2022, 6, 1), "Staffan de Mistura"),
    ("Jamal Benomar met President Hadi.", date(2013, 5, 1), "Jamal Benomar"),
    ("Ismail Ould Cheikh Ahmed arrived in Sanaa.", date(2016, 5, 1), "Ismail Ould Cheikh Ahmed"),
    ("Martin Griffiths said the Hodeidah truce was holding.", date(2019, 1, 10), "Martin Griffiths"),
    ("Hans Grundberg called for an extension of the truce.", date(2022, 6, 1), "Hans Grundberg"),
    ("Stephanie Williams, the acting U.N. envoy, said talks would resume.", date(2020, 10, 1), "Stephanie Williams"),
    ("Ghassan Salame said the ceasefire was fragile.", date(2019, 5, 1), "Ghassan Salamé"),
    ("Jan Kubis met the new prime minister in Tripoli.", date(2021, 3, 15), "Ján Kubiš"),
    ("Abdoulaye Bathily resigned.", date(2024, 4, 16), "Abdoulaye Bathily"),
    ("Volker Perthes warned the fighting could become a civil war.", date(2023, 6, 1), "Volker Perthes"),
    ("Ramtane Lamamra met General Burhan.", date(2024, 3, 1), "Ramtane Lamamra"),
    ("Kai Eide met President Karzai.", date(2009, 9, 1), "Kai Eide"),
    ("Roza Otunbayeva briefed the Security Council on Afghanistan.", date(2023, 6, 21), "Roza Otunbayeva"),
    ("Nickolay Mladenov condemned the rocket fire from Gaza.", date(2018, 5, 15), "Nickolay Mladenov"),
    ("Jeanine Hennis-Plasschaert met Iraqi protesters.", date(2019, 11, 1), "Jeanine Hennis-Plasschaert"),
    ("Tor Wennesland urged calm in Jerusalem.", date(2023, 10, 10), "Tor Wennesland"),
    ("Noeleen Heyzer met Min Aung Hlaing.", date(2022, 8, 17), "Noeleen Heyzer"),
    ("Ibrahim Gambari met Than Shwe.", date(2007, 10, 2), "Ibrahim Gambari"),
    ("Bintou Keita condemned the attack by M23.", date(2022, 6, 1), "Bintou Keita"),
    ("James Baker proposed a plan for the territory.", date(2003, 7, 1), "James Baker"),
    ("Carlos Ruiz Massieu met President Duque.", date(2019, 6, 1), "Carlos Ruiz Massieu"),
]


@pytest.mark.parametrize("text,when,name", INSIDE)
def test_un_envoy_inside_spell(resolver, text, when, name):
    actors = text_actors(resolver, text, when)
    assert (name, "UN", "IGO") in actors, (text, actors)


OTHER_ROLES = [
    # before or after the envoy spell: the person's other role, or former official
    ("Jan Kubis spoke for Slovakia.", date(2007, 6, 1), "Ján Kubiš", "SVK", "GOV"),
    ("Nickolay Mladenov met Catherine Ashton.", date(2011, 6, 1), "Nickolay Mladenov", "BGR", "GOV"),
    ("Jeanine Hennis-Plasschaert visited Dutch troops in Mali.", date(2016, 3, 1), "Jeanine Hennis-Plasschaert", "NLD", "GOV"),
    ("Roza Otunbayeva addressed the nation.", date(2010, 8, 1), "Roza Otunbayeva", "KGZ", "GOV"),
    ("Ramtane Lamamra met Antony Blinken.", date(2022, 3, 30), "Ramtane Lamamra", "DZA", "GOV"),
    ("Martin Griffiths appealed for aid to Gaza.", date(2023, 11, 1), "Martin Griffiths", "UN", "IGO"),  # OCHA, the office spell
    ("Bert Koenders met John Kerry.", date(2015, 6, 1), "Bert Koenders", "NLD", "GOV"),
    ("Sigrid Kaag presented the budget.", date(2023, 9, 19), "Sigrid Kaag", "NLD", "GOV"),
    ("David Shearer led Labour into the debate.", date(2012, 6, 1), "David Shearer", "NZL", "OPP"),
    ("Lakhdar Brahimi said the region was in danger.", date(2016, 6, 1), "Lakhdar Brahimi", "DZA", "ELI"),
]


@pytest.mark.parametrize("text,when,name,country,sector", OTHER_ROLES)
def test_un_envoy_other_roles(resolver, text, when, name, country, sector):
    actors = text_actors(resolver, text, when)
    assert (name, country, sector) in actors, (text, actors)


def test_un_envoy_in_place_spells(kb):
    # the envoy spells added in place keep the roles the entries already had
    kubis = kb.people["jan_kubis"]
    assert kb.spell(kubis, date(2008, 1, 1)).office == "svk.foreign_minister"
    assert kb.spell(kubis, date(2013, 1, 1)).title == "UN Special Representative for Afghanistan"
    assert kb.spell(kubis, date(2017, 1, 1)).title == "UN Special Representative for Iraq"
    assert kb.spell(kubis, date(2020, 1, 1)).title == "UN Special Coordinator for Lebanon"
    assert kb.spell(kubis, date(2021, 6, 1)).title == "UN Special Envoy for Libya"
    mladenov = kb.people["nickolay_mladenov"]
    assert kb.spell(mladenov, date(2014, 1, 1)).title == "UN Special Representative for Iraq"
    assert kb.spell(mladenov, date(2016, 1, 1)).title == "UN Special Coordinator for the Middle East Peace Process"
    griffiths = kb.people["martin_griffiths"]
    assert kb.spell(griffiths, date(2020, 1, 1)).title == "UN Special Envoy for Yemen"
    assert kb.spell(griffiths, date(2022, 1, 1)).office == "ocha.emergency_relief_coordinator"
    kaag = kb.people["sigrid_kaag"]
    assert kb.spell(kaag, date(2023, 1, 1)).office == "nld.finance_minister"
    assert kb.spell(kaag, date(2024, 6, 1)).title == "UN Senior Humanitarian and Reconstruction Coordinator for Gaza"
    assert kb.spell(kaag, date(2025, 3, 1)).title == "Acting UN Special Coordinator for the Middle East Peace Process"
    de_mistura = kb.people["staffan_de_mistura"]
    assert kb.spell(de_mistura, date(2008, 6, 1)).title == "UN Special Representative for Iraq"
    assert kb.spell(de_mistura, date(2011, 6, 1)).title == "UN Special Representative for Afghanistan"
    assert kb.spell(de_mistura, date(2020, 1, 1)) is None  # between Syria and Western Sahara


def test_un_envoy_successions(kb):
    # consecutive envoys of one post do not overlap (END exclusive: the successor's first day)
    chains = [
        ["kofi_annan", "lakhdar_brahimi", "staffan_de_mistura", "geir_pedersen"],
        ["jamal_benomar", "ismail_ould_cheikh_ahmed", "martin_griffiths", "hans_grundberg"],
    ]
    titles = {"kofi_annan": "Syria", "lakhdar_brahimi": "Syria", "staffan_de_mistura": "Syria", "geir_pedersen": "Syria",
              "jamal_benomar": "Yemen", "ismail_ould_cheikh_ahmed": "Yemen", "martin_griffiths": "Yemen", "hans_grundberg": "Yemen"}
    for chain in chains:
        spells = []
        for pid in chain:
            (sp,) = [s for s in kb.people[pid].spells if s.title and s.title.endswith(titles[pid])]
            spells.append(sp)
        for a, b in zip(spells, spells[1:]):
            assert a.end is not None and a.end <= b.start, (a, b)


def test_un_envoy_bare_surname_after_full_name(resolver):
    actors = text_actors(resolver, "Ghassan Salame met Khalifa Haftar. Salame said the talks would go on.", date(2019, 5, 1))
    assert actors.count(("Ghassan Salamé", "UN", "IGO")) == 2, actors
