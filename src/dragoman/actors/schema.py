"""The actor file format: its top-level keys and the checks each item must pass.

``KB.load_file`` runs these on every file it reads, so ``dragoman actors check`` and
loading a file with ``--actors`` report the same problems (the check lists them all,
loading stops at the first). Required fields and the spell syntax are checked where
the items are read (``kb.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

TOP_LEVEL = frozenset({
    "version", "source", "believed_current_to", "countries", "seats", "groups", "organisations",
    "offices", "people", "titles", "agents", "plover_agents", "plover_sectors", "common_words",
    "local_groups", "foreign_groups", "command_verbs", "address_verbs", "fixed_phrases",
})
# The field that identifies an item of each section: a repeat in one file is an error.
KEY_FIELD = {"countries": "code", "seats": "name", "groups": "id", "organisations": "id",
             "offices": "id", "people": "id"}
COUNTRY_CODE = re.compile(r"[A-Z]{3}")  # ISO-3166 alpha-3; a user file may define new ones
GROUP_CODE = re.compile(r"[A-Z][A-Z0-9]{1,9}")  # NATO, G20, INTERPOL, MERCOSUR
# International NGOs carry this code where a country would be (ngos.yaml): no country.
NON_COUNTRY_CODES = frozenset({"NGO"})
SPELL = re.compile(r"\s*(\S+)\s+(\S*)\.\.(\S*)\s*")  # "office.id START..END"


@dataclass(frozen=True)
class Known:
    """Codes an item may refer to: those loaded so far (package files, then the user's)."""

    countries: frozenset[str]
    sectors: frozenset[str]


def item_problems(section: str, item: dict, known: Known) -> list[tuple[int, str]]:
    """(line, problem) for each problem of one item of ``section``."""
    line = item["__line__"]
    out: list[tuple[int, str]] = []
    if section == "countries":
        code = item.get("code")
        if code is not None and not COUNTRY_CODE.fullmatch(str(code)):
            out.append((line, f"country code {code!r} is not three upper-case letters (ISO-3166 alpha-3)"))
    elif section == "groups":
        code = item.get("code")
        if code is not None and not GROUP_CODE.fullmatch(str(code)):
            out.append((line, f"group code {code!r} is not 2 to 10 upper-case letters or digits"))
    else:
        out += [(line, p) for p in _code_problems(item, known)]
    if section != "countries":
        out += [(line, p) for p in _sector_problems(item.get("sector"), known)]
    if section == "organisations":
        out += [(line, p) for p in _dated_sector_problems(item.get("sectors"), known)]
    if section == "people":
        out += [(line, p) for p in _date_problem(item, "died")]
        out += _spell_problems(item, known)
    return out


def _code_problems(holder: dict, known: Known) -> list[str]:
    country = holder.get("country")
    if country in (None, "") or country in known.countries or country in NON_COUNTRY_CODES:
        return []
    return [f"unknown country code {country!r} (ISO alpha-3 or a group code)"]


def _sector_problems(sector: Any, known: Known) -> list[str]:
    if sector in (None, "", "null") or sector in known.sectors:
        return []
    return [f"unknown sector {sector!r} (the sectors of sectors.yaml, such as GOV, MIL, DIP)"]


def _dated_sector_problems(specs: Any, known: Known) -> list[str]:
    out = []
    for spec in specs or []:
        m = SPELL.fullmatch(str(spec))
        if m:  # a malformed one is reported when the organisation is read
            out += _sector_problems(m[1], known) + _order_problems(m[2], m[3])
    return out


def _spell_problems(person: dict, known: Known) -> list[tuple[int, str]]:
    out = []
    for spell, line in spells_with_lines(person):
        if isinstance(spell, str):
            m = SPELL.fullmatch(spell)
            if m:  # a malformed one is reported when the person is read
                out += [(line, p) for p in _order_problems(m[2], m[3])]
        elif isinstance(spell, dict):
            problems = _code_problems(spell, known) + _sector_problems(spell.get("sector"), known)
            problems += _date_problem(spell, "start") + _date_problem(spell, "end")
            problems += _order_problems(spell.get("start"), spell.get("end"))
            out += [(line, p) for p in problems]
    return out


def spells_with_lines(person: dict) -> list[tuple[Any, int]]:
    """Each spell with its own line (the person's when the loader could not tell)."""
    spells = person.get("spells") or []
    lines = getattr(spells, "lines", None) or [person["__line__"]] * len(spells)
    return [(s, s.get("__line__", n) if isinstance(s, dict) else n) for s, n in zip(spells, lines)]


def _date_problem(holder: dict, field: str) -> list[str]:
    value = holder.get(field)
    if value in (None, "") or isinstance(value, date):
        return []
    try:
        date.fromisoformat(str(value))
    except ValueError as error:
        return [f"`{field}`: bad date {value!r} ({error}; want YYYY-MM-DD)"]
    return []


def _order_problems(start: Any, end: Any) -> list[str]:
    if start and end and str(start) > str(end):
        return [f"spell ends ({end}) before it starts ({start})"]
    return []
