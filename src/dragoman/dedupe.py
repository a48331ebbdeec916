"""Deduplication: near-duplicate articles, and mentions of one happening merged into one event.

Two levels, as in GDELT's *events* and *mentions* tables:

* a **mention** is what the coder produces: one :class:`~dragoman.records.Event` record,
  the evidence of one sentence (stored in the ``events`` table, id ``Event.id``);
* a **real event** (:class:`EventCluster`) is one happening, with every mention that
  reports it and ``num_mentions``, ``num_sources``, ``num_articles``, ``first_seen``,
  ``last_seen`` (stored in ``event_clusters``, linked by ``event_mentions``).

Article deduplication
---------------------
:class:`ArticleDeduper` finds near-duplicate articles (wire copies, re-posts, updated
versions) with MinHash (datasketch, 128 permutations, word 5-shingles) and LSH banding
(the band/row split datasketch's ``MinHashLSH`` picks for a threshold 0.1 below ours),
then checks the estimated Jaccard similarity of each candidate against
:data:`DUPLICATE_THRESHOLD` (0.5: see the measurement there). Articles linked by
near-duplicate pairs form a group; its **original** is the earliest published member
(ties: smallest ``doc_id``) and the others point to it (``articles.duplicate_of``). Each
mention of a duplicate is paired with its **counterpart** in the original (same event
type and factuality, most similar sentence) and joins the counterpart's event: a wire
copy adds mentions, articles and sources, never events. A duplicate's mention without a
counterpart (say a paragraph added to an updated version) is new evidence and is
clustered like any other mention.

Merging rules (mentions -> real events)
---------------------------------------
Two mentions can be the same happening only when they share a **block**:

1. the same PLOVER type;
2. the same factuality: asserted and historical mentions merge with each other
   (history is a past fact); negated, planned and hypothetical mentions merge only with
   mentions of the same mode. A plan is not its realisation (plans get cancelled), so
   "will meet on Friday" and "met on Friday" are two records; a negation never merges
   with an assertion;
3. the same actors: each party is keyed by its person (the name a person or office
   entry resolved to on the event date, so "the US Secretary of State" in 2023 and
   "Blinken" agree, while in 2025 it is Rubio), else its knowledge-base entry
   (``country:RUS/GOV``, ``group:eu``), else (unresolved) its country and sector, and
   then two mentions only merge when the unresolved parties' texts match
   (rapidfuzz ``token_set_ratio`` >= 90). Compound actors are sets. For symmetric types
   (:data:`SYMMETRIC_TYPES`: CONSULT, COOPERATE, AGREE) the actor and recipient sides
   are pooled, so "A met B", "B met A" and "A and B met" agree, and "A and B agreed",
   coded in both directions, is one agreement.

Within a block, mentions are taken from the most to the least precise date
(text-stated day, publication-date day, month, year, undated), in a canonical order
that does not depend on arrival, and each joins the one event it is compatible with:

* day vs day: the same day. A day that only falls back to the publication date
  (``date_basis == "publication"``) is compatible with a stated day up to
  :data:`PUBLICATION_WINDOW_DAYS` earlier (news reports what happened in the last days);
  the exact day wins when there is one;
* month: an event whose day lies in that month; year: an event in that year;
* undated: an event that already holds a mention of the same article (or of an article
  it duplicates); undated mentions never join other articles' events;
* place: when both are known, two point places (city, capital, site) must be the
  same place, and the countries must agree;
* when a mention is compatible with **several** events (a month mention and two
  meetings in that month) it joins none of them: it makes its own, less precise event.

So two meetings of the same pair a week apart stay two events, and the Lavrov–Blinken
meeting in New Delhi (March 2023) never merges with the Lavrov–Rubio call (February
2025): other recipient, other date.

Stable ids
----------
The partition of a block is a pure function of the set of mentions in it (canonical
order, no arrival order, no randomness), and an event id is
``sha1("ev1|" + block + "|" + anchor)[:16]`` where the anchor is the event's date at
its precision (``d:2023-03-02``, ``m:2023-03``, ``y:2023``) or, for an undated event,
its article (``doc:<id>``); when two events of a block share an anchor (two places on
one day, unmatched unresolved texts) the place and text, then an ordinal, are appended.
Hence re-running, re-saving or loading the same articles in any order gives the same ids.
Limits: ids are a function of the evidence, so *new* evidence can change one: a
month-only event that receives its first dated mention becomes day-anchored, and an
event that existed only through publication-dated mentions moves to the stated day
when one arrives. Day-anchored events — the common case — keep their id.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from dragoman.records import Actor, Event, Mention, Place

__all__ = [
    "ArticleDeduper",
    "DUPLICATE_THRESHOLD",
    "EventCluster",
    "MentionKey",
    "PUBLICATION_WINDOW_DAYS",
    "RULES_VERSION",
    "SYMMETRIC_TYPES",
    "block_key",
    "cluster_date",
    "cluster_mentions",
    "cluster_place",
    "counterparts",
    "factuality",
    "mention_key",
    "party_key",
]

RULES_VERSION = "ev2"  # ev2: AGREE is symmetric
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
PUBLICATION_WINDOW_DAYS = 3
TEXT_MATCH = 90  # rapidfuzz token_set_ratio for unresolved actors' texts
COUNTERPART_MATCH = 60  # rapidfuzz ratio of sentences for a duplicate's mention
# Estimated Jaccard similarity of word 5-shingles above which two articles are copies.
# Measured on the 295 Wikinews articles: distinct articles reach at most 0.34 (interview
# templates); perturbed copies (10% of sentences dropped, 3 words changed, boilerplate
# added) have a median of 0.78 and 95% are above 0.5 — 0.8 would miss half of them.
DUPLICATE_THRESHOLD = 0.5
SCHEME = "affine32"  # datasketch 2.0 hashing scheme; signatures are uint32
_POINT_KINDS = frozenset({"city", "capital", "site"})
_FACTUALITY = {"": "asserted", "historical": "asserted"}


# -- records ---------------------------------------------------------------------------


@dataclass(slots=True)
class EventCluster:
    """One real-world event and the mentions that report it.

    ``actors``/``recipients`` are the resolved actors of the root mention (the first
    reported: earliest publication, then document, sentence, offset); all mentions of
    an event share their keys. ``date``/``date_precision`` are the most precise
    compatible date; ``first_seen``/``last_seen`` are publication dates of the articles.
    """

    id: str
    event_type: str
    mode: str
    actors: list[Actor]
    recipients: list[Actor]
    date: date | None
    date_precision: str | None
    place: Place | None
    cameo: str | None
    goldstein: float | None
    quad_class: int | None
    confidence: float
    context: list[str]
    num_mentions: int
    num_sources: int
    num_articles: int
    first_seen: date | None
    last_seen: date | None
    root_mention_id: str
    mentions: list[Event] = field(default_factory=list)


@dataclass(slots=True, frozen=True)
class MentionKey:
    """What clustering needs to know about one mention (all content-derived)."""

    id: str
    doc_id: str  # the original article when the mention's article is a duplicate
    block: str
    texts: tuple[str, ...]  # normalised texts of unresolved parties, in key order
    event_type: str
    date: date | None
    precision: str | None
    basis: str | None
    place: Place | None
    publication: date | None
    sentence: int
    offset: int
    counterpart: str | None = None  # duplicate's mention -> its original's mention


# -- keys ------------------------------------------------------------------------------


def factuality(mode: str) -> str:
    """The merge class of a mode: asserted (and historical), negated, planned, hypothetical."""
    return _FACTUALITY.get(mode or "", mode)


def _norm(text: str | None) -> str:
    text = (text or "").casefold().replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text)
    words = re.findall(r"\w+", text)
    return " ".join(w for w in words if w not in {"the", "a", "an", "of"})


def party_key(actor: Actor, text: str = "") -> tuple[str, str | None]:
    """(key, text to fuzzy-match or None). Persons by the name they resolved to on the
    event date (office holders included), else the knowledge-base entry, else (for an
    unresolved actor) country/sector with the text to match."""
    entry = actor.entry_id or ""
    if actor.resolved and actor.name and (entry.startswith(("person:", "office:")) or not entry):
        return "p:" + _norm(actor.name), None
    if actor.resolved and entry:
        return "e:" + entry, None
    return f"u:{actor.country or '-'}/{actor.sector or '-'}", _norm(actor.name or text) or _norm(text)


def _side(mentions: Sequence[Mention]) -> list[tuple[str, str | None]]:
    return sorted({party_key(m.actor, m.text) for m in mentions}, key=lambda k: (k[0], k[1] or ""))


def block_key(event: Event) -> tuple[str, tuple[str, ...]]:
    """The block (type, factuality, actor keys) and the unresolved texts of a mention."""
    if event.event_type in SYMMETRIC_TYPES:
        parties = sorted(set(_side(event.actors)) | set(_side(event.recipients)),
                         key=lambda k: (k[0], k[1] or ""))
        sides = "{" + ",".join(k for k, _ in parties) + "}"
    else:
        parties = _side(event.actors) + _side(event.recipients)
        sides = (",".join(k for k, _ in _side(event.actors)) + ">"
                 + ",".join(k for k, _ in _side(event.recipients)))
    texts = tuple(t for _, t in parties if t is not None)
    return f"{event.event_type}|{factuality(event.mode)}|{sides}", texts


def mention_key(event: Event, *, doc_id: str | None = None, publication: date | None = None,
                counterpart: str | None = None) -> MentionKey:
    block, texts = block_key(event)
    return MentionKey(
        id=event.id, doc_id=doc_id or event.evidence.doc_id, block=block, texts=texts,
        event_type=event.event_type, date=event.date, precision=event.date_precision,
        basis=event.date_basis, place=event.place, publication=publication,
        sentence=event.evidence.sentence_index, offset=event.evidence.trigger_start,
        counterpart=counterpart,
    )


# -- compatibility ---------------------------------------------------------------------


def _level(m: MentionKey) -> int:
    if m.date is None or m.precision is None:
        return 4
    if m.precision == "day":
        return 1 if m.basis == "publication" else 0
    return 2 if m.precision == "month" else 3


def _is_point(p: Place | None) -> bool:
    return p is not None and p.kind in _POINT_KINDS


def _place_key(p: Place | None) -> str:
    if p is None:
        return "-"
    return f"{p.country or '-'}:{p.geonames_id or _norm(p.name)}"


def places_compatible(a: Place | None, b: Place | None) -> bool:
    """Unknown is compatible with anything; countries must agree; two point places
    (city, capital, site) must be the same place."""
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if _is_point(a) and _is_point(b):
        if a.geonames_id and b.geonames_id:
            return a.geonames_id == b.geonames_id
        return _norm(a.name) == _norm(b.name)
    return True


def _texts_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if a == b:
        return True
    if len(a) != len(b):
        return False
    from rapidfuzz import fuzz

    return all(fuzz.token_set_ratio(x, y) >= TEXT_MATCH for x, y in zip(a, b))


class _Draft:
    """An event being built inside one block."""

    __slots__ = ("members", "day", "month", "year", "places", "docs")

    def __init__(self) -> None:
        self.members: list[MentionKey] = []
        self.day: date | None = None
        self.month: tuple[int, int] | None = None
        self.year: int | None = None
        self.places: list[Place] = []
        self.docs: set[str] = set()

    def add(self, m: MentionKey) -> None:
        self.members.append(m)
        self.docs.add(m.doc_id)
        if m.place is not None:
            self.places.append(m.place)
        if m.date is None or m.precision is None:
            return
        if m.precision == "day" and self.day is None:
            self.day = m.date
        if m.precision in ("day", "month") and self.month is None:
            self.month = (m.date.year, m.date.month)
        if self.year is None:
            self.year = m.date.year

    def place_ok(self, m: MentionKey) -> bool:
        return all(places_compatible(p, m.place) for p in self.places)

    def date_ok(self, m: MentionKey, level: int) -> bool:
        d = m.date
        if level == 1:
            return self.day is not None and d - timedelta(days=PUBLICATION_WINDOW_DAYS) <= self.day <= d
        if level == 2:
            return self.month == (d.year, d.month)
        if level == 3:
            return self.year == d.year
        return m.doc_id in self.docs  # undated: same article only

    def anchor(self) -> str:
        if self.day is not None:
            return "d:" + self.day.isoformat()
        if self.month is not None:
            return f"m:{self.month[0]:04d}-{self.month[1]:02d}"
        if self.year is not None:
            return f"y:{self.year:04d}"
        return "doc:" + min(self.docs)


def _order(m: MentionKey) -> tuple[Any, ...]:
    return (_level(m), m.date or date.max, _is_point(m.place) is False, _place_key(m.place),
            m.publication or date.max, m.doc_id, m.sentence, m.offset, m.id)


def _bucket(m: MentionKey, level: int) -> Any:
    if level in (0, 1):
        return m.date
    if level == 2:
        return (m.date.year, m.date.month)
    if level == 3:
        return m.date.year
    return m.doc_id


def _partition_texts(mentions: list[MentionKey]) -> list[list[MentionKey]]:
    """Split a block by its unresolved parties' texts (connected components of fuzzy
    matches between distinct text tuples, so the result does not depend on order)."""
    distinct = sorted({m.texts for m in mentions})
    if len(distinct) <= 1:
        return [mentions]
    parent = {t: t for t in distinct}

    def find(t):
        while parent[t] != t:
            parent[t] = parent[parent[t]]
            t = parent[t]
        return t

    for i, a in enumerate(distinct):
        for b in distinct[i + 1:]:
            if _texts_match(a, b):
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    groups: dict[tuple[str, ...], list[MentionKey]] = defaultdict(list)
    for m in mentions:
        groups[find(m.texts)].append(m)
    return [groups[k] for k in sorted(groups)]


def _partition_dates(mentions: list[MentionKey]) -> list[_Draft]:
    drafts: list[_Draft] = []
    by_level: dict[int, list[MentionKey]] = defaultdict(list)
    for m in sorted(mentions, key=_order):
        by_level[_level(m)].append(m)
    for level in range(5):
        existing = list(drafts)  # a level only joins events made by more precise levels
        joins: list[tuple[_Draft, MentionKey]] = []
        pending: dict[Any, list[MentionKey]] = defaultdict(list)
        for m in by_level.get(level, ()):
            fits = [d for d in existing if d.date_ok(m, level) and d.place_ok(m)]
            if level == 1 and len(fits) > 1:
                fits = [d for d in fits if d.day == m.date]
            if len(fits) == 1:
                joins.append((fits[0], m))
            else:
                pending[_bucket(m, level)].append(m)
        for d, m in joins:
            d.add(m)
        for bucket in sorted(pending, key=repr):
            new: list[_Draft] = []
            for m in pending[bucket]:  # already in canonical order: point places first
                fits = [d for d in new if d.place_ok(m)]
                if len(fits) > 1:  # several places that day: only a placeless event will do
                    fits = [d for d in fits if not any(_is_point(p) for p in d.places)]
                target = fits[0] if fits else None
                if target is None:
                    target = _Draft()
                    new.append(target)
                target.add(m)
            drafts.extend(new)
    return drafts


def cluster_ids(block: str, drafts: Sequence[tuple[tuple[str, ...], _Draft]]) -> list[str]:
    """Ids for the events of one block (see the module doc)."""
    bases = [f"{RULES_VERSION}|{block}|{d.anchor()}" for _, d in drafts]
    counts: dict[str, int] = defaultdict(int)
    for b in bases:
        counts[b] += 1
    keys: list[str] = []
    for (texts, d), base in zip(drafts, bases):
        if counts[base] > 1:
            point = next((p for p in d.places if _is_point(p)), d.places[0] if d.places else None)
            base += f"|{_place_key(point)}|{'/'.join(texts)}"
        keys.append(base)
    seen: dict[str, int] = defaultdict(int)
    order = sorted(range(len(drafts)), key=lambda i: (keys[i], min(_order(m) for m in drafts[i][1].members)))
    final = [""] * len(drafts)
    for i in order:
        k = keys[i]
        n = seen[k]
        seen[k] += 1
        final[i] = k if n == 0 else f"{k}|#{n}"
    return [hashlib.sha1(k.encode("utf-8")).hexdigest()[:16] for k in final]


def _own(members: Iterable[MentionKey]) -> list[MentionKey]:
    own = [m for m in members if m.counterpart is None]
    return own or list(members)


def cluster_date(members: Iterable[MentionKey]) -> tuple[date | None, str | None]:
    """An event's date and precision: those of its most precise own mentions (copies
    from duplicate articles follow their counterpart and do not date the event)."""
    own = _own(members)
    best = min(own, key=_order)
    level = _level(best)
    if level == 4:
        return None, None
    if level == 2:
        return best.date.replace(day=1), "month"
    if level == 3:
        return best.date.replace(month=1, day=1), "year"
    return best.date, "day"


def cluster_place(members: Iterable[MentionKey]) -> Place | None:
    """The most specific place its own mentions name (point places first, then the most
    often named, then by name)."""
    places = [m.place for m in _own(members) if m.place is not None]
    if not places:
        return None
    counts: dict[str, int] = defaultdict(int)
    for p in places:
        counts[_place_key(p)] += 1
    return min(places, key=lambda p: (not _is_point(p), p.kind == "country", -counts[_place_key(p)],
                                      _place_key(p), p.name))


def cluster_block(mentions: Iterable[MentionKey]) -> dict[str, list[MentionKey]]:
    """Partition the mentions of one block into events: ``{event id: members}``.

    Mentions with a ``counterpart`` (a duplicate article's copy of an original mention)
    join their counterpart's event; the others follow the merging rules."""
    mentions = list(mentions)
    if not mentions:
        return {}
    blocks = {m.block for m in mentions if m.counterpart is None}
    own = [m for m in mentions if m.counterpart is None]
    copies = [m for m in mentions if m.counterpart is not None]
    if len(blocks) > 1:
        raise ValueError(f"mentions of several blocks given: {sorted(blocks)}")
    drafts: list[tuple[tuple[str, ...], _Draft]] = []
    for group in _partition_texts(own):
        label = min(m.texts for m in group)
        drafts += [(label, d) for d in _partition_dates(group)]
    if not drafts:
        return {}
    ids = cluster_ids(next(iter(blocks)), drafts)
    out = {i: list(d.members) for i, (_, d) in zip(ids, drafts)}
    where = {m.id: i for i, members in out.items() for m in members}
    for m in copies:
        if m.counterpart in where:
            out[where[m.counterpart]].append(m)
    return out


def cluster_mentions(mentions: Iterable[MentionKey]) -> dict[str, list[MentionKey]]:
    """Cluster mentions of any blocks (an in-memory helper; the store does it per block)."""
    mentions = list(mentions)
    block_of = {m.id: m.block for m in mentions if m.counterpart is None}
    by_block: dict[str, list[MentionKey]] = defaultdict(list)
    for m in mentions:
        by_block[block_of.get(m.counterpart, m.block) if m.counterpart else m.block].append(m)
    out: dict[str, list[MentionKey]] = {}
    for block in sorted(by_block):
        out.update(cluster_block(by_block[block]))
    return out


# -- duplicates' mentions ----------------------------------------------------------------


def counterparts(copy: Sequence[Event], original: Sequence[Event]) -> dict[str, str]:
    """Pair each mention of a duplicate article with the original's mention that reports
    the same thing (same type and factuality, most similar sentence, rapidfuzz ratio >=
    :data:`COUNTERPART_MATCH`; ties: nearest relative position, then id)."""
    from rapidfuzz import fuzz

    out: dict[str, str] = {}
    by_class: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for o in original:
        by_class[(o.event_type, factuality(o.mode))].append(o)
    for e in copy:
        best: tuple[Any, ...] | None = None
        for o in by_class.get((e.event_type, factuality(e.mode)), ()):
            score = fuzz.ratio(e.evidence.sentence, o.evidence.sentence)
            if e.evidence.trigger.casefold() == o.evidence.trigger.casefold():
                score += 5
            if score < COUNTERPART_MATCH:
                continue
            rank = (-score, abs(e.evidence.sentence_index - o.evidence.sentence_index), o.id)
            if best is None or rank < best[0]:
                best = (rank, o.id)
        if best is not None:
            out[e.id] = best[1]
    return out


# -- articles ----------------------------------------------------------------------------


class ArticleDeduper:
    """Near-duplicate articles with MinHash LSH.

    >>> d = ArticleDeduper()
    >>> d.duplicate_of("a", text)          # None: the first of its kind
    >>> d.duplicate_of("b", copy_of_text)  # "a"

    Signatures are datasketch MinHashes (``num_perm`` permutations, fixed seed) of the
    set of word ``shingle``-grams of the lower-cased text; candidates come from LSH bands
    (``bands`` x ``rows`` as chosen by datasketch's ``MinHashLSH`` for ``threshold``) and
    are kept when their estimated Jaccard similarity is >= ``threshold``. The store
    persists signatures and band keys (``article_signatures``, ``article_bands``) so later
    batches find duplicates of stored articles.
    """

    def __init__(self, threshold: float = DUPLICATE_THRESHOLD, num_perm: int = 128, shingle: int = 5,
                 seed: int = 1, lsh_threshold: float | None = None) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle = shingle
        self.seed = seed
        # Candidate generation is looser than the final check: datasketch's optimal
        # banding for a threshold 0.1 below ours, so pairs just above it are rarely missed.
        lsh = MinHashLSH(threshold=lsh_threshold if lsh_threshold is not None else max(0.2, threshold - 0.1),
                         num_perm=num_perm)
        self.bands, self.rows = lsh.b, lsh.r
        self._sigs: dict[str, Any] = {}
        self._index: dict[tuple[int, bytes], set[str]] = defaultdict(set)
        self._perm: Any = None

    def shingles(self, text: str) -> set[bytes]:
        words = re.findall(r"\w+", text.casefold())
        k = self.shingle
        if len(words) < k:
            return {" ".join(words).encode("utf-8")} if words else set()
        return {" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)}

    def signature(self, text: str):
        """The MinHash values (a numpy uint32 array of ``num_perm`` values)."""
        from datasketch import MinHash

        if self._perm is None:
            self._perm = MinHash(num_perm=self.num_perm, seed=self.seed, scheme=SCHEME).permutations
        m = MinHash(num_perm=self.num_perm, seed=self.seed, permutations=self._perm, scheme=SCHEME)
        m.update_batch(sorted(self.shingles(text)))
        import numpy as np

        return np.asarray(m.hashvalues, dtype=np.uint32)

    def band_keys(self, signature) -> list[tuple[int, bytes]]:
        r = self.rows
        return [(b, hashlib.blake2b(signature[b * r:(b + 1) * r].tobytes(), digest_size=8).digest())
                for b in range(self.bands)]

    @staticmethod
    def similarity(a, b) -> float:
        """Estimated Jaccard similarity of two signatures."""
        import numpy as np

        return float(np.count_nonzero(np.asarray(a) == np.asarray(b))) / len(a)

    def add(self, doc_id: str, text: str | None = None, *, signature=None) -> None:
        sig = self.signature(text or "") if signature is None else signature
        self.remove(doc_id)
        self._sigs[doc_id] = sig
        for key in self.band_keys(sig):
            self._index[key].add(doc_id)

    def remove(self, doc_id: str) -> None:
        sig = self._sigs.pop(doc_id, None)
        if sig is not None:
            for key in self.band_keys(sig):
                self._index[key].discard(doc_id)

    def near(self, text: str | None = None, *, signature=None, exclude: str | None = None) -> list[tuple[str, float]]:
        """Indexed articles whose similarity is >= threshold, most similar first."""
        sig = self.signature(text or "") if signature is None else signature
        found = {d for key in self.band_keys(sig) for d in self._index.get(key, ())}
        found.discard(exclude)
        scored = [(d, self.similarity(sig, self._sigs[d])) for d in found]
        return sorted([x for x in scored if x[1] >= self.threshold], key=lambda x: (-x[1], x[0]))

    def duplicate_of(self, doc_id: str, text: str) -> str | None:
        """The indexed article ``doc_id`` near-duplicates (the most similar), or None;
        then index ``doc_id`` so that later articles are checked against it too."""
        sig = self.signature(text)
        hits = self.near(signature=sig, exclude=doc_id)
        self.add(doc_id, signature=sig)
        return hits[0][0] if hits else None
