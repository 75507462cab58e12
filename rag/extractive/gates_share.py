"""A gate on what kind of percent leads (gates.py lists it with the others): a share asked is not
answered by a rate of change."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.keyword import tokenize

from .noun_asked import share_noun_asked
from .pick import CHANGE_ASKED, is_change

if TYPE_CHECKING:
    from .gates import Decision

# 'What share of X ...', 'what percentage of Y ...': a part of a whole is asked
_SHARE_ASKED = re.compile(r"\b(?:what|which)\s+(?:share|percentage|proportion|portion|fraction)\s+of\b", re.I)
# ... unless the question also asks how it moved ('what share ... and how fast did it grow')
_MOVE_ASKED = re.compile(r"\b(grow|grew|grown|growth|increas\w*|decreas\w*|ris[ei]n?g?|rose|declin\w*|fell|fall\w*|"
                         r"chang\w*|gain\w*|drop\w*|up|down|cagr)\b", re.I)
# a percent the sentence gives as a rate of change: 'monthly growth of 20%', 'a growth rate of 5%'
_GROWTH_OF = re.compile(r"\b(growth|increase|decrease|decline|rise|drop)(\s+rate)?\s+(of|at|by)\s+"
                        r"((about|over|nearly|around|approximately|more than|almost|some)\s+)?$", re.I)

# ... or after it: 'a nearly 50% year-on-year increase', '20% YoY growth'
_CHANGE_AFTER = re.compile(r"\s*(?:(?:year|month|quarter)[- ]on[- ](?:year|month|quarter)|yoy|y-o-y|annual|annualized)?\s*"
                           r"(?:increase|decrease|growth|rise|decline|drop|jump|gain|surge|fall|reduction)\b", re.I)


def _share_asked(question: str) -> bool:
    """A part of a whole asked: 'what share of X', or a bare 'Share of X ...?'."""
    return bool(_SHARE_ASKED.search(question)) or share_noun_asked(question)


# an amount asked in so many words, beside the share
_HOW_MUCH = re.compile(r"\bhow (much|large|big)\b", re.I)


def share_not_change(d: Decision) -> str | None:
    """'What share of Alibaba's new code does the tool generate?' is not answered by 'monthly
    growth of 20%' or 'a 50% year-on-year increase': the lead percent is a rate of change, the
    question asks a part of a whole."""
    s = d.slots
    if not d.figures or d.figures[0].unit != "percent" or d.best.row:
        return None
    if not _share_asked(s.text) or _MOVE_ASKED.search(s.text) or CHANGE_ASKED.search(s.text):
        return None
    f = d.figures[0]
    before = d.best.text[max(0, f.start - 40):f.start]
    if is_change(d.best.text, f) or _GROWTH_OF.search(before) or _CHANGE_AFTER.match(d.best.text, f.end):
        return "the reports give a rate of change, not the share asked"
    return None


def share_not_amount(d: Decision) -> str | None:
    """'What share of revenue comes from on-premise deployment?' is not answered by an amount of
    money ('an upfront fee of $500k+'): a share asked is a percent. A percent asked as the ratio of
    two amounts (`slots.ratio`), or asked of a sentence giving two amounts (a part and its whole, to
    compute it from), is left to the gates on amounts."""
    s = d.slots
    if not d.figures or d.figures[0].unit != "money" or s.ratio:
        return None
    if sum(1 for f in d.best.figures if f.unit == "money") >= 2:
        return None  # a part and its whole: the share may be computed from them
    if not _share_asked(s.text) or _HOW_MUCH.search(s.text):
        return None  # 'how much ..., and what share of the total': the amount is asked too
    return "the reports give an amount, not the share asked"


# the whole a share is asked of: 'what share of the 2024 budget', 'as a percentage of the world's large models'
_WHOLE_ASKED = re.compile(r"\b(?:share|percentage|proportion|portion|fraction|percent)\s+of\s+((?:\S+\s+){0,3}\S+)", re.I)
# the whole a sentence's percent is of: '2.2% of GDP', '52% of North American revenue'
_WHOLE_SAID = re.compile(r"\s*of\s+((?:\S+\s*){1,3})", re.I)


def _words(phrase: str) -> set[str]:
    """The phrase's stems, numbers left out."""
    return {w for w in tokenize(phrase) if not any(c.isdigit() for c in w)}


def share_of_other_whole(d: Decision) -> str | None:
    """'What share of the 2024 budget went to R&D?' is not answered by 'R&D reached 2.2% of GDP': the lead
    percent is a share of a whole the question does not name, and no word of the whole asked is in that sentence."""
    if not d.figures or d.figures[0].unit != "percent" or d.best.row or not _share_asked(d.slots.text):
        return None
    asked, said = _WHOLE_ASKED.search(d.slots.text), _WHOLE_SAID.match(d.best.text, d.figures[0].end)
    if asked is None or said is None:
        return None
    want, got = _words(asked.group(1)), _words(said.group(1))
    if not want or not got or want & set(tokenize(d.best.text)) or got & set(tokenize(d.slots.text)):
        return None
    return f"the reports give a share of {said.group(1).strip()}, not of the {asked.group(1).strip()} asked"
