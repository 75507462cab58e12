"""A table's whole row under any of its names: 'Total', 'World total', 'All industries', 'All respondents', 'World',
'Global', 'Total market'; and the world's row named by any form of the word ('worldwide' names the row 'World')."""

from __future__ import annotations

import re

from ingest.tables import SEP, Table

from .cells import TOTAL_NAMES, TOTAL_ROW

# the row all the others add up to or are drawn from: a total, 'X total', 'All <items>' (not 'All other'), the world
WHOLE_ROW = re.compile(rf"^\s*(?:{TOTAL_NAMES}|total market|(?:[\w&-]+\s+){{1,2}}total"
                       r"|all\s+(?!others?\b)[\w-]+(?:\s+[\w-]+)?|world(?:wide)?|global|overall)\s*(?:\([^)]*\))?\s*$",
                       re.I)
_WORLD_FORMS = re.compile(r"\b(?:world|worldwide|global|globally)\b", re.I)
_WORLD_ROW = re.compile(r"^\s*(world|worldwide|global)\b", re.I)


def whole_label(label: str) -> bool:
    """Whether a row label names the table's whole ('Total', 'World total', 'All industries', 'World')."""
    return bool(WHOLE_ROW.match(label))


def total_or_whole(label: str) -> bool:
    """Whether a row label is a total ('Total revenue', cells.TOTAL_ROW) or names the whole under another name."""
    return bool(TOTAL_ROW.match(label)) or whole_label(label)


def world_named(tables: list[tuple[int, Table]], phrase: str) -> str:
    """`phrase` with its word for the world ('worldwide', 'global') written as the tables' one world row writes it
    ('World'), so the row is named by any form of the word; unchanged when no row, or rows of two forms, stand for it."""
    forms = {m.group(1).lower() for _, t in tables for r in t.rows if (m := _WORLD_ROW.match(r.split(SEP)[-1]))}
    if len(forms) != 1:
        return phrase
    form = forms.pop()
    return _WORLD_FORMS.sub(lambda m: m.group(0) if m.group(0).lower() == form else form, phrase)
