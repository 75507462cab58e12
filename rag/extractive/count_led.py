"""A count asked, led by a figure that counts nothing: no bold.

'How many sectors had occupancy above 95%?' is answered by a whole number of things. A lead with a currency or a
percent sign, a negative, or a fraction with no scale ('100.0', '(7) and (12)', '$ 4,024.5') is a measure of one of
the things, not their number; and a count of the things meeting a condition is one number, never several.
"""

from __future__ import annotations

import re

from .ranking_owned import HOW_MANY
from .lead_form import BARE_PAIR
from .row_sets import THRESHOLD

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_DIGIT = re.compile(r"\d")
_NOT_COUNT = re.compile(r"[$€£¥₩%]|\bper ?cent\b|^\s*[-−–(]|\(\s*\d", re.I)
_FRACTION = re.compile(r"\d\.\d")
_SCALE = re.compile(r"\b(?:thousands?|millions?|billions?|mn|bn|k|m)\b", re.I)
# the things counted move or meet a bound: 'how many X increased / declined / had ... above 95%'
_CONDITION = re.compile(r"\b(?:increas|decreas|rose|risen|fell|fallen|declin|grew|grown|improv|worsen)\w*", re.I)
COUNT_LED_WHY = "the question asks how many, and the lead '{lead}' counts nothing"


def count_not_led(question: str, answer_text: str) -> str | None:
    """COUNT_LED_WHY when a 'how many' question (not 'how many times / points / percent') leads with a figure
    that is no count (a currency or percent sign, a negative, a fraction with no scale in lead or question), or
    with several figures while it counts the things meeting a condition; else None."""
    if not HOW_MANY.search(question):
        return None
    bold = [b for b in _BOLD.findall(answer_text or "") if _DIGIT.search(b)]
    if not bold:
        return None
    scaled = bool(_SCALE.search(question))
    for lead in bold:
        if _NOT_COUNT.search(lead) or (_FRACTION.search(lead) and not scaled and not _SCALE.search(lead)):
            return COUNT_LED_WHY.format(lead=lead)
    several = len(bold) > 1 or BARE_PAIR.fullmatch(bold[0]) is not None  # '1,840 and 2,010': two figures in one lead
    if several and (THRESHOLD.search(question) or _CONDITION.search(question)):
        return COUNT_LED_WHY.format(lead=", ".join(bold))
    return None


# the rows a count lists after its number: '**4** (Xinjiang, Inner Mongolia, Other provinces)'
_LISTED = re.compile(r"^\s*\*\*\d+\*\*\s*\(([^()]*)\)")
# a residual bucket: 'Others', 'All other', 'Rest of world'; 'Other provinces' when provinces are counted
_RESIDUAL_ITEM = re.compile(r"^\s*(?:(?:all\s+)?others?|rest of\b.*)\s*$", re.I)
_OTHER_KIND = re.compile(r"^\s*others?\s+([a-z][\w-]*)\s*$", re.I)
_COUNTED = re.compile(r"\bhow many\s+(?:of the\s+)?(?:[\w-]+\s+)?([a-z][\w-]*s)\b", re.I)
RESIDUAL_COUNTED_WHY = "the count takes in '{item}', the residual of the unnamed ones, which is no one item counted"


def residual_counted(question: str, answer_text: str) -> str | None:
    """RESIDUAL_COUNTED_WHY when a count's listed rows include a residual bucket ('Others', or 'Other provinces' when
    provinces are counted): it gathers the items not named, so it is no one of the things counted; else None.
    ('Other operating expenses' is a line of its own: only 'Other' with the counted noun alone is residual.)"""
    m = _LISTED.match(answer_text or "")
    if m is None:
        return None
    counted = {g.lower() for g in _COUNTED.findall(question)}
    items = [i.strip() for i in m.group(1).split(",")]
    item = next((i for i in items if _RESIDUAL_ITEM.match(i) or ((k := _OTHER_KIND.match(i)) and k.group(1).lower() in counted)), None)
    return RESIDUAL_COUNTED_WHY.format(item=item) if item else None
