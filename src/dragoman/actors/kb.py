"""The actor knowledge base: countries, groups, people with dated roles, offices, titles.

Data lives in YAML files (``actors/data/*.yaml``, format in ``data/README.md``); user
files passed as ``extra_files`` are loaded after the package files and replace entries
with the same key. Every loading error names the file and the line.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Sequence

import yaml
from rapidfuzz import fuzz, process

from . import schema

# sectors.yaml first: the items of the others are checked against its sectors
PACKAGE_FILES = ("sectors.yaml", "countries.yaml", "groups.yaml", "offices.yaml", "people.yaml")
FUZZY_MIN_LEN = 5  # shorter tokens are too easy to confuse ("Li", "May")
FUZZY_CUTOFF = 85.0  # full names
SURNAME_CUTOFF = 83.0  # one word: "Lavrof" -> Lavrov (83.3)
TRANSLITERATION_CUTOFF = 75.0  # an alias's last word this near the surname is another spelling of it ("Nebenzia")
WRITTEN_OTHERWISE_CUTOFF = 88.0  # a full name the parser did not call a person: "Tayyip Erdgoan" (92.9)


_DANGLING = {"to", "at", "for", "in", "of", "on", "from", "with", "the"}


def _letters(name: str) -> str:
    """A name's letters alone: "Xi Jin-ping" -> "xijinping"."""
    return "".join(c for c in norm(name) if c.isalpha())


class ActorDataError(ValueError):
    """A data file is malformed; the message starts with ``file:line``."""


# --------------------------------------------------------------------------- records


@dataclass(slots=True)
class Spell:
    country: str
    sector: str | None
    title: str | None
    office: str | None
    start: date | None
    end: date | None  # None: still in office

    def covers(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


@dataclass(slots=True)
class Person:
    id: str
    name: str
    aliases: list[str]
    surname: str | None
    wikidata: str | None
    country: str | None
    sector: str | None
    spells: list[Spell]
    died: date | None = None  # who died in office keeps that role in later news


@dataclass(slots=True)
class Office:
    id: str
    country: str
    sector: str | None
    title: str
    kinds: list[str]
    names: list[str]


@dataclass(slots=True)
class Country:
    code: str
    name: str
    names: list[str]
    demonyms: list[str]
    capitals: list[str]
    # peoples living (almost) all in the country who are not its nation ("Tigrayan"):
    # their fighters are not the state's forces
    peoples: list[str] = field(default_factory=list)
    # a state of another country shares the name ("Georgia", USA): before one of
    # ``state_words`` ("Georgia Governor Brian Kemp") the name is that state's
    state_of: str | None = None
    state_words: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Group:
    id: str
    code: str
    name: str
    sector: str | None
    aliases: list[str]
    demonyms: list[str]
    members: Any
    parent: str | None
    # Dated sectors of an organisation ("REB until 2021-08-15, then GOV"); empty: `sector`.
    sectors: list[tuple[str | None, date | None, date | None]] = field(default_factory=list)
    organisation: bool = False  # a named body of one country (organisations section)

    def sector_on(self, when: date | None) -> str | None:
        for sector, start, end in self.sectors:
            if (end is None) if when is None else ((start is None or start <= when) and (end is None or when < end)):
                return sector
        return self.sector


@dataclass(slots=True)
class Seat:
    name: str
    country: str
    sector: str | None
    aliases: list[str]
    # the country's only by default when written alone ("the Senate"): a story about
    # another country takes it as its own (actors/story.py)
    default_only: bool = False


@dataclass(frozen=True, slots=True)
class Title:
    term: str
    sector: str | None
    kind: str | None


@dataclass(frozen=True, slots=True)
class Entry:
    """One name in the index: what kind of thing it names and the thing's key."""

    kind: str  # person, surname, country, demonym, demonyms, capital, seat, group, group_demonym, office, title, agent
    key: str  # person id, country code, group id, office id, title term, agent term


# --------------------------------------------------------------------------- helpers


# The Arabic article before a name, written joined or apart ("al-Qaeda in the Arabian
# Peninsula", "al Qaeda in ..."): a name is indexed both ways.
ARABIC_ARTICLE = re.compile(r"\b([Aa]l|[Ee]l)([- ])(?=[A-Z])")


def _other_joint(match: re.Match) -> str:
    return match.group(1) + (" " if match.group(2) == "-" else "-")


def norm(text: str) -> str:
    """Case- and accent-insensitive key: 'Orbán' and 'orban' compare equal."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().casefold()


def plural(word: str) -> str:
    """Regular English plural of the last word (agent nouns, demonyms)."""
    if re.search(r"(s|sh|ch|x|z)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def demonym_plurals(demonym: str) -> list[str]:
    """'Russian' -> 'Russians'; 'French', 'Swiss', 'Chinese' have no -s plural."""
    if re.search(r"(sh|ch|ss|ese|s|x|z)$", demonym, re.I):
        return []
    return [demonym + "s"]


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that records each mapping's line as ``__line__`` and each list's item
    lines as ``.lines``, refuses a key repeated in one mapping, and leaves an impossible
    date ("2020-13-01") a string for the item's check to report with its field."""


class _Lines(list):
    lines: list[int]


class _RepeatedKey(yaml.MarkedYAMLError):
    pass


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    loader.flatten_mapping(node)
    mapping: dict[Any, Any] = {}
    first: dict[Any, int] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if key in first:  # PyYAML would keep the last silently
            raise _RepeatedKey(problem=f"repeated key {key!r} (first at line {first[key]})",
                               problem_mark=key_node.start_mark)
        first[key] = line
        mapping[key] = loader.construct_object(value_node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


def _sequence_with_lines(loader: _LineLoader, node: yaml.SequenceNode) -> list:
    items = _Lines(loader.construct_object(child, deep=True) for child in node.value)
    items.lines = [child.start_mark.line + 1 for child in node.value]
    return items


def _timestamp_or_text(loader: _LineLoader, node: yaml.ScalarNode) -> Any:
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence_with_lines)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)


def read_yaml(name: str, data: bytes | str) -> tuple[Any, dict[Any, int]]:
    """(the parsed file, the line of each top-level key); any problem is an
    ActorDataError naming the file (and line)."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as e:
            raise ActorDataError(f"{name}: not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start})") from None
    try:
        loader = _LineLoader(data)  # refuses control characters at once: binary
    except yaml.reader.ReaderError as e:
        raise ActorDataError(f"{name}: not text (character 0x{e.character:02x} at offset {e.position})") from None
    try:
        node = loader.get_single_node()
        parsed = loader.construct_document(node) if node is not None else None
    except _RepeatedKey as e:
        raise ActorDataError(f"{name}:{e.problem_mark.line + 1}: {e.problem}") from None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else "?"
        raise ActorDataError(f"{name}:{line}: YAML error: {e.problem}") from None
    finally:
        loader.dispose()
    lines = {k.value: k.start_mark.line + 1 for k, _ in node.value} if isinstance(node, yaml.MappingNode) else {}
    return parsed, lines


def _as_date(value: Any, where: str, field: str = "date") -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as error:
        raise ActorDataError(f"{where}: `{field}`: bad date {value!r} ({error}; want YYYY-MM-DD)") from None


def _items(mapping: dict) -> Iterable[tuple[Any, Any]]:
    return ((k, v) for k, v in mapping.items() if k != "__line__")


# --------------------------------------------------------------------------- the KB


@dataclass
class KB:
    countries: dict[str, Country] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)
    seats: dict[str, Seat] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    offices: dict[str, Office] = field(default_factory=dict)
    titles: dict[str, Title] = field(default_factory=dict)
    agents: dict[str, str | None] = field(default_factory=dict)
    # PLOVER agent codes that differ from ours (JRN journalists -> MED, MED medical -> HLH).
    plover_sectors: dict[str, str | None] = field(default_factory=dict)
    common_words: set[str] = field(default_factory=set)
    peoples: set[str] = field(default_factory=set)  # of countries.yaml's `peoples`
    # Groups of people who are locals of where they act ("protesters", "residents").
    local_groups: set[str] = field(default_factory=set)
    foreign_groups: set[str] = field(default_factory=set)
    # Verbs (lemmas) whose object is the subject's own forces or officials ("ordered troops").
    command_verbs: set[str] = field(default_factory=set)
    # Verbs (lemmas) of speaking to someone ("told parliament", "wrote to Moscow").
    address_verbs: set[str] = field(default_factory=set)
    other_spellings: set[str] = field(default_factory=set)  # surnames as aliases spell them: capitalised only
    family_names: Counter = field(default_factory=Counter)  # first words of people's names ("kim", "john")
    # Set phrases in which a place's or people's name names no actor ("brussels sprouts").
    fixed_phrases: set[str] = field(default_factory=set)
    # Built by index():
    names: dict[str, list[Entry]] = field(default_factory=dict)
    surfaces: dict[str, set[str]] = field(default_factory=dict)  # norm key -> spellings
    office_by_kind: dict[tuple[str, str], str] = field(default_factory=dict)
    holders: dict[str, list[tuple[Spell, Person]]] = field(default_factory=dict)
    _fuzzy_full: dict[str, str] = field(default_factory=dict)
    _fuzzy_surname: dict[str, list[str]] = field(default_factory=dict)
    _last_names: dict[str, set[str]] = field(default_factory=dict)  # last word of a name -> its people
    _compact: dict[str, set[str]] = field(default_factory=dict)  # a name's letters -> people ("xijinping")
    _pending_spells: list[tuple[Spell, str]] = field(default_factory=list)

    def is_people_noun(self, *forms: str) -> bool:
        """Is any of the (lower-case) forms a title or an agent noun of some sector ("MPs",
        "executives")?"""
        return any(w in self.titles or self.agents.get(w) for w in forms)

    def names_a_country(self, word: str) -> bool:
        """Does the word name a country: its name, capital, seat or people ("Kremlin", "Russian")?"""
        return any(en.kind in ("country", "capital", "seat", "demonym", "demonyms") for en in self.names.get(norm(word), ()))

    # ---- loading

    def load_file(self, path: str | Path, text: str | bytes | None = None, errors: list[str] | None = None) -> None:
        """Read one data file; any section (countries, groups, seats, people, offices,
        titles, agents, common_words, local_groups, foreign_groups, command_verbs,
        address_verbs, fixed_phrases) may appear in any file. The first problem
        (schema.py's checks, a missing field, a bad spell) is raised as an ActorDataError naming the file and
        line; with ``errors``, every problem is listed there instead and the load goes on
        (``actors check``)."""
        name = str(path)
        if text is None:
            try:
                text = Path(path).read_bytes()
            except OSError as e:
                raise ActorDataError(f"{name}: cannot read: {e.strerror or e}") from None
        data, key_lines = read_yaml(name, text)
        if not isinstance(data, dict):
            raise ActorDataError(f"{name}:1: expected a mapping with `version:` and data sections")
        for key in ("version", "source"):
            if key not in data:
                raise ActorDataError(f"{name}:1: missing top-level `{key}:`")
        report = self._reporter(errors)
        for key in data.keys() - schema.TOP_LEVEL - {"__line__"}:
            report(f"{name}:{key_lines.get(key, 1)}: unknown top-level key {key!r} (sections: {', '.join(sorted(schema.TOP_LEVEL))})")
        # sectors first: an item may use a sector the same file's agents or titles define
        self._read_titles(data.get("titles") or {}, name)
        self.plover_sectors.update({str(k): (None if v in (None, "null") else str(v))
                                    for k, v in _items(data.get("plover_sectors") or {})})
        for key in ("agents", "plover_agents"):
            self._read_agents(data.get(key) or {}, name, override=(key == "agents"))
        self.common_words.update(norm(w) for w in data.get("common_words") or [])
        self.local_groups.update(norm(w) for w in data.get("local_groups") or [])
        self.foreign_groups.update(norm(w) for w in data.get("foreign_groups") or [])
        self.command_verbs.update(norm(w) for w in data.get("command_verbs") or [])
        self.address_verbs.update(norm(w) for w in data.get("address_verbs") or [])
        self.fixed_phrases.update(norm(w) for w in data.get("fixed_phrases") or [])
        readers = {
            "countries": self._read_country,
            "seats": self._read_seat,
            "groups": self._read_group,
            "organisations": self._read_organisation,
            "offices": self._read_office,  # before people: spells refer to offices
            "people": self._read_person,
        }
        for section, reader in readers.items():
            self._read_section(name, section, data.get(section) or [], reader, report, key_lines.get(section, 1))

    def _read_section(self, name: str, section: str, items: list, reader, report, key_line: int) -> None:
        if not isinstance(items, list):
            line = items.get("__line__", 1) if isinstance(items, dict) else key_line
            report(f"{name}:{line}: `{section}` must be a list")
            return
        known = self._known()  # after the sections before it: a file may use its own codes
        first: dict[Any, int] = {}  # key -> line: a repeat in one file replaces nothing
        for item in items:
            if not isinstance(item, dict):
                report(f"{name}:{self._line_of(items, item)}: `{section}` items must be mappings")
                continue
            line, key = item["__line__"], item.get(schema.KEY_FIELD[section])
            problems = [f"{name}:{n}: {p}" for n, p in schema.item_problems(section, item, known)]
            if key is not None and key in first:
                problems.append(f"{name}:{line}: duplicate {section} {schema.KEY_FIELD[section]} {key!r} "
                                f"(first at line {first[key]})")
            first.setdefault(key, line)
            for problem in problems:  # raised at the first unless collected
                report(problem)
            try:
                reader(item, f"{name}:{line}")
            except ActorDataError as error:
                report(str(error))

    @staticmethod
    def _reporter(errors: list[str] | None):
        """Where problems go: raised at once, or collected so loading goes on."""
        def report(problem: str) -> None:
            if errors is None:
                raise ActorDataError(problem)
            errors.append(problem)
        return report

    @staticmethod
    def _line_of(items: list, item: Any) -> Any:
        lines = getattr(items, "lines", None)
        return lines[items.index(item)] if lines else "?"

    def _known(self) -> schema.Known:
        sectors = {*self.agents.values(), *(t.sector for t in self.titles.values()), *self.plover_sectors.values()}
        codes = {*self.countries, *(g.code for g in self.groups.values() if not g.organisation)}
        return schema.Known(countries=frozenset(codes), sectors=frozenset(str(s) for s in sectors if s))

    @staticmethod
    def _need(item: dict, where: str, *keys: str) -> list[Any]:
        missing = [k for k in keys if item.get(k) in (None, "")]
        if missing:
            raise ActorDataError(f"{where}: missing field(s) {', '.join(missing)}")
        return [item[k] for k in keys]

    def _read_country(self, item: dict, where: str) -> None:
        code, name = self._need(item, where, "code", "name")
        self.countries[code] = Country(
            code, name, list(item.get("names") or []), list(item.get("demonyms") or []),
            list(item.get("capitals") or []), list(item.get("peoples") or []),
            item.get("state_of"), list(item.get("state_words") or []),
        )

    def _read_seat(self, item: dict, where: str) -> None:
        name, country = self._need(item, where, "name", "country")
        self.seats[name] = Seat(name, country, item.get("sector"), list(item.get("aliases") or []),
                                bool(item.get("default_only", False)))

    def _read_group(self, item: dict, where: str) -> None:
        gid, code, name = self._need(item, where, "id", "code", "name")
        self.groups[gid] = Group(
            gid, code, name, item.get("sector"), list(item.get("aliases") or []),
            list(item.get("demonyms") or []), item.get("members"), item.get("parent"),
        )

    def _read_organisation(self, item: dict, where: str) -> None:
        """A named body of one country: {id, name, country, sector, aliases, sectors}.
        `sectors` lists dated sectors ("REB ..2021-08-15", "GOV 2021-08-15..")."""
        oid, name, country = self._need(item, where, "id", "name", "country")
        dated = []
        for spec in item.get("sectors") or []:
            m = schema.SPELL.fullmatch(str(spec))
            if not m:
                raise ActorDataError(f"{where}: bad dated sector {spec!r} (want 'SEC [START]..[END]')")
            dated.append((None if m[1] == "null" else m[1], _as_date(m[2], where, "sectors"), _as_date(m[3], where, "sectors")))
        self.groups[oid] = Group(
            oid, country, name, item.get("sector"), list(item.get("aliases") or []),
            list(item.get("demonyms") or []), None, item.get("parent"), dated, True,
        )

    def _read_office(self, item: dict, where: str) -> None:
        oid, country, title = self._need(item, where, "id", "country", "title")
        self.offices[oid] = Office(
            oid, country, item.get("sector"), title, list(item.get("kinds") or []),
            list(item.get("names") or []),
        )

    def _read_person(self, item: dict, where: str) -> None:
        pid, name = self._need(item, where, "id", "name")
        file = where.rsplit(":", 1)[0]
        spells = [self._read_spell(s, f"{file}:{line}") for s, line in schema.spells_with_lines(item)]
        surname = item["surname"] if "surname" in item else name.split()[-1]
        self.people[pid] = Person(
            pid, name, list(item.get("aliases") or []), surname, item.get("wikidata"),
            item.get("country"), item.get("sector"), spells, _as_date(item.get("died"), where, "died"),
        )

    def _read_spell(self, spec: Any, where: str) -> Spell:
        """One spell; ``where`` is its own line."""
        if isinstance(spec, str):  # "OFFICE_ID START..END"
            m = schema.SPELL.fullmatch(spec)
            if not m:
                raise ActorDataError(f"{where}: bad spell {spec!r} (want 'office.id YYYY-MM-DD..[YYYY-MM-DD]')")
            spec = {"office": m[1], "start": m[2], "end": m[3]}
        elif not isinstance(spec, dict):
            raise ActorDataError(f"{where}: a spell must be a string or a mapping")
        # Country/sector/title default to the office's, so short spells stay short.
        office = spec.get("office")
        country, sector, title = spec.get("country"), spec.get("sector"), spec.get("title")
        if not (country or office):
            raise ActorDataError(f"{where}: spell needs `country` or a known `office`")
        start, end = _as_date(spec.get("start"), where, "start"), _as_date(spec.get("end"), where, "end")
        spell = Spell(country, sector, title, office, start, end)
        if office:  # offices may be defined in a later file: checked and filled in by index()
            self._pending_spells.append((spell, where))
        return spell

    def fill_spells(self, errors: list[str] | None = None) -> None:
        """Country, sector and title of a spell default to its office's."""
        pending, self._pending_spells = self._pending_spells, []
        for spell, where in pending:
            if spell.office not in self.offices:
                problem = f"{where}: unknown office {spell.office!r}"
                if errors is None:
                    raise ActorDataError(problem)
                errors.append(problem)
                continue
            o = self.offices[spell.office]
            spell.country, spell.sector, spell.title = spell.country or o.country, spell.sector or o.sector, spell.title or o.title

    def _read_titles(self, titles: dict, name: str) -> None:
        for term, spec in _items(titles):
            if not isinstance(spec, dict):
                raise ActorDataError(f"{name}:{titles['__line__']}: title {term!r} needs a mapping {{sector, kind}}")
            self.titles[norm(str(term))] = Title(norm(str(term)), spec.get("sector"), spec.get("kind"))

    def _read_agents(self, agents: dict, name: str, override: bool) -> None:
        for sector, terms in _items(agents):
            if not isinstance(terms, list):
                raise ActorDataError(f"{name}:{agents['__line__']}: agents of {sector} must be a list")
            if not override:  # PLOVER's codes mapped to ours
                sector = self.plover_sectors.get(str(sector), sector)
            for term in terms:
                key = norm(str(term))
                # PLOVER fragments such as "ambassador to", "embassy in" would swallow the
                # preposition that links a title to its country ("ambassador to Greece").
                if not override and key.split()[-1] in _DANGLING:
                    continue
                if override or key not in self.agents:
                    self.agents[key] = None if sector in (None, "null") else str(sector)

    # ---- indexes

    def index(self) -> "KB":
        """Build the name index, office holders and fuzzy tables (after all loads)."""
        self.fill_spells()
        self.names.clear()
        self.surfaces.clear()
        self.peoples.clear()
        add = self._add_name
        for c in self.countries.values():
            for n in [c.name, *c.names]:
                add(n, "country", c.code)
            for d in [*c.demonyms, *c.peoples]:
                add(d, "demonym", c.code)
                for p in demonym_plurals(d):
                    add(p, "demonyms", c.code)
            self.peoples.update(norm(w) for p in c.peoples for w in [p, *demonym_plurals(p)])
            for cap in c.capitals:
                add(cap, "capital", c.code)
        for s in self.seats.values():
            for n in [s.name, *s.aliases]:
                add(n, "seat", s.name)
        for g in self.groups.values():
            for n in [g.name, *g.aliases]:
                add(n, "group", g.id)
            for d in g.demonyms:
                add(d, "group_demonym", g.id)
        for o in self.offices.values():
            for n in o.names:
                add(n, "office", o.id)
            for k in o.kinds:
                self.office_by_kind.setdefault((o.country, k), o.id)
        for t in self.titles:
            add(t, "title", t)
            if not t.endswith("."):
                add(plural(t), "title", t)
        for a in self.agents:
            add(a, "agent", a)
            add(plural(a), "agent", a)
        self.holders.clear()
        self._fuzzy_full.clear()
        self._fuzzy_surname.clear()
        self._last_names.clear()
        self._compact.clear()
        for p in self.people.values():
            for n in [p.name, *p.aliases]:
                add(n, "person", p.id)
                self._fuzzy_full[norm(n)] = p.id
                self._last_names.setdefault(norm(n).split()[-1], set()).add(p.id)
                if len(norm(n).split()) > 1:
                    self._compact.setdefault(_letters(n), set()).add(p.id)
            if p.surname:
                add(p.surname, "surname", p.id)
                # "pricey" must not reach Price, nor "Samos" (an island) Amos: short surnames are too near too much
                if norm(p.surname) not in self.common_words and len(norm(p.surname)) >= FUZZY_MIN_LEN:
                    self._fuzzy_surname.setdefault(norm(p.surname), []).append(p.id)
            for s in p.spells:
                if s.office:
                    self.holders.setdefault(s.office, []).append((s, p))
        self._index_other_spellings()
        self.family_names = Counter(norm(p.name).split()[0] for p in self.people.values() if " " in p.name)
        return self

    def _index_other_spellings(self) -> None:
        """Surnames as other aliases spell them ("Nebenzia", "Zelenskiy"), unless the
        spelling already names something else or is someone's first name ("Saleh", "Damian")."""
        first_names = {norm(n).split()[0] for p in self.people.values() for n in [p.name, *p.aliases] if " " in n}
        self.other_spellings.clear()
        for p in self.people.values():
            for spelling in self._other_surname_spellings(p):
                key = norm(spelling)
                if key not in self.names and key not in first_names:
                    self._add_name(spelling, "surname", p.id)
                    self.other_spellings.add(key)

    def _other_surname_spellings(self, person: Person) -> list[str]:
        """Other spellings of a person's surname in aliases of as many words as the
        name ("Nebenzia" of "Vassily Nebenzia" for Vasily Nebenzya, "Zelenskiy"): a last word
        near the surname with its first letter, not a common word, nor a letter short of it
        (a slip the fuzzy match already forgives: "Buffet" is a word too)."""
        surname = norm(person.surname or "")
        if not surname:
            return []
        found = []
        for alias in person.aliases:
            last = norm(alias.split()[-1])
            if len(alias.split()) != len(person.name.split()) or len(last) < FUZZY_MIN_LEN or last == surname \
                    or last[0] != surname[0] or last in self.common_words \
                    or last.startswith(surname) or surname.startswith(last):
                continue
            if fuzz.ratio(last, surname) >= TRANSLITERATION_CUTOFF:
                found.append(alias.split()[-1])
        return list(dict.fromkeys(found))

    def _add_name(self, text: str, kind: str, key: str) -> None:
        forms = {text, ARABIC_ARTICLE.sub(_other_joint, text)}  # "al-Qaeda" and "al Qaeda"
        if kind == "person" and " " in text:
            forms.add(re.sub(r"(?<=\w)-(?=\w)", " ", text))  # "ban ki moon" for Ban Ki-moon
        for form in forms:
            name = norm(form)
            self.surfaces.setdefault(name, set()).add(form)
            entries = self.names.setdefault(name, [])
            entry = Entry(kind, key)
            if entry not in entries:
                entries.append(entry)

    # ---- queries

    def serves_abroad(self, text: str) -> bool:
        """ "dozens of peacekeepers": a group (foreign_groups) that is not of the country
        where it is, nor of the story's."""
        words = norm(text).split()
        return bool(words) and (words[-1] in self.foreign_groups or " ".join(words[-2:]) in self.foreign_groups)

    def lookup(self, text: str) -> list[Entry]:
        """Everything a name may denote (case- and accent-insensitive)."""
        return list(self.names.get(norm(text), []))

    def fuzzy_person(self, text: str, cutoff: float = SURNAME_CUTOFF) -> Person | None:
        """A person whose name is a near spelling of ``text`` ("Victor Orban").

        Guards: only names of people are candidates; every word must be >= 5 letters
        for a one-word name, and so must the surname it nears; common English words never
        match; a word that ends known names reaches only their bearer. ``cutoff`` is the
        one-word score needed (stricter where the parser did not call the word a person)."""
        key = norm(text)
        words = key.split()
        if not words or any(w in self.common_words for w in words) or len(key) < FUZZY_MIN_LEN:
            return None
        if len(words) == 1:
            hit = process.extractOne(key, list(self._fuzzy_surname), scorer=fuzz.ratio, score_cutoff=cutoff)
            ids = self._fuzzy_surname.get(hit[0], []) if hit else []
            named = self._last_names.get(key, set())
            if len(ids) != 1 or (named and ids[0] not in named):
                return None  # "Sharif", the Sharifs' name, is no near spelling of Sharaf's
            return self.people[ids[0]]  # "Lukashenka" (Alyaksandr Lukashenka) -> Lukashenko
        hit = process.extractOne(key, list(self._fuzzy_full), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        return self.people[self._fuzzy_full[hit[0]]] if hit else None

    def person_spaced_otherwise(self, text: str) -> Person | None:
        """The one person whose full name has exactly the letters of ``text``."""
        ids = self._compact.get(_letters(text), set())
        return self.people[next(iter(ids))] if len(ids) == 1 else None

    def person_written_otherwise(self, text: str) -> Person | None:
        """A person whose full name ``text`` (two words or more) is, spaced or hyphenated
        otherwise ("Xi Jin Ping", "Hu Jin-tao", "Moon Jae In") or misspelt in letters
        ("Tayyip Erdgoan", "Cyril Ramaposa"; a near spelling with as many words, one
        of them exactly the person's)."""
        if _letters(text) in self._compact:  # its letters name one person, or several: no guess
            return self.person_spaced_otherwise(text)
        key = norm(text)
        words = key.split()
        if len(words) < 2 or any(w in self.common_words for w in words):
            return None
        hit = process.extractOne(key, list(self._fuzzy_full), scorer=fuzz.ratio, score_cutoff=WRITTEN_OTHERWISE_CUTOFF)
        if hit is None or len(hit[0].split()) != len(words) or not set(hit[0].split()) & set(words):
            return None
        return self.people[self._fuzzy_full[hit[0]]]

    def spell(self, person: Person, when: date | None) -> Spell | None:
        """The role a person held on ``when`` (first listed wins); ``None`` date = now."""
        for s in person.spells:
            if (s.end is None) if when is None else s.covers(when):
                return s
        return None

    def last_spell_before(self, person: Person, when: date | None) -> Spell | None:
        ended = [s for s in person.spells if s.end is not None and (when is None or s.end <= when)]
        return max(ended, key=lambda s: s.end) if ended else None

    def holder(self, office_id: str, when: date | None) -> Person | None:
        """Who held an office on ``when`` (``None`` = the current holder)."""
        for s, p in self.holders.get(office_id, []):
            if (s.end is None) if when is None else s.covers(when):
                return p
        return None

    def office_for(self, country: str, kind: str) -> Office | None:
        oid = self.office_by_kind.get((country, kind))
        return self.offices.get(oid) if oid else None

    def country_name(self, code: str) -> str:
        if code in self.countries:
            return self.countries[code].name
        group = next((g for g in self.groups.values() if g.code == code), None)
        return group.name if group else code


def _package_texts() -> list[tuple[str, str]]:
    """The base files first, then every other YAML file of the folder (regional people
    and offices files), in name order so that loading is reproducible."""
    root = resources.files("dragoman.actors") / "data"
    others = sorted(e.name for e in root.iterdir() if e.name.endswith(".yaml") and e.name not in PACKAGE_FILES)
    return [(f"dragoman/actors/data/{n}", (root / n).read_text("utf-8")) for n in (*PACKAGE_FILES, *others)]


@lru_cache(maxsize=8)
def load_kb(extra_files: tuple[str, ...] = ()) -> KB:
    """The package KB plus user files (later files win); cached per file list."""
    kb = KB()
    for name, text in _package_texts():
        kb.load_file(name, text)
    for path in extra_files:
        kb.load_file(path)
    return kb.index()


def get_kb(extra_files: Sequence[str | Path] = ()) -> KB:
    return load_kb(tuple(str(p) for p in extra_files))
