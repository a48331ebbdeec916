"""Religious leaders (REL) and chief justices (JUD) of people_religion_law.yaml: mentions
by full name are coded with their country and sector on the date, and the dated office
spells return the right holder (no predecessor for a later date). Full names are used so
that the tests hold whether or not clerical titles are in sectors.yaml."""

from datetime import date

import pytest

from conftest import holder_name, mention_codes

MENTIONS = [
    ("Chief Justice Iftikhar Chaudhry was suspended.", date(2007, 3, 9), "Chief Justice Iftikhar Chaudhry", ("PAK", "JUD")),
    ("Justin Welby said the church would apologise.", date(2018, 5, 1), "Justin Welby", ("GBR", "REL")),
    ("Rowan Williams criticised the government.", date(2008, 2, 7), "Rowan Williams", ("GBR", "REL")),
    ("Ecumenical Patriarch Bartholomew met Pope Francis in Istanbul.", date(2014, 11, 30), "Ecumenical Patriarch Bartholomew", ("TUR", "REL")),
    ("Cardinal Fridolin Ambongo urged President Tshisekedi to hold talks.", date(2024, 2, 1), "Cardinal Fridolin Ambongo", ("COD", "REL")),
    ("Yusuf al-Qaradawi issued a fatwa against Gaddafi.", date(2011, 2, 21), "Yusuf al-Qaradawi", ("QAT", "REL")),
    ("Shawki Allam approved the death sentences.", date(2015, 5, 16), "Shawki Allam", ("EGY", "REL")),
    ("John Roberts swore in Donald Trump.", date(2017, 1, 20), "John Roberts", ("USA", "JUD")),
    ("William Rehnquist presided over the impeachment trial.", date(1999, 1, 14), "William Rehnquist", ("USA", "JUD")),
    ("Joseph Zen was arrested in Hong Kong.", date(2022, 5, 11), "Joseph Zen", ("HKG", "REL")),
    ("Desmond Tutu criticised Jacob Zuma.", date(2011, 10, 4), "Desmond Tutu", ("ZAF", "REL")),
    ("Gertrude Torkornoo swore in John Mahama.", date(2025, 1, 7), "Gertrude Torkornoo", ("GHA", "JUD")),
    ("The Chief Justice of Pakistan took suo motu notice.", date(2018, 3, 1), "Chief Justice of Pakistan", ("PAK", "JUD")),
    ("Metropolitan Epiphanius thanked the Ecumenical Patriarch.", date(2019, 1, 6), "Metropolitan Epiphanius", ("UKR", "REL")),
    ("Dorit Beinisch rejected the petition.", date(2009, 6, 1), "Dorit Beinisch", ("ISR", "JUD")),
    ("Ricardo Lewandowski presided over the trial.", date(2016, 8, 25), "Ricardo Lewandowski", ("BRA", "JUD")),
    ("Shenouda III appealed for calm.", date(2011, 1, 2), "Shenouda III", ("EGY", "REL")),
    ("Pope Benedict XVI visited Britain.", date(2010, 9, 16), "Pope Benedict XVI", ("VAT", "REL")),  # the Church's head first (people_world_3 v3)
]


@pytest.mark.parametrize("text, when, mention, expected", MENTIONS)
def test_mention(resolver, nlp, text, when, mention, expected):
    codes = mention_codes(resolver, nlp, text, when)
    assert codes.get(mention) == expected, codes


HOLDERS = [
    ("gbr.archbishop_of_canterbury", date(2010, 1, 1), "Rowan Williams"),
    ("gbr.archbishop_of_canterbury", date(2020, 1, 1), "Justin Welby"),
    ("rus.patriarch", date(2005, 1, 1), "Alexy II"),
    ("rus.patriarch", date(2015, 1, 1), "Patriarch Kirill"),
    ("egy.coptic_pope", date(2010, 1, 1), "Shenouda III"),
    ("egy.coptic_pope", date(2015, 1, 1), "Tawadros II"),
    ("vat.pope", date(2008, 1, 1), "Pope Benedict XVI"),
    ("usa.chief_justice", date(2003, 1, 1), "William Rehnquist"),
    ("usa.chief_justice", date(2010, 1, 1), "John Roberts"),
    ("pak.chief_justice", date(2007, 5, 1), "Rana Bhagwandas"),
    ("pak.chief_justice", date(2008, 1, 1), "Abdul Hameed Dogar"),
    ("pak.chief_justice", date(2010, 1, 1), "Iftikhar Muhammad Chaudhry"),
    ("pak.chief_justice", date(2018, 1, 1), "Saqib Nisar"),
    ("ind.chief_justice", date(2008, 1, 1), "K. G. Balakrishnan"),
    ("ken.chief_justice", date(2022, 1, 1), "Martha Koome"),
    ("isr.supreme_court_president", date(2020, 1, 1), "Esther Hayut"),
    ("kor.chief_justice", date(2020, 1, 1), "Kim Myeong-su"),
    ("gha.chief_justice", date(2021, 1, 1), "Kwasi Anin-Yeboah"),
]


@pytest.mark.parametrize("office, when, expected", HOLDERS)
def test_holder(office, when, expected):
    assert holder_name(office, when) == expected


def test_no_holder_in_korea_vacancy():
    # Kim Myeong-su's term ended on 2023-09-24; Cho Hee-dae was appointed on 2023-12-08
    assert holder_name("kor.chief_justice", date(2023, 11, 1)) is None
