"""Tables as cells: a grid of text rows becomes cells addressed by (row label path, column header
path), each with its value parsed as a figure and the unit and scale the table states, so the
answerer can read a cell and the index gets one self-contained line per row."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from .cell_values import (cell_unit, is_numeric, parse_value, per_label, per_label_scale, unit_of, unscaled_measure,
                          without_footnote_mark)
from .row_lines import SEP, figure_line, record_line
from .row_sums import decimal_places, reaches_above, sums
from .table_headers import Grid, caption_lines, column_paths, header_count, header_parts, label_column, row_note
from .unit_spread import spread_currency, spread_percent, unscale_years

OF_WHICH = re.compile(r"^\s*(?:of which|thereof|o/w)\b\s*:?\s*\S", re.I)  # 'Of which hypermarkets': a part of the row above
TOTAL_LABEL = re.compile(r"^\s*(?:total|net total|grand total|sub-?total)\b", re.I)  # a row adding up those above it (a subtotal closes its heading's rows)


@dataclass(frozen=True)
class Cell:
    """One table value: its row and column paths, the text as written and what it means."""

    row: str
    column: str
    text: str
    value: float | None = None   # the number as written, signed ("(1,234)" -> -1234.0); None when empty or text
    unit: str | None = None      # "%" or a currency code ("USD", "EUR"), when stated
    scale: str | None = None     # "thousand", "million", "billion", "100 million", when stated


@dataclass
class Table:
    """A table's cells, with the caption and the column header paths it was read with."""

    caption: str | None
    columns: list[str]
    rows: list[str]
    cells: list[Cell] = field(default_factory=list)
    unit: str | None = None
    scale: str | None = None
    title: str | None = None  # the grid's own title lines over its headings (part of `caption`): they name what every
    # column measures ('(Thousand wafers per month, ...)'), as a header part over all the columns once did
    derived: dict = field(default_factory=dict, init=False, repr=False, compare=False)  # values readers derive from
    # this table alone (its subtotal rows' addends), kept with it; `replace` starts a copy with none

    def cell(self, row_label: str, column: str) -> Cell | None:
        """The cell at (row, column); a label matches the full path, then its last part, then a word run."""
        row_hits = _matching(row_label, self.rows)
        col_hits = _matching(column, self.columns)
        for r in row_hits:
            for c in col_hits:
                for cell in self.cells:
                    if cell.row == r and cell.column == c:
                        return cell
        return None

    def row(self, row_label: str) -> list[Cell]:
        """The cells of the first row matching `row_label`, in column order."""
        hits = _matching(row_label, self.rows)
        return [c for c in self.cells if hits and c.row == hits[0]]

    def as_dict(self) -> dict:
        """Compact form: rows and columns by index, each cell [row, col, text, value, unit, scale]."""
        ri = {r: i for i, r in enumerate(self.rows)}
        ci = {c: i for i, c in enumerate(self.columns)}
        out: dict = {"k": self.columns, "r": self.rows,
                     "v": [[ri[c.row], ci[c.column], c.text, c.value, c.unit, c.scale] for c in self.cells]}
        for key, val in (("c", self.caption), ("u", self.unit), ("s", self.scale), ("t", self.title)):
            if val:
                out[key] = val
        return out

    @classmethod
    def from_dict(cls, d: dict) -> "Table":
        rows, cols = d["r"], d["k"]
        cells = [Cell(rows[r], cols[c], t, v, u, s) for r, c, t, v, u, s in d["v"]]
        return cls(d.get("c"), cols, rows, cells, d.get("u"), d.get("s"), d.get("t"))


def tables_to_json(tables: list[Table]) -> str:
    return json.dumps([t.as_dict() for t in tables], separators=(",", ":")) if tables else ""


def tables_from_json(text: str) -> list[Table]:
    return [Table.from_dict(d) for d in json.loads(text)] if text else []


def _norm(label: str) -> str:
    return " ".join(re.sub(r"[^\w%]+", " ", label.lower()).split())


def _matching(label: str, paths: list[str]) -> list[str]:
    want = _norm(label)
    for test in (lambda p: _norm(p) == want, lambda p: _norm(p.split(SEP)[-1]) == want,
                 lambda p: f" {want} " in f" {_norm(p)} "):
        hits = [p for p in paths if test(p)]
        if hits:
            return hits
    return []


# -- reading a grid ------------------------------------------------------------------------------
@dataclass
class ReadTable:
    """A parsed table and its rows as index lines."""

    table: Table
    header_line: str
    lines: list[str]  # line i renders table.rows[i]
    title: str = ""  # the grid's own caption lines above its headings, one per line: the passage writes them over
    # the header line, so their unit and measure words ('Thousand wafers per month') stay in the text the gates read


def read_grid(grid: Grid, caption: str | None = None) -> ReadTable:
    """Cells, header line and row lines of one table grid (a half of a side-by-side table)."""
    width = max(len(r) for r in grid)
    grid = [(r + [""] * width)[:width] for r in grid]
    n_head = header_count(grid)
    title = ""
    if lead := caption_lines(grid[:n_head]):
        title = "\n".join(r[0].strip() for r in grid[:lead])
        caption = " ".join(c for c in [caption or ""] + [r[0] for r in grid[:lead]] if c)
        grid, n_head = grid[lead:], n_head - lead
    parts = header_parts(grid[:n_head], width)
    paths = column_paths(grid[:n_head], width)
    data = [r for r in grid[n_head:] if any(r)]
    label = label_column(data, width)
    values = [c for r in data for i, c in enumerate(r) if i != label and c]
    figures = bool(label == 0 and values and sum(is_numeric(v) for v in values) * 2 >= len(values))
    t_unit, t_scale = unit_of(" ".join(n for n in [caption or ""] + [r[label] for r in grid[:n_head]]
                                       + [row_note(grid[:n_head], label)] if n))
    value_cols = [i for i in range(width) if i != label]
    names: list[str] = []
    for i in value_cols:  # unique names: cells are addressed by them
        name = paths[i] or f"Column {i + 1}"
        while name in names:
            name += " (2)"
        names.append(name)
    table = Table(caption, names, [], unit=t_unit, scale=t_scale, title=title or None)
    col_units = {i: unit_of(" ".join(parts[i])) for i in value_cols}
    per_cols = {i: per_label(col.split(SEP)[-1]) for i, col in zip(value_cols, names)}
    parent, p_unit, p_scale = "", None, None
    labelled: set[str] = set()  # rows whose label (or heading row) states their unit or scale
    kept: list[list[str]] = []  # data rows (not group headings), one per table.rows entry
    group: list[list[float | None]] = []  # the figures of the rows since the last heading or total
    seen: list[list[float | None]] = []  # the figures of every data row so far
    owner = ""  # the last row no 'of which' row: the one an 'Of which X' row is a part of
    starts: set[int] = {0}  # where in `seen` a run of rows begins: the table's start, a heading, after a total
    for r in data:
        name = re.sub(r"\s+\.$", "", r[label].strip().rstrip(":").strip())  # 'Total .': a stray full stop
        has_values = any(r[i] for i in value_cols)
        words_only = [r[i].strip() for i in value_cols if r[i].strip()]
        if figures and not name and len(words_only) == 1 and not is_numeric(words_only[0]):
            name, has_values = words_only[0].rstrip(":").strip(), False  # a heading printed in a value column
        if figures and name and not has_values:
            parent = name  # a label with no values heads the rows below it ('Revenue (EUR million)': and states their unit)
            starts.add(len(seen))
            p_unit, p_scale = unit_of(name)
            group, owner = [], ""
            continue
        own = [parse_value(r[i]) for i in value_cols]
        places = [decimal_places(r[i]) for i in value_cols]
        if figures and not name and sums(own, places, group, bool(parent)):
            name = "Total"  # an unlabelled row that adds up the rows above it is their total
        if figures and parent and group and reaches_above(own, places, seen, len(group), starts):
            parent, p_unit, p_scale = "", None, None  # a total of the heading's rows and rows above it is not the heading's
            group = []
        path = f"{parent}{SEP}{name}" if parent and name and figures else name or f"Row {len(table.rows) + 1}"
        part_of = owner if figures and owner and OF_WHICH.match(name) else ""
        if part_of:
            path = f"{part_of}{SEP}{name}"  # 'Stores at December 31, 2021 › Of which hypermarkets': its row's part
        while path in table.rows:
            path += " (2)"
        table.rows.append(path)
        r_unit, r_scale = unit_of(name)
        if parent and not (r_unit or r_scale):
            r_unit, r_scale = p_unit, p_scale
        if r_unit or r_scale or unscaled_measure(name):
            labelled.add(path)
        for i, col in zip(value_cols, names):
            text = r[i].strip()
            if not text:
                continue
            if figures and parse_value(text) is not None:
                text = without_footnote_mark(text)  # '518*': the figure is '518', its mark points to a note
            c_unit, c_scale = col_units[i]
            unit = cell_unit(text) or r_unit or c_unit or t_unit
            scale = None if unit == "%" or unscaled_measure(name) else (r_scale or c_scale or t_scale)
            if scale and per_cols[i] and not per_label(path):
                scale = per_label_scale(col.split(SEP)[-1])  # a price per tonne under 'Unit: thousand tonnes'
            if scale and per_label(path):
                scale = per_label_scale(path)  # 'Diluted net income per share' in a table in thousands
            table.cells.append(Cell(path, col, text, parse_value(text), unit, scale))
        if part_of:
            kept.append(r)
            continue  # a part of the row above adds nothing to the group's sum
        owner = path
        if figures and TOTAL_LABEL.match(name):
            parent, p_unit, p_scale = "", None, None  # a total closes its group
            group = []
            starts.add(len(seen) + 1)
        else:
            group.append(own)
        seen.append(own)
        kept.append(r)
    if figures:
        spread_currency(table, labelled)
        spread_percent(table, labelled)
        unscale_years(table)
    lines = [figure_line(table, path, path in labelled) if figures else record_line(paths, r)
             for path, r in zip(table.rows, kept)]
    header_line = " | ".join(p for p in ([paths[label]] if figures else []) + (names if figures else paths) if p)
    return ReadTable(table, header_line, lines, title)


def read_block(lines: list[str], caption: str | None = None) -> list[ReadTable]:
    """A run of tab-separated lines as tables: side-by-side halves are separate tables, blocks
    stacked under their own header rows one table (ingest/table_blocks.py)."""
    from .table_blocks import read_lines

    return read_lines(lines, caption)
