"""A count's (or a 'which' list's) bound that is the level another line of the same table sets, not a number ('above the
national rate in H1 2025', 'a larger share of their waste than the EU-27 average', 'below the panel average'): the
figure of the one line the phrase names (a whole or a mean of the items), met by each other item's figure in the line
measured; the items are rows or, the table turned (items as columns, periods as rows), columns."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.cell_values import unmarked_label
from ingest.tables import SEP, Cell, Table

from ..types import Answer, AnswerContext
from .cells import TOTAL_ROW, RowHit, words, year_of
from .column_choice import column_for
from .item_rows import item_rows
from .measure_meeting import WHICH_ITEMS, met_answer
from .passage_tables import one_table
from .residual_rows import residual, whole_or_mean
from .row_sets import HOW_MANY_ROWS
from .rows_extreme import named_column
from .shape_text import scaled
from .word_stems import stem, stems_meet

_UP = r"above|over|exceed(?:s|ed|ing)?|(?:more|higher|greater|larger|bigger)\b[^?]*?\bthan"
_DOWN = r"below|under|(?:less|fewer|lower|smaller)\b[^?]*?\bthan"
# 'above the national rate', 'a larger share of their municipal waste than the EU-27 average' (a number after it is a bound
# of its own: THRESHOLD's)
_LEVEL = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\s+(?:that\s+of\s+)?(?:the|its|their)\s+(?P<rest>[^?\d$€£¥][^?]*)",
                    re.I)
_TAIL = re.compile(r"\s+(?:in|over|during|for|from|between|through|on|across|since|at|as\s+of)\b.*$|\s*[,;(].*$", re.I)
# the words of a level's phrase that name no line ('the national rate', 'the EU-27 average share')
_FILLER = frozenset("the a an of rate level figure value share average mean".split())
# a line standing for the items together that the phrase may name: a whole, a mean, a national or all-items line
_LEVEL_LABEL = re.compile(r"\b(?:average|mean|median|national|overall|total|all|industry|group|market|composite)\b", re.I)


def level_asked(question: str) -> tuple[bool, str] | None:
    """(above, phrase) when the question meets each item against a level another line sets ('above the national
    rate'), the phrase cut before its period; None when it asks none (or its bound is a number)."""
    m = _LEVEL.search(question)
    if m is None or re.search(r"\b(?:faster|slower|quickly|rapidly|slowly)\b", question[:m.end("rest")], re.I):
        return None  # 'grew faster than the total': a rival's change (rival_bound)
    phrase = _TAIL.sub("", m.group("rest")).strip()
    return (m.group("up") is not None, phrase) if phrase else None


def level_line(lines: Sequence[str], phrase: str) -> str | None:
    """The one line whose label's words the phrase all says ('National' of 'national rate', 'EU-27 average'), a line
    of the items together (a whole, a mean, a national line); None when none or several are."""
    said = [stem(w) for w in words(phrase)]
    named = []
    for line in lines:
        leaf = unmarked_label(line.split(SEP)[-1])
        own = [stem(w) for w in words(leaf)]
        if own and all(any(stems_meet(o, s) for s in said) for o in own) and (whole_or_mean(leaf) or _LEVEL_LABEL.search(leaf)):
            named.append(line)
    return named[0] if len(named) == 1 else None


def _said_row(table: Table, question: str) -> str | None:
    """The one row whose whole label the question writes ('H1 2025'): the period a turned table measures in."""
    found = [r for r in table.rows if (leaf := r.split(SEP)[-1].strip())
             and re.search(rf"(?<![\w-]){re.escape(leaf)}(?![\w-])", question, re.I)]
    return found[0] if len(found) == 1 else None


_BELOW_MARK = re.compile(r"^\s*<\s*(\d+(?:\.\d+)?)\s*%?\s*$")  # '<1': a figure below 1, too small to print


def _figures(table: Table, level: float | None = None) -> dict[tuple[str, str], Cell]:
    """The table's cells with a figure by (row, column); a cell printed as below a bound ('<1') read at its bound when
    the level is no lower (whatever its figure, it falls below the level)."""
    out = {}
    for c in table.cells:
        if c.value is not None:
            out[(c.row, c.column)] = c
        elif level is not None and (m := _BELOW_MARK.match(c.text)) and float(m.group(1)) <= level:
            out[(c.row, c.column)] = replace(c, value=float(m.group(1)) - 1e-9)
    return out


def _read(table: Table, question: str, phrase: str, years: Sequence[int]) -> tuple[list[Cell], Cell] | None:
    """(the items' cells, the level's cell) of one table: the level a row and the items the other item rows in the
    column named (or the year's), or the level a column and the items the other columns in the row the question
    writes; None when the table reads neither way whole."""
    figures = _figures(table)
    rest = question.replace(phrase, " ")
    row = level_line(table.rows, phrase)
    if row is not None:
        column = named_column(table, rest) or (column_for(table, years[0], rest) if len(set(years)) == 1 else None)
        valued = [c for c in table.columns if any(col == c for _, col in figures)]
        column = column or (valued[0] if len(valued) == 1 else None)
        items = [r for r in item_rows(table, question) if r != row and not residual(r.split(SEP)[-1])]
        if column is not None and (row, column) in figures:
            figures = _figures(table, figures[(row, column)].value)
        if column is None or (row, column) not in figures or len(items) < 2 or not all((r, column) in figures for r in items):
            return None
        return [figures[(r, column)] for r in items], figures[(row, column)]
    col = level_line(table.columns, phrase)
    measured = _said_row(table, rest) if col is not None else None
    if measured is None or (measured, col) not in figures:
        return None
    shared = {year_of(c) for c in table.columns}  # a year heading every column ('Year ended 31 December 2024') is none's own
    items = [c for c in table.columns if c != col and (year_of(c) is None or len(shared) == 1)
             and not whole_or_mean(c.split(SEP)[-1])
             and not TOTAL_ROW.match(c.split(SEP)[-1])]
    if len(items) < 2 or not all((measured, c) in figures for c in items):
        return None
    return [figures[(measured, c)] for c in items], figures[(measured, col)]


def level_meeting(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], years: Sequence[int],
                  backend: str) -> Answer | None:
    """The count ('how many') or names ('which') of the items whose figure is above (or below) the level the line the
    question names sets, every item's figure and the level shown; None unless one table reads so, in one unit."""
    counted = bool(HOW_MANY_ROWS.match(question))
    asked = level_asked(question)
    if asked is None or not (counted or WHICH_ITEMS.match(question)):
        return None
    above, phrase = asked
    read = one_table((passage, table, got) for passage, table in tables
                     if (got := _read(table, question, phrase, years)) is not None)
    if read is None:
        return None
    passage, table, (cells, level) = read
    if any(c.unit != level.unit for c in cells):
        return None
    met = [c for c in cells if (c.value > level.value if above else c.value < level.value)]
    if not met:
        return None
    turned = level.row == cells[0].row
    item = (lambda c: c.column.split(SEP)[-1]) if turned else (lambda c: c.row.split(SEP)[-1])
    figures = "; ".join(f"{item(c)}: {scaled(c)}" for c in cells) + f"; against ({item(level)}): {scaled(level)}"
    figures = f"{level.row.split(SEP)[-1]} — {figures}" if turned else figures  # the period measured in
    return met_answer(ctx, RowHit(passage, table, level.row, 0.0), cells, met, item, counted, backend, figures=figures)
