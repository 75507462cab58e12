"""A cell answer whose table names a word of the question elsewhere: no bold.

A figure read from table cells answers when the row and column read are the ones the question names.
When a word of the question labels another row or column of that table ('systems' a row beside the
'Net sales' read, 'less than one year' a column beside the 'Total' read) but not the row or column
the answer reads, the question addresses another cell (or several): the figure is hedged, not bolded.
"""

from __future__ import annotations

import logging
import re

from ..compute import cell_operands
from ..types import Answer, AnswerContext
from ingest.tables import SEP

from .cells import OPERATION_WORDS, STOP_WORDS, TOTAL_ROW, tables_of, words
from .rate_column import rates_said

log = logging.getLogger(__name__)

_PERCENT = re.compile(r"\bpercent(age)?\b|%|\bproportion\b|\bratio\b|\bshare\b", re.I)

# a percentage change names no base row: it is the row's own change ('the percentage change in X')
_CHANGE_RATE = re.compile(r"\bpercent(?:age)?\s+(?:change|increase|decrease|growth)\b", re.I)
# words a table repeats in many labels, which say how a figure is shown, not which cell holds it
GENERIC_WORDS = frozenset("total net other ended end ending as at per share cent usd million thousand billion dollar "
                     "note notes company group quarter month fiscal reported".split())


def other_cell_named(ctx: AnswerContext, answer: Answer) -> str | None:
    """Why the cell answer is not certain (it reads a table's total row or column, while the question
    names another row or column of that table in every word of its label, a part the total sums), or
    None: answers not read from cells are left alone."""
    if answer.shape is None or answer.abstained or "**" not in answer.answer:
        return None
    cited = {c.chunk_id for c in answer.citations}
    tables = [t for i, t in tables_of(ctx) if ctx.passages[i].chunk_id in cited]
    return _other_row_named(ctx, tables, answer) or _other_column_named(ctx, tables, answer)


def _other_row_named(ctx: AnswerContext, tables: list, answer: Answer) -> str | None:
    """A total row read ('Net sales') while the question names another row in full ('Systems')."""
    if _PERCENT.search(_CHANGE_RATE.sub(" ", ctx.question)):
        return None  # a share or rate names its base row ('as a percentage of revenue'), which is not read
    rows_read = [(t, r) for t in tables for r in t.rows if r.split(SEP)[-1] in answer.answer]
    if not any(r == t.rows[-1] or TOTAL_ROW.match(r.split(SEP)[-1]) for t, r in rows_read):
        return None  # only a total read can stand for a part the question names
    # the row paths and columns the answer reads (its derivation, its row line), with the headings of each row read
    read = set(words(answer.answer)) | {w for _, r in rows_read for w in words(r)}
    asked = {w for w in words(ctx.question) if not w.isdigit()}
    for table in tables:
        for row in table.rows[:-1]:  # a table's closing row is its total, which the question names as the topic
            label = row.split(SEP)[-1]
            named = {w for w in words(label) if w not in STOP_WORDS and w not in GENERIC_WORDS and w not in OPERATION_WORDS}
            # a subtotal ('Total Canada') names its group, an item too; a bare 'Total' names the table's topic
            if named and named <= asked and not named <= read:
                log.debug("cell answer: the question names the row %r, not read", label)
                return f"the question names the row '{label}' of the table, which the answer does not read"
    return None


NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "twelve": "12"}


def _other_column_named(ctx: AnswerContext, tables: list, answer: Answer) -> str | None:
    """A column read that the question does not name (a total, or a header with a word the question never says:
    'Average balance' for an 'average rate') while the question names another column of the table in every
    word of its header ('due in less than one year': 'Less Than 1 Year'): that column's doubt, or None."""
    columns = [c for t in tables for c in t.columns]
    read = [c for c in columns if re.search(rf"[(,]\s*{re.escape(c.split(SEP)[-1])}\)", answer.answer)]
    asked = {NUMBER_WORDS.get(w, w) for w in words(ctx.question)} | rates_said(ctx.question)
    total = any(TOTAL_ROW.match(c.split(SEP)[-1]) for c in read)
    if not total and not any(_unnamed(c.split(SEP)[-1], asked) for c in read):
        return None
    for column in columns:
        header = column.split(SEP)[-1]
        # 'less', 'more' name a period's bound beside a total; beside another measure read, an operation's column
        # ('% Change') is how the question computes, not a column it names
        named = {w for w in words(header) if w not in STOP_WORDS and w not in GENERIC_WORDS} if total else _named(header)
        # a word besides figures: 'Years3-5' is no column named by a question's '5 years'
        if column not in read and any(not w.isdigit() for w in named) and named <= asked and not TOTAL_ROW.match(header):
            return f"the question names the column '{header}' of the table, which the answer does not read"
    return None


_ASIDE = re.compile(r"\([^)]*\)")


def _named(header: str) -> set[str]:
    """A header's words that name what its cells hold (not stop, generic or operation words, not figures, not its
    parenthesis, which says how the measure is taken: 'WALE (by income)')."""
    return {w for w in words(_ASIDE.sub(" ", header)) if w not in STOP_WORDS and w not in GENERIC_WORDS and w not in OPERATION_WORDS
            and not w.isdigit()}


def _unnamed(header: str, asked: set[str]) -> bool:
    """A header with a word naming its measure ('balance' of 'Average balance') that the question never says."""
    return bool(_named(header) - asked)


_CELL = re.compile(r"([^;]+?):\s*([^;]*)")


def other_cell_of_row(question: str, text: str, row: bool, figures: list) -> str | None:
    """A figure led from a table row line ('Healthcare — Number of › properties: 6; WALE › (by income) years: 11.2')
    is the asked one only when its cell's header is: when that header has a word naming its measure the question never
    says, and another cell's header of the line is named by the question in every such word, the other cell is asked."""
    if not row or not figures or " — " not in text:
        return None
    head, cells = text.split(" — ", 1)
    at = figures[0].start - len(head) - len(" — ")
    asked = {NUMBER_WORDS.get(w, w) for w in words(question)}
    spans = [(m.start(2), m.end(2), m.group(1).strip()) for m in _CELL.finditer(cells)]
    mine = [h for s, e, h in spans if s <= at < max(e, s + 1)]
    if not mine or not _unnamed(mine[0], asked):
        return None
    for _, _, header in spans:
        named = _named(header)
        if header != mine[0] and named and named <= asked and not named <= _named(mine[0]):
            return f"the question names the column '{header}' of the row, which the answer does not read"
    return None


_ADDITIVE = frozenset({"change", "sum", "average", "percent_change", "average_change", "annual_average",
                       "annual_change"})


def mixed_units(answer: Answer) -> str | None:
    """Why a computed figure is not certain (it adds or subtracts a percentage and an amount, which
    measure different things: the cells read are not the ones asked), or None."""
    if not answer.derivation or answer.derivation.get("op") not in _ADDITIVE or " From " not in answer.answer:
        return None
    # each table-cell operand's unit, as its derivation records it: '%' only where the cell writes one
    kinds = {o.get("unit") == "%" for o in cell_operands(answer.derivation)}
    if len(kinds) < 2:
        return None
    return "the figures it computes with are a percentage and an amount, which do not add up"
