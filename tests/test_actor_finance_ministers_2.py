"""Finance ministers 2000-2026, second pass: offices of offices.yaml version 5 (Israel,
Iran, Pakistan, Nigeria, Egypt, Kenya's Cabinet Secretary for the National Treasury,
Poland, Spain, the Netherlands), and the gaps of the first pass filled (Australia's Joe
Hockey, Mexico's Gurría, Indonesia's Bambang Sudibyo, Russia's Kasyanov, India's
Yashwant Sinha, Ukraine 2000-2010 and 2012-2014). Holders in people_finance_2.yaml and
the people files (sources on each data line)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import holder_name, text_actors

HOLDERS = [
    ("isr.finance_minister", date(2000, 6, 1), "Avraham Shochat"),
    ("isr.finance_minister", date(2002, 6, 1), "Silvan Shalom"),
    ("isr.finance_minister", date(2004, 6, 1), "Benjamin Netanyahu"),
    ("isr.finance_minister", date(2006, 1, 1), "Ehud Olmert"),         # acting
    ("isr.finance_minister", date(2008, 1, 1), "Roni Bar-On"),
    ("isr.finance_minister", date(2011, 1, 1), "Yuval Steinitz"),
    ("isr.finance_minister", date(2014, 1, 1), "Yair Lapid"),
    ("isr.finance_minister", date(2018, 1, 1), "Moshe Kahlon"),
    ("isr.finance_minister", date(2021, 1, 1), "Israel Katz"),
    ("isr.finance_minister", date(2022, 1, 1), "Avigdor Lieberman"),
    ("isr.finance_minister", date(2025, 1, 1), "Bezalel Smotrich"),
    ("irn.finance_minister", date(2000, 1, 1), "Hossein Namazi"),
    ("irn.finance_minister", date(2006, 1, 1), "Davoud Danesh-Jafari"),
    ("irn.finance_minister", date(2010, 1, 1), "Shamseddin Hosseini"),
    ("irn.finance_minister", date(2015, 1, 1), "Ali Tayebnia"),
    ("irn.finance_minister", date(2022, 1, 1), "Ehsan Khandouzi"),
    ("irn.finance_minister", date(2026, 1, 1), "Ali Madanizadeh"),
    ("pak.finance_minister", date(2003, 1, 1), "Shaukat Aziz"),
    ("pak.finance_minister", date(2011, 1, 1), "Abdul Hafeez Shaikh"),
    ("pak.finance_minister", date(2015, 1, 1), "Ishaq Dar"),
    ("pak.finance_minister", date(2018, 1, 1), "Shahid Khaqan Abbasi"),  # the prime minister held it
    ("pak.finance_minister", date(2019, 1, 1), "Asad Umar"),
    ("pak.finance_minister", date(2026, 1, 1), "Muhammad Aurangzeb"),
    ("nga.finance_minister", date(2001, 1, 1), "Adamu Ciroma"),
    ("nga.finance_minister", date(2005, 1, 1), "Ngozi Okonjo-Iweala"),
    ("nga.finance_minister", date(2009, 6, 1), "Mansur Muhtar"),
    ("nga.finance_minister", date(2017, 1, 1), "Kemi Adeosun"),
    ("nga.finance_minister", date(2025, 1, 1), "Wale Edun"),
    ("egy.finance_minister", date(2002, 1, 1), "Medhat Hassanein"),
    ("egy.finance_minister", date(2008, 1, 1), "Youssef Boutros Ghali"),
    ("egy.finance_minister", date(2011, 9, 1), "Hazem el-Beblawi"),
    ("egy.finance_minister", date(2015, 1, 1), "Hany Kadry Dimian"),
    ("egy.finance_minister", date(2020, 1, 1), "Mohamed Maait"),
    ("egy.finance_minister", date(2025, 1, 1), "Ahmed Kouchouk"),
    ("ken.finance_minister", date(2004, 1, 1), "David Mwiraria"),
    ("ken.finance_minister", date(2010, 1, 1), "Uhuru Kenyatta"),
    ("ken.finance_minister", date(2016, 1, 1), "Henry Rotich"),
    ("ken.finance_minister", date(2021, 1, 1), "Ukur Yatani"),
    ("ken.finance_minister", date(2025, 1, 1), "John Mbadi"),
    ("pol.finance_minister", date(2002, 1, 1), "Marek Belka"),
    ("pol.finance_minister", date(2010, 1, 1), "Jacek Rostowski"),
    ("pol.finance_minister", date(2017, 1, 1), "Mateusz Morawiecki"),
    ("pol.finance_minister", date(2021, 1, 1), "Tadeusz Kościński"),
    ("pol.finance_minister", date(2025, 1, 1), "Andrzej Domański"),
    ("esp.finance_minister", date(2002, 1, 1), "Cristóbal Montoro"),
    ("esp.finance_minister", date(2006, 1, 1), "Pedro Solbes"),
    ("esp.finance_minister", date(2010, 1, 1), "Elena Salgado"),
    ("esp.finance_minister", date(2015, 1, 1), "Cristóbal Montoro"),
    ("esp.finance_minister", date(2020, 1, 1), "María Jesús Montero"),
    ("nld.finance_minister", date(2001, 1, 1), "Gerrit Zalm"),
    ("nld.finance_minister", date(2008, 1, 1), "Wouter Bos"),
    ("nld.finance_minister", date(2015, 1, 1), "Jeroen Dijsselbloem"),
    ("nld.finance_minister", date(2020, 1, 1), "Wopke Hoekstra"),
    ("nld.finance_minister", date(2023, 1, 1), "Sigrid Kaag"),
    ("nld.finance_minister", date(2025, 1, 1), "Eelco Heinen"),
    # the first pass's gaps
    ("aus.finance_minister", date(2014, 6, 1), "Joe Hockey"),
    ("mex.finance_minister", date(2000, 6, 1), "José Ángel Gurría"),
    ("idn.finance_minister", date(2000, 3, 1), "Bambang Sudibyo"),
    ("rus.finance_minister", date(2000, 3, 1), "Mikhail Kasyanov"),
    ("ind.finance_minister", date(2000, 3, 1), "Yashwant Sinha"),
    ("ukr.finance_minister", date(2000, 6, 1), "Ihor Mityukov"),
    ("ukr.finance_minister", date(2002, 6, 1), "Ihor Yushko"),
    ("ukr.finance_minister", date(2003, 6, 1), "Mykola Azarov"),
    ("ukr.finance_minister", date(2005, 6, 1), "Viktor Pynzenyk"),
    ("ukr.finance_minister", date(2009, 6, 1), "Ihor Umanskyi"),       # acting
    ("ukr.finance_minister", date(2013, 1, 1), "Yuriy Kolobov"),
    ("ukr.finance_minister", date(2014, 6, 1), "Oleksandr Shlapak"),
]


@pytest.mark.parametrize("office,when,name", HOLDERS)
def test_finance_minister_holder(office, when, name):
    assert holder_name(office, when) == name


@pytest.mark.parametrize("office,when", [
    ("pak.finance_minister", date(2013, 4, 15)),   # the caretaker prime minister Khoso held it: not entered
    ("nga.finance_minister", date(2015, 8, 1)),    # Buhari had no cabinet until November 2015
    ("ken.finance_minister", date(2024, 7, 20)),   # Ruto's dismissed cabinet
    ("esp.finance_minister", date(2026, 6, 1)),    # after Montero: not read
])
def test_open_periods(kb, office, when):
    assert office in kb.offices and kb.holder(office, when) is None


RESOLVED = [
    ("Israel's finance minister said", date(2018, 1, 1), "Moshe Kahlon", "ISR", "GOV"),
    ("the Israeli finance minister said", date(2012, 1, 1), "Yuval Steinitz", "ISR", "GOV"),
    ("Iran's finance minister said", date(2015, 1, 1), "Ali Tayebnia", "IRN", "GOV"),
    ("Pakistan's finance minister said", date(2015, 1, 1), "Ishaq Dar", "PAK", "GOV"),
    ("Nigeria's finance minister said", date(2016, 1, 1), "Kemi Adeosun", "NGA", "GOV"),
    ("Egypt's finance minister said", date(2020, 1, 1), "Mohamed Maait", "EGY", "GOV"),
    ("Kenya's Treasury Cabinet Secretary said", date(2020, 1, 1), "Ukur Yatani", "KEN", "GOV"),
    ("The Cabinet Secretary for the National Treasury said", date(2023, 1, 1), "Njuguna Ndung'u", "KEN", "GOV"),
    ("Kenya's finance minister said", date(2007, 1, 1), "Amos Kimunya", "KEN", "GOV"),
    ("Poland's finance minister said", date(2010, 1, 1), "Jacek Rostowski", "POL", "GOV"),
    ("Spain's finance minister said", date(2015, 1, 1), "Cristóbal Montoro", "ESP", "GOV"),
    ("the Dutch finance minister said", date(2015, 1, 1), "Jeroen Dijsselbloem", "NLD", "GOV"),
    ("Australia's treasurer said", date(2014, 6, 1), "Joe Hockey", "AUS", "GOV"),
    ("Mexico's finance minister said", date(2000, 6, 1), "José Ángel Gurría", "MEX", "GOV"),
    ("Ukraine's finance minister said", date(2005, 6, 1), "Viktor Pynzenyk", "UKR", "GOV"),
]


@pytest.mark.parametrize("text,when,name,country,sector", RESOLVED)
def test_finance_minister_resolves(resolver, text, when, name, country, sector):
    actors = text_actors(resolver, text, when)
    assert (name, country, sector) in actors, (text, actors)


def test_heads_of_government_holding_finance(kb):
    # a head of government holding the ministry ad interim is still coded as head of government...
    assert kb.spell(kb.people["benjamin_netanyahu"], date(2015, 1, 1)).office == "isr.prime_minister"
    assert kb.spell(kb.people["shahid_khaqan_abbasi"], date(2018, 1, 1)).office == "pak.prime_minister"
    assert kb.spell(kb.people["shaukat_aziz"], date(2006, 1, 1)).office == "pak.prime_minister"
    assert kb.spell(kb.people["mateusz_morawiecki"], date(2019, 9, 1)).office == "pol.prime_minister"
    assert kb.spell(kb.people["ehud_olmert"], date(2007, 5, 1)).office == "isr.prime_minister"
    # ...while the finance office finds him
    assert holder_name("isr.finance_minister", date(2015, 1, 1)) == "Benjamin Netanyahu"
    assert holder_name("isr.finance_minister", date(2007, 5, 1)) == "Ehud Olmert"
    assert holder_name("pol.finance_minister", date(2019, 9, 1)) == "Mateusz Morawiecki"
    assert holder_name("pak.finance_minister", date(2006, 1, 1)) == "Shaukat Aziz"
    # before his premiership he is coded as finance minister
    assert kb.spell(kb.people["shaukat_aziz"], date(2003, 1, 1)).office == "pak.finance_minister"


def test_title_only_spells_became_offices(kb):
    for pid, when in [("yuval_steinitz", date(2011, 1, 1)), ("bezalel_smotrich", date(2024, 1, 1)),
                      ("avigdor_lieberman", date(2022, 1, 1)), ("sigrid_kaag", date(2023, 1, 1)),
                      ("benjamin_netanyahu", date(2004, 1, 1))]:
        spell = kb.spell(kb.people[pid], when)
        assert spell.office and spell.office.endswith(".finance_minister"), (pid, spell)


def test_kenyan_titles(kb):
    # Minister for Finance before 2013, Cabinet Secretary for the National Treasury after
    assert kb.spell(kb.people["uhuru_kenyatta"], date(2010, 1, 1)).title == "Minister for Finance"
    assert kb.spell(kb.people["henry_rotich"], date(2016, 1, 1)).title == "Cabinet Secretary for the National Treasury"
