"""dragoman: news articles in, dated and source-linked political events out.

The Python API: ``code`` and ``iter_code`` to code inputs, ``events`` and ``open_store``
to read a store. The CLI wraps these one to one. Names load on first use, so importing
``dragoman.records`` or ``dragoman.store`` does not load spaCy.
"""

from __future__ import annotations

from datetime import date
from importlib import import_module

_LAZY = {
    "CodeResult": "dragoman.api", "code": "dragoman.api", "events": "dragoman.api", "iter_code": "dragoman.api",
    "Store": "dragoman.store", "open_store": "dragoman.store",
    **{name: "dragoman.records" for name in
       ("Actor", "Article", "CodedArticle", "Event", "Evidence", "Mention", "Sentence", "Skipped")},
}

__all__ = ["date", *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'dragoman' has no attribute {name!r}")
