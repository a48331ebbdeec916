"""Coverage of the shipped actor knowledge base: dated holders of the key offices.

    .venv/bin/python scripts/actor_coverage.py [--max-gap-days 31] [--country POL]...
        [--role un_ambassador]... [--summary]
    .venv/bin/python scripts/actor_coverage.py --igo [--max-gap-days 31] [--country UN]... [--summary]

For every required country (G20, NATO, EU, plus Ukraine, Iran, Israel) and role (head
of state, head of government, foreign minister, defence minister, UN ambassador) it
finds the offices of that country whose `kinds` include the role, joins their holders'
spells and prints each period longer than ``--max-gap-days`` between 2000-01-01 (or the
date the role began to exist, see NOT_BEFORE) and the cutoff: the latest
``believed_current_to`` of the data files whose people hold those offices (or the day
the role ended, NOT_AFTER). Periods the office was really vacant (VACANCIES) are not
gaps. A role with no office at all is printed as MISSING. Roles a country does not have
are listed in NOT_APPLICABLE with the reason. The last lines give totals; the exit code is always 0
(the test tests/test_actor_coverage.py holds the budget).

With ``--igo`` it does the same for the heads of the intergovernmental organisations
(every office of offices_igo.yaml, one cell each, keyed by the organisation's code and
the office id; ``--country`` then picks organisation codes such as UN or WTO). The same
tables explain what is not a gap: offices that did not exist yet (NOT_BEFORE: the ICC
prosecutor before 2003, the AU Commission before 2002) and real vacancies (VACANCIES:
the WTO without a Director-General from September 2020 to March 2021).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from typing import TextIO

import yaml

from dragoman.actors.kb import KB, get_kb

START = date(2000, 1, 1)
ROLES = ("head_of_state", "head_of_government", "foreign_minister", "defense_minister", "un_ambassador")
G20 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA".split()
NATO = ("ALB BEL BGR CAN HRV CZE DNK EST FIN FRA DEU GRC HUN ISL ITA LVA LTU LUX MNE NLD "
        "MKD NOR POL PRT ROU SVK SVN ESP SWE TUR GBR USA").split()
EU = ("AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD "
      "POL PRT ROU SVK SVN ESP SWE").split()
OTHERS = "RUS UKR CHN IRN ISR TUR SAU".split()
COUNTRIES = sorted(set(G20 + NATO + EU + OTHERS))
# The EU (a G20 member) as an IGO: only its foreign-policy chief maps onto the roles.
IGOS = {"EU": ("foreign_minister",)}

# Roles a country does not have, with the reason (not counted as missing).
NOT_APPLICABLE = {
    ("ISL", "defense_minister"): "Iceland has no armed forces; defence falls to the foreign minister",
    ("MLT", "defense_minister"): "Malta's armed forces fall under the home affairs / national security minister",
}
# The file of the IGO heads' offices (--igo).
IGO_OFFICES_FILE = "offices_igo.yaml"

# Roles (or IGO offices, keyed by the organisation's code and the office id) that began
# after 2000-01-01 (coverage is counted from this date).
NOT_BEFORE = {
    ("MNE", "defense_minister"): (date(2006, 6, 3), "independence; defence was a State Union matter"),
    ("MNE", "un_ambassador"): (date(2006, 6, 28), "UN membership"),
    ("ICC", "icc.prosecutor"): (date(2003, 6, 16), "the first prosecutor took office; the Court, "
                                "in being from 2002-07-01, had none before"),
    ("AU", "au.commission_chairperson"): (date(2002, 7, 9), "the African Union replaced the OAU"),
}
# Roles that ended (coverage is counted up to this date).
NOT_AFTER = {
    ("TUR", "head_of_government"): (date(2018, 7, 9), "prime minister abolished; the president heads the government"),
}
# Periods when nobody held the office (not gaps in the data).
VACANCIES = {
    ("AUT", "head_of_state"): [(date(2016, 7, 8), date(2017, 1, 26),
                                "the three Presidents of the National Council acted jointly")],
    ("CZE", "head_of_state"): [(date(2003, 2, 2), date(2003, 3, 7),
                                "no president elected yet; powers split between PM and Chamber")],
    ("CHN", "defense_minister"): [(date(2023, 10, 24), date(2023, 12, 29),
                                   "vacant between Li Shangfu's removal and Dong Jun's appointment")],
    # UN missions run by a chargé d'affaires between two permanent representatives
    ("CYP", "un_ambassador"): [(date(2003, 7, 1), date(2003, 9, 1),
                                "letter of 2003-07-31 signed by George Kasoulides, Chargé d'affaires a.i.")],
    ("ESP", "un_ambassador"): [(date(2023, 6, 13), date(2024, 1, 1),
                                "post vacant after Santos Maraver left until Héctor Gómez was named")],
    ("BRA", "un_ambassador"): [(date(2013, 8, 28), date(2013, 10, 24),
                                "Figueiredo named foreign minister 2013-08-26; Patriota's credentials 2013-10-24")],
    ("CZE", "un_ambassador"): [(date(2021, 10, 1), date(2022, 2, 15),
                                "Chatardová left in October 2021; Kulhánek's credentials 2022-02-15")],
    ("AUT", "un_ambassador"): [(date(2024, 9, 10), date(2025, 2, 1),
                                "Marschik moved to Berlin (orf.at, Die Presse 2024-04); Koessler's credentials 2025 (BIO/5569)")],
    ("BGR", "un_ambassador"): [(date(2024, 5, 24), date(2025, 12, 3),
                                "Stoeva's mandate expired and was not extended; Karadjova's credentials 2025-12-03")],
    ("IND", "un_ambassador"): [(date(2024, 7, 1), date(2024, 9, 9),
                                "vacant after Kamboj retired in June 2024 (Daily Tamil Nadu)")],
    ("IDN", "un_ambassador"): [(date(2024, 10, 21), date(2025, 8, 25),
                                "vacant, run by a chargé d'affaires a.i., after Nasir became deputy foreign "
                                "minister (kumparan via radaraktual, indoupdate24, June 2025); Umar Hadi sworn in "
                                "2025-08-25 (Antara)")],
    ("CHN", "un_ambassador"): [(date(2003, 5, 1), date(2003, 8, 7),
                                "run by Zhang Yishan as Deputy Permanent Representative and Chargé d'affaires "
                                "a.i. (Chinese mission, his Iraq statement of 2003-07-22) after Wang Yingfan left "
                                "(approx); Wang Guangya PR from 2003-08-07 (Congressional Digest)"),
                               (date(2017, 10, 1), date(2018, 1, 30),
                                "post vacant after Liu Jieyi was recalled to Beijing in September 2017 (SCMP, China Daily via "
                                "ECNS, 2017-10); deputy PR Wu Haitao spoke for China in the Security Council (Chinese mission, "
                                "2017-11-29); Ma Zhaoxu arrived 2018-01-25 (list of PRs, Qiuwen Baike), credentials 2018-01-30 "
                                "(BIO/5057)")],
    ("WTO", "wto.director_general"): [(date(2020, 9, 1), date(2021, 3, 1),
                                       "no Director-General between Azevêdo's departure and "
                                       "Okonjo-Iweala's first day")],
}


# Each data file's believed_current_to, and the file that defines each person.
FileCutoffs = tuple[dict[str, date], dict[str, str]]


@dataclass
class Cell:
    country: str  # with --igo: the organisation's code
    role: str  # with --igo: the office id
    offices: list[str]
    start: date
    cutoff: date | None  # last day counted
    gaps: list[tuple[date, date]]  # [start, end) periods with no holder

    @property
    def key(self) -> tuple[str, str]:
        return self.country, self.role

    @property
    def missing(self) -> bool:
        return not self.offices


def file_cutoffs() -> FileCutoffs:
    """Each data file's believed_current_to, and the file that defines each person."""
    root = resources.files("dragoman.actors") / "data"
    cutoffs: dict[str, date] = {}
    person_file: dict[str, str] = {}
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml"):
            continue
        data = yaml.safe_load(entry.read_text("utf-8")) or {}
        if data.get("believed_current_to"):
            cutoffs[entry.name] = date.fromisoformat(str(data["believed_current_to"]))
        for person in data.get("people") or []:
            person_file[person["id"]] = entry.name  # a later file wins, as in the loader
    return cutoffs, person_file


def gaps_in(spans: list[tuple[date, date]], start: date, end: date, min_days: int) -> list[tuple[date, date]]:
    """Periods of [start, end) not covered by any span that are longer than min_days."""
    out, cursor = [], start
    for a, b in sorted(spans):
        if b <= cursor:
            continue
        if a > cursor and (min(a, end) - cursor).days > min_days:
            out.append((cursor, min(a, end)))
        cursor = max(cursor, b)
        if cursor >= end:
            break
    if cursor < end and (end - cursor).days > min_days:
        out.append((cursor, end))
    return out


def last_day_counted(key: tuple[str, str], holders: list, files: FileCutoffs) -> date | None:
    """The latest cutoff of the files defining the holders, or the day before the role ended."""
    cutoffs, person_file = files
    dates = [cutoffs[f] for f in {person_file.get(p.id) for _, p in holders} if f in cutoffs]
    if not dates:
        return None
    if key in NOT_AFTER:
        return min(max(dates), NOT_AFTER[key][0] - timedelta(days=1))
    return max(dates)


def cell_coverage(kb: KB, key: tuple[str, str], offices: list[str], files: FileCutoffs, min_days: int) -> Cell:
    """The gaps of one cell: the periods no holder of its offices and no vacancy covers."""
    start = NOT_BEFORE.get(key, (START, ""))[0]
    holders = [(s, p) for o in offices for s, p in kb.holders.get(o, [])]
    cutoff = last_day_counted(key, holders, files)
    gaps: list[tuple[date, date]] = []
    if offices and cutoff:
        spans = [(s.start or date.min, s.end or date.max) for s, _ in holders]
        spans += [(a, b) for a, b, _ in VACANCIES.get(key, [])]
        gaps = gaps_in(spans, start, cutoff + timedelta(days=1), min_days)
    return Cell(*key, offices, start, cutoff, gaps)


def role_applies(country: str, role: str) -> bool:
    return (country, role) not in NOT_APPLICABLE and (country not in IGOS or role in IGOS[country])


def role_offices(kb: KB, country: str, role: str) -> list[str]:
    return sorted(o.id for o in kb.offices.values() if o.country == country and role in o.kinds)


def coverage(kb: KB, countries: list[str], roles: tuple[str, ...], min_days: int = 31) -> list[Cell]:
    files = file_cutoffs()
    return [cell_coverage(kb, (country, role), role_offices(kb, country, role), files, min_days)
            for country in countries for role in roles if role_applies(country, role)]


def igo_office_ids() -> list[str]:
    text = (resources.files("dragoman.actors") / "data" / IGO_OFFICES_FILE).read_text("utf-8")
    return [o["id"] for o in yaml.safe_load(text)["offices"]]


def igo_coverage(kb: KB, min_days: int = 31) -> list[Cell]:
    """One cell per IGO office, keyed by the organisation's code and the office id."""
    files = file_cutoffs()
    return [cell_coverage(kb, (kb.offices[oid].country, oid), [oid], files, min_days) for oid in igo_office_ids()]


def gap_days(cells: list[Cell]) -> int:
    return sum((b - a).days for c in cells for a, b in c.gaps)


def print_gaps(cells: list[Cell], out: TextIO) -> None:
    for c in cells:
        if c.missing:
            print(f"{c.country} {c.role}: MISSING (no office with this kind)", file=out)
        offices = "" if c.offices == [c.role] else f" [{', '.join(c.offices)}]"
        for a, b in c.gaps:
            print(f"{c.country} {c.role}: gap {a}..{b} ({(b - a).days} days){offices}", file=out)


def print_non_gaps(keys: set[tuple[str, str]], out: TextIO) -> None:
    """The reasons, for the cells in keys, why some roles or periods are not counted."""
    notes = [sorted((key, f"not applicable ({why})") for key, why in NOT_APPLICABLE.items()),
             sorted((key, f"counted from {day} ({why})") for key, (day, why) in NOT_BEFORE.items()),
             sorted((key, f"counted to {day} ({why})") for key, (day, why) in NOT_AFTER.items()),
             sorted((key, f"vacant {a}..{b} ({why}; not a gap)") for key, periods in VACANCIES.items()
                    for a, b, why in periods)]
    for (country, role), note in (n for kind in notes for n in kind):
        if (country, role) in keys:
            print(f"{country} {role}: {note}", file=out)


def print_gap_totals(cells: list[Cell], max_gap_days: int, by_role: dict[str, int] | None, out: TextIO) -> None:
    checked = [c for c in cells if not c.missing]
    days = gap_days(checked)
    span_days = sum(((c.cutoff or c.start) - c.start).days + 1 for c in checked)
    breakdown = f" ({', '.join(f'{r} {n}' for r, n in by_role.items())})" if by_role is not None else ""
    print(f"gaps > {max_gap_days} days: {sum(len(c.gaps) for c in cells)}{breakdown}", file=out)
    covered = 1 - days / span_days if span_days else 1.0
    print(f"gap days: {days} of {span_days} office-days ({covered:.1%} covered)", file=out)


def report_countries(args: argparse.Namespace, out: TextIO) -> None:
    countries = args.country or [*COUNTRIES, *IGOS]
    roles = tuple(args.role or ROLES)
    cells = coverage(get_kb(), countries, roles, args.max_gap_days)
    if not args.summary:
        print_gaps(cells, out)
        print_non_gaps({(c, r) for c in countries for r in roles}, out)
    print(f"countries: {len(countries)}  roles: {len(roles)}  cells: {len(cells)}  "
          f"missing offices: {sum(c.missing for c in cells)}  "
          f"not applicable: {sum(1 for k in NOT_APPLICABLE if k[0] in countries and k[1] in roles)}", file=out)
    by_role = {r: sum(len(c.gaps) for c in cells if c.role == r) for r in roles}
    print_gap_totals(cells, args.max_gap_days, by_role, out)


def report_igos(args: argparse.Namespace, out: TextIO) -> None:
    cells = [c for c in igo_coverage(get_kb(), args.max_gap_days) if not args.country or c.country in args.country]
    if not args.summary:
        print_gaps(cells, out)
        print_non_gaps({c.key for c in cells}, out)
    print(f"IGO offices: {len(cells)}  organisations: {len({c.country for c in cells})}", file=out)
    print_gap_totals(cells, args.max_gap_days, None, out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--max-gap-days", type=int, default=31,
                    help="report gaps longer than this (0: every uncovered day)")
    ap.add_argument("--country", action="append",
                    help="only these countries, or organisations with --igo (repeatable)")
    ap.add_argument("--role", action="append", choices=ROLES, help="only these roles (repeatable)")
    ap.add_argument("--summary", action="store_true", help="print only the totals")
    ap.add_argument("--igo", action="store_true", help=f"the IGO heads' offices ({IGO_OFFICES_FILE}) instead")
    args = ap.parse_args(argv)
    if args.igo and args.role:
        ap.error("--role does not apply to --igo (one cell per IGO office)")
    if args.igo:
        report_igos(args, sys.stdout)
    else:
        report_countries(args, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
