"""Heads of state and government of small states whose spells began at a clipped date or
were fragments ("subset"): extended and filled back to 2000 in the subset pass of
2026-12-05 (people_world_5.yaml and the edited lines of people_world_2.yaml /
people_world_3.yaml; sources on each data line)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import holder_name


HOLDERS = [
    # Fiji
    ("fji.prime_minister", date(2014, 9, 20), "Frank Bainimarama"),
    ("fji.prime_minister", date(2007, 1, 5), "Frank Bainimarama"),
    ("fji.prime_minister", date(2007, 1, 4), "Jona Senilagakali"),
    ("fji.prime_minister", date(2005, 6, 1), "Laisenia Qarase"),
    ("fji.president", date(2006, 12, 20), "Frank Bainimarama"),
    ("fji.president", date(2008, 6, 1), "Josefa Iloilo"),
    ("fji.president", date(2012, 6, 1), "Epeli Nailatikau"),
    # Papua New Guinea
    ("png.prime_minister", date(2014, 6, 20), "Peter O'Neill"),
    ("png.prime_minister", date(2011, 8, 2), "Peter O'Neill"),
    ("png.prime_minister", date(2011, 8, 1), "Michael Somare"),
    ("png.prime_minister", date(2001, 1, 1), "Mekere Morauta"),
    # Eswatini
    ("swz.king", date(1990, 1, 1), "Mswati III"),
    ("swz.king", date(2015, 6, 1), "Mswati III"),
    ("swz.prime_minister", date(2012, 1, 1), "Barnabas Sibusiso Dlamini"),
    ("swz.prime_minister", date(2005, 1, 1), "Themba Dlamini"),
    ("swz.prime_minister", date(2019, 6, 1), "Ambrose Dlamini"),
    # Samoa: the court's lawful government from the tent swearing-in of 2021-05-24
    ("wsm.prime_minister", date(2021, 5, 23), "Tuilaepa Sailele Malielegaoi"),
    ("wsm.prime_minister", date(2021, 8, 1), "Fiamē Naomi Mataʻafa"),
    ("wsm.prime_minister", date(2010, 1, 1), "Tuilaepa Sailele Malielegaoi"),
    # Vanuatu
    ("vut.prime_minister", date(2017, 6, 1), "Charlot Salwai"),
    ("vut.prime_minister", date(2023, 12, 1), "Charlot Salwai"),
    ("vut.prime_minister", date(2021, 6, 1), "Bob Loughman"),
    ("vut.prime_minister", date(2023, 3, 1), "Ishmael Kalsakau"),
    ("vut.prime_minister", date(2023, 9, 20), "Sato Kilman"),
    ("vut.prime_minister", date(2006, 1, 1), "Ham Lini"),
    ("vut.prime_minister", date(2011, 6, 20), "Edward Natapei"),
    # Solomon Islands
    ("slb.prime_minister", date(2012, 6, 1), "Gordon Darcy Lilo"),
    ("slb.prime_minister", date(2016, 6, 1), "Manasseh Sogavare"),
    ("slb.prime_minister", date(2018, 6, 1), "Rick Houenipwela"),
    ("slb.prime_minister", date(2004, 1, 1), "Allan Kemakeza"),
    # Tonga
    ("ton.king", date(2015, 1, 1), "King Tupou VI"),
    ("ton.king", date(2010, 1, 1), "George Tupou V"),
    ("ton.prime_minister", date(2003, 1, 1), "King Tupou VI"),     # as Prince 'Ulukalala Lavaka Ata
    ("ton.prime_minister", date(2017, 1, 1), "ʻAkilisi Pōhiva"),
    ("ton.prime_minister", date(2021, 12, 28), "Siaosi Sovaleni"),
    # Lesotho, Bhutan
    ("lso.prime_minister", date(2013, 1, 1), "Thomas Thabane"),
    ("lso.prime_minister", date(2017, 6, 16), "Thomas Thabane"),
    ("lso.prime_minister", date(2016, 1, 1), "Pakalitha Mosisili"),
    ("btn.king", date(2010, 1, 1), "Jigme Khesar Namgyel Wangchuck"),
    ("btn.king", date(2003, 1, 1), "Jigme Singye Wangchuck"),
    ("btn.prime_minister", date(2010, 1, 1), "Jigmi Thinley"),
    # Caribbean and the Pacific microstates
    ("dma.prime_minister", date(2010, 1, 1), "Roosevelt Skerrit"),
    ("blz.prime_minister", date(2010, 1, 1), "Dean Barrow"),
    ("vct.prime_minister", date(2010, 1, 1), "Ralph Gonsalves"),
    ("tto.president", date(2014, 1, 1), "Anthony Carmona"),
    ("tto.president", date(2008, 1, 1), "George Maxwell Richards"),
    ("jam.prime_minister", date(2009, 1, 1), "Bruce Golding"),
    ("atg.prime_minister", date(2010, 1, 1), "Baldwin Spencer"),
    ("kir.president", date(2010, 1, 1), "Anote Tong"),
    ("tls.prime_minister", date(2004, 1, 1), "Mari Alkatiri"),
    ("tls.president", date(2004, 1, 1), "Xanana Gusmão"),
]


@pytest.mark.parametrize("office,when,name", HOLDERS)
def test_holder(office, when, name):
    assert holder_name(office, when) == name


def test_titles_of_interim_holders(kb):
    assert kb.spell(kb.people["jona_senilagakali"], date(2006, 12, 20)).title == "Caretaker Prime Minister"
    assert kb.spell(kb.people["frank_bainimarama"], date(2006, 12, 20)).title == "Acting President"
    assert kb.spell(kb.people["edward_natapei"], date(2011, 6, 20)).title == "Interim Prime Minister"


SENTENCES = [
    ("Peter O'Neill suspended the task force.", date(2014, 6, 20), "Peter O'Neill", "PNG", "GOV"),
    ("Frank Bainimarama announced the election date.", date(2014, 3, 1), "Frank Bainimarama", "FJI", "GOV"),
    ("King Mswati III dissolved parliament.", date(2013, 7, 1), "King Mswati III", "SWZ", "GOV"),
    ("Charlot Salwai met Chinese officials.", date(2018, 5, 1), "Charlot Salwai", "VUT", "GOV"),
    ("Fiame Naomi Mataafa addressed the forum.", date(2021, 9, 1), "Fiame Naomi Mataafa", "WSM", "GOV"),
    ("Michael Somare arrived in Canberra.", date(2009, 3, 1), "Michael Somare", "PNG", "GOV"),
]


@pytest.mark.parametrize("text,when,mention,country,sector", SENTENCES)
def test_sentence(resolver, nlp, text, when, mention, country, sector):
    hits = [m for m in resolver.find_mentions(nlp(text), when) if m.text == mention]
    assert len(hits) == 1, [m.text for m in resolver.find_mentions(nlp(text), when)]
    assert (hits[0].actor.country, hits[0].actor.sector) == (country, sector)


def test_former_samoan_prime_minister_in_opposition(resolver):
    actors = [m.actor for m in resolver.resolve_text("Tuilaepa Sailele Malielegaoi", date(2022, 3, 1))]
    assert actors and (actors[0].country, actors[0].sector) == ("WSM", "OPP")
