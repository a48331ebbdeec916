"""Boilerplate removal for article text; the patterns live in data/boilerplate.yaml."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class Rules:
    version: int
    max_line_chars: int
    inline: list[re.Pattern]
    short_lines: list[re.Pattern]
    long_lines: list[re.Pattern]
    pitches: list[re.Pattern]
    teaser_markers: list[re.Pattern]
    max_teaser_lines: int
    single_word: bool


@lru_cache(maxsize=1)
def rules() -> Rules:
    raw = yaml.safe_load(resources.files(__package__).joinpath("data/boilerplate.yaml").read_text("utf-8"))
    lines = [p if isinstance(p, dict) else {"pattern": p} for p in raw.get("lines", [])]
    comp = lambda ps: [re.compile(p, _FLAGS) for p in ps]  # noqa: E731
    return Rules(
        version=raw["version"],
        max_line_chars=raw.get("max_line_chars", 120),
        inline=comp(raw.get("inline", [])),
        short_lines=comp(p["pattern"] for p in lines if not p.get("long")),
        long_lines=comp(p["pattern"] for p in lines if p.get("long")),
        pitches=comp(raw.get("pitches", [])),
        teaser_markers=comp(raw.get("teaser_markers", [])),
        max_teaser_lines=raw.get("max_teaser_lines", 8),
        single_word=raw.get("standalone_single_word", True),
    )


# Markdown decoration: keep the words, drop the markup.
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\((?:https?://|/)[^)\s]*\)")
# zero-width space, word joiner, BOM, soft hyphen: invisible noise. ZWJ/ZWNJ stay:
# they carry meaning in Indic and Persian scripts.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"))


def _unmark(line: str) -> str:
    line = _HEADING.sub("", line)
    line = _LINK.sub(r"\1", line)
    return _EMPHASIS.sub(lambda m: m.group(2) or m.group(3), line)


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _is_boilerplate(line: str, alone: bool, r: Rules) -> bool:
    s = line.strip(" \t-–—•|")  # bullets and separators do not make a line news
    if not s:
        return True
    if any(p.fullmatch(line.strip()) or p.fullmatch(s) for p in r.long_lines):
        return True
    if len(s) <= r.max_line_chars and any(p.fullmatch(line.strip()) or p.fullmatch(s) for p in r.short_lines):
        return True
    if r.single_word and alone and re.fullmatch(r"[^\s.!?:;,\"“”]{1,30}", s):
        return True
    return any(p.search(line) for p in r.pitches)


def _pull_quote(raw: str, plain: str, body: str) -> bool:
    """A wholly emphasised line whose words appear elsewhere is a duplicated pull quote."""
    s = raw.strip()
    wrapped = (s.startswith("**") and s.endswith("**")) or (s.startswith("*") and s.endswith("*"))
    return wrapped and len(plain) > 20 and body.count(plain.strip().casefold()) > 1


def clean_text(text: str) -> str:
    """Remove boilerplate lines and markdown decoration; keep paragraphs ("\\n\\n")."""
    r = rules()
    raw_lines = _normalise(text).split("\n")
    plain = [_unmark(line) for line in raw_lines]
    body = "\n".join(plain).casefold()
    kept: list[str | None] = []  # None marks a removed line (an anchor for teasers)
    seen: set[str] = set()
    prev_blank = True
    for raw, line in zip(raw_lines, plain):
        if not line.strip():
            kept.append("")
            prev_blank = True
            continue
        teaser_end = any(p.search(line) for p in r.teaser_markers)
        for p in r.inline:
            line = p.sub("", line)
        key = " ".join(line.split()).casefold()
        if (
            _is_boilerplate(line, prev_blank, r)
            or _pull_quote(raw, line, body)
            # a line printed twice (headline above and in the body) is furniture
            or (len(key) > 20 and key in seen)
        ):
            kept.append(None)
        else:
            seen.add(key)
            kept.append(line.strip())
        if teaser_end:
            _drop_teaser(kept, r.max_teaser_lines)
        prev_blank = False
    out = "\n".join(line for line in kept if line is not None)
    return re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", out).strip()


def _headline_like(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= 120 and not s.endswith((".", "!", '"', "”", "’", "'", ":", ","))


def _drop_teaser(kept: list[str | None], limit: int) -> None:
    """Drop a teaser ("title, label, lede ... keep reading") that ends at kept[-1].

    The lede runs back to the previous removed line (at most ``limit`` lines; with no
    such anchor the text stays). Above the anchor, headline-like lines (the teaser's
    title and tags) go too, up to the first real sentence.
    """
    i = len(kept) - 1 if kept[-1] is not None else len(kept) - 2
    lede = []
    while i >= 0 and kept[i] is not None:
        if kept[i]:
            lede.append(i)
        i -= 1
    if i < 0 or len(lede) > limit:
        return
    for j in lede:
        kept[j] = None
    for j in range(i, -1, -1):
        if kept[j] is None or not kept[j].strip():
            continue
        if not _headline_like(kept[j]):
            return
        kept[j] = None
