"""Example data bundled with dragoman (see ATTRIBUTION.md for sources and licences)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

EXAMPLES_FILE = "wikinews_diplomacy.jsonl"


def examples_path() -> Path:
    """Path of the bundled example corpus: 12 Wikinews diplomacy articles (JSONL, CC BY 2.5).

    Read it with ``dragoman.ingest.read_inputs([examples_path()])``.
    """
    # files() is a real directory for normal (non-zipped) installs, which is all we support
    return Path(str(resources.files(__package__).joinpath(EXAMPLES_FILE)))
