"""Score dragoman's events against gold files: ``dragoman eval``.

>>> report = run_eval(Path("PETR2_GSR_validation.xml"))          # codes the gold texts itself
>>> print(report.to_text())
>>> run_eval(Path("gold.jsonl"), fmt="plover", pred=Path("events.jsonl")).to_dict()

Gold formats (``fmt``; guessed from the file name when None):

``plover``
    PLOVER gold-standard records (openeventdata/PLOVER ``PLOVER_GSR_CAMEO.txt``: a JSON
    array, JSON lines, or its loose "objects separated by commas, trailing commas"
    layout) with ``id, text, date, event (or event_type), mode, context`` and
    ``source/target`` (or ``actor/recipient``): lists of ``{code|country, actorText|text}``
    or plain code strings; flat ``actor_country/recipient_country`` fields work too.
    dragoman's own ``plover-jsonl`` export (one event a line, grouped by ``doc_id``)
    reads the same way, as gold or as ``--pred``. A record whose event is empty or null
    is a document with no event.
``petr-gsr``
    PETRARCH2 validation XML (``<Sentence id date>``, ``<EventCoding eventcode sourcecode
    targetcode>`` or ``noevents="True"``, ``<Text>``; an empty ``<Text>`` is rebuilt from
    the record's ``<Parse>`` tokens). The CAMEO code is reduced to a
    PLOVER type with ``events/data/cameo_to_plover.yaml``; an actor code gives its
    country: the first three letters (``USAGOV`` -> USA, ``---`` -> unknown), and IGO
    codes the group codes listed in that file (``IGOUNO`` -> UN, ``IGOEUREEC`` -> EU,
    ``IGOWSTNAT`` -> NATO; other IGOs -> the generic ``IGO``, which any dragoman IGO
    group code matches).
``confli-class``
    ConfliBERT ``sentence<TAB>class`` (0 statement, 1 verbal cooperation, 2 material
    cooperation, 3 verbal conflict, 4 material conflict): QuadClass accuracy.
``confli-ner``
    ConfliBERT BIO file (``token tag`` a line, blank line between sentences; tags S
    source, T target, R both): token precision/recall/F1 of source and target spans.
``ngec``
    NGEC synthetic stories CSV (``text, label, mode``; the headline, when given, from
    ``prompt``'s first line or a ``title`` without template slots): document-level
    event type.

How predictions are scored (the same rules for every coder):

* Each event (gold or predicted) becomes its dyads: one ``(source country, type,
  target country)`` per pair of its distinct source and target countries (None where a
  side is missing or its country unknown). *event type*, *source country* (known
  countries only), *target country* and *triple* are micro precision/recall/F1 over the
  dyads, matched within each document as multisets; *per type* splits the event-type
  figures by gold/predicted type.
* Predicted events whose mode is ``negated`` or ``hypothetical`` are dropped: gold files
  code what happened (planned and historical events are kept). ``plover`` gold events
  that carry such a mode are dropped too (the report notes how many), so a plover-jsonl
  export scored against itself scores 1.0.
* confli-class: a sentence's predicted QuadClass is that of its highest-confidence event,
  0 ("statement / none") when it has none.
* confli-ner: a predicted actor mention's characters select the gold tokens they
  overlap; actors of events are the source side, recipients the target side.
* ngec: a document's predicted type is its main type (:mod:`dragoman.headline`: its
  headline's surest asserted event's, else its body's), or, for predictions without one
  (a plover-jsonl file), its highest-confidence event's type; a document with no event
  counts as wrong.

Splits: ``split="test"`` keeps the items whose key (the item's text) hashes (SHA-1) to
0 mod 5, about a fifth, fixed for ever and independent of file order (duplicates of a
sentence fall on the same side); ``split="train"`` keeps the rest; None or ``"all"``
keeps everything. ``limit`` then keeps the first N items.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import yaml

from dragoman.events.codebook import PLOVER_TYPES, cameo_table, codebook, phoenix_class_of
from dragoman.headline import main_event
from dragoman.ingest.common import json_problem
from dragoman.records import NOT_ASSERTED_MODES

__all__ = [
    "FORMATS",
    "GoldEvent",
    "GoldFormatError",
    "GoldItem",
    "PredEvent",
    "Report",
    "Score",
    "cameo_to_plover",
    "guess_format",
    "in_test_split",
    "load_pred_file",
    "load_store",
    "predict",
    "read_gold",
    "run_eval",
]

FORMATS = ("plover", "petr-gsr", "confli-class", "confli-ner", "ngec")
_ALIASES = {"plover-jsonl": "plover", "plover-gsr": "plover", "petrarch": "petr-gsr", "gsr": "petr-gsr"}
QUAD_NAMES = {0: "statement/none", 1: "verbal coop", 2: "material coop", 3: "verbal conflict", 4: "material conflict"}
_TEST_BUCKETS = 5


class GoldFormatError(ValueError):
    """A gold (or prediction) file cannot be read; the message names the file and line."""

    def __init__(self, path: Path | str, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {problem}")
        self.path, self.line, self.problem = str(path), line, problem


# -- records ---------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldEvent:
    event_type: str | None
    sources: tuple[str | None, ...] = ()
    targets: tuple[str | None, ...] = ()
    quad_class: int | None = None
    cameo: str | None = None


@dataclass
class NerGold:
    tokens: list[str]
    spans: list[tuple[int, int]]  # character span of each token in the item's text
    source: frozenset[int]  # token indices tagged S or R
    target: frozenset[int]  # token indices tagged T or R


@dataclass
class GoldItem:
    doc_id: str
    text: str
    date: Date | None = None
    events: list[GoldEvent] = field(default_factory=list)
    quad_class: int | None = None  # confli-class label of the sentence
    doc_type: str | None = None  # ngec label of the document
    title: str | None = None  # the document's headline
    ner: NerGold | None = None
    origin: str = ""  # file:line
    uncounted: int = 0  # gold events left out for their mode (negated, hypothetical)
    split_text: str = ""  # the text the train/test split is keyed on, when not ``text``

    @property
    def split_key(self) -> str:
        return self.split_text or self.text


@dataclass(frozen=True)
class PredEvent:
    event_type: str
    sources: tuple[str | None, ...] = ()
    targets: tuple[str | None, ...] = ()
    quad_class: int | None = None
    confidence: float = 0.5
    mode: str = ""
    # character spans of the actor / recipient mentions in the gold item's text
    source_spans: tuple[tuple[int, int], ...] = ()
    target_spans: tuple[tuple[int, int], ...] = ()
    cameo: str | None = None


# -- CAMEO mapping -----------------------------------------------------------------------


def phoenix_class(event: "PredEvent") -> int:
    """The Phoenix/ConfliBERT class of a predicted event: from its CAMEO root when it has
    one (statements and appeals are class 0 there), else its QuadClass."""
    by_root = phoenix_class_of(event.cameo)
    return by_root if by_root is not None else event.quad_class or 0


def cameo_to_plover(code: str) -> str | None:
    """The PLOVER type of a CAMEO event code (``"042"`` -> CONSULT); None for CAMEO 01.

    Raises KeyError for a code whose root is not 01-20."""
    table = cameo_table()
    code = code.strip()
    for key in (code, code[:3]):
        if key in table["event_codes"]:
            return table["event_codes"][key]
    return table["event_roots"][code[:2]]


def plover_name(name: str) -> str | None:
    """A PLOVER 2.0 type from a type name, older draft names included; None if unknown."""
    upper = name.strip().upper()
    if upper in PLOVER_TYPES:
        return upper
    return cameo_table()["event_names"].get(upper)


def cameo_country(actor_code: str | None) -> str | None:
    """The country (or dragoman group code) of a CAMEO actor code: USAGOV -> USA,
    IGOUNO -> UN, ---REB -> None."""
    if not actor_code:
        return None
    code = actor_code.strip().upper()
    if code.startswith("IGO"):
        igo = cameo_table()["igo_codes"]
        for n in range(len(code), 3, -1):
            if code[:n] in igo:
                return igo[code[:n]]
        return "IGO"
    return normalise_country(code[:3])


def normalise_country(code: Any) -> str | None:
    """A gold country code as dragoman spells it; None for unknown (``---``, ``***``, '')."""
    if not isinstance(code, str):
        return None
    code = code.strip().upper()
    if not code or not re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", code):
        return None
    return cameo_table()["country_codes"].get(code, code)


@cache
def _igo_groups() -> frozenset[str]:
    """dragoman's group codes for intergovernmental organisations (they match a gold 'IGO')."""
    try:
        text = resources.files("dragoman.actors").joinpath("data", "groups.yaml").read_text("utf-8")
        groups = yaml.safe_load(text)["groups"]
        codes = {g["code"] for g in groups if g.get("sector") == "IGO"}
    except (OSError, KeyError, TypeError, yaml.YAMLError):
        codes = set()
    return frozenset(codes | set(cameo_table()["igo_codes"].values()) - {"WST", "AFR", "LAM", "MEA", "ASA"})


def _quad_of_type(event_type: str | None) -> int | None:
    if event_type is None:
        return None
    return int(codebook().types[event_type]["quad_class"])


# -- format guessing and splits -----------------------------------------------------------


def guess_format(path: Path) -> str:
    """The gold format a file name suggests (see the module docstring)."""
    name = path.name.lower()
    if name.endswith(".xml"):
        return "petr-gsr"
    if "ner" in name and name.endswith((".txt", ".bio", ".conll")):
        return "confli-ner"
    if name.endswith(".tsv") or "class" in name:
        return "confli-class"
    if name.endswith(".csv"):
        return "ngec"
    if name.endswith((".jsonl", ".json", ".ndjson")) or "plover" in name or "gsr" in name:
        return "plover"
    raise ValueError(
        f"cannot tell the gold format of {path.name!r} from its name; give one of: {', '.join(FORMATS)}"
    )


def in_test_split(key: str) -> bool:
    """The fixed held-out fifth: SHA-1 of the key, mod 5 == 0."""
    digest = hashlib.sha1(key.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % _TEST_BUCKETS == 0


def _select(items: Iterable[GoldItem], split: str | None, limit: int | None) -> list[GoldItem]:
    if split not in (None, "all", "test", "train"):
        raise ValueError(f"unknown split {split!r}; use test, train or all")
    out: list[GoldItem] = []
    if limit == 0:
        return out
    for item in items:
        if split == "test" and not in_test_split(item.split_key):
            continue
        if split == "train" and in_test_split(item.split_key):
            continue
        out.append(item)
        if limit is not None and len(out) >= limit:
            break
    return out


# -- gold readers --------------------------------------------------------------------------


def read_gold(path: Path, fmt: str | None = None) -> Iterator[GoldItem]:
    """Gold items of a file, one per document (sentence for the sentence-level sets)."""
    path = Path(path)
    fmt = _canonical(fmt) if fmt else guess_format(path)
    if not path.is_file():
        raise GoldFormatError(path, None, "no such file")
    readers: dict[str, Callable[[Path], Iterator[GoldItem]]] = {
        "plover": read_plover,
        "petr-gsr": read_petr_gsr,
        "confli-class": read_confli_class,
        "confli-ner": read_confli_ner,
        "ngec": read_ngec,
    }
    return _checked(path, fmt, readers[fmt](path))


def _checked(path: Path, fmt: str, items: Iterator[GoldItem]) -> Iterator[GoldItem]:
    """A reader's items; a file that is not UTF-8, or from which no gold item could be
    read (the wrong format), is an error naming the file, never a report on 0 documents."""
    found = False
    try:
        for item in items:
            found = True
            yield item
    except UnicodeDecodeError as error:
        raise GoldFormatError(path, None, _not_utf8(error)) from None
    if not found:
        raise GoldFormatError(path, None, f"no gold records for format {fmt}{_why_empty(path, fmt)}")


def _why_empty(path: Path, fmt: str) -> str:
    """For PETRARCH XML, what the file is instead: not XML, or XML with no <Sentence>."""
    if fmt != "petr-gsr":
        return ""
    try:
        ElementTree.parse(path)
    except ElementTree.ParseError as error:
        return f" (not well-formed XML: {error})"
    return " (no <Sentence> element)"


def _not_utf8(error: UnicodeDecodeError) -> str:
    return f"not UTF-8 text (cannot decode byte 0x{error.object[error.start]:02x})"


def _canonical(fmt: str) -> str:
    fmt = _ALIASES.get(fmt, fmt)
    if fmt not in FORMATS:
        raise ValueError(f"unknown gold format {fmt!r}; supported: {', '.join(FORMATS)}")
    return fmt


def _parse_date(value: Any) -> Date | None:
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    for fmt in ("%Y-%m-%d", "%Y%m%d"):
        try:
            return datetime.strptime(value[:10] if fmt == "%Y-%m-%d" else value, fmt).date()
        except ValueError:
            continue
    return None


def read_confli_class(path: Path) -> Iterator[GoldItem]:
    with path.open(encoding="utf-8") as fp:
        for n, line in enumerate(fp, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                continue
            text, sep, label = line.rpartition("\t")
            if not sep or not text.strip():
                raise GoldFormatError(path, n, "expected 'sentence<TAB>class' (class 0-4)")
            if label.strip() not in {"0", "1", "2", "3", "4"}:
                raise GoldFormatError(path, n, f"class must be 0-4, got {label.strip()!r}")
            yield GoldItem(doc_id=f"confli-class-{n}", text=text.strip(), quad_class=int(label), origin=f"{path}:{n}")


_NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m",
                    "’s", "ʼs", "’", "”", "''"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "“", "``", "#"}


def detokenize(tokens: Sequence[str], rejoin: bool = True) -> tuple[str, list[tuple[int, int]]]:
    """Tokens -> readable text and each token's character span in it. Words the gold's
    tokenizer split are joined again as written (``rejoin``): "US - backed" ->
    "US-backed", "Yemen ’ s" -> "Yemen’s"."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for i, tok in enumerate(tokens):
        if i > 0 and tok not in _NO_SPACE_BEFORE and tokens[i - 1] not in _NO_SPACE_AFTER \
                and not (rejoin and _split_word(tokens, i)):
            parts.append(" ")
            pos += 1
        parts.append(tok)
        spans.append((pos, pos + len(tok)))
        pos += len(tok)
    return "".join(parts), spans


def _split_word(tokens: Sequence[str], i: int) -> bool:
    """Token i continues the word before it: a hyphen inside a word or the word after it
    ("al - Qaeda"), a digit group's separator or the digits after it ("1 , 500",
    "22 . 5"), or the s of a possessive split off its apostrophe ("Syria ’ s")."""
    return _inner_mark(tokens, i) or _inner_mark(tokens, i - 1) or (
        tokens[i].lower() == "s" and tokens[i - 1] in ("’", "'"))


def _inner_mark(tokens: Sequence[str], k: int) -> bool:
    if not 0 < k < len(tokens) - 1:
        return False
    before, mark, after = tokens[k - 1], tokens[k], tokens[k + 1]
    if mark == "-":
        return before[:1].isalnum() and before[-1:].isalnum() and after[:1].isalnum() and after[-1:].isalnum()
    if mark == ",":  # thousands, not "May 7 , 2017"
        return before.isdigit() and after.isdigit() and len(after) == 3
    return mark == "." and before.isdigit() and after.isdigit()


_BIO = re.compile(r"^(O|[BI]-[STR])$")


def read_confli_ner(path: Path) -> Iterator[GoldItem]:
    tokens: list[str] = []
    tags: list[str] = []
    first = 0

    def flush() -> GoldItem:
        text, spans = detokenize(tokens)
        source = frozenset(i for i, t in enumerate(tags) if t[-1:] in ("S", "R") and t != "O")
        target = frozenset(i for i, t in enumerate(tags) if t[-1:] in ("T", "R") and t != "O")
        # the split stays keyed on the text as first reconstructed (split words apart),
        # so the held-out sentences are the ones every earlier figure was measured on
        return GoldItem(doc_id=f"confli-ner-{first}", text=text, origin=f"{path}:{first}",
                        ner=NerGold(list(tokens), spans, source, target),
                        split_text=detokenize(tokens, rejoin=False)[0])

    with path.open(encoding="utf-8") as fp:
        for n, line in enumerate(fp, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if tokens:
                    yield flush()
                tokens, tags = [], []
                continue
            token, sep, tag = line.strip().rpartition(" ")
            if not sep:
                token, sep, tag = line.strip().rpartition("\t")
            if not sep or not token or not _BIO.match(tag):
                raise GoldFormatError(path, n, f"expected 'token TAG' with TAG one of O, B-S, I-S, B-T, I-T, B-R, I-R; got {line!r}")
            if not tokens:
                first = n
            tokens.append(token.strip())
            tags.append(tag)
    if tokens:
        yield flush()


def read_ngec(path: Path) -> Iterator[GoldItem]:
    with path.open(encoding="utf-8", newline="") as fp:
        reader = csv.DictReader(fp)
        missing = {"text", "label"} - set(reader.fieldnames or [])
        if missing:
            raise GoldFormatError(path, 1, f"missing column(s) {sorted(missing)}; need text and label")
        row_no = 0
        while True:
            line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                raise GoldFormatError(path, line, f"bad CSV: {error}") from None
            row_no += 1
            label = plover_name(row.get("label") or "")
            if label is None:
                raise GoldFormatError(path, line, f"label {row.get('label')!r} is not a PLOVER event type")
            text = (row.get("text") or "").strip()
            if not text:
                raise GoldFormatError(path, line, "empty text")
            yield GoldItem(doc_id=f"ngec-{row_no}", text=text, doc_type=label, title=_ngec_headline(row),
                           events=[GoldEvent(label, quad_class=_quad_of_type(label))], origin=f"{path}:{line}")


def _ngec_headline(row: dict[str, str]) -> str | None:
    """The story's headline: the prompt's first line (the filled-in title the story was
    written from), else the title unless it still has template slots ("{country_1}")."""
    prompt = (row.get("prompt") or "").strip()
    if prompt:
        return prompt.splitlines()[0].strip() or None
    title = (row.get("title") or "").strip()
    return title if title and "{" not in title else None


_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')


def read_petr_gsr(path: Path) -> Iterator[GoldItem]:
    """PETRARCH validation records. Read line by line: the files are not well-formed XML
    (``<Sentence .../>`` closed again by ``</Sentence>``)."""
    current: dict[str, Any] | None = None
    text_lines: list[str] | None = None
    parse_rows: list[list[str]] | None = None
    seen: Counter[str] = Counter()

    def finish(rec: dict[str, Any]) -> GoldItem:
        if not rec["text"] and rec["parse"]:  # an empty <Text>: rebuild it from the parse
            rec["text"] = "".join(
                row[1] + ("" if "SpaceAfter=No" in row[-1] else " ") for row in rec["parse"]).strip()
        if not rec["text"]:
            raise GoldFormatError(path, rec["line"], f"sentence {rec['id']!r} has no <Text>")
        if not rec["events"] and not rec["noevents"]:
            raise GoldFormatError(path, rec["line"], f"sentence {rec['id']!r} has no <EventCoding>")
        seen[rec["id"]] += 1
        doc_id = rec["id"] if seen[rec["id"]] == 1 else f"{rec['id']}#{seen[rec['id']]}"
        return GoldItem(doc_id=doc_id, text=rec["text"], date=_parse_date(rec["date"]), events=rec["events"],
                        origin=f"{path}:{rec['line']}")

    with path.open(encoding="utf-8") as fp:
        for n, raw in enumerate(fp, 1):
            line = raw.strip()
            if text_lines is not None:
                if line.startswith("</Text>"):
                    assert current is not None
                    current["text"] = " ".join(t for t in text_lines if t)
                    text_lines = None
                else:
                    text_lines.append(line)
                continue
            if parse_rows is not None:
                if line.startswith("</Parse>"):
                    assert current is not None
                    current["parse"] = parse_rows
                    parse_rows = None
                elif len(cols := raw.rstrip("\n").split("\t")) >= 10:
                    parse_rows.append(cols)
                continue
            if line.startswith("<Parse>"):
                parse_rows = []
                continue
            if line.startswith("<Sentence ") or line == "<Sentence>":
                if current is not None:
                    yield finish(current)
                attrs = dict(_ATTR.findall(line))
                if "id" not in attrs:
                    raise GoldFormatError(path, n, "<Sentence> without an id attribute")
                current = {"id": attrs["id"], "date": attrs.get("date"), "line": n, "events": [],
                           "noevents": False, "text": None, "parse": None}
            elif line.startswith("<EventCoding"):
                if current is None:
                    raise GoldFormatError(path, n, "<EventCoding> outside a <Sentence>")
                attrs = dict(_ATTR.findall(line))
                if attrs.get("noevents", "").lower() == "true":
                    current["noevents"] = True
                    continue
                code = attrs.get("eventcode", "")
                if not re.fullmatch(r"\d{2,4}", code) or not ("01" <= code[:2] <= "20"):
                    raise GoldFormatError(path, n, f"eventcode {code!r} is not a CAMEO code")
                if "sourcecode" not in attrs or "targetcode" not in attrs:
                    raise GoldFormatError(path, n, "<EventCoding> needs sourcecode and targetcode")
                event_type = cameo_to_plover(code)
                if event_type is None:  # CAMEO 01: a statement, no PLOVER event
                    current["noevents"] = True
                    continue
                src, tgt = cameo_country(attrs["sourcecode"]), cameo_country(attrs["targetcode"])
                current["events"].append(GoldEvent(
                    event_type, (src,) if src else (), (tgt,) if tgt else (),
                    quad_class=codebook().quad_class(event_type, code.zfill(3)), cameo=code))
            elif line.startswith("<Text>"):
                if current is None:
                    raise GoldFormatError(path, n, "<Text> outside a <Sentence>")
                rest = line[len("<Text>"):]
                if "</Text>" in rest:
                    current["text"] = rest.split("</Text>")[0].strip()
                else:
                    text_lines = [rest.strip()]
    if text_lines is not None:
        raise GoldFormatError(path, current["line"] if current else None, "<Text> never closed")
    if current is not None:
        yield finish(current)


# -- PLOVER records (gold, and predictions from a plover-jsonl export) ---------------------


def _load_json_records(path: Path) -> list[tuple[int, Any]]:
    """(line, record) pairs from a JSON array, JSON lines, or the loose PLOVER GSR layout."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise GoldFormatError(path, None, _not_utf8(error)) from None
    stripped = text.strip()
    if not stripped:
        return []
    if stripped.startswith("["):
        try:
            data = json.loads(text)  # not stripped: line numbers are the file's
        except json.JSONDecodeError as error:
            raise GoldFormatError(path, error.lineno, f"invalid JSON: {json_problem(error)}") from None
        return [(1, r) for r in data]
    # JSON lines
    records: list[tuple[int, Any]] = []
    jsonl_ok = True
    first_error: tuple[int, str] | None = None
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append((n, json.loads(line)))
        except json.JSONDecodeError as error:
            jsonl_ok = False
            first_error = (n, json_problem(error))
            break
    if jsonl_ok:
        return records
    # loose layout: {...},\n{...}, with trailing commas; line numbers are preserved
    loose = re.sub(r",(\s*[}\]])", r" \1", text)
    loose = re.sub(r"}\s*,?\s*(?=\{)", lambda m: "}," + "\n" * m.group(0).count("\n"), loose)
    starts = [n for n, line in enumerate(text.splitlines(), 1) if line.lstrip().startswith("{")]
    if stripped.startswith("{") and not stripped.rstrip(",").endswith("}"):
        assert first_error is not None
        raise GoldFormatError(path, first_error[0], f"invalid JSON line: {first_error[1]}")
    try:
        data = json.loads("[" + loose.strip().rstrip(",") + "]")
    except json.JSONDecodeError as error:
        # the loose reading failed too: report the JSON-lines error if it was a one-line file
        if first_error is not None and len(starts) == len([ln for ln in text.splitlines() if ln.strip()]):
            raise GoldFormatError(path, first_error[0], f"invalid JSON line: {first_error[1]}") from None
        raise GoldFormatError(path, error.lineno, f"invalid JSON: {json_problem(error)}") from None
    lines = starts if len(starts) == len(data) else [1] * len(data)
    return list(zip(lines, data))


def _party_codes(value: Any, path: Path, line: int, what: str) -> tuple[str | None, ...]:
    """Countries of a source/target field: a list of dicts or strings, a dict, a string."""
    if value in (None, "", []):
        return ()
    if isinstance(value, (str, Mapping)):
        value = [value]
    if not isinstance(value, list):
        raise GoldFormatError(path, line, f"{what} must be a list of actors, got {type(value).__name__}")
    out: list[str | None] = []
    for party in value:
        if isinstance(party, str):
            code = party
        elif isinstance(party, Mapping):
            code = party.get("country", party.get("code", party.get("actor_country")))
        else:
            raise GoldFormatError(path, line, f"{what} entries must be objects or code strings")
        if isinstance(code, str) and code.upper().startswith("IGO") and len(code) > 3:
            out.append(cameo_country(code))
        else:
            out.append(normalise_country(code))
    return tuple(dict.fromkeys(out))  # distinct, in order


def _party_spans(value: Any) -> tuple[tuple[str, int | None, int | None], ...]:
    if not isinstance(value, list):
        return ()
    out = []
    for party in value:
        if isinstance(party, Mapping):
            text = party.get("text") or party.get("actorText") or ""
            out.append((str(text), party.get("start"), party.get("end")))
    return tuple(out)


def _first(record: Mapping[str, Any], *keys: str) -> Any:
    for key in keys:
        if key in record:
            return record[key]
    return None


@dataclass
class _PloverRecord:
    line: int
    doc_id: str
    text: str | None
    sentence: int | None
    date: Date | None
    event: PredEvent | None  # None: a record that says "no event here"
    parties: tuple[tuple[tuple[str, int | None, int | None], ...], tuple[tuple[str, int | None, int | None], ...]] = ((), ())


def _plover_records(path: Path) -> Iterator[_PloverRecord]:
    for line, rec in _load_json_records(path):
        if not isinstance(rec, Mapping):
            raise GoldFormatError(path, line, f"expected a JSON object, got {type(rec).__name__}")
        doc = _first(rec, "doc_id", "id", "story_id")
        if doc is None or doc == "":
            raise GoldFormatError(path, line, "record has no id (or doc_id)")
        name = _first(rec, "event_type", "event")
        event = None
        if name not in (None, ""):
            if not isinstance(name, str) or plover_name(name) is None:
                raise GoldFormatError(path, line, f"event type {name!r} is not a PLOVER type")
            etype = plover_name(name)
            assert etype is not None
            src_field = _first(rec, "actor", "source", "actors")
            tgt_field = _first(rec, "recipient", "target", "recipients")
            sources = _party_codes(src_field, path, line, "actor/source")
            targets = _party_codes(tgt_field, path, line, "recipient/target")
            if not sources and rec.get("actor_country"):
                sources = _party_codes(rec["actor_country"], path, line, "actor_country")
            if not targets and rec.get("recipient_country"):
                targets = _party_codes(rec["recipient_country"], path, line, "recipient_country")
            quad = rec.get("quad_class")
            if not isinstance(quad, int):
                cameo = rec.get("cameo")
                quad = codebook().quad_class(etype, cameo if isinstance(cameo, str) else None)
            conf = rec.get("confidence")
            cameo = rec.get("cameo")
            event = PredEvent(etype, sources, targets, quad_class=quad,
                              confidence=float(conf) if isinstance(conf, (int, float)) else 0.5,
                              mode=str(rec.get("mode") or ""), cameo=cameo if isinstance(cameo, str) else None)
            parties = (_party_spans(src_field), _party_spans(tgt_field))
        else:
            parties = ((), ())
        text = rec.get("text")
        sentence = rec.get("sentence") if isinstance(rec.get("sentence"), int) else None
        yield _PloverRecord(line, str(doc), text if isinstance(text, str) else None, sentence,
                            _parse_date(_first(rec, "publication_date", "date")), event, parties)


def read_plover(path: Path) -> Iterator[GoldItem]:
    docs: dict[str, dict[str, Any]] = {}
    for rec in _plover_records(path):
        doc = docs.setdefault(rec.doc_id, {"texts": {}, "date": rec.date, "events": [], "line": rec.line,
                                           "uncounted": 0})
        if rec.text:
            key = rec.sentence if rec.sentence is not None else len(doc["texts"]) + 10**6
            if rec.text not in doc["texts"].values():
                doc["texts"].setdefault(key, rec.text)
        if rec.event is not None and rec.event.mode in NOT_ASSERTED_MODES:
            doc["uncounted"] += 1  # as predictions of that mode are: gold is what happened
        elif rec.event is not None:
            e = rec.event
            doc["events"].append(GoldEvent(e.event_type, e.sources, e.targets, e.quad_class))
    for doc_id, doc in docs.items():
        if not doc["texts"]:
            raise GoldFormatError(path, doc["line"], f"document {doc_id!r} has no text")
        text = " ".join(doc["texts"][k] for k in sorted(doc["texts"]))
        yield GoldItem(doc_id=doc_id, text=text, date=doc["date"], events=doc["events"], origin=f"{path}:{doc['line']}",
                       uncounted=doc["uncounted"])


# -- predictions ---------------------------------------------------------------------------


def _locate(text: str, mention: str, start: int | None, end: int | None) -> tuple[int, int] | None:
    """Where a mention is in ``text``: at its offsets if they still fit, else the nearest
    occurrence of its words (offsets of a cleaned copy of the text can drift)."""
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        if not mention or text[start:end] == mention:
            return start, end
    if not mention:
        return None
    found = [m.start() for m in re.finditer(re.escape(mention), text)]
    if not found:
        return None
    anchor = start if isinstance(start, int) else 0
    best = min(found, key=lambda s: abs(s - anchor))
    return best, best + len(mention)


def _from_event(event: Any, text: str | None, article_text: str | None = None) -> PredEvent:
    """A dragoman Event -> PredEvent; mention spans are moved onto the gold ``text``."""

    def spans(mentions: Sequence[Any], phrases: Sequence[tuple[int, int]] = ()) -> tuple[tuple[int, int], ...]:
        """Each party's noun phrase when known (gold spans are whole phrases), else its mention."""
        if text is None:
            return ()
        out = []
        for position, m in enumerate(mentions):
            start, end = phrases[position] if position < len(phrases) else (m.start, m.end)
            if article_text is not None and article_text == text:
                out.append((start, end))
            elif (span := _locate(text, m.text, m.start, m.end)) is not None:
                out.append((span[0] - (m.start - start), span[1] + (end - m.end)))
        return tuple(out)

    return PredEvent(
        event_type=event.event_type,
        sources=tuple(dict.fromkeys(normalise_country(m.actor.country) for m in event.actors)),
        targets=tuple(dict.fromkeys(normalise_country(m.actor.country) for m in event.recipients)),
        quad_class=event.quad_class,
        confidence=float(event.confidence),
        mode=event.mode or "",
        cameo=event.cameo,
        source_spans=spans(event.actors, getattr(event.evidence, "actor_phrases", ())),
        target_spans=spans(event.recipients, getattr(event.evidence, "recipient_phrases", ())),
    )


# Per document: its events, and its main type when the coder named one.
Predictions = tuple[dict[str, list[PredEvent]], dict[str, str | None]]


def predict(items: Sequence[GoldItem], *, progress: bool | None = False) -> Predictions:
    """Code the gold texts with ``dragoman.code``: each document's events and main type."""
    from dragoman.api import iter_code

    by_id = {item.doc_id: item for item in items}
    records = [{"id": item.doc_id, "text": item.text, "title": item.title,
                "date": item.date.isoformat() if item.date else None}
               for item in items]
    out: dict[str, list[PredEvent]] = {item.doc_id: [] for item in items}
    main: dict[str, str | None] = {}
    for coded in iter_code(records, progress=progress):
        item = by_id.get(coded.article.doc_id)
        if item is None:
            continue
        out[item.doc_id] = [_from_event(e, item.text, coded.article.text) for e in coded.events]
        main[item.doc_id] = coded.article.main_type
    return out, main


def load_store(db: Path, items: Sequence[GoldItem]) -> Predictions:
    """Predictions already in a store (coded with the gold ids as document ids)."""
    from dragoman.store import open_store

    out: dict[str, list[PredEvent]] = {item.doc_id: [] for item in items}
    main: dict[str, str | None] = {}
    with open_store(db, create=False) as store:
        for item in items:
            article = store.article(item.doc_id)
            events = store.events(doc_id=item.doc_id)
            out[item.doc_id] = [_from_event(e, item.text, article.text if article else None) for e in events]
            if article is not None:
                main[item.doc_id] = article.main_type
    return out, main


def load_pred_file(path: Path, items: Sequence[GoldItem]) -> dict[str, list[PredEvent]]:
    """Predictions from a plover-jsonl export (or any file the ``plover`` reader takes),
    matched to gold documents by ``doc_id``."""
    texts = {item.doc_id: item.text for item in items}
    out: dict[str, list[PredEvent]] = {item.doc_id: [] for item in items}
    for rec in _plover_records(Path(path)):
        if rec.event is None or rec.doc_id not in out:
            continue
        text = texts[rec.doc_id]
        src = tuple(s for p in rec.parties[0] if (s := _locate(text, p[0], p[1], p[2])) is not None)
        tgt = tuple(s for p in rec.parties[1] if (s := _locate(text, p[0], p[1], p[2])) is not None)
        e = rec.event
        out[rec.doc_id].append(PredEvent(e.event_type, e.sources, e.targets, e.quad_class, e.confidence, e.mode, src, tgt,
                                         e.cameo))
    return out


# -- scoring -------------------------------------------------------------------------------


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, tp: int, gold: int, pred: int) -> None:
        self.tp += tp
        self.fn += gold - tp
        self.fp += pred - tp

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.value, 4)}


def _same(gold: Any, pred: Any) -> bool:
    if gold == pred:
        return True
    if isinstance(gold, tuple) and isinstance(pred, tuple) and len(gold) == len(pred):
        return all(_same(g, p) for g, p in zip(gold, pred))
    return gold == "IGO" and isinstance(pred, str) and pred in _igo_groups()


def matched(gold: Sequence[Any], pred: Sequence[Any]) -> int:
    """How many gold items the predictions match, each used once (multisets): exact
    matches first, then a generic gold ``IGO`` against any IGO group code."""
    g, p = Counter(gold), Counter(pred)
    exact = g & p
    n = sum(exact.values())
    g_left = list((g - exact).elements())
    p_left = list((p - exact).elements())
    for item in g_left:
        for j, cand in enumerate(p_left):
            if _same(item, cand):
                n += 1
                del p_left[j]
                break
    return n


Dyad = tuple[str | None, str | None, str | None]


def dyads(event: GoldEvent | PredEvent) -> list[Dyad]:
    """(source country, type, target country) for each pair of the event's distinct countries."""
    sources = tuple(dict.fromkeys(event.sources)) or (None,)
    targets = tuple(dict.fromkeys(event.targets)) or (None,)
    return [(s, event.event_type, t) for s in sources for t in targets]


def _kept(events: Iterable[PredEvent]) -> list[PredEvent]:
    return [e for e in events if e.mode not in NOT_ASSERTED_MODES]


@dataclass
class Report:
    gold: str
    fmt: str
    predictions: str  # "coded by dragoman", "store FILE" or "file FILE"
    documents: int
    split: str | None = None
    limit: int | None = None
    scores: dict[str, Score] = field(default_factory=dict)
    per_type: dict[str, Score] = field(default_factory=dict)
    accuracy: dict[str, Accuracy] = field(default_factory=dict)
    confusion: dict[str, Counter] = field(default_factory=dict)  # gold label -> Counter(pred label)
    counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    per_type_title: str = "per type"
    # confidence bin -> how many predicted events in it were right (calibration)
    reliability: dict[str, Accuracy] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "format": self.fmt,
            "predictions": self.predictions,
            "documents": self.documents,
            "split": self.split,
            "limit": self.limit,
            "scores": {k: v.to_dict() for k, v in self.scores.items()},
            "per_type": {k: v.to_dict() for k, v in self.per_type.items()},
            "accuracy": {k: v.to_dict() for k, v in self.accuracy.items()},
            "confusion": {k: dict(v) for k, v in self.confusion.items()},
            "counts": dict(self.counts),
            "notes": list(self.notes),
            "reliability": {k: v.to_dict() for k, v in self.reliability.items()},
        }

    def to_text(self) -> str:
        head = f"{self.gold} ({self.fmt}"
        if self.split and self.split != "all":
            head += f", {self.split} split"
        if self.limit:
            head += f", first {self.limit}"
        head += f"): {self.documents} documents; predictions {self.predictions}"
        lines = [head]
        if self.counts:
            lines.append("  " + ", ".join(f"{k} {v}" for k, v in self.counts.items()))
        for title, table in (("", self.scores), (self.per_type_title, self.per_type)):
            if not table:
                continue
            lines.append("")
            width = max(len(title), *(len(k) for k in table))
            lines.append(f"{title:<{width}}  {'P':>6} {'R':>6} {'F1':>6}  {'tp':>5} {'fp':>5} {'fn':>5}")
            for name, s in table.items():
                lines.append(f"{name:<{width}}  {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}  {s.tp:5d} {s.fp:5d} {s.fn:5d}")
        if self.accuracy:
            lines.append("")
            width = max(len(k) for k in self.accuracy)
            for name, a in self.accuracy.items():
                lines.append(f"{name:<{width}}  {a.value:6.3f}  ({a.correct}/{a.total})")
        if self.confusion:
            labels = sorted({*self.confusion, *(p for c in self.confusion.values() for p in c)}, key=str)
            lines.append("")
            lines.append("confusion (rows gold, columns predicted)")
            cw = max(5, *(len(str(x)) for x in labels))
            lines.append(" " * (cw + 1) + " ".join(f"{str(x):>{cw}}" for x in labels))
            for g in labels:
                if g in self.confusion:
                    row = self.confusion[g]
                    lines.append(f"{str(g):>{cw}} " + " ".join(f"{row.get(p, 0):>{cw}d}" for p in labels))
        if self.reliability:
            lines.append("")
            lines.append("reliability (confidence of predicted events: share right)")
            for name, a in self.reliability.items():
                lines.append(f"  {name}  {a.value:6.3f}  ({a.correct}/{a.total})")
        for note in self.notes:
            lines.append(f"note: {note}")
        return "\n".join(lines)


def score_events(items: Sequence[GoldItem], preds: Mapping[str, Sequence[PredEvent]], report: Report) -> None:
    """Event type, source, target, triple and per-type P/R/F1 over dyads (see module doc)."""
    names = ("event type", "source country", "target country", "triple")
    scores = {n: Score() for n in names}
    per_type: dict[str, Score] = defaultdict(Score)
    n_gold = n_pred = 0
    for item in items:
        gold = [d for e in item.events for d in dyads(e)]
        pred = [d for e in _kept(preds.get(item.doc_id, ())) for d in dyads(e)]
        n_gold += len(gold)
        n_pred += len(pred)
        views = {
            "event type": ([d[1] for d in gold], [d[1] for d in pred]),
            "source country": ([d[0] for d in gold if d[0]], [d[0] for d in pred if d[0]]),
            "target country": ([d[2] for d in gold if d[2]], [d[2] for d in pred if d[2]]),
            "triple": (gold, pred),
        }
        for name, (g, p) in views.items():
            scores[name].add(matched(g, p), len(g), len(p))
        g_types, p_types = Counter(d[1] for d in gold), Counter(d[1] for d in pred)
        for t in set(g_types) | set(p_types):
            per_type[t].add(min(g_types[t], p_types[t]), g_types[t], p_types[t])
        for event in _kept(preds.get(item.doc_id, ())):
            _calibrate(report, event.confidence, _supported(event, item.events))
    report.scores.update(scores)
    report.per_type.update({t: per_type[t] for t in PLOVER_TYPES if t in per_type})
    report.counts.update({"gold dyads": n_gold, "predicted dyads": n_pred})


# Confidence bins of the reliability table: fifths, the last one including 1.0.
RELIABILITY_BINS = ("[0.0, 0.2)", "[0.2, 0.4)", "[0.4, 0.6)", "[0.6, 0.8)", "[0.8, 1.0]")


def _calibrate(report: Report, confidence: float, right: bool) -> None:
    """Count a predicted event in its confidence bin."""
    if not report.reliability:
        report.reliability = {name: Accuracy() for name in RELIABILITY_BINS}
    cell = report.reliability[RELIABILITY_BINS[min(max(int(confidence * 5), 0), 4)]]
    cell.total += 1
    cell.correct += right


def _supported(event: PredEvent, gold: Sequence[GoldEvent]) -> bool:
    """A predicted event is right when a gold event of the document has its type and,
    where the gold names sources, one of its source countries."""
    for g in gold:
        if g.event_type != event.event_type:
            continue
        if not g.sources or set(event.sources) & set(g.sources):
            return True
    return False


def score_quad(items: Sequence[GoldItem], preds: Mapping[str, Sequence[PredEvent]], report: Report) -> None:
    acc = Accuracy()
    confusion: dict[str, Counter] = defaultdict(Counter)
    per_class: dict[str, Score] = defaultdict(Score)
    for item in items:
        kept = _kept(preds.get(item.doc_id, ()))
        top = main_event(kept)
        guess = phoenix_class(top) if top is not None else 0
        gold = item.quad_class or 0
        for event in kept:  # an event is right when its class is the sentence's
            _calibrate(report, event.confidence, phoenix_class(event) == gold)
        acc.total += 1
        acc.correct += guess == gold
        confusion[str(gold)][str(guess)] += 1
        _tally(per_class, f"{gold} {QUAD_NAMES[gold]}", f"{guess} {QUAD_NAMES[guess]}")
    report.accuracy["QuadClass accuracy"] = acc
    report.per_type_title = "per QuadClass"
    report.per_type.update({k: per_class[k] for k in sorted(per_class)})
    report.confusion.update({k: confusion[k] for k in sorted(confusion)})


def score_ner(items: Sequence[GoldItem], preds: Mapping[str, Sequence[PredEvent]], report: Report) -> None:
    source, target = Score(), Score()
    for item in items:
        ner = item.ner
        assert ner is not None
        events = _kept(preds.get(item.doc_id, ()))
        p_src = _tokens(ner.spans, [s for e in events for s in e.source_spans])
        p_tgt = _tokens(ner.spans, [s for e in events for s in e.target_spans])
        source.add(len(p_src & ner.source), len(ner.source), len(p_src))
        target.add(len(p_tgt & ner.target), len(ner.target), len(p_tgt))
    report.scores["source span (tokens)"] = source
    report.scores["target span (tokens)"] = target


def _tally(table: dict[str, Score], gold: str, guess: str | None) -> None:
    """One single-label decision: a hit for the gold label, or a miss for it and a false
    alarm for the guess (no guess: a miss only)."""
    if guess == gold:
        table[gold].tp += 1
        return
    table[gold].fn += 1
    if guess is not None:
        table[guess].fp += 1


def _tokens(token_spans: Sequence[tuple[int, int]], spans: Iterable[tuple[int, int]]) -> set[int]:
    out: set[int] = set()
    for start, end in spans:
        for i, (ts, te) in enumerate(token_spans):
            if ts < end and start < te:
                out.add(i)
    return out


def score_documents(items: Sequence[GoldItem], preds: Mapping[str, Sequence[PredEvent]], report: Report,
                    main_types: Mapping[str, str | None] | None = None) -> None:
    acc = Accuracy()
    per_type: dict[str, Score] = defaultdict(Score)
    confusion: dict[str, Counter] = defaultdict(Counter)
    no_event = 0
    for item in items:
        if main_types is not None and item.doc_id in main_types:
            guess = main_types[item.doc_id]
        else:
            top = main_event(preds.get(item.doc_id, ()))
            guess = top.event_type if top else None
        gold = item.doc_type
        assert gold is not None
        acc.total += 1
        acc.correct += guess == gold
        no_event += guess is None
        confusion[gold][guess or "-"] += 1
        _tally(per_type, gold, guess)
    report.accuracy["document event type accuracy"] = acc
    report.per_type.update({t: per_type[t] for t in PLOVER_TYPES if t in per_type})
    report.confusion.update({t: confusion[t] for t in PLOVER_TYPES if t in confusion})
    report.counts["documents with no predicted event"] = no_event


_SCORERS: dict[str, list[Callable[[Sequence[GoldItem], Mapping[str, Sequence[PredEvent]], Report], None]]] = {
    "plover": [score_events],
    "petr-gsr": [score_events],
    "confli-class": [score_quad],
    "confli-ner": [score_ner],
}


def score(items: Sequence[GoldItem], preds: Mapping[str, Sequence[PredEvent]], fmt: str, report: Report,
          main_types: Mapping[str, str | None] | None = None) -> Report:
    fmt = _canonical(fmt)
    if fmt == "ngec":  # the one document-level format
        score_documents(items, preds, report, main_types)
        return report
    for scorer in _SCORERS[fmt]:
        scorer(items, preds, report)
    return report


def run_eval(
    gold: Path,
    fmt: str | None = None,
    db: Path | None = None,
    pred: Path | None = None,
    limit: int | None = None,
    split: str | None = None,
    *,
    progress: bool | None = False,
) -> Report:
    """Score predictions against a gold file and return the report.

    With neither ``db`` (a store coded with the gold ids as document ids) nor ``pred``
    (a plover-jsonl file), dragoman codes the gold texts itself. Raises GoldFormatError
    (file and line) for an unreadable gold or prediction file, ValueError for bad options.
    """
    gold = Path(gold)
    if db is not None and pred is not None:
        raise ValueError("give --db or --pred, not both")
    fmt = _canonical(fmt) if fmt else guess_format(gold)
    items = _select(read_gold(gold, fmt), split, limit)
    if db is not None:
        (preds, main_types), source = load_store(Path(db), items), f"from store {db}"
    elif pred is not None:
        preds, main_types, source = load_pred_file(Path(pred), items), None, f"from file {pred}"
    else:
        (preds, main_types), source = predict(items, progress=progress), "coded by dragoman"
    report = Report(gold=str(gold), fmt=fmt, predictions=source, documents=len(items), split=split, limit=limit)
    score(items, preds, fmt, report, main_types)
    if any(e.mode in NOT_ASSERTED_MODES for es in preds.values() for e in es):
        dropped = sum(e.mode in NOT_ASSERTED_MODES for es in preds.values() for e in es)
        report.notes.append(f"{dropped} predicted event(s) with mode negated or hypothetical not counted")
    if uncounted := sum(item.uncounted for item in items):
        report.notes.append(f"{uncounted} gold event(s) with mode negated or hypothetical not counted")
    return report
