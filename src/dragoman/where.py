"""Where events happened: place names in the text, the dateline, and an offline gazetteer.

A *spot* is a place name in the article: a GPE/LOC/FAC entity, a capitalised name after
a locative preposition ("in Skopje" even when the tagger calls Skopje a person), or the
city that names a venue ("at the Munich Security Conference" -> Munich). Names the actor
resolver read as actors ("Moscow said", "Russia invaded") are never spots: metonymy is
an actor, not a place. Each event takes the spot attached to its trigger's clause, else
the nearest locative spot of its sentence, else the dateline. A spot with no gazetteer
entry leaves only its own event without a place.

Gazetteer files (``data/gazetteer/``, see its README): cities.tsv (GeoNames, every city
of >= 100k people and every capital, built by ``scripts/build_gazetteer.py``),
countries.tsv (a point per country), us_states.tsv, regions.tsv (hand-written regions,
seas and sites) and stopnames.tsv; country names come from the actor data
(countries.yaml), so both stages agree on what a country is called.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from dragoman.actors.kb import get_kb, norm
from dragoman.language import clause_head, paragraph_sentences
from dragoman.records import Event, Mention, Place

# What a name denotes, most specific first: a hand-listed region or site beats a
# country of the same name ("West Bank"), and a city beats a US state.
REGION, COUNTRY, CITY, STATE = 4, 3, 2, 1
# A city's own name beats another city's alternate spelling unless that city is this
# many times bigger ("Odessa" is Odesa, Ukraine, not Odessa, Texas).
ALTERNATE_HANDICAP = 5
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Prepositions after which a name says where something happened (2) or a place it
# moved to/from (1: still the best guess for "flew to Riyadh for talks").
LOCATIVE = {"in": 2, "at": 2, "near": 2, "inside": 2, "outside": 2, "within": 2, "across": 2,
            "throughout": 2, "around": 2, "on": 1, "to": 1, "into": 1, "from": 1, "via": 1, "visiting": 1}
# Event names after a city are held in that city ("the Munich Security Conference").
VENUE_WORDS = {"conference", "summit", "forum", "meeting", "talks", "dialogue", "process", "format",
               "congress", "convention", "games", "negotiations", "meetings", "session"}
# Words after a place name that still name the same place ("Donetsk region").
COMPASS_WORDS = {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
                 "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
                 "north-western", "south-eastern", "south-western", "-"}
AREA_WORDS = {"region", "oblast", "province", "governorate", "district", "city", "state", "area", "county"}
DASHES = {"-", "\u2013", "\u2014", "/"}  # "US-Russia", "US/Russia"
SUBJECT_DEPS = {"nsubj", "nsubjpass", "poss", "agent"}
TAKE_LINES = 8  # a dateline sits within the first lines (after a headline and a byline)

_DATELINE = re.compile(
    r"^[ \t*_#|]*(?P<city>[A-Z][A-Z.'\u2019 -]*[A-Z]|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
    r"(?:, (?P<region>[A-Z][A-Za-z. ]{1,30}?))?"
    r"(?:,? (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?))?"
    r"(?: ?\((?P<agency>[^)\n]{2,40})\))?"
    r"(?: [\u2013\u2014-]{1,2} |(?<=[A-Z]): )"  # spaced, so that "US-Russia" is no dateline
)


# --------------------------------------------------------------------------- gazetteer


@dataclass(frozen=True, slots=True)
class _Entry:
    place: Place  # without text offsets
    rank: int  # REGION .. STATE
    capital: bool
    population: int
    alternate: bool = False  # matched by another spelling ("Kiev", "Bombay")

    @property
    def weight(self) -> float:
        return self.population / ALTERNATE_HANDICAP if self.alternate else self.population


@dataclass(slots=True)
class Gazetteer:
    names: dict[str, list[_Entry]]  # norm(name) -> what it may denote
    countries: dict[str, Place]  # ISO alpha-3 -> the country as a place

    def lookup(self, text: str, alternates: bool = True) -> list[_Entry]:
        return [e for e in self.names.get(_key(text), []) if alternates or not e.alternate]


def _key(text: str) -> str:
    key = norm(text)
    return key[4:] if key.startswith("the ") else key


def _read(name: str) -> str:
    return (resources.files("dragoman") / "data" / "gazetteer" / name).read_text("utf-8")


def _rows(name: str) -> Iterable[dict[str, str]]:
    yield from csv.DictReader(_read(name).splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)


def _num(value: str) -> float | None:
    return float(value) if value else None


@cache
def gazetteer() -> Gazetteer:
    """Load the gazetteer once (about 0.3 s); every later call shares it."""
    names: dict[str, list[_Entry]] = {}
    stop = {_key(line) for line in _lines("stopnames.tsv")}

    def add(text: str, entry: _Entry) -> None:
        key = _key(text)
        if key and not (entry.rank == CITY and key in stop):
            names.setdefault(key, []).append(entry)

    for row in _rows("regions.tsv"):
        place = Place(row["name"], row["country"] or None, row["kind"], _num(row["lat"]), _num(row["lon"]))
        for n in [row["name"], *filter(None, row["aliases"].split("|"))]:
            add(n, _Entry(place, REGION, False, 0))
    points = {row["country"]: row for row in _rows("countries.tsv")}
    countries: dict[str, Place] = {}
    for country in get_kb().countries.values():
        point = points.get(country.code, {})
        place = Place(country.name, country.code, "country", _num(point.get("lat", "")), _num(point.get("lon", "")),
                      int(point["geonames_id"]) if point else None)
        countries[country.code] = place
        for n in [country.name, *country.names]:
            add(n, _Entry(place, COUNTRY, False, int(point.get("population") or 0)))
    for row in _rows("us_states.tsv"):
        place = Place(row["name"], "USA", "region", float(row["lat"]), float(row["lon"]), int(row["geonames_id"]))
        add(row["name"], _Entry(place, STATE, False, 0))
    for row in _rows("cities.tsv"):
        capital = row["capital"] == "1"
        place = Place(row["name"], row["country"], "capital" if capital else "city", float(row["lat"]),
                      float(row["lon"]), int(row["geonames_id"]))
        population = int(row["population"])
        for n in {row["name"], row["ascii"]}:
            add(n, _Entry(place, CITY, capital, population))
        for n in filter(None, row["alternates"].split("|")):
            add(n, _Entry(place, CITY, capital, population, alternate=True))
    return Gazetteer(names, countries)


def _lines(name: str) -> list[str]:
    return [ln.strip() for ln in _read(name).splitlines() if ln.strip() and not ln.startswith("#")]


def _best(entries: Sequence[_Entry], prefer: set[str] = frozenset(), hint: str | None = None) -> _Entry | None:
    """The likeliest reading: the most specific kind of match, then the country an
    apposition or dateline names, then capitals, then the actors' countries, then size."""
    if not entries:
        return None
    return max(entries, key=lambda e: (e.rank, e.place.country == hint, e.capital,
                                       e.place.country in prefer, e.weight))


# --------------------------------------------------------------------------- spots


@dataclass(slots=True)
class _Spot:
    """A place name in the text before disambiguation (entries empty: unknown name)."""

    span: Span
    entries: list[_Entry]
    locative: int  # 2: after in/at/near..., 1: to/from/compound, 0: bare
    hint: str | None = None  # country named right after it ("Kharkiv, Ukraine")

    def place(self, prefer: set[str] = frozenset()) -> Place | None:
        best = _best(self.entries, prefer, self.hint)
        if best is None:
            return None
        return replace(best.place, text=self.span.text, start=self.span.start_char, end=self.span.end_char)


def _locative(root: Token) -> int:
    """2/1 when the name is the object of a locative preposition (through "X and Y"),
    1 when it modifies a noun ("the Riyadh talks") or is a verb's object ("shelled
    Kharkiv"; names read as actors never get here), else 0."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ == "poss" and root.head.lower_ in AREA_WORDS:
        return _locative(root.head)  # "in South Africa's North West province": where it is
    if root.dep_ == "pobj":
        return LOCATIVE.get(root.head.lower_, 0)
    if root.dep_ in ("compound", "nmod") and root.head.pos_ == "NOUN":
        return 1
    return 1 if root.dep_ == "dobj" and root.head.pos_ == "VERB" else 0


def _trim(span: Span) -> Span:
    """Drop a leading "the", a trailing possessive and area words ("Donetsk region")."""
    start, end = span.start, span.end
    if span[0].lower_ == "the" and end - start > 1:
        start += 1
    while end - start > 1 and (span.doc[end - 1].lower_ in AREA_WORDS or span.doc[end - 1].tag_ == "POS"):
        end -= 1
    return span.doc[start:end]


def _candidate_spans(doc: Doc) -> Iterable[tuple[Span, bool, bool]]:
    """(span, alternate spellings allowed, is a place entity): place entities may use
    alternate spellings, other locative objects only the places' own names ("at the
    Kremlin" tagged ORG, "in Skopje" tagged PERSON)."""
    in_ent = set()
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            in_ent.update(range(ent.start, ent.end))
            yield _trim(ent), True, True
        elif ent[-1].lower_ in VENUE_WORDS and _locative(ent.root) == 2:
            yield from _venue_city(ent)
    for tok in doc:
        if tok.i in in_ent or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or _locative(tok) < 1:
            continue
        if tok.dep_ in ("pobj", "conj", "poss"):
            start = min([c.i for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok.i])
            yield doc[start:tok.i + 1], False, False


def _venue_city(ent: Span) -> Iterable[tuple[Span, bool, bool]]:
    """The longest leading name of a venue that is a city or country (decided: a
    conference named after a city is held there; "Munich Security Conference")."""
    start = ent.start + (ent[0].lower_ == "the")
    for end in range(ent.end - 1, start, -1):
        span = ent.doc[start:end]
        if any(e.rank in (CITY, COUNTRY) for e in gazetteer().lookup(span.text, alternates=False)):
            yield span, False, False
            return


def _spots(doc: Doc, mentions: Sequence[Mention]) -> list[_Spot]:
    """Place names of the article in text order, minus actors and metonyms."""
    article = doc.text  # built from the tokens on each access: once here
    gaz, taken = gazetteer(), [False] * len(article)
    for m in mentions:  # a name read as an actor is never also a place
        taken[m.start:m.end] = [True] * (m.end - m.start)
    spots: list[_Spot] = []
    for span, alternates, named in _candidate_spans(doc):
        if any(taken[span.start_char:span.end_char]):
            continue
        if _in_dyad(article, span):
            continue  # "US-Russia talks": two sides, not a place
        locative = _locative(span.root)
        if not locative and span.root.dep_ in SUBJECT_DEPS:
            continue  # "Kharkiv said": the city speaks for someone
        entries = gaz.lookup(span.text, alternates)
        if span.root.dep_ in ("compound", "nmod") and entries and all(e.rank == COUNTRY for e in entries):
            locative = 0  # "the Ukraine talks" are about Ukraine; "the Riyadh talks" are there
        if entries or (locative == 2 and named):  # unknown names too: see locate_events
            taken[span.start_char:span.end_char] = [True] * len(span.text)
            spots.append(_Spot(span, entries, locative))
    spots.sort(key=lambda s: s.span.start)
    return _merge_appositions(spots)


def _in_dyad(text: str, span: Span) -> bool:
    before = text[span.start_char - 1:span.start_char] if span.start_char else ""
    return before in DASHES or text[span.end_char:span.end_char + 1] in DASHES


def _merge_appositions(spots: list[_Spot]) -> list[_Spot]:
    """"Kharkiv, Ukraine": the country narrows the city and is not a spot of its own;
    "the town of Palma in northern Mozambique": it narrows the town and is one. A name
    the gazetteer knows only in other countries is then a place it does not know (not
    Palma de Mallorca's)."""
    out: list[_Spot] = []
    for spot in spots:
        prev = out[-1] if out else None
        gap = spot.span.doc[prev.span.end:spot.span.start] if prev else None
        country = _best(spot.entries)
        if prev is None or not (country and country.place.kind == "country" and prev.entries):
            out.append(spot)
            continue
        apposed = gap.text.strip() == ","
        if apposed or _inside(gap):
            prev.hint = country.place.country
            if not any(e.place.country == prev.hint for e in prev.entries):
                prev.entries = []
        if not apposed:
            out.append(spot)
    return out


def _inside(gap: Span) -> bool:
    """'in', perhaps with a compass adjective ("in northern"), between a place and its country."""
    words = [t.lower_ for t in gap]
    return bool(words) and words[0] == "in" and all(w in COMPASS_WORDS for w in words[1:])


def country_tally(mentions: Sequence[Mention], more: Sequence[str] = ()) -> tuple[str | None, int, int]:
    """The commonest country of the mentions' actors (and of ``more`` countries), its count,
    and how many have a country at all."""
    countries = Counter(c for c in [*(m.actor.country for m in mentions), *more] if c in gazetteer().countries)
    if not countries:
        return None, 0, 0
    top, count = countries.most_common(1)[0]
    return top, count, sum(countries.values())


def _main_country(mentions: Sequence[Mention]) -> str | None:
    """The country most of the article's actors belong to, when there is one (over half)."""
    top, count, total = country_tally(mentions)
    return top if count * 2 > total else None


def _doc_countries(mentions: Sequence[Mention]) -> set[str]:
    return {m.actor.country for m in mentions if m.actor.country}


# --------------------------------------------------------------------------- public API


def find_places(doc: Doc, mentions: Sequence[Mention]) -> list[Place]:
    """Place mentions in a parsed article (char offsets in doc.text), resolved with a
    preference for the countries of the article's actors; unknown names are left out."""
    prefer = _doc_countries(mentions)
    return [p for s in _spots(doc, mentions) if (p := s.place(prefer)) is not None]


def dateline_place(text: str) -> Place | None:
    """The place of a dateline in the first lines (see :func:`find_dateline`)."""
    found = find_dateline(text)
    return found[0] if found else None


# Read three times per article (the parser's dateline component, the story country, the
# place stage): once. More entries than a parse batch has articles.
@lru_cache(maxsize=64)
def find_dateline(text: str) -> tuple[Place, int] | None:
    """A dateline in the first lines and the offset where its text ends: "RIYADH \u2013",
    "MOSCOW (Reuters) -", "KYIV, Ukraine \u2014". Title-case cities count only with a
    country or an agency; a country written alone only with an agency ("US - backed
    forces" in tokenized text is no dateline)."""
    offset = 0
    lines = 0
    for line in text.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        if not line.strip():
            continue
        lines += 1
        if lines > TAKE_LINES:
            break
        m = _DATELINE.match(line)
        if not m or not (m["city"].isupper() or m["region"] or m["agency"]):
            continue
        region = _best(gazetteer().lookup(m["region"] or "", alternates=False))
        hint = region.place.country if region else None
        best = _best(gazetteer().lookup(m["city"]), hint=hint)
        if best is None or (hint is not None and best.place.country != hint):
            continue
        if best.place.kind == "country" and not (m["region"] or m["agency"]):
            continue
        return best.place, start + m.end()
    return None


def locate_events(doc: Doc, events: Sequence[Event], mentions: Sequence[Mention], article_text: str) -> None:
    """Set ``event.place`` in place: the spot attached to the trigger's clause, else the
    nearest locative spot of the sentence, else the dateline (not for historical
    events: the dateline is where the reporter is now), else None. An event whose
    place name is unknown stays None; the other events are unaffected."""
    spots = _spots(doc, _actors_in_text(doc, events, mentions))
    dateline = dateline_place(article_text)
    prefer_doc = _doc_countries(mentions)
    context = _paragraph_places(doc, spots, prefer_doc) if events else {}
    main = _main_country(mentions)
    unplaced = []
    for event in events:
        spot = _event_spot(doc, event, spots)
        if spot is not None:  # named, even if unknown: an unknown name is not another place
            prefer = {m.actor.country for m in [*event.actors, *event.recipients] if m.actor.country} or prefer_doc
            event.place = spot.place(prefer)
        else:
            unplaced.append(event)
    lead = _lead_event_place(doc, events) or _lead_place(doc, spots, prefer_doc)
    for event in unplaced:
        event.place = _fallback_place(event, [context.get(event.evidence.sentence_start), lead], dateline, main)


def _actors_in_text(doc: Doc, events: Sequence[Event], mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions that are not places: all but a name after a locative preposition
    that no event has as a party ("an offensive into Syria")."""
    parties = {(m.start, m.end) for e in events for m in [*e.actors, *e.recipients]}
    out = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        root = span.root if span is not None else None
        if (m.start, m.end) in parties or root is None or root.dep_ != "pobj" or not _locative(root):
            out.append(m)
    return out


def _fallback_place(event: Event, candidates: list[Place | None], dateline: Place | None,
                    main: str | None = None) -> Place | None:
    """No place in the event's sentence: the place the paragraph (or the article's lead)
    is about when it agrees with where the event must be, else the dateline (where the
    reporter is: not for history, nor for an attack elsewhere), else that country itself.
    Parties of no known country ("protesters", "a man") act in the article's country."""
    home = _home_country(event)
    if home is None and not any(m.actor.country for m in [*event.actors, *event.recipients]):
        home = main
    if event.mode == "historical":
        candidates, dateline = candidates[:1], None
    for place in candidates:
        if place is not None and (home is None or place.country == home):
            return place
    if dateline is not None and (event.event_type != "ASSAULT" or home in (None, dateline.country)):
        return dateline
    return gazetteer().countries.get(home) if home else None


# Events between parties that happen wherever they meet: no country can be assumed.
_MEETING_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "AID", "CONCEDE", "RETREAT"})


def _home_country(event: Event) -> str | None:
    """Where an event without a named place happens: an attack, in the target's country;
    a meeting or deal, only when all parties share one country; any other act (a
    statement, a decision, an arrest), in the actors' own country. None otherwise."""
    if event.event_type == "ASSAULT":  # an attack happens where its target is, not at home
        return _one_country(event.recipients)
    if event.event_type in _MEETING_TYPES:
        return _one_country([*event.actors, *event.recipients])
    return _one_country(event.actors)


def _one_country(mentions: Sequence[Mention]) -> str | None:
    """The one country of these parties; parties of no known country ("a treaty", "the
    crowd") do not count against it."""
    countries = {m.actor.country for m in mentions if m.actor.country}
    return next(iter(countries)) if len(countries) == 1 and countries <= gazetteer().countries.keys() else None


def _paragraph_places(doc: Doc, spots: list[_Spot], prefer: set[str]) -> dict[int, Place]:
    """For each sentence (by start offset), the last place named with in/at/near in the
    earlier sentences of its paragraph."""
    out: dict[int, Place] = {}
    current: Place | None = None
    for start, text, opens_paragraph in paragraph_sentences(doc):
        if opens_paragraph:
            current = None
        if current is not None:
            out[start] = current
        named = [s.place(prefer) for s in spots if s.locative == 2 and start <= s.span.start_char < start + len(text)]
        current = next((p for p in reversed(named) if p is not None), current)
    return out


def _lead_end(doc: Doc) -> int:
    """Where the article's lead, its first three sentences, ends."""
    sentences = list(doc.sents)[:3]
    return sentences[-1].end_char if sentences else 0


def _lead_event_place(doc: Doc, events: Sequence[Event]) -> Place | None:
    """Where the story is: the place of the first asserted event of the article's first
    three sentences that its own sentence locates ("Unlike the meeting in Lodz, Lavrov
    attended the meeting in Skopje" is in Skopje)."""
    end = _lead_end(doc)
    return next((e.place for e in events if e.place is not None and e.mode == ""
                 and e.evidence.sentence_start < end), None)


def _lead_place(doc: Doc, spots: list[_Spot], prefer: set[str]) -> Place | None:
    """The first in/at place of the article's first three sentences: where the story is."""
    end = _lead_end(doc)
    named = [s.place(prefer) for s in spots if s.locative == 2 and s.span.start_char < end]
    return next((p for p in named if p is not None), None)


def _event_spot(doc: Doc, event: Event, spots: list[_Spot]) -> _Spot | None:
    ev = event.evidence
    end = ev.sentence_start + len(ev.sentence)
    inside = [s for s in spots if ev.sentence_start <= s.span.start_char < end]
    trigger = doc.char_span(ev.trigger_start, ev.trigger_end, alignment_mode="expand")
    if not inside or trigger is None:
        return None
    trigger_root = trigger.root
    attached = [s for s in inside if s.locative and _attached(s.span.root, trigger_root)]
    if attached:  # a known name, the closest in the tree, the strongest preposition, the most specific
        return min(attached, key=lambda s: (not s.entries, _distance(s.span.root, trigger_root), -s.locative,
                                            _specificity(s), abs(s.span.start - trigger_root.i)))
    locative = [s for s in inside if s.locative == 2]
    if locative:
        return min(locative, key=lambda s: abs(s.span.start - trigger_root.i))
    # "bombed the port of Odessa": a place inside the object is where the act landed.
    aimed = [s for s in inside if s.entries and _in_object(s.span.root, trigger_root)]
    return min(aimed, key=lambda s: _distance(s.span.root, trigger_root)) if aimed else None


def _in_object(place: Token, trigger: Token) -> bool:
    tok = place
    while tok.head.i != tok.i and tok.head.i != trigger.i:
        tok = tok.head
    return tok.head.i == trigger.i and tok.dep_ in ("dobj", "nsubjpass")


def _attached(place: Token, trigger: Token) -> bool:
    """The place hangs off the trigger itself or off the clause the trigger is in."""
    return _distance(place, trigger) < 99 or clause_head(place.head).i == clause_head(trigger).i


def _distance(place: Token, trigger: Token) -> int:
    """Steps up from the place to the trigger (99 when the trigger is not above it)."""
    steps, tok = 0, place
    while tok.i != trigger.i and tok.head.i != tok.i:
        tok, steps = tok.head, steps + 1
    return steps if tok.i == trigger.i else 99


def _specificity(spot: _Spot) -> int:
    """A city says more than a country ("in Riyadh, Saudi Arabia")."""
    best = _best(spot.entries)
    return 0 if best and best.place.kind in ("city", "capital", "site") else 1
