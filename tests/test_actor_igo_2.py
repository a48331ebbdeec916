"""Second IGO pass (src/dragoman/actors/data/people_igo_2.yaml, organisations_2.yaml v3
and spells added in place): EU commissioners (country EU, sector IGO), US commanders in
Iraq and Afghanistan and at CENTCOM (USA MIL), NATO's SACEURs (NATO IGO), six-party
negotiators, and the missing or cut spells of known people."""

from __future__ import annotations

from datetime import date

import pytest

CASES = [
    # European Commission
    ("Margrethe Vestager fined Google.", date(2018, 7, 18), "Margrethe Vestager", ("EU", "IGO")),
    ("Olli Rehn urged Greece to cut its deficit.", date(2011, 5, 10), "Olli Rehn", ("EU", "IGO")),
    ("Olli Rehn met Serbian leaders in Belgrade.", date(2007, 3, 1), "Olli Rehn", ("EU", "IGO")),
    ("Dubravka Suica visited Cairo.", date(2025, 3, 1), "Dubravka Suica", ("EU", "IGO")),
    ("Kristalina Georgieva presented the EU budget.", date(2015, 6, 1), "Kristalina Georgieva", ("EU", "IGO")),
    ("Kristalina Georgieva warned of a slowdown.", date(2022, 6, 1), "Kristalina Georgieva", ("IMF", "IGO")),
    ("Peter Mandelson said the Doha round was in danger.", date(2006, 7, 1), "Peter Mandelson", ("EU", "IGO")),
    ("Neelie Kroes fined Microsoft.", date(2008, 2, 27), "Neelie Kroes", ("EU", "IGO")),
    ("Cecilia Malmstrom defended the trade deal.", date(2017, 2, 1), "Cecilia Malmstrom", ("EU", "IGO")),
    ("Maros Sefcovic met US trade officials.", date(2025, 4, 1), "Maros Sefcovic", ("EU", "IGO")),
    ("Valdis Dombrovskis said the tariffs were unjustified.", date(2021, 3, 1), "Valdis Dombrovskis", ("EU", "IGO")),
    ("Johannes Hahn visited Skopje.", date(2016, 5, 1), "Johannes Hahn", ("EU", "IGO")),
    ("Teresa Ribera cleared the merger.", date(2025, 5, 1), "Teresa Ribera", ("EU", "IGO")),
    # US commanders and NATO
    ("Ray Odierno said violence had fallen.", date(2009, 3, 1), "Ray Odierno", ("USA", "MIL")),
    ("Ricardo Sanchez announced the capture of Saddam Hussein.", date(2003, 12, 14), "Ricardo Sanchez", ("USA", "MIL")),
    ("George Casey said Iraqi forces were improving.", date(2005, 6, 1), "George Casey", ("USA", "MIL")),
    ("John Abizaid told Congress the insurgency was strong.", date(2006, 8, 3), "John Abizaid", ("USA", "MIL")),
    ("Dan McNeill said the Taliban were weakened.", date(2007, 10, 1), "Dan McNeill", ("USA", "MIL")),
    ("Lloyd Austin visited Baghdad.", date(2011, 6, 1), "Lloyd Austin", ("USA", "MIL")),
    ("Joseph Votel visited Syria.", date(2017, 3, 1), "Joseph Votel", ("USA", "MIL")),
    ("James Stavridis warned Russia.", date(2011, 1, 1), "James Stavridis", ("NATO", "IGO")),
    ("Christopher Cavoli said NATO was ready.", date(2023, 6, 1), "Christopher Cavoli", ("NATO", "IGO")),
    # six-party talks and nuclear negotiators
    ("Christopher Hill arrived in Beijing.", date(2007, 2, 8), "Christopher Hill", ("USA", "DIP")),
    ("Kim Kye-gwan said Pyongyang would not give up its weapons.", date(2007, 2, 8), "Kim Kye-gwan", ("PRK", "GOV")),
    ("Wu Dawei opened the talks.", date(2007, 2, 8), "Wu Dawei", ("CHN", "GOV")),
    ("Ali Larijani met Javier Solana.", date(2006, 6, 6), "Ali Larijani", ("IRN", "GOV")),
    # missing or cut spells
    ("Ehud Olmert chaired the cabinet meeting.", date(2006, 2, 1), "Ehud Olmert", ("ISR", "GOV")),
    ("Abd-Rabbu Mansour Hadi met the Saudi envoy.", date(2005, 1, 10), "Abd-Rabbu Mansour Hadi", ("YEM", "GOV")),
    ("Abd-Rabbu Mansour Hadi signed the decree.", date(2012, 1, 10), "Abd-Rabbu Mansour Hadi", ("YEM", "GOV")),
    ("Ariel Sharon visited the Temple Mount.", date(2000, 9, 28), "Ariel Sharon", ("ISR", "OPP")),
    ("Xanana Gusmao met Australian officials.", date(2010, 5, 1), "Xanana Gusmao", ("TLS", "GOV")),
    ("Salva Kiir was sworn in as first vice president of Sudan.", date(2005, 8, 11), "Salva Kiir", ("SDN", "GOV")),
    ("Saif al-Islam Gaddafi called for reforms.", date(2008, 8, 1), "Saif al-Islam Gaddafi", ("LBY", "OPP")),
    ("Colonel el-Qaddafi spoke for two hours.", date(2009, 9, 23), "Colonel el-Qaddafi", ("LBY", "GOV")),
    ("Muammar el-Qaddafi spoke for two hours.", date(2009, 9, 23), "Muammar el-Qaddafi", ("LBY", "GOV")),
    ("George H. W. Bush attended the funeral.", date(2004, 6, 11), "George H. W. Bush", ("USA", "ELI")),
    ("George H.W. Bush met Gorbachev in Malta.", date(1989, 12, 2), "George H.W. Bush", ("USA", "GOV")),
    ("F.W. de Klerk released Nelson Mandela.", date(1990, 2, 11), "F.W. de Klerk", ("ZAF", "GOV")),
    ("Ban Ki Moon called for a ceasefire.", date(2014, 7, 20), "Ban Ki Moon", ("UN", "IGO")),
    # organisations
    ("The Supreme Council of the Armed Forces dissolved parliament.", date(2012, 6, 16), "Supreme Council of the Armed Forces", ("EGY", "MIL")),
    ("The Iraqi Governing Council approved the interim constitution.", date(2004, 3, 8), "Iraqi Governing Council", ("IRQ", "GOV")),
    ("The Syrian National Council called for a no-fly zone.", date(2012, 1, 1), "Syrian National Council", ("SYR", "OPP")),
]


@pytest.mark.parametrize("text,when,mention,expected", CASES)
def test_sentence_codes_the_actor(resolver, nlp, text, when, mention, expected):
    ms = [m for m in resolver.find_mentions(nlp(text), when) if m.text == mention]
    assert ms, f"{text!r}: no mention {mention!r} in {[m.text for m in resolver.find_mentions(nlp(text), when)]}"
    a = ms[0].actor
    assert (a.country, a.sector) == expected, f"{text!r}: {a}"


def test_george_bush_alone_stays_the_son(resolver, nlp):
    ms = resolver.find_mentions(nlp("George Bush visited Iraq."), date(2003, 11, 27))
    assert [m.actor.name for m in ms if m.text == "George Bush"] == ["George W. Bush"]
