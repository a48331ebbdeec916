"""dragoman: news articles in, dated and source-linked political events out.

The Python API: ``code`` and ``iter_code`` to code inputs, ``events`` and ``open_store``
to read a store. The CLI wraps these one to one.
"""

from datetime import date

from dragoman.api import CodeResult, code, events, iter_code
from dragoman.records import Actor, Article, CodedArticle, Event, Evidence, Mention, Sentence, Skipped
from dragoman.store import Store, open_store

__all__ = [
    "Actor", "Article", "CodeResult", "CodedArticle", "Event", "Evidence", "Mention", "Sentence",
    "Skipped", "Store", "code", "date", "events", "iter_code", "open_store",
]
