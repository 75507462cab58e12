"""Indented row labels: a row indented under a row that carries its own figures (a subtotal printed
above its items) is labelled 'Parent › Child', so its items are known as that row's parts. Indentation
comes from HTML styles (padding-left, margin-left, text-indent), leading non-breaking spaces, or DOCX
paragraph indents and leading spaces; a heading row without figures is tables.read_grid's to join."""

from __future__ import annotations

import re

from .cell_values import is_numeric
from .table_headers import Grid
from .tables import SEP, TOTAL_LABEL

# points per CSS length unit (only the order of indents matters; % and unknown units count one point)
_UNITS = {"pt": 1.0, "px": 0.75, "em": 12.0, "rem": 12.0, "ex": 6.0, "ch": 6.0, "in": 72.0, "cm": 28.35, "mm": 2.835,
          "pc": 12.0}
_STYLE = re.compile(r"(?:^|;)\s*(padding-left|margin-left|text-indent|padding-inline-start|margin-inline-start)\s*:"
                    r"\s*(-?\d*\.?\d+)\s*([a-z%]*)", re.I)
_PAD = re.compile(r"^(?:padding|margin)\s*:\s*([^;]+)", re.I)
_SPACE_PT = 3.0  # one leading (non-breaking) space, in points


def _length(value: str, unit: str) -> float:
    return float(value) * _UNITS.get(unit.lower(), 1.0)


def css_indent(style: str) -> float:
    """Points a CSS style indents its text by: padding-left, margin-left, text-indent (and the left
    side of a 'padding: t r b l' shorthand), added up; 0 when none."""
    total = 0.0
    for decl in (style or "").split(";"):
        m = _STYLE.match(";" + decl.strip())
        if m:
            total += _length(m.group(2), m.group(3))
            continue
        m = _PAD.match(decl.strip())
        if m:
            parts = m.group(1).split()
            left = parts[3] if len(parts) == 4 else parts[1] if len(parts) in (2, 3) else parts[0] if parts else ""
            n = re.fullmatch(r"(-?\d*\.?\d+)([a-z%]*)", left.strip(), re.I)
            if n:
                total += _length(n.group(1), n.group(2))
    return max(total, 0.0)


def html_indent(cell) -> float:
    """A bs4 cell's indentation in points: its own style and its first child's, plus leading
    non-breaking or em/en spaces (ordinary spaces are the markup's own layout, not the report's)."""
    total = css_indent(cell.get("style", ""))
    child = next((c for c in cell.find_all(True, recursive=False)), None)
    if child is not None and child.get_text(strip=True) and child.get_text(strip=True) == cell.get_text(strip=True):
        total += css_indent(child.get("style", ""))
    raw = cell.get_text().lstrip(" \t\r\n")
    lead = len(raw) - len(raw.lstrip("\xa0\u2002\u2003\u2007\u2009"))
    return total + lead * _SPACE_PT


def docx_indent(cell) -> float:
    """A python-docx cell's indentation in points: its first paragraph's left and first-line indents
    plus leading spaces and tabs (a tab as four spaces)."""
    paras = [p for p in cell.paragraphs if p.text.strip()]
    if not paras:
        return 0.0
    fmt = paras[0].paragraph_format
    total = sum(x.pt for x in (fmt.left_indent, fmt.first_line_indent) if x is not None)
    text = paras[0].text
    lead = text[: len(text) - len(text.lstrip(" \t\xa0"))]
    return max(total, 0.0) + (lead.count("\t") * 4 + len(lead) - lead.count("\t")) * _SPACE_PT


def join_indented(grid: Grid, indents: list[float]) -> Grid:
    """`grid` with each row label indented deeper than the nearest row above it that is less indented
    and carries figures rewritten as 'that row's label › label' (nested levels chain); rows, the
    header, grids without indentation and total rows (often indented past the items they add up) unchanged."""
    if len(indents) != len(grid) or len({round(i, 2) for i, r in zip(indents, grid) if r and r[0].strip()}) < 2:
        return grid
    out: Grid = []
    stack: list[tuple[float, str, bool]] = []  # (indent, label path, has figures) of the rows above
    for row, ind in zip(grid, indents):
        label = row[0].strip() if row else ""
        if not label:
            out.append(row)
            continue
        figures = any(is_numeric(c) for c in row[1:] if c and c.strip())
        while stack and stack[-1][0] >= ind:
            stack.pop()
        path = label
        if stack and stack[-1][2] and figures and not TOTAL_LABEL.match(label):
            path = f"{stack[-1][1]}{SEP}{label}"
        stack.append((ind, path, figures))
        out.append([path] + row[1:] if path != label else row)
    return out
