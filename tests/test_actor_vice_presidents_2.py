"""Vice presidents (kind vice_president) 2000-2026, second pass: offices of offices.yaml
version 3 (Ecuador, Peru's first vice president, Bolivia, Afghanistan's first vice
president, Uganda, Tanzania, Zambia, Cuba, Nicaragua, El Salvador, Guatemala, Costa
Rica's first vice president, Panama, the Dominican Republic, Paraguay, Uruguay, Egypt),
holders in people_vp_2.yaml and the people files (sources on each data line)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import holder_name, text_actors

HOLDERS = [
    ("ecu.vice_president", date(2000, 1, 10), "Gustavo Noboa"),
    ("ecu.vice_president", date(2004, 6, 1), "Alfredo Palacio"),
    ("ecu.vice_president", date(2010, 1, 1), "Lenín Moreno"),
    ("ecu.vice_president", date(2015, 1, 1), "Jorge Glas"),
    ("ecu.vice_president", date(2017, 11, 1), "María Alejandra Vicuña"),   # acting, Glas in prison
    ("ecu.vice_president", date(2019, 6, 1), "Otto Sonnenholzner"),
    ("ecu.vice_president", date(2022, 1, 1), "Alfredo Borrero"),
    ("ecu.vice_president", date(2026, 1, 1), "María José Pinto"),
    ("per.first_vice_president", date(2003, 1, 1), "Raúl Diez Canseco"),
    ("per.first_vice_president", date(2013, 1, 1), "Marisol Espinoza"),
    ("per.first_vice_president", date(2017, 1, 1), "Martín Vizcarra"),
    ("per.first_vice_president", date(2022, 6, 1), "Dina Boluarte"),
    ("bol.vice_president", date(2000, 6, 1), "Jorge Quiroga"),
    ("bol.vice_president", date(2003, 1, 1), "Carlos Mesa"),
    ("bol.vice_president", date(2015, 1, 1), "Álvaro García Linera"),
    ("bol.vice_president", date(2023, 1, 1), "David Choquehuanca"),
    ("afg.first_vice_president", date(2007, 1, 1), "Ahmad Zia Massoud"),
    ("afg.first_vice_president", date(2012, 1, 1), "Mohammad Qasim Fahim"),
    ("afg.first_vice_president", date(2014, 6, 1), "Yunus Qanuni"),
    ("afg.first_vice_president", date(2016, 1, 1), "Abdul Rashid Dostum"),
    ("afg.first_vice_president", date(2021, 1, 1), "Amrullah Saleh"),
    ("uga.vice_president", date(2001, 1, 1), "Specioza Kazibwe"),
    ("uga.vice_president", date(2008, 1, 1), "Gilbert Bukenya"),
    ("uga.vice_president", date(2016, 1, 1), "Edward Ssekandi"),
    ("uga.vice_president", date(2024, 1, 1), "Jessica Alupo"),
    ("tza.vice_president", date(2005, 1, 1), "Ali Mohamed Shein"),
    ("tza.vice_president", date(2012, 1, 1), "Mohamed Gharib Bilal"),
    ("tza.vice_president", date(2018, 1, 1), "Samia Suluhu Hassan"),
    ("tza.vice_president", date(2023, 1, 1), "Philip Mpango"),
    ("tza.vice_president", date(2026, 1, 1), "Emmanuel Nchimbi"),
    ("zmb.vice_president", date(2002, 1, 1), "Enoch Kavindele"),
    ("zmb.vice_president", date(2007, 1, 1), "Rupiah Banda"),
    ("zmb.vice_president", date(2010, 1, 1), "George Kunda"),
    ("zmb.vice_president", date(2013, 1, 1), "Guy Scott"),
    ("zmb.vice_president", date(2018, 1, 1), "Inonge Wina"),
    ("zmb.vice_president", date(2023, 1, 1), "Mutale Nalumango"),
    ("cub.vice_president", date(2005, 1, 1), "Raúl Castro"),
    ("cub.vice_president", date(2010, 1, 1), "José Ramón Machado Ventura"),
    ("cub.vice_president", date(2015, 1, 1), "Miguel Díaz-Canel"),
    ("cub.vice_president", date(2022, 1, 1), "Salvador Valdés Mesa"),
    ("nic.vice_president", date(2004, 1, 1), "José Rizo Castellón"),
    ("nic.vice_president", date(2009, 1, 1), "Jaime Morales Carazo"),
    ("nic.vice_president", date(2014, 1, 1), "Omar Halleslevens"),
    ("nic.vice_president", date(2020, 1, 1), "Rosario Murillo"),
    ("slv.vice_president", date(2006, 1, 1), "Ana Vilma de Escobar"),
    ("slv.vice_president", date(2011, 1, 1), "Salvador Sánchez Cerén"),
    ("slv.vice_president", date(2016, 1, 1), "Óscar Ortiz"),
    ("slv.vice_president", date(2025, 1, 1), "Félix Ulloa"),
    ("gtm.vice_president", date(2006, 1, 1), "Eduardo Stein"),
    ("gtm.vice_president", date(2014, 1, 1), "Roxana Baldetti"),
    ("gtm.vice_president", date(2015, 7, 1), "Alejandro Maldonado"),
    ("gtm.vice_president", date(2018, 1, 1), "Jafeth Cabrera"),
    ("gtm.vice_president", date(2022, 1, 1), "Guillermo Castillo"),
    ("gtm.vice_president", date(2025, 1, 1), "Karin Herrera"),
    ("cri.first_vice_president", date(2004, 1, 1), "Lineth Saborío"),
    ("cri.first_vice_president", date(2007, 1, 1), "Laura Chinchilla"),
    ("cri.first_vice_president", date(2012, 1, 1), "Alfio Piva"),
    ("cri.first_vice_president", date(2020, 1, 1), "Epsy Campbell"),
    ("cri.first_vice_president", date(2024, 1, 1), "Stephan Brunner"),
    ("pan.vice_president", date(2006, 1, 1), "Samuel Lewis Navarro"),
    ("pan.vice_president", date(2012, 1, 1), "Juan Carlos Varela"),
    ("pan.vice_president", date(2016, 1, 1), "Isabel Saint Malo"),
    ("pan.vice_president", date(2021, 1, 1), "José Gabriel Carrizo"),
    ("dom.vice_president", date(2008, 1, 1), "Rafael Alburquerque"),
    ("dom.vice_president", date(2016, 1, 1), "Margarita Cedeño"),
    ("dom.vice_president", date(2025, 1, 1), "Raquel Peña"),
    ("pry.vice_president", date(2010, 1, 1), "Federico Franco"),
    ("pry.vice_president", date(2015, 1, 1), "Juan Afara"),
    ("pry.vice_president", date(2020, 1, 1), "Hugo Velázquez"),
    ("pry.vice_president", date(2024, 1, 1), "Pedro Alliana"),
    ("ury.vice_president", date(2003, 1, 1), "Luis Hierro López"),
    ("ury.vice_president", date(2012, 1, 1), "Danilo Astori"),
    ("ury.vice_president", date(2016, 1, 1), "Raúl Sendic"),
    ("ury.vice_president", date(2018, 1, 1), "Lucía Topolansky"),
    ("ury.vice_president", date(2022, 1, 1), "Beatriz Argimón"),
    ("ury.vice_president", date(2025, 6, 1), "Carolina Cosse"),
    ("egy.vice_president", date(2011, 2, 5), "Omar Suleiman"),
    ("egy.vice_president", date(2013, 8, 1), "Mohamed ElBaradei"),
]


@pytest.mark.parametrize("office,when,name", HOLDERS)
def test_vice_president_holder(office, when, name):
    assert holder_name(office, when) == name


@pytest.mark.parametrize("office,when", [
    ("per.first_vice_president", date(2019, 1, 1)),  # Vizcarra president from 2018-03-23
    ("per.first_vice_president", date(2024, 1, 1)),  # Boluarte president from 2022-12-07
    ("bol.vice_president", date(2020, 6, 1)),        # García Linera resigned 2019-11-10
    ("zmb.vice_president", date(2014, 12, 1)),       # Guy Scott acting president
    ("cri.first_vice_president", date(2009, 6, 1)),  # Chinchilla resigned 2008-10-08
    ("cri.first_vice_president", date(2025, 10, 1)),  # Brunner left 2025-08-01
    ("pan.vice_president", date(2025, 1, 1)),        # no vice president under Mulino
    ("egy.vice_president", date(2012, 1, 1)),
    ("afg.first_vice_president", date(2022, 1, 1)),  # Taliban government
])
def test_vacancies(kb, office, when):
    assert kb.holder(office, when) is None


RESOLVED = [
    ("the Ecuadorian vice president", date(2019, 6, 1), "Otto Sonnenholzner", "ECU", "GOV"),
    ("Vice President Jorge Glas", date(2016, 3, 1), "Jorge Glas", "ECU", "GOV"),
    ("Peru's first vice president", date(2013, 1, 1), "Marisol Espinoza", "PER", "GOV"),
    ("the Bolivian vice president", date(2015, 1, 1), "Álvaro García Linera", "BOL", "GOV"),
    ("Afghanistan's first vice president", date(2012, 1, 1), "Mohammad Qasim Fahim", "AFG", "GOV"),
    ("Vice President Edward Ssekandi", date(2015, 1, 1), "Edward Ssekandi", "UGA", "GOV"),
    ("Tanzania's vice president", date(2023, 1, 1), "Philip Mpango", "TZA", "GOV"),
    ("the Zambian vice president", date(2018, 1, 1), "Inonge Wina", "ZMB", "GOV"),
    ("Cuba's first vice president", date(2015, 1, 1), "Miguel Díaz-Canel", "CUB", "GOV"),
    ("Vice President Omar Halleslevens", date(2014, 1, 1), "Omar Halleslevens", "NIC", "GOV"),
    ("the Salvadoran vice president", date(2021, 1, 1), "Félix Ulloa", "SLV", "GOV"),
    ("Guatemala's vice president", date(2022, 1, 1), "Guillermo Castillo", "GTM", "GOV"),
    ("Costa Rica's first vice president", date(2020, 1, 1), "Epsy Campbell", "CRI", "GOV"),
    ("the Panamanian vice president", date(2021, 1, 1), "José Gabriel Carrizo", "PAN", "GOV"),
    ("Vice President Raquel Peña", date(2022, 1, 1), "Raquel Peña", "DOM", "GOV"),
    ("Paraguay's vice president", date(2020, 1, 1), "Hugo Velázquez", "PRY", "GOV"),
    ("the Uruguayan vice president", date(2018, 1, 1), "Lucía Topolansky", "URY", "GOV"),
    ("Egypt's vice president", date(2011, 2, 5), "Omar Suleiman", "EGY", "GOV"),
    ("Acting President Rupiah Banda", date(2008, 9, 15), "Rupiah Banda", "ZMB", "GOV"),
]


@pytest.mark.parametrize("text,when,name,country,sector", RESOLVED)
def test_vice_president_resolves(resolver, text, when, name, country, sector):
    actors = text_actors(resolver, text, when)
    assert (name, country, sector) in actors, (text, actors)


def test_acting_presidents(kb):
    # an acting presidency in the president's absence keeps the president...
    assert kb.holder("cub.president", date(2007, 1, 1)).name == "Fidel Castro"
    assert kb.spell(kb.people["raul_castro"], date(2007, 1, 1)).title == "Acting President"
    assert kb.holder("bol.president", date(2001, 7, 15)).name == "Hugo Banzer"
    assert kb.spell(kb.people["jorge_quiroga"], date(2001, 7, 15)).title == "Acting President"
    # ...one after the president's death is a spell of the presidency (as for Mokhber)
    assert kb.holder("zmb.president", date(2014, 12, 1)).name == "Guy Scott"
    assert kb.holder("zmb.president", date(2010, 1, 1)).name == "Rupiah Banda"


def test_vice_presidents_who_became_president(kb):
    # the vice-presidential spell ends the day the presidency starts
    assert holder_name("cri.president", date(2012, 1, 1)) == "Laura Chinchilla"
    assert holder_name("slv.president", date(2016, 1, 1)) == "Salvador Sánchez Cerén"
    assert holder_name("pry.president", date(2013, 1, 1)) == "Federico Franco"


def test_acting_vice_president(kb):
    # Ecuador: Vicuña acting for the imprisoned Glas (decree 176 of 2017-10-04), elected 2018-01-06
    assert kb.spell(kb.people["maria_alejandra_vicuna"], date(2017, 11, 1)).title == "Acting Vice President"
    assert kb.spell(kb.people["maria_alejandra_vicuna"], date(2018, 6, 1)).title == "Vice President"
