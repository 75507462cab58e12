"""A count's bound that is another row's change, not a number ('grew faster than the group total', 'than the overall
market', 'faster than Europe'): the row the phrase names, whose own change each item's change is met against."""

from __future__ import annotations

import re

from ingest.cell_values import unmarked_label
from ingest.tables import SEP, Table

from .cells import TOTAL_ROW, words
from .residual_rows import whole_or_mean
from .word_stems import stem, stems_meet

# 'grew faster than X', 'rose more slowly than X', 'outgrew X', 'outpaced X': a rate of change met against X's
_RIVAL = re.compile(r"\b(?:(?P<way>faster|slower|more\s+(?:quickly|rapidly|strongly)|less\s+(?:quickly|rapidly|strongly)|"
                    r"more\s+slowly)\s+than|(?P<out>outgr[eo]w\w*|outpac\w*|outperform\w*))\s+(?:that\s+of\s+)?(?P<rest>[^?]*)",
                    re.I)
# the phrase's own words end where its period begins: 'the group total in 2023', 'the overall market over 2023-28E'
_PERIOD_TAIL = re.compile(r"\s+(?:in|over|during|for|from|between|through|on|across|since)\b.*$|\s*,.*$", re.I)
_NUMBER = re.compile(r"^\s*(?:[$€£¥]|[A-Z]{3}\s)?\s*[-−–]?\d")
# a phrase naming all the items together: 'the total', 'the overall market', 'the group as a whole', 'the global CAGR'
_WHOLE = re.compile(r"\b(?:total|overall|whole|aggregate|all|group|global|world|worldwide|industry|market|combined)\b", re.I)
_FILLER = {"the", "a", "an", "as", "of", "that", "its", "their", "rate", "growth", "market", "average", "did", "was", "were"}


def rival_asked(question: str) -> tuple[bool, str] | None:
    """(faster, phrase) when the question meets each item's change against another's ('faster than the total'),
    the phrase cut before its period; None when it asks none or its bound is a number ('faster than 2.5% a year')."""
    m = _RIVAL.search(question)
    if m is None or _NUMBER.match(m.group("rest")):
        return None
    faster = m.group("out") is not None or not re.match(r"slower|less|more\s+slowly", m.group("way") or "", re.I)
    phrase = _PERIOD_TAIL.sub("", m.group("rest")).strip()
    return (faster, phrase) if phrase else None


def rival_row(table: Table, phrase: str) -> str | None:
    """The one row the phrase names: a row whose label's words it says ('Europe'), else, the phrase naming all the
    items together, the table's one whole (a top-level total row, 'World'); None when no single row is named."""
    said = [stem(w) for w in words(phrase) if w.lower() not in _FILLER]
    if not said:
        return None
    named = []
    for r in table.rows:
        own = [stem(w) for w in words(unmarked_label(r.split(SEP)[-1]))]
        if own and all(any(stems_meet(o, s) for s in said) for o in own):
            named.append(r)
    if len(named) == 1:
        return named[0]
    if named or not _WHOLE.search(phrase):
        return None
    wholes = [r for r in table.rows if SEP not in r and (TOTAL_ROW.match(r) or whole_or_mean(unmarked_label(r)))]
    return wholes[0] if len(wholes) == 1 else None


def parts_of_whole(table: Table, items: list[str], rival: str) -> list[list[str]]:
    """The rows to meet against a whole, in the order to try: the top-level rows (a head and its sub-items both
    carrying figures: the whole's own parts are its heads) when some items sit under a head, then the items."""
    items = [r for r in items if r != rival]
    if not any(SEP in r for r in items):
        return [items]
    top = [r for r in top_level_items(table) if r != rival]
    return [top, items] if len(top) >= 2 else [items]


def top_level_items(table: Table) -> list[str]:
    """The table's top-level rows that are items: no sub-item, no total, no whole or mean of the others."""
    return [r for r in table.rows if SEP not in r and not TOTAL_ROW.match(r) and not whole_or_mean(r)]
