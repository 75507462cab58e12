"""A complement no row states ('non-subscription revenue', 'revenue from outside the United States'):
the table's total less the row the question names, or that remainder's share of the total when a
proportion is asked; both rows in one section of one table at the year asked, each cited; else None."""

from __future__ import annotations

import re

from ingest.tables import SEP, Table

from .. import compute
from ..types import Answer, AnswerContext
from .cells import RowHit
from .derivation import computed_answer, operand
from .passage_tables import tables_of
from .period_cells import located, period_cell
from .shape_text import citation_n
from .slots import Slots
from .word_stems import plural_dropped

_END = r"(?=\s+(?:in|for|during|at|of|as|was|were|is|are)\b|\s*[?,.]|$)"
_ASKED = [re.compile(r"\bnon-(?P<x>[a-z]{3,})\b", re.I),
          re.compile(rf"\boutside\s+(?:of\s+)?(?:the\s+)?(?P<x>[A-Za-z][\w.&' -]*?){_END}"),
          re.compile(rf"\b(?:other than|excluding)\s+(?:the\s+)?(?P<x>(?:[A-Za-z]|\d+(?:st|nd|rd|th)\b)[\w.&' -]*?){_END}", re.I)]
_SHARE = re.compile(r"\b(?:proportion|share|percentage|percent|fraction)\b", re.I)
_TOTAL = re.compile(r"^total\b", re.I)
# a row stating the complement itself ('Non-U.S.', 'International', 'Other than leases') is read, not computed
_SAID = re.compile(r"\bnon-|\boutside\b|\bother than\b|\bexcluding\b", re.I)


def _plain(label: str) -> str:
    """A label without notes or brackets, lower case, singular: 'Other (1)' -> 'other'."""
    words = re.findall(r"[a-z]+", re.sub(r"\([^)]*\)", " ", label.lower()))
    return " ".join(plural_dropped(w) for w in words)


def asked_complement(question: str) -> str | None:
    """What the question sets aside ('subscription', 'United States'), or None."""
    found = [m.group("x").strip() for p in _ASKED for m in p.finditer(question)]
    return found[0] if len(found) == 1 and found[0] else None


def without_complement(question: str) -> str:
    """The question with its one set-aside clause cut out ('Advertising revenue in 2022 excluding political
    advertising revenue' -> 'Advertising revenue in 2022'): what is left names the whole, even when the part set
    aside repeats its words (a part is often named as a kind of its whole)."""
    spans = [m.span() for p in _ASKED for m in p.finditer(question)]
    if len(spans) != 1:
        return question
    s, e = spans[0]
    return f"{question[:s]} {question[e:]}"


def _rows(table: Table, part: str) -> tuple[str, str] | None:
    """The one row the question sets aside and the one total of its section."""
    if any(_SAID.search(r.split(SEP)[-1]) for r in table.rows):
        return None
    want = _plain(part)
    named = [r for r in table.rows if _plain(r.split(SEP)[-1]) == want]
    if len(named) != 1:
        return None
    parent = named[0].rsplit(SEP, 1)[0] if SEP in named[0] else ""
    totals = [r for r in table.rows if _TOTAL.match(r.split(SEP)[-1].strip())
              and (r.rsplit(SEP, 1)[0] if SEP in r else "") == parent]
    return (totals[0], named[0]) if len(totals) == 1 else None


def complement(ctx: AnswerContext, slots: Slots, backend: str) -> Answer | None:
    """The total less the part the question sets aside (or its share of the total), from one table."""
    part = asked_complement(ctx.question)
    years = sorted(set(slots.years))
    if part is None or len(years) != 1:
        return None
    found = []
    for i, table in tables_of(ctx):
        rows = _rows(table, part)
        if rows is None:
            continue
        cells = [period_cell(RowHit(i, table, r, 1.0), years[0], ctx.question) for r in rows]
        if None in cells or cells[0].column != cells[1].column or None in (cells[0].value, cells[1].value):
            continue
        found.append((i, table, cells))
    if len({tuple(c.text for c in f[2]) for f in found}) != 1:
        return None
    i, table, cells = found[0]
    hits = [located(ctx, RowHit(i, table, c.row, 1.0), [c]) for c in cells]
    if None in hits:
        return None
    total, named = [operand(c, citation_n(ctx, hits, h)) for c, h in zip(cells, hits)]
    try:
        result = compute.complement_share(total, named) if _SHARE.search(ctx.question) else compute.complement(total, named)
    except compute.ComputeError:
        return None
    return computed_answer(ctx, hits, result, backend)
