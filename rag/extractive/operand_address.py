"""A computed figure whose operand is not the cell the question addresses: no bold.

A table cell is addressed by its row label and its column header. A computed answer ('From France (2024): 43,920')
reads each operand at a row and a column, which its derivation records as typed fields; the column's header words
besides its period ('ATMs' of 'ATMs › 2024') say what the cell measures. An operand is not addressed by the
question when its column's measure is none of the question's words while a column of the same period beside it is
('Bank branches › 2024' for 'branch counts'), or when the operands of one row's computation measure different things (a share beside a volume): the figure is hedged.
A figure read from a table's row line ('Total — 2024 › Deals: 285') is addressed at its cell too (`line_cell`).
"""

from __future__ import annotations

import re

from ingest.tables import SEP, Table

from ..compute import cell_operands
from ..types import Answer, AnswerContext
from .cells import OPERATION_WORDS, STOP_WORDS, words
from .cell_doubt import GENERIC_WORDS, NUMBER_WORDS
from .passage_tables import tables_of

_ASIDE = re.compile(r"\([^)]*\)")
_DIGIT = re.compile(r"\d")
# a period token: a year ('2027e', 'fy2024'), a quarter or a half ('q3', 'h1'), a fiscal year ('fy24')
_PERIOD = re.compile(r"(?:fy|q[1-4]|h[12])?(?:19|20)\d{2}[a-z]?|q[1-4]|h[12]|fy\d{2}")
# words that name a period without a figure ('Second quarter', 'March')
_PERIOD_WORDS = frozenset("first second third fourth half january february march april may june july august "
                          "september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split())
# computations over operands that measure one thing (a row's periods, items of one period)
_OPS = frozenset({"change", "percent_change", "average", "sum", "ratio", "share", "multiple", "annual_average",
                  "annual_change", "cagr"})
_SAME_MEASURE_OPS = frozenset({"change", "percent_change", "average", "sum", "annual_average", "annual_change",
                               "cagr"})
# words a header uses for its unit or its basis, which name no measure ('kt/yr', 'bn', 'usd')
_UNIT_WORDS = frozenset("usd eur gbp jpy yen cny rmb bn mn m k kt yr sq ft unit no".split())
# generic header words, but a 'Share' column measures a share (of a whole), not a per-share figure
_GENERIC = GENERIC_WORDS - {"share"}


def operands_read(derivation: dict | None) -> list[tuple[str, str, str]]:
    """The (row label, column header path, figure) of each table-cell operand of a computed answer's derivation."""
    return [(o["row"], o["column"], str(o.get("value", ""))) for o in cell_operands(derivation)]


def measure(column: str) -> frozenset[str]:
    """A column path's words naming what its cells measure: not its period ('H1', '2024', '2027E'), its
    parentheses, stop, generic or unit words ('Capacity 2027E (kt/yr)' -> {'capacity'})."""
    return frozenset(w for w in words(_ASIDE.sub(" ", column.replace(SEP, " ")))
                     if not _DIGIT.search(w) and w not in _PERIOD_WORDS and w not in STOP_WORDS and w not in _GENERIC and w not in _UNIT_WORDS)


def period(column: str) -> frozenset[str]:
    """A column path's period words ('2024', 'h1', '2027e')."""
    return frozenset(w for w in re.findall(r"[a-z0-9]+", column.lower()) if _PERIOD.fullmatch(w) or w in _PERIOD_WORDS)


def _table_of(tables: list[Table], row: str, column: str) -> Table | None:
    """The table that holds a cell at `row` and the column header path `column`."""
    return next((t for t in tables if any(c.row == row and c.column == column for c in t.cells)), None)


# the column header a row line writes before a figure: 'Total — 2024 › Deals: 285' -> '2024 › Deals'
_LINE_HEADER = re.compile(r"(?:^|[;—])\s*([^;—:]+?):\s*$")


def _flat(text: str) -> str:
    return " ".join(text.lower().split())


def line_cell(tables: list[Table], line: str, start: int, figure: str) -> tuple[str, str] | None:
    """The (row label, column header path) of the one cell a table's row line ('Total — 2023 › Deals: 280; 2024 ›
    Deals: 285') writes `figure` at `start` in: the line's row under the header written before it; None if not one."""
    head, m = line[:start], _LINE_HEADER.search(line[:start])
    if m is None or " — " not in head:
        return None
    row, header = _flat(head.split(" — ", 1)[0]), _flat(m.group(1))
    digits = re.sub(r"[^\d.]", "", figure)
    found = {(c.row, c.column) for t in tables for c in t.cells
             if _flat(c.column) == header and re.sub(r"[^\d.]", "", c.text) == digits
             and row in (_flat(c.row), _flat(c.row.split(SEP)[-1]))}
    return found.pop() if len(found) == 1 else None


def unaddressed_operand(question: str, tables: list[Table], answer: Answer) -> str | None:
    """Why a computed figure is not certain (an operand's column measures what the question never names while a
    column of the same period beside it measures what it names; or one row's operands of different periods measure
    different things), or None."""
    d = answer.derivation
    if answer.abstained or d is None or d.get("op") not in _OPS or "**" not in answer.answer:
        return None
    asked = {NUMBER_WORDS.get(w, w) for w in words(question)}
    read = []
    for row, column, _ in operands_read(d):
        table = _table_of(tables, row, column)
        if table is None:
            return None  # an operand not located in a cited table: nothing to say of its address
        read.append((row, table, column))
    columns_read = {c for _, _, c in read}
    for row, table, column in read:
        own = measure(column)
        if not own or own & asked:
            continue
        # a column named in every word of its measure, of the operand's period, that no operand reads (a ratio's
        # other term is read); an operation's column ('% Change') is how the question computes, not one it names
        for other in table.columns:
            named = measure(other) - OPERATION_WORDS
            if other not in columns_read and period(other) == period(column) and named and named <= asked:
                return (f"the question names the column '{other.replace(SEP, ' ').strip()}' beside the "
                        f"'{column.replace(SEP, ' ').strip()}' an operand reads")
    if d.get("op") in _SAME_MEASURE_OPS and len(read) > 1 and len({r for r, _, _ in read}) == 1:
        # one row's figures across periods measure one thing; two measures of one period (fair value and carrying
        # amount) or columns that are items (countries) are another computation
        kinds = {measure(c) for _, _, c in read}
        periods = {period(c) for _, _, c in read}
        if len(kinds) > 1 and all(kinds) and all(periods) and len(periods) == len(read):
            return "the figures it computes with are read from columns that measure different things"
    return None


def operand_unaddressed(ctx: AnswerContext, answer: Answer) -> str | None:
    """`unaddressed_operand` over the tables of the passages the answer cites."""
    if answer.derivation is None or " From " not in answer.answer or not operands_read(answer.derivation):
        return None
    cited = {c.chunk_id for c in answer.citations}
    tables = [t for i, t in tables_of(ctx) if ctx.passages[i].chunk_id in cited]
    return unaddressed_operand(ctx.question, tables, answer) if tables else None
