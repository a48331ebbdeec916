"""Validate a user's actor file against the format and the bundled data."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import yaml

from dragoman.actors.kb import KB, ActorDataError, _LineLoader, _package_texts

_SECTIONS = ("countries", "seats", "groups", "offices", "people")
_KEY = {"countries": "code", "groups": "id", "offices": "id", "people": "id", "seats": "name"}
_SECTOR = re.compile(r"^[A-Z]{3}$")


def check_actor_file(path: str | Path) -> list[str]:
    """Every problem in the file as 'file:line: message'; an empty list when it is valid."""
    kb = KB()
    for name, text in _package_texts():
        kb.load_file(name, text)
    errors: list[str] = []
    try:
        kb.load_file(path, errors=errors)
    except ActorDataError as error:  # unreadable, bad YAML or no top-level keys
        return [str(error)]
    kb.fill_spells(errors)
    data = yaml.load(Path(path).read_text("utf-8"), Loader=_LineLoader)
    errors += _duplicates(path, data) + _codes(path, data, kb)
    return sorted(set(errors), key=_line_of)


def _duplicates(path, data: dict) -> list[str]:
    out = []
    for section, key in _KEY.items():
        items = [i for i in data.get(section) or [] if isinstance(i, dict)]
        counts = Counter(i.get(key) for i in items)
        for item in items:
            if item.get(key) is not None and counts[item.get(key)] > 1:
                out.append(f"{path}:{item['__line__']}: duplicate {section} {key} {item.get(key)!r} in this file")
    return out


def _codes(path, data: dict, kb: KB) -> list[str]:
    """Country codes must be known ISO alpha-3 or group codes; sectors three capitals."""
    known = set(kb.countries) | {g.code for g in kb.groups.values()}
    out = []
    for section in ("seats", "offices", "people"):
        for item in data.get(section) or []:
            if not isinstance(item, dict):
                continue
            where = f"{path}:{item['__line__']}"
            for holder in [item, *[s for s in item.get("spells") or [] if isinstance(s, dict)]]:
                line = f"{path}:{holder.get('__line__', item['__line__'])}"
                country, sector = holder.get("country"), holder.get("sector")
                if country and country not in known:
                    out.append(f"{line}: unknown country code {country!r} (ISO alpha-3 or a group code)")
                if sector and not _SECTOR.match(str(sector)):
                    out.append(f"{line}: sector {sector!r} is not a three-letter code such as GOV")
            out += _spell_order(where, item)
    return out


def _spell_order(where: str, item: dict) -> list[str]:
    out = []
    for spell in item.get("spells") or []:
        if isinstance(spell, str):
            match = re.fullmatch(r"\s*\S+\s+(\S*)\.\.(\S*)\s*", spell)
            start, end = (match[1], match[2]) if match else (None, None)
        elif isinstance(spell, dict):
            start, end = spell.get("start"), spell.get("end")
        else:
            continue
        if start and end and str(start) > str(end):
            out.append(f"{where}: spell ends ({end}) before it starts ({start})")
    return out


def _line_of(message: str) -> tuple[str, int]:
    match = re.match(r"(.*?):(\d+):", message)
    return (match[1], int(match[2])) if match else (message, 0)
