"""Computed answers: change, percentage change, average, sum, ratio, share, growth multiple and CAGR
of figures read from table cells or sentences, in exact decimal arithmetic, rounded as the report
writes its figures, each with the derivation a reader (and the figure checker) can re-compute."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal, DivisionByZero, InvalidOperation, localcontext

from ingest.figures import SCALE_NAME, SCALE_NAMES, SCALES
from ingest.tables import Cell, Table

_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


class ComputeError(ValueError):
    """The figures cannot give this result (a zero base, too few operands, a missing value)."""


@dataclass(frozen=True)
class Operand:
    """A figure taken into a computation: its exact value, how the report writes it, where it is from."""

    value: Decimal
    places: int                    # decimals the report writes it with
    label: str = ""                # what it is ("2019", "Total sales 2019")
    citation: int | None = None    # the [n] of the passage that holds it
    unit: str | None = None
    scale: str | None = None
    grouped: bool = False          # written with thousands separators
    row: str = ""                  # a table cell's row label ("Revenue"), "" for a figure of prose
    column: str = ""               # a table cell's column header path ("2024 › France"), "" for a figure of prose

    @classmethod
    def of(cls, figure: str | float | int | Decimal, label: str = "", citation: int | None = None,
           unit: str | None = None, scale: str | None = None) -> "Operand":
        """From a figure as written ("(1,234.5)", "$63.4", "41%") or a number."""
        if isinstance(figure, str):
            value, places, grouped = parse_decimal(figure)
        else:
            value = Decimal(str(figure))
            places, grouped = max(0, -value.as_tuple().exponent), False
        return cls(value, places, label, citation, unit, scale, grouped)

    @classmethod
    def from_cell(cls, cell: Cell, citation: int | None = None, label: str | None = None) -> "Operand":
        """A table cell, labelled by its column (the period) unless a label is given."""
        if cell.value is None:
            raise ComputeError(f"{cell.row} / {cell.column}: the cell holds no figure ({cell.text!r})")
        value, places, grouped = parse_decimal(cell.text)
        if cell.value < 0 and value > 0:
            value = -value
        return cls(value, places, label if label is not None else cell.column.split(" › ")[-1],
                   citation, cell.unit, cell.scale, grouped, cell.row, cell.column)


def cell_operands(derivation: dict | None) -> list[dict]:
    """A derivation's operands read from table cells (their row and column recorded), not figures of prose."""
    return [o for o in (derivation or {}).get("operands", []) if o.get("row") and o.get("column")]


def operands_of(table: Table, row_label: str, columns: Sequence[str], citation: int | None = None) -> list[Operand]:
    """The figures of one row in the given columns (periods), in that order: the operands of
    'change in X from 2018 to 2019' are operands_of(table, "X", ["2019", "2018"])."""
    out = []
    for column in columns:
        cell = table.cell(row_label, column)
        if cell is None:
            raise ComputeError(f"the table has no cell for {row_label!r} in {column!r}")
        out.append(Operand.from_cell(cell, citation))
    return out


@dataclass(frozen=True)
class Computed:
    """A computed figure with its operands and derivation ("(1,496.5 - 1,202.9) / 1,202.9 = 24.4%")."""

    op: str
    operands: tuple[Operand, ...]
    result: Decimal          # rounded as shown
    text: str                # the result as written: "293.6", "24.4%", "1.32x"
    derivation: str
    exact: Decimal           # before rounding
    unit: str | None = None  # of the result: "%", "x", or the operands' common unit
    scale: str | None = None
    years: int | None = None  # the years an annual average divides by

    def as_dict(self) -> dict:
        """The `derivation` JSON of an answer: {"op", "operands": [{"value", "label", "citation", "row", "column",
        "unit", "scale"}], "result"}; a cell's operand carries its row label and column header path."""
        out = {"op": self.op, "operands": [{"value": _fmt(o.value, o.places, o.grouped), "label": o.label,
                                            "citation": o.citation, "row": o.row, "column": o.column,
                                            "unit": o.unit, "scale": o.scale} for o in self.operands],
               "result": self.text, "derivation": self.derivation, "unit": self.unit, "scale": self.scale}
        if self.years is not None:
            out["years"] = self.years
        return out


def parse_decimal(text: str) -> tuple[Decimal, int, bool]:
    m = _NUMBER.search(text)
    if not m:
        raise ComputeError(f"no figure in {text!r}")
    raw = m.group(0)
    value = Decimal(raw.replace(",", ""))
    before, after = text[:m.start()], text[m.end():]
    if ("(" in before and ")" in after) or re.search(r"[-−–]", before):
        value = -value
    return value, len(m.group(1) or ""), "," in raw


def _fmt(value: Decimal, places: int, grouped: bool) -> str:
    q = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP) if places >= 0 else value
    return f"{q:,.{places}f}" if grouped or abs(q) >= 10_000 else f"{q:.{places}f}"


def _show(o: Operand) -> str:
    s = _fmt(o.value, o.places, o.grouped)
    return f"({s})" if o.value < 0 else s


def _common(operands: Sequence[Operand]) -> tuple[str | None, str | None]:
    units = {(o.unit, o.scale) for o in operands}
    return units.pop() if len(units) == 1 else (None, None)


def _result(op: str, operands: Sequence[Operand], exact: Decimal, formula: str, places: int,
            suffix: str = "", unit: str | None = None, scale: str | None = None) -> Computed:
    grouped = any(o.grouped for o in operands)
    shown = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if shown == 0:
        shown = abs(shown)  # no "-0.0"
    text = _fmt(shown, places, grouped) + suffix
    return Computed(op, tuple(operands), shown, text, f"{formula} = {text}", exact, unit, scale)


def _places(operands: Sequence[Operand], at_least: int = 0) -> int:
    return max([at_least] + [o.places for o in operands])


def _checked(operands: Sequence[Operand], n: int | None = None, least: int = 1) -> None:
    if n is not None and len(operands) != n:
        raise ComputeError(f"needs {n} figures, got {len(operands)}")
    if len(operands) < least:
        raise ComputeError(f"needs at least {least} figures, got {len(operands)}")


def _divide(a: Decimal, b: Decimal) -> Decimal:
    if b == 0:
        raise ComputeError("division by zero: the base figure is 0")
    with localcontext() as ctx:
        ctx.prec = 40
        try:
            return a / b
        except (DivisionByZero, InvalidOperation) as exc:  # pragma: no cover - guarded above
            raise ComputeError(str(exc)) from exc


# -- operations ------------------------------------------------------------------------------------
def change(new: Operand, old: Operand) -> Computed:
    """new - old, in the operands' unit and scale: '44.1 - 56.7 = -12.6'."""
    unit, scale = _common([new, old])
    return _result("change", [new, old], new.value - old.value, f"{_show(new)} - {_show(old)}",
                   _places([new, old]), unit=unit, scale=scale)


def percent_change(new: Operand, old: Operand, places: int | None = None) -> Computed:
    """(new - old) / old as a percentage: '(1,496.5 - 1,202.9) / 1,202.9 = 24.4%'."""
    exact = _divide(new.value - old.value, old.value) * 100
    return _result("percent_change", [new, old], exact, f"({_show(new)} - {_show(old)}) / {_show(old)}",
                   _places([new, old], 1) if places is None else places, "%", unit="%")


def average(operands: Sequence[Operand]) -> Computed:
    """The mean: '(1,496.5 + 1,202.9 + 1,107.7) / 3 = 1,269.0'."""
    _checked(operands, least=2)
    unit, scale = _common(operands)
    exact = _divide(sum((o.value for o in operands), Decimal(0)), Decimal(len(operands)))
    formula = f"({' + '.join(_show(o) for o in operands)}) / {len(operands)}"
    return _result("average", operands, exact, formula, _places(operands), unit=unit, scale=scale)


def annual_average(operands: Sequence[Operand], years: int) -> Computed:
    """The mean per year of figures that together cover `years` years (a column may span several,
    '2021-2022'): '(4,143 + 7,111 + 3,686) / 5 = 2,988'."""
    _checked(operands, least=1)
    if years < len(operands):
        raise ComputeError(f"{len(operands)} figures cannot cover only {years} years")
    unit, scale = _common(operands)
    exact = _divide(sum((o.value for o in operands), Decimal(0)), Decimal(years))
    formula = f"({' + '.join(_show(o) for o in operands)}) / {years}"
    return replace(_result("annual_average", operands, exact, formula, _places(operands), unit=unit, scale=scale),
                   years=years)


def annual_change(new: Operand, old: Operand, years: int) -> Computed:
    """The average change per year between two years `years` apart: '(4,500 - 1,075) / 2 = 1,712.5'."""
    if years < 1:
        raise ComputeError("an annual change needs two different years")
    unit, scale = _common([new, old])
    exact = _divide(new.value - old.value, Decimal(years))
    formula = f"({_show(new)} - {_show(old)}) / {years}"
    return replace(_result("annual_change", [new, old], exact, formula, _places([new, old], 1), unit=unit, scale=scale),
                   years=years)


def total(operands: Sequence[Operand]) -> Computed:
    """The sum: '1,496.5 + 1,202.9 = 2,699.4'."""
    _checked(operands, least=2)
    unit, scale = _common(operands)
    return _result("sum", operands, sum((o.value for o in operands), Decimal(0)),
                   " + ".join(_show(o) for o in operands), _places(operands), unit=unit, scale=scale)


def ratio(numerator: Operand, denominator: Operand, places: int | None = None) -> Computed:
    """numerator / denominator: '1,496.5 / 1,202.9 = 1.24'."""
    exact = _divide(numerator.value, denominator.value)
    return _result("ratio", [numerator, denominator], exact, f"{_show(numerator)} / {_show(denominator)}",
                   _places([numerator, denominator], 2) if places is None else places)


def complement(whole: Operand, part: Operand) -> Computed:
    """What the whole holds besides the part: '855,000 - 612,840 = 242,160'."""
    return replace(change(whole, part), op="complement")


def remainder(whole: Operand, parts: Sequence[Operand]) -> Computed:
    """What the whole holds besides several parts together: '100.0 - (36.5 + 26.4) = 37.1'."""
    _checked(parts, least=1)
    unit, scale = _common([whole, *parts])
    exact = whole.value - sum((p.value for p in parts), Decimal(0))
    return _result("remainder", [whole, *parts], exact, f"{_show(whole)} - ({' + '.join(_show(p) for p in parts)})",
                   _places([whole, *parts]), unit=unit, scale=scale)


def complement_share(whole: Operand, part: Operand, places: int | None = None) -> Computed:
    """What the whole holds besides the part, as a percentage of the whole: '(4,899.8 - 2,846.3) / 4,899.8 = 41.9%'."""
    exact = _divide(whole.value - part.value, whole.value) * 100
    return _result("complement_share", [whole, part], exact, f"({_show(whole)} - {_show(part)}) / {_show(whole)}",
                   _places([whole, part], 1) if places is None else places, "%", unit="%")


def share(part: Operand, whole: Operand, places: int | None = None) -> Computed:
    """part / whole as a percentage: '112.5 / 1,496.5 = 7.5%'."""
    exact = _divide(part.value, whole.value) * 100
    return _result("share", [part, whole], exact, f"{_show(part)} / {_show(whole)}",
                   _places([part, whole], 1) if places is None else places, "%", unit="%")


def parts_share(parts: Sequence[Operand], whole: Operand, places: int | None = None) -> Computed:
    """Several parts held together as a percentage of their whole: '(22.5 + 14.0 + 12.8) / 90.0 = 54.78%'."""
    _checked(parts, least=1)
    exact = _divide(sum((p.value for p in parts), Decimal(0)), whole.value) * 100
    return _result("parts_share", [*parts, whole], exact,
                   f"({' + '.join(_show(p) for p in parts)}) / {_show(whole)}",
                   _places([*parts, whole], 1) if places is None else places, "%", unit="%")


def share_of_parts(part: Operand, parts: Sequence[Operand], places: int | None = None) -> Computed:
    """A part as a percentage of the whole its parts make: '54.0 / (61.5 + 54.0) = 46.75%' (the part among them)."""
    _checked(parts, least=2)
    exact = _divide(part.value, sum((p.value for p in parts), Decimal(0))) * 100
    return _result("share_of_parts", [part, *parts], exact, f"{_show(part)} / ({' + '.join(_show(p) for p in parts)})",
                   _places([part, *parts], 1) if places is None else places, "%", unit="%")


def part_of(portion: Operand | Sequence[Operand], whole: Operand, places: int | None = None) -> Computed:
    """A percentage of a whole: '34% x 30,000 = 10,200' (written with the whole's decimals, or `places`); several
    portions held together are their sum's: '(34% + 15%) × 30,000 = 14,700'."""
    portions = [portion] if isinstance(portion, Operand) else list(portion)
    _checked(portions, least=1)
    exact = whole.value * sum((p.value for p in portions), Decimal(0)) / 100
    shown = f"{_show(portions[0])}%" if len(portions) == 1 else f"({' + '.join(_show(p) + '%' for p in portions)})"
    return _result("part_of", [*portions, whole], exact, f"{shown} × {_show(whole)}",
                   whole.places if places is None else places, unit=whole.unit, scale=whole.scale)


def before_change(after: Operand, rate: Operand) -> Computed:
    """The amount before a change by `rate` percent that reached `after`: '34.5 / (1 + 4.7%) = 33.0'
    (written with the later amount's decimals); a fall is a negative rate."""
    _checked([after, rate], n=2)
    exact = _divide(after.value, 1 + rate.value / 100)
    return _result("before_change", [after, rate], exact, f"{_show(after)} / (1 + {_show(rate)}%)", after.places,
                   unit=after.unit, scale=after.scale)


def multiple(new: Operand, old: Operand, places: int | None = None) -> Computed:
    """How many times old new is: '63.4 / 47.9 = 1.32x'."""
    exact = _divide(new.value, old.value)
    return _result("multiple", [new, old], exact, f"{_show(new)} / {_show(old)}",
                   _places([new, old], 2) if places is None else places, "x", unit="x")


def cagr(last: Operand, first: Operand, years: int, places: int | None = None) -> Computed:
    """Compound annual growth over `years`: '(63.4 / 47.9)^(1/1) - 1 = 32.4%'."""
    if years <= 0:
        raise ComputeError(f"CAGR needs a positive number of years, got {years}")
    base = _divide(last.value, first.value)
    if base <= 0:
        raise ComputeError("CAGR needs two figures of the same sign")
    with localcontext() as ctx:
        ctx.prec = 40
        exact = (base ** (Decimal(1) / Decimal(years)) - 1) * 100
    return _result("cagr", [last, first], exact, f"({_show(last)} / {_show(first)})^(1/{years}) - 1",
                   _places([last, first], 1) if places is None else places, "%", unit="%")


def average_change(new: Sequence[Operand], old: Sequence[Operand]) -> Computed:
    """The change of an average: mean(new) - mean(old), as many figures in each, '(4,411 + 4,044) / 2 -
    (4,044 + 3,316) / 2 = 547.5'; the operands are new's then old's."""
    _checked(new, least=2)
    _checked(old, n=len(new))
    unit, scale = _common([*new, *old])
    n = Decimal(len(new))
    exact = _divide(sum((o.value for o in new), Decimal(0)), n) - _divide(sum((o.value for o in old), Decimal(0)), n)
    formula = " - ".join(f"({' + '.join(_show(o) for o in side)}) / {len(new)}" for side in (new, old))
    return _result("average_change", [*new, *old], exact, formula, _places([*new, *old], 1), unit=unit, scale=scale)


def ratio_change(new: Sequence[Operand], old: Sequence[Operand]) -> Computed:
    """The change of a ratio: new[0] / new[1] - old[0] / old[1], to two decimals as a ratio is written,
    '121,041 / 154,619 - 73,202 / 90,093 = -0.03'; the operands are new's then old's."""
    _checked(new, n=2)
    _checked(old, n=2)
    exact = _divide(new[0].value, new[1].value) - _divide(old[0].value, old[1].value)
    formula = f"{_show(new[0])} / {_show(new[1])} - {_show(old[0])} / {_show(old[1])}"
    return _result("ratio_change", [*new, *old], exact, formula, _places([*new, *old], 2))


OPERATIONS = {"change": change, "percent_change": percent_change, "average": average, "sum": total,
              "ratio": ratio, "share": share, "multiple": multiple, "complement_share": complement_share}


# a figure written with its own scale word ('615.7 billion', '2.6 trillion')
_SCALE_WORD = re.compile(rf"\d\s*({SCALE_NAME})s?\b", re.I)
_FACTOR = {w: Decimal(int(SCALES[w])) for w in SCALE_NAMES}


def scale_factor(text: str) -> Decimal:
    """The size of the scale word written after a figure's number ('2.6 trillion': 10^12); 1 without one."""
    m = _SCALE_WORD.search(text)
    return _FACTOR[m.group(1).lower()] if m else Decimal(1)


def recompute(op: str, operands: Sequence[str], result: str, years: int | None = None) -> bool:
    """Whether `result` is what `op` gives for the figures as written (the figure checker's test of
    a derivation): same rounding as the result is written with, sign and all. Operands written in
    different scales ('2.6 trillion / 615.7 billion') are each taken at their full size."""
    try:
        ops = [Operand.of(o) for o in operands]
        want, places, _ = parse_decimal(result)
        factors = [scale_factor(o) for o in operands]
        mixed = len(set(factors)) > 1 and op != "before_change"  # a rate has no scale: the amount's stays
        if mixed:
            ops = [replace(o, value=o.value * f) for o, f in zip(ops, factors)]
        if op == "cagr":
            got = cagr(ops[0], ops[1], years or 0, places)
        elif op == "average_change":
            got = average_change(ops[:len(ops) // 2], ops[len(ops) // 2:]) if len(ops) % 2 == 0 else None
            if got is None:
                return False
        elif op == "annual_average":
            got = annual_average(ops, years or 0)
        elif op == "annual_change":
            _checked(ops, n=2)
            got = annual_change(ops[0], ops[1], years or 0)
        elif op == "ratio_change":  # the later ratio's two figures, then the earlier's
            _checked(ops, n=4)
            got = ratio_change(ops[:2], ops[2:])
        elif op in ("average", "sum"):
            got = OPERATIONS[op](ops)
        elif op in ("percent_change", "ratio", "share", "multiple", "complement_share"):
            _checked(ops, n=2)
            got = OPERATIONS[op](ops[0], ops[1], places)
        elif op in ("change", "complement"):
            _checked(ops, n=2)
            got = change(ops[0], ops[1])
        elif op == "before_change":  # the later amount, then the rate
            _checked(ops, n=2)
            got = before_change(ops[0], ops[1])
        elif op == "parts_share":  # the parts, then their whole
            _checked(ops, least=2)
            got = parts_share(ops[:-1], ops[-1], places)
        elif op == "share_of_parts":  # the part, then every part of the whole (the part among them)
            _checked(ops, least=3)
            got = share_of_parts(ops[0], ops[1:], places)
        elif op == "remainder":  # the whole, then the parts taken from it
            _checked(ops, least=2)
            got = remainder(ops[0], ops[1:])
        elif op == "part_of":  # the portions, then the whole
            _checked(ops, least=2)
            got = part_of(ops[:-1], ops[-1])
        else:
            return False
    except (ComputeError, KeyError, IndexError):
        return False
    # an amount per thing asked in another scale ('8.7 billion / 34 = 255.88 million'): the result at its own scale
    exact = got.exact / scale_factor(result) if mixed and op in ("change", "complement", "remainder", "sum", "average", "ratio") \
        else got.exact
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP) == want
