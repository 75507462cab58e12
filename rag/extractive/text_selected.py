"""Rows selected by a text cell: 'which companies raised Series A rounds', 'how many rounds did X lead', 'the total
raised in Series B rounds', 'the average spend where a peer-to-peer app is the most-used channel'.

General properties, of questions and tables:
- a table's text column (no figures: 'Round', 'Country', 'Therapy area', 'Owner') holds values rows share; a question
  saying one such value whole (or several of one column: 'Russia and Belarus') selects the rows holding it;
- the rows are named by their labels, or by the first text column when the labels are dates or ranks (a deal table);
- a list asks their names, a count their number, a total or an average a numeric column's figures over them (the
  column the question names, else the table's only one); a row with no figure ('n.a.') is no operand."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from ingest.cell_values import nil_mark, unmarked_label
from ingest.tables import SEP, Cell, Table
from ingest.year_parts import MONTH_ABBREVIATION

from ..types import Answer, AnswerContext
from .cells import TOTAL_ROW, RowHit, tables_of
from .count_led import asks_count
from .derivation import calculate, computed_answer, operand
from .item_rows import item_rows
from .named_average import average_named
from .ranked import row_stub
from .period_cells import located
from .question_readings import extreme_asked
from .row_sets import THRESHOLD
from .shape_text import citation_n, listed, shaped_answer
from .word_stems import plural_dropped, stems_meet

_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# a date, month or rank label names no row: 'Jan 2024', 'Apr 3', '2025-05-14', '1'
_DATED = re.compile(r"^\s*(?:\d+\.?|(?:" + MONTH_ABBREVIATION + r")\w*\.?\s+\d{1,4}|\d{4}(?:-\d\d){0,2}|"
                    r"q[1-4]\s+\d{4}|h[12]\s+\d{4})\s*$", re.I)
_SUM = re.compile(r"\b(?:total|combined|sum|altogether|together|aggregate)\b", re.I)
_AVERAGE = re.compile(r"\b(?:average|mean)\b", re.I)
# a comparison, a rate or a part of a whole asked of the rows is another operation than their list, count or total
_OTHER_OP = re.compile(r"\b(?:more|less|fewer|higher|lower|larger|smaller|greater)\s+(?:\w+\s+){0,4}?than\b|\bper\b|"
                       r"^\s*(?:what|which)\s+(?:proportion|share|percentage|percent|fraction|ratio)\b|"
                       r"\b(?:proportion|percentage|fraction|ratio|times|change|difference|growth|multiple)\s+(?:of|in|between|from)\b|"
                       r"\bas an?\s+(?:share|percentage|proportion)\b|"
                       r"\b(?:higher|lower|better|worse|first|earlier|later|separate|ahead|behind|gap)\b|\bby how (?:much|many)\b", re.I)
# the names asked: 'which (of the) X', 'what Xs' (a plural: 'what percentage' asks a figure)
_NAMES_ASKED = re.compile(r"^\s*(?:(?:in|for|at|from|by)\s+)?(?:which\b|what\s+(?:[\w-]+\s+)?[a-z-]+s\b"
                          r"(?<!\bis)(?<!\bwas)(?<!\bhas)(?<!\bdoes)|(?:list|name|identify)\s)", re.I)
# the kind counted or listed: 'how many (of the listed) rounds', 'which (of the tracked) companies'
_KIND = re.compile(r"\b(?:how many|which|what)\s+(?:of\s+the\s+)?(?:(?:listed|ranked|tracked|named|shown|top-\w+|\w+-\w+)\s+)?"
                   r"((?:[a-z-]+\s+){0,2}?[a-z-]+s)\b", re.I)
_VALUE_NOISE = frozenset({"yes", "no", "none", "other", "others", "various", "total"})


def _words(text: str) -> list[str]:
    """A text's lower-case words, plural 's' dropped, footnote marks ('(a)', '*') aside."""
    plain = re.sub(r"['’]s?\b", "", unmarked_label(" ".join(text.split())).lower())  # 'Nutrivale SA's': its name
    return [plural_dropped(w) for w in _WORD.findall(plain)]


def _said(value: str, question: list[str]) -> bool:
    """Whether the question says the whole value as a run of its words ('Series B rounds' says 'Series B')."""
    own = _words(value)
    n = len(own)
    return n > 0 and any(question[i:i + n] == own for i in range(len(question) - n + 1))


def text_columns(table: Table) -> list[str]:
    """The columns with no figure and two or more cells written."""
    out = []
    for col in table.columns:
        cells = [c for c in table.cells if c.column == col and c.text.strip()]
        if len(cells) >= 2 and all(c.value is None for c in cells) and not all(nil_mark(c.text) for c in cells):
            out.append(col)
    return out


@dataclass(frozen=True)
class TextSelection:
    """The rows of one table whose cells in `column` are the `values` a question says, named by `names`."""

    passage: int
    table: Table
    column: str
    values: tuple[str, ...]
    rows: tuple[str, ...]
    names: str | None  # the text column naming the rows; None: their labels


def _names_column(table: Table, texts: list[str], rows: list[str]) -> str | None | bool:
    """None when the row labels name the rows; else the first text column written in every row with no value
    repeated; False when neither names them."""
    if not any(_DATED.match(r.split(SEP)[-1]) for r in rows):
        return None
    for col in texts:
        cells = {c.row: " ".join(c.text.split()) for c in table.cells if c.column == col and c.text.strip()}
        if all(r in cells for r in rows) and len(set(cells[r] for r in rows)) == len(rows):
            return col
    return False


def selection(ctx: AnswerContext, question: str) -> TextSelection | None:
    """The rows of the one retrieved table selected by the values of one of its text columns the question says
    whole (not its naming column); None when no table, or two tables, so read."""
    said = _words(question)
    found = {}
    for passage, table in tables_of(ctx):
        texts = text_columns(table)
        if not texts:
            continue  # no text column, no value to select by (checked first: reading the item rows is the cost)
        rows = item_rows(table, question)
        names = _names_column(table, texts, rows)
        if len(rows) < 2 or names is False:
            continue
        picks = []
        for col in texts:
            if col == names:
                continue
            cells = [c for c in table.cells if c.column == col and c.row in rows]
            values = {" ".join(c.text.split()) for c in cells if _said(c.text, said)
                      and " ".join(c.text.split()).lower() not in _VALUE_NOISE}
            if values:
                picks.append((col, values, [c.row for c in cells if " ".join(c.text.split()) in values]))
        if len(picks) != 1:
            continue  # none, or values of two columns
        col, values, chosen = picks[0]
        if len(chosen) == len(rows):
            continue  # a value every row holds selects nothing
        key = (tuple(table.rows), tuple(table.columns))
        found.setdefault(key, TextSelection(passage, table, col, tuple(sorted(values)), tuple(chosen), names))
    if len(found) != 1:
        return None
    sel = next(iter(found.values()))
    unsaid = _words(re.sub("|".join(re.escape(v) for v in sel.values), " ", question, flags=re.I))
    if any(len(r.split(SEP)[-1]) >= 4 and not TOTAL_ROW.match(r.split(SEP)[-1]) and _said(r.split(SEP)[-1], unsaid)
           for _, t in tables_of(ctx) for r in t.rows) \
            or (sel.names and any(_said(_row_name(sel.table, sel.names, r), unsaid) for r in sel.table.rows)):
        return None  # a row the question names itself: its own cells are asked (column_list.row_text_cell, rankings)
    return sel


def _kind_named(question: str, table: Table, names: str | None, text: str) -> bool:
    """Whether the plural the question counts or lists ('how many rounds', 'which companies') is a word of the
    table's caption, its heading line, its label column's header or (a count) any header; a list's kind must be
    the naming column's ('which companies' of 'Company'), not another text column's ('what pricing models')."""
    m = _KIND.search(asks_count(question) or question)  # 'Number of rounds ...' read 'How many rounds ...'
    if m is None:
        return False
    kinds = _words(m.group(1))
    if asks_count(question) is None and any(_one_word(kinds[-1], w) for col in text_columns(table) if col != names
                                            for w in _words(col.split(SEP)[-1])):
        return False  # 'what pricing models ...' of a 'Pricing model' column: that column's cell is asked
    heads = [row_stub(text, table), table.caption or "", text.split("\n", 1)[0]]
    if asks_count(question) is not None:
        heads += table.columns
    elif names is not None:
        heads.append(names)
    own = {w for h in heads for w in _words(h)}
    return any(_one_word(k, w) for k in kinds for w in own)


def _one_word(a: str, b: str) -> bool:
    """Two forms of one word: their common start all but two letters of the shorter ('companie' ~ 'company')."""
    n = len(os.path.commonprefix([a, b]))
    return a == b or n >= max(4, min(len(a), len(b)) - 2)


def _row_name(table: Table, names: str | None, row: str) -> str:
    """The row's name: its label, or its cell in the naming column."""
    if names is None:
        return unmarked_label(row.split(SEP)[-1])
    return next((" ".join(c.text.split()) for c in table.cells if c.row == row and c.column == names), "")


def _name(sel: TextSelection, row: str) -> str:
    return _row_name(sel.table, sel.names, row)


def _hits(ctx: AnswerContext, sel: TextSelection, cells: dict[str, list[Cell]]) -> list[RowHit] | None:
    hits = [located(ctx, RowHit(sel.passage, sel.table, r, 0.0), cells.get(r, [])) for r in sel.rows]
    return None if any(h is None for h in hits) else hits


def _measure(table: Table, question: str, rows: tuple[str, ...]) -> str | None:
    """The numeric column whose header words the question says most (stems meeting), else the only one."""
    said = _words(question)
    numeric = [c for c in table.columns if not TOTAL_ROW.match(c.split(SEP)[-1])
               and any(x.value is not None for x in table.cells if x.column == c and x.row in rows)]
    scored = []
    for col in numeric:
        own = [w for w in _words(re.sub(r"\([^)]*\)", " ", col)) if len(w) > 2]
        scored.append((sum(any(stems_meet(o, s) for s in said) for o in own), col))
    best = max((s for s, _ in scored), default=0)
    top = [c for s, c in scored if s == best]
    if best == 0:
        return numeric[0] if len(numeric) == 1 else None
    return top[0] if len(top) == 1 else None


def text_selected(ctx: AnswerContext, question: str, backend: str) -> Answer | None:
    """The names (a list asked), number (a count) or total / average (a numeric column's figures) of the rows a
    text value the question says selects; None when no selection, or a bound, an extreme or a comparison also
    conditions the rows (measure_meeting, rows_extreme, columns_meeting answer those)."""
    if not ctx.passages or THRESHOLD.search(question) or _OTHER_OP.search(question):
        return None
    sel = selection(ctx, question)
    if sel is None:
        return None
    rest = question  # 'the most-used channel' names the value's column: no extreme asked of the rows
    for said in (*sel.values, *sel.column.split(SEP)):
        rest = re.sub(re.escape(said.strip()), " ", rest, flags=re.I) if said.strip() else rest
    if extreme_asked(rest):
        return None
    counted = asks_count(question) is not None
    op = "average" if _AVERAGE.search(question) else "sum" if _SUM.search(question) else None
    chosen = {r: [c for c in sel.table.cells if c.row == r and c.column == sel.column] for r in sel.rows}
    text = ctx.passages[sel.passage].chunk.text
    if counted:
        if not _kind_named(question, sel.table, sel.names, text):
            return None  # the things counted are no kind the table heads: 'how many languages'
        hits = _hits(ctx, sel, chosen)
        if hits is None:
            return None
        names = [_name(sel, r) for r in sel.rows]
        each = "; ".join(f"{n} ({sel.column.split(SEP)[-1]}: {chosen[r][0].text.strip()}) [{citation_n(ctx, hits, h)}]"
                         for n, r, h in zip(names, sel.rows, hits))
        derivation = {"op": "count", "operands": [{"value": n, "label": n, "citation": citation_n(ctx, hits, h)}
                                                  for n, h in zip(names, hits)], "result": str(len(names))}
        return shaped_answer(ctx, hits, f"**{len(names)}** — count of the rows: {each}", str(len(names)), "computed",
                             backend, derivation=derivation)
    if op is not None:
        col = _measure(sel.table, question, sel.rows)
        if col is None:
            return None
        own = average_named(question, [col.split(SEP)[-1]])  # 'the combined average annual value': the column's name
        op = "average" if _AVERAGE.search(own) else "sum" if _SUM.search(own) else None
        if op is None:
            return None
        figures = {r: next((c for c in sel.table.cells if c.row == r and c.column == col), None) for r in sel.rows}
        kept = tuple(r for r in sel.rows if figures[r] is not None and figures[r].value is not None)
        if len(kept) < 2 or len({figures[r].unit for r in kept}) != 1:
            return None
        sel = TextSelection(sel.passage, sel.table, sel.column, sel.values, kept, sel.names)
        hits = _hits(ctx, sel, {r: [figures[r]] for r in kept})
        if hits is None:
            return None
        result = calculate(op, [operand(figures[r], citation_n(ctx, hits, h)) for r, h in zip(kept, hits)])
        return computed_answer(ctx, hits, result, backend) if result is not None else None
    if _NAMES_ASKED.match(question) and _kind_named(question, sel.table, sel.names, text):
        hits = _hits(ctx, sel, chosen)
        if hits is None:
            return None
        names = list(dict.fromkeys(_name(sel, r) for r in sel.rows))
        each = "; ".join(f"{_name(sel, r)} [{citation_n(ctx, hits, h)}]" for r, h in zip(sel.rows, hits))
        head = sel.column.split(SEP)[-1]
        text = f"**{listed(names)}**. Rows whose {head} is {' or '.join(sel.values)}: {each}"
        return shaped_answer(ctx, hits, text, listed(names), "list" if len(names) > 1 else "which", backend)
    return None
