"""Exports of stored events to files other tools read.

>>> with open_store("events.db") as store:
...     export(store, "plover-jsonl", "events.jsonl")           # a path ...
...     export(store, "gdelt-tsv", "out")                       # out.events.tsv + out.mentions.tsv
...     export(store, "plover-jsonl", sys.stdout)               # ... or an open text stream

Formats (both levels of :mod:`dragoman.dedupe` are kept):

``plover-jsonl``
    one JSON object per **real event**, described by
    ``dragoman/schemas/plover-event.schema.json`` (JSON Schema 2020-12): the event's
    id, type, mode, date, counts (``num_mentions``, ``num_sources``, ``num_articles``,
    ``first_seen``, ``last_seen``) and place; ``actor``/``recipient``/``doc_id``/
    ``sentence``/``text``/``trigger`` are those of its root mention (the first reported,
    like GDELT's SOURCEURL), and ``mentions`` lists every mention as a mention record.
``plover-jsonl-mentions``
    one JSON object per **mention** (coded sentence), the schema's ``$defs/record``
    (:func:`validate_plover_mention`); ``event_id`` names its real event.
``gdelt-tsv``
    GDELT 2.0 style tab-separated tables with a header row: the events table
    (:data:`GDELT_EVENT_COLUMNS`) and the mentions table (:data:`GDELT_MENTION_COLUMNS`).
    Given a path ``X`` it writes ``X.events.tsv`` and ``X.mentions.tsv`` (a trailing
    ``.tsv`` of ``X`` is dropped first: ``-o out.tsv`` gives ``out.events.tsv``); given a
    stream it writes the events table only.
``gdelt-tsv-mentions``
    the GDELT mentions table alone (for a stream).

:func:`output_paths` tells which files a path target produces.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from dragoman.records import Article, Event, Mention

if TYPE_CHECKING:
    from dragoman.dedupe import EventCluster
    from dragoman.store import Store

__all__ = [
    "FORMATS",
    "GDELT_EVENT_COLUMNS",
    "GDELT_MENTION_COLUMNS",
    "PloverValidationError",
    "cluster_to_plover",
    "event_to_plover",
    "export",
    "gdelt_event_row",
    "gdelt_mention_rows",
    "load_schema",
    "output_paths",
    "validate_plover",
    "validate_plover_mention",
    "write_gdelt_tsv",
    "write_plover_events_jsonl",
    "write_plover_jsonl",
]


class PloverValidationError(ValueError):
    """A record does not match the PLOVER event schema; ``errors`` lists each problem."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("invalid PLOVER event record:\n  " + "\n  ".join(errors))
        self.errors = errors


# -- records -> PLOVER dicts ---------------------------------------------------------


def event_to_plover(event: Event, article: Article | None = None) -> dict[str, Any]:
    """One event as a PLOVER JSON object; article fields are null without ``article``."""
    ev = event.evidence
    return {
        "id": event.id,
        "date": _iso(event.date),
        "date_precision": event.date_precision,
        "date_text": event.date_text,
        "date_basis": event.date_basis,
        "event": event.event_type,
        "mode": event.mode,
        "context": list(event.context),
        "actor": _parties(event.actors, ev.actor_phrases),
        "recipient": _parties(event.recipients, ev.recipient_phrases),
        "cameo": event.cameo,
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        "confidence": event.confidence,
        "method": event.method,
        "doc_id": ev.doc_id,
        "sentence": ev.sentence_index,
        "text": ev.sentence,
        "trigger": {"text": ev.trigger, "start": ev.trigger_start, "end": ev.trigger_end},
        "place": _place(event.place),  # where this mention puts it; the event's is its own mentions' best
        # Always present (null when unknown) so every line has the same columns.
        "source": article.source if article else None,
        "url": article.url if article else None,
        "title": article.title if article else None,
        "publication_date": _iso(article.date) if article else None,
    }


def cluster_to_plover(cluster: EventCluster, articles: Mapping[str, Article] | None = None) -> dict[str, Any]:
    """One real event as a PLOVER JSON object with its mentions (see the module doc)."""
    get = (lambda d: articles.get(d)) if articles is not None else (lambda d: None)  # noqa: E731
    mentions = [event_to_plover(m, get(m.evidence.doc_id)) | {"event_id": cluster.id}
                for m in cluster.mentions]
    root = next((m for m in mentions if m["id"] == cluster.root_mention_id), mentions[0])
    # The time expression behind the event's date: the first mention dated that way.
    dating = next((m for m in mentions if m["date"] == _iso(cluster.date)
                   and m["date_precision"] == cluster.date_precision), root)
    record = dict(root)
    del record["event_id"]
    record.update(
        id=cluster.id,
        date=_iso(cluster.date),
        date_precision=cluster.date_precision,
        date_text=dating["date_text"],
        date_basis=dating["date_basis"],
        event=cluster.event_type,
        mode=cluster.mode,
        context=list(cluster.context),
        confidence=cluster.confidence,
        place=_place(cluster.place),
        root_mention=cluster.root_mention_id,
        num_mentions=cluster.num_mentions,
        num_sources=cluster.num_sources,
        num_articles=cluster.num_articles,
        first_seen=_iso(cluster.first_seen),
        last_seen=_iso(cluster.last_seen),
        mentions=mentions,
    )
    return record


def _place(p) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"name": p.name, "country": p.country, "kind": p.kind, "lat": p.lat, "lon": p.lon,
            "geonames_id": p.geonames_id}


def _parties(mentions: Sequence[Mention], phrases: Sequence[tuple[int, int]]) -> list[dict[str, Any]]:
    """Each party with the noun phrase around its mention when it is known."""
    out = []
    for position, m in enumerate(mentions):
        party = _party(m)
        if position < len(phrases):
            party["phrase"] = {"start": phrases[position][0], "end": phrases[position][1]}
        out.append(party)
    return out


def _party(m: Mention) -> dict[str, Any]:
    a = m.actor
    return {
        "text": m.text,
        "name": a.name,
        "country": a.country,
        "sector": a.sector,
        "wikidata": a.wikidata,
        "resolved": a.resolved,
        "role_title": a.role_title,
        "start": m.start,
        "end": m.end,
    }


def _iso(d: date | None) -> str | None:
    if d is None:
        return None
    return (d.date() if isinstance(d, datetime) else d).isoformat()


# -- writers -------------------------------------------------------------------------


def write_plover_jsonl(
    events: Iterable[Event],
    fp: IO[str],
    articles: Mapping[str, Article] | None = None,
    *,
    validate: bool = False,
) -> int:
    """Write one JSON line per mention (coded ``Event``) to ``fp``; return how many."""
    n = 0
    for event in events:
        article = articles.get(event.evidence.doc_id) if articles is not None else None
        obj = event_to_plover(event, article)
        if validate:
            validate_plover_mention(obj)
        # ensure_ascii=False keeps names in Cyrillic/Arabic readable in the file.
        fp.write(json.dumps(obj, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_plover_events_jsonl(
    clusters: Iterable[EventCluster],
    fp: IO[str],
    articles: Mapping[str, Article] | None = None,
    *,
    validate: bool = False,
) -> int:
    """Write one JSON line per real event (with its mentions); return how many."""
    n = 0
    for cluster in clusters:
        obj = cluster_to_plover(cluster, articles)
        if validate:
            validate_plover(obj)
        fp.write(json.dumps(obj, ensure_ascii=False) + "\n")
        n += 1
    return n


# -- GDELT 2.0 tables ------------------------------------------------------------------

_GDELT_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]
_GDELT_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
#: The GDELT 2.0 event table's 61 columns, in order, then dragoman's own (last).
GDELT_EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _GDELT_ACTOR), *(f"Actor2{c}" for c in _GDELT_ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GDELT_GEO), *(f"Actor2Geo_{c}" for c in _GDELT_GEO),
    *(f"ActionGeo_{c}" for c in _GDELT_GEO),
    "DATEADDED", "SOURCEURL",
    # dragoman's columns
    "PloverType", "Mode", "DatePrecision", "FirstSeen", "LastSeen", "RootMentionID", "Confidence",
)
#: The GDELT 2.0 mentions table's 16 columns, then dragoman's own.
GDELT_MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo",
    "Extras",
    # dragoman's columns
    "MentionID", "DocID", "PloverType", "Mode", "Trigger", "DuplicateOf",
)
_GEO_TYPES = {"country": 1, "region": 5, "city": 4, "capital": 4, "site": 4}


def _ymd(d: date | None, time: bool = False) -> str:
    if d is None:
        return ""
    return d.strftime("%Y%m%d") + ("000000" if time else "")


def _gdelt_actor(actors: list) -> list[Any]:
    if not actors:
        return [""] * len(_GDELT_ACTOR)
    a = actors[0]
    country = a.country or ""
    iso = country if re.fullmatch(r"[A-Z]{3}", country) else ""
    group = country if country and not iso else ""
    return [country + (a.sector or ""), a.name or "", iso, group, "", "", "", a.sector or "", "", ""]


def _source_name(article: Article | None) -> str:
    if article is None:
        return ""
    if article.source:
        return article.source
    if article.url:
        return re.sub(r"^[a-z][a-z0-9+.-]*://", "", article.url, flags=re.I).split("/", 1)[0]
    return ""


def gdelt_event_row(cluster: EventCluster, articles: Mapping[str, Article] | None = None) -> list[Any]:
    """One real event as a row of :data:`GDELT_EVENT_COLUMNS`.

    Differences from GDELT: GLOBALEVENTID is dragoman's 16-hex id; country codes are
    ISO-3166 alpha-3 (GDELT uses CAMEO codes for actors, FIPS 10-4 for places); group
    codes (NATO, EU, ...) go to KnownGroupCode; Actor1/Actor2 are the first actor and
    recipient of the root mention (compound actors are in the PLOVER export); IsRootEvent
    is 1 when the root mention is in an article's first three sentences; DATEADDED is the
    first publication date (midnight), so exports are reproducible; AvgTone is blank."""
    root = next((m for m in cluster.mentions if m.id == cluster.root_mention_id),
                cluster.mentions[0] if cluster.mentions else None)
    article = articles.get(root.evidence.doc_id) if (articles is not None and root) else None
    d = cluster.date
    cameo = cluster.cameo or ""
    p = cluster.place
    if p is not None:
        kind = _GEO_TYPES.get(p.kind, "")
        if p.country == "USA" and kind in (4, 5):
            kind = {4: 3, 5: 2}[kind]
        action_geo = [kind, p.name, p.country or "", "", "", _num(p.lat), _num(p.lon), p.geonames_id or ""]
    else:
        action_geo = [""] * len(_GDELT_GEO)
    return [
        cluster.id, _ymd(d), d.strftime("%Y%m") if d else "", d.year if d else "",
        f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}" if d else "",
        *_gdelt_actor(cluster.actors), *_gdelt_actor(cluster.recipients),
        int(root is not None and root.evidence.sentence_index < 3),
        cameo, cameo[:3], cameo[:2], _num(cluster.quad_class), _num(cluster.goldstein),
        cluster.num_mentions, cluster.num_sources, cluster.num_articles, "",
        *([""] * len(_GDELT_GEO)), *([""] * len(_GDELT_GEO)), *action_geo,
        _ymd(cluster.first_seen, time=True),
        (article.url if article and article.url else root.evidence.doc_id if root else ""),
        cluster.event_type, cluster.mode, cluster.date_precision or "", _iso(cluster.first_seen) or "",
        _iso(cluster.last_seen) or "", cluster.root_mention_id, _num(cluster.confidence),
    ]


def gdelt_mention_rows(
    cluster: EventCluster,
    articles: Mapping[str, Article] | None = None,
    duplicate_of: Callable[[str], str | None] | None = None,
) -> Iterator[list[Any]]:
    """The rows of :data:`GDELT_MENTION_COLUMNS` for each mention of a real event.
    SentenceID is 1-based as in GDELT; offsets are -1 when there is no such party;
    MentionType is 1 (web) when the article has a URL, else 3 (a corpus document);
    Confidence is the coder's confidence in percent."""
    for m in cluster.mentions:
        ev = m.evidence
        article = articles.get(ev.doc_id) if articles is not None else None
        url = article.url if article and article.url else None
        yield [
            cluster.id, _ymd(cluster.first_seen, time=True),
            _ymd(article.date if article else None, time=True), 1 if url else 3,
            _source_name(article), url or ev.doc_id, ev.sentence_index + 1,
            m.actors[0].start if m.actors else -1, m.recipients[0].start if m.recipients else -1,
            ev.trigger_start, 1, round(m.confidence * 100), len(article.text) if article else "",
            "", "", "",
            m.id, ev.doc_id, m.event_type, m.mode, ev.trigger,
            (duplicate_of(ev.doc_id) or "") if duplicate_of is not None else "",
        ]


def _num(x: Any) -> Any:
    return "" if x is None else x


def _tsv(fp: IO[str], row: Iterable[Any]) -> None:
    fp.write("\t".join(re.sub(r"[\t\r\n]+", " ", str(v)) for v in row) + "\n")


def write_gdelt_tsv(
    clusters: Iterable[EventCluster],
    events_fp: IO[str] | None,
    mentions_fp: IO[str] | None = None,
    articles: Mapping[str, Article] | None = None,
    duplicate_of: Callable[[str], str | None] | None = None,
) -> int:
    """Write the GDELT events and/or mentions tables (with header rows); return the
    number of events, or of mention rows when only the mentions table is written.
    ``duplicate_of(doc_id)`` fills the DuplicateOf column."""
    if events_fp is not None:
        _tsv(events_fp, GDELT_EVENT_COLUMNS)
    if mentions_fp is not None:
        _tsv(mentions_fp, GDELT_MENTION_COLUMNS)
    events = mentions = 0
    for cluster in clusters:
        if events_fp is not None:
            _tsv(events_fp, gdelt_event_row(cluster, articles))
        if mentions_fp is not None:
            for row in gdelt_mention_rows(cluster, articles, duplicate_of):
                _tsv(mentions_fp, row)
                mentions += 1
        events += 1
    return events if events_fp is not None else mentions


# -- formats ---------------------------------------------------------------------------


def _export_plover_jsonl(store: Store, fp: IO[str]) -> int:
    return write_plover_events_jsonl(store.real_events(), fp, _StoreArticles(store))


def _export_plover_mentions(store: Store, fp: IO[str]) -> int:
    articles = _StoreArticles(store)
    n = 0
    for event in store.events():
        obj = event_to_plover(event, articles.get(event.evidence.doc_id))
        obj["event_id"] = store.event_of(event.id)
        fp.write(json.dumps(obj, ensure_ascii=False) + "\n")
        n += 1
    return n


def _export_gdelt_events(store: Store, fp: IO[str]) -> int:
    return write_gdelt_tsv(store.real_events(), fp, None, _StoreArticles(store))


def _export_gdelt_mentions(store: Store, fp: IO[str]) -> int:
    return write_gdelt_tsv(store.real_events(), None, fp, _StoreArticles(store), store.duplicate_of)


FORMATS: dict[str, Callable[[Store, IO[str]], int]] = {
    "plover-jsonl": _export_plover_jsonl,
    "plover-jsonl-mentions": _export_plover_mentions,
    "gdelt-tsv": _export_gdelt_events,
    "gdelt-tsv-mentions": _export_gdelt_mentions,
}


def output_paths(fmt: str, path: str | Path) -> list[Path]:
    """The files ``export(store, fmt, path)`` writes."""
    _writer(fmt)
    path = Path(path)
    if fmt == "gdelt-tsv":
        base = path.name[: -len(".tsv")] if path.name.endswith(".tsv") else path.name
        return [path.with_name(base + ".events.tsv"), path.with_name(base + ".mentions.tsv")]
    return [path]


def export(store: Store, fmt: str, target: IO[str] | str | Path) -> int:
    """Write every stored event in format ``fmt`` to ``target``, a text stream or a
    path (``gdelt-tsv`` writes two files for a path: see :func:`output_paths`); return
    how many records (real events, or mentions for the ``-mentions`` formats)."""
    writer = _writer(fmt)
    if not isinstance(target, (str, Path)):
        return writer(store, target)
    paths = output_paths(fmt, target)
    if fmt == "gdelt-tsv":
        with open(paths[0], "w", encoding="utf-8", newline="") as ev, \
                open(paths[1], "w", encoding="utf-8", newline="") as mn:
            return write_gdelt_tsv(store.real_events(), ev, mn, _StoreArticles(store), store.duplicate_of)
    with open(paths[0], "w", encoding="utf-8") as fp:
        return writer(store, fp)


def _writer(fmt: str) -> Callable[[Store, IO[str]], int]:
    try:
        return FORMATS[fmt]
    except KeyError:
        raise ValueError(
            f"unknown export format {fmt!r}; supported: {', '.join(sorted(FORMATS))}"
        ) from None


class _StoreArticles(Mapping[str, Article]):
    """Articles read from the store on demand, so an export never holds every
    article text in memory at once (a few hundred recent ones are cached)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._fetch = lru_cache(maxsize=256)(store.article)

    def __getitem__(self, doc_id: str) -> Article:
        article = self._fetch(doc_id)
        if article is None:
            raise KeyError(doc_id)
        return article

    def __iter__(self) -> Iterator[str]:
        return (a.doc_id for a in self._store.articles())

    def __len__(self) -> int:
        return self._store.counts()["articles"]


# -- schema --------------------------------------------------------------------------


@cache
def load_schema() -> dict[str, Any]:
    """The PLOVER event JSON Schema shipped with dragoman (do not mutate the result)."""
    path = resources.files("dragoman").joinpath("schemas", "plover-event.schema.json")
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _validator(level: str = "event") -> Any:
    import jsonschema  # imported here: only validation needs it

    cls = jsonschema.Draft202012Validator
    schema = load_schema()
    if level == "mention":
        schema = {"$schema": schema["$schema"], "$id": schema["$id"].replace(".schema.json", "-mention.schema.json"),
                  "$defs": schema["$defs"], "$ref": "#/$defs/record"}
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def validate_plover(obj: Mapping[str, Any]) -> None:
    """Raise :class:`PloverValidationError` naming every field of a real-event record
    (a ``plover-jsonl`` line) that breaks the schema."""
    _validate(obj, "event")


def validate_plover_mention(obj: Mapping[str, Any]) -> None:
    """The same for a mention record (a ``plover-jsonl-mentions`` line, or one item of
    an event's ``mentions``)."""
    _validate(obj, "mention")


def _validate(obj: Mapping[str, Any], level: str) -> None:
    errors = sorted(_validator(level).iter_errors(obj), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        raise PloverValidationError(
            [f"{'/'.join(map(str, e.absolute_path)) or '(record)'}: {e.message}" for e in errors]
        )
