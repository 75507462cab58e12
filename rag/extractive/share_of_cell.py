"""A part a sentence gives only as its percent of a whole a table prints ('Biosimilars accounted for 14% of 2024
revenue' beside a table's 2024 Revenue cell; 'the Seattle Squall agreement, which represents about 38% of rights
fees' beside the year's Rights fees cell): the part's amount asked is that percent of the cell, shown hedged.
General properties: the share's whole is the phrase after 'N% of'; a table header whose own words are exactly that
phrase's, at the period asked on the other axis, prints the whole."""

from __future__ import annotations

import re

from ingest.tables import SEP, Cell

from .. import compute
from ..types import Answer, AnswerContext, Citation
from .compose import hedged
from .features import Evidence
from .passage_tables import tables_of
from .slots import Slots
from .stated_share import LOOK, PERCENT_ASKED, stem_opening

# 'N% of [the|its] [2024] W' up to the clause's end or a word that closes the whole's phrase
_SHARE_OF = re.compile(r"(?P<pct>\d+(?:\.\d+)?)\s*%\s+of\s+(?:the\s+|its\s+|our\s+|all\s+)?(?P<whole>[a-z0-9][a-z0-9 &'-]{2,50}?)"
                       r"(?=\s*[,;.()]|\s+(?:in|at|for|up|down|from|compared|versus|against|and|while|with|as)\b|\s*$)",
                       re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_PART = re.compile(r"\b(?:[QH][1-4]|[1-4][QH]|quarter|half|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b", re.I)
_FILLER = {"the", "of", "and", "in", "for", "total", "group", "year"}
_PAREN = re.compile(r"\([^)]*\)?")


def _words(text: str) -> set[str]:
    """Content words of three letters or more, lower-cased, no years or bracketed units."""
    return {w for w in re.findall(r"[a-z][a-z-]{2,}", _PAREN.sub(" ", text).lower()) if w not in _FILLER}


def _whole_cells(ctx: AnswerContext, whole: set[str], year: int) -> list[tuple[int, Cell]]:
    """(passage index, cell) of every table cell whose header (its own words exactly the whole's) meets the year asked
    on the other axis (a row '2024' under 'Revenue ($ million)', or a column '2024' of a 'Rights fees' row)."""
    found: list[tuple[int, Cell]] = []
    for index, table in tables_of(ctx):
        for cell in table.cells:
            if cell.value is None:
                continue
            for name, period in ((cell.column, cell.row), (cell.row, cell.column)):
                own = _words(name.split(SEP)[-1]) or _words(name)
                if own == whole and [int(y) for y in _YEAR.findall(period)] == [year]:
                    found.append((index, cell))
    return found


def share_of_cell(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str) -> Answer | None:
    """The part's amount as its stated percent of the whole a table's one cell prints at the year asked, computed,
    both operands cited, hedged; None unless one sentence, one share and one cell answer."""
    q = ctx.question.lower()
    if PERCENT_ASKED.search(q) or slots.ratio or slots.shape != "figure" or len(set(slots.years)) != 1:
        return None  # an amount asked at one year, not a share
    year = slots.years[0]
    terms = [t for t in slots.terms if not t.isdigit()]
    for e in evidence[:LOOK]:
        if e.row:
            continue
        shares = list(_SHARE_OF.finditer(e.text))
        if len(shares) != 1:
            continue
        m = shares[0]
        whole = _words(_YEAR.sub(" ", m.group("whole")))
        said = [int(y) for y in _YEAR.findall(m.group("whole"))]
        clause = re.split(r"[;:]", e.text[:m.start()])[-1].lower()
        part = [t for t in terms if not any(w.startswith(t) or t.startswith(w) for w in whole)]
        if not whole or not all(any(w.startswith(t) or t.startswith(w) for t in terms) for w in whole) or \
                said and said != [year] or not part or 2 * sum(bool(stem_opening(t).search(clause)) for t in part) < len(part):
            continue  # the whole named by the question; half the other words it asks name the part before the share
        cells = _whole_cells(ctx, whole, year)
        if len({c.value for _, c in cells}) > 1:  # the year's quarters beside it: the whole year's cell ('FY 2024')
            cells = [(i, c) for i, c in cells if not _PART.search(c.row if _YEAR.search(c.row) else c.column)]
        if len({c.value for _, c in cells}) != 1:
            continue
        index, cell = cells[0]
        try:
            done = compute.part_of(compute.Operand.of(m.group("pct"), citation=1),
                                   compute.Operand.of(cell.text, label=cell.column, citation=2), places=2)
        except compute.ComputeError:
            continue
        where = f"{cell.row.split(SEP)[-1].strip()}, {cell.column.split(SEP)[-1].strip()}"
        lead = f"about {done.text}"
        text = f"**{lead}** ({m.group('pct')}% of {where}: {cell.text}; {done.derivation}). {e.text} [1] {where}: {cell.text} [2]"
        citations = [Citation.from_passage(1, ctx.passages[e.passage_index], quote=e.text, figure=lead),
                     Citation.from_passage(2, ctx.passages[index], quote=f"{where}: {cell.text}", figure=cell.text)]
        answer = Answer(question=ctx.question, answer=text, figure=lead, abstained=False, citations=citations,
                        backend=backend, passages=list(ctx.passages), confidence=e.score, shape="computed",
                        derivation=done.as_dict())
        return hedged(answer, "the part is its stated share of a whole another passage prints, computed")
    return None
