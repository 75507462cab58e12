"""Tables printed in blocks: a run of tab-separated lines as tables, side-by-side halves split
(tables.split_side_by_side) and blocks stacked under their own header rows ('Fiscal 2019 | First
Quarter ...', the rows, then 'Fiscal 2018 | First Quarter ...' and the rows again) read as one table
with every block's columns."""

from __future__ import annotations

import re

from .cell_marks import joined_marks
from .cell_values import is_numeric, unit_of
from .row_lines import figure_line
from .table_headers import Grid, header_count, split_side_by_side
from .tables import SEP, ReadTable, Table, read_grid

def read_lines(lines: list[str], caption: str | None = None) -> list[ReadTable]:
    """A run of tab-separated lines as tables: side-by-side halves are separate tables, stacked
    blocks whose headers tell their columns apart one table."""
    grid = joined_marks([[c.strip() for c in line.split("\t")] for line in lines])  # '$' | '1,234' as '$1,234'
    out = []
    for part in split_side_by_side(grid):
        reads = [read_grid(b, caption) for b in split_stacked(part)]
        if len(reads) > 1 and not all(r.table.cells for r in reads):
            reads = [read_grid(part, caption)]  # a block without figures is no table of its own: one grid
        elif len(reads) > 1 and _mergeable(reads):  # blocks whose headers tell their columns apart: one table
            reads = [_merged(reads)]
        # blocks under headers naming the same columns ('Dec 2018 | Acquisitions' over 'Dec 2017 |
        # Acquisitions'): each block read under its own header, so its rows keep their own periods
        out.extend(reads)
    return out


_HEADING_CELL = re.compile(r"[A-Za-z]{2}|^(?:19|20)\d{2}$")  # words or a year, not '$-'


def split_stacked(grid: Grid) -> list[Grid]:
    """A table printed as blocks, each under its own header rows ('Fiscal 2019 | First Quarter ...'
    then the rows, then 'Fiscal 2018 | First Quarter ...' and the rows again): one grid per block.
    A block starts at a run of rows without figures, one of which fills two value columns or more
    with words, followed by a row of figures."""
    width = max((len(r) for r in grid), default=0)
    grid = [(r + [""] * width)[:width] for r in grid]
    starts = [0]
    i, seen_figures = header_count(grid), False
    while i < len(grid):
        if any(is_numeric(c) for c in grid[i][1:] if c):
            seen_figures = True
            i += 1
            continue
        j = i
        while j < len(grid) and not any(is_numeric(c) for c in grid[j][1:] if c):
            j += 1
        if seen_figures and j < len(grid) and any(sum(1 for c in grid[k][1:] if _HEADING_CELL.search(c)) >= 2
                                                  for k in range(i, j)):
            starts.append(i)
            seen_figures = False
        i = max(j, i + 1)
    return [grid[a:b] for a, b in zip(starts, starts[1:] + [len(grid)])]


def _mergeable(reads: list[ReadTable]) -> bool:
    """Blocks of figures whose columns the block headers tell apart ('Fiscal 2019 › First Quarter')."""
    columns = [c for r in reads for c in r.table.columns]
    return len(set(columns)) == len(columns) and all(r.table.cells for r in reads)


def _merged(reads: list[ReadTable]) -> ReadTable:
    """Stacked blocks as one table: every block's columns, a row label's cells from every block."""
    first = reads[0].table
    rows = list(dict.fromkeys(r for rt in reads for r in rt.table.rows))
    table = Table(first.caption, [c for rt in reads for c in rt.table.columns], rows,
                  [c for rt in reads for c in rt.table.cells], first.unit, first.scale, first.title)
    lines = [figure_line(table, path, any(unit_of(path.split(SEP)[-1]))) for path in rows]
    header = " | ".join([reads[0].header_line] + [c for rt in reads[1:] for c in rt.table.columns])
    return ReadTable(table, header, lines, reads[0].title)


def split_row_line(line: str, parts: int) -> list[str]:
    """A row line too long for one chunk, cut between its cells into about `parts` pieces, each
    headed by the row label ('Total — 2019: 1; 2018: 2' -> 'Total — 2019: 1', 'Total — 2018: 2'):
    a figure never reaches a chunk without its row. [] when the line is no row of cells."""
    label, sep, rest = line.partition(" — ")
    cells = rest.split("; ") if sep and label.strip() else []
    if len(cells) < 2:
        return []
    size = -(-len(cells) // max(2, min(parts, len(cells))))
    return [f"{label} — " + "; ".join(cells[k:k + size]) for k in range(0, len(cells), size)]
