"""The event coder on its own: triggers, roles, voice, compounds, modes, codebook."""

from __future__ import annotations

from datetime import date
from importlib import resources

import pytest
import yaml
from conftest import code_text, first_event as one

from dragoman.events.codebook import NO_EVENT, PLOVER_TYPES, codebook, lexicon, read_lexicon
from dragoman.language import parse
from dragoman.records import Article



@pytest.fixture(scope="module")
def pipeline(rules_pipeline):
    return rules_pipeline


def code(pipeline, text, published=date(2022, 7, 27)):
    return code_text(pipeline, text, published)


def countries(mentions):
    return [m.actor.country for m in mentions]


def test_active_voice_actor_and_recipient(pipeline):
    event = one(code(pipeline, "Germany condemned Iran over the missile test."), "ACCUSE")
    assert countries(event.actors) == ["DEU"] and countries(event.recipients) == ["IRN"]
    assert event.cameo == "111" and event.quad_class == 3 and event.goldstein == -2.0


def test_passive_voice_swaps_roles(pipeline):
    event = one(code(pipeline, "Ukraine was attacked by Russian forces on Saturday."), "ASSAULT")
    assert [(m.actor.country, m.actor.sector) for m in event.actors] == [("RUS", "MIL")]
    assert countries(event.recipients) == ["UKR"]
    assert event.date == date(2022, 7, 23)


def test_compound_actors(pipeline):
    event = one(code(pipeline, "France and Germany criticized Turkey."), "ACCUSE")
    assert countries(event.actors) == ["FRA", "DEU"] and countries(event.recipients) == ["TUR"]


def test_symmetric_meeting_splits_a_compound_subject(pipeline):
    event = one(code(pipeline, "Japanese and Chinese diplomats met in Tokyo."), "CONSULT")
    assert countries(event.actors) == ["JPN"] and countries(event.recipients) == ["CHN"]


def test_negation(pipeline):
    event = one(code(pipeline, "China did not criticize Russia."), "ACCUSE")
    assert event.mode == "negated"


def test_future_is_planned_and_dated_forward(pipeline):
    event = one(code(pipeline, "India will host Brazil on Friday."), "CONSULT")
    assert event.mode == "planned"
    assert event.date == date(2022, 7, 29)


def test_conditional_is_hypothetical(pipeline):
    event = one(code(pipeline, "If talks fail, Iran could attack Israel."), "ASSAULT")
    assert event.mode == "hypothetical"


def test_would_dated_ahead_is_a_reported_plan(pipeline):
    """ "would hold talks next month" reports a plan; without a date ahead, or with a
    condition, "would" stays hypothetical."""
    assert {e.mode for e in code(pipeline, "The EU said it would hold talks with Iran next month.")
            if e.event_type == "CONSULT"} == {"planned"}
    assert {e.mode for e in code(pipeline, "The EU would hold talks with Iran if sanctions ended.")
            if e.event_type == "CONSULT"} == {"hypothetical"}
    assert {e.mode for e in code(pipeline, "The EU would never hold talks with Iran.")
            if e.event_type == "CONSULT"} <= {"hypothetical", "negated"}


def test_call_on_is_a_request_and_its_complement_is_not_asserted(pipeline):
    events = code(pipeline, "The European Union called on Russia to withdraw its troops from Ukraine.")
    request = one(events, "REQUEST")
    assert countries(request.actors) == ["EU"] and countries(request.recipients) == ["RUS"]
    retreat = one(events, "RETREAT")
    assert countries(retreat.actors) == ["RUS"] and retreat.mode == "hypothetical"


def test_a_gathering_to_protest_is_a_protest(pipeline):
    text = "Several thousand Serbian students rallied in Belgrade to protest against the government on Saturday."
    assert one(code(pipeline, text), "PROTEST").mode == ""


def test_reported_speech_pronoun_takes_the_speaker(pipeline):
    event = one(code(pipeline, "Antony Blinken announced that he will meet Sergey Lavrov."), "CONSULT")
    assert event.actors[0].actor.name == "Antony Blinken" and event.recipients[0].actor.name == "Sergey Lavrov"
    assert event.mode == "planned"


def test_nominal_event_with_between(pipeline):
    event = one(code(pipeline, "The talks between Armenia and Azerbaijan ended on Monday."), "CONSULT")
    assert countries(event.actors) == ["ARM"] and countries(event.recipients) == ["AZE"]


def test_no_actor_no_event(pipeline):
    assert code(pipeline, "The weather was attacked by nobody in particular.") == []


@pytest.mark.parametrize("text, trigger, mode", [
    ("A man began to stab people in London.", "stab", ""),  # as the beginning
    ("Russia will use the talks to pressure Ukraine.", "pressure", "planned"),  # as the using
    ("Warren said she was proud to endorse Joe Biden.", "endorse", ""),  # done in saying so
    ("Putin would be happy to meet Biden.", "meet", "hypothetical"),  # as the copula
])
def test_an_infinitive_under_implicative_verbs_and_performative_adjectives_takes_their_mode(pipeline, text, trigger, mode):
    event = next(e for e in code(pipeline, text) if e.evidence.trigger == trigger)
    assert event.mode == mode


def test_historical_mode_for_old_dates(pipeline):
    event = one(code(pipeline, "Russia invaded Ukraine in February 2022.", published=date(2023, 12, 8)), "ASSAULT")
    assert event.mode == "historical" and event.date_precision == "month"


def test_undated_planned_event_stays_undated(pipeline):
    event = one(code(pipeline, "Russia announced on Tuesday that it will withdraw from the treaty."), "RETREAT")
    assert event.mode == "planned" and event.date is None


def test_publication_date_fallback_is_stated(pipeline):
    event = one(code(pipeline, "Egypt criticized Ethiopia."), "ACCUSE")
    assert event.date == date(2022, 7, 27) and event.date_basis == "publication"


def test_unknown_publication_date_leaves_relative_dates_unknown(pipeline):
    event = one(code(pipeline, "Egypt criticized Ethiopia yesterday.", published=None), "ACCUSE")
    assert event.date is None and event.date_text == "yesterday"


def test_event_ids_are_stable(pipeline):
    first = [e.id for e in code(pipeline, "Germany condemned Iran. France praised Italy.")]
    again = [e.id for e in code(pipeline, "Germany condemned Iran. France praised Italy.")]
    assert first == again and len(set(first)) == 2


def test_lexicon_uses_only_plover_types_and_known_weights():
    book, lex = codebook(), lexicon()
    assert set(book.types) == set(PLOVER_TYPES)
    for table in (lex.verbs, lex.nouns):
        for word, senses in table.items():
            for sense in senses:
                if sense.event == NO_EVENT:
                    assert not sense.cameo, word
                    continue
                assert sense.event in PLOVER_TYPES, word
                assert book.goldstein(sense.cameo) is not None, (word, sense.cameo)
                assert isinstance(sense.prep, (str, type(None))), word


@pytest.mark.parametrize("cameo, quad", [("020", 1), ("100", 3), ("042", 1), ("061", 2), ("190", 4), ("140", 4)])
def test_quad_class_follows_the_cameo_root(cameo, quad):
    assert codebook().quad_class("REQUEST", cameo) == quad


def test_pronoun_takes_the_only_person_of_the_sentence_pair(pipeline):
    event = one(code(pipeline, "Emmanuel Macron arrived in Rome. He criticized Russia."), "ACCUSE")
    assert event.actors[0].actor.name == "Emmanuel Macron"


def test_ambiguous_pronoun_is_not_resolved(pipeline):
    events = code(pipeline, "Emmanuel Macron met Olaf Scholz in Rome. He criticized Russia.")
    assert not [e for e in events if e.event_type == "ACCUSE"]


@pytest.mark.parametrize("published, secretary", [(date(2022, 7, 27), "Antony Blinken"), (date(2025, 2, 19), "Marco Rubio")])
def test_roles_are_those_of_the_event_date(pipeline, published, secretary):
    event = one(code(pipeline, "The US Secretary of State met the Russian foreign minister.", published), "CONSULT")
    assert [m.actor.name for m in event.actors + event.recipients] == [secretary, "Sergey Lavrov"]


def test_roles_follow_a_dated_event_not_the_publication(pipeline):
    text = "The US Secretary of State met the Russian foreign minister in New Delhi in March 2023."
    event = one(code(pipeline, text, date(2025, 2, 19)), "CONSULT")
    assert event.actors[0].actor.name == "Antony Blinken" and event.mode == "historical"


# -- light verbs, passives, embedded clauses, symmetric dyads, unresolved parties ------------
def test_light_verb_nominal_takes_its_recipient_from_the_light_verb(pipeline):
    event = one(code(pipeline, "Israeli forces launched air strikes against Syria on Monday."), "ASSAULT")
    assert countries(event.actors) == ["ISR"] and countries(event.recipients) == ["SYR"]
    assert event.cameo == "195"


def test_light_verb_curfew_and_mislemmatised_verb(pipeline):
    coerce = one(code(pipeline, "Egypt imposed a curfew on Cairo."), "COERCE")
    assert countries(coerce.actors) == ["EGY"]
    protest = one(code(pipeline, "US and British activists staged a protest in Beijing."), "PROTEST")
    assert set(countries(protest.actors)) == {"USA", "GBR"}


def test_receiving_from_makes_the_giver_the_actor(pipeline):
    event = one(code(pipeline, "Ukraine received weapons from Germany."), "AID")
    assert countries(event.actors) == ["DEU"] and countries(event.recipients) == ["UKR"]


def test_intent_takes_the_embedded_recipient_and_outranks_the_act(pipeline):
    events = code(pipeline, "Russia offered to lift the sanctions on Turkey.")
    agree, retreat = one(events, "AGREE"), one(events, "RETREAT")
    assert countries(agree.recipients) == ["TUR"]
    assert retreat.mode in ("planned", "hypothetical") and agree.confidence > retreat.confidence


def test_agreeing_to_a_coded_act_is_that_act_planned(pipeline):
    # CAMEO/PETRARCH code the act agreed to, not a separate AGREE (tests/test_petr_coder.py)
    events = code(pipeline, "Russia agreed to lift the sanctions on Turkey.")
    assert not [e for e in events if e.event_type == "AGREE"]
    retreat = one(events, "RETREAT")
    assert countries(retreat.recipients) == ["TUR"] and retreat.mode == "planned"


def test_threat_to_attack_is_a_threat_against_the_target(pipeline):
    events = code(pipeline, "Iran threatened to attack Israel.")
    threat = one(events, "THREATEN")
    assert countries(threat.actors) == ["IRN"] and countries(threat.recipients) == ["ISR"]
    assert threat.confidence > one(events, "ASSAULT").confidence


def test_wanting_another_party_to_act_is_a_request(pipeline):
    event = one(code(pipeline, "France wants Germany to attack Spain."), "REQUEST")
    assert countries(event.actors) == ["FRA"] and countries(event.recipients) == ["DEU"]


def test_claimed_attack_by_another_party_is_an_accusation(pipeline):
    event = one(code(pipeline, "Ukraine claimed that Russia had attacked Poland."), "ACCUSE")
    assert countries(event.actors) == ["UKR"] and countries(event.recipients) == ["RUS"]


def test_symmetric_meeting_is_coded_in_both_directions(pipeline):
    events = [e for e in code(pipeline, "The US, Russia and Switzerland met yesterday.") if e.event_type == "CONSULT"]
    dyads = {(s.actor.country, r.actor.country) for e in events for s in e.actors for r in e.recipients}
    assert dyads == {(a, b) for a in ("USA", "RUS", "CHE") for b in ("USA", "RUS", "CHE") if a != b}


def test_failed_agreement_is_a_rejection(pipeline):
    events = code(pipeline, "Ukraine and Russia failed to reach agreement on a prisoner exchange.")
    assert one(events, "REJECT").mode == ""


def test_unresolved_parties_keep_their_words(pipeline):
    event = one(code(pipeline, "Militants attacked a police convoy in Kenya."), "ASSAULT")
    assert event.actors[0].text == "Militants" and event.actors[0].actor.country is None
    resolved = one(code(pipeline, "Somalia attacked a police convoy in Kenya."), "ASSAULT")
    assert event.confidence < resolved.confidence


def test_headline_event_outranks_a_later_one(pipeline):
    events = code(pipeline, "France condemned Iran.\nGermany praised Italy.")
    accuse, support = one(events, "ACCUSE"), one(events, "SUPPORT")
    assert accuse.confidence > support.confidence


def test_each_party_keeps_its_whole_noun_phrase(pipeline):
    text = "Another ethnic Chechen who had fought for Ukraine was killed by Russian special forces."
    article = Article(doc_id="t", text=text, date=date(2022, 7, 27))
    coded = pipeline.code_parsed(article, next(parse([text])))
    (event,) = [e for e in coded.events if e.event_type == "ASSAULT"]
    (start, end), = event.evidence.actor_phrases
    assert text[start:end] == "Russian special forces"
    assert [text[s:e] for s, e in event.evidence.recipient_phrases] in ([], ["Another ethnic Chechen"])


def test_talks_about_a_country_are_not_a_meeting_of_it(pipeline):
    events = code(pipeline, "Ukraine Peace Talks: A Glimmer of Hope or a Diplomatic Mirage?")
    assert not [e for e in events if e.event_type == "CONSULT"]
    two = one(code(pipeline, "US-Russia talks began in Riyadh."), "CONSULT")
    assert {m.actor.country for m in two.actors + two.recipients} == {"USA", "RUS"}


def test_an_infinitive_chain_keeps_the_plan(pipeline):
    events = code(pipeline, "After months of silence, Russia and the U.S. are ready to start talking.")
    assert {e.mode for e in events if e.event_type == "CONSULT"} == {"planned"}


def phrases(pipeline, text, event_type):
    article = Article(doc_id="t", text=text, date=date(2022, 7, 27))
    coded = pipeline.code_parsed(article, next(parse([text])))
    event = one(coded.events, event_type)
    ev = event.evidence
    return [text[s:e] for s, e in ev.actor_phrases], [text[s:e] for s, e in ev.recipient_phrases]


def test_a_party_phrase_keeps_its_place_apposition_and_agent(pipeline):
    _, recipients = phrases(pipeline, "ISIL launched an attack on the Iraqi embassy in Kabul on Monday.", "ASSAULT")
    assert recipients == ["the Iraqi embassy in Kabul"]
    actors, _ = phrases(pipeline, "The missiles fired by the Israeli military struck an arms depot.", "ASSAULT")
    assert actors == ["The missiles fired by the Israeli military"]


def test_a_possessive_actor_phrase_stops_below_the_trigger(pipeline):
    actors, recipients = phrases(pipeline, "The Houthis' attack on two Saudi oil stations angered Riyadh.", "ASSAULT")
    assert actors == ["The Houthis'"] and recipients == ["two Saudi oil stations"]


def test_a_split_object_still_names_the_recipient(pipeline):
    event = one(code(pipeline, "Erdogan will meet his counterpart Italian President Sergio Mattarella in Rome."), "CONSULT")
    assert countries(event.actors) == ["TUR"] and countries(event.recipients) == ["ITA"]


def test_a_preposition_on_a_participle_or_first_conjunct_names_the_recipient(pipeline):
    lifted = one(code(pipeline, "Trump on Tuesday lifted a travel ban imposed on Chadian citizens."), "CONCEDE")
    assert countries(lifted.recipients) == ["TCD"]
    strikes = one(code(pipeline, "The U.S. military launched air and artillery strikes on Syrian troops."), "ASSAULT")
    assert countries(strikes.recipients) == ["SYR"]


def test_subjects_the_parser_misplaces_are_found(pipeline):
    event = one(code(pipeline, "The United Kingdom and France however have opposed resolutions in the United Nations."), "REJECT")
    assert countries(event.actors) == ["GBR", "FRA"]


def test_a_light_verb_indirect_object_is_the_recipient(pipeline):
    event = one(code(pipeline, "Obama gave Russian President Vladimir Putin a stern warning."), "THREATEN")
    assert countries(event.actors) == ["USA"] and countries(event.recipients) == ["RUS"]


def test_a_counted_party_keeps_its_quantity(pipeline):
    event = one(code(pipeline, "Armenian police detained dozens of demonstrators on Monday."), "COERCE")
    assert [m.text for m in event.recipients] == ["dozens of demonstrators"]


def test_an_unnamed_target_takes_the_country_where_it_is_hit(pipeline):
    event = one(code(pipeline, "Militants attacked an army camp in Kabul."), "ASSAULT")
    assert [(m.text, m.actor.country) for m in event.recipients] == [("an army camp", "AFG")]


def test_media_compounds_are_no_events(pipeline):
    events = code(pipeline, "In a press release issued the next day, the Turkish ministry denounced the summit.")
    assert not [e for e in events if e.event_type == "RETREAT"]


def test_an_excepted_party_is_no_recipient(pipeline):
    events = code(pipeline, "They invited the countries to open dialogue, with the exception of Cyprus.")
    assert not [m for e in events for m in e.recipients if m.actor.country == "CYP"]


def test_a_passive_clause_lends_no_actor_to_its_adjunct(pipeline):
    events = code(pipeline, "Four children were killed in Israeli tank shelling on Friday, medics said.")
    assert not [m for e in events for m in e.actors if m.text == "medics"]


def test_an_engaged_unnamed_party_is_the_recipient(pipeline):
    event = one(code(pipeline, "Syrian rebels engaged Filipino peacekeepers in a firefight on Saturday."), "ASSAULT")
    assert [m.text for m in event.recipients] == ["Filipino peacekeepers"]


def test_a_split_cease_fire_is_a_ceasefire(pipeline):
    event = one(code(pipeline, "Afghan President Ashraf Ghani announced a weeklong cease-fire with the Taliban."), "RETREAT")
    assert event.cameo == "0871" and countries(event.recipients) == ["AFG"]
    assert not [e for e in code(pipeline, "Ghani announced a cease-fire with the Taliban.") if e.event_type == "ASSAULT"]


def test_a_shared_meal_is_a_meeting(pipeline):
    event = one(code(pipeline, "Barack Obama had lunch with French President Emmanuel Macron in Paris."), "CONSULT")
    assert countries(event.recipients) == ["FRA"]


def test_a_ceasefire_with_no_named_party_is_aimed_at_its_place(pipeline):
    event = one(code(pipeline, "Turkey and Russia announced a ceasefire in Damascus on Thursday."), "RETREAT")
    assert countries(event.recipients) == ["SYR"]


def test_an_object_pronoun_is_the_person_named_before_it(pipeline):
    event = one(code(pipeline, "Trump called President Recep Tayyip Erdogan on Wednesday and urged him to exercise caution."),
                "REQUEST")
    assert countries(event.actors) == ["USA"] and countries(event.recipients) == ["TUR"]


def test_a_reporting_pronoun_is_its_speaker(pipeline):
    event = one(code(pipeline, "Doctors Without Borders says it is providing food assistance to displaced people."), "AID")
    assert event.actors[0].text.startswith("Doctors")


def test_committing_crimes_is_no_commitment(pipeline):
    assert not [e for e in code(pipeline, "Reports of violations committed by the military in Mindanao grew.")
                if e.event_type == "AGREE"]
    assert one(code(pipeline, "The United States committed to the peace process in Yemen."), "AGREE")
    # a commitment to a coded act is that act, planned (tests/test_petr_coder.py)
    assert one(code(pipeline, "The United States committed to send more troops to Saudi Arabia."), "MOBILIZE").mode == "planned"


def test_a_passive_conjunct_takes_its_agent_as_actor(pipeline):
    event = one(code(pipeline, "The civilians imprisoned for acting against Moscow were released yesterday by Putin himself"),
                "RETREAT")
    assert countries(event.actors) == ["RUS"]


def test_a_party_from_a_country_is_of_that_country(pipeline):
    text = "The Afghan Interior Ministry refused a request from The New York Times to visit the prison."
    event = one(code(pipeline, text), "REJECT")
    assert [m.text for m in event.recipients] == ["New York Times"]
    _, recipients = phrases(pipeline, text, "REJECT")
    assert recipients == ["a request from The New York Times"]


def test_a_measure_names_its_target(pipeline):
    event = one(code(pipeline, "Saudi Arabia lifted its blockade of Yemen."), "RETREAT")
    assert countries(event.recipients) == ["YEM"]
    eased = one(code(pipeline, "The United States eased some sanctions against Iran."), "CONCEDE")
    assert countries(eased.recipients) == ["IRN"]


def test_a_resignation_is_from_its_office(pipeline):
    # stepping down yields (CAMEO 0831, accede to demands for change in leadership): CONCEDE
    event = one(code(pipeline, "Suharto resigned as president of Indonesia on 21 May 1998."), "CONCEDE")
    assert countries(event.recipients) == ["IDN"]


def test_a_conjoined_passive_makes_no_actor_of_its_patient(pipeline):
    events = code(pipeline, "Gul Rahman, a suspected militant, was tortured and killed in a secret prison.")
    assert not [m for e in events for m in e.actors if m.text == "Gul Rahman"]


def test_a_passive_relative_clause_targets_its_noun(pipeline):
    event = one(code(pipeline, "Britain was blamed for 24 civilians who were shot dead by British troops."), "ASSAULT")
    assert countries(event.actors) == ["GBR"] and [m.text for m in event.recipients] == ["24 civilians"]


def test_an_intent_to_cooperate_is_an_agreement(pipeline):
    event = one(code(pipeline, "The US Secretary of State wants to help Israel."), "AGREE")
    assert countries(event.actors) == ["USA"] and countries(event.recipients) == ["ISR"]
    assert event.cameo == "030" and event.mode == ""


def test_a_finite_verb_parsed_as_a_participle_keeps_its_subject(pipeline):
    text = "A delegation of the Pakistan Muslim League here on Thursday called on President Hussain to discuss the situation."
    event = one(code(pipeline, text), "REQUEST")
    assert event.actors and "Pakistan" in event.actors[0].text


def test_aid_is_for_whom_its_purpose_names(pipeline):
    event = one(code(pipeline, "The U.S. government has donated 250 ventilators to assist Ethiopia."), "AID")
    assert countries(event.recipients) == ["ETH"]


def test_a_call_for_sanctions_against_x_is_aimed_at_x(pipeline):
    event = one(code(pipeline, "Greek Foreign Minister Nikos Dendias on Monday called for sanctions against Turkey."), "REQUEST")
    assert countries(event.recipients) == ["TUR"]
    events = code(pipeline, "The civilians jailed for acting against Moscow were released by Putin.")
    assert not [m for e in events if e.event_type == "COERCE" for m in e.recipients]


def test_a_cancelled_visit_names_its_destination(pipeline):
    event = one(code(pipeline, "The British prime minister has cancelled a planned visit to Washington in March."), "REJECT")
    assert countries(event.recipients) == ["USA"]


def test_an_alleged_act_is_not_asserted(pipeline):
    events = code(pipeline, "The US claimed that ISIL had attacked Iraq.")
    assert one(events, "ACCUSE").mode == "" and one(events, "ASSAULT").mode == "hypothetical"


def test_claiming_ones_own_act_reports_it(pipeline):
    event = one(code(pipeline, "The Houthis claimed that they had attacked the Saudi airport of Abha."), "ASSAULT")
    assert event.mode == "" and countries(event.actors) == ["YEM"]
    # "they" cannot be the US, named as one state: someone else attacked, unnamed
    assert code(pipeline, "The US claimed that they had attacked Iraq.") == []
    # a bloc is many: "they" is the West
    threat = one(code(pipeline, "The West said they would attack Iraq."), "THREATEN")
    assert countries(threat.actors) == ["WST"]


def test_an_open_question_states_no_intent(pipeline):
    events = code(pipeline, "The party did not announce whom they would support in the election.")
    assert "AGREE" not in [e.event_type for e in events]


def test_a_strike_to_protest_against_a_party_is_aimed_at_it(pipeline):
    text = "Russian opposition leader Alexei Navalny has started a hunger strike to protest against Russian authorities."
    event = one(code(pipeline, text), "PROTEST")
    assert [(m.actor.country, m.actor.sector) for m in event.recipients] == [("RUS", "GOV")]


def test_troops_sent_to_help_a_party_are_sent_to_it(pipeline):
    event = one(code(pipeline, "Japan agreed to send troops to help Iraq."), "MOBILIZE")
    assert countries(event.recipients) == ["IRQ"] and event.mode == "planned"


def test_attacking_a_website_is_a_cyber_attack(pipeline):
    event = one(code(pipeline, "Russian hackers attacked the Estonian government's website."), "COERCE")
    assert event.cameo == "176" and "cyber" in event.context
    assert one(code(pipeline, "Russian forces attacked a military site near Kyiv."), "ASSAULT")


def test_an_invitation_accepted_is_an_intent_to_meet_the_inviter(pipeline):
    event = one(code(pipeline, "Modi accepted Putin's invitation to visit Moscow."), "AGREE")
    assert event.cameo == "036" and countries(event.actors) == ["IND"] and countries(event.recipients) == ["RUS"]


def test_a_month_is_no_protest_march(pipeline):
    events = code(pipeline, "The US sent Mike Pompeo to join the trilateral meeting of EastMed countries on March 20 last year.")
    assert "PROTEST" not in [e.event_type for e in events]
    assert one(code(pipeline, "Protesters will march on the capital on Friday."), "PROTEST").mode == "planned"


def test_a_person_and_their_office_are_one_party(pipeline):
    text = "Angela Merkel, the Chancellor of Germany, demanded an explanation from Russia."
    event = one(code(pipeline, text, published=date(2020, 9, 3)), "REQUEST")
    assert [m.actor.name for m in event.actors] == ["Angela Merkel"]


def test_senses_keep_to_their_objects(pipeline):
    """Signing, approving and releasing are events only on what CAMEO means by them: an
    agreement signed, a party or its request approved, people or property set free."""
    assert not code(pipeline, "Governor Kay Ivey signed the Alabama Human Life Protection Act.")
    assert not code(pipeline, "Her family released a statement on Friday.")
    assert not code(pipeline, "The Argentine congress approved a bill legalising abortion.")
    assert one(code(pipeline, "Israel and Egypt signed a peace treaty in 1979."), "SUPPORT")
    assert one(code(pipeline, "Hamas released three hostages on Sunday."), "RETREAT")
    assert one(code(pipeline, "Trump said he would accept the election outcome."), "CONCEDE")


def test_an_attack_on_words_or_decisions_is_verbal(pipeline):
    verbal = one(code(pipeline, "Biden attacked Trump's handling of the pandemic."), "ACCUSE")
    assert verbal.cameo == "111" and countries(verbal.recipients) == ["USA"]
    events = code(pipeline, "Republican lawmakers attacked the impeachment inquiry.")
    assert [e.event_type for e in events] == ["ACCUSE"]
    assert one(code(pipeline, "Militants attacked an army camp in Kabul."), "ASSAULT").cameo == "190"


def test_pleading_guilty_is_no_appeal(pipeline):
    assert code(pipeline, "The former minister pleaded guilty to corruption charges.") == []
    appeal = one(code(pipeline, "Zelensky pleaded with NATO to send more weapons."), "REQUEST")
    assert countries(appeal.recipients) == ["NATO"]


def test_a_no_event_sense_stops_the_word_coding_anything(pipeline):
    """verbs.yaml senses with event NONE: figurative fights, a media outlet calling a race."""
    for text in ("The government is fighting corruption.", "Activists will fight for equal rights.",
                 "The AP called the election for Biden."):
        assert code(pipeline, text) == [], text
    assert one(code(pipeline, "Nigerian troops fought Boko Haram fighters near Maiduguri."), "ASSAULT")
    assert one(code(pipeline, "Protesters called for the resignation of the governor."), "REQUEST")


def test_no_event_senses_need_no_cameo_code_but_a_known_type():
    data = yaml.safe_load(resources.files("dragoman.events").joinpath("data", "verbs.yaml").read_text("utf-8"))
    data["verbs"]["fight"] = [{"event": "NOTHING"}]
    with pytest.raises(ValueError, match="unknown event type"):
        read_lexicon(data)


def test_a_legislature_meeting_on_its_own_sits_and_consults_nobody(pipeline):
    assert code(pipeline, "The Senate was to meet on Monday to discuss the nomination.") == []
    visit = one(code(pipeline, "US senators met Zelensky in Kyiv."), "CONSULT")
    assert countries(visit.recipients) == ["UKR"]


def test_he_after_a_person_named_by_title_alone_is_ambiguous(pipeline):
    """Two candidates for "he": Schumer and "the president", whom no mention names."""
    events = code(pipeline, 'Schumer said: "So we told the president we needed the government open." He resisted the plan.')
    assert not any(e.evidence.trigger == "resisted" for e in events)
    alone = one(code(pipeline, "Schumer met reporters on Friday. He resisted the plan."), "REJECT")
    assert [m.actor.name for m in alone.actors] == ["Chuck Schumer"]


def test_a_name_that_only_says_whose_followers_is_no_party(pipeline):
    """verbs.yaml follower_nouns: "Trump supporters" are not Trump."""
    storm = one(code(pipeline, "Trump supporters stormed the Capitol."), "ASSAULT")
    assert [m.actor.name for m in storm.actors] != ["Donald Trump"]
    accuse = one(code(pipeline, "Kremlin critic Alexei Navalny accused Putin of corruption."), "ACCUSE")
    assert [m.text for m in accuse.actors] == ["Alexei Navalny"] and countries(accuse.recipients) == ["RUS"]


def test_followers_and_kin_are_of_their_partys_country_but_not_that_party(pipeline):
    """verbs.yaml follower_nouns, before the noun or in its "of" phrase: the people named
    take the country of whom they follow or descend from, no sector, and are no one else."""
    storm = one(code(pipeline, "Supporters of Trump stormed the Capitol."), "ASSAULT")
    assert [(m.actor.name, m.actor.country, m.actor.sector) for m in storm.actors] == [(None, "USA", None)]
    protest = one(code(pipeline, "Opponents of Rwanda's Senate protested yesterday."), "PROTEST")
    assert [(m.actor.country, m.actor.sector) for m in protest.actors] == [("RWA", None)]
    sanction = one(code(pipeline, "Putin's daughter was sanctioned by the US."), "SANCTION")
    assert [(m.text, m.actor.name, m.actor.country) for m in sanction.recipients] == [("Putin's daughter", None, "RUS")]
    killing = one(code(pipeline, "Hamza bin Laden, son of the late Al-Qaeda founder Osama bin Laden, has been killed "
                                 "in a US counter-terrorism operation."), "ASSAULT")
    assert [m.text for m in killing.recipients] == ["Hamza bin Laden"]


@pytest.mark.parametrize("text, event_type, actors, recipients", [
    ("Sanctions were imposed on Russia by Japan.", "SANCTION", ["JPN"], ["RUS"]),  # not on "sanctions"
    ("Aid was sent to Nepal by India.", "AID", ["IND"], ["NPL"]),
    ("Rockets were fired from Gaza into southern Israel.", "ASSAULT", ["PSE"], ["ISR"]),  # from where, at whom
    ("Missiles were launched from Lebanon at northern Israel.", "ASSAULT", ["LBN"], ["ISR"]),
    ("Two journalists were released by Iran.", "RETREAT", ["IRN"], [None]),  # the released are the recipients
])
def test_a_passive_subject_that_is_what_was_done_is_no_recipient(pipeline, text, event_type, actors, recipients):
    """A sense whose recipient is not its object: the passive subject ("sanctions",
    "rockets") is what was imposed or fired; the recipient is in the sense's own slots,
    and an attack no one is named doing comes from where it was fired."""
    event = one(code(pipeline, text), event_type)
    assert countries(event.actors) == actors and countries(event.recipients) == recipients


@pytest.mark.parametrize("text, event_type, recipients", [
    ("Germany promised support for Ukraine.", "AGREE", ["UKR"]),  # "promise" carries the support it promises
    ("Germany promised support for Ukraine.", "SUPPORT", ["UKR"]),
    ("The UAE lifted the trade and travel restrictions between it and Israel.", "CONCEDE", ["ISR"]),
    ("France lifted its blockade of the U.K.", "RETREAT", ["GBR"]),
    ("The Arab states lifted their boycott of Qatar.", "RETREAT", ["QAT"]),  # eased (CAMEO 085)
])
def test_promised_support_and_restrictions_between_name_their_party(pipeline, text, event_type, recipients):
    assert countries(one(code(pipeline, text), event_type).recipients) == recipients


def test_hitting_a_target_is_an_attack_but_hitting_a_record_is_not(pipeline):
    attack = one(code(pipeline, "The Yemeni army hit military positions in Saudi Arabia."), "ASSAULT")
    assert countries(attack.actors) == ["YEM"] and countries(attack.recipients) == ["SAU"]
    assert code(pipeline, "Sales hit a record in March.") == []


def test_summoning_an_envoy_to_complain_is_the_summoners_complaint_to_the_envoy(pipeline):
    """verbs.yaml subject_control_verbs, summoning_verbs, implicative_verbs."""
    event = one(code(pipeline, "Lithuania summoned the Russian ambassador to complain about Russian naval activities."),
                "ACCUSE")
    assert countries(event.actors) == ["LTU"] and [(m.actor.country, m.actor.sector) for m in event.recipients] == [("RUS", "DIP")]
    assert event.mode == ""
    assert one(code(pipeline, "Russia used drones to attack Kyiv."), "ASSAULT").recipients[0].actor.country == "UKR"


def test_a_weapon_fired_is_not_attacked(pipeline):
    event = one(code(pipeline, "Israel said a mortar bomb was fired at it from the Gaza Strip."), "ASSAULT")
    assert countries(event.actors) == ["PSE"] and event.recipients == []


def test_the_attack_a_passive_victim_suffered_in_is_its_doer(pipeline):
    """No "by" agent: "killed in Israeli shelling" is killed by the party of the shelling;
    "killed in the attack" names no one."""
    (killing,) = code(pipeline, "Four children were killed in Israeli shelling.")
    assert (killing.event_type, killing.evidence.trigger) == ("ASSAULT", "killed")
    assert countries(killing.actors) == ["ISR"] and [m.text for m in killing.recipients] == ["Four children"]
    assert not [e for e in code(pipeline, "Two men were killed in the attack.") if e.evidence.trigger == "killed"]


def test_condolences_offered_and_delegates_amassed_are_no_promise_or_mobilization(pipeline):
    assert not [e for e in code(pipeline, "Offering his condolences, Larijani praised the late cleric.") if e.event_type == "AGREE"]
    assert code(pipeline, "Trump amassed 1,330 delegates after the primaries.") == []
    assert one(code(pipeline, "Russia amassed troops near the border with Ukraine."), "MOBILIZE")


@pytest.mark.parametrize("text, expected", [
    ("Police beat protesters in Minsk on Monday.", ["protesters"]),  # people no entry names
    ("Russia released two journalists on Monday.", ["two journalists"]),
])
def test_a_noun_for_people_is_an_object_actor(pipeline, text: str, expected: list[str]) -> None:
    events = code_text(pipeline, text, date(2024, 5, 6))
    assert [m.text for e in events for m in e.recipients] == expected


@pytest.mark.parametrize("text", [
    "Biden beat his opponents in the primary.",  # contests and records are beaten too
    "After the bullet hit him, he fell.",  # a pronoun no one resolves is no object actor
])
def test_no_assault_on_rivals_or_unresolved_pronouns(pipeline, text: str) -> None:
    assert [e.event_type for e in code_text(pipeline, text, date(2024, 5, 6))] == []


@pytest.mark.parametrize("text, expected", [
    ("The government ended the state of emergency on Sunday.", ["CONCEDE"]),  # as "lifted"
    ("The EU suspended its aid to Niger on Monday.", ["SANCTION"]),
    ("The aviation office suspended the airline's permit on Monday.", ["SANCTION"]),
    ("Germany accepted about one million refugees last year.", ["AID"]),  # asylum, no concession
    ("The Queen suspended Parliament on Monday.", []),  # one's own parliament: no sanction
])
def test_ending_restrictions_and_suspending_relations(pipeline, text: str, expected: list[str]) -> None:
    assert [e.event_type for e in code_text(pipeline, text, date(2024, 5, 6))] == expected


def test_aid_goes_to_the_destination_the_parser_hung_in_the_object(pipeline) -> None:
    text = "India and Pakistan have sent emergency supplies and personnel such as doctors to Nepal."
    aid = one(code_text(pipeline, text, date(2015, 4, 30)), "AID")
    assert [m.actor.country for m in aid.recipients] == ["NPL"]


@pytest.mark.parametrize("text", ["No army has attacked the town.", "No country has recognized the new government."])
def test_a_subject_that_is_no_one_negates(pipeline, text: str) -> None:
    events = code_text(pipeline, text, date(2024, 5, 6))
    assert events and all(e.mode == "negated" for e in events)


def test_a_punctuation_name_is_no_vocative(nlp) -> None:
    from spacy.tokens import Doc

    from dragoman.events.coder import _vocative

    doc = Doc(nlp.vocab, words=["--", "attacked", "Kyiv"], pos=["PROPN", "VERB", "PROPN"],
              deps=["nsubj", "ROOT", "dobj"], heads=[1, 1, 1], sent_starts=[True, False, False])
    assert _vocative(doc[0]) is False  # no crash on a subject of punctuation alone


@pytest.mark.parametrize("text,actor,recipient_country", [
    ("Israeli airstrikes killed at least 30 people in Gaza on Tuesday.", ("ISR", "MIL"), "PSE"),
    # the parser reads "killed" as a participle of "airstrikes", a second subject of "said"
    ("Israeli airstrikes killed at least 30 people in Gaza on Tuesday, health officials said.", ("ISR", "MIL"), "PSE"),
    ("Russian shelling killed two civilians in Kherson.", ("RUS", "MIL"), None),
    ("Ukrainian drones struck an oil refinery in Russia.", ("UKR", "MIL"), "RUS"),
])
def test_a_countrys_weapons_named_as_the_doer_are_its_forces(pipeline, text, actor, recipient_country):
    events = code(pipeline, text)
    assaults = [e for e in events if e.event_type == "ASSAULT"]
    assert len(assaults) == 1, [(e.evidence.trigger, e.event_type) for e in events]  # the strikes are the killing
    assert [(m.actor.country, m.actor.sector) for m in assaults[0].actors] == [actor]
    if recipient_country:
        assert recipient_country in countries(assaults[0].recipients)


def test_struck_a_deal_is_no_attack(pipeline):
    assert not [e for e in code(pipeline, "The two sides struck a deal on grain exports.") if e.event_type == "ASSAULT"]


def test_a_relative_pronoun_stands_for_the_actor_it_describes(pipeline):
    text = "Iran launched missiles in response to the US airstrike that killed Iranian general Qasem Soleimani."
    killing = next(e for e in code(pipeline, text, date(2020, 1, 8)) if e.evidence.trigger == "killed")
    assert [(m.actor.country, m.actor.sector) for m in killing.actors] == [("USA", "MIL")]
    assert countries(killing.recipients) == ["IRN"]
    # only a known actor: "the protesters who attacked police" leaves the attackers unnamed
    assert not [e for e in code(pipeline, "The protesters who attacked police were arrested.") if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text,event_type", [
    ("Iran denied supplying drones to Russia.", "AID"),
    ("Russia denied that it had attacked civilians.", "ASSAULT"),
])
def test_a_denied_act_is_negated(pipeline, text, event_type):
    assert one(code(pipeline, text), event_type).mode == "negated"


@pytest.mark.parametrize("text", [
    "Germany will send more air defense systems to Ukraine.",
    "France delivered Caesar howitzers to Ukraine.",
])
def test_weapon_systems_sent_are_military_aid(pipeline, text):
    assert countries(one(code(pipeline, text), "AID").recipients) == ["UKR"]


def test_ground_retaken_from_a_party(pipeline):
    event = one(code(pipeline, "The Sudanese army recaptured the presidential palace in Khartoum from the RSF."), "COERCE")
    assert [(m.actor.country, m.actor.sector) for m in event.actors] == [("SDN", "MIL")]
    # published 2022: the RSF was still a state force (REB from the war of April 2023)
    assert [(m.text, m.actor.country, m.actor.sector) for m in event.recipients] == [("RSF", "SDN", "MIL")]


def test_a_text_that_acts_is_its_makers_act(pipeline):
    """ "Hungary blocked an EU statement criticizing China": the EU criticises, Hungary rejects the EU."""
    events = code(pipeline, "Hungary blocked an EU statement criticizing China.")
    accuse = one(events, "ACCUSE")
    assert (countries(accuse.actors), countries(accuse.recipients)) == (["EU"], ["CHN"])
    reject = one(events, "REJECT")
    assert (countries(reject.actors), countries(reject.recipients)) == (["HUN"], ["EU"])


@pytest.mark.parametrize("text,event_type,actor,recipient", [
    ("The United States slapped tariffs on steel imports from Canada.", "SANCTION", "USA", "CAN"),
    ("China retaliated with tariffs on American soybeans.", "SANCTION", "CHN", None),
    ("Japan lodged a protest with China over the incursion.", "ACCUSE", "JPN", "CHN"),  # diplomatic, no demonstration
    ("Thousands protested in Tbilisi on Sunday.", "PROTEST", "GEO", None),  # a crowd named by its size
])
def test_trade_measures_diplomatic_protests_and_crowds(pipeline, text, event_type, actor, recipient):
    event = one(code(pipeline, text), event_type)
    assert countries(event.actors) == [actor]
    if recipient:
        assert countries(event.recipients) == [recipient]


def test_force_used_to_disperse_is_used_on_them(pipeline):
    event = one(code(pipeline, "Serbian police used tear gas to disperse protesters in Belgrade."), "ASSAULT")
    assert [m.text for m in event.recipients] == ["protesters"]


def test_recognising_independence_supports_the_party(pipeline):
    event = one(code(pipeline, "Russia recognized the independence of Abkhazia."), "SUPPORT")
    assert countries(event.actors) == ["RUS"] and [m.text for m in event.recipients] == ["Abkhazia"]


def test_an_act_on_a_condition_is_hypothetical(pipeline):
    assert one(code(pipeline, "The US will lift sanctions if Iran complies."), "RETREAT").mode == "hypothetical"
    # a conditional threat stays asserted
    assert one(code(pipeline, "Iran will detain journalists if they publicize the protests."), "THREATEN").mode == ""


def test_a_demand_is_made_of_whoever_is_to_act(pipeline):
    text = "The UN General Assembly adopted a resolution demanding Russia withdraw from Ukraine."
    assert countries(one(code(pipeline, text), "REQUEST").recipients) == ["RUS"]


def test_seized_people_and_ships_are_targets_seized_control_is_not(pipeline):
    assert countries(one(code(pipeline, "Gunmen seized three French hostages."), "COERCE").recipients) == ["FRA"]
    assert one(code(pipeline, "The rebels seized control of the town."), "COERCE").recipients == []


def test_a_bailout_granted_is_aid(pipeline):
    assert countries(one(code(pipeline, "The EU approved a bailout for Cyprus."), "AID").recipients) == ["CYP"]
    assert not [e for e in code(pipeline, "Greece's bailout ended in 2018.") if e.event_type == "AID"]


def test_parties_met_in_turn_met_the_actor_only(pipeline):
    events = [e for e in code(pipeline, "Mitsotakis met with the International Monetary Fund, then with President Trump.")
              if e.event_type == "CONSULT"]
    mirrors = {tuple(countries(e.actors)): countries(e.recipients) for e in events[1:]}
    assert mirrors == {("IMF",): ["GRC"], ("USA",): ["GRC"]}
    together = [e for e in code(pipeline, "India, Pakistan and China met in Beijing.") if e.event_type == "CONSULT"]
    assert all(len(e.recipients) == 2 for e in together) and len(together) == 3
