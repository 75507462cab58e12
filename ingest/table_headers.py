"""A table grid's header rows: how many head it, the caption lines above its headings, each column's merged
heading path with unit notes left out, and the column naming the rows (tables.read_grid reads the cells under them)."""

from __future__ import annotations

import re

from .cell_values import is_numeric, unit_of
from .row_lines import SEP

Grid = list[list[str]]

_NOTE = re.compile(r"\(?\s*(?:in\s*)?(?:U\.S\.\s*\$|US\$|HK\$|[$€£¥]|USD|RMB|EUR|GBP|HKD|JPY|dollars|euros?)?\s*(?:in\s*)?"
                   r"(?:thousands?|millions?|billions?|['‘’]000s?|000s|m|bn|k)?\s*\)?", re.I)
# what a unit note exempts: '(In thousands, except percentages)', '(in millions, except per share data)'
_EXCEPT = re.compile(r"\s*[,;]?\s*\b(?:except|excluding|other than)\b[^()]*\)?\s*$", re.I)


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
        if not data and not (row[0] and (is_note(row[0]) or _heads_header(_after_caption(grid, k + 1)))):
            break
        n = k + 1
    if not any(is_numeric(c) for row in grid[n:] for c in row[1:] if c):
        return 1
    return max(1, n)


def _after_caption(grid: Grid, k: int) -> list[str]:
    """The first row from k on that holds more than a first cell: a title, a unit line and a source line
    stacked above the column headings head the table together, as one such line does."""
    return next((row for row in grid[k:-1] if any(row[1:]) or not row[0]), grid[k])


def caption_lines(header: Grid) -> int:
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
    return [SEP.join([p for p in parts if not is_note(p)] or parts) for parts in header_parts(header, width)]


def header_parts(header: Grid, width: int) -> list[list[str]]:
    filled = []
    for depth, row in enumerate(header):
        row = (row + [""] * width)[:width]
        if depth < len(header) - 1:
            labels = [i for i in range(1, width) if row[i]]
            if not labels and row[0] and not is_note(row[0]):  # 'October 31,' over the years
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


def is_note(text: str) -> bool:
    """A header cell that only states a unit or scale: '(Dollars in millions)', '(In thousands)', '£m',
    also with the figures it exempts ('(In thousands, except percentages)')."""
    text = _EXCEPT.sub(")" if text.strip().startswith("(") else "", text.strip())
    return bool(_NOTE.fullmatch(text.strip())) and any(unit_of(text))


def row_note(header: Grid, label: int) -> str:
    """The unit notes of header rows that hold nothing else ('', '', '(In thousands)', ''): notes
    printed over one data column that state the scale of the whole table."""
    notes = []
    for row in header:
        filled = [c for i, c in enumerate(row) if c.strip() and i != label]
        if len(filled) == 1 and not row[label].strip() and is_note(filled[0]):
            notes.append(filled[0])
    return " ".join(notes)


def label_column(data: Grid, width: int) -> int:
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
