"""The PLOVER codebook and the trigger lexicon, loaded from the data files."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


def _load(name: str) -> dict[str, Any]:
    text = resources.files("dragoman.events").joinpath("data", name).read_text("utf-8")
    return yaml.safe_load(text)


@cache
def cameo_table() -> dict[str, Any]:
    """``events/data/cameo_to_plover.yaml``: CAMEO codes to PLOVER types, actor codes, and
    the ConfliBERT/Phoenix class of each CAMEO root."""
    return _load("cameo_to_plover.yaml")


def phoenix_class_of(cameo: str | None) -> int | None:
    """The ConfliBERT/Phoenix class (0-4) of a CAMEO code's root, or None for none."""
    table = cameo_table()["phoenix_class_by_root"]
    return int(table[cameo[:2]]) if cameo and cameo[:2] in table else None


@dataclass(frozen=True)
class Codebook:
    types: dict[str, dict[str, Any]]
    goldstein_by_cameo: dict[str, float]
    quad_by_root: dict[str, int]
    modes: tuple[str, ...]
    # PLOVER context -> its one-line definition, in the codebook's order
    contexts: dict[str, str]

    def goldstein(self, cameo: str) -> float | None:
        """The code's own weight, else its 2-digit root's."""
        for key in (cameo, cameo[:3], cameo[:2]):
            if key in self.goldstein_by_cameo:
                return self.goldstein_by_cameo[key]
        return None

    def quad_class(self, event_type: str, cameo: str | None) -> int:
        if cameo and cameo[:2] in self.quad_by_root:
            return self.quad_by_root[cameo[:2]]
        return int(self.types[event_type]["quad_class"])

    def default_cameo(self, event_type: str) -> str:
        return str(self.types[event_type]["cameo"])


@cache
def codebook() -> Codebook:
    data = _load("plover.yaml")
    types = data["types"]
    unknown = set(types) - set(PLOVER_TYPES)
    if unknown:
        raise ValueError(f"plover.yaml: unknown event types {sorted(unknown)}")
    return Codebook(
        types=types,
        goldstein_by_cameo={str(k): float(v) for k, v in data["goldstein"].items()},
        quad_by_root={str(k): int(v) for k, v in data["quad_class_by_cameo_root"].items()},
        modes=tuple(data["modes"]),
        contexts={str(k): str(v) for k, v in data["contexts"].items()},
    )


@dataclass(frozen=True)
class Sense:
    """One meaning of a trigger word, with the constraints that select it."""

    event: str
    cameo: str
    recipient: tuple[str, ...] = ()
    prep: str | None = None
    object: frozenset[str] | None = None
    object_actor: bool = False
    complement: bool = False
    symmetric: bool = False
    require_recipient: bool = False
    plural_only: bool = False
    light_verb_only: bool = False
    context: tuple[str, ...] = ()
    # where the actor is found instead of the subject ("received arms from X": prep:from)
    actor: tuple[str, ...] = ()
    # nouns: lemmas of which a compound/amod modifier must be one ("joint exercise")
    modifier: frozenset[str] | None = None


@dataclass(frozen=True)
class Lexicon:
    """The trigger senses and the coder's word classes, from ``data/verbs.yaml``.

    Every field but ``verbs`` and ``nouns`` is a word class: the list of lower-case
    words under the top-level key of the same name in verbs.yaml, whose comment there
    says what the words do. All are required (see ``read_lexicon``)."""

    verbs: dict[str, tuple[Sense, ...]]
    nouns: dict[str, tuple[Sense, ...]]
    # triggers, quotes and the classifier's veto
    speech_verbs: frozenset[str]
    demand_modals: frozenset[str]
    light_verbs: frozenset[str]
    inverse_light_verbs: frozenset[str]
    onset_verbs: frozenset[str]
    responsibility_verbs: frozenset[str]
    backer_participles: frozenset[str]
    undertaking_nouns: frozenset[str]
    subject_control_verbs: frozenset[str]
    summoning_verbs: frozenset[str]
    mission_nouns: frozenset[str]
    weapon_test_nouns: frozenset[str]
    open_waters: frozenset[str]
    ergative_verbs: frozenset[str]
    non_acting_verbs: frozenset[str]
    wish_nouns: frozenset[str]
    mishap_nouns: frozenset[str]
    place_nouns: frozenset[str]
    # the mood of a clause or a nominal event
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    plan_heads: frozenset[str]
    wish_heads: frozenset[str]
    negating_heads: frozenset[str]
    plan_adjectives: frozenset[str]
    possible_adjectives: frozenset[str]
    implicative_verbs: frozenset[str]
    performative_adjectives: frozenset[str]
    # clauses inside clauses
    intent_heads: frozenset[str]
    threat_heads: frozenset[str]
    committing_verbs: frozenset[str]
    desire_heads: frozenset[str]
    announcing_verbs: frozenset[str]
    claim_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    authored_nouns: frozenset[str]
    force_purpose_verbs: frozenset[str]
    protest_purpose_verbs: frozenset[str]
    crowd_quantities: frozenset[str]
    refusing_verbs: frozenset[str]
    questioning_verbs: frozenset[str]
    # parties
    first_person_pronouns: frozenset[str]
    third_person_pronouns: frozenset[str]
    not_party_words: frozenset[str]
    not_party_exempt: frozenset[str]
    aid_purpose_verbs: frozenset[str]
    warning_verbs: frozenset[str]
    threat_nouns: frozenset[str]
    measure_preps: frozenset[str]
    excluding_nouns: frozenset[str]
    follower_nouns: frozenset[str]
    non_event_compounds: frozenset[str]
    # the words of a party's phrase (events/phrases.py)
    charge_nouns: frozenset[str]
    naming_preps: frozenset[str]
    circumstance_preps: frozenset[str]
    act_party_preps: frozenset[str]


# The verbs.yaml keys read as word classes: every Lexicon field but the trigger tables.
WORD_CLASSES = tuple(f.name for f in dataclasses.fields(Lexicon) if f.name not in ("verbs", "nouns"))


NO_EVENT = "NONE"  # a sense that matches a use of the word reporting no event ("pleaded guilty")


def _sense(word: str, raw: dict[str, Any]) -> Sense:
    if raw["event"] not in (*PLOVER_TYPES, NO_EVENT):
        raise ValueError(f"verbs.yaml: {word!r} has unknown event type {raw['event']!r}")
    fields = dict(raw)
    if raw["event"] == NO_EVENT:
        fields.setdefault("cameo", "")
    if "prep" in fields and not isinstance(fields["prep"], str):  # YAML 1.1 reads `on` as true
        raise ValueError(f"verbs.yaml: {word!r}: quote the prep value (got {fields['prep']!r})")
    fields["cameo"] = str(fields["cameo"])
    fields["recipient"] = tuple(fields.get("recipient", ()))
    fields["context"] = tuple(fields.get("context", ()))
    fields["actor"] = tuple(fields.get("actor", ()))
    if "modifier" in fields:
        fields["modifier"] = frozenset(fields["modifier"])
    if "object" in fields:
        fields["object"] = frozenset(fields["object"])
    return Sense(**fields)


def _senses(table: dict[str, list[dict[str, Any]]]) -> dict[str, tuple[Sense, ...]]:
    return {word: tuple(_sense(word, raw) for raw in senses) for word, senses in table.items()}


def _word_class(name: str, raw: Any, source: str) -> frozenset[str]:
    if not isinstance(raw, list):
        raise ValueError(f"{source}: word class {name!r} must be a list of words (got {type(raw).__name__})")
    for word in raw:
        if not isinstance(word, str):  # YAML 1.1 reads `on`, `no`, `yes` as booleans
            raise ValueError(f"{source}: word class {name!r}: quote the word {word!r}")
        if word != word.lower():
            raise ValueError(f"{source}: word class {name!r}: {word!r} must be lower case")
    return frozenset(raw)


def read_lexicon(data: dict[str, Any], source: str = "verbs.yaml") -> Lexicon:
    """The Lexicon of a parsed verbs.yaml. Every word class the coder reads must be there:
    a missing or unknown key is a ValueError naming it and the file."""
    missing = [key for key in ("verbs", "nouns", *WORD_CLASSES) if key not in data]
    if missing:
        raise ValueError(f"{source}: missing key(s) {', '.join(map(repr, missing))} "
                         "(every word class of Lexicon in events/codebook.py must be listed)")
    unknown = sorted(set(data) - {"version", "verbs", "nouns", *WORD_CLASSES})
    if unknown:
        raise ValueError(f"{source}: unknown key(s) {', '.join(map(repr, unknown))} "
                         "(a word class must also be a Lexicon field in events/codebook.py)")
    return Lexicon(
        verbs=_senses(data["verbs"]),
        nouns=_senses(data["nouns"]),
        **{name: _word_class(name, data[name], source) for name in WORD_CLASSES},
    )


@cache
def lexicon() -> Lexicon:
    return read_lexicon(_load("verbs.yaml"))
