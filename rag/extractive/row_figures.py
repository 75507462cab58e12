"""The figure and comparison shapes: a row's cells in the periods asked, one figure or several side by side,
each cited; its own module so shapes.py holds the dispatch among shapes, not each shape's text."""

from __future__ import annotations

import re

from ..types import Answer, AnswerContext
from .asked_scale import in_asked_scale
from .cells import RowHit, cell_at, percent_asked, words
from .column_choice import column_for
from .periods import span_asked
from .prose_figure import restated
from .prose_over_row import prose_names_more
from .ratio_rows import takes_no_scale
from .shape_text import column_label, row_line, scaled, shaped_answer
from .slots import Slots
from ingest.tables import SEP

_PERCENT_ASKED = re.compile(r"\bpercent(age)?\b|%|\bproportion\b|\bratio\b", re.I)


def _named_percent(hit: RowHit, question: str):
    """The row's one percentage cell whose column the question names by all its words ('Share' for 'market share'),
    or None: a share asked of a row, the year's column being an amount."""
    said = set(words(question))
    found = [c for c in hit.table.cells if c.row == hit.row and c.value is not None and c.unit == "%"
             and (own := set(words(c.column.split(SEP)[-1]))) and own <= said]
    return found[0] if len(found) == 1 else None


def row_figures(ctx: AnswerContext, slots: Slots, hit: RowHit, backend: str) -> Answer | None:
    """One period: the figure with its period and row. Several: each figure with its period, cited."""
    cells = []
    spanned = next((c for c in hit.table.columns if span_asked(c.split(SEP)[-1], slots.periods, set(slots.terms))), None)
    spanned_cell = cell_at(hit, spanned) if spanned else None
    for year in slots.years if spanned_cell is None else ():  # 'CAGR 2024-2030E' for the CAGR over 2024-2030: one cell
        column = column_for(hit.table, year, ctx.question, hit.row)
        cell = cell_at(hit, column) if column else None
        if cell is None:
            return None
        cells.append((year, cell))
    cells = [(slots.years[-1], spanned_cell)] if spanned_cell is not None else cells
    if not cells:
        return None  # no period asked: no cell to read
    named = _named_percent(hit, ctx.question) if slots.unit == "percent" and len(cells) == 1 and cells[0][1].unit != "%" else None
    if named is not None:
        cells = [(cells[0][0], named)]  # 'Aurelle's market share in 2024': the row's 'Share' cell, not '2024 Revenue'
    if prose_names_more(ctx, hit, slots.years):
        return None  # a sentence names the row and what the table leaves unsaid: it states the figure
    if _PERCENT_ASKED.search(ctx.question) and any(c.unit != "%" for _, c in cells):
        return None  # a share or rate asked, a money cell found: not this figure
    if not percent_asked(ctx.question) and named is None and any(c.unit == "%" for _, c in cells):
        return None  # an amount asked, a percentage found
    if len(cells) == 1:
        year, cell = cells[0]
        # in the scale the question asks ('in RMB billion'), else as the page's prose writes it
        converted = in_asked_scale(ctx.question, cell)
        lead = converted or restated(ctx, cell, hit.row.split(" › ")[-1]) or scaled(cell)
        shown = f" {scaled(cell)} = {converted}." if converted else ""
        text = f"**{lead}** ({column_label(hit, cell)}).{shown} {row_line(hit)} [1]"
        return shaped_answer(ctx, [hit], text, lead, "figure", backend)
    # two periods: plain figures in the lead (the scale after it), each figure cited with its year
    lead = " and ".join(" ".join(c.text.split()).replace("$ ", "$") for _, c in cells)
    scale = cells[0][1].scale if cells[0][1].unit != "%" and not takes_no_scale(cells[0][1]) else None
    note = f" ({scale})" if scale else ""
    each = " vs ".join(f"{scaled(c)} in {column_label(hit, c)} [1]" for _, c in cells)
    text = f"**{lead}**{note}. {hit.row}: {each}."
    return shaped_answer(ctx, [hit], text, lead, "comparison", backend)
