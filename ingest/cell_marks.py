"""Unit marks printed in cells of their own ('$' | '1,234', '12.5' | '%'), as SEC filings lay tables out: joined to
the figure beside them so a '$' column is no value column and the year over it heads the figures (issue 13)."""

from __future__ import annotations

import re

from .cell_values import is_numeric

Grid = list[list[str]]

_LEAD = re.compile(r"(?:US|HK|A|C|NZ|S)?\$|€|£|¥|RMB|USD|EUR|GBP", re.I)  # a mark printed before its figure
_TRAIL = re.compile(r"%")  # a mark printed after its figure


def _first_figures(grid: Grid) -> int:
    """Index of the first row holding a figure (the rows above are headers), len(grid) when none."""
    return next((k for k, r in enumerate(grid) if any(is_numeric(c) for c in r[1:] if c)), len(grid))


def _mark_column(grid: Grid, i: int, j: int, mark: re.Pattern, start: int) -> bool:
    """Column `i` holds only marks or blanks below the headers, every mark stands beside a figure in column `j`, and
    no header row gives `i` a heading of its own ('Q1' | 'Q2' over '5' | '%': the '%' column is a column)."""
    cells = [(r[i].strip(), r[j].strip()) for r in grid[start:]]
    marks = [(a, b) for a, b in cells if a]
    if not marks or not all(mark.fullmatch(a) and is_numeric(b) for a, b in marks):
        return False
    heads = [(r[i].strip(), r[j].strip()) for r in grid[:start]]
    return not any(a and b and a != b and not mark.fullmatch(a) for a, b in heads)


def _join(grid: Grid, i: int, j: int, start: int) -> None:
    """Column `i`'s marks written into column `j` beside its figures (before them when `i` < `j`), and its header
    cells into `j`'s blank ones."""
    for k, r in enumerate(grid):
        if k < start:
            r[j] = r[j] or r[i]
        elif r[i].strip():
            r[j] = f"{r[i].strip()}{r[j].strip()}" if i < j else f"{r[j].strip()}{r[i].strip()}"


def joined_marks(grid: Grid) -> Grid:
    """`grid` with each column of lone unit marks joined to the figures beside it and dropped; a header cell over a
    dropped column heads the figures' column when that one has none ('2019' spanning '$' and '1,234')."""
    width = max((len(r) for r in grid), default=0)
    grid = [(r + [""] * width)[:width] for r in grid]
    start = _first_figures(grid)
    if start >= len(grid):
        return grid
    drop: set[int] = set()
    for i in range(1, width):
        if i + 1 < width and i + 1 not in drop and _mark_column(grid, i, i + 1, _LEAD, start):
            _join(grid, i, i + 1, start)
            drop.add(i)
        elif i - 1 >= 1 and i - 1 not in drop and _mark_column(grid, i, i - 1, _TRAIL, start):
            _join(grid, i, i - 1, start)
            drop.add(i)
    return [[c for i, c in enumerate(r) if i not in drop] for r in grid] if drop else grid
