"""Items counted by the year a column dates them ('How many satellites were launched before 2018?' of a 'Launch' column,
'how many of the schemes shown were launched before 2015?' of 'Launch year'): the column whose header the question's
verb names, each item row's year in it met against the year asked. Rows dated nothing ('–', 'Various') are left out,
the answer then hedged."""

from __future__ import annotations

import re

from ingest.tables import SEP, Cell, Table

from ..types import Answer, AnswerContext
from .cells import words
from .compose import hedged
from .item_rows import items_no_total
from .passage_tables import one_table
from .yes_no_rows import counted_rows

# 'how many (of the) X (were) launched before 2018', 'in how many markets did the group open before 2020'
DATED = re.compile(r"^\s*(?:in\s+)?how many\s+[a-z][\w\s,'-]*?\s(?:were\s+|was\s+|are\s+|is\s+|have\s+been\s+|had\s+been\s+)?"
                   r"(?P<verb>[a-z]{4,}ed)\s+(?P<how>before|after|in|since|by|prior\s+to)\s+(?P<year>(?:19|20)\d{2})\s*\??\s*$",
                   re.I)
_YEAR_CELL = re.compile(r"^\s*(?:fy\s*)?((?:19|20)\d{2})\s*$", re.I)


def _met(year: int, how: str, bound: int) -> bool:
    """Whether `year` falls as asked against `bound` ('since 2020' and 'in 2020' take 2020 in)."""
    how = " ".join(how.lower().split())
    return {"before": year < bound, "prior to": year < bound, "after": year > bound, "since": year >= bound,
            "by": year <= bound, "in": year == bound}[how]


def date_column(table: Table, verb: str) -> str | None:
    """The one column whose header's words start with the verb's stem ('Launch year' for 'launched', 'Opened' for
    'opened') and whose cells write a year; None when none or several."""
    stem = re.sub(r"(?:ed|d)$", "", verb.lower())[:5]
    named = [c for c in table.columns if any(w.startswith(stem) for w in words(c.split(SEP)[-1]))
             and any(_YEAR_CELL.match(x.text) for x in table.cells if x.column == c)]
    return named[0] if len(named) == 1 else None


def dated_count(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], backend: str) -> Answer | None:
    """The count of item rows (totals aside) whose year in the column the verb names meets the year asked; None unless
    one table has such a column with at least two dated items."""
    m = DATED.match(question)
    if m is None:
        return None
    reads = []
    for passage, table in tables:
        col = date_column(table, m.group("verb"))
        if col is None:
            continue
        rows = items_no_total(table, question)
        cells = [c for r in rows for c in table.cells if c.row == r and c.column == col]
        dated = [c for c in cells if _YEAR_CELL.match(c.text)]
        if len(dated) >= 2:
            reads.append((passage, table, dated, len(dated) < len(rows)))
    read = one_table(reads)
    if read is None:
        return None
    passage, table, dated, undated = read
    bound = int(m.group("year"))
    met: list[Cell] = [c for c in dated if _met(int(_YEAR_CELL.match(c.text).group(1)), m.group("how"), bound)]
    if not met:
        return None
    answer = counted_rows(ctx, passage, table, met, dated, backend)
    return hedged(answer, "rows the column dates with no year are left out") if answer and undated else answer
