"""Finance ministers (kind finance_minister) 2000-2026: offices of offices.yaml version 4
(Italy, Canada, Japan, South Korea, China, India, Indonesia, Brazil, Mexico, Argentina,
South Africa, Saudi Arabia, Turkey, Russia, Australia's Treasurer, Ukraine), holders in
people_finance.yaml and the people files (sources on each data line); sectors.yaml
version 10 titles 'minister of finance', 'minister for finance', 'treasurer',
'chancellor of the exchequer' (kind finance_minister)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import holder_name, text_actors

HOLDERS = [
    ("ita.finance_minister", date(2000, 6, 1), "Ottaviano Del Turco"),
    ("ita.finance_minister", date(2005, 1, 1), "Domenico Siniscalco"),
    ("ita.finance_minister", date(2012, 3, 1), "Mario Monti"),        # ad interim
    ("ita.finance_minister", date(2016, 1, 1), "Pier Carlo Padoan"),
    ("ita.finance_minister", date(2024, 1, 1), "Giancarlo Giorgetti"),
    ("can.finance_minister", date(2001, 1, 1), "Paul Martin"),
    ("can.finance_minister", date(2010, 1, 1), "Jim Flaherty"),
    ("can.finance_minister", date(2025, 1, 1), "Dominic LeBlanc"),
    ("can.finance_minister", date(2026, 1, 1), "François-Philippe Champagne"),
    ("jpn.finance_minister", date(2005, 1, 1), "Sadakazu Tanigaki"),
    ("jpn.finance_minister", date(2010, 3, 1), "Naoto Kan"),
    ("jpn.finance_minister", date(2019, 1, 1), "Taro Aso"),
    ("jpn.finance_minister", date(2026, 1, 1), "Satsuki Katayama"),
    ("kor.finance_minister", date(2003, 6, 1), "Kim Jin-pyo"),
    ("kor.finance_minister", date(2005, 6, 1), "Han Duck-soo"),
    ("kor.finance_minister", date(2020, 1, 1), "Hong Nam-ki"),
    ("kor.finance_minister", date(2026, 1, 1), "Koo Yun-cheol"),
    ("chn.finance_minister", date(2005, 1, 1), "Jin Renqing"),
    ("chn.finance_minister", date(2017, 1, 1), "Xiao Jie"),
    ("chn.finance_minister", date(2024, 1, 1), "Lan Fo'an"),
    ("ind.finance_minister", date(2003, 1, 1), "Jaswant Singh"),
    ("ind.finance_minister", date(2006, 1, 1), "P. Chidambaram"),
    ("ind.finance_minister", date(2008, 12, 15), "Manmohan Singh"),  # the prime minister held it
    ("ind.finance_minister", date(2018, 6, 1), "Piyush Goyal"),      # during Jaitley's illness
    ("ind.finance_minister", date(2022, 1, 1), "Nirmala Sitharaman"),
    ("idn.finance_minister", date(2003, 1, 1), "Boediono"),
    ("idn.finance_minister", date(2008, 1, 1), "Sri Mulyani Indrawati"),
    ("idn.finance_minister", date(2015, 1, 1), "Bambang Brodjonegoro"),
    ("idn.finance_minister", date(2026, 1, 1), "Purbaya Yudhi Sadewa"),
    ("bra.finance_minister", date(2001, 1, 1), "Pedro Malan"),
    ("bra.finance_minister", date(2010, 1, 1), "Guido Mantega"),
    ("bra.finance_minister", date(2020, 1, 1), "Paulo Guedes"),
    ("bra.finance_minister", date(2024, 1, 1), "Fernando Haddad"),
    ("mex.finance_minister", date(2003, 1, 1), "Francisco Gil Díaz"),
    ("mex.finance_minister", date(2014, 1, 1), "Luis Videgaray"),
    ("mex.finance_minister", date(2017, 1, 1), "José Antonio Meade"),
    ("mex.finance_minister", date(2023, 1, 1), "Rogelio Ramírez de la O"),
    ("arg.finance_minister", date(2001, 6, 1), "Domingo Cavallo"),
    ("arg.finance_minister", date(2004, 1, 1), "Roberto Lavagna"),
    ("arg.finance_minister", date(2014, 1, 1), "Axel Kicillof"),
    ("arg.finance_minister", date(2023, 1, 1), "Sergio Massa"),
    ("arg.finance_minister", date(2024, 6, 1), "Luis Caputo"),
    ("zaf.finance_minister", date(2005, 1, 1), "Trevor Manuel"),
    ("zaf.finance_minister", date(2015, 12, 11), "Des van Rooyen"),
    ("zaf.finance_minister", date(2020, 1, 1), "Tito Mboweni"),
    ("zaf.finance_minister", date(2023, 1, 1), "Enoch Godongwana"),
    ("sau.finance_minister", date(2010, 1, 1), "Ibrahim Al-Assaf"),
    ("sau.finance_minister", date(2020, 1, 1), "Mohammed Al-Jadaan"),
    ("tur.finance_minister", date(2001, 1, 1), "Sümer Oral"),
    ("tur.finance_minister", date(2012, 1, 1), "Mehmet Şimşek"),
    ("tur.finance_minister", date(2017, 1, 1), "Naci Ağbal"),
    ("tur.finance_minister", date(2019, 1, 1), "Berat Albayrak"),
    ("tur.finance_minister", date(2024, 1, 1), "Mehmet Şimşek"),
    ("rus.finance_minister", date(2005, 1, 1), "Alexei Kudrin"),
    ("rus.finance_minister", date(2020, 1, 1), "Anton Siluanov"),
    ("aus.finance_minister", date(2005, 1, 1), "Peter Costello"),
    ("aus.finance_minister", date(2010, 1, 1), "Wayne Swan"),
    ("aus.finance_minister", date(2017, 1, 1), "Scott Morrison"),
    ("aus.finance_minister", date(2024, 1, 1), "Jim Chalmers"),
    ("ukr.finance_minister", date(2015, 6, 1), "Natalie Jaresko"),
    ("ukr.finance_minister", date(2017, 1, 1), "Oleksandr Danylyuk"),
    ("ukr.finance_minister", date(2023, 1, 1), "Serhiy Marchenko"),
]


@pytest.mark.parametrize("office,when,name", HOLDERS)
def test_finance_minister_holder(office, when, name):
    assert holder_name(office, when) == name


@pytest.mark.parametrize("office,when", [
    # (Hockey, Gurría and Ukraine before 2010, open in this pass, were filled by the
    # second pass: tests/test_actor_finance_ministers_2.py)
    ("ita.finance_minister", date(2006, 5, 12)),  # Berlusconi/Tremonti gap of May 2006: left open
    ("arg.finance_minister", date(2001, 12, 25)),  # interim of December 2001: left open
    ("ukr.finance_minister", date(2010, 3, 20)),  # before Yaroshenko: left open
])
def test_open_periods(kb, office, when):
    assert office in kb.offices and kb.holder(office, when) is None


RESOLVED = [
    ("Japan's finance minister said", date(2019, 1, 1), "Taro Aso", "JPN", "GOV"),
    ("Japan's minister of finance said", date(2026, 1, 10), "Satsuki Katayama", "JPN", "GOV"),
    ("Finance Minister Sri Mulyani Indrawati said", date(2020, 1, 1), "Sri Mulyani Indrawati", "IDN", "GOV"),
    ("Britain's minister of finance said", date(2015, 1, 1), "George Osborne", "GBR", "GOV"),
    ("Treasurer Jim Chalmers said", date(2023, 1, 1), "Jim Chalmers", "AUS", "GOV"),
    ("The Australian treasurer said", date(2016, 6, 1), "Scott Morrison", "AUS", "GOV"),
    ("India's finance minister said", date(2018, 6, 1), "Piyush Goyal", "IND", "GOV"),
    ("the Italian finance minister said", date(2015, 1, 1), "Pier Carlo Padoan", "ITA", "GOV"),
    ("South Korea's finance minister said", date(2020, 1, 1), "Hong Nam-ki", "KOR", "GOV"),
    ("China's finance minister said", date(2017, 1, 1), "Xiao Jie", "CHN", "GOV"),
    ("Brazil's finance minister said", date(2007, 1, 1), "Guido Mantega", "BRA", "GOV"),
    ("Mexico's finance minister said", date(2020, 1, 1), "Arturo Herrera", "MEX", "GOV"),
    ("Argentina's finance minister said", date(2023, 1, 1), "Sergio Massa", "ARG", "GOV"),
    ("South Africa's finance minister said", date(2016, 1, 1), "Pravin Gordhan", "ZAF", "GOV"),
    ("Saudi Arabia's finance minister said", date(2018, 1, 1), "Mohammed Al-Jadaan", "SAU", "GOV"),
    ("Turkey's finance minister said", date(2019, 1, 1), "Berat Albayrak", "TUR", "GOV"),
    ("Russia's finance minister said", date(2015, 1, 1), "Anton Siluanov", "RUS", "GOV"),
    ("Ukraine's finance minister said", date(2021, 1, 1), "Serhiy Marchenko", "UKR", "GOV"),
    ("Canada's finance minister said", date(2021, 1, 1), "Chrystia Freeland", "CAN", "GOV"),
]


@pytest.mark.parametrize("text,when,name,country,sector", RESOLVED)
def test_finance_minister_resolves(resolver, text, when, name, country, sector):
    actors = text_actors(resolver, text, when)
    assert (name, country, sector) in actors, (text, actors)


def test_acting_heads_of_government(kb):
    # a head of government holding the ministry ad interim is still coded as head of government...
    assert kb.spell(kb.people["mario_monti"], date(2012, 3, 1)).title == "Prime Minister"
    assert kb.spell(kb.people["manmohan_singh"], date(2008, 12, 15)).title == "Prime Minister"
    # ...while the finance office finds him
    assert holder_name("ita.finance_minister", date(2004, 7, 10)) == "Silvio Berlusconi"
    assert holder_name("ind.finance_minister", date(2012, 7, 15)) == "Manmohan Singh"


def test_title_only_spells_became_offices(kb):
    # people who had "Finance Minister" spells without the office now hold it
    assert holder_name("can.finance_minister", date(1999, 1, 1)) == "Paul Martin"
    assert holder_name("jpn.finance_minister", date(2025, 1, 1)) == "Katsunobu Kato"
    assert holder_name("tur.finance_minister", date(2016, 1, 1)) == "Naci Ağbal"
    assert holder_name("mex.finance_minister", date(2012, 1, 1)) == "José Antonio Meade"
    assert kb.spell(kb.people["sergio_massa"], date(2023, 1, 1)).office == "arg.finance_minister"
