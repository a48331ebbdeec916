"""Corpora of records (JSONL, CSV, Python dicts) -> Article or Skipped, one per record."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ..records import Article, Skipped
from .clean import clean_text
from .common import DecodeError, choose_date, decode, doc_id, json_problem, unique_ids

# Accepted names for each field, first match wins; anything else goes to Article.meta.
ALIASES = {
    "id": ("id", "doc_id", "guid"),
    "url": ("url", "link"),
    "date": ("date", "published", "publication_date", "pubdate"),
    "title": ("title", "headline"),
    "text": ("text", "body", "content"),
    "source": ("source", "publisher", "outlet"),
    "language": ("language", "lang"),
}


def _pick(record: Mapping[str, Any], field: str) -> tuple[str | None, Any]:
    for key in ALIASES[field]:
        if key in record and record[key] not in (None, ""):
            return key, record[key]
    return None, None


def _str(value: Any) -> str | None:
    return None if value is None else str(value).strip() or None


def article_from_record(
    record: Any, origin: str, *, date: dt.date | None = None, source: str | None = None,
    warnings: list[str] | None = None,
) -> Article | Skipped:
    """One record -> Article, or Skipped saying what is wrong with it."""
    if not isinstance(record, Mapping):
        return Skipped(origin, f"not a record (a JSON object / mapping) but {type(record).__name__}")
    used = {}
    for field in ALIASES:
        used[field] = _pick(record, field)
    text_key, raw_text = used["text"]
    if raw_text is None:
        given = any(key in record for key in ALIASES["text"])
        return Skipped(origin, "empty text" if given else "no text field")
    if not isinstance(raw_text, str):
        return Skipped(origin, f"text field {text_key!r} is not a string")
    if not raw_text.strip():
        return Skipped(origin, "empty text")
    text = clean_text(raw_text)
    if not text:
        return Skipped(origin, "no text left after boilerplate removal")
    warnings = list(warnings or [])
    pub, date_origin = choose_date(used["date"][1], date, warnings)
    url = _str(used["url"][1])
    src = _str(used["source"][1]) or source
    rid = _str(used["id"][1])
    meta = {k: v for k, v in record.items() if k not in {key for key, _ in used.values()}}
    if warnings:
        meta["warnings"] = warnings
    return Article(
        doc_id=rid or doc_id(src, url, raw_text),
        text=text,
        title=_str(used["title"][1]),
        date=pub,
        source=src,
        url=url,
        origin=origin,
        language=_str(used["language"][1]) or "en",
        date_origin=date_origin,
        meta=meta,
    )


def articles_from_records(
    records: Iterable[Mapping[str, Any]], *, origin: str = "<records>",
    date: dt.date | None = None, source: str | None = None,
) -> Iterator[Article | Skipped]:
    """Records (dicts with id, url, date, title, text, source) -> Articles; origin is
    ``origin:N``; a record with the id of an earlier one is skipped (``unique_ids``)."""
    articles = (article_from_record(r, f"{origin}:{n}", date=date, source=source) for n, r in enumerate(records, 1))
    yield from unique_ids(articles)


def _lines(data: bytes) -> Iterator[tuple[int, str, list[str]]]:
    """(line number, text, warnings) per line; each line is decoded on its own so one
    bad line does not change how the others are read."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for n, raw in enumerate(data.split(b"\n"), 1):
        try:
            text, warnings = decode(raw)
        except DecodeError as e:
            yield n, "", [str(e)]
            continue
        yield n, text.rstrip("\r"), warnings


def read_jsonl(data: bytes, path: str, **opts: Any) -> Iterator[Article | Skipped]:
    for n, line, warnings in _lines(data):
        origin = f"{path}:{n}"
        if not line.strip():
            if warnings:
                yield Skipped(origin, warnings[0])
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield Skipped(origin, f"malformed JSON: {json_problem(e)}")
            continue
        yield article_from_record(record, origin, warnings=warnings, **opts)


def read_csv(data: bytes, path: str, **opts: Any) -> Iterator[Article | Skipped]:
    lines = list(_lines(data))
    bad = {n: w for n, _, w in lines if w}
    rows = csv.reader((text + "\n" for _, text, _ in lines), strict=True)
    try:
        header = [h.strip() for h in next(rows)]
    except (StopIteration, csv.Error) as e:
        yield Skipped(f"{path}:1", f"no CSV header ({e})" if str(e) else "no CSV header")
        return
    if len(set(header)) != len(header) or not any(h in header for h in ALIASES["text"]):
        yield Skipped(f"{path}:1", f"CSV header has no text column: {header}")
        return
    while True:
        start = rows.line_num + 1
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as e:
            yield Skipped(f"{path}:{start}", f"CSV error: {e}")
            return  # the reader cannot resynchronise after a broken quote
        origin = f"{path}:{start}"
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield Skipped(origin, f"CSV row has {len(row)} fields, header has {len(header)}")
            continue
        warnings = [w for m in range(start, rows.line_num + 1) for w in bad.get(m, [])]
        yield article_from_record(dict(zip(header, row)), origin, warnings=warnings, **opts)
