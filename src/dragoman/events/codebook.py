"""The PLOVER codebook and the trigger lexicon, loaded from the data files."""

from __future__ import annotations

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
    verbs: dict[str, tuple[Sense, ...]]
    nouns: dict[str, tuple[Sense, ...]]
    light_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    inverse_light_verbs: frozenset[str] = frozenset()
    non_acting_verbs: frozenset[str] = frozenset()
    wish_nouns: frozenset[str] = frozenset()
    mishap_nouns: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    demand_modals: frozenset[str] = frozenset()


def _sense(word: str, raw: dict[str, Any]) -> Sense:
    if raw["event"] not in PLOVER_TYPES:
        raise ValueError(f"verbs.yaml: {word!r} has unknown event type {raw['event']!r}")
    fields = dict(raw)
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


@cache
def lexicon() -> Lexicon:
    data = _load("verbs.yaml")
    return Lexicon(
        verbs=_senses(data["verbs"]),
        nouns=_senses(data["nouns"]),
        light_verbs=frozenset(data["light_verbs"]),
        speech_verbs=frozenset(data["speech_verbs"]),
        inverse_light_verbs=frozenset(data.get("inverse_light_verbs", ())),
        non_acting_verbs=frozenset(data.get("non_acting_verbs", ())),
        wish_nouns=frozenset(data.get("wish_nouns", ())),
        mishap_nouns=frozenset(data.get("mishap_nouns", ())),
        place_nouns=frozenset(data.get("place_nouns", ())),
        demand_modals=frozenset(data.get("demand_modals", ())),
    )
