"""The typed records that flow between dragoman's stages.

ingest -> Article (or Skipped) -> language -> Sentence -> actors -> Mention(Actor)
-> events -> Event(Evidence) -> when -> dated Event -> store.

Character offsets are always relative to ``Article.text`` (the cleaned article text
that is stored), so a reader can cut the evidence out of the stored article.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

DatePrecision = Literal["day", "month", "year"]
# An event's mode (factuality) is one of the codebook's modes (events/data/plover.yaml):
# "" (asserted), negated, planned, hypothetical, historical.


@dataclass(slots=True)
class Article:
    """One document to code. ``origin`` says where it came from (``file`` or ``file:line``)."""

    doc_id: str
    text: str
    title: str | None = None
    date: date | None = None
    source: str | None = None
    url: str | None = None
    origin: str | None = None
    language: str = "en"
    # How the publication date was found: metadata, text, option or unknown.
    date_origin: str = "unknown"
    meta: dict[str, Any] = field(default_factory=dict)
    # Set by the pipeline: the type of the event the article is mainly about (dragoman.headline).
    main_type: str | None = None


@dataclass(slots=True, frozen=True)
class Skipped:
    """An input that could not be read; ``origin`` names the file (and line)."""

    origin: str
    reason: str


@dataclass(slots=True, frozen=True)
class Warned:
    """An input read and coded despite a problem (a guessed encoding, an unreadable date);
    ``origin`` names the file (and line), as for Skipped."""

    origin: str
    reason: str


@dataclass(slots=True, frozen=True)
class Sentence:
    doc_id: str
    index: int
    text: str
    start: int
    end: int


@dataclass(slots=True, frozen=True)
class Actor:
    """Who an actor is on a given date.

    ``country`` is an ISO-3166 alpha-3 code or a group code (NATO, EU, UN, WST, ...);
    ``resolved`` is False when only a title/demonym told us the country and sector.
    """

    name: str | None
    country: str | None
    sector: str | None = None
    wikidata: str | None = None
    role_title: str | None = None
    resolved: bool = True
    # Key of the knowledge-base entry, used to re-resolve dated roles on the event date.
    entry_id: str | None = None


@dataclass(slots=True, frozen=True)
class Mention:
    """A span of the article that names an actor."""

    text: str
    start: int
    end: int
    actor: Actor


@dataclass(slots=True, frozen=True)
class Place:
    """Where an event happened. ``kind``: country, capital, city, region or site.
    ``text``/``start``/``end`` locate the words that named it (None for a dateline)."""

    name: str
    country: str | None
    kind: str
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(slots=True, frozen=True)
class Evidence:
    doc_id: str
    sentence_index: int
    sentence: str
    sentence_start: int
    trigger: str
    trigger_start: int
    trigger_end: int
    # (start, end) of each party's whole noun phrase ("another ethnic Chechen"), in the
    # order of the event's actors / recipients; a mention is only the name inside it.
    actor_phrases: tuple[tuple[int, int], ...] = ()
    recipient_phrases: tuple[tuple[int, int], ...] = ()


# Event modes that do not claim something happened (the others: asserted, planned, historical).
NOT_ASSERTED_MODES = frozenset({"negated", "hypothetical"})
# Event types aimed at a place when they name no party: their target is where they happen
# ("staged a protest in Beijing" -> CHN, "bombed the port of Odessa" -> UKR).
PLACE_TARGET_TYPES = frozenset({"PROTEST", "MOBILIZE", "ASSAULT", "COERCE", "RETREAT", "CONCEDE", "SANCTION", "AID"})


@dataclass(slots=True)
class Event:
    event_type: str  # PLOVER 2.0 type, e.g. CONSULT
    actors: list[Mention]
    recipients: list[Mention]
    evidence: Evidence
    mode: str = ""
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    confidence: float = 0.5
    date: date | None = None
    date_precision: DatePrecision | None = None
    date_text: str | None = None
    # "text" when a time expression in the sentence dated it, "context" when an earlier
    # sentence of the same paragraph did ("On Saturday, X called ... X argued ..."),
    # "publication" when it fell back to the article's date (stated, never silent);
    # None when undated.
    date_basis: str | None = None
    place: Place | None = None
    # "rules" (a lexicon trigger on the parse) or "classifier" (the sentence classifier
    # named the type where no trigger fired; actors still come from the parse).
    method: str = "rules"

    @property
    def id(self) -> str:
        """Stable id: the same evidence coded the same way gets the same id on every run."""
        ev = self.evidence
        key = "|".join(
            [
                ev.doc_id,
                str(ev.trigger_start),
                self.event_type,
                ",".join(f"{m.start}" for m in self.actors),
                ",".join(f"{m.start}" for m in self.recipients),
            ]
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True, frozen=True)
class Quote:
    """What someone said: a direct quote (in quotation marks) or indirect speech
    ("X said that ..."), with the speaker's mention when the text names one."""

    doc_id: str
    sentence_index: int
    kind: str  # "direct" or "indirect"
    text: str
    start: int
    end: int
    cue: str
    cue_start: int
    speaker: Mention | None = None


@dataclass(slots=True)
class CodedArticle:
    """An article with everything the pipeline found in it."""

    article: Article
    sentences: list[Sentence]
    mentions: list[Mention]
    events: list[Event]
    quotes: list[Quote] = field(default_factory=list)
