"""The period slot, judged on the lead's own sentence: a year the sentence names only as the base of
a change ('more than doubling from 2023 with an increase of RMB 300 billion') dates no figure of that
year. gates.py lists the gate with the others; it returns the reason (naming the year) or None."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .kept_patterns import compiled

if TYPE_CHECKING:
    from .gates import Decision

_WORDS = r"from|than|over|versus|vs\.?|against|compared (?:to|with)|relative to"
_TAIL = r")\s+(?:the\s+)?(?:end of\s+|fiscal\s+)?$"
_BASE = re.compile(rf"(?:since|{_WORDS}{_TAIL}", re.I)
_BASE_NOT_SINCE = re.compile(rf"(?:{_WORDS}{_TAIL}", re.I)


def as_base_only(text: str, year: int, since: bool = True) -> bool:
    """Whether every mention of `year` in `text` is the base of a change ('doubling from 2023',
    'up 5 pct from 2023', 'higher than 2022'): the text then gives no figure for that year. With
    `since` False, 'since 2015' is a period's start, not a base ('Since 2015, deals rose from 501')."""
    base = _BASE if since else _BASE_NOT_SINCE
    mentions_ = list(compiled(rf"(?<!\d){year}(?!\d)").finditer(text))
    return bool(mentions_) and all(base.search(text[:m.start()]) for m in mentions_)


def year_as_base(d: Decision) -> str | None:
    """A figure asked for one year is not answered by a sentence that names that year only as the
    base of a change ('surged to RMB 590 billion, more than doubling from 2023 with an increase of
    RMB 300 billion' for the 2023 total): the reports give the later level and the change, not the
    year's own figure, when no other sentence of the passage dates a figure by that year either (a
    table's 2018 column does: judged on the sentence alone, the gate turned TAT-QA held-out answers
    into abstentions). A question that itself names the year as a base ('how much did it grow
    since 2023') asks that change and is left to the other gates; 'since 2015' in the sentence starts
    a period whose first level it may give ('Since 2015, deals rose from 501')."""
    asked = set(d.slots.years)
    if len(asked) != 1 or not d.figures or d.best.row:
        return None
    year = next(iter(asked))
    if as_base_only(d.slots.text, year) or not as_base_only(d.best.text, year, since=False):
        return None
    passage = d.ctx.passages[d.best.passage_index].chunk.text
    if not as_base_only(passage, year, since=False):
        return None  # another sentence of the passage (a table's column) dates a figure by that year
    return f"the reports name {year} only as the base of a change, with no figure for {year} itself"

