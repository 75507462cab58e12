"""A bold cell lead whose year heads several columns ('2019 › Men: 88.5; 2019 › Women: 90.7'): the year asked
does not pick one cell, so when the question names none of the columns under it the lead is not bolded."""

from __future__ import annotations

import re

from ingest.tables import SEP

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
