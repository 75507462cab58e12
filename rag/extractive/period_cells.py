"""Addressing a row's figures: the cell of a year (not a change column, not a percentage unless
asked), the cells in the columns a question names by their headers, and the retrieved passage (or
the sibling chunk of a split table) that writes them, for the figure checker to read."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.row_lines import short_columns
from ingest.tables import SEP, Cell, Table

from ..types import AnswerContext, Passage
from .cells import TOTAL_ROW, RowHit, percent_asked, words, year_of
from .column_choice import column_for, group_named
from .derivation import NIL, nil_as_zero
from .operations import operation, without_multiple
from .passage_tables import doc_chunks
from .row_lookup import said_words

YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# a column of changes ('% Change 2018 to 2019', '2019 over 2018') names a year but is no year's figure;
# '% of Total', '% of revenue' is a share of the year, not a change; a bracketed '(%)' ('Share (%) › 2024') states
# the unit of the column's figures, not a change ('YoY (%)', 'CAGR (%)', 'Var. (%)' say theirs in words)
CHANGE_COLUMN = re.compile(r"\bchange|(?<!\()%(?!\s*of\b)(?!\s*\))|\bincrease|\bdecrease|\bvariance|\bgrowth|\bover\b|"
                           r"\byoy\b|\bcagr\b|\bvs\b|\bversus\b|\bvar\b|Δ|\+\s*/\s*-", re.I)


# the figure asked is itself a percentage of something ('the percent of total sales from APAC')
_PERCENT_OF = re.compile(r"\b(?:percent(?:age)?|%|proportion|share)\s+of\b", re.I)


def period_cell(hit: RowHit, year: int, question: str) -> Cell | None:
    """The row's figure for `year`: among columns naming that year, not a change column, not a
    percentage when an amount is asked, then the one whose other header words the question names;
    a nil dash is 0 when the row gives a figure in another period."""
    row = [nil_as_zero(c) for c in hit.table.cells if c.row == hit.row]
    if all(c.value is None or c.value == 0 and NIL.match(c.text) for c in row):
        return None  # a row of dashes only gives no figure to compute with
    cells = [c for c in row if c.value is not None and year_of(c.column) == year]
    if len(cells) > 1:
        one = [c for c in cells if len(set(YEAR.findall(c.column))) <= 1 and not CHANGE_COLUMN.search(c.column)]
        cells = one or cells
    if len(cells) > 1:  # the header group the question names ('Share (%) › 2024' beside 'Market size › 2024') first,
        named = group_named([c.column for c in cells], year, question, hit.row)  # a share's operands amounts
        if not (operation(question) in ("share", "ratio") and all(c.unit == "%" for c in cells if c.column in named)):
            cells = [c for c in cells if c.column in named]
    if len(cells) > 1 and not percent_asked(without_multiple(question)):  # 'the growth multiple of X': X's amounts
        cells = [c for c in cells if c.unit != "%"] or cells
    elif len(cells) > 1 and _PERCENT_OF.search(question) and operation(question) != "percent_change":
        cells = [c for c in cells if c.unit == "%"] or cells  # 'the percent of total sales': the % column
    if len(cells) > 1 and len({(c.value, c.unit) for c in cells}) == 1:
        return cells[0]  # 'Carrying amount' and 'Fair value' both 1,126: whichever column, the year's figure is one
    if len(cells) > 1:
        column = column_for(Table(None, [c.column for c in cells], [hit.row]), year, question, hit.row)
        cells = [c for c in cells if c.column == column]
    return cells[0] if len(cells) == 1 else None


# a number a question may write in words where a header writes the figure ('less than one year': 'Less Than 1 Year')
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                 "eight": "8", "nine": "9", "ten": "10", "twelve": "12"}


def _figures_said(text: str) -> str:
    """`said_words(text)` with number words written as figures."""
    return re.sub(r"(?<= )[a-z]+(?= )", lambda m: _NUMBER_WORDS.get(m.group(0), m.group(0)), said_words(text))


def named_columns(hit: RowHit, question: str) -> list[Cell]:
    """The row's cells in the columns whose headers the question repeats ('from 2020 to 2021-2022',
    'in 2018/2019 from 2017/2018', 'due in less than one year'), in the question's order; a longer
    header wins over a year in it."""
    short = short_columns(hit.table.columns)
    said = _figures_said(question)
    found = []
    for c in hit.table.cells:
        if c.row != hit.row or c.value is None:
            continue
        label = _figures_said(short.get(c.column, c.column))
        if label.strip() and label in said:
            found.append((said.index(label), -len(label), c))
    found.sort(key=lambda f: (f[0], f[1]))
    out, end = [], -1
    for start, neg_len, c in found:
        if start >= end:  # no overlap with a longer header already taken
            out.append(c)
            end = start - neg_len - 1
    return out


def part_column(cells: list[Cell], hit: RowHit) -> list[Cell]:
    """Columns a question names, a total column left out when one other is named beside it: in 'the
    obligations due in less than one year as a percentage of the total obligations' the word 'total'
    names the whole's row, the period column the figure read."""
    if len(cells) < 2:
        return cells
    short = short_columns(hit.table.columns)
    parts = [c for c in cells if not TOTAL_ROW.match(short.get(c.column, c.column))]
    return parts if len(parts) == 1 else cells


def column_by_own_words(hit: RowHit, question: str) -> Cell | None:
    """The row's cell in the one column whose own header words (those no other column's header has)
    the question all says: 'at the end of the period' names 'Balance at End of Period' beside
    'Balance at Beginning of Period'; None when no column, or more than one, is so named."""
    heads = {c: set(words(c)) for c in hit.table.columns}  # whole header paths: a top row's words count
    asked = set(words(question))
    found = []
    for c in hit.table.cells:
        if c.row != hit.row or c.value is None:
            continue
        others = set().union(*(h for k, h in heads.items() if k != c.column))
        own = heads.get(c.column, set()) - others
        if own and own <= asked:
            found.append(c)
    return found[0] if len(found) == 1 else (_by_header_part(hit, asked) if not found else None)


def _by_header_part(hit: RowHit, asked: set[str]) -> Cell | None:
    """The row's cell in the one column one of whose header parts the question says in its own words,
    a footnote mark aside ('shipments' names 'Shipments (1) › thousand tonnes': the lower part states a unit)."""
    parts = {c: [{w for w in words(p) if not w.isdigit()} for p in c.split(SEP)] for c in hit.table.columns}
    found = []
    for c in hit.table.cells:
        if c.row != hit.row or c.value is None:
            continue
        others = set().union(*(w for k, ps in parts.items() if k != c.column for w in ps))
        if any((own := p - others) and own <= asked for p in parts.get(c.column, [])):
            found.append(c)
    return found[0] if len(found) == 1 else None


def located(ctx: AnswerContext, hit: RowHit, cells: list[Cell]) -> RowHit | None:
    """The hit in a retrieved passage whose text writes the row and these cells (a passage may carry
    a whole table but show only some of its rows): the figure checker reads the cited text."""
    label = " ".join(hit.row.split(SEP)[-1].split())
    wanted = [" ".join(c.text.split()) for c in cells]
    order = [hit.passage] + [i for i in range(len(ctx.passages)) if i != hit.passage]
    for i in order:
        text = " ".join(ctx.passages[i].chunk.text.split())
        if label in text and all(w in text for w in wanted):
            return replace(hit, passage=i)
    return _sibling(ctx, hit, label, wanted)


def _sibling(ctx: AnswerContext, hit: RowHit, label: str, wanted: list[str]) -> RowHit | None:
    """A table longer than a chunk is split over chunks of its report: a row no retrieved passage
    writes is read from the chunk of the same report (and page) that writes it and its cells, added
    to the passages so the answer cites it; None when no chunk writes it."""
    snap, own = ctx.snapshot, ctx.passages[hit.passage].chunk
    if snap is None or not hasattr(snap, "chunks") or not isinstance(ctx.passages, list):
        return None
    chunks = doc_chunks(snap, own.doc_id, True)
    found = [c for c in chunks if c.page == own.page and label in (text := " ".join(c.text.split()))
             and all(w in text for w in wanted)]
    if not found:
        return None
    ctx.passages.append(Passage(found[0], 0.0))
    return replace(hit, passage=len(ctx.passages) - 1)


def row_years(hit: RowHit) -> list[int]:
    """The years of the row's figures, change columns ('Change (%)', '2019 vs 2018') left out."""
    return list(dict.fromkeys(y for c in hit.table.cells if c.row == hit.row and c.value is not None
                              and len(set(YEAR.findall(c.column))) <= 1 and not CHANGE_COLUMN.search(c.column)
                              and (y := year_of(c.column)) is not None))


def _percent_cell(cell: Cell) -> bool:
    return cell.unit == "%" or "%" in cell.column


def amounts_divided(pair: list[tuple[RowHit, Cell]], question: str) -> list[tuple[RowHit, Cell]]:
    """A ratio or share of two rows is of their amounts: when each row's cell read is a percentage
    ('% of total revenue') beside an amount of the same period ('Amount'), the amounts, unless the
    question repeats the percentage column's own header words; otherwise the pair as it is."""
    if len({(id(h.table), h.row) for h, _ in pair}) != len(pair):
        return pair  # two columns of one row: the columns named are the operands
    asked = set(words(question))
    out = []
    for hit, cell in pair:
        if not _percent_cell(cell):
            return pair
        short = short_columns(hit.table.columns)
        own = set(words(short.get(cell.column, cell.column)))
        year = year_of(cell.column)
        if year is None or (own and own <= asked):
            return pair
        amount = [c for c in hit.table.cells if c.row == hit.row and c.value is not None and not _percent_cell(c)
                  and year_of(c.column) == year and len(set(YEAR.findall(c.column))) <= 1
                  and not CHANGE_COLUMN.search(c.column)]
        if len(amount) != 1:
            return pair
        out.append((hit, amount[0]))
    return out if len({c.column for _, c in out}) == 1 else pair


def same_column(first: RowHit, second: RowHit, cells: list[Cell | None], year: int | None,
                question: str) -> list[Cell | None]:
    """Two rows of one table compared in one period lie in one column: a row whose column the question leaves open
    ('the short-term incentive' beside 'CEO' and 'Executive Committee total' columns) is read in the column the
    question's words naming neither row choose ('CEO' of 'the CEO's total remuneration'), when the other row's is it."""
    if year is None:
        return cells
    labels = set(words(first.row.split(SEP)[-1])) | set(words(second.row.split(SEP)[-1]))
    column = column_for(first.table, year, " ".join(w for w in words(question) if w not in labels))
    if column is None or any(c is not None and c.column != column for c in cells):
        return cells
    return [c if c is not None else next((x for x in h.table.cells if x.row == h.row and x.column == column
                                          and x.value is not None), None) for h, c in zip((first, second), cells)]


_PERIOD_WORD = re.compile(r"^(?:(?:19|20)\d\d[a-z]?|fy\d*|[ef]|q[1-4]|h[12])$")


def _measure_words(label: str) -> set[str]:
    """The header's words besides its period ('EVs per public charger 2024' -> evs, per, public, charger)."""
    return {w for w in words(label) if not _PERIOD_WORD.match(w)}


def one_series(hit: RowHit, cells: list[Cell]) -> list[Cell]:
    """Operands over periods of one row are of one series: a cell whose column header names a measure beside its
    period ('EVs per public charger 2024') gives way to that year's one plain period column ('2024') when another
    operand's column is a plain period ('2030E'); else the cells as they are."""
    short = short_columns(hit.table.columns)
    extra = [bool(_measure_words(short.get(c.column, c.column))) for c in cells]
    if all(extra) or not any(extra):
        return cells
    row = [c for c in hit.table.cells if c.row == hit.row and c.value is not None]
    out = []
    for c, named in zip(cells, extra):
        if named:
            plain = [d for d in row if year_of(d.column) == year_of(c.column) is not None
                     and not _measure_words(short.get(d.column, d.column))]
            if len(plain) != 1:
                return cells
            c = plain[0]
        out.append(c)
    return out
