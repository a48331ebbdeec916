"""Find actor mentions in a parsed article and resolve them to dated actors.

How it works: a dictionary PhraseMatcher marks *atoms* (names of people, countries,
demonyms, capitals, seats of government, groups, titles, agent nouns); spaCy's NER adds
person names the dictionary lacks (fuzzy-matched, or kept as unknown people). Adjacent
atoms are then read as one mention with a small grammar:

    [MOD ['s]]* [TITLE|AGENT]* [to/of MOD] [,] [PERSON | unknown Name]

e.g. "US Secretary of State Antony Blinken", "Russia's Foreign Ministry",
"Russian ambassador to the United Nations, Vasily Nebenzya", "US envoy Whitlock".
Two more shapes name bodies, not people: a title for a body ("a spokesman for the
Russian Foreign Ministry": an unnamed official of it) and a leader's name before a body
noun ("the Trump administration", "Biden aides": that body of the leader's country).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from rapidfuzz import fuzz

from ..records import Actor, Mention
from .kb import KB, Entry, Office, Person, Spell, get_kb, norm

if TYPE_CHECKING:  # spaCy is imported lazily: loading it is slow
    from spacy.tokens import Doc, Span, Token

# Prepositions after which a capital or seat names a place, not an actor.
LOCATIVE = {"in", "to", "from", "at", "near", "into", "inside", "outside", "toward", "towards",
            "across", "throughout", "within", "around", "via", "through", "onto", "over", "above", "visiting"}
# Countries are actors after most prepositions ("pressure on Russia", "hints at Russia"),
# places after these.
COUNTRY_LOCATIVE = {"in", "near", "inside", "within", "across", "throughout", "around", "through", "via"}  # "gas flows through Ukraine"
# "from Moscow" is a place only after words of motion ("flew from Moscow", "a flight
# from Kabul"); otherwise it is the source of something ("support from Moscow").
MOTION = {
    "travel", "fly", "return", "flee", "arrive", "depart", "leave", "come", "go", "move", "drive",
    "sail", "walk", "run", "escape", "evacuate", "airlift", "transfer", "relocate", "deport",
    "expel", "extradite", "withdraw", "retreat", "commute", "emigrate", "migrate", "head",
    "journey", "set", "launch", "fire", "ship", "send", "transport", "smuggle", "import", "export",
    "flight", "trip", "visit", "visitor", "journey", "road", "route", "highway", "way", "train",
    "drive", "kilometre", "kilometer", "mile", "km", "refugee", "evacuee", "migrant", "traveller",
    "traveler", "delegate", "far", "away", "distance", "south", "north", "east", "west",
}
# Verbs whose object is a place left or reached, not a party ("fled Kabul", "left Vienna");
# not a visit, nor sending things ("sent Kyiv weapons": Kyiv receives them).
DEPARTURE = {"leave", "flee", "depart", "escape", "evacuate", "abandon", "quit", "exit", "enter", "reach"}
# Titles and agents that take a free-text qualifier: "health minister", "Interior
# Ministry", "Ministry of Health", "UN Migration Agency" (the qualifier is not in the data).
QUALIFIED_HEADS = {"minister", "ministry", "agency", "department", "court", "ministers", "ministries",
                   "agencies", "departments", "judge", "judges"}
# Titles that, after a legislature, name its presiding officer (LEG).
CHAIR_TITLES = {"president", "chairman", "chairwoman", "chair", "speaker", "head", "chief", "leader", "marshal"}
# Words that put a party, a person or a title in opposition; armed groups keep their sector.
OPPOSITION_MARKS = {"opposition", "shadow"}
ARMED_SECTORS = {"REB", "MIL", "UAF", "COP", "SPY", "CRM"}
# Military ranks: an honorific a person keeps out of any post ("Colonel Gaddafi" after his
# fall), unlike a post ("army chief", "commander").
RANK_WORDS = {"general", "gen.", "colonel", "col.", "lieutenant", "lt.", "major", "maj.", "brigadier", "brig.",
              "admiral", "adm.", "vice", "rear", "field", "marshal", "captain", "capt.", "sergeant", "corporal"}
# A committee of a legislature is the legislature's ("the Senate Armed Services Committee").
COMMITTEES = {"committee", "subcommittee", "panel"}
NOT_QUALIFIERS = {"former", "ex", "then", "late", "top", "new", "incoming", "outgoing", "acting", "senior", "the"}
# The US press's party-and-state label after a legislator's name: "(D-N.Y.)", ", R-Texas,".
US_PARTY_LABEL = re.compile(r"\s*[(,]\s*[DRI]\s*-\s*[A-Z][A-Za-z.]{1,12}\s*[),]")
# A make of arms, no name of a person: "B-2", "Su-34", "F-35A", "MiG-29", "TB2" ("Leopard 2" ends in a number).
MODEL_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,3}-?\d{1,3}[A-Z]{0,3}")
# Ranks written before a title, capitalised with it ("Ukraine's First Deputy Prime Minister").
TITLE_RANKS = {"first", "second", "senior", "acting", "interim", "caretaker"}
# Plural heads that name a bloc's member governments ("EU leaders", "NATO allies").
MEMBER_HEADS = {"leaders", "ministers", "allies", "governments", "members", "partners"}
# Generic heads that take the sector of a more specific noun before them.
WEAK_HEADS = {"agency", "department", "ministry", "official", "officials", "spokesperson", "spokesman",
              "spokeswoman", "source", "sources", "office", "chief", "head", "leadership", "command",
              "commissioner", "leader", "leaders", "deputy", "units", "unit"}
# Sectors of roles the data seldom dates: a title naming one before a known person
# outside office on the date is taken at its word.
TEXT_ROLE_SECTORS = {"OPP", "REB", "PTY", "MED", "BUS", "NGO", "REL", "CVL"}
# Particles that join a name to the next part of it ("al-Rantissi", "bin Laden", "Leila de
# Lima"): a known surname before one is part of another person's name.
NAME_PARTICLES = {"al", "el", "bin", "ibn", "ben", "abu", "ould", "bint",
                  "de", "da", "dos", "das", "do", "del", "della", "di", "du", "van", "von"}
FORMER = {"former", "ex", "ex-", "then-former", "erstwhile", "onetime", "one-time", "late",  # "the late president"
          "ousted", "deposed", "toppled", "overthrown"}  # "ousted President Ali Bongo"
# Sectors of organisations that a generic agent/title noun does not override
# ("Taliban fighters" stay REB, "BBC journalists" MED).
OWN_SECTORS = {"REB", "OPP", "PTY", "MED", "BUS", "CVL", "NGO", "REL", "EDU", "LAB", "CRM", "UAF", "SPY", "MIL", "JUD", "COP", "LEG"}
PARTY_SECTORS = {"PTY", "OPP"}
# Heads that name the state's offices when a party stands before them ("the BJP government")
PARTY_OFFICE_HEADS = {"government", "administration", "cabinet", "minister", "governor", "premier", "mayor"}
# Words before a month that make it a date ("in May", "last May"), not Theresa May
TIME_PREPOSITIONS = {"in", "on", "since", "until", "till", "by", "during", "from", "through", "to", "of",
                     "between", "and", "last", "next", "early", "late", "mid", "this", "that", "before", "after"}
POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
POST_MOD_GAPS = {("to",), ("to", "the"), ("of",), ("of", "the")}
FOR_GAPS = {("for",), ("for", "the")}  # "the UN envoy for Syria": a remit, not a country
POSSESSIVE_GAPS = {(p,) for p in POSSESSIVE}
# Agents that are of the place they are "in" when no country is named before them ("officials
# in Kyiv", "a court in Guyana", "gunmen in Burkina Faso", "protesters in Nairobi"); not
# forces or envoys, who serve abroad ("troops in Syria", "the embassy in Moscow"), nor a
# person, who may be a visitor ("a man in Zaria"); churches and unions are local
# ("Catholic bishops in Nicaragua", "unions in France")
LOCAL_SECTORS = {"GOV", "COP", "JUD", "MED", "LEG", "HLH", "REB", "UAF", "OPP", "REL", "LAB"}  # and sectors.yaml local_groups
# "-backed", "-led" after a name: the name is a backer or leader, not the actor itself.
BACKING = {"backed", "allied", "aligned", "sponsored", "supported", "trained", "funded", "armed", "controlled"}
LEADING = {"led", "run"}
# "-based" after a place: where the noun after it sits ("a Moscow-based analyst"), not an actor
BASED = {"based", "headquartered"}
# "-made" after a country: where a thing comes from ("Iranian-made drones"), not who uses
# it; a flag is the ship's country ("a British-flagged tanker" GBR), so not here
ORIGIN = {"made", "built", "designed", "manufactured", "produced"}
# "a Trump-style populist", "Soviet-era tanks": a likeness or a time, not an actor
LIKENESS = {"style", "like", "esque", "era", "type", "inspired"}
ATTITUDES = {"pro", "anti"}
NAME_GAPS = {(), (",",)}
# "a spokesman for the Russian Foreign Ministry", "the head of the Israeli army": a title of a body.
BODY_GAPS = {("for",), ("for", "the"), ("of",), ("of", "the")}
# "Japanese and Chinese diplomats": modifiers coordinated before one head noun.
COORDINATION_GAPS = {("and",), (",",), (",", "and"), ("or",)}
PORTFOLIO_JOINERS = {"and", ",", "&"}
# Agents that also name a minister's portfolio ("industry", "labour"), unlike bodies with
# chiefs of their own (police, army)
POLICY_AREA_SECTORS = {"BUS", "LAB", "HLH", "EDU", "PTY"}
# Entity labels inside which a bare country/capital is part of another name
# ("Washington Post", "Munich Security Conference").
# Words before a capital that make a place of it, not a club's name ("East Jerusalem").
DIRECTIONS = frozenset({"east", "west", "north", "south", "northern", "southern", "eastern", "western",
                        "central", "greater", "old", "new", "downtown", "occupied", "metro"})
# Buildings and ways people name after someone, with or without a title ("King Hussein Bridge")
NAMED_AFTER_PLACES = frozenset({"airport", "bridge", "causeway", "stadium", "hospital", "avenue", "street", "square",
                                "road", "boulevard", "highway", "station", "dam", "mausoleum", "museum"})
# Capitalised nouns after a person's name that make it the name of a place or body
# named after them ("Nelson Mandela Bay", "Jomo Kenyatta International Airport")
NAMED_AFTER_NOUNS = NAMED_AFTER_PLACES | {
    "bay", "international", "university", "foundation", "institute", "center", "centre", "park", "prize", "award",
    "library", "school", "college", "hall", "tower", "trophy", "memorial", "cup", "line", "city", "lecture",
    "highlands", "state"}
# Those that follow a name in lower case too ("Walter Reed hospital", "the Nelson Mandela lecture")
NAMED_AFTER_LOWER = frozenset({"airport", "stadium", "hospital", "museum", "lecture", "mausoleum", "memorial",
                               "avenue", "boulevard", "state"})
# A prison by its name is a building ("Ofer prison"), a company's craft no actor ("a Ryanair jet")
PRISON_NOUNS = frozenset({"prison", "jail", "gaol"})
CRAFT_NOUNS = frozenset({"jet", "jets", "plane", "planes", "airliner", "airliners", "aircraft", "flight"})
# Places named after a titled person ("King Hussein Bridge", "Imam Khomeini Mosque")
TITLED_PLACE_NOUNS = NAMED_AFTER_PLACES | {"mosque"}
# Words opening the name of a place, never a person's ("Mount Aso", "Avenida Paulista")
PLACE_PREFIXES = frozenset({"mount", "mt", "mt.", "avenida", "rua", "rue", "via", "cape", "lake", "jabal", "jebel"})
# A country that is the subject or object of these verbs in a sentence with a sport's
# words or a score is a national team ("South Africa beat New Zealand 12-11")
SPORT_VERBS = frozenset({"beat", "defeat", "draw", "thrash", "edge", "win", "lose", "play", "face", "eliminate",
                         "knock", "trounce", "crush", "stun", "upset", "hold", "score", "qualify", "host",
                         "reach", "become", "advance"})
# (not "penalties", "goals": "Russia faces penalties", "climate goals")
SPORT_WORDS = frozenset({"rugby", "cricket", "football", "soccer", "olympics", "olympic", "tournament",
                         "championship", "medal", "medals", "goalkeeper", "striker", "innings", "wickets",
                         "semi-final", "semifinal", "quarter-final", "quarterfinal", "fifa", "uefa", "match",
                         "hat-trick", "extra-time", "stoppage", "semi-finals", "semifinals", "quarter-finals",
                         "quarterfinals", "matches", "champions", "shootout"})
# a score counts only after these ("South Africa beat New Zealand 12-11"; not "won a 13-0 vote")
BEATING_VERBS = frozenset({"beat", "defeat", "draw", "thrash", "edge", "trounce", "crush", "stun", "upset"})
SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
LANGUAGE_VERBS = frozenset({"speak", "learn", "teach", "translate", "understand", "study"})
NAMED_DIVISIONS = frozenset({"state", "city", "town", "province", "region", "district", "village"})
# What a text calls a place below a country ("Djibo, a town in ...", "the village of ...")
DESCRIBED_PLACE_NOUNS = frozenset({"town", "village", "city", "district", "port", "enclave", "settlement",
                                   "suburb", "hamlet", "municipality", "oblast", "governorate", "county",
                                   "camp", "neighbourhood", "neighborhood"})
# ", the leader of the main opposition party," after a name
LEADS_OPPOSITION = re.compile(r",\s+(?:the\s+)?(?:\w+\s+)?(?:leader|head|chairman|chairwoman|chair|president|founder)"
                              r"\s+of\s+(?:the\s+|an\s+|a\s+)?(?:main\s+|largest\s+|biggest\s+)?opposition\b", re.I)
# ", spokesman for ", ", the head of the ", ", foreign policy adviser to ": a post in the body
# named next, after an unknown name (_apposed_bodies); voices and heads speak with its sector.
POST_IN_BODY = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?(?P<post>(?:[a-z][\w'-]*\s+){1,5}?)(?:of|for|to|at)\s+(?:the\s+)?")
BODY_VOICES = {"spokesman", "spokeswoman", "spokesperson", "head", "chief", "director", "chairman", "chairwoman",
               "chair", "leader", "president", "secretary", "commander", "coordinator", "governor"}
# sectors whose titles name their one earlier holder by sector alone ("the cleric", "the general",
# "Churkin, Russia's ambassador ... The diplomat")
ANAPHORIC_SECTORS = frozenset({"REL", "MIL", "DIP"})
# sectors of bodies a bare agent noun refers back to ("Gazprom ... The company said")
BODY_SECTORS = frozenset({"BUS", "MED", "NGO"})
POSSESSIVE_DETERMINERS = frozenset({"his", "her", "its", "their"})
# A body's own people: after a possessive of a group that is no state's institution they
# are of the group's sector ("Taliban fighters ... Their commanders" REB, "Students ...
# Their leaders" EDU), not the noun's (commanders MIL, leaders GOV)
PEOPLE_OF_A_BODY = frozenset({"leader", "leaders", "commander", "commanders", "fighter", "fighters", "member",
                              "members", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
                              "chief", "head"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "DIP", "ELI"})
# Nouns that, after "the", refer back to the one organisation or armed group named just
# before ("Hamas fighters fired rockets. The group said ...")
GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization"})
COMPANY_PREPOSITIONS = frozenset({"with", "alongside", "beside"})  # whom one meets is someone else
BLOC_NOUNS = frozenset({"bloc", "alliance", "grouping"})  # "... the European Union. The bloc said"
# Words of organisations' names that are no noun for them alone ("the state" is not the Islamic State)
NAME_WORDS_NOT_NOUNS = frozenset({"state", "states", "people", "republic", "nation", "nations", "world", "country",
                                  "army", "government", "city", "region", "north", "south", "east", "west"})
# Nouns a possessive makes act for the possessor, in the possessor's sector ("the cleric's
# representative", "his deputy"), whatever their own sector
AGENTS_OF_A_PERSON = frozenset({"representative", "representatives", "deputy", "deputies", "aide", "aides",
                                "adviser", "advisers", "advisor", "advisors", "assistant", "assistants"})
# Nouns a possessive gives another party ("his counterpart", "their rivals")
RELATIONAL_NOUNS = frozenset({"counterpart", "counterparts", "rival", "rivals", "opponent", "opponents", "successor",
                              "predecessor", "host", "hosts", "critic", "critics", "enemy", "enemies", "foe", "foes",
                              "challenger", "interlocutor", "guest", "guests", "visitor", "visitors"})
# How long after their death news still speak of someone who died in office in that role
# ("Iran vowed to avenge Soleimani"); later they are former elites, or, with no role in
# the data, history (people_historical.yaml), not actors.
DEAD_AFTER = timedelta(days=365)
# Texts and meetings named after a body, which is no actor in their name
DOCUMENT_NOUNS = frozenset({"charter", "pact", "treaty", "accord", "accords", "convention", "summit", "protocol",
                            "declaration"})
STORM_WORDS = frozenset({"storm", "hurricane", "cyclone", "typhoon", "tropical"})
# Words that with "of <country>" name a sea, not the country ("the Gulf of Mexico").
SEA_WORDS = frozenset({"gulf", "bay", "sea", "strait", "straits", "isthmus"})
WATER_KINDS = frozenset({"country", "capital", "demonym", "demonyms"})
WATER_BEFORE = frozenset({"lake", "river", "mount"})  # "Lake Chad", "River Jordan"
WATER_AFTER = SEA_WORDS | {"ocean", "peninsula", "river", "valley", "basin", "delta"}  # "the South China Sea"
NAME_LABELS = {"ORG", "PERSON", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"}

# Nouns of places: a region's adjective written in lower case before one is a compass
# direction ("the western city of Homs", "eastern province"), not the region's people.
PLACE_NOUNS = {"city", "cities", "town", "towns", "village", "villages", "province", "provinces", "region",
               "regions", "part", "parts", "suburb", "suburbs", "outskirts", "district", "districts", "border",
               "borders", "coast", "front", "flank", "area", "areas", "port", "enclave",
               "governorate", "county", "neighbourhood", "neighborhood", "settlement", "settlements",
               "square", "streets", "centre", "center", "heart"}
# Entity labels of names that are no place (a city's name inside a person's name).
NOT_PLACE_LABELS = {"PERSON", "WORK_OF_ART", "LAW", "PRODUCT", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL"}
# A dateline opening an article ("GAZA CITY, Palestinian Territories:", "LYON:",
# "MOSCOW, Dec 3 (Reuters) -", "Kinshasa (AFP) -"): a place written in capitals, or in
# title case before an agency, never an actor.
DATELINE = re.compile(
    r"[ \t*_#|]*(?P<city>[A-Z][A-Z.'\u2019 -]*[A-Z]|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?= ?\())(?:, (?P<region>[A-Z][A-Za-z. ]{1,30}?))?(?:,? [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?"
    r"(?: ?(?P<agency>\([^)\n]{2,40}\)))?(?: [\u2013\u2014-]{1,2} |: )")
MISSPELT_MIN_LEN = 7  # "Netanyahou"; shorter words are too near too many names
MISSPELT_CUTOFF = 88.0  # stricter than a person's (SURNAME_CUTOFF): the parser did not call it a person
DATELINE_LINES = 8  # a dateline sits within the first lines (after a headline and a byline)

MOD, TITLE, AGENT, PERSON = "MOD", "TITLE", "AGENT", "PERSON"
ROLE_OF = {
    "person": PERSON, "surname": PERSON, "office": TITLE, "title": TITLE, "agent": AGENT,
    "seat": MOD, "group": MOD, "country": MOD, "capital": MOD, "demonyms": MOD,
    "demonym": MOD, "group_demonym": MOD, "place": MOD,
}
# When one name means several things, prefer the most specific.
PRIORITY = ["person", "office", "surname", "seat", "group", "country", "capital", "demonyms",
            "demonym", "group_demonym", "title", "agent", "place"]


@dataclass(slots=True)
class Atom:
    start: int  # token indexes, end exclusive
    end: int
    entries: list[Entry]

    @property
    def role(self) -> str:
        return ROLE_OF[self.entries[0].kind]

    @property
    def kind(self) -> str:
        return self.entries[0].kind


def _is_rank(title: str) -> bool:
    """'general', 'lt. gen.', 'colonel': a rank, which a person keeps out of any post."""
    return all(w in RANK_WORDS for w in title.split())


def _legislature(kb: KB, atom: Atom) -> bool:
    """A legislature's seat or agent noun ("Senate", "Bundestag", "parliament")."""
    return any((en.kind == "seat" and kb.seats[en.key].sector == "LEG")
               or (en.kind == "agent" and kb.agents.get(en.key) == "LEG") for en in atom.entries)


def _name_runs(doc: "Doc") -> list[tuple[int, int]]:
    """Maximal runs of two to four capitalised proper nouns, hyphens joining parts of one
    ("Hu Jin-tao"): where a person's name may stand."""
    runs, i = [], 0
    while i < len(doc):
        j, words = i, 0
        while j < len(doc) and words < 5:
            tok = doc[j]
            if tok.pos_ == "PROPN" and tok.is_alpha and (tok.text[0].isupper() or (j > i and doc[j - 1].text == "-")):
                j, words = j + 1, words + 1
            elif tok.text == "-" and j > i and not tok.whitespace_ and not doc[j - 1].whitespace_ and j + 1 < len(doc):
                j += 1
            else:
                break
        if 2 <= words <= 4 and doc[j - 1].text != "-":
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


def _caseless(span: "Span") -> bool:
    """A parsed sentence that begins in lower case ("pemex said output fell"): its case
    is no evidence of what is a name. Not a bare phrase ("oxfam"), which may be a word."""
    if not span.doc.has_annotation("DEP"):
        return False
    first = next((t for t in span.sent if t.is_alpha), None)
    return first is not None and first.is_lower and sum(t.is_alpha for t in span.sent) >= 4


def _name_word(tok) -> bool:
    """Letters, or letters around an apostrophe ("O'Brien", "Ndung'u")."""
    return tok.is_alpha or _apostrophe_name(tok)


def _apostrophe_name(tok) -> bool:
    """A capitalised name with an apostrophe inside ("Ndung'u", "D'Alema"), not a possessive."""
    head, mark, tail = tok.text.replace("\u2019", "'").partition("'")
    return bool(mark) and head.isalpha() and tail.isalpha() and head[0].isupper()


@lru_cache(maxsize=1)
def _blank_nlp():
    import spacy

    return spacy.blank("en")


def _case_sensitive(surface: str) -> bool:
    """Short all-caps abbreviations match only as written ("US" but never "us")."""
    letters = surface.replace(".", "")
    return letters.isupper() and len(letters) <= 5 and " " not in surface


@lru_cache(maxsize=8)
def _matchers(extra: tuple[str, ...]):
    """PhraseMatchers over every name in the KB, built once per set of data files."""
    from spacy.matcher import PhraseMatcher

    nlp, kb = _blank_nlp(), get_kb(extra)
    lower, orth = PhraseMatcher(nlp.vocab, attr="LOWER"), PhraseMatcher(nlp.vocab, attr="ORTH")
    caseless = PhraseMatcher(nlp.vocab, attr="LOWER")  # abbreviations in text without case
    ids: dict[int, str] = {}
    for key, surfaces in kb.surfaces.items():
        forms = surfaces | {f.replace("'", "\u2019") for f in surfaces}
        exact = sorted(f for f in forms if _case_sensitive(f))
        # Patterns keep their case for tokenizing ("U.S." is one token, "u.s." is not);
        # the LOWER matcher compares lower-cased tokens anyway.
        loose = {f for f in forms if not _case_sensitive(f)}
        if loose:  # the accent-free spelling too ("Orban" for "Orbán")
            loose.add(key)
        # the tokenizer keeps "Gen." whole but splits "gen.": tokenize abbreviations capitalised too
        loose |= {" ".join(w.capitalize() for w in f.split(" ")) for f in loose if "." in f}
        match_id = nlp.vocab.strings.add(key)
        ids[match_id] = key
        if exact:
            orth.add(key, list(nlp.tokenizer.pipe(exact)))
            caseless.add(key, list(nlp.tokenizer.pipe(exact)))
        if loose:
            lower.add(key, list(nlp.tokenizer.pipe(sorted(loose))))
    return lower, orth, caseless, ids


def _noun_modifier(ent: "Span") -> bool:
    """A one-word name the parser took for a person that modifies a noun after it
    ("Bedouin tribes", "Druze leaders"): a people's name, not a person's."""
    return len(ent) == 1 and ent[0].dep_ in ("compound", "amod") and ent[0].head.i > ent[0].i


def _speaker(span) -> bool:
    """A name that is its clause's subject ("Moon said", "Lee told"), not a month or a
    word of the same spelling ("in May", "the moon")."""
    return span.root.pos_ == "PROPN" and span.root.dep_ in ("nsubj", "nsubjpass")


def _lone_word(tok) -> bool:
    """A word that is all of its entity, or in none, with no proper noun beside it."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    prev = doc[tok.i - 1] if tok.i > 0 else None
    return tok.ent_iob_ != "I" and not (nxt is not None and (nxt.ent_iob_ == "I" or nxt.pos_ == "PROPN")) \
        and not (prev is not None and prev.pos_ == "PROPN")


def _short_names(kb: KB) -> dict[str, str]:
    """First words that begin the names of exactly one group, with its id ("mahan" of
    Mahan Air; not "united", which begins the United Nations, United Russia, ...): an
    organisation may later go by such a word, or before an agent noun ("Wagner fighters")."""
    groups: dict[str, set[str]] = {}
    for key, entries in kb.names.items():
        for entry in entries:
            if entry.kind == "group" and len(key.split()) > 1:
                groups.setdefault(key.split()[0], set()).add(entry.key)
    # a word that names something by itself ("american", a demonym) is no short name
    return {word: next(iter(ids)) for word, ids in groups.items()
            if len(ids) == 1 and word not in kb.common_words and word not in kb.names}


class ActorResolver:
    """Resolve actor mentions; build once (matchers are cached), call many times."""

    def __init__(self, extra_files: Sequence[str | Path] = ()):
        self._extra = tuple(str(p) for p in extra_files)
        self.kb: KB = get_kb(self._extra)
        self._lower, self._orth, self._caseless, self._ids = _matchers(self._extra)
        self.short_names = _short_names(self.kb)
        self._phrases: dict[str, list[tuple[str, ...]]] = {}  # first word -> fixed phrases' words
        for phrase in self.kb.fixed_phrases:
            words = tuple(phrase.split())
            self._phrases.setdefault(words[0], []).append(words)

    # ------------------------------------------------------------------ public API

    def find_mentions(self, doc: "Doc", when: date | None) -> list[Mention]:
        """All actor mentions in a parsed article, char offsets relative to doc.text
        (== Article.text), sorted by start, non-overlapping, longest match wins."""
        fixed = self.fixed_tokens(doc)
        return _Reader(self, doc, self._atoms(doc, fixed), when, fixed).read()

    def actor_at(self, actor: Actor, when: date | None) -> Actor:
        """Re-resolve a mention's actor for another date (dated roles) using actor.entry_id."""
        kind, _, key = (actor.entry_id or "").partition(":")
        if kind == "person" and key in self.kb.people:
            return self.person_actor(self.kb.people[key], when)
        if kind == "office" and key in self.kb.offices:
            return self.office_actor(self.kb.offices[key], when, actor.role_title)
        return actor

    def resolve_text(self, text: str, when: date | None = None) -> list[Mention]:
        """Resolve a short text (no spaCy model needed, e.g. 'the US Secretary of State')."""
        return self.find_mentions(_blank_nlp()(text), when)

    # ------------------------------------------------------------------ actors

    def person_actor(self, person: Person, when: date | None, role_title: str | None = None,
                     named: Sequence[Spell] = ()) -> Actor:
        """A person on a date: their role then, else ELI after a role ended, else their default.
        ``named``: the spells the title before the name names ("Secretary of State Antony
        Blinken"). With no date, the text's title is the only evidence of the story's time,
        so one of them wins over today's role; with a date, the date decides, and among the
        roles held that day the named one wins."""
        spell = self.kb.spell(person, when)
        if named and when is None and spell not in named:
            spell = max(named, key=lambda s: s.start or date.min)
        elif named and spell not in named:  # two posts at once: the title names which ("Sudan's army chief Burhan")
            spell = next((s for s in named if s.covers(when)), spell)
        last = self.kb.last_spell_before(person, when)
        if spell is None and last is not None and person.died is not None and last.end is not None \
                and last.end >= person.died and (when is None or when - person.died <= DEAD_AFTER):
            spell = last  # died in office: news of the next year speak of them in that role ("Soleimani")
        if spell is None and last is not None and when is not None and last.end == when:
            spell = last  # the handover day: the outgoing holder still resigns, flees, is impeached
        if spell:
            country, sector, title = spell.country, spell.sector, spell.title
        elif last is not None:
            # out of office: an elite, unless the data knows them as an opposition figure
            # (a former prime minister leading the opposition: Tymoshenko, Babis 2021-25),
            # of their own country once an international post is behind them (Tusk in 2023), or
            # a post abroad after one at home (Saakashvili, president of Georgia, then Odesa's governor)
            home = person.country is not None and any(s.country == person.country for s in person.spells)
            country = last.country if (last.country in self.kb.countries and not home) or person.country is None \
                else person.country
            sector, title = "OPP" if person.sector == "OPP" else "ELI", None
        else:
            country, sector, title = person.country, person.sector, None
        return Actor(person.name, country, sector, person.wikidata, role_title or title, True,
                     f"person:{person.id}")

    def office_actor(self, office: Office, when: date | None, role_title: str | None = None) -> Actor:
        """The holder of an office on a date; unresolved (named by the office) if unknown."""
        holder = self.kb.holder(office.id, when)
        title = role_title or office.title
        if holder is None:
            name = f"{self.kb.country_name(office.country)} {office.title}"
            return Actor(name, office.country, office.sector, None, title, False, f"office:{office.id}")
        return Actor(holder.name, office.country, office.sector, holder.wikidata, title, True,
                     f"office:{office.id}")

    # ------------------------------------------------------------------ atoms

    def _atoms(self, doc: "Doc", fixed: Sequence[int] = ()) -> list[Atom]:
        """Longest non-overlapping dictionary matches, plus NER persons found by fuzzy match;
        none on ``fixed`` tokens (set phrases' words)."""
        found: list[Atom] = []
        for match_id, s, e in [*self._lower(doc), *self._orth(doc), *self._caseless_abbreviations(doc)]:
            entries = self._admissible(doc[s:e], self.kb.names.get(self._ids.get(match_id, ""), []))
            if entries and not self._product(doc, s, e, entries):
                found.append(Atom(s, e, entries))
        taken = [False] * len(doc)
        dateline = self._dateline_tokens(doc)
        taken[:dateline] = [True] * dateline
        for i in fixed:
            taken[i] = True
        atoms: list[Atom] = []
        for a in sorted(found, key=lambda a: (a.start - a.end, -self._weight(doc, a), a.start)):
            if not any(taken[a.start:a.end]):
                taken[a.start:a.end] = [True] * (a.end - a.start)
                atoms.append(a)
            elif a.role == PERSON:
                self._join_same_person(atoms, a, taken)
        atoms.sort(key=lambda a: a.start)
        for a in atoms:
            if a.role == PERSON:
                self._extend_first_names(doc, a, taken)
            elif a.role in (TITLE, AGENT) and norm(doc[a.start:a.end].text).split()[-1] in QUALIFIED_HEADS:
                self._extend_qualifier(doc, a, taken)
        atoms = [self._longer_place(doc, a, taken) if a.kind == "country" else a for a in atoms]
        atoms = [a for a in atoms if not (a.kind in WATER_KINDS and _in_water_name(doc, a))]
        places = [a for a in atoms if a.kind == "place"]
        atoms = [a for a in atoms if not any(p.start <= a.start and a.end <= p.end and p is not a for p in places)]
        atoms = [self._state_homonym(doc, a) if a.kind == "country" else a for a in atoms]
        self._seats_of_a_country(doc, atoms)
        atoms = self._committees(doc, atoms, taken)
        atoms += self._short_name_modifiers(doc, atoms, taken)
        atoms = self._names_written_otherwise(doc, atoms, taken)
        atoms += self._fuzzy_atoms(doc, taken)
        atoms += self._place_atoms(doc, taken)
        atoms += self._misspelt_names(doc, taken)
        return _with_place_suffixes(doc, sorted(atoms, key=lambda a: a.start))

    def fixed_tokens(self, doc: "Doc") -> list[int]:
        """The tokens of set phrases ("Brussels sprouts", "chicken Kiev"), of court cases'
        names ("Roe v. Wade") and of places the text describes ("Djibo, a town ...", "Ofer
        prison"): no name inside one is an actor, nor is the phrase."""
        words = [norm(t.text) for t in doc]
        phrases = [k for i, word in enumerate(words) for phrase in self._phrases.get(word, ())
                   if tuple(words[i:i + len(phrase)]) == phrase for k in range(i, i + len(phrase))]
        cases = [k for t in doc if t.text in ("v.", "v", "vs.") and 0 < t.i < len(doc) - 1
                 and doc[t.i - 1].is_title and doc[t.i + 1].is_title for k in (t.i - 1, t.i + 1)]
        return phrases + cases + self._described_place_tokens(doc) + self._titled_place_tokens(doc) \
            + self._named_prison_tokens(doc)

    @staticmethod
    def _named_prison_tokens(doc: "Doc") -> list[int]:
        """A prison by its name ("Ofer prison", "Tehran's Evin prison", "Abu Ghraib prison"):
        a building, not the police of its place; "Israeli prisons" stay Israel's, and a
        capitalised Prison is a body's name."""
        found = []
        for tok in doc:
            if tok.text not in PRISON_NOUNS or tok.i == 0 or doc[tok.i - 1].pos_ != "PROPN" or tok.head.i > tok.i:
                continue  # not "Israel Prison Service", nor "Israel prison officials"
            k = tok.i - 1
            while k >= 0 and doc[k].pos_ == "PROPN" and doc[k].is_title and tok.i - k <= 3:
                k -= 1
            owner = k >= 1 and doc[k].lower_ in POSSESSIVE and doc[k - 1].is_title  # "Tehran's"
            found.extend(range(k - 1 if owner else k + 1, tok.i + 1))
        return found

    def _titled_place_tokens(self, doc: "Doc") -> list[int]:
        """The words of a place named after someone with their title ("King Hussein Bridge",
        "Imam Khomeini International Airport"): neither the title nor the name is an actor."""
        def titled(t) -> bool:
            return t.is_title and (norm(t.text) in self.kb.titles or norm(t.text) in self.kb.agents)

        found = []
        for tok in doc:
            if not (tok.is_title and tok.lower_ in TITLED_PLACE_NOUNS):
                continue
            k = tok.i - 1
            while k >= 0 and tok.i - k <= 5 and doc[k].is_title and not doc[k].is_sent_start and not titled(doc[k]):
                k -= 1
            if 0 <= k < tok.i - 1 and titled(doc[k]):
                owner = k >= 2 and doc[k - 1].lower_ in POSSESSIVE and doc[k - 2].is_title  # "Tehran's"
                found.extend(range(k - 2 if owner else k, tok.i + 1))
        return found

    @staticmethod
    def _described_place_tokens(doc: "Doc") -> list[int]:
        """The words of a name the text calls a town or the like, before or after the noun:
        "Djibo, a town in northern Burkina Faso" (not Niger's Salou Djibo), "the village of
        Adan Yabaal". A country is never "a town", so only places below one are read so."""
        found = []
        for tok in doc:
            if tok.lower_ not in DESCRIBED_PLACE_NOUNS or tok.head.i > tok.i:
                continue  # not "a district judge", "a county commissioner": a person's post
            if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of":  # "the town of X"
                k = tok.i + 2
                while k < len(doc) and (doc[k].is_title or _joined_name_part(doc[k])):
                    found.append(k)
                    k += 1
            words = doc[max(tok.i - 5, 0):tok.i]  # "X, a (strategic) town"
            comma = next((t.i for t in reversed(words) if t.text == ","), None)
            between = doc[comma + 1:tok.i] if comma is not None else []
            if comma is None or not between or between[0].lower_ not in ("a", "an", "the") \
                    or not all(t.is_lower for t in between):
                continue
            k = comma - 1
            while k >= 0 and (doc[k].is_title or _joined_name_part(doc[k])) and not doc[k].is_sent_start:
                found.append(k)
                k -= 1
        return found

    def _seats_of_a_country(self, doc: "Doc", atoms: list[Atom]) -> None:
        """'the Supreme Court of Canada', 'the Senate of Nigeria': a seat that is one
        country's only by default, with "of <country>" after it, is that country's body
        (its agent reading)."""
        for seat, nxt in zip(atoms, atoms[1:]):
            agents = [en for en in seat.entries if en.kind == "agent"]
            if seat.kind == "seat" and self.kb.seats[seat.entries[0].key].default_only and agents \
                    and nxt.kind == "country" and tuple(t.lower_ for t in doc[seat.end:nxt.start]) in POST_MOD_GAPS:
                seat.entries = agents + [en for en in seat.entries if en not in agents]

    def _state_homonym(self, doc: "Doc", atom: Atom) -> Atom:
        """'Georgia Governor Brian Kemp', "Georgia's Republican governor": a country that
        shares its name with a state of another (countries.yaml ``state_of``) is the state
        before a word of the state's politics (``state_words``), past a possessive and up
        to two adjectives."""
        country = self.kb.countries.get(atom.entries[0].key)
        if country is None or country.state_of is None:
            return atom
        if self._after_city_of(doc, atom.start, country.state_of):  # "Atlanta, Georgia": the state, a place
            return Atom(atom.start, atom.end, [Entry("place", country.state_of)])
        k = atom.end + (atom.end < len(doc) and doc[atom.end].text in POSSESSIVE)
        while k < len(doc) and k - atom.end < 3 and (doc[k].pos_ == "ADJ" or doc[k].ent_type_ == "NORP"):
            k += 1
        words = {norm(w) for w in country.state_words}
        if any(norm(doc[k:k + n].text) in words for n in (1, 2, 3) if k + n <= len(doc)):
            return Atom(atom.start, atom.end, [Entry("country", country.state_of)])
        return atom

    @staticmethod
    def _after_city_of(doc: "Doc", start: int, country: str) -> bool:
        """Does a city of ``country`` and a comma come right before token ``start``?"""
        from dragoman.where import gazetteer  # lazily: where imports the actor data

        if start < 2 or doc[start - 1].text != ",":
            return False
        return any(e.place.country == country for n in (1, 2, 3) if start - 1 - n >= 0
                   for e in gazetteer().lookup(doc[start - 1 - n:start - 1].text))

    def _caseless_abbreviations(self, doc: "Doc") -> list[tuple[int, int, int]]:
        """'the bjp', 'kcna said' in a sentence without case: abbreviations of three letters
        or more that are no English word ("who", "can" are stop words)."""
        return [(m, s, e) for m, s, e in self._caseless(doc)
                if e - s == 1 and doc[s].is_lower and len(doc[s]) >= 3 and not doc[s].is_stop
                and norm(doc[s].text) not in self.kb.common_words and _caseless(doc[s:e])]

    def _committees(self, doc: "Doc", atoms: list[Atom], taken: list[bool]) -> list[Atom]:
        """'the Senate Armed Services Committee', 'the House Intelligence Committee', 'the
        Bundestag's foreign affairs committee': one legislature atom up to the committee
        word (a committee's remit, "foreign relations", is no actor of its own)."""
        atoms = atoms + self._lone_house(doc, atoms, taken)
        for leg in sorted((a for a in atoms if _legislature(self.kb, a)), key=lambda a: a.start):
            end = self._committee_end(doc, leg.end, atoms)
            if end is None:
                continue
            atoms = [a for a in atoms if not (leg.end <= a.start and a.end <= end)]
            taken[leg.start:end] = [True] * (end - leg.start)
            leg.end = end
        return atoms

    def _lone_house(self, doc: "Doc", atoms: list[Atom], taken: list[bool]) -> list[Atom]:
        """'the House' standing alone or before a committee is the House of Representatives
        (as "the Senate"; after a country that country's): not "House of Saud", "Blair House"."""
        found = []
        for i, tok in enumerate(doc):
            if taken[i] or tok.text != "House" or (i > 0 and doc[i - 1].pos_ == "PROPN"):
                continue
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            alone = i > 0 and doc[i - 1].lower_ == "the" and (nxt is None or nxt.pos_ != "PROPN" and nxt.lower_ != "of")
            if alone or self._committee_end(doc, i + 1, atoms) is not None:
                found.append(Atom(i, i + 1, list(self.kb.names.get(norm("House of Representatives"), []))))
                taken[i] = True
        return found

    @staticmethod
    def _committee_end(doc: "Doc", start: int, atoms: list[Atom]) -> int | None:
        """The end of '<remit words> committee' right after a legislature (an optional
        possessive first), or None: up to five words, none a person, place or verb."""
        k = start
        if k < len(doc) and doc[k].text in POSSESSIVE:
            k += 1
        for j in range(k, min(k + 5, len(doc))):
            tok = doc[j]
            if tok.lower_ in COMMITTEES and j > k:
                return j + 1
            if not (tok.is_alpha or tok.text in ("-", "&")) or tok.pos_ in ("VERB", "AUX", "DET") \
                    or tok.ent_type_ in ("PERSON", "GPE", "NORP"):
                return None
            if any(a.start <= j < a.end and a.role not in (AGENT, TITLE) for a in atoms):
                return None
        return None

    def _short_name_modifiers(self, doc: "Doc", atoms: list[Atom], taken: list[bool]) -> list[Atom]:
        """A group's own first word before a lower-case agent noun names the group
        ("Wagner fighters", "Wagner mercenaries"; not "Richard Wagner's operas", nor
        "Grand Imam", a title of its own)."""
        found = []
        for agent in atoms:
            i = agent.start - 1
            if agent.role != AGENT or i < 0 or taken[i] or not doc[agent.start].is_lower:
                continue
            tok = doc[i]
            group = self.short_names.get(norm(tok.text))
            if group and tok.is_title and tok.is_alpha and len(tok) >= 4 and tok.pos_ in ("PROPN", "NOUN") \
                    and tok.ent_type_ not in ("PERSON", "NORP") and not self._place_name(tok.text):
                # not "Kurdish" (of Kurdish Peshmerga), nor "Delhi police" (of the Delhi High Court)
                taken[i] = True
                found.append(Atom(i, i + 1, [Entry("group", group)]))
        return found

    @staticmethod
    def _place_name(text: str) -> bool:
        """A name the gazetteer knows, with a country or not ("Idlib", "Borneo", "the
        Sahel"): no person's name, near or unknown."""
        from dragoman.where import gazetteer  # lazily: where imports the actor data

        return bool(gazetteer().lookup(text))

    def _longer_place(self, doc: "Doc", atom: Atom, taken: list[bool]) -> Atom:
        """A country's name inside a longer place name: "Northern Ireland" (GBR), "New
        Mexico" (USA) are not Ireland or Mexico."""
        from dragoman.where import COUNTRY, _best, gazetteer  # lazily: where imports the actor data

        for before, after in ((1, 0), (0, 1), (1, 1), (2, 0), (0, 2)):
            s, e = atom.start - before, atom.end + after
            # a compass word may already be read ("Western" as the West): "Western Australia"
            if s < 0 or e > len(doc) or any(taken[k] and doc[k].lower_ not in DIRECTIONS for k in range(s, atom.start)) \
                    or any(taken[atom.end:e]):
                continue
            span = doc[s:e]
            if not all(t.is_title or not t.is_alpha for t in span):
                continue
            best = _best([x for x in gazetteer().lookup(span.text) if x.rank != COUNTRY and x.place.country])
            if best is not None:
                taken[s:e] = [True] * (e - s)
                return Atom(s, e, [Entry("place", best.place.country)])
        return atom

    def _weight(self, doc: "Doc", atom: Atom) -> int:
        """How many words of a match name its thing, which breaks ties between matches of
        one length: not a leading "the" ("the West" loses to "West Bank"), nor a title
        opening a person's alias ("Crown Prince Mohammed" to "Mohammed bin Zayed")."""
        words = [t.lower_ for t in doc[atom.start:atom.end]]
        skip = 1 if len(words) > 1 and words[0] == "the" else 0
        if atom.entries[0].kind == "person":
            skip = max([k for k in range(1, len(words)) if " ".join(words[:k]) in self.kb.titles], default=skip)
        return len(words) - skip

    @staticmethod
    def _join_same_person(atoms: list[Atom], new: Atom, taken: list[bool]) -> None:
        """Two overlapping names of one person are one name: "Crown Prince Mohammed" and
        "Mohammed bin Salman" in "Crown Prince Mohammed bin Salman"."""
        overlapping = [a for a in atoms if a.start < new.end and new.start < a.end]
        if len(overlapping) != 1 or overlapping[0].role != PERSON or overlapping[0].entries != new.entries:
            return
        old = overlapping[0]
        start, end = min(old.start, new.start), max(old.end, new.end)
        if any(taken[k] for k in range(start, end) if not old.start <= k < old.end):
            return
        taken[start:end] = [True] * (end - start)
        old.start, old.end = start, end

    def _dateline_tokens(self, doc: "Doc") -> int:
        """How many tokens at the start of the text are a dateline (0 if none). An actor's
        name in capitals is no dateline ("NATO - the alliance said", "UN: "), nor is a
        country's without a region or agency after it ("US - backed forces", tokenized text)."""
        start = 0
        text = doc.text  # spaCy rebuilds it on every access: once here
        for _ in range(DATELINE_LINES):
            line_end = text.find("\n", start)
            m = DATELINE.match(text, start)
            if m:
                kinds = {en.kind for en in self.kb.lookup(m["city"])}
                if not m["city"].isupper() and not kinds & {"capital", "country", "seat"}:
                    return 0  # "Kinshasa (AFP) -", not "Putin (AFP) -": in title case, only a known place
                if kinds and not kinds & {"capital", "country", "seat"} and not m["agency"]:  # "UNITED NATIONS (AP) -"
                    return 0
                if "country" in kinds and not (kinds & {"capital", "seat"} or m["region"] or m["agency"]):
                    return 0
                return next((t.i for t in doc if t.idx >= m.end()), len(doc))
            if line_end < 0:
                return 0
            start = line_end + 1
        return 0

    def _product(self, doc: "Doc", start: int, end: int, entries: list[Entry]) -> bool:
        """'Boeing 777', 'Airbus A320': a company's name before a model number names a
        product ("the Malaysia Airlines Boeing 777"), not the company as an actor."""
        en = entries[0]
        group = self.kb.groups.get(en.key) if en.kind == "group" else None
        if group is None or not group.organisation or group.sector != "BUS" or end >= len(doc):
            return False
        model = doc[end].text
        if re.fullmatch(r"(1[89]|20)\d\d", model):  # "Boeing 2019 profits": a year
            return False
        return any(c.isdigit() for c in model) and not doc[end].is_punct

    def _place_atoms(self, doc: "Doc", taken: list[bool]) -> list[Atom]:
        """Cities, US states and regions of the gazetteer (data/gazetteer) that the actor
        data does not list: the country they lie in ("Idlib" SYR, "Alaska" USA). Only
        capitalised names outside people's names; not the gazetteer's stop names."""
        from dragoman.where import CITY, COUNTRY, _best, gazetteer  # lazily: where imports the actor data

        atoms, i = [], 0
        while i < len(doc):
            hit = None
            for k in range(min(4, len(doc) - i), 0, -1):
                span = doc[i:i + k]
                if any(taken[i:i + k]) or not (span[0].is_title or (span[0].is_upper and len(span[0]) > 2)) \
                        or not span[-1].is_alpha or (any(t.ent_type_ in NOT_PLACE_LABELS for t in span)
                                                     and not self._lone_person_word(span)):
                    continue
                # other names only when of two words or more: "New York" is New York City's,
                # and must not leave "York" (GBR) to a shorter match
                entries = [e for e in gazetteer().lookup(span.text, alternates=k > 1)
                           if e.place.country and e.rank != COUNTRY and e.place.kind != "site"]
                best = _best(entries)
                if best is not None and not (best.rank == CITY and norm(span.text) in self.kb.common_words):
                    hit = Atom(i, i + k, [Entry("place", best.place.country)])
                    break
            if hit is None:
                i += 1
                continue
            taken[hit.start:hit.end] = [True] * (hit.end - hit.start)
            atoms.append(hit)
            i = hit.end
        return atoms

    @staticmethod
    def _lone_person_word(span: "Span") -> bool:
        """A whole name the parser calls a person ("withdrew from Bukavu", "families in Khan
        Younis"): it may still be a place, if the gazetteer has it (known people are
        matched before places)."""
        doc, first = span.doc, span[0]
        return first.ent_type_ == "PERSON" and first.ent_iob_ == "B" \
            and all(t.ent_iob_ == "I" for t in span[1:]) \
            and (span.end == len(doc) or doc[span.end].ent_iob_ != "I")

    def _admissible(self, span: "Span", entries: list[Entry]) -> list[Entry]:
        """Drop readings the text's case rules out: lower-case common words are never
        names ("price", "turkey"), short surnames must be capitalised ("Xi")."""
        text = span.text
        bare = text[4:] if text[:4].lower() == "the " else text  # "The independent review": a sentence's "The"
        lower = bare == bare.lower()
        words = norm(text).split()
        common = norm(text) in self.kb.common_words or words[-1] in self.kb.common_words
        keep = []
        for en in entries:
            if en.kind in ("title", "agent", "office"):
                keep.append(en)
            elif lower and (common and not (en.kind == "person" and len(words) > 1)
                            or (en.kind == "surname" and len(text) < 5 and not self._after_title(span))):
                continue  # "ruto" alone is too short to trust in lower case; "president ruto" is a name;
                # a whole name is one even if it ends in a word ("ban ki moon", "theresa may")
            elif lower and en.kind == "group" and self.kb.groups[en.key].organisation \
                    and any(c.isupper() for c in self.kb.groups[en.key].name) and not _caseless(span):
                continue  # organisations are proper names: "the independent", "home office"
            elif lower and en.kind == "surname" and norm(text) in self.kb.other_spellings \
                    and not (_caseless(span) and span[-1].dep_ in ("nsubj", "nsubjpass")):
                continue  # "Store" for Jonas Gahr Støre; in lower case "the store" is a shop
            elif lower and en.kind == "surname" and span[-1].pos_ not in ("", "PROPN", "NOUN", "X"):
                continue  # "Israeli military struck": a verb, not Peter Struck
            elif en.kind in ("person", "surname") and (self._names_a_place(span) or self._ends_a_place_name(span)):
                continue  # "Nelson Mandela Bay", "Indira Gandhi International Airport", "Bandar Abbas"
            elif en.kind == "surname" and (self._month(span) or self._place_after_preposition(span)
                                           or self._abbreviation(span)):
                continue  # "in May", "on May 5": the month, not Theresa May; "clashes in Puno"; "KANU"
            elif en.kind == "group" and norm(text) in self.kb.agents and self._portfolio_or_name(span):
                continue  # "the Labour Ministry", "Labour Day": the word, not the party
            elif en.kind == "group_demonym" and self.kb.groups[en.key].sector in PARTY_SECTORS \
                    and (lower or not self._before_people(span)):
                continue  # a party's adjective names its people: "Republican senators", not "republican ideals"
            elif lower and en.kind == "group_demonym" and span.end < len(span.doc) \
                    and span.doc[span.end].lower_ in PLACE_NOUNS:
                continue  # "the western city of Homs": a compass point, not the West
            else:
                keep.append(en)
        return sorted(keep, key=lambda en: PRIORITY.index(en.kind))

    @staticmethod
    def _names_a_place(span: "Span") -> bool:
        """A person's name opening the name of a place or an institution named after them
        (the span ends in such a noun, or one follows it)."""
        def named_after(tok) -> bool:  # "Nelson Mandela Bay"; in lower case "Walter Reed hospital" too
            return tok.lower_ in NAMED_AFTER_NOUNS and (tok.is_title or tok.lower_ in NAMED_AFTER_LOWER)

        doc, k = span.doc, span.end
        while k < len(doc) and k - span.end < 3 and doc[k].is_title and not named_after(doc[k]):
            k += 1  # "Kim Il Sung Square": "Kim" opens it too
        return (len(span) > 1 and named_after(span[-1])) or (k < len(doc) and named_after(doc[k]))

    def _ends_a_place_name(self, span: "Span") -> bool:
        """A surname the word before makes a city's name ("Bandar Abbas", "Khan Younis")."""
        doc = span.doc
        return span.start > 0 and doc[span.start - 1].is_title and self._place_name(doc[span.start - 1:span.end].text)

    @staticmethod
    def _place_after_preposition(span: "Span") -> bool:
        """A lone surname the parser reads as a place, after "in", "near" or "at"."""
        doc = span.doc
        return span.start > 0 and doc[span.start - 1].lower_ in ("in", "near", "at") \
            and all(t.ent_type_ in ("GPE", "LOC") for t in span)

    @staticmethod
    def _abbreviation(span: "Span") -> bool:
        """A word in capitals in a text that is not ("KANU", Kenya's party): no surname."""
        text = span.text
        return len(text) > 2 and text.isupper() and any(c.islower() for c in span.doc.text)

    @staticmethod
    def _month(span: "Span") -> bool:
        """A date's month: read as a date, after a preposition of time or before a day."""
        doc = span.doc
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        return all(t.ent_type_ == "DATE" for t in span) and (
            before in TIME_PREPOSITIONS or (span.end < len(doc) and doc[span.end].like_num))

    @staticmethod
    def _portfolio_or_name(span: "Span") -> bool:
        """The span qualifies a singular ministry-like head or opens a longer name that is
        no body ("Labour Minister", "Labour Day")."""
        if span.end >= len(span.doc):
            return False
        nxt = span.doc[span.end]
        return nxt.lower_ in QUALIFIED_HEADS and not nxt.lower_.endswith("s") \
            or nxt.ent_iob_ == "I" and nxt.ent_type_ in ("DATE", "EVENT", "FAC", "LAW", "WORK_OF_ART")

    def _before_people(self, span: "Span") -> bool:
        """The word after the span is a title or an agent noun of some sector ("Tory MPs")."""
        if span.end >= len(span.doc):
            return False
        nxt = span.doc[span.end]
        return self.kb.is_people_noun(nxt.lower_, nxt.lemma_.lower())

    def _after_title(self, span: "Span") -> bool:
        return span.start > 0 and norm(span.doc[span.start - 1].text) in self.kb.titles

    def _extend_first_names(self, doc: "Doc", atom: Atom, taken: list[bool]) -> None:
        """'Victor Orban': take capitalised words before a surname if the whole is a
        near spelling of the person's name."""
        for k in (2, 1):
            s = atom.start - k
            if s < 0 or any(taken[s:atom.start]):
                continue
            words = doc[s:atom.start]
            if not all(t.is_title and t.is_alpha and t.ent_type_ in ('', 'PERSON') for t in words):
                continue
            text = doc[s:atom.end].text
            for en in atom.entries:
                p = self.kb.people.get(en.key)
                if p and max(fuzz.ratio(norm(text), norm(n)) for n in [p.name, *p.aliases]) >= 80:
                    taken[s:atom.start] = [True] * k
                    atom.start, atom.entries = s, [Entry("person", p.id)]
                    return

    def _extend_qualifier(self, doc: "Doc", atom: Atom, taken: list[bool]) -> None:
        """'health minister', 'Interior Ministry', 'Ministry of Trade and Industry': the
        free-text qualifier becomes part of the title (the sector is the head's). Before a
        head of several words only a name's capitalised words ("Federal Constitutional
        Court"; not "trusty foreign minister")."""
        s, bare = atom.start, atom.end - atom.start == 1
        while s > 0 and atom.start - s < 3 and not taken[s - 1]:
            t = doc[s - 1]
            if not (t.is_alpha and t.pos_ in ("NOUN", "ADJ", "PROPN") and not t.is_stop and (bare or t.is_title)
                    and t.lower_ not in NOT_QUALIFIERS and t.ent_type_ not in ("PERSON", "GPE", "NORP", "DATE")):
                break
            s -= 1
        e = atom.end
        if s == atom.start and e + 1 < len(doc) and doc[e].lower_ in ("of", "for") and not taken[e] \
                and norm(doc[atom.start:atom.end].text) in ("minister", "ministry", "department"):
            k = e + 1
            while k < len(doc) and k - e <= 5 and not taken[k] and (
                    (doc[k].is_alpha and (doc[k].is_title or doc[k].pos_ == "NOUN") and not doc[k].is_stop)
                    or (doc[k].lower_ == "and" and k + 1 < len(doc) and doc[k + 1].is_title)):
                k += 1
            while k > e + 1 and doc[k - 1].lower_ == "and":
                k -= 1
            if k > e + 1:
                e = k
        if s < atom.start or e > atom.end:
            taken[s:e] = [True] * (e - s)
            atom.start, atom.end = s, e

    def _names_written_otherwise(self, doc: "Doc", atoms: list[Atom], taken: list[bool]) -> list[Atom]:
        """A run of two to four capitalised proper nouns that is a known person's full name
        written otherwise ("Xi Jin Ping", "Tayyip Erdgoan", "Abiy Ahmad"), whatever the
        parser called it; a part of it already read as that person's surname joins it."""
        for start, end in _name_runs(doc):
            text = doc[start:end].text
            if self._names_a_place(doc[start:end]):
                continue  # "the Nelson Mandela lecture"
            spaced = self.kb.person_spaced_otherwise(text)
            person = spaced or self.kb.person_written_otherwise(text)
            if person is None:
                continue
            inside = [a for a in atoms if start <= a.start < end or start < a.end <= end]
            exact = spaced is not None  # its very letters: others' parts inside yield
            if any(a.start < start or a.end > end or not (exact or any(en.key == person.id for en in a.entries))
                   for a in inside) \
                    or any(taken[i] for i in range(start, end) if not any(a.start <= i < a.end for a in inside)):
                continue
            atoms = [a for a in atoms if a not in inside] + [Atom(start, end, [Entry("person", person.id)])]
            taken[start:end] = [True] * (end - start)
        return atoms

    def _fuzzy_atoms(self, doc: "Doc", taken: list[bool]) -> list[Atom]:
        """NER person names the dictionary missed, matched fuzzily to known people."""
        atoms = []
        for ent in doc.ents:
            if ent.label_ != "PERSON" or any(taken[ent.start:ent.end]):
                continue
            if _noun_modifier(ent) or self._names_a_place(ent) or self._place_name(ent.text):
                continue  # "Bedouin tribes": not a misspelt surname (Bedoui); "Nelson Mandela Bay"; "Borneo", "Kharkiv"
            person = self.kb.fuzzy_person(ent.text)
            if person:
                taken[ent.start:ent.end] = [True] * len(ent)
                atoms.append(Atom(ent.start, ent.end, [Entry("person", person.id)]))
        return atoms

    def _caseless_subject(self, tok) -> bool:
        return tok.is_lower and tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("PROPN", "NOUN") \
            and norm(tok.text) not in self.kb.common_words and _caseless(tok.doc[tok.i:tok.i + 1])

    def _misspelt_names(self, doc: "Doc", taken: list[bool]) -> list[Atom]:
        """A misspelt surname the parser took for a place or body, or for nothing
        ("Netanyahou said"): one capitalised proper noun, neither a name nor a place
        we know, very near one person's surname (a stricter cutoff than for persons). In a
        text written in lower case, a clause's subject ("nebenzia accused ...")."""
        atoms = []
        for tok in doc:
            if taken[tok.i] or not (tok.pos_ == "PROPN" and tok.is_title or self._caseless_subject(tok)) \
                    or len(tok.text) < MISSPELT_MIN_LEN \
                    or tok.ent_type_ == "PERSON" or not _lone_word(tok) or _noun_modifier(doc[tok.i:tok.i + 1]) \
                    or self._place_name(tok.text):
                continue
            person = self.kb.fuzzy_person(tok.text, cutoff=MISSPELT_CUTOFF)
            if person:
                taken[tok.i] = True
                atoms.append(Atom(tok.i, tok.i + 1, [Entry("person", person.id)]))
        return atoms


class _Reader:
    """Reads atoms into mentions for one document (keeps per-document memory)."""

    def __init__(self, resolver: ActorResolver, doc: "Doc", atoms: list[Atom], when: date | None,
                 fixed: Sequence[int] = ()):
        self.r, self.kb, self.doc, self.atoms, self.when = resolver, resolver.kb, doc, atoms, when
        self.seen: dict[str, str] = {}  # person id -> person id, for people named in full
        # person id -> the spells a title before their name named ("Secretary of State
        # Antony Blinken"): later bare mentions ("Blinken said") are the same person then
        self.titled: dict[str, list[Spell]] = {}
        self.unknown: dict[str, Actor] = {}  # surname -> unknown person with a title
        self.namesakes: set[str] = set()  # surnames a person we do not know bears here
        self.mentions: list[Mention] = []
        self.covered = [False] * len(doc)
        for i in fixed:  # "chicken Kiev": no unknown person either
            self.covered[i] = True
        self.by_head: dict[str, Actor] = {}  # agent noun -> last collective actor it headed
        self.name_starts: dict[int, int] = {}  # mention start -> its name's, after a description
        self.name_nouns: dict[str, set[str]] = {}  # group id -> the words of its names ("the fund")
        self.atom_at = {a.start: a for a in atoms}
        self._order_namesake_bodies()

    def _order_namesake_bodies(self) -> None:
        """Bodies sharing a name ("Labour": Britain's, New Zealand's, Israel's): the one of
        a country the text names, or of a person it names in full, comes first; else the
        first listed stays."""
        named = {a.entries[0].key for a in self.atoms if a.kind in ("country", "demonym", "demonyms", "capital")}
        named |= {self.kb.people[a.entries[0].key].country for a in self.atoms if a.kind == "person"}
        for atom in self.atoms:
            bodies = [en for en in atom.entries if en.kind == "group"]
            if len(bodies) > 1 and atom.kind == "group":
                bodies.sort(key=lambda en: self.kb.groups[en.key].code not in named)
                atom.entries[:len(bodies)] = bodies

    def read(self) -> list[Mention]:
        i = 0
        while i < len(self.atoms):
            i = self._chunk(i)
        self._later_short_names()
        self._later_person_names()
        self._abbreviations()
        self._unknown_people()
        self._the_group()
        self.mentions = [self._in_opposition(m) for m in self.mentions]
        self.mentions = self._apposed_roles(sorted(self.mentions, key=lambda m: m.start))
        self.mentions = self._apposed_bodies(self.mentions)
        self.mentions = [self._leads_opposition(m) for m in self.mentions if not self._long_dead(m)]
        return self.mentions

    def _long_dead(self, mention: Mention) -> bool:
        """A historical figure, whom the data gives no dated role, named more than
        DEAD_AFTER after their death is named, not acting ("the anniversary of Lenin's
        birth"); the name stays read, so it is no unknown person either. The period's
        office holders stay former elites ("under President François Mitterrand")."""
        kind, _, key = (mention.actor.entry_id or "").partition(":")
        person = self.kb.people.get(key) if kind == "person" else None
        return person is not None and person.died is not None and not person.spells \
            and self.when is not None and self.when - person.died > DEAD_AFTER

    def _apposed_roles(self, mentions: list[Mention]) -> list[Mention]:
        """A known person the data gives no role on the date takes the sector of a body
        apposed to them ("Samantha Power, the USAID administrator" in 2023 GOV, not a former
        official): the text knows a role the data does not date. Not an apposed title,
        which may name a past office ("de Klerk, South Africa's last apartheid president")."""
        text = self.doc.text
        out = list(mentions)
        for k, (person, body) in enumerate(zip(mentions, mentions[1:])):
            kind, _, key = (person.actor.entry_id or "").partition(":")
            if kind != "person" or key not in self.kb.people or self.kb.spell(self.kb.people[key], self.when) is not None:
                continue
            # a body, not a title: "South Africa's last apartheid president" may be a past office
            if not (body.actor.entry_id or "").startswith("group:") or body.actor.sector in (None, "ELI") \
                    or body.actor.country not in (None, person.actor.country) \
                    or text[person.end:body.start].strip().lower() not in (",", ", the", ", a"):
                continue
            out[k] = replace(person, actor=replace(person.actor, sector=body.actor.sector))
        return out

    def _apposed_bodies(self, mentions: list[Mention]) -> list[Mention]:
        """Someone the data does not know, apposed to a post in a body ("Aibek Smadiyarov,
        spokesman for Kazakhstan's foreign ministry,", "Hikmet Hajiyev, foreign policy
        adviser to President Ilham Aliyev,"): the body's country, and its sector for a post
        that is the body's voice or head (or when the name had none). Later mentions of the
        name follow."""
        text, out = self.doc.text, list(mentions)
        for person, body in zip(mentions, mentions[1:]):
            actor = person.actor
            if actor.entry_id is not None or actor.resolved or actor.country is not None or actor.name is None:
                continue
            post = POST_IN_BODY.fullmatch(text[person.end:body.start])
            owned = text[body.end:body.end + 2] in ("'s", "\u2019s")  # "Eritrea's information minister"
            apposed = text[person.end:body.start] in (", ", ", the ")  # "X, Eritrea's information minister,"
            if body.actor.country is None or not (post or (apposed and (owned or body.actor.sector))):
                continue
            words = set((post.group("post") or "").split()) if post else set()
            body_sector = body.actor.sector or (self._owned_title_sector(body.end) if owned else None)
            sector = body_sector if actor.sector is None or words & BODY_VOICES else actor.sector
            placed = replace(actor, country=body.actor.country, sector=sector or actor.sector)
            out = [replace(m, actor=placed) if m.actor == actor else m for m in out]
            self._stranger_placed(actor, placed)
        return out

    def _stranger_placed(self, actor: Actor, placed: Actor) -> None:
        """Later bare mentions of a stranger's surname ("... Zuniga said") follow what an
        apposition told of them."""
        surname = norm(actor.name.split()[-1]) if actor.name else ""
        if self.unknown.get(surname) == actor:
            self.unknown[surname] = placed

    def _owned_title_sector(self, end_char: int) -> str | None:
        """The sector of the lower-case title after a country's possessive ("El Salvador's
        justice and security minister,"): its last word's, up to the comma."""
        words = re.match(r"['\u2019]s((?:\s+[a-z][\w-]*){1,5})\s*[,.]", self.doc.text[end_char:])
        last = words.group(1).split()[-1] if words else ""
        title = self.kb.titles.get(last)
        return title.sector if title is not None else self.kb.agents.get(last)

    def _leads_opposition(self, mention: Mention) -> Mention:
        """'Ahmet Davutoglu, leader of the opposition Future Party,': a known person out of
        office on the date whom an apposition makes a leader of the opposition is OPP."""
        kind, _, key = (mention.actor.entry_id or "").partition(":")
        if kind != "person" or key not in self.kb.people or self.kb.spell(self.kb.people[key], self.when) is not None:
            return mention
        if LEADS_OPPOSITION.match(self.doc.text, mention.end) is None:
            return mention
        return replace(mention, actor=replace(mention.actor, sector="OPP"))

    def _in_opposition(self, mention: Mention) -> Mention:
        """'the opposition Kuomintang', 'the main opposition Republican People's Party',
        'Opposition lawmaker Anura Kumara Dissanayake', 'Shadow Foreign Secretary David
        Lammy': the text puts them in opposition (OPP), whatever the party's or title's
        sector; not fighters or forces ("opposition fighters" stay REB)."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or mention.actor.sector in ARMED_SECTORS | {"OPP", "IGO"}:
            return mention
        start = span.start
        marks = self.doc[max(0, start - 2):start + 1]
        if len(marks) == 3 and not (marks[1].is_lower and marks[1].pos_ == "NOUN"):
            marks = marks[1:]  # one lower-case noun may stand between: "Opposition candidate Maia Sandu"
        owned = len(span) > 3 and span[1].text in POSSESSIVE  # "India's main opposition BJP"
        inside = list(span[2:-1]) if owned else []
        if any(t.lower_ in OPPOSITION_MARKS for t in [*marks, *inside]):
            return replace(mention, actor=replace(mention.actor, sector="OPP"))
        return mention

    def _later_short_names(self) -> None:
        """An organisation named in full may later go by its first word ("Mahan Air" ...
        "Mahan"), as a person by their surname: when that word begins no other group's
        name (``short_names``), is capitalised, and only one organisation here has it."""
        firsts: dict[str, tuple[Actor | None, int]] = {}  # first word -> (its group, where first named)
        for mention in sorted(self.mentions, key=lambda m: m.start):
            words = mention.text[self.name_starts.get(mention.start, mention.start) - mention.start:].split()
            if not (mention.actor.entry_id or "").startswith("group:") or len(words) < 2:
                continue
            first = words[0]
            if len(first) >= 4 and first.istitle() and first.isalpha() and norm(first) in self.r.short_names:
                known, since = firsts.get(first, (mention.actor, mention.start))
                firsts[first] = (mention.actor if known == mention.actor else None, since)  # two such groups: neither
        for tok in self.doc:
            actor, since = firsts.get(tok.text, (None, 0))
            if actor is not None and tok.idx > since and not self.covered[tok.i] and self._standalone_name(tok):
                self._emit(tok.i, tok.i + 1, actor)

    def _seen_by_word(self, name: "Span") -> Person | None:
        """The one person named in full earlier whose name's first or last word this
        single word is."""
        if len(name) != 1:
            return None
        found = [self.kb.people[pid] for pid in self.seen if norm(name.text) in self._name_words(self.kb.people[pid])]
        return found[0] if len(found) == 1 else None

    def _later_person_names(self) -> None:
        """A person named in full may later go by one word of that name that the data does
        not list as a surname: the last ("Imran Khan ... Khan told") or, for names written
        family name first or shared by relatives, the first ("Kim Jong Un ... Kim declared",
        "Gotabaya Rajapaksa ... Gotabaya won"), or named by their office ("North Korea's leader
        ... Kim called": any of their names). Only a word one person named here bears,
        capitalised, standing alone, after the full name."""
        bearers: dict[str, set[str]] = {}
        first_at: dict[str, tuple[Actor, int]] = {}
        for mention in sorted(self.mentions, key=lambda m: m.start):
            kind, _, key = (mention.actor.entry_id or "").partition(":")
            person, text = (self.kb.people.get(key), mention.text) if kind == "person" else (None, None)
            if kind == "office" and mention.actor.resolved:  # "North Korea's leader ... Kim called"
                person = self.kb.holder(key, self.when)
            if person is None:
                continue
            for word in self._name_words(person, text, common=True):
                bearers.setdefault(word, set()).add(person.id)
                first_at.setdefault(word, (mention.actor, mention.end))
        others = {norm(t.text) for ent in self.doc.ents if ent.label_ == "PERSON" and len(ent) > 1
                  and not any(self.covered[ent.start:ent.end]) for t in ent}  # "Reham Khan": another Khan
        for word, keys in bearers.items():
            if len(keys) > 1 or word in others:
                continue
            actor, after = first_at[word]
            for found in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", self.doc.text, re.IGNORECASE):
                span = self.doc.char_span(found.start(), found.end())
                if span is not None and found.start() >= after and span.text[0].isupper() \
                        and not any(self.covered[span.start:span.end]) and self._alone(span) \
                        and (word not in self.kb.common_words or _speaker(span)):
                    self._emit(span.start, span.end, actor)

    def _name_words(self, person: Person, text: str | None = None, common: bool = False) -> set[str]:
        """The first and last words of the person's names (those written in ``text``, if
        given), lower-cased, that can stand for them alone (no particles, three letters or
        more; no common words unless ``common``: "Moon", "Lee" only as a subject)."""
        words = set()
        for name in (person.name, *person.aliases):
            parts = name.split()
            if len(parts) > 1 and (text is None or name.lower() in text.lower()):
                words.update(w.lower() for w in (parts[0], parts[-1]))
        return {w for w in words if len(w) >= 3 and w not in NAME_PARTICLES
                and (common or norm(w) not in self.kb.common_words) and w.replace("-", "").isalpha()}

    def _alone(self, span: "Span") -> bool:
        """A name word on its own: no proper noun joined before or after it."""
        doc = self.doc
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        return not (before is not None and before.pos_ == "PROPN" and before.is_title) \
            and not (after is not None and after.pos_ == "PROPN" and after.is_title)

    def _abbreviations(self) -> None:
        """"Reporters Without Borders (RSF)": the capitals in brackets after a body's name
        name that body in this text, whatever they name elsewhere (Sudan's RSF)."""
        doc, defined = self.doc, {}
        for mention in sorted(self.mentions, key=lambda m: m.start):
            span = doc.char_span(mention.start, mention.end)
            k = span.end if span is not None else len(doc)
            if not (mention.actor.entry_id or "").startswith("group:") or k + 2 >= len(doc) \
                    or doc[k].text != "(" or doc[k + 2].text != ")" or not (doc[k + 1].is_upper and doc[k + 1].is_alpha):
                continue
            if self._group_named(mention):  # the body itself, not its people ("Leaders of African Union (AU)")
                defined[doc[k + 1].text] = (mention.actor, k + 1)
            self.mentions = [m for m in self.mentions if m.start != doc[k + 1].idx]
            self.covered[k + 1] = True
        for letters, (actor, at) in defined.items():
            self.mentions = [replace(m, actor=actor) if m.text == letters and m.start > doc[at].idx else m
                             for m in self.mentions]
            for tok in doc[at + 1:]:
                if tok.text == letters and not self.covered[tok.i]:
                    self._emit(tok.i, tok.i + 1, actor)

    def _standalone_name(self, tok) -> bool:
        """A proper noun on its own mid-sentence, not part of a longer name nor a place
        ("fighting in Tigray" is no Tigray People's Liberation Front)."""
        doc = self.doc
        return tok.pos_ == "PROPN" and not tok.is_sent_start and tok.ent_type_ not in ("GPE", "LOC", "NORP", "FAC") \
            and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN") and doc[tok.i - 1].pos_ != "PROPN"

    # ------------------------------------------------------------------ grammar

    def _gap(self, a: Atom | int, b: Atom) -> tuple[str, ...]:
        end = a if isinstance(a, int) else a.end
        return tuple(t.lower_ for t in self.doc[end:b.start])

    def _soft_gap(self, a: Atom, b: Atom) -> bool:
        """Words that may stand between a modifier and its head or between heads:
        lower-case adjectives, after a possessive too ("American investigative journalist",
        "Catalonia's former leader", "Colombia's leftist rebels") and "-backed"/"-led"
        after a head ("Syrian government-backed troops")."""
        toks = self.doc[a.end:b.start]
        owned = len(toks) > 1 and toks[0].lower_ in POSSESSIVE
        if owned:
            toks = toks[1:]  # "Colombia's leftist rebels"
        words = [t for t in toks if not self._joining_hyphen(t)]  # "French far-right leader"
        if not 0 < len(words) <= 3:
            return False
        if owned and len(words) == 1 and b.role == AGENT and words[0].is_upper and words[0].is_alpha \
                and 2 <= len(words[0]) <= 6:
            return True  # "Turkey's MIT intelligence agency": the body's own abbreviation
        if self._hyphen_link(a) is not None and len(toks) == 2:
            return True
        # a past participle after a title is its verb, however parsed ("Kuwait's emir dissolved parliament")
        if a.role == TITLE and any(t.tag_ == "VBN" for t in words) or any(t.tag_ == "VBD" for t in words):
            return False  # and a finite past verb never modifies ("Myanmar's junta freed democracy leader X")
        # "Ukraine's First Deputy Prime Minister": a rank capitalised with its title
        return all(self._people_word(t) or b.role in (TITLE, AGENT) and t.lower_ in TITLE_RANKS
                   # "U.S. B-2 bombers"; not "the Russian S-400 air defence system" (a product)
                   or b.role == AGENT and MODEL_DESIGNATION.fullmatch(t.text) and not self._modifies_a_thing(b)
                   or t.is_lower and t.is_alpha and t.lower_ not in ("and", "or", "other")
                   and (t.pos_ == "ADJ" or t.tag_ == "VBN" or t.lower_ in FORMER
                        or self._modifies_within(t, b) or _adverb_of_next(t, b))
                   for t in words)

    @staticmethod
    def _people_word(tok) -> bool:
        """A people's adjective the data does not know as a country ("Iraqi Kurdish
        authorities", "Lebanese Christian leaders"): the first country's still."""
        return tok.ent_type_ == "NORP" and tok.is_title and tok.is_alpha and tok.pos_ in ("ADJ", "PROPN")

    def _modifies_within(self, tok, head: Atom) -> bool:
        """A noun modifying a later word of the same phrase ("Iranian human rights lawyer")."""
        return tok.dep_ in ("compound", "amod", "nmod") and tok.i < tok.head.i < head.end

    def _in_gap(self, head: Atom, place: Atom) -> bool:
        """'in' and perhaps 'the' and lower-case adjectives between a head and a place:
        "separatists in eastern Ukraine"."""
        toks = self.doc[head.end:place.start]
        if not toks or toks[0].lower_ != "in" or place.role != MOD:
            return False
        return all(t.lower_ == "the" or (t.is_lower and t.pos_ == "ADJ") for t in toks[1:])

    def _local(self, heads: list[Atom], place: int) -> bool:
        """Are the heads agents of the place after "in" (``LOCAL_SECTORS``, local groups)?
        Not when the place opens a body of its own ("officials in the Russian Foreign
        Ministry"), nor when another head names a body that is not ("embassy workers")."""
        atoms = self.atoms
        if place + 1 < len(atoms) and atoms[place + 1].role in (TITLE, AGENT) and self._gap(atoms[place], atoms[place + 1]) == ():
            return False
        if atoms[place].kind == "group" and self._group(atoms[place]).organisation:
            return False  # "rebel fighters in Toyota pickup trucks": a body, no place
        return all(self._local_head(h) for h in heads)

    def _local_head(self, head: Atom) -> bool:
        # an agent noun: ministers and leaders travel ("foreign ministers in Cairo" met there)
        text = self.doc[head.start:head.end].text
        if head.role != AGENT or self.kb.serves_abroad(text):
            return False
        return self._sector(head.entries[0]) in LOCAL_SECTORS or norm(text) in self.kb.local_groups

    def _attitude(self, atom: Atom) -> bool:
        """'pro-Russian', 'anti-American': a stance towards the country, not its people."""
        k = atom.start
        return k >= 2 and self.doc[k - 1].text == "-" and self.doc[k - 2].lower_ in ATTITUDES

    def _hyphen_link(self, atom: Atom) -> str | None:
        """'backed' of "Iranian-backed", 'led' of "Saudi-led": the word hyphened on."""
        doc, end = self.doc, atom.end
        if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in BACKING | LEADING | BASED | ORIGIN | LIKENESS:
            return doc[end + 1].lower_
        return None

    def _as_head(self, atom: Atom) -> bool:
        """A seat or body written after a country is a head noun: 'Iraqi parliament',
        'Libyan House of Representatives' (its agent reading wins)."""
        heads = [en for en in atom.entries if en.kind in ("agent", "title")]
        if atom.role != MOD or not heads:
            return False
        atom.entries = heads + [en for en in atom.entries if en not in heads]
        return True

    def _chunk(self, i: int) -> int:
        atoms, n = self.atoms, len(self.atoms)
        if self.covered[atoms[i].start]:
            return i + 1
        if self._hyphen_link(atoms[i]) in LIKENESS:
            return i + 1
        mods, heads, post, person, j = [], [], None, None, i
        tight = {(), *((p,) for p in POSSESSIVE)}
        while j < n and atoms[j].role == MOD and (not mods or self._gap(mods[-1], atoms[j]) in tight
                                                  or self._described_body(mods[-1], atoms[j])):
            if mods and self._as_head(atoms[j]):
                break
            mods.append(atoms[j])
            j += 1
        if mods and (self._hyphen_link(mods[-1]) in ORIGIN or self._state_of_the_name(mods[-1])):
            return j  # "Iranian-made drones": where a thing comes from; "Washington state"
        backers: list[Atom] = []
        backed = bool(mods) and (self._hyphen_link(mods[-1]) in BACKING or self._attitude(mods[0]))
        if backed:  # "Iranian-backed militias", "pro-Russian separatists": not Iran's, not Russia's
            if not (j < n and atoms[j].role in (TITLE, AGENT)
                    and (self._gap(mods[-1], atoms[j]) == () or self._soft_gap(mods[-1], atoms[j]))):
                return j  # "the US-backed Syrian Democratic Forces": the next chunk names them
            backers, mods = mods, []
        portfolio = self._portfolio_title(mods, j)
        if portfolio is not None:  # "AU trade and industry commissioner": one title, not "industry"
            heads, j = [atoms[portfolio]], portfolio + 1
        coordinated: list[Atom] = []
        chain = self._coordinated_modifiers(mods, j)
        if chain:  # "Iranian, Turkish and Russian foreign ministers": each with the shared head
            coordinated, mods, j = [mods[-1], *chain[:-1]], [chain[-1]], j + len(chain)
        while j < n and atoms[j].role in (TITLE, AGENT) and (
            not (mods or heads) or self._gap((heads or mods)[-1], atoms[j]) in tight
            or self._soft_gap((heads or mods)[-1], atoms[j]) and not (heads and self._plural_end(heads[-1]))
        ):  # a plural noun ends its phrase: "Nigerian troops hunt insurgents" is two
            heads.append(atoms[j])
            j += 1
        if heads and heads[-1].role == TITLE and j + 1 < n and atoms[j].role == MOD and atoms[j + 1].role in (AGENT, TITLE) \
                and self._gap(heads[-1], atoms[j]) in BODY_GAPS and self._gap(atoms[j], atoms[j + 1]) == ():
            self._speaks_for_body(mods, heads, atoms[j], atoms[j + 1])
            return j + 2
        if heads and heads[-1].role == TITLE and j < n and atoms[j].kind == "office" \
                and self._gap(heads[-1], atoms[j]) in BODY_GAPS:
            self._speaks_for_body(mods, heads, None, atoms[j])
            return j + 1
        if heads and j < n and atoms[j].role == MOD:
            gap = self._gap(heads[-1], atoms[j])
            if gap in POST_MOD_GAPS and not (gap[0] == "to" and heads[-1].role == AGENT) \
                    or (gap in FOR_GAPS and mods and heads[-1].role == TITLE) \
                    or (backed and self._in_gap(heads[-1], atoms[j])) \
                    or (not mods and self._in_gap(heads[-1], atoms[j]) and self._local(heads, j)) \
                    or (not mods and atoms[j].kind == "seat" and gap in (("at",), ("at", "the"))) \
                    or (not mods and gap == ("from",) and self._origin(heads[-1], atoms[j])):
                # "ambassador to the UN"; not "troops to the NATO force" (a destination);
                # "troops from Chad" (not "withdrew troops from Syria");
                # "Iranian-backed militias in Iraq" are Iraq's; "officials at the Pentagon" its
                post, j = atoms[j], j + 1
        last = post or (heads or mods or [None])[-1]
        if j < n and atoms[j].role == PERSON and (
            last is None or self._gap(last, atoms[j]) in (NAME_GAPS if heads else tight)
            or self._described(mods, heads, post, atoms[j])
        ):
            person, j = atoms[j], j + 1
        if j < n and self._described(mods, heads, post, atoms[j]) and self._group(atoms[j]) \
                and self._group(atoms[j]).organisation:
            self._described_group(mods, heads, atoms[j])
            return j + 1
        if person and j < n and self._body_noun(atoms[j]) and self._person_body(mods, heads, person, atoms[j]):
            return j + 1
        if person and self._person(mods, heads, person):
            return j
        if person:  # a guarded surname without context: read the rest without it
            j -= 1
        if heads and (self._club(mods, heads) or self._named_state(mods, heads[-1]) or self._craft(mods, heads)):
            return j  # "the Ottawa Senators": a team; "the Indian state of Punjab": a place; "a Ryanair jet"
        if heads:
            for mod in coordinated:
                self._coordinated(mod, heads[-1])
            self._headed(mods, heads, post, backers)
            if post is not None and not mods and self._gap(heads[-1], post)[:1] in (("of",), ("from",)):
                j = self._of_conjuncts(heads[-1], post, j)
        elif mods:
            self._bare(mods)
        return max(j, i + 1)

    def _plural_end(self, atom: Atom) -> bool:
        return self.doc[atom.end - 1].tag_ in ("NNS", "NNPS")

    def _coordinated_modifiers(self, mods: list[Atom], j: int) -> list[Atom]:
        """The modifiers from atom ``j`` that a list joins to the last of ``mods`` before one
        head ("Iranian, Turkish and Russian foreign ministers"): [] unless the list ends in
        "and"/"or" right before a modifier of the head ("the West Bank, Israeli officials
        said" is none)."""
        atoms, n, chain = self.atoms, len(self.atoms), []
        prev = mods[-1] if mods else None
        while prev is not None and j < n and atoms[j].role == MOD and self._gap(prev, atoms[j]) in COORDINATION_GAPS:
            gap = self._gap(prev, atoms[j])
            chain.append(atoms[j])
            prev, j = atoms[j], j + 1
            if j < n and atoms[j].role in (TITLE, AGENT) and self._gap(prev, atoms[j]) == ():
                return chain if {"and", "or"} & set(gap) else []
        return []

    def _portfolio_title(self, mods: list[Atom], j: int) -> int | None:
        """The title ending a list of lower-case portfolio words after the modifiers
        ("India's commerce and industry minister", "the EU energy and climate commissioner"):
        its atom's index, taking in the policy-area agents the list holds ("industry"), or
        None. Bodies with chiefs of their own keep them ("Kenyan police and army chiefs")."""
        if not mods:
            return None
        atoms, doc, k = self.atoms, self.doc, j
        while k < len(atoms) and atoms[k].role == AGENT and atoms[k].end - atoms[k].start == 1 \
                and self._sector(atoms[k].entries[0]) in POLICY_AREA_SECTORS:
            k += 1
        if k == len(atoms) or atoms[k].role != TITLE:
            return None
        words = doc[mods[-1].end:atoms[k].end - 1]  # the title's own first words too ("trade minister")
        if words and words[0].lower_ in POSSESSIVE:
            words = words[1:]
        joined = [t for t in words if t.lower_ in PORTFOLIO_JOINERS]
        named = [t for t in words if t.lower_ not in PORTFOLIO_JOINERS]
        if not joined or len(named) < 2 or not words[-1].is_alpha or words[0].lower_ in PORTFOLIO_JOINERS:
            return None
        if any(not (t.is_lower and t.is_alpha and t.tag_.startswith("NN")) for t in named):
            return None
        return k

    def _origin(self, head: Atom, place: Atom) -> bool:
        """'Troops from Chad', 'officials from Kenya': a country the parser attaches to the
        noun (where they come from), not to a verb ("withdrew troops from Syria")."""
        prep = self.doc[place.start - 1]
        return place.kind == "country" and prep.lower_ == "from" and head.start <= prep.head.i < head.end

    def _of_conjuncts(self, head: Atom, first: Atom, j: int) -> int:
        """'The foreign ministers of France, Germany and Britain': each country after the
        first takes the head too."""
        atoms, prev = self.atoms, first
        while j < len(atoms) and atoms[j].kind in ("country", "demonyms") \
                and self._gap(prev, atoms[j]) in COORDINATION_GAPS | {("and", "the"), (",", "the"), (",", "and", "the")}:
            if j + 1 < len(atoms) and atoms[j + 1].role in (TITLE, AGENT) \
                    and self._gap(atoms[j], atoms[j + 1]) in {(), *POSSESSIVE_GAPS}:
                break  # "the ambassador of France and Germany's foreign minister"
            self._coordinated(atoms[j], head)
            prev, j = atoms[j], j + 1
        return j

    def _described_group(self, mods: list[Atom], heads: list[Atom], group: Atom) -> None:
        """"the Palestinian militant group Hamas", "the Iranian airline Mahan Air": the
        description and the name are one actor, which "the airline" and "Mahan" name later."""
        before = len(self.mentions)
        self._bare([Atom(mods[0].start, group.end, group.entries)])
        if len(self.mentions) == before:
            return
        actor = self.mentions[-1].actor
        for h in heads:
            self.by_head[h.entries[0].key] = self.by_head[h.entries[0].key.split()[-1]] = actor
        self.name_starts[self.mentions[-1].start] = self.doc[group.start].idx

    def _described(self, mods: list[Atom], heads: list[Atom], post: Atom | None, named: Atom) -> bool:
        """A name after a country's agent noun and perhaps a lower-case noun or two that
        describe it: "Ugandan opposition figure Kizza Besigye", "Palestinian militant group
        Hamas", "Israeli daily Haaretz"."""
        if not (mods and heads) or post is not None or heads[-1].role != AGENT:
            return False
        doc = self.doc
        gap = doc[heads[-1].end:named.start]
        last = doc[named.start - 1]  # a noun, or an adjective used as one: not "Israeli forces Hamas"
        return len(gap) <= 2 and all(t.is_lower and t.is_alpha and t.pos_ in ("NOUN", "ADJ") for t in gap) \
            and (last.tag_ == "NN" or (last.tag_ == "JJ" and last.is_lower))  # "Sudan's paramilitary RSF"

    # ------------------------------------------------------------------ readings

    def _emit(self, start: int, end: int, actor: Actor) -> None:
        if self.doc[start].lower_ == "the" and end - start > 1:
            start += 1
        span = self.doc[start:end]
        self.covered[start:end] = [True] * (end - start)
        self.mentions.append(Mention(span.text, span.start_char, span.end_char, actor))

    def _title_text(self, heads: list[Atom]) -> str | None:
        titles = [h for h in heads if h.role == TITLE]
        return self.doc[titles[0].start:titles[-1].end].text if titles else None

    def _person(self, mods: list[Atom], heads: list[Atom], atom: Atom) -> bool:
        owner = self._country_of(mods[0])[0] if mods else None
        person = self._choose_person(atom, titled=bool(heads), owner=owner)
        if person is None:
            return False
        if atom.kind == "surname" and self._title_contradicts(person, heads):
            # someone the data does not know, named by a title and a surname ("Judge Marrero")
            self._headed(mods, heads, None, stranger=self.doc[atom.start:atom.end])
            return True
        if atom.kind == "person":
            self.seen[person.id] = person.id
        start = (mods or heads or [atom])[0].start
        former = self._is_former(start, heads, mods)
        named = () if former else self._spells_named(person, heads)
        if named:
            self.titled[person.id] = named
        elif not heads:
            named = self.titled.get(person.id, [])
        actor = self.r.person_actor(person, self.when, self._title_text(heads), named)
        title_sector = title_key = None
        role = self._role_head(heads)
        if role is not None and not former and self._singular(role):  # a title, not "Israeli warplanes struck"
            mod = mods[0] if mods else None
            title_key = role.entries[0].key
            title_sector = self._head_sector(role.entries[0], mod, self._country_of(mod)[1] if mod else None,
                                             heads[:heads.index(role) + 1])
        if former and self.kb.spell(person, self.when) is None:
            actor = replace(actor, sector="ELI")  # "Catalonia's former leader Carles Puigdemont"
        elif self._foreign_default(mods, actor):
            pass  # "Congress president Rahul Gandhi": India's Congress, not the US one
        elif self._text_knows_more(person, title_sector, title_key, named):
            # "Opposition leader Raila Odinga", "Nigeria's finance minister Ngozi
            # Okonjo-Iweala" (2012): the text knows a role the data does not date
            group = self._group(mods[0]) if mods else None
            named_body = group is not None and group.organisation and mods[0].kind == "group"
            serves_body = named_body or group is not None and title_sector == "IGO" == group.sector_on(self.when)
            # a body's own post: "U.N. special envoy Martin Griffiths" is the UN's, not Britain's,
            # "Bank of Israel Governor Stanley Fischer" Israel's; not a word other countries'
            # groups share ("Maoist rebel leader Prachanda" is Nepal's), nor a party's
            country = self._country_of(mods[0])[0] if mods and (group is None or serves_body) else actor.country
            actor = replace(actor, country=country or actor.country, sector=title_sector,
                            role_title=self._title_text(heads))
        self._emit(start, atom.end, actor)
        return True

    def _role_head(self, heads: list[Atom]) -> Atom | None:
        """The title that names the role: the last, unless it is a military rank after a
        post ("Army chief General Prayuth": the post)."""
        posts = [h for h in heads if not self._rank(h)]
        return (posts or heads or [None])[-1]

    @staticmethod
    def _rank(head: Atom) -> bool:
        return head.role == TITLE and _is_rank(head.entries[0].key)

    def _foreign_default(self, mods: list[Atom], actor: Actor) -> bool:
        """A seat that is one country's only by default ("Congress", "the Senate") before a
        known person of another country is no evidence of their country or role."""
        en = mods[0].entries[0] if mods else None
        return en is not None and en.kind == "seat" and self.kb.seats[en.key].default_only \
            and actor.country is not None and self.kb.seats[en.key].country != actor.country

    def _singular(self, head: Atom) -> bool:
        """A title, or an agent noun in the singular used as one ("Deputy Prime Minister")."""
        return head.role == TITLE or self.doc[head.end - 1].tag_ in ("NN", "NNP")

    def _text_knows_more(self, person: Person, title_sector: str | None, title_key: str | None,
                         named: Sequence[Spell]) -> bool:
        """A title the text gives a person with no role on the date is trusted, unless it
        names an office the data says they held before ("President Obama" in 2020 is a
        former president, ELI; "Deputy Prime Minister Freeland" in 2022, whose dated roles
        the data has only in part, is in government)."""
        dead = person.died is not None and self.when is not None and person.died <= self.when
        rank = title_key is not None and _is_rank(title_key)  # "Colonel Gaddafi"
        spell = self.kb.spell(person, self.when)
        if title_sector == "MIL" and not (named or dead or rank) and spell is not None and spell.sector == "GOV":
            # a command the data does not date beside a government post: "Army chief General
            # Abdel Fattah al-Sisi" (2013, also defence minister) acts as the army's chief
            return True
        if title_sector is None or named or dead or rank or spell is not None \
                or any(title_key and title_key in norm(s.title or "") and s.sector == title_sector for s in person.spells
                       if s.end is not None and self.when is not None and s.end <= self.when):
            # held before: "President Giscard d'Estaing" in 2019 is a former one; a title of
            # another sector is not ("PiS leader Kaczynski" in 2019 leads a party, not the opposition)
            return False
        # a person the data gives no dated roles keeps its sector ("Hamas leader Meshaal" REB)
        return title_sector in TEXT_ROLE_SECTORS or bool(person.spells)

    def _speaks_for_body(self, mods: list[Atom], heads: list[Atom], mod: Atom | None, body: Atom) -> None:
        """"a spokesman for the Russian Foreign Ministry": someone unnamed with the title, of
        the body's country and sector (the Israeli army's spokesman is MIL). With no
        ``mod``, the body is an office that names its country ("the UN Secretary-General")."""
        if mod is None:
            office = self.kb.offices[body.entries[0].key]
            country, sector, entry = office.country, office.sector, f"country:{office.country}"
        else:
            country, sector_hint, entry = self._country_of(mod)
            sector = self._head_sector(body.entries[0], mod, sector_hint, [body])
        start = (mods or heads)[0].start
        if self._is_former(start, heads, mods):
            sector = "ELI"
        name = self._whole_person_name(body.end)
        if name is not None:  # "Spokesman for the UN Secretary-General Stephane Dujarric"
            actor = Actor(name.text, country, sector, None, self._title_text(heads), False, None)
            self.unknown[norm(name[-1].text)] = actor
            self._emit(start, name.end, actor)
            return
        actor = Actor(self.doc[start:body.end].text, country, sector, None, self._title_text(heads), False,
                      f"{entry}/{sector}" if sector else entry)
        self._emit(start, body.end, actor)

    def _whole_person_name(self, end: int) -> "Span | None":
        """The unknown name right after ``end`` when it is a whole PERSON of the parser's."""
        name = self._unknown_name(end)
        if name is None:
            return None
        ent = next((e for e in self.doc.ents if e.start == name.start and e.label_ == "PERSON"), None)
        return name if ent is not None and ent.end == name.end else None

    def _body_noun(self, atom: Atom) -> bool:
        """An agent noun ("administration", "officials") or a plural title ("aides")."""
        en = atom.entries[0]
        return atom.role == AGENT or (atom.role == TITLE and en.kind == "title"
                                      and norm(self.doc[atom.start:atom.end].text) != en.key)

    def _person_body(self, mods: list[Atom], heads: list[Atom], atom: Atom, agent: Atom) -> bool:
        """"the Trump administration", "Putin's regime", "Netanyahu officials": a person's
        name before a body noun it modifies names that body of the person's country
        (the noun's sector), not the person."""
        last, gap = self.doc[atom.end - 1], self._gap(atom, agent)
        if not self.doc.has_annotation("DEP"):  # unparsed text (actors resolve): adjacency alone
            if gap != ():
                return False
        elif gap not in ((), ("'s",), ("’s",)) or not agent.start <= last.head.i < agent.end \
                or last.dep_ not in ("compound", "poss", "nmod", "amod"):
            return False
        if heads:
            return False  # "former president Robert Mugabe's government": the titled person leads
        person = self._choose_person(atom, titled=False)
        sector = self._sector(agent.entries[0])
        if person is None or (gap and self.kb.spell(person, self.when) is None and sector not in TEXT_ROLE_SECTORS):
            return False  # "Ben Ali's presidency" after he left office is about him; not "Imran Khan's party"
        country = self.r.person_actor(person, self.when).country
        if country is None:
            return False
        start = (mods or [atom])[0].start
        actor = Actor(self.doc[start:agent.end].text, country, sector, None, None, True,
                      f"country:{country}/{sector}" if sector else f"country:{country}")
        self.by_head[agent.entries[0].key] = actor  # "The administration said" later on
        self._emit(start, agent.end, actor)
        return True

    def _title_contradicts(self, person: Person, heads: list[Atom]) -> bool:
        """'Judge Marrero' is not Cuba's prime minister Manuel Marrero: a title of a sector
        the surname's bearer never had names someone else."""
        sector = self._sector(heads[-1].entries[0]) if heads and heads[-1].role == TITLE else None
        if sector is None or sector == "ELI" or self._spells_named(person, heads):
            return False
        return sector != person.sector and all(s.sector != sector for s in person.spells)

    def _spells_named(self, person: Person, heads: list[Atom]) -> list[Spell]:
        """The person's spells in an office the titles name (as :meth:`_office` reads them)."""
        entries = [en for h in heads for en in h.entries if en.kind in ("office", "title")]
        return [s for s in person.spells if any(
            (office := self._office(en, s.country)) is not None and office.id == s.office for en in entries)]

    def _other_first_name(self, atom: Atom, ids: list[str]) -> bool:
        """A capitalised given name before the surname that none of its people bear."""
        if atom.start == 0 or self._headline_case(atom.start):
            return False
        before = self.doc[atom.start - 1]
        word = re.split(r"[.\-]", before.text)[-1]  # "Dr.Eleanor" -> "Eleanor"
        if not (word.isalpha() and word.istitle() and len(word) > 1 and before.ent_type_ == "PERSON"):
            return False
        key = norm(word)
        # given names that are also common words ("Mark Price", "Will Hunt") count
        if key in self.kb.titles or key in self.kb.names:
            return False
        given = {norm(n).split()[0] for i in ids for n in [self.kb.people[i].name, *self.kb.people[i].aliases]}
        return key not in given

    def _other_surname(self, atom: Atom, ids: list[str]) -> bool:
        """A capitalised name after the "surname" in one person's name: the word is that
        person's given name ("Volker Turk" is not Kurt Volker, "Philippe Lazzarini" not
        Edouard Philippe)."""
        if atom.end >= len(self.doc) or self._headline_case(atom.start):
            return False
        after = self.doc[atom.end]
        if self._name_particle(atom.end):
            return True  # "Abdel Aziz al-Rantissi" is not Mohamed Ould Abdel Aziz
        # the small model may tag the name an organisation ("Volker Perthes"); a place
        # named after someone is no person ("the Khamis Mushait military base")
        if not (after.text.isalpha() and after.text.istitle() and after.ent_type_ in ("PERSON", "ORG", "FAC", "LOC")
                and after.ent_iob_ == "I"):
            return False
        key = norm(after.text)
        if key in self.kb.titles or key in self.kb.common_words or key in self.kb.agents:
            return False  # "Biden Administration", "Trump Tower" aside
        names = {w for i in ids for n in [self.kb.people[i].name, *self.kb.people[i].aliases] for w in norm(n).split()}
        return key not in names

    def _headline_case(self, i: int) -> bool:
        """Is token i in a Title Case line ("Zelensky Meets Trump At White House")? Its
        capitals say nothing of where a name begins or ends."""
        tok = self.doc[i]
        line = tok.sent if self.doc.has_annotation("SENT_START") else self.doc[:]
        words = [t for t in line if t.is_alpha and len(t) > 3]  # not "of", "in", "the" (small words may stay lower)
        return len(words) >= 3 and all(t.is_title or t.is_upper for t in words)

    def _name_particle(self, i: int) -> bool:
        """'al-Rantissi', 'bin Laden', 'Ould Abdel Aziz': a name's particle and the name it joins."""
        doc = self.doc
        if i >= len(doc) or doc[i].lower_ not in NAME_PARTICLES:
            return False
        k = i + 1 + (i + 1 < len(doc) and doc[i + 1].text == "-")
        return k < len(doc) and doc[k].is_title and doc[k].is_alpha

    def _choose_person(self, atom: Atom, titled: bool, owner: str | None = None) -> Person | None:
        """Among people sharing a name: one named in full earlier, else one in office
        on the date (of the ``owner`` country that names them, if one does: "Saudi King
        Abdullah"), else the first listed. Surnames that are common words need context."""
        ids = [en.key for en in atom.entries if en.kind in ("person", "surname")]
        if atom.kind == "surname":
            text = self.doc[atom.start:atom.end]
            surname = norm(text.text)
            named_here = self._seen_by_word(text)
            if named_here is not None and named_here.id not in ids:
                return named_here  # "Anders Fogh Rasmussen ... Rasmussen added": not Lars Løkke Rasmussen
            if surname in self.unknown and not any(i in self.seen for i in ids):
                return None  # "Judge Marrero ... Marrero rejected": the stranger again
            if surname in self.namesakes or self._other_first_name(atom, ids):
                # "Dr. Eleanor Vance" is not JD Vance, nor is her "Dr. Vance" later on.
                self.namesakes.add(surname)
                return None
            if self._other_surname(atom, ids) and not any(i in self.seen for i in ids):
                return None  # "Volker Turk"; but "Lavrov Questions EU's Role" after "Sergey Lavrov"
            guarded = norm(text.text) in self.kb.common_words or len(text.text) < 4
            # "Price", "May", "Xi": only after a title or once named in full.
            # A capitalised name that the parser reads as a person ("..., Bush was
            # scheduled") is the namesake who held office on the date; a short one
            # ("Modi and Xi met", "Xi warned") only when a single namesake did.
            holders = [i for i in ids if self.kb.spell(self.kb.people[i], self.when)] if self.when else []
            short = len(text.text) < 4
            if short and self.kb.family_names[surname] > 2:
                # a family name many of the data's people open their names with ("Kim"): only
                # the holder of a country the text names ("he met Kim" in North Korea)
                named = self._named_countries()
                holders = [i for i in holders if self.kb.spell(self.kb.people[i], self.when).country in named]
            in_office = text[0].ent_type_ == "PERSON" and text.text[0].isupper() and bool(holders) \
                and (len(holders) == 1 if short else not text[0].is_sent_start or _speaker(text))
            if guarded and not (titled or in_office or any(i in self.seen for i in ids)):
                return None
            if guarded and in_office and not titled and not any(i in self.seen for i in ids):
                ids = [i for i in ids if self.kb.spell(self.kb.people[i], self.when)]
        people = [self.kb.people[i] for i in ids]
        seen = [p for p in people if p.id in self.seen]
        if seen:
            return seen[0]
        serving = [(p, s) for p in people if (s := self.kb.spell(p, self.when)) is not None]
        if serving:
            return self._likelier_namesake(serving, owner)
        return people[0] if people else None

    def _named_countries(self) -> set[str]:
        return {a.entries[0].key for a in self.atoms if a.kind in ("country", "demonym", "capital")}

    def _likelier_namesake(self, serving: list[tuple[Person, Spell]], owner: str | None = None) -> Person:
        """Of namesakes in office, neither named in full here ("Jaafari said" in 2016: Iraq's
        foreign minister or Syria's UN envoy): first the one of the country before the name,
        then of a country the text names, then one in government rather than an envoy,
        then the first listed."""
        named = self._named_countries()
        return min(serving, key=lambda ps: (ps[1].country != owner, ps[1].country not in named,
                                            ps[1].sector != "GOV"))[0]

    def _country_of(self, atom: Atom) -> tuple[str | None, str | None, str]:
        """(code, sector hint, entry id) a modifier stands for."""
        en = atom.entries[0]
        if en.kind == "seat":
            seat = self.kb.seats[en.key]
            return seat.country, seat.sector, f"country:{seat.country}"
        if en.kind in ("group", "group_demonym"):
            group = self.kb.groups[en.key]
            return group.code, group.sector_on(self.when), f"group:{group.id}"
        if en.kind == "capital":
            return en.key, "GOV", f"country:{en.key}"
        return en.key, None, f"country:{en.key}"

    def _group(self, atom: Atom | None):
        en = atom.entries[0] if atom else None
        return self.kb.groups[en.key] if en and en.kind in ("group", "group_demonym") else None

    def _head_sector(self, en: Entry, mod: Atom | None, sector_hint: str | None,
                     heads: Sequence[Atom] = ()) -> str | None:
        """The sector of '<modifier> <head>': the head's, except that a non-state
        organisation keeps its own ("Taliban fighters" REB), an IGO's officials are IGO,
        and a generic head takes the sector of a specific noun before it
        ("intelligence agency" SPY, "military officials" MIL)."""
        sector = self._sector(en)
        if sector in ("MIL", "UAF") and any(self._sector(h.entries[0]) == "REB" for h in heads[:-1]):
            return "REB"  # "Armenian separatist forces", "separatist fighters": not the state's
        if en.key in CHAIR_TITLES and mod is not None and _legislature(self.kb, mod):
            return "LEG"  # "Congress President Manuel Merino", "Duma chairman Volodin"
        if en.key in WEAK_HEADS:
            for h in reversed(heads[:-1]):
                if h.entries[0].key not in WEAK_HEADS and self._sector(h.entries[0]):
                    sector = self._sector(h.entries[0])
                    break
        if en.key in WEAK_HEADS and sector_hint and mod is not None and mod.entries[0].kind == "seat":
            return sector_hint  # "Pentagon spokesman" MIL, "Kremlin spokesman" GOV: the seat's people
        group = self._group(mod)
        if group is not None and sector_hint == "IGO" and heads and self._members(heads[-1]):
            return "GOV"  # "EU leaders", "G7 finance ministers", "NATO allies": the members' governments
        if group is not None and group.organisation and sector_hint in PARTY_SECTORS and self._party_office(en, sector):
            return sector  # "BJP lawmakers" LEG, "Likud ministers" GOV: the party's members in office
        if group is not None and sector_hint is not None:
            if (group.organisation and sector_hint in OWN_SECTORS) or sector is None:
                return sector_hint
            if sector_hint == "IGO" and sector in ("GOV", "DIP", None):  # "UN special envoy" too
                return "IGO"
        if sector == "MIL" and mod is not None and norm(self.doc[mod.start:mod.end].text) in self.kb.peoples:
            return "REB"  # "Tigrayan forces": a people's fighters, not the state's
        return sector or sector_hint

    def _members(self, head: Atom) -> bool:
        """Does a bloc's head noun name its members' governments ("leaders", "foreign
        ministers", "allies"), not its own officials ("officials", "envoy")?"""
        return norm(self.doc[head.start:head.end].text).split()[-1] in MEMBER_HEADS

    @staticmethod
    def _party_office(en: Entry, sector: str | None) -> bool:
        """Legislators, ministers, governments: offices a party's members hold in the state
        (not its own officials: "BJP spokesman", "ANC president")."""
        return sector == "LEG" or (sector == "GOV" and en.key.split()[-1] in PARTY_OFFICE_HEADS)

    def _is_former(self, start: int, heads: list[Atom], mods: list[Atom]) -> bool:
        """'former president', 'Catalonia's former leader', 'ex-minister'."""
        doc = self.doc
        k = start - 1
        if k >= 0 and doc[k].text == "-" and k - 1 >= 0 and doc[k - 1].lower_ == "ex":
            return True
        if k >= 0 and doc[k].lower_ in FORMER:
            return True
        chain = [*mods, *heads]
        return any(t.lower_ in FORMER for x, y in zip(chain, chain[1:]) for t in doc[x.end:y.start])

    def _headed(self, mods: list[Atom], heads: list[Atom], post: Atom | None, backers: Sequence[Atom] = (),
                stranger: "Span | None" = None) -> None:
        """Titles/agents with their country: an office holder, an unknown titled person,
        or a collective actor ("Russian forces"). Backers ("Iranian-backed") open the
        mention's text but give it no country. ``stranger``: the unknown person's name
        when the data's namesake is ruled out (see :meth:`_title_contradicts`)."""
        doc, last = self.doc, heads[-1]
        country = sector_hint = entry = None
        mod = None
        if mods:
            mod = mods[0]
            org = next((m for m in reversed(mods) if self._group(m) and self._group(m).organisation), None)
            if org is not None and org is not mod:  # "Somalia's al Shabaab fighters", "Pakistani Taliban"
                country, _, entry = self._country_of(mod)
                _, sector_hint, _ = self._country_of(org)
                mod = org
        elif post and self._gap(last, post)[0] in ("of", "in", "at", "from"):
            mod = post
        if mod is not None and country is None:
            country, sector_hint, entry = self._country_of(mod)
        if mods and self._hyphen_link(mods[-1]) in LEADING | BASED:
            sector_hint = None  # "the BJP-led government", "Gaza's Hamas-run ministry": not the party's
        # "officials in Kyiv", "militias in Iraq": the place lends its country but stays a
        # place (where.py reads it as where the event is); "ambassador to the UN" is one name
        end = post.end if post and self._gap(last, post)[:1] not in (("in",), ("at",)) else last.end
        start = (backers or mods or heads)[0].start
        start += doc[start].lower_ == "the" and start + 1 < end  # the atom "The UN" holds its article
        start -= 2 * (bool(backers) and self._attitude(backers[0]))  # open on "pro-"
        en = last.entries[0]
        plural = norm(doc[last.start:last.end].text) != en.key and en.kind == "title"
        # "the top U.S. diplomat": "top" + title when the data knows "top <title>".
        # Not "the top American diplomat in Venezuela" (the head of a mission).
        if start > 0 and doc[start - 1].lower_ == "top" and en.kind == "title" and f"top {en.key}" in self.kb.titles \
                and not (end < len(doc) and doc[end].lower_ in ("in", "at")) \
                and not (start > 1 and doc[start - 2].lower_ in ("a", "an", "one")):  # "a top US diplomat": one of many
            en, start = Entry("title", f"top {en.key}"), start - 1
        former = self._is_former(start, heads, mods)
        if last.role == TITLE:
            name = stranger if stranger is not None else self._unknown_name(end)
            if self._title_in_organisation_name(last, name.end if name is not None else end):
                return  # "United States General Services Administration": no general
            title_text = doc[last.start:last.end].text
            seen = self._seen_by_word(name) if name is not None and stranger is None else None
            if seen is not None:  # "Crown Prince Mohammed bin Salman ... Prince Mohammed"
                self._emit(start, name.end, self.r.person_actor(seen, self.when, named=self.titled.get(seen.id, ())))
                return
            if name is not None:
                office = self._office(en, country)
                if office:  # e.g. "Secretary of State Whitlock": take the office's country
                    country = country or office.country
                name_end = name.end
                if country is None:  # "President Michel Suleiman of Lebanon"
                    country, name_end = self._of_country(name.end, country, name_end)
                sector = "ELI" if former else (self._head_sector(en, mod, sector_hint, heads) or sector_hint)
                if country or sector:
                    actor = Actor(name.text, country, sector, None, self._title_text(heads), False, None)
                    self.unknown[norm(name[-1].text)] = actor
                    self._emit(start, name_end, actor)
                return
            body = self._group(mod)  # "Hamas leader", "the leader of the Labour Party": not the country's
            own = body is not None and body.organisation
            own = own or (mod is not None and mod.kind == "place")  # "Ontario's premier": the province's
            office = None if (plural or former or own) else self._office(en, country)
            counterpart = None if (office or plural or former or own) else self._counterpart(en, country, start)
            if office or counterpart:
                actor = self.r.office_actor(office or counterpart, self.when, None if counterpart else self._title_text(heads))
                holder = self.kb.holder((office or counterpart).id, self.when) if actor.resolved else None
                if holder is not None:  # "Britain's prime minister ... May promised": named as if in full
                    self.seen[holder.id] = holder.id
                self._apposed_person(start, actor)
                self._emit(start, end, actor)
                return
            if country:
                sector = "ELI" if former else self._head_sector(en, mod, sector_hint, heads)
                actor = Actor(doc[start:end].text, country, sector, None, None if plural else title_text, plural,
                              f"{entry}/{sector}" if sector else entry)
                if not plural:
                    self._apposed_person(start, actor)
                    if own and body is not None and body.sector in PARTY_SECTORS and self._after_named(start):
                        return  # "McConnell, the Republican leader,": him again
                self._emit(start, end, actor)
                return
            sector = "ELI" if former else self._head_sector(en, mod, sector_hint, heads)
            if sector and not plural:  # "Yair Lapid, the opposition leader,"
                self._apposed_person(start, Actor(doc[start:end].text, None, sector, None, title_text, False, None))
            self._anaphor(start, heads, end)
            return
        if country:  # agent noun
            # "Pakistan's former military ruler": one former holder (not "former rebels")
            sector = "ELI" if former and self._singular(last) else self._head_sector(en, mod, sector_hint, heads)
            name = self._unknown_name(end) if doc[last.end - 1].tag_ in ("NN", "NNP") else None
            if name is not None and doc[end].text != "," and (name[0].ent_type_ in ("PERSON", "ORG") or (
                    # a singular agent used as a title: "central bank governor Kamau Thugge"
                    len(name) > 1 and self._singular(last) and all(t.ent_type_ in ("", "PERSON", "FAC") for t in name))):
                # "UNRWA chief Philippe Lazzarini": one person of the body, not in the data;
                # "Iranian lawyer Nasrin Sotoudeh" (the parser's ORG), "Israeli daily Haaretz"
                actor = Actor(name.text, country, "ELI" if former else sector, None, doc[last.start:last.end].text, False, None)
                self.unknown[norm(name[-1].text)] = actor
                self._emit(start, name.end, actor)
                return
            actor = Actor(doc[start:end].text, country, sector, None, None, True,
                          f"{entry}/{sector}" if sector else entry)
            if self._singular(last):  # "Wu Dawei, China's vice foreign minister,"
                self._apposed_person(start, replace(actor, role_title=doc[last.start:last.end].text))
            for h in heads:  # "the Russian Foreign Ministry" ... "The Ministry"
                self.by_head[h.entries[0].key] = self.by_head[h.entries[0].key.split()[-1]] = actor
            self._emit(start, end, actor)
        elif not self._titled_stranger(start, last, end, mod, sector_hint, heads, former):
            self._anaphor(start, heads, end)

    def _titled_stranger(self, start: int, last: Atom, end: int, mod: Atom | None, sector_hint: str | None,
                         heads: list[Atom], former: bool) -> bool:
        """A capitalised singular agent noun used as a title before a person the data does
        not know ("Interim President Manuel Merino"): that person, of the noun's sector."""
        doc = self.doc
        name = self._whole_person_name(end) if doc[last.start].is_title and self._singular(last) else None
        sector = "ELI" if former else self._head_sector(last.entries[0], mod, sector_hint, heads)
        if name is None or sector is None or doc[end].text == ",":
            return False
        actor = Actor(name.text, None, sector, None, doc[last.start:last.end].text, False, None)
        self.unknown[norm(name[-1].text)] = actor
        self._emit(start, name.end, actor)
        return True

    def _anaphor(self, start: int, heads: list[Atom], end: int) -> bool:
        """'The Ministry also said': a bare collective head refers to the last actor it
        headed in the document ('the Russian Foreign Ministry'); a possessed one to its
        possessor ("its army"); a bare title to the one person named with it before."""
        doc = self.doc
        first = doc[heads[0].start]
        possessed = self._possessed(start, heads, end)
        if possessed is not None:
            self._emit(start - 1, end, possessed)  # "its army", with its determiner
            return True
        if not (first.is_title or (start > 0 and doc[start - 1].lower_ == "the")):
            return False
        for h in reversed(heads):
            actor = self.by_head.get(h.entries[0].key) or self.by_head.get(h.entries[0].key.split()[-1])
            if actor is not None:
                self._emit(start, end, actor)
                return True
        actor = self._titled_antecedent(start, heads[-1]) or self._armed_antecedent(start, heads[-1])
        if actor is not None:
            self._emit(start, end, actor)
            return True
        return False

    def _armed_antecedent(self, start: int, head: Atom) -> Actor | None:
        """'Houthi fighters seized a ship. The rebels said ...': a bare noun for rebels or
        militants after "the" is the one armed group named in its sentence or the one before."""
        doc = self.doc
        after_the = doc[start].lower_ == "the" or (start > 0 and doc[start - 1].lower_ == "the")
        if not after_the or self.kb.agents.get(head.entries[0].key) != "REB":
            return None
        return self._one_antecedent(doc[start], lambda actor: actor.sector == "REB")

    def _one_antecedent(self, tok: "Token", fits, sentences_before: int = 1, by_country: bool = False) -> Actor | None:
        """The one actor (by country and sector, or by country alone) that ``fits``, named
        before token ``tok`` in its sentence or the ``sentences_before`` before; None if none
        or several."""
        before = tok.idx
        sent = tok.sent
        for _ in range(sentences_before):
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
        since = sent.start_char
        found = {(m.actor.country, None if by_country else m.actor.sector): m.actor for m in self.mentions
                 if since <= m.start and m.end <= before and m.actor.country and fits(m.actor)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _the_group(self) -> None:
        """'Hamas fighters fired rockets. The group said ...': "the group" ("the
        movement", "the organisation") is the one organisation, armed group or bloc named in
        its sentence or the one before, "the bloc" ("the alliance") the one bloc; another
        noun of an organisation's name is that organisation ("The International Monetary
        Fund approved ... The fund said")."""
        doc = self.doc
        for tok in doc:
            if tok.tag_ not in ("NN", "NNP") or not tok.is_lower or tok.i == 0 or doc[tok.i - 1].lower_ != "the" \
                    or self.covered[tok.i] or (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of"):
                continue  # not "the Group of Seven", "the group of protesters"
            if tok.lower_ in GROUP_NOUNS:
                actor = self._one_antecedent(doc[tok.i - 1], lambda a: self._organised(a) or self._bloc(a))
                actor = self._bloc_itself(actor) if actor is not None and self._bloc(actor) else actor
            elif tok.lower_ in BLOC_NOUNS:  # "Britons voted to leave the European Union. ... the bloc"
                # or whoever serves it: "European Commission President Jean-Claude Juncker said the bloc"
                actor = self._one_antecedent(doc[tok.i - 1], lambda a: self._bloc(a) or self._bloc_by_code(a) is not None,
                                             sentences_before=2, by_country=True)
                actor = self._bloc_itself(actor) if actor is not None else None  # not "NATO leaders"
            else:
                actor = self._one_antecedent(doc[tok.i - 1], lambda a, w=tok.lower_: self._name_has(a, w))
            if actor is not None:
                self._emit(tok.i - 1, tok.i + 1, actor)

    def _name_has(self, actor: Actor, word: str) -> bool:
        """Is ``word`` a noun of the name of the body the actor is ("fund" of the
        International Monetary Fund)?"""
        key = (actor.entry_id or "").partition(":")[2].partition("/")[0]
        if not (actor.entry_id or "").startswith("group:") or key not in self.kb.groups or word in NAME_WORDS_NOT_NOUNS:
            return False
        if key not in self.name_nouns:
            group = self.kb.groups[key]
            self.name_nouns[key] = {w for name in (group.name, *group.aliases) for w in norm(name).split()}
        return word in self.name_nouns[key]

    def _bloc(self, actor: Actor) -> bool:
        """A bloc of states, or its people ("the European Union", "BRICS", "NATO leaders")."""
        kind, _, key = (actor.entry_id or "").partition(":")
        group = self.kb.groups.get(key.partition("/")[0]) if kind == "group" else None
        return group is not None and bool(group.members) and not group.organisation

    def _bloc_by_code(self, actor: Actor):
        """The bloc whose code an actor's country is (an EU commissioner's EU), or None."""
        return next((g for g in self.kb.groups.values() if g.code == actor.country and g.members and not g.organisation),
                    None) if actor.country else None

    def _bloc_itself(self, actor: Actor) -> Actor:
        """The bloc an actor is or belongs to, as a body ("NATO leaders" -> NATO; the EU of
        an EU official)."""
        kind, _, key = (actor.entry_id or "").partition(":")
        group = self.kb.groups.get(key.partition("/")[0]) if kind == "group" else None
        if group is None or not group.members:
            group = self._bloc_by_code(actor)
        return Actor(group.name, group.code, group.sector_on(self.when), None, None, True, f"group:{group.id}")

    def _organised(self, actor: Actor) -> bool:
        """An organisation's actor (named, or its people: "Hamas fighters"), or armed rebels."""
        key = (actor.entry_id or "").partition(":")[2].partition("/")[0]
        return actor.sector == "REB" or ((actor.entry_id or "").startswith("group:")
                                         and key in self.kb.groups and self.kb.groups[key].organisation)

    def _possessed(self, start: int, heads: list[Atom], end: int) -> Actor | None:
        """'Israel said its army ...', 'Chavez shut his embassy': a body or people a
        possessive determiner gives to the nearest actor named before it in the sentence
        (a person for "his"/"her"), of that actor's country; its sector is the noun's, else
        the possessor's ("his deputy")."""
        doc = self.doc
        if start == 0 or doc[start - 1].lower_ not in POSSESSIVE_DETERMINERS \
                or doc[heads[-1].end - 1].lower_ in RELATIONAL_NOUNS:
            return None  # "his counterpart" is the other side
        det = doc[start - 1]
        personal = det.lower_ in ("his", "her")
        # the sentence's actors; a determiner opening its sentence may look back one more
        since = det.sent.start_char
        if det.is_sent_start and det.i > 0:
            since = doc[det.i - 1].sent.start_char
        for m in sorted(self.mentions, key=lambda m: m.start, reverse=True):
            if m.end > det.idx or m.start < since or not m.actor.country:
                continue
            if personal != (m.actor.entry_id or "").startswith("person:") and (personal or m.actor.resolved):
                continue
            last = heads[-1]
            sector = self._head_sector(last.entries[0], None, None, heads)
            if (sector is None and last.role == TITLE) or doc[last.end - 1].lower_ in AGENTS_OF_A_PERSON:
                sector = m.actor.sector  # "his deputy", "his representative"; "his country" is the country itself
            elif m.actor.sector is not None and m.actor.sector not in STATE_SECTORS \
                    and (doc[last.end - 1].lower_ in PEOPLE_OF_A_BODY or last.role == TITLE):
                sector = m.actor.sector  # "M23 rebels ... Its fighters" REB, "the WHO ... Its director-general" IGO
            # as for "Russian forces": a body or a group is resolved; one holder of a title is not
            resolved = last.role != TITLE or norm(doc[last.start:last.end].text) != last.entries[0].key
            return Actor(doc[start - 1:end].text, m.actor.country, sector, None, None, resolved,
                         f"country:{m.actor.country}/{sector}" if sector else f"country:{m.actor.country}")
        return None

    def _titled_antecedent(self, start: int, head: Atom) -> Actor | None:
        """'Israeli Defence Minister Shaul Mofaz ... The minister said': a singular title
        after "the" is the one person named before it whose mention or role on the date
        holds that title's word ("Angela Merkel ... The chancellor"), or, for a cleric or a
        general, whose sector is the title's; a singular agent noun of a body ("the
        company") is the one body of its sector named before it ("Gazprom")."""
        doc, en = self.doc, head.entries[0]
        k = start - 1 - (start > 0 and doc[start - 1].lower_ in FORMER)  # "the former president"
        one = doc[head.end - 1].tag_ in ("NN", "NNP") and norm(doc[head.start:head.end].text) == en.key
        if not one or not (doc[start].lower_ == "the" or k >= 0 and doc[k].lower_ == "the"):
            return None  # not "the foreign ministers"
        word = en.key.split()[-1]
        sector = self.kb.titles[en.key].sector if en.key in self.kb.titles else self.kb.agents.get(en.key)
        before = doc[start].idx
        if head.role == AGENT and sector in BODY_SECTORS:
            found = {m.actor.name: m.actor for m in self.mentions
                     if m.end <= before and (m.actor.entry_id or "").startswith("group:")
                     and m.actor.sector == sector and self._group_named(m)}
        else:
            if doc[head.end - 1].head.lower_ in COMPANY_PREPOSITIONS:  # "Xi arrived for talks with the president"
                before = doc[start].sent.start_char  # not the one met: someone of another sentence
            found = {m.actor.name: m.actor for m in self.mentions
                     if m.end <= before and self._someone(m.actor)
                     and (word in norm(f"{m.text} {m.actor.role_title or ''}").split()
                          or (sector in ANAPHORIC_SECTORS and m.actor.sector == sector))}
        return next(iter(found.values())) if len(found) == 1 else None

    @staticmethod
    def _someone(actor: Actor) -> bool:
        """A person: known, an office's holder, or a titled stranger ("George Mitchell, the US special envoy")."""
        kind = (actor.entry_id or "").partition(":")[0]
        return kind == "person" or kind == "office" and actor.resolved \
            or actor.entry_id is None and actor.name is not None and actor.role_title is not None

    def _group_named(self, mention: Mention) -> bool:
        """A mention that names a body itself ("Gazprom"), not its people ("Gazprom executives")."""
        key = (mention.actor.entry_id or "").partition(":")[2]
        return "/" not in key

    def _of_country(self, i: int, country: str | None, end: int) -> tuple[str | None, int]:
        """'<name> of Nigeria' after a title and an unknown name: the country; a US
        party-and-state label ("Rep. Jane Doe (D-N.Y.)", "Sen. X, R-Texas,"): the USA."""
        doc = self.doc
        if i < len(doc) and US_PARTY_LABEL.match(doc.text, doc[i].idx):
            return "USA", end
        if i < len(doc) and doc[i].lower_ == "of":
            k = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
            atom = self.atom_at.get(k)
            if atom is not None and atom.kind in ("country", "group"):
                code, _, _ = self._country_of(atom)
                self.covered[atom.start:atom.end] = [True] * (atom.end - atom.start)
                return code, atom.end
        return country, end

    def _apposed_person(self, start: int, actor: Actor) -> None:
        """'Patrice Talon, the president of Benin': an unknown person before an apposed
        title takes its country and sector."""
        doc, k = self.doc, start - 1
        if k >= 0 and doc[k].lower_ in ("former", "late", "then"):  # "Nasheed, the former Maldivian president"
            k -= 1
        if k >= 0 and doc[k].lower_ in ("the", "a", "an"):
            k -= 1
        if k < 1 or doc[k].text != ",":
            return
        if self.covered[k - 1]:
            self._apposed_role(doc[k - 1].idx + len(doc[k - 1]), actor)
            return
        ent = next((e for e in doc.ents if e.end == k and e.label_ == "PERSON"), None) or self._name_before(k)
        if ent is None or any(self.covered[ent.start:ent.end]) or len(ent) < 2:
            return
        person = Actor(ent.text, actor.country, actor.sector, None, actor.role_title, False, None)
        self.unknown[norm(ent[-1].text)] = person
        self._emit(ent.start, ent.end, person)

    def _after_named(self, start: int) -> bool:
        """Does the chunk at ``start`` stand in apposition to a name already read (", the ...")?"""
        doc, k = self.doc, start - 1
        k -= k >= 0 and doc[k].lower_ in ("the", "a", "an")
        return k >= 1 and doc[k].text == "," and self.covered[k - 1]

    def _name_before(self, k: int) -> "Span | None":
        """Two to four capitalised words opening the sentence before a comma, which the
        parser did not call a person ("Pere Aragonès, the president of Catalonia,")."""
        doc, i = self.doc, k
        # before a person's title the small model's ORG is a name too ("Volker Perthes, the UN
        # envoy"), a first name may be another's surname (Kurt Volker's), and a particle may
        # stand inside ("Staffan de Mistura")
        def part(tok, last: bool) -> bool:
            return self._namelike(tok, ("ORG",), known=not last) or (tok.lower_ in NAME_PARTICLES and not last)

        while i > 0 and k - i < 5 and part(doc[i - 1], i == k):
            i -= 1
        return doc[i:k] if k - i >= 2 and doc[i].is_sent_start and doc[i].lower_ not in NAME_PARTICLES else None

    def _apposed_role(self, end_char: int, actor: Actor) -> None:
        """'Yair Lapid, the opposition leader,': a known person the data gives no role on
        the date takes the apposed title's, as a title before the name would give it."""
        mention = next((m for m in reversed(self.mentions) if m.end == end_char), None)
        if mention is not None and not mention.actor.resolved and mention.actor.country is None:
            # "General Juan Jose Zuniga, Bolivia's army commander,": a stranger takes its country
            stranger = replace(mention.actor, country=actor.country, sector=mention.actor.sector or actor.sector)
            self.mentions[self.mentions.index(mention)] = replace(mention, actor=stranger)
            self._stranger_placed(mention.actor, stranger)
            return
        kind, _, key = (mention.actor.entry_id or "").partition(":") if mention else ("", "", "")
        if kind != "person" or key not in self.kb.people or actor.name == mention.actor.name:
            return
        person = self.kb.people[key]
        former = actor.sector == "ELI" and self.kb.spell(person, self.when) is None  # "..., the former president,"
        if former or self._text_knows_more(person, actor.sector, norm(actor.role_title or "") or None, ()):
            self.mentions[self.mentions.index(mention)] = replace(
                mention, actor=replace(mention.actor, country=actor.country or mention.actor.country,
                                       sector=actor.sector, role_title=actor.role_title))

    def _coordinated(self, mod: Atom, head: Atom) -> None:
        """The first of "Japanese and Chinese diplomats": its country with the shared head's sector."""
        country, sector_hint, entry = self._country_of(mod)
        if country is None:
            return
        sector = self._head_sector(head.entries[0], mod, sector_hint, [head])  # "NATO and EU leaders": the members' GOV
        name = f"{self.doc[mod.start:mod.end].text} {self.doc[head.start:head.end].text}"
        self._emit(mod.start, mod.end, Actor(name, country, sector, None, None, True,
                                             f"{entry}/{sector}" if sector else entry))

    def _sector(self, en: Entry) -> str | None:
        if en.kind == "office":
            return self.kb.offices[en.key].sector
        title = self.kb.titles.get(en.key)
        return title.sector if title else self.kb.agents.get(en.key)

    def _counterpart(self, en: Entry, country: str | None, start: int) -> Office | None:
        """'the Saudi foreign minister met his Iranian counterpart': the office of that
        country that the sentence's last titled person holds at home."""
        if en.key != "counterpart" or country is None:
            return None
        doc = self.doc
        since = doc[start].sent.start_char if doc.has_annotation("SENT_START") else 0
        before = [m for m in self.mentions if since <= m.start and m.end <= doc[start].idx]
        for mention in sorted(before, key=lambda m: m.start, reverse=True):
            title = self.kb.titles.get(norm(mention.actor.role_title or ""))
            if title is not None and title.kind:
                return self.kb.office_for(country, title.kind)
        return None

    def _office(self, en: Entry, country: str | None) -> Office | None:
        """The office a title names: by its own name, or by (country, kind)."""
        if en.kind == "office":
            office = self.kb.offices[en.key]
            if country is None or country == office.country:
                return office
            title = self.kb.titles.get(norm(office.title))
            return self.kb.office_for(country, title.kind) if title and title.kind else None
        title = self.kb.titles.get(en.key)
        if title and title.kind and country:
            return self.kb.office_for(country, title.kind)
        return None

    def _unknown_name(self, end: int) -> "Span | None":
        """Capitalised words right after a title ("envoy Whitlock"): an unknown person."""
        doc, i = self.doc, end
        if i < len(doc) and doc[i].text == ",":
            i += 1
        if i < len(doc) and doc[i].ent_iob_ == "B" and doc[i].ent_type_ in ("PERSON", "ORG"):
            # a full name no entry has, whatever its words name alone ("UN chief Volker
            # Turk" is neither Kurt Volker nor a Turk)
            k = i + 1
            while k < len(doc) and doc[k].ent_iob_ == "I" and k - i < 6:
                k += 1
            if k - i > 1 and all(_name_word(t) and t.text[0].isupper() or self._joining_hyphen(t) for t in doc[i:k]) \
                    and norm(doc[i:k].text) not in self.kb.names:
                return doc[i:k]
        j, words = i, 0
        while j < len(doc) and words < 3 and self._namelike(doc[j]):
            j, words = j + 1, words + 1
            if j + 1 < len(doc) and self._joining_hyphen(doc[j]) and self._namelike(doc[j + 1]):
                j += 2  # "Jens-Frederik Nielsen": one given name
        while j > i and self._name_particle(j):  # "Abdel Aziz al-Rantissi"
            j += 2 + (doc[j + 1].text == "-")
        return doc[i:j] if j > i else None

    def _joining_hyphen(self, tok) -> bool:
        """A hyphen inside a word ("Jens-Frederik"), not a dash between words."""
        return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not self.doc[tok.i - 1].whitespace_

    def _namelike(self, tok, labels: tuple[str, ...] = (), known: bool = False) -> bool:
        """A word that may be part of an unknown person's name (``known``: even one the data
        knows as a name, for a first name; ``labels``: other NER labels allowed)."""
        if not (_name_word(tok) and (tok.is_title or tok.is_upper or _apostrophe_name(tok)) and len(tok) > 1):
            return False
        if norm(tok.text) in self.kb.common_words or (norm(tok.text) in self.kb.names and not known):
            return False
        # FAC: the small model reads some names as buildings ("governor Kamau Thugge")
        return tok.ent_type_ in ("", "PERSON", "FAC", *labels) and tok.pos_ not in ("VERB", "AUX", "ADP", "DET")

    def _bare(self, mods: list[Atom]) -> None:
        """Countries, capitals, seats, groups standing alone. A country's own
        organisation is one mention: "Lebanon's Hezbollah", "Sudan's Rapid Support Forces"
        (a party is that country's, whoever else bears its name)."""
        doc = self.doc
        owner: Atom | None = None
        for k, atom in enumerate(mods):
            kind = atom.kind
            if kind == "country" and k + 1 < len(mods) and (
                    self._gap(atom, mods[k + 1]) in POSSESSIVE_GAPS
                    and (self._group(mods[k + 1]) and self._group(mods[k + 1]).organisation
                         or self._own_seat(atom, mods[k + 1]))
                    or self._described_body(atom, mods[k + 1])):
                owner = atom  # "Iran's Majlis", "Poland's Sejm": one mention, the body's
                continue
            if kind == "capital" and k + 1 < len(mods) and self._gap(atom, mods[k + 1]) in POSSESSIVE_GAPS \
                    and self._group(mods[k + 1]) and self._group(mods[k + 1]).organisation \
                    and self._group(mods[k + 1]).code == self._country_of(atom)[0]:
                owner = atom  # "London's Metropolitan Police": the city's own body, one mention
                continue
            if owner is not None and k > 0 and mods[k - 1] is owner:
                atom = Atom(owner.start, atom.end, atom.entries)
            if kind in ("demonym", "group_demonym") and not self._nominal(atom):
                continue
            if self._hyphen_link(atom) in BASED:
                continue  # "the London-based Syrian Observatory": where it sits
            if kind == "place" and doc[atom.end - 1].dep_ not in ("nsubj", "nsubjpass"):
                continue  # a city or region alone is a place ("shelled Idlib"), unless it speaks ("Kharkiv said")
            prev = atom.start - 1
            while prev >= 0 and (doc[prev].lower_ == "the" or doc[prev].is_lower and doc[prev].is_alpha
                                 and (doc[prev].pos_ == "ADJ" or doc[prev].tag_ in ("VBN", "VBG"))):
                prev -= 1  # "in eastern Congo", "in neighbouring Poland", "in war-torn Sudan"
                if prev > 0 and self._joining_hyphen(doc[prev]):
                    prev -= 2
            prev = self._first_conjunct_preposition(atom, prev)  # "in Paris and Berlin": the preposition of Paris
            before = doc[prev].lower_ if prev >= 0 else ""
            leaving_for = before == "for" and prev >= 0 and doc[prev].head.lemma_.lower() in MOTION  # "leaving for Beijing"
            # a body named by its city ("Brussels" for the EU) is that city after "in"
            city = kind in ("capital", "seat") or kind == "group" and self.r._place_name(doc[atom.start:atom.end].text)
            if city and ((before in LOCATIVE or leaving_for) and self._locative(atom, prev)
                         or self._object_of_motion(atom) or self._part_of_place(atom, prev)):
                self._skip_apposed_place(atom)
                continue
            if kind == "seat" and self._compound_seat(atom):
                continue  # "the party congress": a body named by a noun before it
            if kind == "capital" and (self._modifies_a_thing(atom) or self._named_club(atom)):
                continue  # "a Kabul car bombing", "the Minsk agreements", "Real Madrid": not its government
            if kind == "group" and self._modifies_a_thing(atom) and doc[atom.end].lower_ in PLACE_NOUNS:
                continue  # "the Brussels suburb of Molenbeek"
            if kind == "group" and atom.end < len(doc) and doc[atom.end].lower_ in DOCUMENT_NOUNS:
                continue  # "the UN Charter", "a NATO summit": a text or a meeting
            if kind in ("country", "demonyms") and (before in COUNTRY_LOCATIVE or self._apposed_place(atom)
                                                    or self._team(atom)):
                continue
            if kind == "country" and self._owns_a_place(atom):
                continue  # "pushed into Russia's Kursk region": a place
            organisation = kind == "group" and self.kb.groups[atom.entries[0].key].organisation
            if self._inside_other_name(atom) if not organisation else self._ends_longer_name(atom):
                continue
            code, sector, entry = self._country_of(atom)
            if kind == "demonyms" and sector is None and not (atom.start > 0 and doc[atom.start - 1].lower_ == "the"):
                sector = "CVL"  # "Greeks pulled their savings", "ordinary Russians": its people; "the Russians" its side
            if owner is not None and atom.start == owner.start and sector == "PTY":
                code = owner.entries[0].key  # "Morocco's Justice and Development Party": names recur abroad
                entry = f"country:{code}"
            if kind == "country":
                name = self.kb.countries[code].name
            elif kind in ("group", "group_demonym"):
                name = self.kb.groups[atom.entries[0].key].name
            elif kind == "seat":
                name = self.kb.seats[atom.entries[0].key].name
            elif kind == "place":
                name = doc[atom.start:atom.end].text
            else:
                name = self.kb.country_name(code)
            self._emit(atom.start, atom.end, Actor(name, code, sector, None, None, True,
                                                   f"{entry}/{sector}" if sector and kind != "group" else entry))

    def _described_body(self, owner: Atom, body: Atom) -> bool:
        """'Egypt's banned Muslim Brotherhood', 'Lebanon's powerful Hezbollah': a country's
        body after its possessive and a lower-case adjective or two."""
        toks = self.doc[owner.end:body.start]
        return owner.kind == "country" and self._group(body) is not None and self._group(body).organisation \
            and 1 < len(toks) <= 3 and toks[0].text in POSSESSIVE \
            and all(t.is_lower and t.is_alpha and (t.pos_ == "ADJ" or t.tag_ == "VBN") for t in toks[1:])

    def _own_seat(self, country: Atom, seat: Atom) -> bool:
        return seat.kind == "seat" and self.kb.seats[seat.entries[0].key].country == country.entries[0].key

    def _first_conjunct_preposition(self, atom: Atom, prev: int) -> int:
        """The preposition governing the first of a list the atom ends ("in Paris, Rome and
        Madrid": Madrid's is "in"), else ``prev``, the word before the atom."""
        first = self.doc[atom.end - 1]
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first.i >= atom.start or first.dep_ != "pobj":
            return prev
        return first.head.i

    def _locative(self, atom: Atom, prep: int) -> bool:
        """Is a capital/seat after a locative preposition a place? Not when possessive
        ("in Moscow's position"), after "according to", or after "from" that does not
        follow a word of motion ("support from Moscow", "the claim from Berlin")."""
        doc = self.doc
        if atom.end < len(doc) and doc[atom.end].text in POSSESSIVE:
            return doc[atom.end - 1].head.lower_ in PLACE_NOUNS  # "in Nairobi's Westlands district" is a place
        word = doc[prep].lower_
        if word == "to" and prep > 0 and doc[prep - 1].lower_ in ("according", "due", "attributed", "loyal", "close", "appeal", "letter", "message", "request", "ultimatum", "note", "warning"):
            return False
        if word == "to" and doc[prep].head.lemma_.lower() in self.kb.address_verbs:
            return False  # "apologised to the House Energy and Commerce Committee", "wrote to Moscow"
        if word == "from":
            head = doc[prep].head
            # "from Omsk to Berlin", "flew from Moscow"
            after = doc[atom.end] if atom.end < len(doc) else None
            if after is not None and after.lower_ == "to" and after.pos_ != "PART":
                return True
            return head.lemma_.lower() in MOTION or head.lower_ in MOTION or head.i == prep
        return True

    def _owns_a_place(self, atom: Atom) -> bool:
        """'Russia's Kursk region', "Syria's northwestern Idlib province": a country's
        possessive before names or adjectives and a place noun that heads the phrase."""
        doc, k = self.doc, atom.end
        if k >= len(doc) or doc[k].text not in POSSESSIVE:
            return False
        k += 1
        while k < len(doc) and k - atom.end <= 4 and (doc[k].is_title or doc[k].is_lower and doc[k].pos_ == "ADJ") \
                and doc[k].lower_ not in PLACE_NOUNS:
            k += 1
        return k > atom.end + 1 and k < len(doc) and doc[k].lower_ in PLACE_NOUNS and doc[k].dep_ != "compound"

    def _part_of_place(self, atom: Atom, prep: int) -> bool:
        """'the main square of La Paz', 'the outskirts of Kyiv': a part of the city."""
        doc = self.doc
        return prep > 0 and doc[prep].lower_ == "of" and doc[prep - 1].lower_ in PLACE_NOUNS

    def _object_of_motion(self, atom: Atom) -> bool:
        """'Ghani fled Kabul', 'the delegation left Vienna': a place left or reached, not its
        government (``DEPARTURE``; a visit is an act towards it: "Modi visited Moscow")."""
        last = self.doc[atom.end - 1]
        return last.dep_ == "dobj" and last.head.lemma_.lower() in DEPARTURE

    def _named_state(self, mods: list[Atom], head: Atom) -> bool:
        """'<demonym> state of <Name>' ("the Australian state of Victoria", "the Indian state
        of Punjab", "the Mozambican port city of Beira"): a place. Without a demonym, not when a country or a capital is named
        ("the State of Israel", "the state of Washington")."""
        doc, end = self.doc, head.end
        if not (doc[end - 1].lower_ in NAMED_DIVISIONS and end + 1 < len(doc) and doc[end].lower_ == "of"
                and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN"):
            return False
        named = self.atom_at.get(end + 1)
        return bool(mods) and mods[-1].kind in ("demonym", "demonyms") \
            or not (named is not None and named.kind in ("country", "capital", "seat"))

    def _craft(self, mods: list[Atom], heads: list[Atom]) -> bool:
        """'the Malaysia Airlines jet', 'a Ryanair jet': a company's craft, no actor."""
        group = self._group(mods[-1]) if mods else None
        return group is not None and group.sector_on(self.when) == "BUS" \
            and self.doc[heads[-1].end - 1].lower_ in CRAFT_NOUNS

    def _club(self, mods: list[Atom], heads: list[Atom]) -> bool:
        """A city followed by a capitalised plural agent noun mid-sentence, as a team's name
        is written ("the Ottawa Senators"), not a headline's capitals."""
        head = self.doc[heads[0].start:heads[0].end]
        return len(mods) == 1 and mods[0].kind in ("capital", "place") and len(heads) == 1 \
            and head[-1].tag_ == "NNPS" and head.text.istitle() and not self._headline_case(head.start)

    def _team(self, atom: Atom) -> bool:
        """A national team: a country that beats, draws with or plays another in a sentence
        about a sport ("Argentina beat France on penalties to win the World Cup")."""
        return self._plays(self.doc[atom.end - 1])

    @staticmethod
    def _plays(tok) -> bool:
        """Is the token a side of a sporting verb in a sentence about a sport ("Al Ahly beat
        Kaizer Chiefs in the African Champions League final")?"""
        if tok.dep_ not in ("nsubj", "dobj", "pobj", "conj") or tok.head.lemma_.lower() not in SPORT_VERBS:
            return False
        sent = tok.sent
        return any(t.lower_ in SPORT_WORDS or (t.text == "Cup" and t.is_title) for t in sent) \
            or tok.head.lemma_.lower() in BEATING_VERBS and SCORE.search(sent.text) is not None

    def _state_of_the_name(self, atom: Atom) -> bool:
        """'Washington state': the US state, not the capital's government; 'Niger state' a
        Nigerian state, not Niger (but "Israel state prosecutors" are Israel's)."""
        doc, end = self.doc, atom.end
        if atom.kind not in ("capital", "country") or end >= len(doc) or doc[end].text != "state":
            return False
        return atom.kind == "capital" or end + 1 == len(doc) or doc[end + 1].pos_ not in ("NOUN", "PROPN", "ADJ")

    def _named_club(self, atom: Atom) -> bool:
        """A capital ending a name whose first word the data does not know ("Real Madrid",
        "Atletico Madrid"): a club or a firm, not the state. Not a direction ("East
        Jerusalem") nor a title or known name before it."""
        if atom.start == 0:
            return False
        prev = self.doc[atom.start - 1]
        word = norm(prev.text)
        return prev.is_title and prev.is_alpha and prev.pos_ == "PROPN" and prev.dep_ == "compound" \
            and atom.start <= prev.head.i < atom.end \
            and word not in self.kb.names and word not in self.kb.titles and word not in DIRECTIONS

    def _compound_seat(self, atom: Atom) -> bool:
        if not any(en.kind == "agent" for en in atom.entries) or atom.start == 0:
            return False
        prev = self.doc[atom.start - 1]
        return prev.pos_ in ("NOUN", "PROPN", "ADJ") and prev.is_alpha and not self.covered[prev.i]

    def _modifies_a_thing(self, atom: Atom) -> bool:
        last = self.doc[atom.end - 1]
        return last.dep_ in ("compound", "amod", "nmod") and last.head.i >= atom.end

    def _nominal(self, atom: Atom) -> bool:
        """A demonym names the people ("the Russians") only as a plural noun."""
        text = self.doc[atom.start:atom.end].text
        return text.endswith("s") or self.doc[atom.end - 1].pos_ in ("NOUN", "PROPN") \
            and self.doc[atom.end - 1].dep_ in ("nsubj", "dobj", "pobj") and not self._language(atom)

    def _language(self, atom: Atom) -> bool:
        """'speaks fluent Russian', 'said in Arabic': a language, not a people."""
        tok, before = self.doc[atom.end - 1], self.doc[atom.start - 1].lower_ if atom.start else ""
        head = tok.head if tok.dep_ != "conj" else tok.head.head
        return before in ("fluent", "in") or head.lemma_.lower() in LANGUAGE_VERBS

    def _skip_apposed_place(self, atom: Atom) -> None:
        self.covered[atom.start:atom.end] = [True] * (atom.end - atom.start)
        self._place_end = atom.end

    def _apposed_place(self, atom: Atom) -> bool:
        """'in Washington, U.S.': the country after a place is part of the place."""
        end = getattr(self, "_place_end", None)
        return end is not None and self._gap(end, atom) == (",",)

    def _title_in_organisation_name(self, title: Atom, end: int) -> bool:
        """A title word inside an organisation's name that goes on past ``end``, the end
        of the title and any name after it ("General Services Administration")."""
        ent = next((e for e in self.doc.ents if e.start <= title.start < e.end), None)
        return ent is not None and ent.label_ == "ORG" and ent.end > end

    def _inside_other_name(self, atom: Atom) -> bool:
        tok = self.doc[atom.start]
        if tok.ent_type_ not in NAME_LABELS:
            return False
        ent = next((e for e in self.doc.ents if e.start <= atom.start < e.end), None)
        if ent is None or ent.label_ == "GPE":
            return False
        start = ent.start + 1 if ent[0].lower_ == "the" else ent.start  # "The European Union"
        # a list the parser took for one name ("Mali, Burkina Faso and Niger"): its item
        start = max([start, *(t.i + 1 for t in self.doc[start:atom.start] if t.text == ",")])
        end = min([ent.end, *(t.i for t in self.doc[atom.end:ent.end] if t.text == ",")])
        return (end - start) > (atom.end - atom.start)

    def _ends_longer_name(self, atom: Atom) -> bool:
        """An organisation's name ending a longer one the parser reads as one body:
        "Liberal Democratic Party" is not the Democratic Party."""
        ent = next((e for e in self.doc.ents if e.start <= atom.start < e.end), None)
        before = self.doc[ent.start:atom.start] if ent is not None else []
        return ent is not None and ent.label_ == "ORG" and ent.end == atom.end \
            and any(t.is_title and t.lower_ != "the" and norm(t.text) not in self.kb.names  # not "Iranian"
                    for t in before) \
            and not any(t.is_lower and t.is_alpha and t.lower_ != "the" for t in before)  # "Trade union federation COSATU"

    # ------------------------------------------------------------------ unknown people

    def _unknown_people(self) -> None:
        """Later bare mentions of a titled unknown ("Whitlock"), and NER persons we do
        not know (kept unresolved, no country)."""
        doc = self.doc
        for tok in doc:
            actor = self.unknown.get(norm(tok.text))
            if actor and not self.covered[tok.i] and tok.is_title:
                self._emit(tok.i, tok.i + 1, actor)
        for ent in doc.ents:
            if ent.label_ == "PERSON" and not any(self.covered[ent.start:ent.end]) and len(ent.text) > 3 \
                    and ent[0].lower_ not in STORM_WORDS | PLACE_PREFIXES and not self.r._names_a_place(ent) \
                    and not self._plays(ent[-1]) \
                    and not (ent[-1].like_num or MODEL_DESIGNATION.fullmatch(ent[-1].text)) \
                    and not any(self.kb.names_a_country(t.text) for t in ent) \
                    and ent[0].is_title and not any(norm(t.text) in self.kb.common_words for t in ent) \
                    and not _noun_modifier(ent) and not self._place_at(ent.start) \
                    and not self.r._place_name(ent.text) \
                    and not (len(ent) > 1 and self._headline_case(ent.start)):  # "Zelensky Meets Trump"
                nation = self._described_nationality(ent.start)
                start = nation.start if nation else ent.start
                country = self._country_of(nation)[0] if nation else None
                self._emit(start, ent.end, Actor(ent.text, country, None, None, None, False, None))

    def _place_at(self, i: int) -> bool:
        """Does a place atom start here ("withdrew from Bukavu", the parser's PERSON)?"""
        atom = self.atom_at.get(i)
        return atom is not None and atom.kind in ("place", "country", "capital")  # "peacekeepers in Mali"

    def _described_nationality(self, name_start: int) -> Atom | None:
        """'Romanian far-right candidate Calin Georgescu', 'Israeli hostage Edan Alexander':
        a demonym opening a description of someone the data does not know."""
        k, words = name_start, 0
        while k > 0 and words < 4 and not self.covered[k - 1]:
            t = self.doc[k - 1]
            if self._joining_hyphen(t):
                k -= 1
                continue
            if not (t.is_lower and t.is_alpha and (t.pos_ in ("ADJ", "NOUN") or t.tag_ == "VBN")):
                break
            k, words = k - 1, words + 1
        atom = next((a for a in self.atoms if a.end == k), None)
        if atom is None or self.covered[atom.start] or atom.kind not in ("demonym", "demonyms", "country"):
            return None
        return atom


def _joined_name_part(tok) -> bool:
    """A lower-case particle or hyphen inside a place's name ("Ain al-Hilweh")."""
    return tok.text == "-" or tok.lower_ in NAME_PARTICLES and not tok.is_sent_start


def _in_water_name(doc: "Doc", atom: Atom) -> bool:
    """A country, capital or people in the name of a sea, lake, river or peninsula ("the
    Gulf of Mexico", "the South China Sea", "Lake Chad", "the Jordan River", "Lake
    Victoria", "the Korean Peninsula")."""
    start, end = atom.start, atom.end
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return start >= 2 and before.lower_ == "of" and doc[start - 2].is_title and doc[start - 2].lower_ in SEA_WORDS \
        or before is not None and before.is_title and before.lower_ in WATER_BEFORE \
        or after is not None and (after.is_title or after.lower_ == "peninsula") and after.lower_ in WATER_AFTER


def _adverb_of_next(tok, head: Atom) -> bool:
    """An -ly adverb before a modifier of the head ("Yemen's internationally recognised government")."""
    return tok.pos_ == "ADV" and tok.lower_.endswith("ly") and tok.i + 1 < head.start


def _with_place_suffixes(doc: "Doc", atoms: list[Atom]) -> list[Atom]:
    """A place and the word naming its kind are one place ("Lagos state", "Borno State"):
    "state" there is no agent naming a country as a whole."""
    out: list[Atom] = []
    for atom in atoms:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "place" and atom.role == AGENT and atom.start == prev.end \
                and norm(doc[atom.start:atom.end].text) in ("state", "province", "region"):
            out[-1] = Atom(prev.start, atom.end, prev.entries)
            continue
        out.append(atom)
    return out
