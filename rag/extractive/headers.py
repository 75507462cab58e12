"""A cell addressed by its row label and its column header words, when the columns are not periods
('Less Than 1 Year | 2-5 Years', 'Shares | Weighted average exercise price'): the question names
the row with some of its words and the column(s) with the others."""

from __future__ import annotations

import re

from ingest.cell_values import unit_of
from ingest.row_lines import short_columns
from ingest.tables import OF_WHICH, SEP, Cell, Table

from ..types import Answer, AnswerContext
from .cells import OPERATION_WORDS, RowHit, row_score, table_topic, words, year_of
from .choice_names import alternatives
from .shape_text import shaped_answer, scaled

_NUMBER_WORDS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}
# a row's position in a ranking is its Rank column ('X's position and score')
_SAME = {**_NUMBER_WORDS, "position": "rank"}


def _words(text: str) -> set[str]:
    """Content words with number words as digits ('one year' ~ '1 Year') and a position as a rank."""
    return {_SAME.get(w, w) for w in words(text)}


# words a header part states a unit with: scales, currency letters ('R$', 'US$', 'EUR'), physical units
_UNIT_WORDS = frozenset("thousand million billion trillion m mn bn k 000 r us usd eur gbp rmb hk hkd cad jpy chf brl "
                        "tonne ton metric barrel boe unit mwh gwh twh kwh mw gw kg km litre liter ounce oz in of".split())


_UNIT_BRACKET = re.compile(r"\([^()]{1,20}\)")  # a bracket after a header's words: 'ADR (EUR)', 'Volume (mn units)'


def header_words(header: str) -> set[str]:
    """The words a question names a column header by: the header's parts that state only a unit ('thousand
    tonnes', 'R$ million' under 'Shipments (1)'), a bracket stating only a unit ('ADR (EUR)') and footnote marks
    ('(1)') are no words it says."""
    kept = []
    for part in header.split(SEP):
        part = re.sub(r"\(\s*\d{1,2}\s*\)", " ", part)
        part = _UNIT_BRACKET.sub(lambda m: " " if set(words(m.group(0))) <= _UNIT_WORDS and words(part[:m.start()]) else m.group(0), part)
        if any(unit_of(part)) and not set(words(part)) - _UNIT_WORDS:
            continue
        kept.append(part)
    return _words(" ".join(kept)) if kept else _words(header)


PHYSICAL = frozenset("tonne ton barrel boe unit mwh gwh twh kwh mw gw kg km litre liter ounce oz".split())


def physical_unit(header: str) -> str | None:
    """The header part stating a physical unit with its scale ('thousand tonnes'), or None: such a scale
    belongs to the unit, so the figure is shown as written with the unit after it, not as '4,513 thousand'."""
    for part in header.split(SEP):
        said = set(words(part))
        if said & PHYSICAL and not said - _UNIT_WORDS:
            return part.strip()
    return None


def named_columns(table: Table, asked: set[str], question: str = "") -> list[str]:
    """The table's columns (not years) whose own header words are all asked; a column whose words
    are a part of another named one's ('Total' beside 'Total revenue') gives way to it. A year every
    column shares ('As of February 28, 2019 › As reported | … › Adjustments') tells no column apart:
    such columns are named by their own words. Columns named by the same words and told apart by a
    mark ('$ CHANGE', '% CHANGE') are the one whose mark the `question` asks (percent or money)."""
    short = short_columns(table.columns)
    named = []
    for column in table.columns:
        if year_of(short.get(column, column)) is not None:
            continue
        own = header_words(short.get(column, column))
        if own and own <= asked:
            named.append((column, own))
    kept = [(c, own) for c, own in named if not any(own < other for _, other in named)]
    return [c for c, own in kept if not _other_mark(c, own, kept, short, question)]


_MARKS = (("%", re.compile(r"%|\bpercent", re.I)), ("$", re.compile(r"\$|\bdollars?\b", re.I)))


def _other_mark(column: str, own: set[str], kept: list[tuple[str, set[str]]], short: dict[str, str],
                question: str) -> bool:
    """A column named by the same words as another kept one, that lacks the mark the question asks
    and which that other column has ('% CHANGE' asked: '$ CHANGE' gives way)."""
    head = short.get(column, column)
    for mark, cue in _MARKS:
        if not cue.search(question) or mark in head:
            continue
        if any(other != column and other_own == own and mark in short.get(other, other) for other, other_own in kept):
            return True
    return False


def operation_in_header(tables: list[tuple[int, Table]], question: str) -> bool:
    """Whether the question's operation word ('average') is a word of a column header it names
    ('Weighted-Average Useful Lives'): with those words set aside it asks no computation."""
    from .operations import operation

    asked = _words(question)
    said = {w for _, table in tables for c in named_columns(table, asked) for w in _words(c) & OPERATION_WORDS}
    if not said:
        return False
    rest = " ".join(w for w in re.findall(r"[\w'-]+|[^\w\s]", question)
                    if not (set(words(w)) & said or set(words(w.replace("-", " "))) & said))
    return operation(rest) is None


def by_headers(ctx: AnswerContext, tables: list[tuple[int, Table]], question: str, backend: str,
               year: int | None = None) -> Answer | None:
    """The cell(s) at the row the question names and the non-period column(s) it names, each
    cited; None unless exactly one row (or rows that agree) is named once the column words are set
    aside, and every cell read holds a figure. With `year` (periods as rows: 'Outstanding at
    September 30, 2018'), only rows whose label states that year."""
    if _CHOICE.search(question) or alternatives(question) is not None:
        return None  # 'which ranks higher, A or B', 'between A and B, which ...': a name or both figures answer
    asked = _words(question)
    hits = []
    for passage, table in tables:
        if len(table.columns) < 2:
            continue
        named = named_columns(table, asked, question)
        short = short_columns(table.columns)
        labels = set().union(*(set(words(r.split(SEP)[-1])) for r in table.rows)) if table.rows else set()
        # a word naming a column and a row label alike ('total') names the row when the others
        # name the columns: 'total obligations less than one year' is the Total row, not the Total column
        for columns in (named, [c for c in named if not header_words(short[c]) <= labels]):
            if not columns:
                continue
            rest = asked - set().union(*(header_words(short[c]) for c in columns)) - OPERATION_WORDS
            topic = table_topic(table)
            found = [(s, passage, table, row, columns) for row in table.rows
                     if (s := row_score(row, rest, topic)) is not None
                     and (year is None or str(year) in _period_label(row))]
            if found:
                hits.extend(found)
                break
    if not hits:  # 'the total assets as reported' of a heading that closes with no total row
        from .row_sets import group_total

        def said_column(table: Table) -> str | None:
            named = named_columns(table, asked)
            return named[0] if len(named) == 1 else None

        return group_total(ctx, question, tables, said_column, backend)
    hits.sort(key=lambda h: -h[0])
    top = [h for h in hits if h[0] >= hits[0][0] - 1e-9]
    cells_of = [tuple(_cell(h[2], h[3], c) for c in h[4]) for h in top]
    if len({tuple(c.text if c else None for c in cells) for cells in cells_of}) != 1:
        return None  # rows as good give other figures
    score, passage, table, row, columns = top[0]
    cells = list(cells_of[0])
    if not cells or any(c is None for c in cells):
        return None
    if not _percent_asked(question) and any(c.unit == "%" for c in cells):
        return None  # an amount asked, a percentage found
    hit = RowHit(passage, table, row, score)
    short = short_columns(table.columns)
    each = "; ".join(f"{short.get(c.column, c.column)}: {scaled(c)}" for c in cells)
    if len(cells) == 1 and (unit := physical_unit(cells[0].column)):
        lead = " ".join(cells[0].text.split())
        text = f"**{lead}** ({unit}). {row.split(SEP)[-1]} — {each} [1]"
    elif len(cells) == 1:
        lead = scaled(cells[0])
        text = f"**{lead}**. {row.split(SEP)[-1]} — {each} [1]"
    else:  # plain figures in the lead, the scale after it (as for two periods)
        lead = " and ".join(" ".join(c.text.split()).replace("$ ", "$") for c in cells)
        scale = cells[0].scale if cells[0].unit != "%" else None
        text = f"**{lead}**{f' ({scale})' if scale else ''}. {row.split(SEP)[-1]} — {each} [1]"
    return shaped_answer(ctx, [hit], text, lead, "figure" if len(cells) == 1 else "comparison", backend)


def _period_label(row: str) -> str:
    """The label stating a row's period: its own, or for a part of the row above ('Stores at December 31, 2021 ›
    Of which hypermarkets') that row's."""
    parts = row.split(SEP)
    return SEP.join(parts[-2:]) if len(parts) > 1 and OF_WHICH.match(parts[-1]) else parts[-1]


def _cell(table: Table, row: str, column: str) -> Cell | None:
    cell = next((c for c in table.cells if c.row == row and c.column == column), None)
    return cell if cell is not None and cell.value is not None else None


_CHOICE = re.compile(r"^\s*(?:in\s+)?(?:which|who|whom)\b|\b(?:or|versus|vs\.?)\s", re.I)
# 'share' of a whole, not 'per share' (a unit of an amount) nor 'share-based' (stock)
_PERCENT = re.compile(r"\bpercent|%|\brates?\b|\bmargins?\b|\bratio\b|\bproportion\b|(?<!\bper )\bshare\b(?![- ]based)", re.I)


def _percent_asked(question: str) -> bool:
    return bool(_PERCENT.search(question))
