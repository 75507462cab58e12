"""Computed answers that address two things or several rows: two rows in one period or two columns
of one row ('the difference between A and B', 'how much more A than B', 'the sum of A and B', 'the
share of A in B'), and periods written as row groups ('December 31, 2019 › Total'). Each returns None unless
every operand is addressed exactly. (The phrasings naming the two things: pair_questions; the count of the
rows under a heading: row_count.)"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.row_lines import short_columns
from ingest.tables import SEP, Cell

from ..types import Answer, AnswerContext
from .cells import OPERATION_WORDS, RANK_COLUMN, TOTAL_ROW, RowHit, header_words, row_score, words, year_of
from .compared_frames import comparison
from .derivation import calculate, computed_answer, operand
from .expense_sign import as_asked
from .pair_questions import (ASKED, BETWEEN, COMBINED, COMBINED_OF, MORE, PART_OF, SUM_OF, TOGETHER, TWO_ROWS,
                             later_cuts, part_named)
from .period_cells import (YEAR, amounts_divided, column_by_own_words, located, named_columns, part_column, period_cell,
                           one_series, same_column)
from .row_lookup import row_named
from .pair_column import one_column
from .listed_whole import PARTS_LISTED, listed_whole_share
from .printed_measure import printed_shares
from .row_whole import total_column
from .share_whole import parts_cells, parts_share, share_cells
from .shape_text import citation_n
from .shared_head import with_shared_head
from .slots import Slots

_DATE_COLUMN = re.compile(r"\b(?:year|date)\b", re.I)


def items(ctx: AnswerContext, slots: Slots, tables, op: str, backend: str) -> Answer | None:
    """Two things in one period: two rows ('between purchased technology and trademarks'), or two
    columns of the one row the question names ('between the domestic and international discount
    rates'). 'The difference between A and B' is the larger less the smaller, 'how much more A than
    B' is A - B, a sum adds them, a ratio or share divides A by B."""
    question = ctx.question
    for rx, absolute in ASKED.get(op, ()):
        m = rx.search(question)
        if m is None:
            continue
        a, b = (m.group("a"), m.group("b")) if "a" in rx.groupindex else (m.group(1), m.group(2))
        if rx is PART_OF:
            a = part_named(m)
        if len(set(YEAR.findall(f"{a} {b}"))) == 2:  # two periods of one row (one year said on each side is one period): a ratio or 'how much higher' in the question's order
            return _periods_in_order(ctx, tables, op, f"{a} {b}", question, backend) if op in ("ratio", "multiple") \
                or rx is MORE else None  # (a change 'between' two years is one row's change: one_row)
        got = _two_items(ctx, slots, tables, op, m, a, b, absolute, backend)
        if got is None and rx is TWO_ROWS[0]:  # 'the ratio of amounts due to related parties to creditors':
            for a, b in later_cuts(m):        # a label holding the connector, cut at a later one
                got = _two_items(ctx, slots, tables, op, m, a, b, absolute, backend)
                if got is not None:
                    break
        if got is not None:
            return got
    return _framed(ctx, slots, tables, op, backend)


# a difference asked in a unit no cell is in ('in basis points' of percentage cells): not the cells' own difference
_OTHER_UNIT = re.compile(r"\bbasis points?\b|\bbps\b|\bbp\b", re.I)


def _framed(ctx: AnswerContext, slots: Slots, tables, op: str, backend: str) -> Answer | None:
    """The two things of the question's comparison frame in its general grammar (compared_frames), when the
    phrasings above read none: the side computed from first is A, so 'how many fewer A than B' is B - A."""
    question = ctx.question
    frame = comparison(question)
    if frame is None or frame.op != op or _OTHER_UNIT.search(question):
        return None
    m = re.search(r"(?P<a>.+)", question)  # no phrasing's own match: the frame's sides and measure stand for it
    if len(set(YEAR.findall(f"{frame.a} {frame.b}"))) == 2:  # one row in two periods, in the order the frame says
        return None if frame.apart else _periods_in_order(ctx, tables, op, f"{frame.a} {frame.b}", question, backend)
    return _two_items(ctx, slots, tables, op, m, frame.a, frame.b, frame.apart, backend, frame.what)




def _two_items(ctx: AnswerContext, slots: Slots, tables, op: str, m: re.Match, a: str, b: str, absolute: bool,
               backend: str, what: str = "") -> Answer | None:
    """The operation over the two things `a` and `b` name, in one period (rows, else columns of one row)."""
    question = ctx.question
    if len(set(slots.years)) > 1:
        return None
    year = slots.years[0] if slots.years else None
    if op == "share" and PARTS_LISTED.search(b):  # 'gross new ARR (new logo plus expansion)': their sum is the whole
        return listed_whole_share(ctx, tables, a, b, year, backend, item_cell)
    what = what or ((m.groupdict().get("what") or "") if op == "change" else "")
    listed = _listed_rows(tables, a, b, year, question) if op == "sum" else None
    pair = listed or _two_rows_named(tables, a, b, what, year, question, whole=op in ("ratio", "share"),
                                     share=op == "share")
    if pair is None and op in ("change", "sum") and m.re in (BETWEEN, SUM_OF, COMBINED, TOGETHER):
        pair = _split_elsewhere(tables, question[m.start("a"):m.end("b")], what, year, question)
    if pair is None and op == "share" and m.re is PART_OF:  # 'what proportion of total X came from A and B'
        pair = parts_cells(tables, a, b, year)
    pair = pair or _two_columns(tables, a, b, year, question, whole=op == "share")
    shared = with_shared_head(a, b) if pair is None else None
    if shared is not None:  # 'the total of passenger and ancillary revenue': 'passenger revenue' and 'ancillary revenue'
        pair = _two_rows_named(tables, shared, b, what, year, question) or _two_columns(tables, shared, b, year, question)
    if pair is not None and m.re is COMBINED_OF and not _measure_said(pair, m.group("what")):
        return None  # 'the combined cost of A and B' cut before 'of': only when the measure heads the column read
    if pair is None:
        return None
    if op in ("ratio", "share"):  # two rows' amounts divided, not their '% of total' columns
        pair = amounts_divided(pair, question)
    elif op in ("sum", "change"):  # shares added or compared: the shares the table prints, not its amounts
        pair = printed_shares(pair, question)
    pair = [(located(ctx, h, [c]), c) for h, c in pair]
    if any(h is None for h, _ in pair):
        return None
    hits = [h for h, _ in pair]
    operands = [operand(c, citation_n(ctx, hits, h)) for h, c in pair]
    operands = as_asked(question, op, operands)  # 'the total of X and Y paid', (8.9) and (11.4): 20.3
    if absolute and operands[0].value < operands[1].value:
        operands, hits = operands[::-1], hits[::-1]
    result = parts_share(operands) if op == "share" and len(operands) > 2 else calculate(op, operands)
    return computed_answer(ctx, hits, result, backend) if result is not None else None


_LIST_COMMA = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?")


def _listed_rows(tables, a: str, b: str, year: int | None, question: str):
    """A sum over a list of three or more things ('the combined imports of the United States, China and Japan'):
    the side before the last 'and' holds the others, parted by commas; each names its own row, all distinct, each
    with its cell of the period asked. None unless every item names a row."""
    if "," not in a:
        return None
    names = [n for n in _LIST_COMMA.split(a) if n.strip()] + [b]
    hits = [row_named(tables, n) for n in names]
    if len(names) < 3 or None in hits or len({(h.row, id(h.table)) for h in hits}) != len(hits):
        return None
    cells = [item_cell(h, year, question) for h in hits]
    return None if None in cells else list(zip(hits, cells))


def _measure_said(pair, what: str) -> bool:
    """Whether the measure a question says before its two things ('shipments') heads each cell's column,
    so the cut left it out of no row's label ('combined cost of revenue and ...' names rows)."""
    said = set(words(what))
    return bool(said) and all(said <= set(words(c.column)) for _, c in pair)


def _periods_in_order(ctx: AnswerContext, tables, op: str, both: str, question: str, backend: str) -> Answer | None:
    """One row's figures in the two periods the compared sides name, in the question's order: 'how much
    higher was X in 2019 than in 2018' is 2019 - 2018, 'the ratio of X in 2019 to 2018' is 2019 / 2018."""
    years = YEAR.findall(both)
    if len(set(years)) != 2:
        return None
    hit = row_named(tables, YEAR.sub(" ", both))
    cells = [period_cell(hit, int(y), question) for y in years] if hit is not None else [None]
    if None in cells:
        return None
    cells = one_series(hit, cells)  # 'its 2024 stock' beside '2030E': the '2024' column, not 'EVs per charger 2024'
    hit = located(ctx, hit, cells)
    if hit is None:
        return None
    result = calculate(op, [operand(c, citation_n(ctx, [hit], hit)) for c in cells])
    return computed_answer(ctx, [hit, hit], result, backend) if result is not None else None


def item_cell(hit: RowHit, year: int | None, question: str) -> Cell | None:
    """The row's figure asked: its cell of the year asked, else (a table with no year column: a ranking
    dated by its title) its one figure, or the one in the column the question names; rank cells are none."""
    if year is not None and any(year_of(c) is not None for c in hit.table.columns):
        return period_cell(hit, year, question)
    short = short_columns(hit.table.columns)
    cells = [c for c in hit.table.cells if c.row == hit.row and c.value is not None
             and not RANK_COLUMN.match(short.get(c.column, c.column))]
    if len(cells) > 1:  # a column of dates ('Last Fiscal Year of Expiration: 2039') gives no amount of the row
        cells = [c for c in cells if not (_DATE_COLUMN.search(c.column) and YEAR.fullmatch(c.text.strip()))] or cells
    if len(cells) > 1:
        named = part_column(named_columns(hit, question), hit)
        own = column_by_own_words(hit, question) if len(named) != 1 else None
        cells = [own] if own is not None else named
    return cells[0] if len(cells) == 1 else None


def _split_elsewhere(tables, both: str, what: str, year: int | None, question: str):
    """'the sum of data and devices and appliances': two labels that hold 'and' themselves, cut at
    the one 'and' where both sides name rows (the first cut names none); None when no cut, or
    several cuts naming other rows, do."""
    found = {}
    for k in re.finditer(r"\s+and\s+(?:the\s+)?", both):
        pair = _two_rows_named(tables, both[:k.start()], both[k.end():], what, year, question)
        if pair is not None:
            found[tuple((h.row, id(h.table)) for h, _ in pair)] = pair
    return next(iter(found.values())) if len(found) == 1 else None


# a balance date closing a phrase ('options outstanding at 31 March 2019'): a date the question writes once, on
# the whole, dates the part too, whose row label may carry it ('Exercisable at 31 March')
_BALANCE_DATE = re.compile(r"\b(?:at|as (?:at|of))\s+(?:the end of\s+)?[\w ,.]*\d[\w ,.]*$", re.I)


def _two_rows_named(tables, a: str, b: str, what: str, year: int | None, question: str, whole: bool = False,
                    share: bool = False):
    """The rows `a` and `b` name and their cells; `b` a `whole` (a share's) may name its total row without 'total'."""
    first = row_named(tables, a) or (row_named(tables, f"{a} {what}") if what else None)
    second = row_named(tables, b) or (row_named(tables, f"{b} {what}") if what else None)
    if first is None and second is not None and (date := _BALANCE_DATE.search(b)):
        first = row_named(tables, f"{a} {date.group(0)}")  # 'what % of options outstanding at 31 March were exercisable'
    if whole and first is not None and second is None:
        second = _total_named(first, b)
        if second is None and share and (measure := share_cells(first, b, year)) is not None:
            return measure  # 'what share of Europe's capacity under construction is in Spain': Total in that column
    if first is None or second is None or (first.row, id(first.table)) == (second.row, id(second.table)):
        return None
    cells = [item_cell(h, year, question) for h in (first, second)]
    if first.table is second.table and (None in cells) and cells != [None, None]:
        cells = same_column(first, second, cells, year, question)
    if None in cells or (cells := one_column(first, second, cells, question)) is None:
        return None
    return list(zip((first, second), cells))


def _total_named(part: RowHit, whole: str) -> RowHit | None:
    """The whole a part is compared with, named by its total row's words but 'total' ('portfolio book value' for
    'Total portfolio'): the one total row of the part's table whose other words the whole's phrase all says."""
    said = set(words(whole))
    rows = [r for r in part.table.rows if TOTAL_ROW.match(r.split(SEP)[-1]) and r != part.row
            and (own := set(words(r.split(SEP)[-1])) - {"total"}) and own <= said]
    return RowHit(part.passage, part.table, rows[0], part.score) if len(rows) == 1 else None


# a calendar date ('December 31, 2021', '31 March 2019'): the period of the figures, not a word of one side
_DATE = re.compile(r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?|"
                   r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)"
                   r"(?:\s+(?:19|20)\d{2})?", re.I)


def _two_columns(tables, a: str, b: str, year: int | None, question: str, whole: bool = False):
    """One row, two columns: each named by the words its side alone says ('operating' and 'finance' of 'operating
    and finance lease payments'), none of the other's; a share's `whole` naming no column is the row's Total column."""
    # (the question's words naming no one row, 'what proportion of total additions related to rolling stock',
    # the row is the one a side names: the whole's 'additions', its 'total' a column)
    hit = row_named(tables, question) or row_named(tables, b) or row_named(tables, a)
    if hit is None:
        return None
    # a date closing one side ('total amortized cost as of December 31, 2021') dates both: its words tell no side apart
    wa, wb = set(words(_DATE.sub(" ", a))), set(words(_DATE.sub(" ", b)))
    short = short_columns(hit.table.columns)  # the header words that tell columns apart
    chosen = []
    for side, mine, other in ((wa, wa - wb, wb - wa), (wb, wb - wa, wa - wb)):  # the words that tell the sides apart
        found = [c for c in hit.table.cells if c.row == hit.row and c.value is not None
                 and (year is None or year_of(c.column) == year)
                 and (cw := header_words(short.get(c.column, c.column))) & mine and not cw & other]
        if len(found) > 1:  # 'North America BD' and 'South America BD' both share 'America BD': the one said whole
            found = [c for c in found if set(words(short.get(c.column, c.column))) <= side]
        if len(found) != 1:
            if whole and not found and len(chosen) == 1 and (total := total_column(hit, chosen[0])) is not None:
                return [(hit, chosen[0]), (hit, total)]  # 'what proportion of X is due after 5 years': of X's total
            break
        chosen.append(found[0])
    if len(chosen) != 2:  # the two column headers said in the question, in its order
        chosen = [c for c in named_columns(hit, question) if year is None or year_of(c.column) == year]
    return [(hit, chosen[0]), (hit, chosen[1])] if len(chosen) == 2 and chosen[0] is not chosen[1] else None


def rows_by_year(ctx: AnswerContext, slots: Slots, tables, op: str, backend: str) -> Answer | None:
    """Periods as rows: 'December 31, 2019 › Total' and 'December 31, 2018 › Total', or 'Nonvested as
    of December 31, 2019' and '... 2018'. The row is the one whose label (its year left out) the question
    names, a row per year asked; the column the one whose header words the question names most."""
    years = sorted(set(slots.years), reverse=True)
    if len(years) < 2 or op not in ("change", "percent_change", "sum", "average"):
        return None
    if op in ("change", "percent_change") and len(years) != 2:
        return None
    asked = set(words(ctx.question)) - OPERATION_WORDS
    groups: dict[tuple, dict[int, RowHit]] = {}
    for passage, table in tables:
        for row in table.rows:
            found = set(int(y) for y in YEAR.findall(row))
            if len(found) != 1 or (year := found.pop()) not in years:
                continue
            key = YEAR.sub("YYYY", row)
            own = set(words(row))  # the column's words name no row, unless the row's label says them ('Total at ...')
            score = row_score(YEAR.sub(" ", row), asked - ({w for c in table.columns for w in words(c)} - own))
            if score is not None:
                groups.setdefault((tuple(table.columns), tuple(table.rows), key), {}).setdefault(year, RowHit(passage, table, row, score))
    full = [g for g in groups.values() if set(g) == set(years)]
    if not full:
        return None
    best = max(next(iter(g.values())).score for g in full)
    full = [g for g in full if next(iter(g.values())).score == best]
    if len(full) != 1:
        return None
    hits = [full[0][y] for y in years]
    cells = []
    for hit in hits:
        said = asked - set(words(YEAR.sub(" ", hit.row)))  # the row's own words ('Total at') name no column
        scored = sorted(((len(set(words(c.column)) & said), c) for c in hit.table.cells
                         if c.row == hit.row and c.value is not None), key=lambda sc: -sc[0])
        if not scored or scored[0][0] == 0 or len(scored) > 1 and scored[1][0] == scored[0][0]:
            return None
        cells.append(scored[0][1])
    located_hits = [located(ctx, h, [c]) for h, c in zip(hits, cells)]
    if any(h is None for h in located_hits):
        return None
    operands = [operand(c, citation_n(ctx, located_hits, h)) for h, c in zip(located_hits, cells)]
    operands = [replace(o, label=str(y)) for o, y in zip(operands, years)]
    result = calculate(op, operands)
    return computed_answer(ctx, located_hits, result, backend) if result is not None else None
