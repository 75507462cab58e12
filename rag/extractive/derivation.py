"""A computed result as a cited answer: cells taken as operands (a nil dash is zero), the operation
applied in exact decimals, and the derivation written with the operands as the table writes them."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from ingest.tables import SEP, Cell

from .. import compute
from ..types import Answer, AnswerContext
from .asked_scale import result_in_asked_scale
from .cells import RowHit
from .ratio_rows import row_takes_no_scale
from .shape_text import citation_n, per_unit, shaped_answer, with_scale

# a dash a table writes for a figure ('—', '–', '-', '$—'): nil, the figure is zero
NIL = re.compile(r"^\s*\$?\s*[—–-]\s*$")


def nil_as_zero(cell: Cell) -> Cell:
    """A nil dash cell as the figure 0, the text kept as the table writes it for the checker."""
    return replace(cell, value=0.0) if cell.value is None and NIL.match(cell.text) else cell


def tidy(c: compute.Computed) -> compute.Computed:
    """The result to two decimals at most, trailing zeros dropped (the derivation says the same)."""
    q = c.exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if q == 0:
        q = abs(q)
    grouped = any(o.grouped for o in c.operands)
    s = f"{q:,.2f}" if grouped or abs(q) >= 10_000 else f"{q:.2f}"
    s = s.rstrip("0").rstrip(".") if "." in s else s
    # a change or average of percentages is in percent (points)
    suffix = "%" if c.text.endswith("%") or c.unit == "%" else "x" if c.text.endswith("x") else ""
    text = s + suffix
    formula = _formula(c.op, [shown(o) for o in c.operands], c.years)
    return replace(c, result=Decimal(s.replace(",", "")), text=text, derivation=f"{formula} = {text}")


def operand(cell: Cell, citation: int) -> compute.Operand:
    """A cell as an operand; a '%' unit only when the cell writes it (the checker reads what is written)."""
    if cell.value == 0 and NIL.match(cell.text):  # a nil dash: zero, in the row's scale
        return compute.Operand(Decimal(0), 0, cell.column.split(SEP)[-1], citation, None, cell.scale, False,
                               cell.row, cell.column)
    o = compute.Operand.from_cell(cell, citation)
    return replace(o, unit=None) if o.unit == "%" and "%" not in cell.text else o


def formula_of(op: str, written: list[str], years: int | None = None) -> str:
    """The arithmetic of `op` over operands written as given ('2.6 trillion', '(44.1)')."""
    return _formula(op, written, years)


def _formula(op: str, written: list[str], years: int | None = None) -> str:
    """The arithmetic written with the operands as the table writes them ('4.00%', '(44.1)')."""
    if op == "annual_average":
        return f"({' + '.join(written)}) / {years}"
    if op == "annual_change":  # the change over the years between the two
        return f"({written[0]} - {written[1]}) / {years}"
    if op == "cagr":  # the compound rate a year over `years`
        return f"({written[0]} / {written[1]})^(1/{years}) - 1"
    if op in ("change", "complement"):
        return f"{written[0]} - {written[1]}"
    if op == "remainder":  # the whole less the parts together
        return f"{written[0]} - ({' + '.join(written[1:])})"
    if op == "percent_change":
        return f"({written[0]} - {written[1]}) / {written[1]}"
    if op == "complement_share":  # what the whole holds besides the part, of the whole
        return f"({written[0]} - {written[1]}) / {written[0]}"
    if op == "multiple":
        return f"{written[0]} / {written[1]}"
    if op == "average":
        return f"({' + '.join(written)}) / {len(written)}"
    if op == "sum":
        return " + ".join(written)
    if op == "parts_share":  # the parts held together, of their whole
        return f"({' + '.join(written[:-1])}) / {written[-1]}"
    if op == "share_of_parts":  # the part, of the whole its parts make
        return f"{written[0]} / ({' + '.join(written[1:])})"
    if op == "average_change":  # the later (or larger) period's mean less the other's
        half = len(written) // 2
        return " - ".join(f"({' + '.join(side)}) / {half}" for side in (written[:half], written[half:]))
    return f"{written[0]} / {written[1]}"  # ratio, share


def shown(o: compute.Operand) -> str:
    """The operand as the table writes it: '1,496.5', '(44.1)', '4.00%'."""
    s = f"{abs(o.value):,.{o.places}f}" if o.grouped else f"{abs(o.value):.{o.places}f}"
    s = f"{s}%" if o.unit == "%" else s
    return f"({s})" if o.value < 0 else s


def computed_answer(ctx: AnswerContext, hits: list[RowHit], c: compute.Computed, backend: str) -> Answer:
    """The result and its derivation in the lead, then each operand with its row, period and citation."""

    c = tidy(c)
    # figures a share ('earnings per share (cents)') or ratios of two measures ('Net debt to EBITDA') are not in
    # the table's millions
    unscaled = all(per_unit(h.row) or row_takes_no_scale(h.row, shown(o)) for h, o in zip(hits, c.operands))
    lead = with_scale(c.text, c.scale, c.unit) if c.scale and c.unit not in ("%", "x") and not unscaled else c.text
    worked = c.derivation
    asked = result_in_asked_scale(ctx.question, c.result, c.scale, c.unit) if not unscaled else None
    if asked is not None:  # 'the change in JPY billion' of figures in JPY 100 million: the result converted exactly
        worked, lead = f"{worked}; {lead} = {asked}", asked
    names = {"percent_change": "percentage change", "sum": "total", "share_of_parts": "share",
             "average_change": "change of the average",
             "annual_average": "annual average", "annual_change": "average annual change",
             "cagr": "compound annual growth rate"}
    operands = "; ".join(f"{h.row} ({o.label}): {shown(o)} [{citation_n(ctx, hits, h)}]"
                         for h, o in zip(hits, c.operands))
    text = f"**{lead}** — {names.get(c.op, c.op)}: {worked}. From {operands}."
    d = c.as_dict()
    if unscaled:  # rows that take no scale (ratios of two measures, per-share figures) give a result with none
        d["scale"] = None
    return shaped_answer(ctx, hits, text, lead, "computed", backend, derivation=d)


def calculate(op: str, operands: list[compute.Operand]) -> compute.Computed | None:
    """The operation over the operands in exact decimals; None when they cannot give it (a zero base)."""
    try:
        if op == "change":
            return compute.change(operands[0], operands[1])
        if op == "percent_change":
            return compute.percent_change(operands[0], operands[1])
        if op == "average":
            return compute.average(operands)
        if op == "sum":
            return compute.total(operands)
        if op == "multiple":
            return compute.multiple(operands[0], operands[1])
        if op == "share":  # a part's share of a whole is of their sizes: a deduction '(111)' is 111 of it
            return compute.share(*[replace(o, value=abs(o.value)) for o in operands])
        return compute.ratio(operands[0], operands[1])
    except (compute.ComputeError, IndexError):
        return None


def summed_answer(ctx: AnswerContext, hits: list[RowHit | None], cells: list[Cell], backend: str) -> Answer | None:
    """The sum of `cells`, each cited by its located row in `hits`; None when a row is not located or
    the sum is not computed."""
    if any(h is None for h in hits):
        return None
    result = calculate("sum", [operand(c, citation_n(ctx, hits, h)) for h, c in zip(hits, cells)])
    return computed_answer(ctx, hits, result, backend) if result is not None else None
