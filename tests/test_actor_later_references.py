"""Later references a news passage makes to an actor its first sentence named: "the
group", "the rebels" and "their leaders" for an armed group or an organisation, a name
of someone first named by their office ("Britain's prime minister ... May"), "he"/"she"
for an office's holder, and a bare group of people in a passage about one country."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import mention_codes

from dragoman.api import resolve_actors


@pytest.mark.parametrize("text, mention, actor", [
    ("Hamas fighters fired rockets at Israel on Monday. The group said the barrage was a response to raids.",
     "group", ("PSE", "REB")),
    ("Congo's president said he would not negotiate with M23 rebels. Tshisekedi accused Kigali of sponsoring the group.",
     "group", ("COD", "REB")),
    ("Human Rights Watch accused the army of torture. The group said it had interviewed 40 witnesses.",
     "group", ("NGO", "NGO")),
    ("Houthi fighters seized a cargo ship in the Red Sea. The rebels said they would target ships linked to Israel.",
     "rebels", ("YEM", "REB")),
])
def test_the_group_or_the_rebels_is_the_one_named_before(resolver, nlp, text, mention, actor):
    assert mention_codes(resolver, nlp, text, date(2023, 11, 19))[mention] == actor


@pytest.mark.parametrize("text", [
    # two armed groups: no one
    "Hamas and Hezbollah fighters fired rockets at Israel. The group said the barrage was a response.",
    # "the group of": a group of people, not a back-reference
    "Hamas fighters fired rockets. The group of protesters marched on the embassy.",
])
def test_the_group_needs_one_antecedent(resolver, nlp, text):
    codes = mention_codes(resolver, nlp, text, date(2023, 11, 19))
    assert "group" not in codes


@pytest.mark.parametrize("text, mention, actor", [
    ("Taliban fighters overran Sangin district on Monday. Their commanders said government troops had fled.",
     "Their commanders", ("AFG", "REB")),
    ("M23 rebels captured Goma on Tuesday. Its fighters paraded through the streets.", "Its fighters", ("COD", "REB")),
    ("Students in Dhaka blocked roads for a third day. Their leaders rejected the government's assurances.",
     "Their leaders", ("BGD", "EDU")),
    # a state's own people keep the noun's sector
    ("Israel said its army would respond.", "its army", ("ISR", "MIL")),
])
def test_a_groups_own_people_are_of_its_sector(resolver, nlp, text, mention, actor):
    assert mention_codes(resolver, nlp, text, date(2018, 7, 31))[mention] == actor


@pytest.mark.parametrize("text, day, name, actor", [
    ("Britain's prime minister survived a confidence vote on Wednesday. May promised she would not lead her party "
     "into the next election.", date(2018, 12, 12), "May", ("GBR", "GOV")),
    ("North Korea's leader oversaw a missile test on Wednesday. Kim called the launch a historic achievement.",
     date(2017, 11, 29), "Kim", ("PRK", "GOV")),
    ("Britain's foreign secretary held tense talks in Moscow on Thursday. Truss urged the Kremlin to pull troops back.",
     date(2022, 2, 10), "Truss", ("GBR", "GOV")),
])
def test_a_name_of_someone_named_by_their_office(resolver, nlp, text, day, name, actor):
    assert mention_codes(resolver, nlp, text, day)[name] == actor


def test_may_without_the_office_is_still_the_month(resolver, nlp):
    assert "May" not in mention_codes(resolver, nlp, "May was the wettest month on record.", date(2018, 6, 1))


@pytest.mark.parametrize("phrase, context, day, actor", [
    ("She", "Liberia's president was awarded the Nobel Peace Prize on Friday. She shared the award with two other "
            "women.", date(2011, 10, 7), ("LBR", "GOV")),
    ("He said", "Iran's new president addressed the UN General Assembly on Tuesday. He said Iran posed no threat.",
     date(2013, 9, 24), ("IRN", "GOV")),
])
def test_he_or_she_is_the_one_office_holder_named_before(phrase, context, day, actor):
    (found,) = resolve_actors(phrase, date=day, context=context)
    assert (found.actor.country, found.actor.sector) == actor and found.text in ("He", "She")


def test_a_named_person_beside_an_office_holder_is_he():
    context = ("Russia's Foreign Minister Sergey Lavrov spoke beside his Serbian counterpart. "
               "He warned against Western support for Ukraine.")
    (found,) = resolve_actors("He", date=date(2023, 12, 1), context=context)
    assert found.actor.name == "Sergey Lavrov"


def test_army_chief_beside_a_government_post_is_the_army(resolver, nlp):
    text = "Army chief General Abdel Fattah al-Sisi called on Egyptians to take to the streets."
    assert mention_codes(resolver, nlp, text, date(2013, 7, 24))["Army chief General Abdel Fattah al-Sisi"] \
        == ("EGY", "MIL")


def test_a_military_intelligence_chief_stays_in_intelligence(resolver, nlp):
    text = "Military intelligence chief Kyrylo Budanov said the strike had hit its target."
    assert mention_codes(resolver, nlp, text, date(2023, 12, 12))[
        "Military intelligence chief Kyrylo Budanov"] == ("UKR", "SPY")


@pytest.mark.parametrize("phrase, context, actor", [
    ("protesters", "Egyptian President Hosni Mubarak said he would not seek another term as hundreds of "
                   "thousands of protesters packed Tahrir Square.", ("EGY", "CVL")),
    ("trapped civilians", "Sri Lanka's army said it had freed trapped civilians in the north.", ("LKA", "CVL")),
])
def test_people_in_a_one_country_passage_are_of_that_country(phrase, context, actor):
    (found,) = resolve_actors(phrase, date=date(2011, 2, 1), context=context)
    assert (found.actor.country, found.actor.sector) == actor


def test_a_place_ending_in_a_common_noun_is_no_group_of_people():
    context = "Israeli troops raided a town in the West Bank, Israeli officials said."
    assert resolve_actors("West Bank", date=date(2023, 2, 26), context=context) == []


@pytest.mark.parametrize("text, mention, actor", [
    ("The International Monetary Fund approved a bailout for Pakistan. The fund said Islamabad must keep its reforms.",
     "fund", ("IMF", "IGO")),
    ("The International Court of Justice ordered Israel to prevent acts of genocide. The court stopped short of "
     "ordering a ceasefire.", "court", ("ICJ", "JUD")),
    ("The International Atomic Energy Agency said Iran had enriched uranium. The agency said its inspectors were "
     "turned away.", "agency", ("IAEA", "IGO")),
])
def test_a_noun_of_a_bodys_name_refers_back_to_it(resolver, nlp, text, mention, actor):
    assert mention_codes(resolver, nlp, text, date(2021, 5, 31))[mention] == actor


def test_the_state_is_not_the_islamic_state(resolver, nlp):
    codes = mention_codes(resolver, nlp, "Islamic State fighters seized Mosul. The state declared an emergency.",
                          date(2014, 6, 10))
    assert "state" not in codes


def test_a_title_after_the_refers_to_an_office_holder_named_before(resolver, nlp):
    text = "Pakistan's army chief held talks with the US envoy on Monday. The general assured Washington of support."
    assert mention_codes(resolver, nlp, text, date(2019, 1, 21))["general"] == ("PAK", "MIL")


def test_a_us_state_after_its_city_is_a_place(resolver, nlp):
    codes = mention_codes(resolver, nlp, "Voters in Atlanta, Georgia, queued for hours.", date(2021, 1, 5))
    assert "Georgia" not in codes and codes["Voters"] == ("USA", "CVL")


def test_a_former_leader_is_of_his_own_country_after_a_post_abroad(resolver, nlp):
    text = "Mikheil Saakashvili appeared by video link at a court hearing."
    assert mention_codes(resolver, nlp, text, date(2023, 2, 1))["Mikheil Saakashvili"] == ("GEO", "ELI")


def test_a_name_ending_in_a_title_word_is_no_office_of_the_context():
    assert resolve_actors("Martin Luther King", date=date(2018, 1, 15),
                          context="Americans marked Martin Luther King Day on Monday.") == []


def test_an_unknown_titled_person_takes_the_one_country_of_the_context():
    context = "Honduran President Manuel Zelaya fired army chief General Romeo Vasquez late on Wednesday."
    (found,) = resolve_actors("army chief General Romeo Vasquez", date=date(2009, 6, 25), context=context)
    assert (found.actor.country, found.actor.sector, found.actor.resolved) == ("HND", "MIL", False)


def test_an_unknown_titled_person_in_a_context_of_two_countries_keeps_no_country():
    context = "Honduran President Manuel Zelaya met army chief General Romeo Vasquez in Managua, Nicaragua."
    (found,) = resolve_actors("army chief General Romeo Vasquez", date=date(2009, 6, 25), context=context)
    assert found.actor.country is None


@pytest.mark.parametrize("text, when, mention, name", [
    # a diplomat's title of another word names the one diplomat named before
    ("Vitaly Churkin, Russia's ambassador to the United Nations, vetoed a draft resolution. The diplomat told the "
     "council the referendum was legal.", date(2014, 3, 15), "diplomat", "Vitaly Churkin"),
    # someone the data does not know, titled when first named
    ("George Mitchell, the US special envoy for the Middle East, held talks in Jerusalem. The envoy said peace was "
     "possible.", date(2009, 4, 16), "envoy", "George Mitchell"),
])
def test_a_diplomat_is_named_again_by_a_diplomat_word(resolver, nlp, text, when, mention, name):
    found = {m.text: m.actor for m in resolver.find_mentions(nlp(text), when)}
    assert found[mention].name == name and found[mention].sector == "DIP"


def test_a_surname_goes_to_the_one_named_in_full_before_a_namesake_in_office(resolver, nlp):
    # Anders Fogh Rasmussen's data surname is "Fogh Rasmussen"; Lars Løkke Rasmussen was Denmark's prime minister
    text = ("NATO Secretary-General Anders Fogh Rasmussen said the alliance would take command in Libya. "
            "Rasmussen added that NATO would act.")
    mentions = resolver.find_mentions(nlp(text), date(2011, 3, 27))
    later = next(m for m in mentions if m.text == "Rasmussen")
    assert later.actor.name == "Anders Fogh Rasmussen" and (later.actor.country, later.actor.sector) == ("NATO", "IGO")


@pytest.mark.parametrize("text, when, name", [
    ("South Korean President Moon Jae-in greeted Kim Jong Un at the border. Moon said the two leaders had agreed.",
     date(2018, 4, 27), "Moon Jae-in"),
    ("Singapore's prime minister met the US president on Monday. Lee said the city-state was honoured.",
     date(2018, 6, 11), "Lee Hsien Loong"),
])
def test_a_name_that_is_also_a_word_refers_back_as_a_subject(resolver, nlp, text, when, name):
    later = [m for m in resolver.find_mentions(nlp(text), when) if m.text in ("Moon", "Lee")]
    assert [m.actor.name for m in later] == [name]


def test_a_name_that_is_also_a_word_is_no_reference_as_a_month(resolver, nlp):
    text = "British Prime Minister Theresa May met EU leaders. In May, the talks failed. May said she would resign."
    later = [m.start for m in resolver.find_mentions(nlp(text), date(2018, 6, 11)) if m.text == "May"]
    assert later == [text.index("May said")]


@pytest.mark.parametrize("text, when, mention, code", [
    ("Prime Minister David Cameron said he would resign after Britons voted to leave the European Union. Cameron "
     "said a new leader would negotiate with the bloc.", date(2016, 6, 24), "bloc", ("EU", "IGO")),
    ("NATO leaders met in Vilnius. The alliance said Ukraine's future was in NATO.", date(2023, 7, 11), "alliance",
     ("NATO", "IGO")),
    ("South African President Cyril Ramaphosa opened a summit of the BRICS group in Johannesburg. Xi said the group "
     "would expand.", date(2023, 8, 22), "group", ("BRICS", "IGO")),
    # two sentences back, and the bloc's own official: one bloc
    ("Britons voted to leave the European Union. Cameron said a new leader should be in place by October. European "
     "Commission President Jean-Claude Juncker said the bloc wanted Britain to leave soon.", date(2016, 6, 24),
     "bloc", ("EU", "IGO")),
    ("ECOWAS Commission President Omar Touray said all options remained on the table. Nigerian President Bola Tinubu, "
     "who chairs the bloc, said diplomacy remained the priority.", date(2023, 8, 10), "bloc", ("ECOWAS", "IGO")),
])
def test_the_bloc_or_the_alliance_is_the_one_bloc_named_before(resolver, nlp, text, when, mention, code):
    assert mention_codes(resolver, nlp, text, when)[mention] == code
