"""Event contexts: the codebook's list, the stage that reads them from the text, the
store/API/CLI filter, the bundled examples end to end, and the benchmark's scorer."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner
from conftest import load_benchmark

from dragoman import api
from dragoman.cli import main
from dragoman.events.codebook import codebook, lexicon
from dragoman.events.contexts import _index, assign_contexts, context_cues, context_evidence
from dragoman.exports import load_schema
from dragoman.language import parse
from dragoman.records import Actor, Article, Event, Evidence, Mention

# -- the codebook is the single source ---------------------------------------------------


def test_codebook_lists_plovers_contexts_each_defined():
    contexts = codebook().contexts
    assert {"political", "military", "economic", "diplomatic", "humanitarian", "legal", "election",
            "legislative", "disease", "enviro_disaster", "migration", "terrorism", "cbrn", "cyber",
            "crime", "crime_drugs"} <= set(contexts)
    # PLOVER's future/historical/hypothetical rows are dragoman's modes, not contexts
    assert not {"future", "historical", "hypothetical", ""} & set(contexts)
    assert all(definition and "\n" not in definition for definition in contexts.values())


def test_schema_and_lexicon_use_the_codebooks_contexts():
    items = load_schema()["$defs"]["record"]["properties"]["context"]["items"]
    assert items["enum"] == list(codebook().contexts)
    used = {c for table in (lexicon().verbs, lexicon().nouns) for senses in table.values() for s in senses
            for c in s.context}
    assert used <= set(codebook().contexts)


def test_cue_file_names_only_codebook_contexts():
    cues = context_cues()
    assert set(cues.sectors.values()) <= set(codebook().contexts)
    rule = {"events": ["CONSULT"], "sectors": ["GOV"], "context": "military"}
    with pytest.raises(ValueError, match="weather"):
        _index({"sectors": {}, "between_states": rule, "contexts": {"weather": {"words": ["rain"]}}},
               known={"military"})
    with pytest.raises(ValueError, match="GOSSIP"):
        _index({"sectors": {}, "between_states": rule | {"events": ["GOSSIP"]}, "contexts": {}}, known={"military"})


# -- the stage, on hand-built events -------------------------------------------------------


def event_in(text: str, trigger: str, parties: dict[str, str | None] = {}, context=(), event_type="ACCUSE",
             countries: dict[str, str] = {}) -> tuple:
    """The parsed text and an event on its first ``trigger``; ``parties`` maps an actor's
    text to its sector (the first is the actor, the rest recipients), ``countries`` to
    its country (XXX otherwise)."""
    doc = next(parse([text]))
    mentions = []
    for name, sector in parties.items():
        start = text.index(name)
        actor = Actor(name=name, country=countries.get(name, "XXX"), sector=sector)
        mentions.append(Mention(name, start, start + len(name), actor))
    start = text.index(trigger)
    evidence = Evidence("t", 0, text, 0, trigger, start, start + len(trigger),
                        actor_phrases=tuple((m.start, m.end) for m in mentions[:1]),
                        recipient_phrases=tuple((m.start, m.end) for m in mentions[1:]))
    return doc, Event(event_type, mentions[:1], mentions[1:], evidence, context=list(context))


def contexts_of(text: str, trigger: str, parties: dict[str, str | None] = {}, context=(), **kw) -> list[str]:
    doc, event = event_in(text, trigger, parties, context, **kw)
    assign_contexts(doc, [event])
    return event.context


@pytest.mark.parametrize("text, trigger, expected", [
    ("The minister condemned the airstrike on the hospital in Gaza.", "condemned", ["military"]),
    ("Kyiv said Russian troops and tanks crossed the border overnight.", "crossed", ["military"]),
    ("China criticised the new tariffs on its steel exports.", "criticised", ["economic"]),
    ("The UN appealed for safe passage for an aid convoy to the besieged city.", "appealed", ["humanitarian"]),
    ("Aid agencies warned of famine in the north of the country.", "warned", ["humanitarian"]),
    ("The opposition rejected the results of Sunday's presidential election.", "rejected", ["election"]),
    ("Observers said voters were turned away from polling stations.", "turned", ["election"]),
    ("The government imposed a lockdown to contain the coronavirus outbreak.", "imposed", ["disease"]),
    ("The Supreme Court rejected the appeal on Monday.", "rejected", ["legal"]),
    ("Poland summoned the Russian ambassador over the incident.", "summoned", ["diplomatic"]),
    ("Greece accused Turkey of pushing migrants back across the border.", "accused", ["migration"]),
    ("Iran resumed uranium enrichment at its Fordow site.", "resumed", ["cbrn"]),
    ("Police arrested three men suspected of planning a terrorist attack.", "arrested", ["terrorism"]),
    ("The president declared a state of emergency after the earthquake.", "declared",
     ["enviro_disaster", "government"]),
    ("Parliament voted to impeach the president.", "voted", ["legislative"]),
    ("Prosecutors charged the former mayor with murder.", "charged", ["legal", "crime", "crime_murder"]),
    ("The two leaders discussed oil and gas exploration in disputed waters.", "discussed", ["resource"]),
    ("Microsoft blamed the cyberattack on Russian military intelligence.", "blamed",
     ["military", "intelligence", "cyber"]),
])
def test_cue_words_of_the_events_clause_give_contexts(text, trigger, expected):
    assert contexts_of(text, trigger) == expected


def test_party_sector_gives_a_context_and_says_so():
    doc, event = event_in("The army denied the report.", "denied", {"army": "MIL"})
    assert context_evidence(doc, event) == {"military": "sector MIL"}
    assert contexts_of("Senators criticised the plan.", "criticised", {"Senators": "LEG"}) == ["legislative"]
    assert contexts_of("The court summoned Smith.", "summoned", {"court": "JUD", "Smith": None}) == ["legal"]


def test_a_partys_phrase_is_read_within_the_sentence_only():
    # the subject sits above the infinitive's clause; its phrase is still the event's
    assert contexts_of("The army is expected to withdraw.", "withdraw", {"The army": None}) == ["military"]
    # an antecedent in another sentence ("He" resolved to it) is not
    assert contexts_of("Navy officials spoke first. He condemned the plan.", "condemned",
                       {"Navy officials": None}) == []


def test_a_consult_between_two_governments_is_diplomatic():
    parties = {"Macron": "GOV", "Putin": "GOV"}
    assert contexts_of("Macron telephoned Putin.", "telephoned", parties, event_type="CONSULT",
                       countries={"Macron": "FRA", "Putin": "RUS"}) == ["diplomatic"]
    assert contexts_of("Macron telephoned Bayrou.", "telephoned", {"Macron": "GOV", "Bayrou": "GOV"},
                       event_type="CONSULT", countries={"Macron": "FRA", "Bayrou": "FRA"}) == []
    assert contexts_of("Macron criticised Putin.", "criticised", parties, event_type="ACCUSE",
                       countries={"Macron": "FRA", "Putin": "RUS"}) == []


def test_sense_contexts_stay_first_and_are_not_repeated():
    assert contexts_of("Russia attacked the grain port, cutting exports.", "attacked", context=["military"]) \
        == ["military"]
    assert contexts_of("Troops met the envoy.", "met", context=["diplomatic"]) == ["diplomatic", "military"]


@pytest.mark.parametrize("text, trigger", [
    # another clause tells of another happening
    ("Germany condemned Iran, which is facing an economic crisis.", "condemned"),
    ("Germany praised Italy, and the economy grew by two percent.", "praised"),
    ("The ministers met in Rome and signed a trade deal.", "met"),
    ("The minister resigned after protesters stormed the parliament.", "resigned"),
    ("When the war began, the family moved abroad.", "moved"),
    # words that only look like cues
    ("Bill Gates met the French president in Paris.", "met"),
    ("The rivals traded accusations on Sunday.", "traded"),
    ("A think tank criticised the plan.", "criticised"),
    ("Police fired tear gas at the crowd.", "fired"),
    ("The newly elected president thanked the nurses.", "thanked"),
    # a place, not what the event is about
    ("Protesters gathered outside the embassy.", "gathered"),
    ("Demonstrators clashed with police in front of parliament.", "clashed"),
])
def test_no_context_from_unrelated_words(text, trigger):
    assert contexts_of(text, trigger) == []


def test_a_phrase_voids_one_contexts_cue_not_anothers():
    assert contexts_of("China accused the US of escalating the trade war.", "accused") == ["economic"]
    assert contexts_of("The chains blamed a price war between supermarkets.", "blamed") == ["economic"]


def test_a_bare_infinitive_gives_the_events_purpose():
    assert contexts_of("Vucic eased lockdown measures to win elections.", "eased") == ["disease", "election"]


def test_a_relative_clause_reads_the_noun_it_is_about():
    text = "Turkey guards captured ISIS fighters whom European nations have refused to repatriate."
    assert contexts_of(text, "refused") == ["terrorism"]


def test_the_pipeline_assigns_contexts(pipeline):
    text = "The United Nations condemned the airstrike on the aid convoy."
    article = Article(doc_id="t", text=text, date=date(2024, 3, 1))
    events = pipeline.code_parsed(article, next(parse([text]))).events
    condemned = next(e for e in events if e.evidence.trigger == "condemned")
    assert {"military", "humanitarian"} <= set(condemned.context)


# -- filter: store, API and CLI --------------------------------------------------------------


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("contexts") / "examples.db"
    result = CliRunner().invoke(main, ["code", "--examples", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def test_examples_get_contexts_that_look_right(examples_db):
    events = api.events(examples_db)
    with_context = [e for e in events if e.context]
    assert len(with_context) >= len(events) / 2
    assert all(set(e.context) <= set(codebook().contexts) for e in events)

    def contexts(trigger, words):
        found = [e for e in events if e.evidence.trigger == trigger and words in e.evidence.sentence]
        assert found, (trigger, words)
        return set(found[0].context)

    assert "military" in contexts("killed", "Soleimani at a Baghdad airport")
    assert "military" in contexts("send", "committing to send more troops")
    assert "economic" in contexts("sanctions", "Mahan has been the subject")
    assert {"cbrn", "diplomatic"} <= contexts("withdrew", "nuclear nonproliferation treaty")
    assert "diplomatic" in contexts("discuss", "gathered in Cairo")
    assert {"economic", "resource"} <= contexts("signed", "export Aphrodite gas")
    assert "legislative" in contexts("boycotted", "Members of Parliament")
    # the diplomacy stories say nothing of disease, elections or drugs
    assert not {"disease", "election", "crime_drugs"} & {c for e in events for c in e.context}


def test_store_api_and_cli_filter_by_context(examples_db):
    every = api.events(examples_db)
    military = api.events(examples_db, context="military")
    assert 0 < len(military) < len(every)
    assert all("military" in e.context for e in military)
    assert {e.id for e in military} == {e.id for e in every if "military" in e.context}
    assert api.events(examples_db, context="lgbt") == []

    real = api.real_events(examples_db, context="military")
    assert real and all("military" in e.context for e in real)
    result = CliRunner().invoke(main, ["events", "--db", str(examples_db), "--context", "Military"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith(f"{len(real)} event(s)")
    mentions = CliRunner().invoke(main, ["events", "--db", str(examples_db), "--context", "military", "--mentions"])
    assert mentions.output.strip().endswith(f"{len(military)} mention(s)")


def test_cli_rejects_an_unknown_context(examples_db):
    result = CliRunner().invoke(main, ["events", "--db", str(examples_db), "--context", "militray"])
    assert result.exit_code != 0 and "militray" in result.output


# -- the benchmark ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bench():
    return load_benchmark("contexts")


def test_benchmark_labels_are_well_formed(bench):
    cases = bench.load_cases()
    assert len(cases) >= 60 and sum(c.set == "holdout" for c in cases) >= 40
    assert {c.set for c in cases} == {"dev", "holdout"}
    assert {c.source for c in cases} >= {"examples/wikinews_diplomacy.jsonl", "wikinews/wikinews_2019.csv"}
    assert any(not c.contexts for c in cases)  # negative cases are labelled too
    for case in cases:
        assert set(case.contexts) <= set(codebook().contexts), case
        assert case.trigger in case.sentence and case.sentence in bench.article_text(case.source, case.record)
    for line in bench.LABELS.read_text(encoding="utf-8").splitlines():
        assert json.loads(line)["url"].startswith("https://en.wikinews.org/")


def test_benchmark_scores_pairs_of_case_and_context(bench):
    Case = bench.Case
    cases = [Case("dev", "s", 0, "2020-01-01", "x", "t", "ACCUSE", ("military", "legal"), ""),
             Case("dev", "s", 1, "2020-01-01", "y", "t", "ACCUSE", (), ""),
             Case("dev", "s", 2, "2020-01-01", "z", "t", "ACCUSE", ("economic",), "")]
    s = bench.score(cases, {"0": ["military"], "1": ["diplomatic"], "2": None})
    assert (s.matched, s.right, s.predicted, s.labelled) == (2, 1, 2, 2)
    assert (s.precision, s.recall) == (0.5, 0.5)
    assert s.by_context["diplomatic"]["false"] == 1 and s.by_context["legal"]["missed"] == 1
