"""Computed answers whose second operand the question does not name as a row: a part's share of its
table's total row ('what percentage of the total amortized cost is made up of foreign government
obligations in 2018'). Each returns None unless every operand is addressed exactly."""

from __future__ import annotations

import re

from ingest.tables import SEP, Cell, Table

from .. import compute
from ..types import Answer, AnswerContext
from .cells import OPERATION_WORDS, TOTAL_ROW, RowHit, best_row, row_score, column_words, words
from .column_choice import column_for
from .adding_whole import adds_up, parent
from .derivation import calculate, computed_answer, operand
from .period_cells import YEAR, column_by_own_words, located, named_columns, part_column
from .shape_text import citation_n
from .share_nouns import SHARE_NOUNS
from .slots import Slots
from .whole_rows import total_or_whole, whole_label, world_named

# the words that ask a part's share of its whole ('what share of X did Y account for', 'made up of'), no row's name
_SHARE_WORDS = frozenset("share account accounted make made up represent represented constitute constituted "
                         "contribute contributed come came".split())


# a part's share of a whole asked ('what share of X did Y account for', 'Y's share of X', 'what proportion of X is in Y')
_PART_OF = re.compile(rf"\b{SHARE_NOUNS} of\b", re.I)
# the whole a share is asked of, up to the verb that turns to the part ('of [the markets' take-up] did Johor ...')
_WHOLE_PHRASE = re.compile(rf"\b{SHARE_NOUNS} of\s+(.+?)\s+"
                           r"(?:is|are|was|were|did|does|do|has|have|had|went|came|comes|goes|come|go|located|held)\b",
                           re.I)


def _whole(table: Table, part: str) -> str | None:
    """The total row a part adds up to: the one total row under the part's parent, else the table's
    one total row; a table with no row labelled 'Total' closes with its whole under another name
    ('All industries', 'World', 'World total'), its one such row."""
    totals = [r for r in table.rows if TOTAL_ROW.match(r.split(SEP)[-1])] \
        or [r for r in table.rows if whole_label(r.split(SEP)[-1])]
    same = [r for r in totals if parent(r) == parent(part)]
    for rows in (same, totals):
        if len(rows) == 1:
            return rows[0]
        if rows:
            return None
    return None


def closes_above(table: Table, whole: str, part: str, column: str) -> bool:
    """Whether the row `whole` closes the rows printed right above it (back to its heading or to the total before)
    in `column`: their figures, `part`'s among them, add up to its own (to half a percent), two rows at least."""
    by_row = {c.row: c.value for c in table.cells if c.column == column and c.value is not None}
    above = []
    for r in reversed(table.rows[:table.rows.index(whole)]):
        if parent(r) != parent(whole) or total_or_whole(r.split(SEP)[-1]) or r not in by_row:
            break
        above.append(r)
    if part not in above or len(above) < 2 or by_row.get(whole, 0) <= 0 or any(by_row[r] < 0 for r in above):
        return False
    return abs(sum(by_row[r] for r in above) - by_row[whole]) <= 0.005 * by_row[whole]


def _named_whole(table: Table, part: str, question: str, year: int | None) -> tuple[str, list[Cell]] | None:
    """A table with no total row: the one row the share's whole phrase names in full ('of 2024 net revenue': 'Net
    revenue') that closes the rows above it, the part's among them, in the part's column; with the two cells."""
    said = _WHOLE_PHRASE.search(question)
    if said is None:
        return None
    phrase = set(words(said.group(1)))
    cell = _cell(table, part, year, question)  # (the whole's figure in the part's column: one column holds both)
    if cell is None:
        return None
    found = []
    for row in table.rows:
        own = set(words(re.sub(r"\([^)]*\)", " ", row.split(SEP)[-1])))
        if row == part or not own or not own <= phrase:
            continue
        same = next((c for c in table.cells if c.row == row and c.column == cell.column and c.value is not None), None)
        if same is not None and closes_above(table, row, part, cell.column):
            found.append((row, [cell, same]))
    return found[0] if len(found) == 1 else None


def _cell(table: Table, row: str, year: int | None, question: str) -> Cell | None:
    """The row's figure in the column the question names: the year's (its other header words
    choosing), else the column headers the question repeats, else the row's only figure."""
    cells = [c for c in table.cells if c.row == row and c.value is not None]
    if year is not None:
        column = column_for(table, year, question, row)
        cells = [c for c in cells if c.column == column]
    elif len(cells) > 1:
        hit = RowHit(0, table, row, 0.0)
        cells = part_column(named_columns(hit, question), hit)
        if not cells:  # 'primary-market inventory' names 'Inventory (MW)' by the header's own word
            cells = [c] if (c := column_by_own_words(hit, question)) is not None else []
    return cells[0] if len(cells) == 1 else None


def share_of_total(ctx: AnswerContext, slots: Slots, tables: list[tuple[int, Table]], backend: str) -> Answer | None:
    """'What percentage of the total X is (made up of | from) Y (in 2018)?': the one row Y the
    question names (no total row) over its table's total row, both in the column the question names."""
    if len(set(slots.years)) > 1:
        return None
    year = slots.years[0] if slots.years else None
    found, unnamed = [], set()
    for passage, table in tables:
        question = world_named([(passage, table)], ctx.question)
        wholes = [r for r in table.rows if whole_label(r.split(SEP)[-1])]
        if "total" not in words(ctx.question) and not any(set(words(w)) & set(words(question)) for w in wholes):
            if not _PART_OF.search(ctx.question):
                continue  # the question names no whole: 'total', the whole row's own name, or a part's share of X
            unnamed.add(id(table))  # 'what share of the markets' take-up did Johor account for': a whole that adds up
            whole_said = _WHOLE_PHRASE.search(question)
            if whole_said is None:
                continue
            # the part is named outside the whole's phrase ('of Stage 3 home loans were loans under debt review': the
            # row 'Home loans' is the whole asked of, no part of it)
            question = question[:whole_said.start(1)] + question[whole_said.end(1):]
        asked = set(words(question)) - OPERATION_WORDS - _SHARE_WORDS - {"total"} - column_words(table) \
            - {w for r in wholes for w in words(r.split(SEP)[-1])}
        for row in table.rows:
            if whole_label(row.split(SEP)[-1]):
                continue
            score = row_score(row, asked)
            if score is not None:
                found.append((score, passage, table, row))
    if not found:
        return None
    best = max(f[0] for f in found)
    top = [f for f in found if f[0] == best]
    pairs = []
    for _, passage, table, row in top:
        whole = _whole(table, row)
        cells = [_cell(table, r, year, ctx.question) for r in (row, whole)] if whole else [None]
        if whole is None and (named := _named_whole(table, row, ctx.question, year)) is not None:
            whole, cells = named  # ('what proportion of 2024 net revenue': the row 'Net revenue' closing the parts)
        elif None in cells or (id(table) in unnamed and not (cells[0].column == cells[1].column
                                                             and adds_up(table, whole, cells[1].column))):
            return None
        pairs.append((RowHit(passage, table, row, best), RowHit(passage, table, whole, best), cells))
    if len({(c[0].text, c[1].text) for _, _, c in pairs}) != 1:
        return None  # rows as well named give different figures
    part, whole, cells = pairs[0]
    hits = [located(ctx, part, [cells[0]]), located(ctx, whole, [cells[1]])]
    if None in hits:
        return None
    result = calculate("share", [operand(c, citation_n(ctx, hits, h)) for h, c in zip(hits, cells)])
    return computed_answer(ctx, hits, result, backend) if result is not None else None


# -- the change of an average ----------------------------------------------------------------------
_AVERAGE = re.compile(r"\baverage\b|\bmean\b", re.I)
_CHANGE = re.compile(r"\b(change|increase|decrease|difference)\b", re.I)
_OTHER_OP = re.compile(r"\bpercent|%|\bratio\b|\bproportion\b|\bsum\b|\bshare\b", re.I)


def asks_average_change(question: str) -> bool:
    """The question asks how an average changed ('the change between 2018 and 2019 average X', 'the
    difference between 2019 average A and 2019 average B'), and no other operation."""
    return bool(_AVERAGE.search(question) and _CHANGE.search(question) and not _OTHER_OP.search(question))


def _means(years: list[int]) -> list[list[int]] | None:
    """The periods each average spans, later first: two years asked are each averaged with the year
    before ('the 2019 average' is over 2019 and 2018); three years in a row are two spans sharing the
    middle one ('between 2017-2018, and 2018-2019')."""
    ys = sorted(set(years), reverse=True)
    if len(ys) == 2:
        return [[ys[0], ys[0] - 1], [ys[1], ys[1] - 1]]
    if len(ys) == 3 and ys[0] - ys[2] == 2:
        return [[ys[0], ys[1]], [ys[1], ys[2]]]
    return None


def average_change(ctx: AnswerContext, slots: Slots, tables: list[tuple[int, Table]], backend: str) -> Answer | None:
    """The change of an average, from cells: one row's average over the later periods less its
    average over the earlier ones, or (two rows named, 'the difference between the 2019 average A and
    the 2019 average B', 'the average difference between A and B for both FYs') the larger row's
    average less the smaller's over the same periods."""
    from .period_cells import one_series, period_cell
    from .row_lookup import row_named
    from .pair_questions import BETWEEN

    question = ctx.question
    if not asks_average_change(question):
        return None
    if _ANNUAL_CHANGE.search(question):
        return annual_change(ctx, slots, tables, backend)
    m = BETWEEN.search(question)
    if m is not None and not (YEAR.search(m.group("a")) and not _AVERAGE.search(m.group("a"))):
        names = [YEAR.sub(" ", _AVERAGE.sub(" ", m.group(k))) for k in ("a", "b")]
        rows = [row_named(tables, n) for n in names]
        if None in rows or rows[0].row == rows[1].row:
            return None
        years = sorted(set(slots.years), reverse=True)
        span = [years[0], years[0] - 1] if len(years) == 1 else years
        hits = rows
        groups = [[period_cell(h, y, question) for y in span] for h in rows]
    else:
        hit = row_named(tables, question)
        spans = _means(list(slots.years))
        if hit is None or spans is None:
            return None
        hits = [hit, hit]
        groups = [[period_cell(hit, y, question) for y in span] for span in spans]
    if len(groups[0]) < 2 or any(c is None for g in groups for c in g):
        return None
    located_hits = [located(ctx, h, g) for h, g in zip(hits, groups)]
    if None in located_hits:
        return None
    sides = [[operand(c, citation_n(ctx, located_hits, h)) for c in g] for h, g in zip(located_hits, groups)]
    if m is not None and sum(o.value for o in sides[0]) < sum(o.value for o in sides[1]):
        sides, located_hits = sides[::-1], located_hits[::-1]  # the difference of two rows: larger less smaller
    try:
        result = compute.average_change(*sides)
    except compute.ComputeError:
        return None
    each = [h for h, g in zip(located_hits, sides) for _ in g]
    return computed_answer(ctx, each, result, backend)


# 'the average annual increase', 'the average increase per year': a change spread over the years it spans
_ANNUAL_CHANGE = re.compile(r"\b(?:average|mean)\s+(?:annual|yearly)\s+(?:change|increase|decrease|growth|decline)\b|"
                            r"\b(?:average|mean)\s+(?:change|increase|decrease|growth|decline)\s+(?:per|a|each)\s+year\b",
                            re.I)


def annual_change(ctx: AnswerContext, slots: Slots, tables: list[tuple[int, Table]], backend: str) -> Answer | None:
    """'The average annual increase in X between 2022 and 2024': one row's change from the earlier year to the
    later, over the number of years between them (not the mean of the two figures); two years asked, no rate."""
    from .period_cells import one_series, period_cell
    from .row_lookup import row_named

    years = sorted(set(slots.years), reverse=True)
    if len(years) != 2 or re.search(r"\brates?\b|%|\bpercent", ctx.question, re.I):
        return None
    hit = row_named(tables, ctx.question)
    cells = [period_cell(hit, y, ctx.question) for y in years] if hit is not None else [None]
    if None in cells:
        return None
    cells = one_series(hit, cells)
    located_hit = located(ctx, hit, cells)
    if located_hit is None:
        return None
    n = citation_n(ctx, [located_hit], located_hit)
    try:
        result = compute.annual_change(operand(cells[0], n), operand(cells[1], n), years[0] - years[1])
    except compute.ComputeError:
        return None
    return computed_answer(ctx, [located_hit, located_hit], result, backend)


def share_of_total_column(ctx: AnswerContext, slots: Slots, tables: list[tuple[int, Table]],
                          backend: str) -> Answer | None:
    """'What proportion of total operating lease payments is due in 2024?' of a schedule whose periods are columns
    closed by a 'Total ...' column: the named row's figure in the year asked over its figure in the one total column
    the question names ('total' and its other header words), which follows the year's column."""
    if "total" not in words(ctx.question) or len(set(slots.years)) != 1:
        return None
    hit = best_row(tables, ctx.question) or _generic_row(tables, ctx.question)
    if hit is None or TOTAL_ROW.match(hit.row.split(SEP)[-1]):
        return None
    asked = set(words(ctx.question))
    columns = hit.table.columns
    totals = [c for c in columns if TOTAL_ROW.match(c.split(SEP)[-1]) and set(words(c)) <= asked]
    year_column = column_for(hit.table, slots.years[0], ctx.question, hit.row)
    if len(totals) != 1 or year_column is None or columns.index(year_column) > columns.index(totals[0]):
        return None
    cells = [next((c for c in hit.table.cells if c.row == hit.row and c.column == col and c.value is not None), None)
             for col in (year_column, totals[0])]
    if None in cells:
        return None
    hits = [located(ctx, hit, [c]) for c in cells]
    if None in hits:
        return None
    result = calculate("share", [operand(c, citation_n(ctx, hits, h)) for h, c in zip(hits, cells)])
    return computed_answer(ctx, hits, result, backend) if result is not None else None


def _generic_row(tables: list[tuple[int, Table]], question: str) -> RowHit | None:
    """The one row labelled by generic words alone ('Amount (in millions)': no content word to name it) that the
    question writes, each word of it, in one table."""
    said = set(re.findall(r"[a-z]+", question.lower()))
    found = [RowHit(passage, table, row, 0.0) for passage, table in tables for row in table.rows
             if not words(label := re.sub(r"\([^)]*\)", " ", row)) and (own := re.findall(r"[a-z]+", label.lower()))
             and set(own) <= said]
    return found[0] if len({(f.row, tuple(f.table.columns)) for f in found}) == 1 else None
