"""Heads of state and government of the countries and territories that had no office
holder before people_world_2.yaml (sources on each of its lines): a titled mention on a
date resolves to the holder, with the country and sector."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.actors.resolver import ActorResolver


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver()


TITLED_2 = [
    # Hong Kong: "chief executive" alone is a business title; the office names win
    ("Hong Kong Chief Executive Carrie Lam", date(2019, 8, 1), "Carrie Lam", "HKG"),
    ("Hong Kong's chief executive", date(2023, 1, 1), "John Lee Ka-chiu", "HKG"),
    ("Hong Kong Chief Executive Leung Chun-ying", date(2014, 10, 1), "Leung Chun-ying", "HKG"),
    ("Swiss President Viola Amherd", date(2024, 3, 1), "Viola Amherd", "CHE"),
    ("the Swiss president", date(2023, 5, 1), "Alain Berset", "CHE"),
    ("Nepal's Prime Minister", date(2024, 8, 1), "KP Sharma Oli", "NPL"),
    ("Nepalese Prime Minister Pushpa Kamal Dahal", date(2023, 6, 1), "Pushpa Kamal Dahal", "NPL"),
    ("Nepal's President", date(2024, 1, 1), "Ram Chandra Poudel", "NPL"),
    ("Dominican President Luis Abinader", date(2021, 1, 1), "Luis Abinader", "DOM"),
    ("Haitian Prime Minister Ariel Henry", date(2022, 1, 1), "Ariel Henry", "HTI"),
    ("Haiti's prime minister", date(2025, 3, 1), "Alix Didier Fils-Aimé", "HTI"),
    ("Paraguayan President Santiago Peña", date(2024, 5, 1), "Santiago Peña", "PRY"),
    ("Panamanian President Laurentino Cortizo", date(2020, 1, 1), "Laurentino Cortizo", "PAN"),
    ("Costa Rican President Rodrigo Chaves", date(2023, 1, 1), "Rodrigo Chaves", "CRI"),
    ("Mongolian President", date(2022, 1, 1), "Ukhnaagiin Khurelsukh", "MNG"),
    ("Mongolian Prime Minister", date(2023, 1, 1), "Luvsannamsrai Oyun-Erdene", "MNG"),
    ("Lao Prime Minister Sonexay Siphandone", date(2024, 1, 1), "Sonexay Siphandone", "LAO"),
    ("Malagasy President Michael Randrianirina", date(2026, 1, 1), "Michael Randrianirina", "MDG"),
    ("Malawian President Peter Mutharika", date(2026, 1, 1), "Peter Mutharika", "MWI"),
    ("Namibian President Netumbo Nandi-Ndaitwah", date(2025, 6, 1), "Netumbo Nandi-Ndaitwah", "NAM"),
    ("Botswana's President Duma Boko", date(2025, 6, 1), "Duma Boko", "BWA"),
    ("Jamaican Prime Minister Andrew Holness", date(2021, 1, 1), "Andrew Holness", "JAM"),
    ("Togolese President", date(2020, 1, 1), "Faure Gnassingbé", "TGO"),
    ("Sierra Leone's President Julius Maada Bio", date(2020, 1, 1), "Julius Maada Bio", "SLE"),
    ("Guyanese President Irfaan Ali", date(2022, 1, 1), "Irfaan Ali", "GUY"),
    ("Papua New Guinea Prime Minister James Marape", date(2023, 1, 1), "James Marape", "PNG"),
]

HOLDERS_2 = [
    ("hkg.chief_executive", date(2010, 1, 1), "Donald Tsang"),
    ("che.president", date(2019, 6, 1), "Ueli Maurer"),
    ("che.president", date(2026, 6, 1), "Guy Parmelin"),
    ("npl.prime_minister", date(2026, 1, 1), "Sushila Karki"),
    ("npl.prime_minister", date(2022, 1, 1), "Sher Bahadur Deuba"),
    ("dom.president", date(2016, 1, 1), "Danilo Medina"),
    ("hti.prime_minister", date(2020, 6, 1), "Joseph Jouthe"),
    ("pry.president", date(2020, 1, 1), "Mario Abdo Benítez"),
    ("pan.president", date(2025, 1, 1), "José Raúl Mulino"),
    ("cri.president", date(2019, 1, 1), "Carlos Alvarado Quesada"),
    ("bih.chairman_council_of_ministers", date(2021, 1, 1), "Zoran Tegeltija"),
    ("bih.chairman_council_of_ministers", date(2025, 6, 1), "Borjana Krišto"),
    ("mng.prime_minister", date(2025, 12, 1), "Gombojav Zandanshatar"),
    ("lao.president", date(2018, 1, 1), "Bounnhang Vorachith"),
    ("mdg.prime_minister", date(2026, 1, 1), "Herintsalama Rajaonarivelo"),
    ("nam.president", date(2024, 6, 1), "Nangolo Mbumba"),
    ("jam.prime_minister", date(2014, 1, 1), "Portia Simpson-Miller"),
    ("tgo.president_council_of_ministers", date(2025, 6, 1), "Faure Gnassingbé"),
    ("tgo.president", date(2025, 6, 1), "Jean-Lucien Savi de Tové"),
    ("sle.president", date(2016, 1, 1), "Ernest Bai Koroma"),
    ("guy.president", date(2018, 1, 1), "David Granger"),
]


# people_world_3.yaml: the next countries and territories without a holder on 2025-06-01
TITLED_3 = [
    ("Macau's chief executive", date(2022, 1, 1), "Ho Iat Seng", "MAC"),
    ("Macao Chief Executive Sam Hou Fai", date(2025, 3, 1), "Sam Hou Fai", "MAC"),
    ("Mauritanian President Mohamed Ould Ghazouani", date(2024, 5, 1), "Mohamed Ould Ghazouani", "MRT"),
    ("Mauritania's prime minister", date(2025, 1, 1), "Mokhtar Ould Djay", "MRT"),
    ("the prime minister of Fiji", date(2024, 5, 1), "Sitiveni Rabuka", "FJI"),
    ("Fijian Prime Minister Frank Bainimarama", date(2019, 1, 1), "Frank Bainimarama", "FJI"),
    ("Congolese President Denis Sassou Nguesso", date(2020, 1, 1), "Denis Sassou Nguesso", "COG"),
    ("Equatorial Guinea's President", date(2023, 1, 1), "Teodoro Obiang Nguema Mbasogo", "GNQ"),
    ("Guinea-Bissau's President", date(2021, 1, 1), "Umaro Sissoco Embaló", "GNB"),
    ("Gambian President Adama Barrow", date(2020, 1, 1), "Adama Barrow", "GMB"),
    ("Djiboutian President Ismail Omar Guelleh", date(2022, 1, 1), "Ismail Omar Guelleh", "DJI"),
    ("Swazi King", date(2022, 1, 1), "Mswati III", "SWZ"),
    ("Lesotho's prime minister", date(2023, 1, 1), "Sam Matekane", "LSO"),
    ("East Timor's president", date(2023, 1, 1), "José Ramos-Horta", "TLS"),
    ("Maldivian President", date(2024, 1, 1), "Mohamed Muizzu", "MDV"),
    ("Bhutanese Prime Minister", date(2025, 1, 1), "Tshering Tobgay", "BTN"),
    ("the Sultan of Brunei", date(2020, 1, 1), "Hassanal Bolkiah", "BRN"),
    ("Mauritian Prime Minister Navin Ramgoolam", date(2025, 1, 1), "Navin Ramgoolam", "MUS"),
    ("Surinamese President", date(2021, 1, 1), "Chan Santokhi", "SUR"),
    ("Trinidad and Tobago's Prime Minister", date(2019, 1, 1), "Keith Rowley", "TTO"),
    ("Bahamian Prime Minister", date(2022, 1, 1), "Philip Davis", "BHS"),
    ("Barbados Prime Minister Mia Mottley", date(2022, 1, 1), "Mia Mottley", "BRB"),
    # Puerto Rico's governor is an office (PRI GOV), unlike US state governors
    ("Puerto Rico Governor Pedro Pierluisi", date(2022, 1, 1), "Pedro Pierluisi", "PRI"),
    ("the governor of Puerto Rico", date(2025, 6, 1), "Jenniffer González Colón", "PRI"),
    ("Andorran Head of Government", date(2020, 1, 1), "Xavier Espot Zamora", "AND"),
    ("Antiguan Prime Minister Gaston Browne", date(2020, 1, 1), "Gaston Browne", "ATG"),
    ("Belize's prime minister", date(2021, 1, 1), "Johnny Briceño", "BLZ"),
    ("Comorian President", date(2020, 1, 1), "Azali Assoumani", "COM"),
    ("Cape Verde's President", date(2023, 1, 1), "José Maria Neves", "CPV"),
    ("Dominica's Prime Minister", date(2020, 1, 1), "Roosevelt Skerrit", "DMA"),
    ("Micronesian President", date(2024, 1, 1), "Wesley Simina", "FSM"),
    ("Grenada's prime minister", date(2023, 1, 1), "Dickon Mitchell", "GRD"),
    ("Kiribati President", date(2020, 1, 1), "Taneti Maamau", "KIR"),
    ("St Kitts and Nevis Prime Minister", date(2023, 1, 1), "Terrance Drew", "KNA"),
    ("St Lucia Prime Minister Philip J. Pierre", date(2023, 1, 1), "Philip J. Pierre", "LCA"),
    ("Liechtenstein's Head of Government", date(2023, 1, 1), "Daniel Risch", "LIE"),
    ("Prince Albert II", date(2023, 1, 1), "Prince Albert II", "MCO"),
    ("Monaco's Minister of State", date(2025, 3, 1), "Isabelle Berro-Amadeï", "MCO"),
    ("Marshall Islands President Hilda Heine", date(2024, 6, 1), "Hilda Heine", "MHL"),
    ("Nauru President David Adeang", date(2024, 1, 1), "David Adeang", "NRU"),
    ("Palauan President", date(2022, 1, 1), "Surangel Whipps Jr.", "PLW"),
    ("Solomon Islands Prime Minister", date(2025, 1, 1), "Jeremiah Manele", "SLB"),
    ("Sao Tome's prime minister", date(2025, 6, 1), "Américo Ramos", "STP"),
    ("Seychelles President", date(2022, 1, 1), "Wavel Ramkalawan", "SYC"),
    ("Tongan Prime Minister", date(2026, 1, 1), "Lord Fakafanua", "TON"),
    ("Tuvalu Prime Minister Feleti Teo", date(2025, 1, 1), "Feleti Teo", "TUV"),
    ("Vanuatu's prime minister", date(2025, 6, 1), "Jotham Napat", "VUT"),
    ("Samoan Prime Minister", date(2025, 12, 1), "Laauli Leuatea Schmidt", "WSM"),
    # the pope: VAT REL; Francis died in office and keeps his role in later news
    ("Pope Francis", date(2020, 1, 1), "Pope Francis", "VAT"),
    ("the pope", date(2025, 6, 1), "Pope Leo XIV", "VAT"),
]

HOLDERS_3 = [
    ("mac.chief_executive", date(2025, 6, 1), "Sam Hou Fai"),
    ("mrt.prime_minister", date(2022, 1, 1), "Mohamed Ould Bilal"),
    ("fji.president", date(2023, 1, 1), "Wiliame Katonivere"),
    ("cog.prime_minister", date(2025, 6, 1), "Anatole Collinet Makosso"),
    ("gnq.prime_minister", date(2025, 6, 1), "Manuel Osa Nsue Nsua"),
    ("gnb.president", date(2026, 1, 1), "Horta N'Tam"),
    ("gmb.president", date(2016, 1, 1), "Yahya Jammeh"),
    ("dji.prime_minister", date(2025, 6, 1), "Abdoulkader Kamil Mohamed"),
    ("swz.prime_minister", date(2025, 6, 1), "Russell Dlamini"),
    ("lso.prime_minister", date(2021, 1, 1), "Moeketsi Majoro"),
    ("tls.prime_minister", date(2025, 6, 1), "Xanana Gusmão"),
    ("tls.president", date(2019, 1, 1), "Francisco Guterres"),
    ("mdv.president", date(2020, 1, 1), "Ibrahim Mohamed Solih"),
    ("btn.prime_minister", date(2020, 1, 1), "Lotay Tshering"),
    ("mus.president", date(2025, 6, 1), "Dharam Gokhool"),
    ("sur.president", date(2025, 12, 1), "Jennifer Geerlings-Simons"),
    ("tto.prime_minister", date(2025, 6, 1), "Kamla Persad-Bissessar"),
    ("tto.president", date(2025, 6, 1), "Christine Kangaloo"),
    ("bhs.prime_minister", date(2019, 1, 1), "Hubert Minnis"),
    ("brb.president", date(2026, 1, 1), "Jeffrey Bostic"),
    ("pri.governor", date(2020, 1, 1), "Wanda Vázquez Garced"),
    ("and.head_of_government", date(2016, 1, 1), "Antoni Martí"),
    ("blz.prime_minister", date(2018, 1, 1), "Dean Barrow"),
    ("cpv.prime_minister", date(2020, 1, 1), "Ulisses Correia e Silva"),
    ("dma.president", date(2024, 1, 1), "Sylvanie Burton"),
    ("fsm.president", date(2021, 1, 1), "David Panuelo"),
    ("grd.prime_minister", date(2020, 1, 1), "Keith Mitchell"),
    ("kir.president", date(2025, 6, 1), "Taneti Maamau"),
    ("kna.prime_minister", date(2018, 1, 1), "Timothy Harris"),
    ("lca.prime_minister", date(2019, 1, 1), "Allen Chastanet"),
    ("lie.head_of_government", date(2025, 6, 1), "Brigitte Haas"),
    ("mco.minister_of_state", date(2022, 1, 1), "Pierre Dartout"),
    ("mhl.president", date(2022, 1, 1), "David Kabua"),
    ("nru.president", date(2023, 1, 1), "Russ Kun"),
    ("plw.president", date(2018, 1, 1), "Tommy Remengesau"),
    ("slb.prime_minister", date(2025, 6, 1), "Jeremiah Manele"),
    ("stp.president", date(2025, 6, 1), "Carlos Vila Nova"),
    ("syc.president", date(2025, 12, 1), "Patrick Herminie"),
    ("ton.prime_minister", date(2025, 6, 1), "Aisake Eke"),
    ("tuv.prime_minister", date(2022, 1, 1), "Kausea Natano"),
    ("vct.prime_minister", date(2026, 1, 1), "Godwin Friday"),
    ("wsm.prime_minister", date(2025, 12, 1), "Laauli Leuatea Schmidt"),
    ("vat.pope", date(2020, 1, 1), "Pope Francis"),
    ("vat.pope", date(2026, 1, 1), "Pope Leo XIV"),
    # gaps of people_world_2.yaml filled in the same pass
    ("bih.chairman_council_of_ministers", date(2017, 1, 1), "Denis Zvizdić"),
    ("mdg.president", date(2024, 6, 1), "Andry Rajoelina"),
    ("mwi.president", date(2022, 1, 1), "Lazarus Chakwera"),
    ("mwi.president", date(2018, 1, 1), "Peter Mutharika"),
    ("nam.president", date(2020, 1, 1), "Hage Geingob"),
    ("bwa.president", date(2020, 1, 1), "Mokgweetsi Masisi"),
    ("pan.president", date(2016, 1, 1), "Juan Carlos Varela"),
    ("cri.president", date(2016, 1, 1), "Luis Guillermo Solís"),
    ("png.prime_minister", date(2018, 1, 1), "Peter O'Neill"),
    ("npl.prime_minister", date(2015, 6, 1), "Sushil Koirala"),
    ("mng.president", date(2015, 6, 1), "Tsakhiagiin Elbegdorj"),
]


@pytest.mark.parametrize("text,when,name,country", TITLED_2 + TITLED_3)
def test_titled_mention(resolver, text, when, name, country):
    mentions = resolver.resolve_text(text, when)
    assert len(mentions) == 1, (text, mentions)
    actor = mentions[0].actor
    assert actor.name == name, (text, actor)
    assert actor.country == country
    assert actor.sector == ("REL" if country == "VAT" else "GOV")  # the pope heads the Church first


@pytest.mark.parametrize("office,when,name", HOLDERS_2 + HOLDERS_3)
def test_holder_on_date(kb, office, when, name):
    holder = kb.holder(office, when)
    assert holder is not None, f"nobody holds {office} on {when}"
    assert holder.name == name
