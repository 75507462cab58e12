"""A bold cell lead whose year heads several columns ('2019 › Men: 88.5; 2019 › Women: 90.7'): the year asked
does not pick one cell, so when the question names none of the columns under it the lead is not bolded."""

from __future__ import annotations

import re

from ingest.tables import SEP
from ingest.year_parts import PART_CODE, QUARTER_ORDINAL

from .cells import words

_LEAD_YEAR = re.compile(r"^\s*\*\*([^*]+)\*\*\s*\(((?:19|20)\d\d)(?:\s*›\s*([^)]+))?\)")
# columns under a year that say how its figure moved or what share it is, not another figure of the same kind
_NOT_SIBLING = re.compile(r"%|\b(?:chang\w*|variance|increase|decrease|growth|movement|percent\w*|share)\b", re.I)
# the sexes' words in one form, read on both sides ('a male member' names the column 'Men', 'men' the column 'Male')
_FORMS = {"male": "men", "males": "men", "man": "men", "female": "women", "females": "women", "woman": "women"}
SPLIT_WHY = "the year {year} heads several columns ({subs}); the question does not name the one the lead is from"


def split_year_led(question: str, shown: str) -> str | None:
    """SPLIT_WHY when the bold lead is one cell of its year ('**88.5** (2019 › Men)') and the row shown gives that
    year under two or more sub-headings with other figures of the same kind ('2019 › Men', '2019 › Women'),
    the question not naming the lead's own; else None."""
    m = _LEAD_YEAR.match(shown)
    if not m:
        return None
    year = m.group(2)
    subs = dict(re.findall(rf"(?<![\w.,]){year}{SEP}([^:;\n]+): ([^;\n]+?)(?=;|\s*$|\s*\[|\n)",
                           shown[m.end():]))  # the row after the lead's own label
    subs = {k.strip(): v.strip() for k, v in subs.items() if not _NOT_SIBLING.search(k)}
    if len(subs) < 2 or len(set(subs.values())) < 2:
        return None
    asked = {_FORMS.get(w, w) for w in words(question)}
    lead, column = " ".join(m.group(1).split()), (m.group(3) or "").strip()
    # the lead's own column: named in its label ('(2019 › Men)'), else the one whose cell reads as the lead
    if any((k == column or v == lead) and words(k) and {_FORMS.get(w, w) for w in words(k)} <= asked
           for k, v in subs.items()):
        return None  # the question names the lead's own column under the year
    return SPLIT_WHY.format(year=year, subs=", ".join(subs))


# a column that is a quarter or half of a year ('Q1 24', 'Q2 2024', '1H25'): its year's digits, two or four
_PART_LABEL = re.compile(rf"(?<![\w.]){PART_CODE}\s?['’]?((?:19|20)?\d\d)(?:\s?\([a-z]\))?:", re.I)
# the question naming a quarter or half ('Q3', 'in the second half of')
_PART_ASKED = re.compile(rf"\b{PART_CODE}\b|\b(?:{QUARTER_ORDINAL}|last)\s+(?:quarter|half)\b", re.I)
YEAR_PARTS_WHY = "the row gives {year} by quarter or half ({parts}); the question names none, so no one cell is the figure asked"


def part_year_led(question: str, shown: str) -> str | None:
    """YEAR_PARTS_WHY when the bold lead is dated a year ('**0.7** (2024)') and its row gives that year in two or more
    quarter or half columns ('Q1 24: 0.7; Q2 24: (5.2)'), none for the whole year, while the question names no
    quarter or half; else None."""
    m = _LEAD_YEAR.match(shown)
    if not m or m.group(3) or _PART_ASKED.search(question):
        return None
    year = m.group(2)
    if re.search(rf"(?:^|[;—]\s*)(?:FY\s?|full[- ]year\s)?{year}:", shown[m.end():], re.I):
        return None  # the row gives the whole year too ('2024: 20'): the year asked picks that cell
    parts = [p.group(0).rstrip(":") for p in _PART_LABEL.finditer(shown[m.end():]) if year.endswith(p.group(1))]
    return YEAR_PARTS_WHY.format(year=year, parts=", ".join(parts)) if len(set(parts)) >= 2 else None
