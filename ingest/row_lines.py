"""A table's rows written as index lines ('Total sales — 2019: $1,496.5; 2018: $1,202.9 (USD millions)'): each row
with its short column names, the period its header group names and its unit note, so a line reads well to a person
and to the embedding model, and the answerer reads the same names (`short_columns`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cell_values import cell_unit

if TYPE_CHECKING:
    from .tables import Cell, Table

SEP = " › "


def short_columns(columns: list[str]) -> dict[str, str]:
    """Column names without the header parts every column shares ('Years Ended … › 2019' -> '2019');
    the last part when paths differ in depth and that part is unique; else the whole path."""
    split = [c.split(SEP) for c in columns]
    if len(columns) > 1 and len({len(p) for p in split}) == 1:
        keep = [i for i in range(len(split[0])) if len({p[i] for p in split}) > 1]
        names = [SEP.join(p[i] for i in keep) for p in split]
        if keep and len(set(names)) == len(names):
            return dict(zip(columns, names))
    leaves = [p[-1] for p in split]
    return {c: (p[-1] if leaves.count(p[-1]) == 1 else c) for c, p in zip(columns, split)}


# a period as a header group writes it: 'end-2024', 'FY24', '2024/25', '2030E', 'Q3 2024', '2024'
_PERIOD = re.compile(r"(?<![\w/.,])(?:(?:end|mid|start|early|late)-|(?:FY|Q[1-4]|H[12])\s?)?(?:(?:19|20)\d{2}(?:[EF]\b|/\d{2,4})?)"
                     r"(?![\d/%])|\bFY\s?\d{2}\b", re.I)


def shared_period(columns: list[str], short: dict[str, str]) -> str | None:
    """The one period every column's header path names in a part the short names drop ('Public charge points,
    end-2024 (thousand) › AC', '… › DC' -> 'end-2024'): a row line would lose it, though it dates every cell."""
    if len(columns) < 2 or any(_PERIOD.search(short[c]) for c in columns):
        return None
    found = {tuple(m.group(0) for m in _PERIOD.finditer(c)) for c in columns}
    return found.pop()[0] if len(found) == 1 and len(next(iter(found))) == 1 else None


def record_line(paths: list[str], cells: list[str]) -> str:
    """'Rank: 10; Company name: MiniMax; Market share, %: 0.3%': a record named column by column."""
    return "; ".join(f"{name}: {value}" if name else value for name, value in zip(paths, cells) if value)


def figure_line(table: Table, path: str, label_has_unit: bool) -> str:
    """'Total sales — 2019: $1,496.5; 2018: $1,202.9 (USD millions)': a row with its columns and unit."""
    cells = [c for c in table.cells if c.row == path]
    short = short_columns(table.columns)
    line = f"{path} — " + "; ".join(f"{short[c.column]}: {c.text}" for c in cells)
    period = shared_period(table.columns, short)
    line = line if period is None else f"{line} ({period})"  # the header group's period dates the row's cells
    note = None if label_has_unit else unit_note(cells, {(c.unit, c.scale) for c in cells if c.value is not None})
    return f"{line} ({note})" if note else line


def unit_note(cells: list[Cell], units: set[tuple[str | None, str | None]]) -> str | None:
    """The closing note stating `units` when they are one (unit, scale): 'USD millions', 'millions', '%' (when some
    cell does not write it), a bare currency when no cell writes a unit; None otherwise."""
    if len(units) != 1:
        return None
    unit, scale = next(iter(units))
    if scale:
        return " ".join(p for p in (unit if unit != "%" else None, scale if " " in scale else scale + "s") if p)
    if unit == "%" and not all(c.text.endswith("%") for c in cells if c.value is not None):
        return "%"
    if unit and unit != "%" and all(cell_unit(c.text) is None for c in cells):
        return unit
    return None


def cells_note(cells: list[Cell]) -> str | None:
    """The unit note of a row's bare cells ('12,547.7' under 'EUR million') that its line does not write because a
    cell writes a unit of its own ('CAGR 2024-2030E: 10.7%'): the unit stays with the cells (the answerer reads it
    from the chunk's table) and the indexed line stays as it was; None when the line's own note states it or none."""
    figures = [c for c in cells if c.value is not None]
    bare = [c for c in figures if cell_unit(c.text) is None]
    if unit_note(cells, {(c.unit, c.scale) for c in figures}) is not None or not bare:
        return None
    return unit_note(cells, {(c.unit, c.scale) for c in bare})
