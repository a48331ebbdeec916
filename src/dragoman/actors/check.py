"""Validate a user's actor file against the format and the bundled data."""

from __future__ import annotations

import re
from pathlib import Path

from dragoman.actors.kb import KB, ActorDataError, _package_texts


def check_actor_file(path: str | Path) -> list[str]:
    """Every problem in the file as 'file:line: message'; an empty list when it is valid.

    The checks are those of loading the file with ``--actors`` (``KB.load_file``), which
    stops at the first problem where this lists them all."""
    kb = KB()
    for name, text in _package_texts():
        kb.load_file(name, text)
    errors: list[str] = []
    try:
        kb.load_file(path, errors=errors)
    except ActorDataError as error:  # unreadable, not text, bad YAML or no top-level keys
        return [str(error)]
    kb.fill_spells(errors)
    return sorted(set(errors), key=_line_of)


def _line_of(message: str) -> tuple[str, int]:
    match = re.match(r"(.*?):(\d+):", message)
    return (match[1], int(match[2])) if match else (message, 0)
