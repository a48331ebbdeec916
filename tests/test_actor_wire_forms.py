"""Forms of wire copy the resolver reads: datelines with an agency, US party-and-state
labels, capitalised ranks before a title, likenesses ("Trump-style"), lists the parser
took for one name, bloc leaders, the people of a seat, lists of portfolios before one title,
posts of a body before a known name, makes of arms, bodies of a state, the Arabic article
written joined or apart, names as people write them (lower case, other spellings), and bare
groups and pronouns in context."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import mention_codes


@pytest.mark.parametrize("text, dateline, actor, code", [
    ("UNITED NATIONS (AP) - Russia vetoed a draft resolution on Ukraine.", "UNITED NATIONS", "Russia", ("RUS", None)),
    ("Kinshasa (AFP) - Congolese President Felix Tshisekedi accused Rwanda of backing M23.", "Kinshasa",
     "Congolese President Felix Tshisekedi", ("COD", "GOV")),
    ("BRUSSELS, Feb 24 (Reuters) - NATO Secretary-General Jens Stoltenberg said the alliance would act.", "BRUSSELS",
     "NATO Secretary-General Jens Stoltenberg", ("NATO", "IGO")),
])
def test_a_dateline_with_an_agency_is_no_actor(resolver, nlp, text, dateline, actor, code):
    codes = mention_codes(resolver, nlp, text, date(2022, 2, 24))
    assert dateline not in codes and codes[actor] == code


def test_an_actor_named_in_capitals_before_a_dash_is_still_one(resolver, nlp):
    assert mention_codes(resolver, nlp, "NATO - the alliance said it would deploy more forces.",
                         date(2022, 2, 24))["NATO"] == ("NATO", "IGO")


@pytest.mark.parametrize("text, mention", [
    ("Rep. Jane Smithers (D-N.Y.) unveiled the bill on Thursday.", "Rep. Jane Smithers"),
    ("Sen. Tom Blickers, R-Texas, said the bill would fail.", "Sen. Tom Blickers"),
])
def test_a_us_party_and_state_label_makes_an_unknown_legislator_american(resolver, nlp, text, mention):
    assert mention_codes(resolver, nlp, text, date(2019, 2, 7))[mention] == ("USA", "LEG")


def test_a_capitalised_rank_joins_its_title(resolver, nlp):
    text = "Treasury Secretary Scott Bessent and Ukraine's First Deputy Prime Minister Yulia Svyrydenko signed a deal."
    codes = mention_codes(resolver, nlp, text, date(2025, 4, 30))
    assert codes["Ukraine's First Deputy Prime Minister Yulia Svyrydenko"] == ("UKR", "GOV")


@pytest.mark.parametrize("text, word", [
    ("Brazilian President Jair Bolsonaro, often described as a Trump-style populist, met the U.S. president.", "Trump"),
    ("The army paraded Soviet-era tanks through the capital.", "Soviet"),
])
def test_a_likeness_is_no_actor(resolver, nlp, text, word):
    assert not any(word in m for m in mention_codes(resolver, nlp, text, date(2019, 3, 19)))


def test_a_list_the_parser_took_for_one_name_is_its_items(resolver, nlp):
    codes = mention_codes(resolver, nlp, "Mali, Burkina Faso and Niger announced their withdrawal from the bloc.",
                          date(2024, 1, 28))
    assert codes["Mali"] == ("MLI", None) and codes["Burkina Faso"] == ("BFA", None)


def test_a_city_the_parser_took_for_a_person_is_no_misspelt_name(resolver, nlp):
    codes = mention_codes(resolver, nlp, "Russian troops shelled residential areas of Kharkiv overnight.",
                          date(2022, 3, 2))
    assert "Kharkiv" not in codes


@pytest.mark.parametrize("text, mention, code", [
    ("EU foreign ministers agreed to impose sanctions on Belarus.", "EU foreign ministers", ("EU", "GOV")),
    ("G7 finance ministers agreed in London to back a minimum tax.", "G7 finance ministers", ("G7", "GOV")),
    ("NATO allies pledged more air defence for Ukraine.", "NATO allies", ("NATO", "GOV")),
    ("EU officials said the talks would resume.", "EU officials", ("EU", "IGO")),  # the bloc's own
    ("A Pentagon spokesman said the military had shot down a balloon.", "Pentagon spokesman", ("USA", "MIL")),
    ("Kremlin spokesman Dmitry Peskov said talks would go on.", "Kremlin spokesman Dmitry Peskov", ("RUS", "GOV")),
    ("Russia's Defence Ministry said its forces had taken Avdiivka.", "Russia's Defence Ministry", ("RUS", "MIL")),
    ("Ukrainian military intelligence said its drones struck a refinery.", "Ukrainian military intelligence",
     ("UKR", "SPY")),
    ("Russian Defence Minister Andrei Belousov visited the front.", "Russian Defence Minister Andrei Belousov",
     ("RUS", "GOV")),
])
def test_blocs_seats_and_ministries_by_their_people(resolver, nlp, text, mention, code):
    assert mention_codes(resolver, nlp, text, date(2024, 6, 1))[mention] == code


def test_the_abbreviation_of_a_body_named_with_its_people_is_the_body(resolver, nlp):
    text = "Leaders of African Union (AU) member states met in Niamey. The AU announced a payment system."
    mentions = resolver.find_mentions(nlp(text), date(2019, 7, 10))
    assert [(m.actor.country, m.actor.sector) for m in mentions if m.text == "AU"] == [("AU", "IGO")]


@pytest.mark.parametrize("text, name, code", [
    ("Aibek Smadiyarov, spokesman for Kazakhstan's foreign ministry, said no request had come from Moscow.",
     "Aibek Smadiyarov", ("KAZ", "GOV")),
    ("Shushan Stepanyan, spokeswoman for Armenia's Defence Ministry, said the offensive had begun.",
     "Shushan Stepanyan", ("ARM", "MIL")),
    ("Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev, accused Armenia of shelling Ganja.",
     "Hikmet Hajiyev", ("AZE", "GOV")),
    ("Gustavo Villatoro, El Salvador's justice and security minister, said 60,000 suspects had been arrested.",
     "Gustavo Villatoro", ("SLV", "GOV")),
])
def test_an_unknown_name_takes_the_country_and_voice_of_the_body_apposed_to_it(resolver, nlp, text, name, code):
    assert mention_codes(resolver, nlp, text, date(2022, 3, 1))[name] == code


def test_an_unknown_name_apposed_to_a_body_keeps_it_in_later_mentions(resolver, nlp):
    text = ("Aibek Smadiyarov, spokesman for Kazakhstan's foreign ministry, spoke on Tuesday. "
            "Smadiyarov said no request had come.")
    later = [m for m in resolver.find_mentions(nlp(text), date(2022, 3, 1)) if m.text == "Smadiyarov"]
    assert [(m.actor.country, m.actor.sector) for m in later] == [("KAZ", "GOV")]


@pytest.mark.parametrize("text, when, mention, code", [
    ("Ousted President Ali Bongo said in a video that he had been detained.", date(2023, 8, 30),
     "President Ali Bongo", ("GAB", "ELI")),
    # a surname that is a word opens a sentence as its subject
    ("Bush told the U.N. General Assembly that Iraq was a grave and gathering danger.", date(2002, 9, 12),
     "Bush", ("USA", "GOV")),
    ("Sejm Marshal Szymon Holownia said parliament would vote on the budget.", date(2024, 1, 10),
     "Sejm Marshal Szymon Holownia", ("POL", "LEG")),
    ("Libyan Marshal Khalifa Haftar met the French president.", date(2024, 1, 10),
     "Libyan Marshal Khalifa Haftar", ("LBY", "MIL")),
])
def test_ousted_leaders_sentence_subjects_and_marshals(resolver, nlp, text, when, mention, code):
    assert mention_codes(resolver, nlp, text, when)[mention] == code


def test_a_word_that_is_a_surname_opening_a_sentence_is_no_subject_otherwise(resolver, nlp):
    assert "Bush" not in mention_codes(resolver, nlp, "Bush fires raged across New South Wales.", date(2002, 9, 12))


@pytest.mark.parametrize("text, when, mention, code", [
    ("Opposition lawmakers in Kosovo let off tear gas in parliament.", date(2015, 10, 8), "Opposition lawmakers",
     ("XKX", "OPP")),  # as opposition MPs
    ("US administrator Paul Bremer ordered the dissolution of the Iraqi army.", date(2003, 5, 23),
     "US administrator Paul Bremer", ("USA", "GOV")),
])
def test_opposition_lawmakers_and_administrators(resolver, nlp, text, when, mention, code):
    assert mention_codes(resolver, nlp, text, when)[mention] == code


@pytest.mark.parametrize("text", [
    "Bayern Munich beat Borussia Dortmund to win the Champions League final at Wembley.",
    "Shakhtar Donetsk played Real Madrid in Warsaw on Tuesday.",
])
def test_a_club_named_after_its_city_is_no_actor(resolver, nlp, text):
    assert mention_codes(resolver, nlp, text, date(2013, 5, 25)) == {}


@pytest.mark.parametrize("text, when, mention, code", [
    ("AU trade and industry commissioner Albert Muchanga announced Benin was to join.", date(2019, 7, 7),
     "AU trade and industry commissioner Albert Muchanga", ("AU", "IGO")),
    ("India's commerce and industry minister Piyush Goyal said talks would resume.", date(2022, 3, 1),
     "India's commerce and industry minister Piyush Goyal", ("IND", "GOV")),
    ("The Russian industry and trade minister Denis Manturov visited the plant.", date(2016, 5, 4),
     "Russian industry and trade minister Denis Manturov", ("RUS", "GOV")),
    ("Japan's economy, trade and industry minister said exports would be checked.", date(2019, 7, 4),
     "Japan's economy, trade and industry minister", ("JPN", "GOV")),
    ("The EU energy and climate commissioner said the plan was ready.", date(2011, 5, 2),
     "EU energy and climate commissioner", ("EU", "IGO")),
])
def test_a_list_of_portfolios_belongs_to_the_title_after_it(resolver, nlp, text, when, mention, code):
    """Not "industry" (a business word) on its own: "trade and industry" is the title's remit."""
    assert mention_codes(resolver, nlp, text, when)[mention] == code


def test_bodies_with_chiefs_of_their_own_keep_their_sector(resolver, nlp):
    codes = mention_codes(resolver, nlp, "Kenyan police and army chiefs met in Nairobi.", date(2017, 8, 9))
    assert codes["Kenyan police"] == ("KEN", "COP")


@pytest.mark.parametrize("text, when, mention, code", [
    # a body's own post: the body, not the person's country
    ("U.N. special envoy Martin Griffiths announced a ceasefire in Hodeidah.", date(2018, 12, 13),
     "U.N. special envoy Martin Griffiths", ("UN", "IGO")),
    ("African Union envoy Olusegun Obasanjo said both sides had agreed.", date(2022, 11, 2),
     "African Union envoy Olusegun Obasanjo", ("AU", "IGO")),
    ("Bank of Israel Governor Stanley Fischer said the central bank would buy dollars.", date(2008, 3, 13),
     "Bank of Israel Governor Stanley Fischer", ("ISR", "GOV")),
    # not a word several countries' groups share
    ("Maoist rebel leader Prachanda said the ceasefire would hold.", date(2005, 9, 3),
     "Maoist rebel leader Prachanda", ("NPL", "REB")),
])
def test_a_known_person_titled_by_a_body_serves_it(resolver, nlp, text, when, mention, code):
    assert mention_codes(resolver, nlp, text, when)[mention] == code


@pytest.mark.parametrize("text, mention, code", [
    ("U.S. B-2 bombers dropped bunker-busting bombs on Iran's Fordow site.", "U.S. B-2 bombers", ("USA", "MIL")),
    ("Russian Su-34 jets struck Idlib overnight.", "Russian Su-34 jets", ("RUS", "MIL")),
    ("Turkish jets struck PKK camps in northern Iraq.", "Turkish jets", ("TUR", "MIL")),
    ("The bombing killed 13 U.S. service members at the airport.", "U.S. service members", ("USA", "MIL")),
    ("Members of the Civilian JTF helped Nigerian troops hunt insurgents around Maiduguri.", "Nigerian troops",
     ("NGA", "MIL")),  # a plural noun ends its phrase
])
def test_a_country_s_aircraft_and_service_members(resolver, nlp, text, mention, code):
    assert mention_codes(resolver, nlp, text, date(2021, 8, 26))[mention] == code


@pytest.mark.parametrize("text", [
    "Turkey took delivery of the Russian S-400 air defence system despite US warnings.",
    "Germany agreed to send Leopard 2 tanks to Ukraine.",
])
def test_a_make_of_arms_is_no_actor(resolver, nlp, text):
    codes = mention_codes(resolver, nlp, text, date(2023, 1, 25))
    assert not any(word in mention for mention in codes for word in ("S-400", "Leopard"))


@pytest.mark.parametrize("text, mention, code", [
    ("Meng Wanzhou was arrested at the request of U.S. authorities, Canada's Justice Department said.",
     "Canada's Justice Department", ("CAN", "JUD")),
    ("The Justice Department said it would appeal.", "Justice Department", ("USA", "JUD")),
    ("BP chief executive Tony Hayward apologised to the House Energy and Commerce Committee.",
     "House Energy and Commerce Committee", ("USA", "LEG")),  # whom one addresses, not where one goes
    ("Prime Minister Justin Trudeau said Canadian security agencies were pursuing credible allegations.",
     "Canadian security agencies", ("CAN", "SPY")),
])
def test_bodies_of_a_state(resolver, nlp, text, mention, code):
    assert mention_codes(resolver, nlp, text, date(2018, 12, 5))[mention] == code


def test_a_country_across_the_border_is_no_party_of_a_bare_government():
    from dragoman.api import resolve_actors

    context = ("Islamist militants killed at least 38 Malian soldiers in attacks on two army bases near the "
               "border with Burkina Faso, the government said.")
    (found,) = resolve_actors("government", date=date(2019, 10, 1), context=context)
    assert (found.actor.country, found.actor.sector) == ("MLI", "GOV")



@pytest.mark.parametrize("text, mention, code", [
    ("Militants of al Qaeda in the Arabian Peninsula seized the town of Zinjibar.",
     "Militants of al Qaeda in the Arabian Peninsula", ("YEM", "REB")),  # the data writes al-Qaeda
    ("Al Shabaab fighters attacked a base.", "Al Shabaab fighters", ("SOM", "REB")),
])
def test_the_arabic_article_joined_or_apart(resolver, nlp, text, mention, code):
    assert mention_codes(resolver, nlp, text, date(2011, 5, 29))[mention] == code


def test_a_bare_paramilitary_group_is_of_the_context_s_country():
    from dragoman.api import resolve_actors

    context = ("Sudan's army-aligned government said troops had recaptured the presidential palace in Khartoum "
               "from the paramilitary group.")
    (found,) = resolve_actors("paramilitary group", date=date(2025, 3, 21), context=context)
    assert (found.actor.country, found.actor.sector) == ("SDN", "UAF")


@pytest.mark.parametrize("context, phrase, when, code", [
    ("British Prime Minister Tony Blair told parliament that Iraq could deploy chemical weapons within 45 minutes.",
     "parliament", date(2002, 9, 24), ("GBR", "LEG")),  # whom a leader addresses, when no place is named
    ("Canadian Prime Minister Justin Trudeau told parliament there were credible allegations linking agents of "
     "the Indian government to the killing.", "parliament", date(2023, 9, 18), ("CAN", "LEG")),
    ("Police opened fire on striking mineworkers near the Marikana platinum mine in South Africa's North West "
     "province, killing 34 people.", "striking mineworkers", date(2012, 8, 16), ("ZAF", "LAB")),
    ("The first Kenyan police officers arrived in Port-au-Prince to lead a mission against the gangs.",
     "the gangs", date(2024, 6, 25), ("HTI", "CRM")),  # of the place they act in, not of the visitors
    ("Islamist insurgents attacked the town of Palma in northern Mozambique, killing dozens.",
     "Islamist insurgents", date(2021, 3, 24), ("MOZ", "REB")),
    ("Boko Haram militants abducted more than 200 schoolgirls from a school in the northeastern town of Chibok "
     "in Nigeria.", "schoolgirls", date(2014, 4, 15), ("NGA", "EDU")),
    ("Pedro Carmona joined Venezuela's main labour confederation in calling a general strike.",
     "Venezuela's main labour confederation", date(2002, 4, 9), ("VEN", "LAB")),
])
def test_bare_groups_in_context(context, phrase, when, code):
    from dragoman.api import resolve_actors

    (found,) = resolve_actors(phrase, date=when, context=context)
    assert (found.actor.country, found.actor.sector) == code


@pytest.mark.parametrize("text, when, mention, name", [
    ("ban ki moon urged israel and hamas to show maximum restraint.", date(2014, 7, 20), "ban ki moon", "Ban Ki-moon"),
    ("theresa may said brexit means brexit.", date(2016, 7, 20), "theresa may", "Theresa May"),
    ("nebenzia accused western countries of pumping weapons into ukraine.", date(2022, 9, 22), "nebenzia",
     "Vasily Nebenzya"),  # a lower-case text's subject, spelt as an alias spells it
    ("Nebenzia said the West was prolonging the war.", date(2022, 9, 22), "Nebenzia", "Vasily Nebenzya"),
    ("Tiani said the junta would stay.", date(2024, 3, 1), "Tiani", "Abdourahamane Tchiani"),
])
def test_names_as_people_write_them(resolver, nlp, text, when, mention, name):
    found = {m.text: m.actor.name for m in resolver.find_mentions(nlp(text), when)}
    assert found[mention] == name


@pytest.mark.parametrize("text", [
    "She went to the store. Store prices rose in the lower house of the market.",
    "Gunmen kidnapped pupils from a boarding school in Niger state, the Christian Association of Nigeria said.",
    "prices may rise in may, the price index shows.",
])
def test_words_that_spell_a_name_stay_words(resolver, nlp, text):
    codes = mention_codes(resolver, nlp, text, date(2024, 3, 11))
    assert not any(m.lower() in ("store", "lower", "niger state", "may", "price") for m in codes)


def test_she_is_the_one_person_a_general_description_does_not_add_to():
    from dragoman.api import resolve_actors

    context = ("U.S. Secretary of State Hillary Clinton arrived in Myanmar on Wednesday, the first visit by a top "
               "American diplomat in more than 50 years. She met Aung San Suu Kyi.")
    (found,) = resolve_actors("She", date=date(2011, 11, 30), context=context)
    assert (found.actor.name, found.actor.country) == ("Hillary Clinton", "USA")


def test_a_make_of_arms_in_context_is_no_party():
    from dragoman.api import resolve_actors

    context = "German Chancellor Olaf Scholz confirmed that Berlin would send Leopard 2 tanks to Ukraine."
    assert resolve_actors("Leopard 2 tanks", date=date(2023, 1, 25), context=context) == []

