"""Items named or counted by a level held in every period asked ('Which divisions had positive LFL growth in every
quarter of FY 2024/25?', 'Which segments had a margin above 20% in both 2023 and 2024?'): each item row's cell in
each of those period columns meets the bound (a sign: 0); the item is met only when every one does."""

from __future__ import annotations

import re

from ingest.cell_values import unmarked_label
from ingest.tables import SEP, Cell, Table

from ..types import Answer, AnswerContext
from .cells import RowHit
from .condition_words import EVERY_LEVEL
from .direction_words import MOVED_DOWN, MOVED_UP
from .item_rows import items_no_total
from .passage_tables import one_table
from .periods_meeting import _header_year, _periods
from .row_sets import SCALE_WORDS, THRESHOLD, meets, table_scale
from .shape_text import listed, scaled, shaped_answer
from .signed_bound import signed_bound

_ASKED = re.compile(r"^\s*(?:in\s+|for\s+)?(?P<ask>which|how many)\s+(?:of\s+the\s+)?[a-z]", re.I)
_SIGN = re.compile(r"\b(?P<up>positive|profitable)\b|\b(?P<down>negative|loss-making)\b", re.I)
_KIND = re.compile(r"\b(?P<kind>years?|quarters?|periods?|months?)\b", re.I)
_MOVED = re.compile(rf"\b(?:{MOVED_UP}|{MOVED_DOWN})\b", re.I)  # 'grew by more than 5% in each year': a move, no level


def _columns(table: Table, every: str, question: str, rest: str) -> list[str] | None:
    """The period columns the every-clause walks: the two years of 'in both 2023 and 2024', else the columns of the
    kind it names ('every quarter of FY 2024/25'), one per period; None when a period has two columns or under two."""
    if (both := re.match(r"in\s+both\s+((?:19|20)\d{2})\s+and\s+((?:19|20)\d{2})", every, re.I)) is not None:
        years = {int(both.group(1)), int(both.group(2))}
        cols = [c for c in _periods(table.columns, "years", question, "") if _header_year(c.split(SEP)[-1]) in years]
        if len(cols) != 2 or len({_header_year(c.split(SEP)[-1]) for c in cols}) != 2:
            return None
        return cols
    kind = _KIND.search(every)
    cols = _periods(table.columns, kind.group("kind") if kind else "periods", question, rest) if kind else []
    leaves = [c.split(SEP)[-1].strip().lower() for c in cols]
    return cols if len(cols) >= 2 and len(set(leaves)) == len(leaves) else None


def level_every(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], backend: str) -> Answer | None:
    """The items whose every cell in the periods asked meets the bound or sign, named ('which') or counted, each
    item's figures shown; None unless one table reads every item in every such period (and a list has a member)."""
    ask, every = _ASKED.match(question), EVERY_LEVEL.search(question)
    if ask is None or every is None:
        return None
    sign, bound = _SIGN.search(question[:every.start("every")]), THRESHOLD.search(question[:every.start("every")])
    if bool(sign) == bool(bound):
        return None  # one condition
    if _MOVED.search(question[:(sign or bound).start()]):
        return None  # 'grew by more than 5% in each year': the move is bounded, not the level
    rest = question[every.end("every"):]
    reads = []
    for passage, table in tables:
        cols = _columns(table, every.group("every"), question, rest)
        rows = items_no_total(table, question) if cols else []
        got = {(c.row, c.column): c for c in table.cells}
        cells = [[got.get((r, c)) for c in cols] for r in rows]
        if len(rows) >= 2 and all(x is not None and x.value is not None for line in cells for x in line):
            reads.append((passage, table, rows, cells))
    read = one_table(reads)
    if read is None:
        return None
    passage, table, rows, cells = read
    limit = signed_bound(bound.group(2)) if bound is not None else 0.0
    if bound is not None and (asked := SCALE_WORDS.get((bound.group(4) or "").lower().rstrip("s"))):
        if not (own := table_scale(ctx, passage, cells[0][0].scale)):
            return None  # 'CRL 10 billion' against a table of no stated scale: no reading
        limit *= asked / own

    def met(cell: Cell) -> bool:
        if sign is not None:
            return cell.value > 0 if sign.group("up") else cell.value < 0
        return meets(cell.value, limit, question, bound)

    names = [unmarked_label(r.split(SEP)[-1]) for r, line in zip(rows, cells) if all(met(x) for x in line)]
    figures = "; ".join(f"{unmarked_label(r.split(SEP)[-1])}: " + ", ".join(scaled(x) for x in line) for r, line in zip(rows, cells))
    heads = ", ".join(x.column.split(SEP)[-1] for x in cells[0])
    hit = RowHit(passage, table, rows[0], 0.0)
    ctx.memo["periods_walked"] = True  # (answer_covered: the every-period condition is read, no hedge)
    if ask.group("ask").lower() == "which":
        if not names:
            return None
        lead = listed(names)
        return shaped_answer(ctx, [hit], f"**{lead}**. {heads} — {figures} [1]", lead, "list", backend)
    derivation = {"op": "count", "operands": [], "result": str(len(names))}
    text = f"**{len(names)}** ({', '.join(names) or 'none'}). {heads} — {figures} [1]"
    return shaped_answer(ctx, [hit], text, str(len(names)), "computed", backend, derivation=derivation)
