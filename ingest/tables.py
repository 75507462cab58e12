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

Grid = list[list[str]]

_NOTE = re.compile(r"\(?\s*(?:in\s*)?(?:U\.S\.\s*\$|US\$|HK\$|[$€£¥]|USD|RMB|EUR|GBP|HKD|JPY|dollars|euros?)?\s*(?:in\s*)?"
                   r"(?:thousands?|millions?|billions?|['‘’]000s?|000s|m|bn|k)?\s*\)?", re.I)
# what a unit note exempts: '(In thousands, except percentages)', '(in millions, except per share data)'
_EXCEPT = re.compile(r"\s*[,;]?\s*\b(?:except|excluding|other than)\b[^()]*\)?\s*$", re.I)
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
def split_side_by_side(grid: Grid) -> list[Grid]:
    """A table printed as halves ('Rank Name Share Rank Name Share') split into one grid per half."""
    header = grid[0]
    width = len(header)
    for n in (2, 3):
        if width % n == 0 and width >= 2 * n:
            part = header[: width // n]
            if any(part) and all(header[i * (width // n):(i + 1) * (width // n)] == part for i in range(n)):
                cols = width // n
                return [[row[h * cols:(h + 1) * cols] for row in grid] for h in range(n)]
    return [grid]


def header_count(grid: Grid) -> int:
    """Leading rows with something in the data columns and no figure there (years are headings),
    or only a first cell that states a unit or heads such a row; at least one, and (a table of
    words) just the first when no figures follow."""
    n = 0
    for k, row in enumerate(grid[:-1]):
        data = [c for c in row[1:] if c]
        if data and any(is_numeric(c) for c in data):
            break
        if not data and not (row[0] and (_is_note(row[0]) or _heads_header(_after_caption(grid, k + 1)))):
            break
        n = k + 1
    if not any(is_numeric(c) for row in grid[n:] for c in row[1:] if c):
        return 1
    return max(1, n)


def _after_caption(grid: Grid, k: int) -> list[str]:
    """The first row from k on that holds more than a first cell: a title, a unit line and a source line
    stacked above the column headings head the table together, as one such line does."""
    return next((row for row in grid[k:-1] if any(row[1:]) or not row[0]), grid[k])


def _caption_lines(header: Grid) -> int:
    """Leading lines holding only a first cell (a title, a unit or source line) above headings that name their
    own first column ('Region | 2023 | 2024'): the table's caption, no column heading. Over a blank first
    heading they head the columns ('October 31,' over '| 2019 | 2018')."""
    k = 0
    while k < len(header) - 1 and header[k][0] and not any(header[k][1:]):
        k += 1
    return k if header[k][0] else 0


def _heads_header(row: list[str]) -> bool:
    data = [c for c in row[1:] if c]
    return bool(data) and not any(is_numeric(c) for c in data)


def column_paths(header: Grid, width: int) -> list[str]:
    """Each column's header cells top-down, merged, unit notes ('(in millions)', '£m') left out.
    A lone label over the data columns spans them all; several labels each span the blanks to their right."""
    return [SEP.join([p for p in parts if not _is_note(p)] or parts) for parts in _header_parts(header, width)]


def _header_parts(header: Grid, width: int) -> list[list[str]]:
    filled = []
    for depth, row in enumerate(header):
        row = (row + [""] * width)[:width]
        if depth < len(header) - 1:
            labels = [i for i in range(1, width) if row[i]]
            if not labels and row[0] and not _is_note(row[0]):  # 'October 31,' over the years
                row = [""] + [row[0]] * (width - 1)
            elif len(labels) == 1 and _CHANGE_HEAD.search(row[labels[0]]) and _years_below(header[depth + 1], width):
                # 'Percent Change' over 'Actual | Constant' between '2019' and '2018': it heads the columns
                # below it that are no years (a year's own amounts are no change, nor percentages)
                below = (header[depth + 1] + [""] * width)[:width]
                row = [row[0]] + ["" if _YEAR_HEAD.search(below[i]) else row[labels[0]] for i in range(1, width)]
            elif len(labels) == 1:
                row = [row[0]] + [row[labels[0]]] * (width - 1)
            else:
                row = [row[0]] + [next((row[k] for k in range(i, 0, -1) if row[k]), "") for i in range(1, width)]
        filled.append(row)
    columns = []
    for i in range(width):
        parts: list[str] = []
        for row in filled:
            part = row[i].strip().rstrip(",:;").strip()
            if part and (not parts or parts[-1] != part):
                parts.append(part)
        columns.append(parts)
    return columns


_CHANGE_HEAD = re.compile(r"\b(?:change|variance|increase|decrease|growth)\b", re.I)
_YEAR_HEAD = re.compile(r"^\s*(?:FY|fiscal\s+)?(?:19|20)\d{2}\b", re.I)


def _years_below(row: list[str], width: int) -> bool:
    """The header row below heads some columns with a year ('2019', 'FY2018') and others not."""
    cells = [c for c in (row + [""] * width)[1:width] if c.strip()]
    years = [c for c in cells if _YEAR_HEAD.search(c)]
    return bool(years) and len(years) < len(cells)


def _is_note(text: str) -> bool:
    """A header cell that only states a unit or scale: '(Dollars in millions)', '(In thousands)', '£m',
    also with the figures it exempts ('(In thousands, except percentages)')."""
    text = _EXCEPT.sub(")" if text.strip().startswith("(") else "", text.strip())
    return bool(_NOTE.fullmatch(text.strip())) and any(unit_of(text))


def _row_note(header: Grid, label: int) -> str:
    """The unit notes of header rows that hold nothing else ('', '', '(In thousands)', ''): notes
    printed over one data column that state the scale of the whole table."""
    notes = []
    for row in header:
        filled = [c for i, c in enumerate(row) if c.strip() and i != label]
        if len(filled) == 1 and not row[label].strip() and _is_note(filled[0]):
            notes.append(filled[0])
    return " ".join(notes)


def _label_column(data: Grid, width: int) -> int:
    """The column that names the rows: the first of mostly words (rank columns are skipped), or a
    later one of words whose names do not repeat ('Model' when 'Company' repeats in a leaderboard)."""
    wordy = []
    for i in range(width):
        vals = [r[i] for r in data if i < len(r) and r[i]]
        if vals and sum(is_numeric(v) for v in vals) * 2 < len(vals):
            wordy.append((i, vals))
    if not wordy:
        return 0
    if wordy[0][0] == 0:
        return 0
    unique = [i for i, vals in wordy if len(set(vals)) == len(vals)]
    return unique[0] if unique else wordy[0][0]


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
    if lead := _caption_lines(grid[:n_head]):
        title = "\n".join(r[0].strip() for r in grid[:lead])
        caption = " ".join(c for c in [caption or ""] + [r[0] for r in grid[:lead]] if c)
        grid, n_head = grid[lead:], n_head - lead
    parts = _header_parts(grid[:n_head], width)
    paths = column_paths(grid[:n_head], width)
    data = [r for r in grid[n_head:] if any(r)]
    label = _label_column(data, width)
    values = [c for r in data for i, c in enumerate(r) if i != label and c]
    figures = bool(label == 0 and values and sum(is_numeric(v) for v in values) * 2 >= len(values))
    t_unit, t_scale = unit_of(" ".join(n for n in [caption or ""] + [r[label] for r in grid[:n_head]]
                                       + [_row_note(grid[:n_head], label)] if n))
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
        _spread_currency(table, labelled)
        _spread_percent(table, labelled)
        _unscale_years(table)
    lines = [figure_line(table, path, path in labelled) if figures else record_line(paths, r)
             for path, r in zip(table.rows, kept)]
    header_line = " | ".join(p for p in ([paths[label]] if figures else []) + (names if figures else paths) if p)
    return ReadTable(table, header_line, lines, title)


def _spread_currency(table: Table, labelled: set[str]) -> None:
    """Reports print the currency sign on a column's first and total rows only: a column whose
    figures show one currency and no percentages lends it to its bare figures."""
    for col in table.columns:
        units = {cell_unit(c.text) for c in table.cells if c.column == col and c.value is not None}
        money = units - {None}
        if len(money) != 1 or "%" in money or None not in units:
            continue
        cur = money.pop()
        table.cells = [Cell(c.row, c.column, c.text, c.value, cur, c.scale)
                       if c.column == col and c.unit is None and c.value is not None and c.row not in labelled else c
                       for c in table.cells]


def _spread_percent(table: Table, labelled: set[str]) -> None:
    """A common-size or rate table prints '%' on a column's first and closing figures only ('100.0 %',
    '40.0', ..., '7.2 %'): when both carry it and the figures between carry no unit, all are percentages."""
    for col in table.columns:
        cells = [c for c in table.cells if c.column == col and c.value is not None]
        if len(cells) < 3 or cells[0].unit != "%" or cells[-1].unit != "%" or any(c.unit not in ("%", None) for c in cells):
            continue
        table.cells = [Cell(c.row, c.column, c.text, c.value, "%", None)
                       if c.column == col and c.unit is None and c.value is not None and c.row not in labelled else c
                       for c in table.cells]


_DATE_HEAD = re.compile(r"\b(?:years?|dates?|expir\w*|matur\w*)\b", re.I)
_YEAR_TEXT = re.compile(r"(?:19|20)\d{2}\b[^\d]*")


def _unscale_years(table: Table) -> None:
    """A column headed as a year or date ('Last Fiscal Year of Expiration') whose figures are all
    years ('2027', '2039 or indefinite') holds dates: the table's scale is not theirs."""
    for col in table.columns:
        if not _DATE_HEAD.search(col.split(SEP)[-1]):
            continue
        cells = [c for c in table.cells if c.column == col and c.value is not None]
        if not cells or not all(_YEAR_TEXT.fullmatch(c.text.strip()) for c in cells):
            continue
        table.cells = [Cell(c.row, c.column, c.text, c.value, None, None) if c.column == col else c
                       for c in table.cells]


def read_block(lines: list[str], caption: str | None = None) -> list[ReadTable]:
    """A run of tab-separated lines as tables: side-by-side halves are separate tables, blocks
    stacked under their own header rows one table (ingest/table_blocks.py)."""
    from .table_blocks import read_lines

    return read_lines(lines, caption)
