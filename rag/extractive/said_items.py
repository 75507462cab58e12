"""Arithmetic over the items of one table a question names by their labels, whatever its wording: 'the combined
share of Thailand and Nigeria', 'the spread between the high and low cases in Q2 2026F', 'by how many points did
use among 18-29s exceed that among adults aged 60+'. General property: the items are the labels of one table's rows
(or, when fewer than two rows are said, of its columns) the question writes whole, no total and no period among
them; each is read in the one column (row) the measure and period asked name; the operation asked combines them
(a share: the parts over the table's whole, or the parts' printed shares added when the table prints them)."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.row_lines import short_columns
from ingest.tables import SEP, Cell, Table

from ..number_words import cardinals
from ..types import Answer, AnswerContext
from .cells import RowHit, best_row, cell_at, header_words, words, year_of
from .expense_sign import as_asked
from .derivation import calculate, computed_answer, operand
from .pair_questions import PART_OF, TWO_ROWS
from .period_cells import YEAR, located, same_column
from .row_lookup import row_named, said_words
from .row_whole import total_column
from .row_set import EXCLUDED, set_rows
from .share_whole import parts_share
from .shape_text import citation_n
from .whole_rows import total_or_whole

# a footnote mark or bracketed note on a label ('China(a)', 'Bajío(1)', '2028*'): not a word the question writes
_MARK = re.compile(r"\s*\((?:[a-z]|\d{1,2}|[^)]{3,})\)|\*+|(?<=[a-z])\d$", re.I)
# labels no question names an item by (kept apart from residual_rows.OTHERS_LED and row_set._OTHERS: adds the survey base
# 'n' / 'Sample size' / 'Number of ...', and leaves 'All other ...' and 'Others ...' with more words as names)
_NO_ITEM = re.compile(r"^\s*(?:others?|other\b.*|rest of .*|n|sample size.*|number of .*)\s*$", re.I)
_SHARE = re.compile(r"\b(?:share|proportion|percentage|percent)\b", re.I)
_SHARE_HEADER = re.compile(r"\bshare\b|%", re.I)
_OTHER_UNIT = re.compile(r"\bbasis points?\b|\bbps\b", re.I)
_NUMBERS = cardinals(2, 10)  # the items counted in words: 'the eight surveyed countries'


def label_form(label: str) -> str:
    """A label as a question writes it: its last part, footnote marks and bracketed notes left out, lower-case words."""
    return said_words(_MARK.sub(" ", label.split(SEP)[-1]))


def _said(forms: dict[str, str], question: str, others: tuple[str, ...] = ()) -> list[str]:
    """The labels (keys) whose form the question writes whole, none inside another label said (of `forms` or of
    `others`, the table's other rows: 'royalties' in 'total unit cost including royalties'), in the question's order."""
    said = said_words(question)
    found = {k: f for k, f in forms.items() if f.strip() and f in said}
    longer = [g for g in (*found.values(), *others) if g.strip() and g in said]
    kept = [k for k, f in found.items() if not any(f != g and f in g for g in longer)]
    return sorted(kept, key=lambda k: said.index(found[k]))


def said_rows(table: Table, question: str) -> list[str] | None:
    """The item rows of `table` the question names (a label repeated under several headings: the heading the
    question also says); None when a said label stays ambiguous."""
    valued = [r for r in table.rows if any(c.row == r and c.value is not None for c in table.cells)]
    items = [r for r in valued if not total_or_whole(r.split(SEP)[-1]) and not YEAR.search(r.split(SEP)[-1])
             and not _NO_ITEM.match(r.split(SEP)[-1])]
    forms = {r: label_form(r) for r in items}
    forms.update(_shared_word_off(items, forms, question))
    others = tuple(label_form(r) for r in valued if r not in forms)
    said, out = said_words(question), []
    for form in dict.fromkeys(forms[r] for r in _said(forms, question, others)):
        rows = [r for r in items if forms[r] == form]
        if len(rows) > 1:  # 'Base case' under 'Availability rate' and under 'Net absorption': the heading said
            rows = [r for r in rows if all(label_form(p) in said for p in r.split(SEP)[:-1])]
        if len(rows) != 1:
            return None
        out.append(rows[0])
    if any(a != b and b.startswith(a + SEP) for a in out for b in out):
        return None  # a row and a part of it ('Brazil' and 'Brazil › Robusta'): a share within a row, no items
    return out


def _shared_word_off(items: list[str], forms: dict[str, str], question: str) -> dict[str, str]:
    """Labels of sibling rows that all end in one word ('Base case', 'Optimistic case') as a question writes them
    when it says that word once for all ('the optimistic and conservative forecasts'): without it."""
    said, out = said_words(question), {}
    parents: dict[str, list[str]] = {}
    for r in items:
        parents.setdefault(SEP.join(r.split(SEP)[:-1]), []).append(r)
    for rows in parents.values():
        ends = {forms[r].split()[-1] for r in rows if forms[r].split()}
        if len(rows) > 1 and len(ends) == 1 and all(len(forms[r].split()) > 1 for r in rows):
            out.update({r: said_words(" ".join(forms[r].split()[:-1])) for r in rows
                        if forms[r] not in said})
    return out


def said_columns(table: Table, question: str) -> list[str]:
    """The item columns of `table` the question names by their own header (no period, no total or whole column)."""
    short = short_columns(table.columns)
    forms = {c: label_form(short.get(c, c)) for c in table.columns
             if year_of(short.get(c, c)) is None and not total_or_whole(short.get(c, c)) and not _NO_ITEM.match(short.get(c, c))}
    return _said(forms, question)


def _row_cells(table: Table, passage: int, rows: list[str], year: int | None, question: str) -> list[Cell] | None:
    """The items' cells in the one column the question's measure and period name (item_cell, then one column)."""
    from .computed_pairs import item_cell

    hits = [RowHit(passage, table, r, 1.0) for r in rows]
    if _SHARE.search(question):  # the table's printed shares, when a share column of the period asked holds each item
        shares = [c for c in table.columns if _SHARE_HEADER.search(c) and (year is None or year_of(c) in (None, year))
                  and all(cell_at(h, c) is not None for h in hits) and _whole_hundred(table, c)]
        if len(shares) == 1:
            return [cell_at(h, shares[0]) for h in hits]  # type: ignore[misc]
    cells = [item_cell(h, year, question) for h in hits]
    if None in cells and len(hits) == 2 and cells != [None, None]:
        cells = same_column(hits[0], hits[1], cells, year, question)
    if None in cells:
        column = measure_column(table, rows, year, question)
        cells = [cell_at(h, column) for h in hits] if column is not None else cells
    if None in cells or len({c.column for c in cells}) != 1:  # type: ignore[union-attr]
        return None
    return cells  # type: ignore[return-value]


def measure_column(table: Table, rows: list[str], year: int | None, question: str) -> str | None:
    """The one column (of the period asked) holding a figure of every item row whose header shares the most words
    with the question, its item labels left out ('purchase volume' of 'Purchase volume 2024'); None on a tie."""
    asked = set(words(question)) - {w for r in rows for w in words(r)}
    scored = []
    for column in table.columns:
        if year is not None and year_of(column) not in (None, year) or \
                any(cell_at(RowHit(0, table, r, 1.0), column) is None for r in rows):
            continue
        scored.append((len(header_words(column) & asked), column))
    best = max((n for n, _ in scored), default=0)
    top = [c for n, c in scored if n == best]
    return top[0] if best > 0 and len(top) == 1 else None


def _whole_hundred(table: Table, column: str) -> bool:
    """Whether `column` holds shares of the table's whole: its whole row reads 100."""
    return any(total_or_whole(c.row.split(SEP)[-1]) and c.value == 100 for c in table.cells if c.column == column)


def _whole(table: Table, passage: int, parts: list[RowHit], cells: list[Cell], question: str, by_rows: bool):
    """The whole the parts are shares of: the table's one whole row (column) in the parts' column (row); else, when
    the question counts the items ('the eight surveyed countries') as the table's item rows, their sum."""
    if not by_rows:
        got = total_column(parts[0], cells[0])
        return [(parts[0], got)] if got is not None else None
    wholes = [r for r in table.rows if total_or_whole(r.split(SEP)[-1])]
    if len(wholes) == 1 and (got := cell_at(RowHit(passage, table, wholes[0], 1.0), cells[0].column)) is not None:
        return [(RowHit(passage, table, wholes[0], 1.0), got)]
    counted = [n for w, n in _NUMBERS.items() if re.search(rf"\b{w}\b", question, re.I)]
    rows = [r for r in table.rows if cell_at(RowHit(passage, table, r, 1.0), cells[0].column) is not None]
    if wholes or counted != [len(rows)]:
        return None
    return [(h, cell_at(h, cells[0].column)) for h in (RowHit(passage, table, r, 1.0) for r in rows)]


def said_items(ctx: AnswerContext, year: int | None, tables, op: str, backend: str, one: bool = False,
               grouped: bool = False) -> Answer | None:
    """The operation `op` ('sum', 'share', 'change', 'ratio', 'multiple', 'average') over the items one table's labels
    name, at least two, or over the set of rows it names by kind, count or exclusion (row_set; an average only so);
    with `one` (after the other readings of a share), a share of one named part too; with `grouped`, a set only."""
    question = ctx.question
    if op == "share" and not _SHARE.search(question):
        return None  # a share asked by another name ('operating margin'): a ratio of two measures, not of items
    least = 1 if one and (op == "share" or op == "sum" and _SHARE.search(question)) else 2
    if _OTHER_UNIT.search(question):
        return None  # a gap asked in basis points: no cell is in that unit
    found, seen = [], set()
    for passage, table in tables:
        if (key := (tuple(table.rows), tuple(table.columns))) in seen:
            continue  # one table retrieved in several passages: read once
        seen.add(key)
        group, said = set_rows(table, question), said_rows(table, question)
        if group is not None and said and set(said) < set(group) and not EXCLUDED.search(question):
            group = None  # 'what proportion of the eight countries' systems was in the US': the row said is the part
        rows = None if grouped or op == "average" else said
        if group is not None and (not rows or len(rows) < 2 or EXCLUDED.search(question)):
            rows = group
        elif grouped or op == "average":
            continue
        if rows and len(rows) >= least:
            cells = _row_cells(table, passage, rows, year, question)
            pairs = [(RowHit(passage, table, r, 1.0), c) for r, c in zip(rows, cells)] if cells else None
            found.append((pairs, True, table, passage))
        elif not rows and len(columns := said_columns(table, question)) >= least:
            row = _one_row(table, passage, question, columns)
            cells = [cell_at(row, c) for c in columns] if row is not None else [None]
            found.append(([(row, c) for c in cells] if None not in cells else None, False, table, passage))
    if len(found) != 1 or found[0][0] is None:
        return None
    pairs, by_rows, table, passage = found[0]
    shares = all(c.unit == "%" or _SHARE_HEADER.search(c.column) for _, c in pairs)
    if op == "sum" and _SHARE.search(question) and not shares:
        op = "share"  # 'the combined share of A and B' read in amounts: the parts over their whole
    if op == "share" and shares and len(pairs) >= 2:
        op = "sum"  # the table prints each part's share of the whole: their sum
    if op in ("change", "ratio", "multiple") and len(pairs) != 2:
        return None
    if len(pairs) == 1 and not _one_part(table, pairs[0], by_rows, question):
        return None
    n = len(pairs)
    if op in ("change", "ratio", "multiple") and shares and not _SHARE.search(question) and "%" not in question:
        return None  # printed shares answer a question of shares; two items' plain ratio is their amounts' (not read here)
    if op == "share":
        whole = _whole(table, passage, [h for h, _ in pairs], [c for _, c in pairs], question, by_rows)
        if whole is None or sum(c.value or 0 for _, c in whole) < sum(c.value or 0 for _, c in pairs):
            return None  # a whole smaller than its parts is no whole of them (a rate or weighted-average row)
        pairs = pairs + whole
    elif op not in ("sum", "change", "ratio", "multiple", "average"):
        return None
    hits = [located(ctx, h, [c]) for h, c in pairs]
    if any(h is None for h in hits):
        return None
    operands = [operand(c, citation_n(ctx, hits, h)) for h, (_, c) in zip(hits, pairs)]  # type: ignore[arg-type]
    operands = as_asked(question, op, operands)  # 'the total of X and Y paid', (8.9) and (11.4): 20.3
    if op == "change":  # 'A exceeds B', 'the spread between A and B', 'A falls short of B': the gap between them
        if operands[0].value < operands[1].value:
            operands, hits = operands[::-1], hits[::-1]
        result = calculate("change", operands)
    elif op == "share":  # the whole the items' sum when the question counts them as all the table's items
        whole_op = operands[n] if len(operands) == n + 1 else \
            replace(operands[n], value=sum(o.value for o in operands[n:]), label="the items' sum")
        result = parts_share(operands[:n] + [whole_op]) if n > 1 else calculate("share", [operands[0], whole_op])
        hits = hits[:n + 1]
    else:
        result = calculate(op, operands)
    return computed_answer(ctx, hits, result, backend) if result is not None else None  # type: ignore[arg-type]


def _one_part(table: Table, part: tuple[RowHit, Cell], by_rows: bool, question: str) -> bool:
    """Whether one named item is a share's part: not the whole of 'what percentage of B were A' (the item in B), no
    'A as a percentage of B' (B a measure of its own), and, an item column, read in a row no other row the question names competes with ('net sales' beside
    'operating income': a ratio of two measures)."""
    m = PART_OF.search(question)
    item = label_form(part[0].row if by_rows else part[1].column)
    if m is not None and item in said_words(m.group("b")) or TWO_ROWS[1].search(question):
        return False  # ('A as a percentage of B' names its whole B, a measure of its own: not the items' whole)
    said = said_words(question)
    return by_rows or not any(r != part[0].row and (f := label_form(r)).strip() and f in said for r in table.rows)


def _one_row(table: Table, passage: int, question: str, columns: list[str]) -> RowHit | None:
    """The one row of `table` the question names besides its item columns: a row label it writes whole (a period
    row, 'Q2 2026F'), else the row the rest of its words name."""
    said = said_words(question)
    rows = [r for r in table.rows if (f := label_form(r)).strip() and f in said]
    if len(rows) == 1:
        return RowHit(passage, table, rows[0], 1.0)
    short = short_columns(table.columns)
    rest = question
    for c in columns:
        rest = re.sub(re.escape(short.get(c, c)), " ", rest, flags=re.I)
    hit = row_named([(passage, table)], rest) or best_row([(passage, table)], rest)
    return hit if hit is not None and hit.table is table else None
