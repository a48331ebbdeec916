"""Actor data files: dated holders of offices and consistency of all spells.

The consistency tests run over everything the package loads (people.yaml and every
regional file next to it), so they also guard files written by others."""

from __future__ import annotations

import re
from datetime import date
from importlib import resources

import pytest
import yaml


# Two spells of one office may share a few days (hand-overs, acting holders whose
# dates are only known to the month).
MAX_OVERLAP_DAYS = 7


# ------------------------------------------------------------------ holders on a date


@pytest.mark.parametrize("office,when,name", [
    ("fra.foreign_minister", date(2005, 6, 1), "Michel Barnier"),
    ("fra.foreign_minister", date(2005, 6, 3), "Philippe Douste-Blazy"),
    ("fra.defense_minister", date(2005, 6, 1), "Michèle Alliot-Marie"),
    ("fra.un_ambassador", date(2012, 1, 1), "Gérard Araud"),
    ("jpn.prime_minister", date(2008, 1, 1), "Yasuo Fukuda"),
    ("jpn.defense_minister", date(2003, 6, 1), "Shigeru Ishiba"),
    ("ind.defense_minister", date(2020, 1, 1), "Rajnath Singh"),
    ("ind.foreign_minister", date(2006, 1, 1), "Manmohan Singh"),
    ("gbr.un_ambassador", date(2012, 1, 1), "Mark Lyall Grant"),
    ("gbr.defence_secretary", date(2003, 3, 20), "Geoff Hoon"),
    ("usa.president", date(2003, 3, 20), "George W. Bush"),
    ("usa.secretary_of_defense", date(2003, 3, 20), "Donald Rumsfeld"),
    ("usa.un_ambassador", date(2003, 2, 5), "John Negroponte"),
    ("rus.prime_minister", date(2006, 1, 1), "Mikhail Fradkov"),
    ("rus.defense_minister", date(2008, 8, 8), "Anatoly Serdyukov"),
    ("rus.un_ambassador", date(2008, 8, 8), "Vitaly Churkin"),
    ("ukr.president", date(2010, 3, 1), "Viktor Yanukovych"),
    ("ukr.prime_minister", date(2009, 1, 1), "Yulia Tymoshenko"),
    ("chn.president", date(2008, 8, 8), "Hu Jintao"),
    ("chn.defense_minister", date(2015, 1, 1), "Chang Wanquan"),
    ("deu.defense_minister", date(2010, 1, 1), "Karl-Theodor zu Guttenberg"),
    ("deu.foreign_minister", date(2007, 1, 1), "Frank-Walter Steinmeier"),
    ("ita.prime_minister", date(2012, 1, 1), "Mario Monti"),
    ("can.defense_minister", date(2010, 1, 1), "Peter MacKay"),
    ("aus.prime_minister", date(2011, 1, 1), "Julia Gillard"),
    ("bra.president", date(2002, 1, 1), "Fernando Henrique Cardoso"),
    ("arg.president", date(2005, 1, 1), "Néstor Kirchner"),
    ("mex.foreign_minister", date(2008, 1, 1), "Patricia Espinosa"),
    ("sau.king", date(2010, 1, 1), "King Abdullah of Saudi Arabia"),
    ("sau.crown_prince", date(2024, 1, 1), "Mohammed bin Salman"),
    ("zaf.president", date(2009, 1, 1), "Kgalema Motlanthe"),
    ("kor.foreign_minister", date(2005, 1, 1), "Ban Ki-moon"),
    ("tur.president", date(2010, 1, 1), "Abdullah Gül"),
    ("irn.president", date(2010, 1, 1), "Mahmoud Ahmadinejad"),
    ("irn.defense_minister", date(2015, 1, 1), "Hossein Dehghan"),
    ("isr.prime_minister", date(2004, 1, 1), "Ariel Sharon"),
    ("isr.defense_minister", date(2010, 1, 1), "Ehud Barak"),
    ("isr.president", date(2010, 1, 1), "Shimon Peres"),
    ("idn.president", date(2010, 1, 1), "Susilo Bambang Yudhoyono"),
])
def test_holder_on_date(kb, office, when, name):
    holder = kb.holder(office, when)
    assert holder is not None, f"nobody holds {office} on {when}"
    assert holder.name == name


def test_person_with_several_roles(kb):
    medvedev = kb.people["dmitry_medvedev"]
    assert kb.spell(medvedev, date(2010, 1, 1)).office == "rus.president"
    assert kb.spell(medvedev, date(2015, 1, 1)).office == "rus.prime_minister"
    assert kb.spell(medvedev, date(2023, 1, 1)).title == "Deputy Chairman of the Security Council"
    # the first listed spell wins where spells overlap: MBS is coded as prime minister
    assert kb.spell(kb.people["mohammed_bin_salman"], date(2024, 1, 1)).office == "sau.prime_minister"


def test_kinds_find_new_offices(kb):
    assert kb.office_for("FRA", "defense_minister").id == "fra.defense_minister"
    assert kb.office_for("GBR", "defense_minister").id == "gbr.defence_secretary"
    assert kb.office_for("JPN", "un_ambassador").id == "jpn.un_ambassador"
    assert kb.office_for("ISR", "foreign_minister").id == "isr.foreign_minister"


# ------------------------------------------------------------------ consistency, all files


def _data_files() -> list[tuple[str, dict]]:
    root = resources.files("dragoman.actors") / "data"
    return [(e.name, yaml.safe_load(e.read_text("utf-8"))) for e in root.iterdir() if e.name.endswith(".yaml")]


def test_every_office_has_a_holder(kb):
    empty = sorted(o for o in kb.offices if not kb.holders.get(o))
    assert not empty, f"offices without any holder: {empty}"


def test_spells_name_known_offices(kb):
    unknown = sorted({(p.id, s.office) for p in kb.people.values() for s in p.spells
                      if s.office and s.office not in kb.offices})
    assert not unknown, f"spells naming undefined offices: {unknown}"


def test_spells_have_sane_dates(kb):
    bad = [(p.id, s.office or s.title, s.start, s.end) for p in kb.people.values() for s in p.spells
           if s.start is not None and s.end is not None and s.end < s.start]
    assert not bad, f"spells ending before they start: {bad}"


def test_no_overlapping_holders(kb):
    problems = []
    for office, spells in kb.holders.items():
        ordered = sorted(spells, key=lambda sp: (sp[0].start or date.min))
        for i, (a, pa) in enumerate(ordered):
            for b, pb in ordered[i + 1:]:
                if pa.id == pb.id:
                    continue
                a_end = a.end or date.max
                b_end = b.end or date.max
                start, end = max(a.start or date.min, b.start or date.min), min(a_end, b_end)
                if start < end and (end - start).days > MAX_OVERLAP_DAYS:
                    problems.append(f"{office}: {pa.id} {a.start}..{a.end} / {pb.id} {b.start}..{b.end}")
    assert not problems, "overlapping holders:\n" + "\n".join(problems)


def test_ids_unique_across_files():
    seen: dict[tuple[str, str], str] = {}
    dupes = []
    for name, data in _data_files():
        for section in ("people", "offices"):
            for item in (data or {}).get(section) or []:
                key = (section, item["id"])
                if key in seen:
                    dupes.append(f"{section} {item['id']}: {seen[key]} and {name}")
                seen.setdefault(key, name)
    assert not dupes, "ids defined twice (the later file silently wins):\n" + "\n".join(dupes)


def test_wikidata_ids_look_valid(kb):
    bad = [(p.id, p.wikidata) for p in kb.people.values()
           if p.wikidata is not None and not re.fullmatch(r"Q[1-9][0-9]*", str(p.wikidata))]
    assert not bad
    qids = [p.wikidata for p in kb.people.values() if p.wikidata]
    assert len(qids) == len(set(qids)), "one Wikidata id on two people"
