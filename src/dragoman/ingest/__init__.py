"""Ingest: files, folders, globs and records -> Article (or Skipped, never a traceback).

    >>> from dragoman.ingest import read_inputs
    >>> for item in read_inputs(["news/", "extra/*.jsonl"], source="Reuters"):
    ...     print(item.origin, item.title if isinstance(item, Article) else item.reason)

Readers by suffix: .txt/.text/.md (plain text), .html/.htm (trafilatura, readability
fallback), .jsonl/.ndjson and .csv (one article per record). Every Article carries its
``origin`` (``path`` or ``path:line``); anything unreadable becomes a ``Skipped`` with
the reason, and the rest of the file and batch is still read.

Metadata precedence: what the input says (record field, page metadata, a date in the
text header) wins; the ``date``/``source`` options fill in what is missing. Problems
that do not stop a record (a cp1252 guess, an unreadable date) are listed in its
``meta["warnings"]``. A record with the id of an earlier one is Skipped, naming it.
"""

from __future__ import annotations

import datetime as dt
import glob
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..records import Article, Skipped
from .clean import clean_text
from .common import DecodeError, choose_date, decode, doc_id, looks_binary, unique_ids
from .corpus import articles_from_records, read_csv, read_jsonl
from .html import declared_charset, extract
from .text import read_text

__all__ = ["IngestError", "articles_from_records", "clean_text", "read_inputs", "unique_ids"]

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES


class IngestError(Exception):
    """An input path that names nothing: a missing file or a glob matching nothing."""


def read_inputs(
    paths: Iterable[str | Path], *, date: dt.date | None = None, source: str | None = None,
) -> Iterator[Article | Skipped]:
    """Read files, folders (recursively, sorted) and glob patterns.

    Raises IngestError at once if a path does not exist or a glob matches nothing,
    before anything is read; everything else is reported as Skipped.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]  # one path given bare: not an iterable of characters
    roots = [_expand(p) for p in paths]  # eager: fail before reading half a batch
    return unique_ids(_read_all(roots, {"date": date, "source": source}))


def _expand(path: str | Path) -> list[Path]:
    p = Path(path)
    if p.exists():
        return [p]
    if glob.has_magic(str(path)):
        matches = sorted(glob.glob(str(path), recursive=True))
        if not matches:
            raise IngestError(f"no file matches {str(path)!r}")
        return [Path(m) for m in matches]
    raise IngestError(f"no such file or directory: {str(path)!r}")


def _files(root: Path) -> Iterator[Path]:
    if not root.is_dir():
        yield root
        return
    for p in sorted(root.rglob("*")):
        # hidden files and folders (.git, .DS_Store) are not articles
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts):
            yield p


def _read_all(roots: list[list[Path]], opts: dict[str, Any]) -> Iterator[Article | Skipped]:
    seen: set[Path] = set()
    for group in roots:
        for root in group:
            for path in _files(root):
                key = path.resolve()
                if key in seen:  # the same file named twice (folder + glob) is read once
                    continue
                seen.add(key)
                yield from read_file(path, **opts)


def read_file(path: Path, *, date: dt.date | None = None, source: str | None = None) -> Iterator[Article | Skipped]:
    """One file -> its Articles and Skipped records."""
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield Skipped(origin, f"unsupported file type {suffix or '(no suffix)'!r}")
        return
    try:
        data = path.read_bytes()
    except OSError as e:
        yield Skipped(origin, f"cannot read: {e.strerror or e}")
        return
    if not data.strip():
        yield Skipped(origin, "empty file")
        return
    opts = {"date": date, "source": source}
    if suffix in JSONL_SUFFIXES | CSV_SUFFIXES:
        yield from _read_records(data, origin, suffix, opts)
    elif suffix in HTML_SUFFIXES:
        yield _read_html(data, origin, **opts)
    else:
        yield _read_text(data, origin, **opts)


def _decode(data: bytes, origin: str) -> tuple[str, list[str]] | Skipped:
    try:
        text, warnings = decode(data)
    except DecodeError as e:
        return Skipped(origin, str(e))
    if looks_binary(text):
        return Skipped(origin, "binary file (control characters)")
    if not text.strip():
        return Skipped(origin, "empty file")
    return text, warnings


def _read_records(data: bytes, origin: str, suffix: str, opts: dict[str, Any]) -> Iterator[Article | Skipped]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        decoded = _decode(data, origin)  # UTF-16 corpora: re-encode, then read per line
        if isinstance(decoded, Skipped):
            yield decoded
            return
        data = decoded[0].encode("utf-8")
    elif b"\x00" in data:
        yield Skipped(origin, "binary file (NUL bytes)")
        return
    reader = read_jsonl if suffix in JSONL_SUFFIXES else read_csv
    yield from reader(data, origin, **opts)


def _finish(origin: str, text: str, raw: str, *, title, pub, date_origin, url, source, language, meta) -> Article:
    # the id hashes the text before boilerplate removal, so editing boilerplate.yaml
    # does not change ids: re-ingesting stays idempotent
    return Article(
        doc_id=doc_id(source, url, raw),
        text=text, title=title, date=pub, source=source, url=url, origin=origin,
        language=language or "en", date_origin=date_origin, meta=meta,
    )


def _read_text(data: bytes, origin: str, *, date, source) -> Article | Skipped:
    decoded = _decode(data, origin)
    if isinstance(decoded, Skipped):
        return decoded
    raw, warnings = decoded
    body, header = read_text(raw)
    if not body:
        return Skipped(origin, "no text left after boilerplate removal")
    meta: dict[str, Any] = {}
    if header.author:
        meta["author"] = header.author
    warnings = list(warnings)
    pub, date_origin = choose_date(header.date, date, warnings, "text")
    if warnings:
        meta["warnings"] = warnings
    return _finish(origin, body, raw, title=header.title, pub=pub, date_origin=date_origin,
                   url=None, source=source, language=None, meta=meta)


def _read_html(data: bytes, origin: str, *, date, source) -> Article | Skipped:
    decoded = _decode(data, origin)
    charset = declared_charset(data)
    if not isinstance(decoded, Skipped) and decoded[1] and charset:
        # not UTF-8: trust the page's declared charset before the cp1252 guess
        try:
            decoded = data.decode(charset), []
        except UnicodeDecodeError:
            pass
    if isinstance(decoded, Skipped):
        return decoded
    html, warnings = decoded
    page, problems = extract(html)
    if page is None:
        return Skipped(origin, "; ".join(problems) or "no article text found")
    meta = dict(page.meta)
    warnings = warnings + problems
    pub, date_origin = choose_date(page.date, date, warnings)
    if warnings:
        meta["warnings"] = warnings
    return _finish(origin, page.text, page.raw, title=page.title, pub=pub, date_origin=date_origin,
                   url=page.url, source=page.source or source, language=page.language, meta=meta)
