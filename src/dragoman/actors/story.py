"""The country of a story's unnamed parties.

Institutions with no country in the text ("the president", "police", "the authorities",
"Thames Valley Police", "Governor Kay Ivey", "opposition officials") belong to the country
the story is about: its dateline's, else the one country most of its named actors and
places belong to (two thirds or more of at least three country mentions: "authorities
arrested twelve people in Tamil Nadu, India" is an Indian story). They stay unresolved; only
their country (and the sector their words name) is filled in. A bare title of a
country's one office ("the president", "the foreign minister") names its holder on the
story's date, unless the story also names someone of another country with that title
("Macron ... the president said" is ambiguous).

People travel, so private people get no country from the story. Groups the data calls
local ("protesters", "residents") are of the country where their event is named to
happen, once the place stage has found it: a protest in Belgrade is Serbians'. So are
police and courts of a story with no one country.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from ..records import PLACE_TARGET_TYPES, Actor, Event, Mention, Place
from ..where import country_tally
from .kb import KB, Seat, norm
from .resolver import COMPANY_PREPOSITIONS, DEPARTURE, ORIGIN

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .resolver import ActorResolver

INSTITUTIONS = frozenset({"GOV", "COP", "LEG", "JUD", "MIL", "SPY"})
NATIONAL = INSTITUTIONS | {"PTY", "OPP"}  # parties and oppositions are a country's too
HOME_INSTITUTIONS = frozenset({"COP", "JUD"})  # police and courts act at home; presidents and armies travel
# Groups that act where they are: in a context of several countries, a bare one is of the
# one country its places name (context_party); legislators receive visitors.
HOME_SECTORS = HOME_INSTITUTIONS | {"LEG", "REB", "UAF", "CRM"}
# What a one-country context gives its country (context_party): institutions, parties,
# the armed groups, churches, unions and schools of that country, and its people
# (protesters, civilians, companies, journalists, doctors, criminals), these only when
# named by a common noun ("West Bank", "Soccer City" are names, not a bank or a city)
PEOPLE_SECTORS = frozenset({"CVL", "BUS", "MED", "HLH", "CRM"})
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
CONTEXT_SECTORS = NATIONAL | {"REB", "UAF", "REL", "LAB", "EDU"} | PEOPLE_SECTORS
MIN_SHARE = 2 / 3
MIN_MENTIONS = 3
# Verbs of going somewhere: "fled to", "left for", "flew to" name where one goes (also those
# whose direct object is a place left, the resolver's DEPARTURE: "fled to the Maldives")
TRAVEL_VERBS = frozenset(DEPARTURE | {"fly", "travel", "go", "head", "defect"})
VISIT_VERBS = frozenset({"visit", "arrive", "fly", "travel", "go", "come", "land", "tour"})
# Prepositions whose object is a building, not its people ("outside the Chancellery"); not
# "at" or "to", which name a party ("fired at protesters", "handed power to the military").
LOCATIVE = frozenset({"inside", "outside", "near", "into", "beside", "behind"})
# Title kinds a country has many holders of at once: "the spokesman", "the leader" name nobody alone.
SHARED_KINDS = frozenset({"leader", "spokesperson"})


@dataclass(frozen=True)
class StoryHome:
    """The story's country, and what its bare titles name on the story's date."""

    country: str
    resolver: "ActorResolver"
    when: date | None
    foreign_kinds: frozenset[str]  # title kinds held in the story by people of other countries

    @property
    def kb(self) -> KB:
        return self.resolver.kb

    def holder(self, text: str) -> Actor | None:
        """The office holder a bare title names ("the president" -> the story country's)."""
        title = self.kb.titles.get(_bare(text))
        if title is None or title.kind is None or title.kind in SHARED_KINDS | self.foreign_kinds:
            return None
        office = self.kb.office_for(self.country, title.kind)
        return self.resolver.office_actor(office, self.when) if office else None


def story_home(mentions: Sequence[Mention], dateline_country: str | None, resolver: "ActorResolver",
               when: date | None, place_countries: Sequence[str] = ()) -> StoryHome | None:
    """The story's home (see the module), or None when the story has no one country."""
    country = story_country(mentions, dateline_country, resolver.kb, place_countries)
    if country is None:
        return None
    return StoryHome(country, resolver, when, _foreign_kinds(mentions, country, resolver.kb))


def _foreign_kinds(mentions: Sequence[Mention], country: str, kb: KB) -> frozenset[str]:
    kinds = set()
    for m in mentions:
        title = kb.titles.get(norm(m.actor.role_title or ""))
        if m.actor.country and m.actor.country != country and title is not None and title.kind:
            kinds.add(title.kind)
    return frozenset(kinds)


def story_country(mentions: Sequence[Mention], dateline_country: str | None, kb: KB,
                  place_countries: Sequence[str] = ()) -> str | None:
    """The dateline's country, else the country of two thirds of the named actors and
    of the places (``place_countries``, one per place name; a "Senate" written alone names
    no country: it is the story's)."""
    if dateline_country:
        return dateline_country
    top, count, total = country_tally([m for m in mentions if _default_seat(m, kb) is None], place_countries)
    return top if total >= MIN_MENTIONS and count >= MIN_SHARE * total else None


def with_story_country(event: Event, home: StoryHome) -> Event:
    """The event with its unnamed institutional parties placed in the story's country."""
    event.actors = [_placed(m, home) for m in event.actors]
    event.recipients = [_placed(m, home) for m in event.recipients]
    return event


def _placed(mention: Mention, home: StoryHome) -> Mention:
    actor, country, kb = mention.actor, home.country, home.kb
    seat = _default_seat(mention, kb)
    if seat is not None and country != seat.country:  # the Puerto Rican story's "Senate"
        return _moved(mention, country)
    if actor.country or actor.resolved or kb.serves_abroad(mention.text):
        return mention
    if (holder := home.holder(mention.text)) is not None:
        return replace(mention, actor=holder)
    sector = actor.sector or _head_sector(mention.text, kb)
    if sector not in NATIONAL and not (sector == "ELI" and actor.role_title):  # "former senator X"
        return mention
    return replace(mention, actor=replace(actor, country=country, sector=sector))


def with_local_people(event: Event, kb: KB) -> Event:
    """The event with its unnamed civilians placed where it happened (see the module):
    a place the text names or the dateline, not a country its other parties imply."""
    place = event.place
    country = place.country if place and (place.text is not None or place.kind != "country") else None
    if country:
        event.actors = [_local(m, country, kb) for m in event.actors]
        event.recipients = [_local(m, country, kb) for m in event.recipients]
        if event.event_type in PLACE_TARGET_TYPES:
            phrases = event.evidence.recipient_phrases
            event.recipients = [_site_of(m, phrases[k] if k < len(phrases) else None, place, country, kb)
                                for k, m in enumerate(event.recipients)]
    return event


def _site_of(mention: Mention, phrase: tuple[int, int] | None, place: Place, country: str, kb: KB) -> Mention:
    """A target no entry knows whose own phrase names the event's place ("bombed the port
    of Odessa", "shelled the outskirts of Kharkiv") lies in that place's country; not a
    group that serves abroad ("peacekeepers in the Golan")."""
    actor = mention.actor
    if actor.resolved or actor.country or phrase is None or place.start is None or kb.serves_abroad(mention.text):
        return mention
    if not (phrase[0] <= place.start and place.end <= phrase[1]):
        return mention
    return replace(mention, actor=replace(actor, country=country))


def _local(mention: Mention, country: str, kb: KB) -> Mention:
    """Groups the data calls local ("the protesters"; "a man" may be a visitor), and
    the institutions that act at home ("the police" thanked in London), when the story
    had no one country to give them."""
    actor = mention.actor
    words = norm(mention.text).split()
    if actor.resolved or not words or (actor.country and actor.sector):
        return mention
    sector = actor.sector or _head_sector(mention.text, kb)
    if words[-1] in kb.local_groups and _modifier_sector(words[:-1], kb) in (None, "CVL"):  # not "embassy workers"
        return replace(mention, actor=replace(actor, country=actor.country or country, sector=sector or "CVL"))
    if sector in HOME_INSTITUTIONS and not actor.country:
        return replace(mention, actor=replace(actor, country=country, sector=sector))
    return mention


def local_party(doc: Doc, start: int, end: int, places: Sequence[Place], kb: KB) -> Mention | None:
    """A phrase naming a local group or a home institution with no country of its own
    ("students", "protesters", "the police"), placed in the one country the sentence's
    places name ("Students clashed with police in Dhaka"), but for where someone leaves for
    (``_staying_places``): read alone, as ``actors resolve`` reads a context, that is where
    their act happens (``_local``'s rule). None when the places name no country or several."""
    text = doc.text[start:end]
    country = _one_of(p.country for p in _staying_places(places, doc))
    if country is None or kb.serves_abroad(text):
        return None
    phrase = Mention(text=text, start=start, end=end, actor=Actor(name=None, country=None, resolved=False))
    placed = _local(phrase, country, kb)
    return placed if placed.actor.country else None


def context_party(doc: Doc, start: int, end: int, mentions: Sequence[Mention], places: Sequence[Place],
                  resolver: "ActorResolver", when: date | None) -> Mention | None:
    """A phrase naming a country's institution or group with no country of its own ("the
    army", "lawmakers", "the central bank", "the rebels"), read in its context as
    ``actors resolve`` reads one: in a context whose named parties and places all belong to
    one country, that country's ("Iraqi Prime Minister Nuri al-Maliki sent the army into
    Basra"); among several, what the context says of it (``_among_countries``). People
    (protesters, civilians) are where the story is, not where someone leaves for
    ("Rajapaksa fled to the Maldives as protesters stormed ..."). None when nothing
    decides, or for a group that serves abroad, a building or a make of arms."""
    kb, text = resolver.kb, doc.text[start:end]
    span = doc.char_span(start, end, alignment_mode="expand")
    sector = _unowned_sector(text, kb)
    if span is None or sector is None or sector == "MIL" and _model_name(span, kb) or _where(span):
        return None
    # a country across the border is where things are measured from, no party: "near the
    # border with Burkina Faso, the government said" (Mali's)
    mentions = [m for m in mentions if not _across_border(m.start, m.end, doc)]
    places = visited = [p for p in places if p.start is None or not _across_border(p.start, p.end, doc)]
    if sector in PEOPLE_SECTORS:
        mentions, places = _staying_mentions(mentions, doc), _staying_places(places, doc)
    country = _one_country(mentions, [p.country for p in places], kb)
    if country is None:
        others = [m for m in mentions if m.end <= start or m.start >= end]
        found = _among_countries(span, sector, others, places, visited, resolver, when)
        if isinstance(found, Actor):  # an office's holder
            return Mention(text=text, start=start, end=end, actor=found)
        country = found
    if country not in kb.countries:
        return None
    return Mention(text=text, start=start, end=end, actor=Actor(name=None, country=country, sector=sector, resolved=False))


def _among_countries(span: Span, sector: str, others: Sequence[Mention], places: Sequence[Place],
                     visited: Sequence[Place], resolver: "ActorResolver", when: date | None) -> str | Actor | None:
    """The country of a bare institution in a context of several, in this order: the place
    it is in ("lawmakers in Kyiv"); whoever commands it ("Russia's president ordered troops
    into Georgia") or, in a context that names no place, addresses it ("Blair told
    parliament that Iraq ..."); for a title, the holder in the country a visitor goes to,
    whom the visitor meets (an Actor: "Macron flew to Berlin for talks with the chancellor");
    the one country whose actors of its sector the context names, but not as the other side or
    as the one met ("killed by Israeli troops ... The military said"; not "a clash with
    Chinese troops"); for a group that acts at home, the one country the places name that
    is also an actor's ("Zelensky told lawmakers that US aid ..." in Washington); else the
    story's country (``story_country``: "Ortega, Aleman and Bolanos ... the National
    Assembly", whatever Washington said)."""
    kb, doc, text = resolver.kb, span.doc, span.text
    place_countries = [p.country for p in places]
    country = _place_of(span.root, places) or _verb_subject_country(span.root, others, kb.command_verbs) \
        or (None if place_countries else _verb_subject_country(span.root, others, kb.address_verbs))
    if country is None and (host := _host(text, others, visited, doc, kb)) is not None:
        return resolver.office_actor(kb.office_for(host, kb.titles[_bare(text)].kind), when)
    if country is None and span.root.head.lower_ not in COMPANY_PREPOSITIONS:
        country = _one_of(m.actor.country for m in others if m.actor.sector == sector and not _opposed(m, doc))
    if country is None and sector in HOME_SECTORS:
        # a place of a country no actor belongs to is a venue ("a ceasefire agreed in Minsk with separatists")
        country = _one_of(p for p in place_countries if any(m.actor.country == p for m in others))
    if country is None and sector in NATIONAL:
        # diplomats serve abroad: "gave the French ambassador 72 hours" makes no French story
        country = story_country([m for m in others if m.actor.sector != "DIP"], None, kb, place_countries)
    return country


def _preposition(span: Span | None) -> Token | None:
    """The preposition whose object a phrase is ("with" of "a clash with Chinese troops")."""
    return span.root.head if span is not None and span.root.dep_ == "pobj" else None


def _where(span: Span) -> bool:
    """A phrase that says where ("outside the Chancellery", "inside the ministry"): a building."""
    prep = _preposition(span)
    return prep is not None and prep.lower_ in LOCATIVE


def _opposed(mention: Mention, doc: Doc) -> bool:
    """A party named as the other side ("a clash with Chinese troops", "fighting against
    rebels"): no evidence that a bare group of its sector is its."""
    prep = _preposition(doc.char_span(mention.start, mention.end, alignment_mode="expand"))
    return prep is not None and prep.lower_ in ("with", "against")


def _unowned_sector(text: str, kb: KB) -> str | None:
    """The sector of a phrase that names a country's institution or group without its
    country, else None: not a group serving abroad, a thing made somewhere, a person named
    after a title ("Martin Luther King"), nor people by a name ("West Bank", "Soccer City")."""
    sector = _head_sector(text, kb)
    if sector not in CONTEXT_SECTORS or kb.serves_abroad(text) or _made_in(text) \
            or sector in PEOPLE_SECTORS and not _common_noun(text) or _named_person(text, kb):
        return None
    return sector


def _host(text: str, mentions: Sequence[Mention], places: Sequence[Place], doc: Doc, kb: KB) -> str | None:
    """The country whose holder of a bare title a visitor meets: the place visited ("arrived
    in Paris", "flew to Berlin"), else the one country the places name, when no actor
    belongs to it and it has the title's office."""
    title = kb.titles.get(_bare(text))
    country = _visited(places, doc) or _one_of(p.country for p in places)
    if title is None or title.kind is None or title.kind in SHARED_KINDS or country is None \
            or any(m.actor.country == country for m in mentions):
        return None
    return country if kb.office_for(country, title.kind) else None


def _staying_places(places: Sequence[Place], doc: Doc) -> list[Place]:
    """The places named but those someone leaves for ("fled to the Maldives as protesters
    stormed ...", "left for China"): where the context's parties are."""
    return [p for p in places if p.start is None or not _left_for(p.start, p.end, doc)]


def _staying_mentions(mentions: Sequence[Mention], doc: Doc) -> list[Mention]:
    """The mentions but countries named only as where someone leaves for (as ``_staying_places``)."""
    return [m for m in mentions if m.actor.sector is not None or not _left_for(m.start, m.end, doc)]


def _left_for(start: int, end: int, doc: Doc) -> bool:
    """Is the text at start..end where someone goes ("fled to the Maldives", "left for China")?"""
    prep = _preposition(doc.char_span(start, end, alignment_mode="expand"))
    return prep is not None and prep.lower_ in ("to", "for") and prep.head.lemma_.lower() in TRAVEL_VERBS


def _across_border(start: int, end: int, doc: Doc) -> bool:
    """Is the text at start..end the country a border is with ("the border with Burkina Faso")?"""
    prep = _preposition(doc.char_span(start, end, alignment_mode="expand"))
    return prep is not None and prep.lower_ == "with" and prep.head.lemma_.lower() in BORDER_NOUNS


def _visited(places: Sequence[Place], doc: Doc) -> str | None:
    """The country of the place a visit goes to: the object of a verb of arrival or of
    "to"/"in" after one ("visited Kyiv", "flew to Berlin", "arrived in Paris")."""
    for place in places:
        span = doc.char_span(place.start, place.end, alignment_mode="expand") if place.start is not None else None
        if span is None:
            continue
        prep = _preposition(span)
        verb = prep.head if prep is not None else span.root.head
        into = span.root.dep_ == "dobj" or prep is not None and prep.lower_ in ("to", "in")
        if into and verb.lemma_.lower() in VISIT_VERBS:
            return place.country
    return None


def _model_name(span: Span, kb: KB) -> bool:
    """'Leopard tanks', 'Patriot missiles': a proper noun the data does not know before
    an arm names a make of thing, not whose (asked of armed heads only: "Tuareg rebels"
    are a people's)."""
    if any(form in kb.agents or form in kb.titles for form in _singulars(_bare(span.text))):
        return False  # "National Assembly"
    return any(t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ != "NORP" and norm(t.text) not in kb.names
               and not kb.is_people_noun(norm(t.text)) for t in span[:-1])  # before the arm, however parsed


def _place_of(head: Token, places: Sequence[Place]) -> str | None:
    """The country of a place the phrase is said to be in or from ("lawmakers in Kyiv")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "from"):
            for obj in prep.children:
                place = next((p for p in places if p.start is not None and p.start <= obj.idx < p.end), None)
                if place is not None:
                    return place.country
    return None


def _verb_subject_country(head: Token, mentions: Sequence[Mention], verbs: set[str]) -> str | None:
    """The country of the subject of a command verb (or another of ``verbs``) whose object
    the phrase is ("Megawati ordered troops"; "declared martial law and ordered troops";
    "Rwanda began deploying soldiers"; "Bush said he would send troops"; "Blair told
    parliament")."""
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in verbs:
        return None
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ != "PRON":
            return next((m.actor.country for m in mentions if m.start <= subject.idx < m.end), None)
        if verb.dep_ not in ("conj", "xcomp", "ccomp") or verb.head is verb:
            return None
        verb = verb.head  # a joined or embedded verb, or a pronoun: the governing clause's subject


def _one_of(countries: Iterable[str | None]) -> str | None:
    found = {c for c in countries if c}
    return next(iter(found)) if len(found) == 1 else None


def seat_in_context(mention: Mention, mentions: Sequence[Mention], place_countries: Sequence[str], kb: KB) -> Mention:
    """A body named by a name that is one country's only by default ("Congress", "the
    Senate") in a context about one other country is that country's ("... Mexico City's
    main square and demanded that Congress pass the law"), as in a story (``_placed``)."""
    seat = _default_seat(mention, kb)
    if seat is None:
        return mention
    # other default seats ("Congress" as the US's) are no evidence of the context's country
    country = _one_country([m for m in mentions if _default_seat(m, kb) is None], place_countries, kb)
    if country is None or country == seat.country:
        return mention
    return _moved(mention, country)


def stranger_in_context(mention: Mention, mentions: Sequence[Mention], place_countries: Sequence[str],
                        kb: KB) -> Mention:
    """Someone the data does not know, whose title gives a sector but no country ("army
    chief General Romeo Vasquez"), in a context whose other parties and places all belong
    to one country ("Honduran President Manuel Zelaya fired ..."): that country's."""
    actor = mention.actor
    if actor.country is not None or actor.resolved or actor.sector not in CONTEXT_SECTORS:
        return mention
    country = _one_country([m for m in mentions if m is not mention], place_countries, kb)
    return mention if country is None else replace(mention, actor=replace(actor, country=country))


def _one_country(mentions: Sequence[Mention], place_countries: Sequence[str], kb: KB) -> str | None:
    """The one country the mentions' actors and the places all belong to, else None."""
    return _one_of([*(m.actor.country for m in mentions if m.actor.country in kb.countries), *place_countries])


def _moved(mention: Mention, country: str) -> Mention:
    """A default seat's mention given to another country: its body of the same sector there."""
    actor = mention.actor
    return replace(mention, actor=replace(actor, country=country, entry_id=f"country:{country}/{actor.sector}"))


def _named_person(text: str, kb: KB) -> bool:
    """'Martin Luther King': a name ending in a title's word names a person, not an office
    of the context's country."""
    words = text.split()
    return len(words) > 1 and norm(words[-1]) in kb.titles and words[0][:1].isupper() \
        and norm(words[0]) not in kb.titles and norm(words[0]) not in _DETERMINERS and norm(text) not in kb.titles


def _common_noun(text: str) -> bool:
    """'protesters', 'Protesters' opening a sentence; not 'West Bank' or 'Soccer City'."""
    words = text.split()
    return words[-1].islower() or len(words) == 1 and words[0][1:].islower()


def _made_in(text: str) -> bool:
    """'Iranian-made drones': things, whoever uses them."""
    return any(part.split()[0] in ORIGIN for part in norm(text).split("-")[1:] if part.split())


def _default_seat(mention: Mention, kb: KB) -> Seat | None:
    """The seat a mention names by its bare default name ("the Senate", not "the US
    Senate"), when the data marks that name as the country's only by default."""
    seat = kb.seats.get(mention.actor.name or "")
    if seat is None or not seat.default_only or mention.actor.country != seat.country:
        return None
    return seat if _bare(mention.text) == norm(seat.name) else None


def _bare(text: str) -> str:
    """The words of a phrase without its determiner or quotation marks ("“the police" -> "police")."""
    words = norm(text).strip(" \"\u201c\u201d'()[]").split()
    return " ".join(words[1:] if words and words[0] in _DETERMINERS else words)


def _head_sector(text: str, kb: KB) -> str | None:
    """The sector of a phrase that names an institution: a title or agent noun alone ("the
    prime minister" GOV, "police" COP), one with words naming which ("Thames Valley
    Police" COP, "the forestry department" GOV, "security agencies"), or a title's office
    ("the district attorney's office" JUD). Generic officials of another sector are
    theirs ("business leaders" BUS, "opposition officials" OPP, "Republican officials"
    PTY); a specific body keeps its own ("Republican representatives" LEG)."""
    term = _bare(text)
    for form in _singulars(term):  # "the military chiefs", "gangs"
        if form in kb.titles:
            return kb.titles[form].sector
        if form in kb.agents:
            return kb.agents[form]
    owner, _, owned = term.rpartition("'s ")
    if owner and owned == "office":
        return _head_sector(owner, kb)
    words = term.split()
    for k in range(1, len(words)):
        sector = _agent_sector(" ".join(words[k:]), kb)
        if sector is not None:
            # a party or a trade names whose generic "officials" or "leaders" they are
            return (_modifier_sector(words[:k], kb) if sector == "GOV" else None) or sector
    return None


def _agent_sector(noun: str, kb: KB) -> str | None:
    """An agent noun's sector, plurals included ("agencies" as "agency")."""
    return next((kb.agents[form] for form in _singulars(noun) if form in kb.agents), None)


def _singulars(noun: str) -> tuple[str, ...]:
    """A noun as written, then as its singular if it may be a plural ("agencies", "chiefs")."""
    if noun.endswith("ies"):
        return noun, noun[:-3] + "y"
    return (noun, noun[:-1]) if noun.endswith("s") and not noun.endswith("ss") else (noun,)


def _modifier_sector(words: list[str], kb: KB) -> str | None:
    """The sector a modifier names when it is no institution's ("business", "party")."""
    return next((kb.agents[w] for w in words if kb.agents.get(w) not in (None, *INSTITUTIONS)), None)


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
