"""Heads of intergovernmental organisations (src/dragoman/actors/data/offices_igo.yaml,
people_igo.yaml and the spells added to people listed elsewhere): holders by date, the
office names news use on their own ("WHO chief", "the UN refugee chief"), and people
named alone or after a title, each coded with the organisation's code and sector IGO."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import holder_name, single_actor

from dragoman.actors.kb import get_kb


@pytest.mark.parametrize("office,when,name", [
    ("who.director_general", date(2010, 1, 1), "Margaret Chan"),
    ("who.director_general", date(2020, 1, 1), "Tedros Adhanom Ghebreyesus"),
    ("who.director_general", date(2006, 8, 1), "Anders Nordström"),  # acting after Lee's death
    ("who.director_general", date(2006, 5, 22), "Lee Jong-wook"),  # in office on the day he died
    ("ohchr.high_commissioner", date(2008, 7, 7), "Kang Kyung-wha"),  # acting between Arbour and Pillay
    ("coe.secretary_general", date(2009, 9, 15), "Maud de Boer-Buquicchio"),  # acting before Jagland
    ("iaea.director_general", date(2019, 7, 23), "Mary Alice Hayward"),  # acting before Feruța
    ("opec.secretary_general", date(2005, 6, 1), "Ahmad Al-Fahad Al-Ahmad Al-Sabah"),
    ("imf.managing_director", date(2018, 1, 1), "Christine Lagarde"),
    ("imf.managing_director", date(2022, 1, 1), "Kristalina Georgieva"),
    ("imf.managing_director", date(2009, 1, 1), "Dominique Strauss-Kahn"),
    ("wb.president", date(2010, 1, 1), "Robert Zoellick"),
    ("wb.president", date(2024, 1, 1), "Ajay Banga"),
    ("unhcr.high_commissioner", date(2010, 1, 1), "António Guterres"),
    ("unhcr.high_commissioner", date(2018, 6, 1), "Filippo Grandi"),
    ("unhcr.high_commissioner", date(2026, 6, 1), "Barham Salih"),
    ("ohchr.high_commissioner", date(2020, 1, 1), "Michelle Bachelet"),
    ("ohchr.high_commissioner", date(2023, 1, 1), "Volker Türk"),
    ("ocha.emergency_relief_coordinator", date(2023, 1, 1), "Martin Griffiths"),
    ("ocha.emergency_relief_coordinator", date(2025, 1, 1), "Tom Fletcher"),
    ("icc.prosecutor", date(2010, 1, 1), "Luis Moreno Ocampo"),
    ("icc.prosecutor", date(2023, 3, 17), "Karim Khan"),
    ("wto.director_general", date(2022, 1, 1), "Ngozi Okonjo-Iweala"),
    ("wto.director_general", date(2020, 12, 1), None),  # vacant between Azevêdo and Okonjo-Iweala
    ("au.commission_chairperson", date(2020, 1, 1), "Moussa Faki Mahamat"),
    ("arl.secretary_general", date(2020, 1, 1), "Ahmed Aboul Gheit"),
    ("eu.parliament_president", date(2005, 1, 1), "Josep Borrell"),
    ("eu.parliament_president", date(2023, 1, 1), "Roberta Metsola"),
    ("ecb.president", date(2015, 1, 1), "Mario Draghi"),
    ("iaea.director_general", date(2015, 1, 1), "Yukiya Amano"),
    ("coe.secretary_general", date(2015, 1, 1), "Thorbjørn Jagland"),
    ("undp.administrator", date(2026, 3, 1), "Alexander De Croo"),  # spell in people_europe_1.yaml
    ("opcw.director_general", date(2026, 9, 1), "Sabrina Dallafior"),
    ("opcw.director_general", date(2024, 1, 1), "Fernando Arias"),  # second term 2022-2026
    ("opec.secretary_general", date(2026, 1, 1), "Haitham Al Ghais"),  # second term from August 2025
    ("unhcr.high_commissioner", date(2005, 4, 1), "Wendy Chamberlin"),  # acting after Lubbers
    ("imf.managing_director", date(2000, 3, 1), "Stanley Fischer"),  # acting between Camdessus and Köhler
    ("arl.secretary_general", date(2000, 6, 1), "Esmat Abdel Meguid"),
    ("arl.secretary_general", date(2026, 8, 1), "Nabil Fahmy"),
    ("icj.president", date(2001, 1, 1), "Gilbert Guillaume"),
    ("icj.president", date(2010, 1, 1), "Hisashi Owada"),
    ("icj.president", date(2013, 1, 1), "Peter Tomka"),  # spell in his own entry (people_fill.yaml)
    ("icj.president", date(2025, 2, 1), "Julia Sebutinde"),  # acting after Salam resigned
    ("icj.president", date(2025, 6, 1), "Yuji Iwasawa"),
])
def test_holders_by_date(office, when, name):
    assert holder_name(office, when) == name


@pytest.mark.parametrize("text,when,expected", [
    ("Tedros", date(2024, 1, 1), ("Tedros Adhanom Ghebreyesus", "WHO", "IGO")),
    ("WHO chief Tedros", date(2024, 1, 1), ("Tedros Adhanom Ghebreyesus", "WHO", "IGO")),
    ("Kristalina Georgieva", date(2024, 1, 1), ("Kristalina Georgieva", "IMF", "IGO")),
    ("the UN refugee chief", date(2018, 6, 1), ("Filippo Grandi", "UN", "IGO")),
    ("UNHCR chief Filippo Grandi", date(2018, 6, 1), ("Filippo Grandi", "UN", "IGO")),
    ("ICC prosecutor Karim Khan", date(2023, 3, 17), ("Karim Khan", "ICC", "JUD")),  # the courts' officials JUD
    ("Martin Griffiths", date(2022, 5, 1), ("Martin Griffiths", "UN", "IGO")),
    ("the UN aid chief", date(2019, 1, 1), ("Mark Lowcock", "UN", "IGO")),
    ("the IMF chief", date(2010, 1, 1), ("Dominique Strauss-Kahn", "IMF", "IGO")),
    ("World Bank President", date(2020, 1, 1), ("David Malpass", "WB", "IGO")),
    ("the ECB President", date(2005, 1, 1), ("Jean-Claude Trichet", "EU", "IGO")),
    ("Arab League chief Amr Moussa", date(2005, 1, 1), ("Amr Moussa", "ARL", "IGO")),
    ("the ICJ president", date(2022, 1, 1), ("Joan Donoghue", "ICJ", "JUD")),
    ("ICJ President Nawaf Salam", date(2024, 6, 1), ("Nawaf Salam", "ICJ", "JUD")),
    ("the World Court president", date(2019, 1, 1), ("Abdulqawi Ahmed Yusuf", "ICJ", "JUD")),
])
def test_names_and_titles_resolve_to_the_organisation(resolver, text, when, expected):
    assert single_actor(resolver, text, when) == expected


def test_a_predecessor_is_former_elite_of_his_country():
    kb = get_kb()
    lubbers = kb.people["ruud_lubbers"]
    assert kb.spell(lubbers, date(2010, 1, 1)) is None  # no IGO role after 2005
    assert kb.spell(lubbers, date(2003, 1, 1)).country == "UN"
