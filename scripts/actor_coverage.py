"""Coverage of the shipped actor knowledge base: dated holders of the key offices.

    .venv/bin/python scripts/actor_coverage.py [--max-gap-days 31] [--country POL]...
        [--role un_ambassador]... [--summary]

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
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources

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
# Roles that began after 2000-01-01 (coverage is counted from this date).
NOT_BEFORE = {
    ("MNE", "defense_minister"): (date(2006, 6, 3), "independence; defence was a State Union matter"),
    ("MNE", "un_ambassador"): (date(2006, 6, 28), "UN membership"),
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
}


@dataclass
class Cell:
    country: str
    role: str
    offices: list[str]
    start: date
    cutoff: date | None  # last day counted
    gaps: list[tuple[date, date]]  # [start, end) periods with no holder

    @property
    def missing(self) -> bool:
        return not self.offices


def file_cutoffs() -> tuple[dict[str, date], dict[str, str]]:
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


def coverage(kb: KB, countries: list[str], roles: tuple[str, ...], min_days: int = 31) -> list[Cell]:
    cutoffs, person_file = file_cutoffs()
    cells = []
    for country in countries:
        for role in roles:
            if (country, role) in NOT_APPLICABLE or (country in IGOS and role not in IGOS[country]):
                continue
            offices = sorted(o.id for o in kb.offices.values() if o.country == country and role in o.kinds)
            start = NOT_BEFORE.get((country, role), (START, ""))[0]
            holders = [(s, p) for o in offices for s, p in kb.holders.get(o, [])]
            files = {person_file.get(p.id) for _, p in holders}
            dates = [cutoffs[f] for f in files if f in cutoffs]
            cutoff = max(dates) if dates else None
            if cutoff and (country, role) in NOT_AFTER:
                cutoff = min(cutoff, NOT_AFTER[(country, role)][0] - timedelta(days=1))
            gaps: list[tuple[date, date]] = []
            if offices and cutoff:
                end = cutoff + timedelta(days=1)
                spans = [(s.start or date.min, s.end or date.max) for s, _ in holders]
                spans += [(a, b) for a, b, _ in VACANCIES.get((country, role), [])]
                gaps = gaps_in(spans, start, end, min_days)
            cells.append(Cell(country, role, offices, start, cutoff, gaps))
    return cells


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--max-gap-days", type=int, default=31, help="report gaps longer than this")
    ap.add_argument("--country", action="append", help="only these countries (repeatable)")
    ap.add_argument("--role", action="append", choices=ROLES, help="only these roles (repeatable)")
    ap.add_argument("--summary", action="store_true", help="print only the totals")
    args = ap.parse_args(argv)
    countries = args.country or [*COUNTRIES, *IGOS]
    roles = tuple(args.role or ROLES)
    cells = coverage(get_kb(), countries, roles, args.max_gap_days)
    out = sys.stdout
    if not args.summary:
        for c in cells:
            if c.missing:
                print(f"{c.country} {c.role}: MISSING (no office with this kind)", file=out)
            for a, b in c.gaps:
                print(f"{c.country} {c.role}: gap {a}..{b} ({(b - a).days} days) [{', '.join(c.offices)}]", file=out)
        for (country, role), why in sorted(NOT_APPLICABLE.items()):
            if country in countries and role in roles:
                print(f"{country} {role}: not applicable ({why})", file=out)
        for (country, role), periods in sorted(VACANCIES.items()):
            if country in countries and role in roles:
                for a, b, why in periods:
                    print(f"{country} {role}: vacant {a}..{b} ({why}; not a gap)", file=out)
    checked = [c for c in cells if not c.missing]
    gap_days = sum((b - a).days for c in checked for a, b in c.gaps)
    span_days = sum(((c.cutoff or c.start) - c.start).days + 1 for c in checked)
    by_role = {r: sum(len(c.gaps) for c in cells if c.role == r) for r in roles}
    print(f"countries: {len(countries)}  roles: {len(roles)}  cells: {len(cells)}  "
          f"missing offices: {sum(c.missing for c in cells)}  "
          f"not applicable: {sum(1 for k in NOT_APPLICABLE if k[0] in countries and k[1] in roles)}", file=out)
    print(f"gaps > {args.max_gap_days} days: {sum(len(c.gaps) for c in cells)} "
          f"({', '.join(f'{r} {n}' for r, n in by_role.items())})", file=out)
    covered = 1 - gap_days / span_days if span_days else 1.0
    print(f"gap days: {gap_days} of {span_days} office-days ({covered:.1%} covered)", file=out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
