"""Computed figures over periods printed as a table's rows ('2022', '2024(b)', '2025E', 'Q3 2024', 'H1 2025',
'2023/24'): the operands are the cells of the one column the question's measure names, in the rows of the
periods it asks, and of every period between its two ends when it asks an average or a total over a range."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.tables import SEP

from ..types import Answer, AnswerContext
from .cells import RowHit, words
from .derivation import calculate, computed_answer, operand
from .operations import operation
from .computed_rate import COMPOUND, per_year
from .period_cells import located
from .rate_column import printed_rate
from .shape_text import citation_n, shaped_answer
from .slots import Slots
from ..number_words import cardinals

# a row label that is only a period: a part of a year (quarter, half), a year or a split year, a forecast mark, a note;
# a part's year may be written in two digits ('Q4 23', "H1 '24"), a split year with a hyphen ('2023-24', the next year's
# two digits), and a date ('31 March 2013', 'March 2013') is the period of its year
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_ROW_PERIOD = re.compile(r"^\s*(?:(?:\d{1,2}\s+)?" + _MONTH + r",?\s+(?=(?:19|20)\d{2}))?"
                         r"(?:(?P<part>[QH][1-4])\s*'?\s*)?(?:FY\s?)?(?P<year>(?:19|20)\d{2}|(?<=[1-4])\d{2}|(?<=[1-4]\s)\d{2}"
                         r"|(?<=[1-4]')\d{2}|(?<=[1-4]\s')\d{2})(?:\s*/\s*(?P<end>\d{2}|(?:19|20)\d{2})|-(?P<next>\d{2}))?"
                         r"\s*[EFA]?\s*(?:\(\w{1,2}\)|\*)?\s*$", re.I)
# a period the question writes: 'Q3 2024', "Q3'25", 'Q4 24', 'H1 2025', '2023/24', '2023-24', '2025E', 'FY2024'
_ASKED = re.compile(r"(?<![\w/])(?:(?P<part>[QH][1-4])\s*'?\s*)?(?:FY\s?)?(?P<year>(?:19|20)\d{2}|(?<=')\d{2}"
                    r"|(?<=[QH][1-4])\d{2}|(?<=[QH][1-4]\s)\d{2})"
                    r"(?:\s*/\s*(?P<end>\d{2}|(?:19|20)\d{2})|-(?P<next>\d{2})(?!\d))?[EF]?(?![\d/%])", re.I)
# a group of a year's parts: 'the quarters of 2024', 'the two half-years of 2024', 'the first three quarters of 2025',
# 'the four half-years of 2023 and 2024'
_PARTS_OF = re.compile(r"\b(?:(?P<pos>first|last|final)\s+)?(?:(?P<n>\w+)\s+)?(?P<kind>quarters|half[- ]?years|halves)"
                       r"\s+of\s+(?:fiscal\s+)?(?P<years>(?:19|20)\d{2}(?:\s*(?:,|and|&)\s*(?:19|20)\d{2})*)\b", re.I)
_COUNTS = cardinals(2, 12)
_RANGE_OPS = ("average", "sum")
_POINT_OPS = ("change", "percent_change", "multiple")
_GENERIC = {"what", "was", "were", "is", "the", "of", "in", "from", "to", "between", "and", "over", "by", "how", "much",
            "did", "does", "per", "cent", "percentage", "change", "average", "avg", "total", "growth", "increase",
            "decrease", "rise", "fall", "year", "quarter", "season", "which", "mean", "combined"}

Key = tuple[int, str]  # (the period's year, its part: '' for a whole year, 'Q3', 'H1')


def _key(m: re.Match) -> Key | None:
    """A period written as (year, part); a split year ('2023/24') is the year it ends in."""
    year = int(m.group("year")) if len(m.group("year")) == 4 else 2000 + int(m.group("year"))
    if m.group("end"):
        year = int(m.group("end")) if len(m.group("end")) == 4 else year // 100 * 100 + int(m.group("end"))
    elif m.group("next"):  # '2023-24': the year it ends in; '2020-23' spans years, no one period (None)
        return (year + 1, (m.group("part") or "").upper()) if int(m.group("next")) == (year + 1) % 100 else None
    return year, (m.group("part") or "").upper()


def row_periods(rows: list[str]) -> dict[str, Key]:
    """Each row whose label (its last level) is only a period, with that period."""
    out = {}
    for row in rows:
        m = _ROW_PERIOD.match(row.split(SEP)[-1])
        if m is not None and (k := _key(m)) is not None:
            out[row] = k
    return out


def grouped_parts(question: str, given: set[Key]) -> list[Key] | None:
    """The periods a group of a year's parts names ('the two half-years of 2024': H1 and H2 2024; 'the first three
    quarters of 2025': Q1-Q3 2025) among the table's; None when the question names no group or the table does not
    hold the number of parts it says."""
    out: list[Key] = []
    for m in _PARTS_OF.finditer(question):
        years = {int(y) for y in re.findall(r"(?:19|20)\d{2}", m.group("years"))}
        keys = sorted(k for k in given if k[0] in years and k[1][:1] == m.group("kind")[0].upper())
        n = _COUNTS.get((m.group("n") or "").lower()) or (int(m.group("n")) if (m.group("n") or "").isdigit() else None)
        if m.group("pos"):
            keys = (keys[:n] if m.group("pos").lower() == "first" else keys[-n:]) if n and n <= len(keys) else []
        if not keys or n is not None and len(keys) != n:
            return None
        out += keys
    return out or None


def asked_periods(question: str, given: set[Key]) -> list[Key]:
    """The periods the question writes, in its order, as the table's rows key them; 'the four quarters of 2024' is
    each quarter row of 2024 (grouped_parts)."""
    out: list[Key] = list(grouped_parts(question, given) or [])
    for m in _ASKED.finditer(_PARTS_OF.sub(" ", question)):
        k = _key(m)
        if k is not None and k not in out:
            out.append(k)
    return out


def _close(a: str, b: str) -> bool:
    return a == b or min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a))  # 'africa' / 'african'


def _own_words(header: str) -> set[str]:
    return set(words(re.sub(r"\([^)]*\)?", " ", header))) - _GENERIC


def measure_column(columns: list[str], question: str) -> str | None:
    """The one column whose header words the question names most ('average global oil demand': 'Global oil demand
    (mb/d)'); None when none is named or two tie."""
    asked = [w for w in words(question) if w not in _GENERIC and not w.isdigit()]
    scored = []
    for c in columns:
        own = _own_words(c.split(SEP)[-1]) or _own_words(c)  # 'Global oil demand › (mb/d)': the path names it
        said = sum(1 for h in own if any(_close(h, a) for a in asked))
        if said and said * 3 >= 2 * len(own):  # most of the header's words said ('ICE NY price' of 'ICE New York ...')
            scored.append((said, c))
    scored.sort(key=lambda sc: -sc[0])
    if len(scored) > 1 and scored[1][0] == scored[0][0]:  # 'Subprime' under two headings: the heading the question says
        tied = [c for n, c in scored if n == scored[0][0]]
        scored = sorted(((sum(1 for h in _own_words(c) if any(_close(h, a) for a in asked)), c) for c in tied),
                        key=lambda sc: -sc[0])
    if not scored or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]


def _span(keys: list[Key], ends: list[Key]) -> list[Key]:
    """Every period of the table from the earlier end to the later, of the ends' kind (quarters with quarters)."""
    lo, hi = min(ends), max(ends)
    kind = {k[1][:1] for k in ends}
    return [k for k in keys if lo <= k <= hi and k[1][:1] in kind]


def _op_of(op: str | None, question: str, column: str) -> str | None:
    """The operation asked; an 'average' that is the measure's own name ('Avg grade B rent') is no operation."""
    if op == "compound" or op == "average" and re.search(r"\b(?:avg|average)\b", column, re.I):
        op = operation(re.sub(r"\baverage\b", " ", question, flags=re.I)) or op
    return op


def _named_rate_aside(question: str, measure: str) -> str:
    """The question without a rate-a-year word that is the measure's own name ('the subprime annualised net loss
    rate' of an 'Annualised net loss (%)' column): it names the column, it asks no compounding."""
    named = set(words(measure))
    return COMPOUND.sub(lambda m: " " if set(words(m.group(0))) <= named else m.group(0), question)


def period_rows(ctx: AnswerContext, slots: Slots, tables, op: str | None, backend: str) -> Answer | None:
    """A change, % change, growth multiple, average or total over the periods a table prints as rows: the column the
    question's measure names, in the rows of the two periods asked (an average or total: every period of the range
    between them, or each quarter of 'the four quarters of 2024'); None unless one table and one column answer."""
    found, seen = [], set()
    for passage, table in tables:
        if (shape := (tuple(table.columns), tuple(table.rows))) in seen:
            continue  # the same table in another passage
        seen.add(shape)
        for across in (False, True):  # periods as rows, measures as columns; or (a table read turned) the other way
            periods = row_periods(list(table.columns) if across else table.rows)
            if len(periods) < 3 or len(set(periods.values())) < len(periods):  # a period twice: two groups of columns
                continue
            asked = asked_periods(ctx.question, set(periods.values()))
            by_key = {k: r for r, k in reversed(periods.items())}
            if len(asked) < 2 or any(k not in by_key for k in asked):
                continue
            measure = measure_column(table.rows if across else list(table.columns), ctx.question)
            if measure is not None:
                found.append((passage, table, by_key, asked, measure, across))
    if len(found) != 1:
        return None
    passage, table, by_key, asked, measure, across = found[0]
    op = _op_of(op, ctx.question, measure)
    if op == "percent_change" and across and (own := _printed(ctx, slots, passage, table, measure, backend)):
        return own  # 'the CAGR of X over 2020-2024' of a row with a 'CAGR 2020-2024' column: the report's own rate
    if op in _RANGE_OPS:
        keys = _span(sorted(by_key), asked) if len(asked) == 2 else asked
    elif op in _POINT_OPS and len(asked) == 2:
        keys = sorted(asked, reverse=True)  # the later period first: a change less, a multiple over, the earlier
    else:
        return None
    cells = []
    for k in keys:
        row, column = (measure, by_key[k]) if across else (by_key[k], measure)
        cell = next((c for c in table.cells if c.row == row and c.column == column and c.value is not None), None)
        if cell is None:
            return None
        cells.append(cell)
    hits = [located(ctx, RowHit(passage, table, c.row, 1.0), [c]) for c in cells]
    if any(h is None for h in hits):
        return None
    operands = [replace(operand(c, citation_n(ctx, hits, h)), label=by_key[k].split(SEP)[-1].strip())
                for k, c, h in zip(keys, cells, hits)]
    # a rate a year over several years ('the CAGR from 2021 to 2024') compounds between the ends
    result = per_year(_named_rate_aside(ctx.question, measure), op, operands)
    return computed_answer(ctx, hits, result, backend) if result is not None else None  # type: ignore[arg-type]


def grouped_period_rows(ctx: AnswerContext, slots: Slots, tables, op: str | None, backend: str) -> Answer | None:
    """An average or total over a group of a year's parts the question names ('the average X across the two
    half-years of 2024', 'total X in the first three quarters of 2025'), read before any reading that takes the
    year as one column; None when no group is named or the operation is no average or total."""
    if not _PARTS_OF.search(ctx.question):
        return None
    if op is None and re.search(r"\b(?:total|combined|cumulative|sum)\b", ctx.question, re.I):
        op = "sum"
    return period_rows(ctx, slots, tables, op, backend) if op in _RANGE_OPS else None


def _printed(ctx: AnswerContext, slots: Slots, passage, table, row: str, backend: str) -> Answer | None:
    """The rate the row prints in its own column for exactly the years asked (rate_column.printed_rate), as the
    answer; None when the table prints no such column."""
    years = sorted(set(slots.years))
    if len(years) != 2:
        return None
    cells = [c for c in table.cells if c.row == row]
    own = printed_rate(cells, list(table.columns), ctx.question, years, bool(COMPOUND.search(ctx.question)))
    hit = located(ctx, RowHit(passage, table, row, 1.0), [own]) if own is not None else None
    if own is None or hit is None:
        return None
    shown = " ".join(own.text.split())
    text = f"**{shown}** ({own.column.split(SEP)[-1].strip()}). {row.split(SEP)[-1].strip()} [1]"
    return shaped_answer(ctx, [hit], text, shown, "figure", backend)
