"""Table grids out of each format (HTML <table>, DOCX tables, Markdown pipe tables, PDF tables
through pdfplumber), written as the tab-separated rows every loader ends in, spans kept in place."""

from __future__ import annotations

import io
import logging
import re

from .row_indent import docx_indent, html_indent, join_indented
from .table_headers import Grid

log = logging.getLogger(__name__)

_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_NUMBER = re.compile(r"\(?-?[$€£¥]?\d[\d,]*(?:\.\d+)?%?\)?")


def grid_lines(grid: Grid) -> list[str]:
    """A grid as tab-separated lines (cells whitespace-collapsed, tabs out of cells), empty rows dropped."""
    lines = []
    for row in grid:
        cells = [" ".join((c or "").split()) for c in row]
        if any(cells):
            lines.append("\t".join(cells))
    return lines


# -- HTML ------------------------------------------------------------------------------------------
def html_grid(table, cell_text) -> Grid:
    """The rows of a bs4 <table> (not of tables nested in it): a colspan keeps its label in the first
    column it spans and leaves the others blank; a rowspan repeats the label in the rows below; an
    indented row under a row of figures is labelled 'Parent › Child' (row_indent)."""
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    grid: Grid = []
    pending: dict[int, tuple[str, int]] = {}  # column -> (text, rows still covered) from a rowspan
    indents: list[float] = []  # the indentation of each row's first-column cell
    for tr in rows:
        row: list[str] = []
        cells = [c for c in tr.find_all(["td", "th"]) if c.find_parent("tr") is tr]
        col = 0

        def fill_spanned() -> None:
            nonlocal col
            while col in pending:
                text, left = pending.pop(col)
                row.append(text)
                if left > 1:
                    pending[col] = (text, left - 1)
                col += 1

        indent = 0.0
        for cell in cells:
            fill_spanned()
            if col == 0:
                indent = html_indent(cell)
            text = cell_text(cell)
            span = _span(cell.get("colspan"))
            down = _span(cell.get("rowspan"))
            for k in range(span):
                row.append(text if k == 0 else "")
                if down > 1:
                    pending[col] = (text if k == 0 else "", down - 1)
                col += 1
        fill_spanned()
        grid.append(row)
        indents.append(indent)
    return join_indented(grid, indents)


def _span(raw) -> int:
    try:
        return max(1, min(int(str(raw).strip()), 100))
    except (TypeError, ValueError):
        return 1


# -- DOCX ------------------------------------------------------------------------------------------
def docx_grid(table) -> Grid:
    """python-docx repeats a merged cell in every grid column it covers: keep its text in the first."""
    grid: Grid = []
    indents: list[float] = []
    for row in table.rows:
        out, last = [], None
        for cell in row.cells:
            out.append("" if cell._tc is last else cell.text)
            last = cell._tc
        grid.append(out)
        indents.append(docx_indent(row.cells[0]) if row.cells else 0.0)
    return join_indented(grid, indents)


# -- Markdown pipes --------------------------------------------------------------------------------
def pipes_to_tabs(text: str) -> str:
    """Markdown pipe tables ('| a | b |' over '|---|---|') as tab-separated rows; other text unchanged."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if i + 1 < len(lines) and _PIPE_ROW.match(lines[i]) and _PIPE_RULE.match(lines[i + 1]):
            j = i + 2
            while j < len(lines) and _PIPE_ROW.match(lines[j]):
                j += 1
            grid = [_pipe_cells(l) for l in [lines[i]] + lines[i + 2:j]]
            out += grid_lines(grid)
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def _pipe_cells(line: str) -> list[str]:
    inner = line.strip()[1:-1]
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", inner)]


# -- PDF -------------------------------------------------------------------------------------------
def _looks_tabular(text: str) -> bool:
    """Two or more lines holding two or more numbers each: worth asking pdfplumber for tables."""
    return sum(1 for line in text.split("\n") if len(_NUMBER.findall(line)) >= 2) >= 2


_RULE_OPS = re.compile(rb"[\d.]\s+(?:re|l)\s")


def has_rules(page) -> bool:
    """A pypdf page that draws lines or rectangles (table borders): pdfplumber finds ruled tables only."""
    try:
        contents = page.get_contents()
        return bool(contents is not None and _RULE_OPS.search(contents.get_data()))
    except Exception:  # a damaged content stream: let pdfplumber judge
        return True


def pdf_page_tables(data: bytes, texts: list[str], ruled: list[bool]) -> dict[int, list[Grid]]:
    """Tables pdfplumber finds on the pages (0-based) that draw rules and whose text looks tabular
    (pdfplumber costs about 20 times pypdf per page, so prose pages are not handed to it)."""
    wanted = [i for i, (t, r) in enumerate(zip(texts, ruled)) if r and _looks_tabular(t)]
    if not wanted:
        return {}
    import pdfplumber

    found: dict[int, list[Grid]] = {}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for i in wanted:
            grids = [[[c or "" for c in row] for row in t] for t in pdf.pages[i].extract_tables()]
            grids = [g for g in grids if len(g) >= 2 and max(len(r) for r in g) >= 2]
            if grids:
                found[i] = grids
    return found


def splice_tables(text: str, grids: list[Grid]) -> str:
    """The page text with each table's flattened lines replaced by its tab-separated rows."""
    lines = text.split("\n")
    for grid in grids:
        rows = grid_lines(grid)
        words = {w for r in rows for c in r.split("\t") for w in c.split()}
        covered = [bool(l.split()) and all(w in words for w in l.split()) for l in lines]
        best, run_start = (0, 0), None
        for k, ok in enumerate(covered + [False]):
            if ok and run_start is None:
                run_start = k
            elif not ok and run_start is not None:
                if k - run_start > best[1] - best[0]:
                    best = (run_start, k)
                run_start = None
        a, b = best
        if b - a >= 2:
            lines[a:b] = rows
        else:
            log.debug("table rows not found in the page text; appended")
            lines += [""] + rows
    return "\n".join(lines)
