"""A bold cell lead the table does not own: one dated another year than the only year asked, or one read
from a row label the table repeats under another heading with other figures, the question naming neither."""

from __future__ import annotations

import re

from ingest.tables import SEP, Table

from ..types import Answer, AnswerContext
from .cells import STOP_WORDS, words
from .passage_tables import tables_of

_YEAR = re.compile(r"(?<![\d.,$])((?:19|20)\d\d)(?![\d%]|[.,]\d)")
_LEAD_YEAR = re.compile(r"^\s*\*\*([^*]+)\*\*\s*\(((?:19|20)\d\d)\)")
YEAR_WHY = "the question asks {asked}; the lead is the row's figure for {given}"
REPEATED_WHY = "the table repeats the row '{label}' under '{heading}' with other figures; the question names neither"


def year_other_led(question: str, shown: str) -> str | None:
    """YEAR_WHY when the question names one year, the row shown has a column for it ('2018 › Men: 89.0') and
    the bold lead is that row's cell in another year's column ('**88.5** (2019)', '2019 › Men: 88.5'): another
    column's figure is not the one asked; else None. A lead not shown as a dated cell is left alone (the
    year a prose figure or a change column is tagged with is a guess)."""
    asked = set(_YEAR.findall(question))
    m = _LEAD_YEAR.match(shown)
    if len(asked) != 1 or not m or m.group(2) in asked:
        return None
    year, given, lead = next(iter(asked)), m.group(2), m.group(1)
    if not re.search(rf"(?<![\w.,]){year}(?:{SEP}[^:;\n]+)?: ", shown):
        return None  # no cell of the row read is dated the year asked
    if not re.search(rf"(?<![\w.,]){given}(?:{SEP}[^:;\n]+)?: {re.escape(lead)}(?![\d.,]\d)", shown):
        return None  # the lead is not the row's cell dated the other year
    return YEAR_WHY.format(asked=year, given=given)


def repeated_row_led(ctx: AnswerContext, answer: Answer) -> str | None:
    """REPEATED_WHY when the row read has a label the cited table repeats under another heading with other
    figures ('Net deferred tax assets' in two sections) and the question names no heading word telling
    the read row from the other: the first row is not the one asked more than the other; else None."""
    if answer.abstained or "**" not in answer.answer:
        return None
    cited = {c.chunk_id for c in answer.citations}
    asked = set(words(ctx.question))
    for i, table in tables_of(ctx):
        if ctx.passages[i].chunk_id not in cited:
            continue
        why = _repeated(table, answer.answer, asked)
        if why:
            return why
    return None


def _repeated(table: Table, shown: str, asked: set[str]) -> str | None:
    """The doubt for one table: a row path shown whose label another path repeats with other figures."""
    figures: dict[str, tuple[float | None, ...]] = {}
    for c in table.cells:
        figures.setdefault(c.row, ())
        figures[c.row] += (c.value,)
    for read in (r for r in table.rows if SEP in r and r in shown):
        heading, label = read.rsplit(SEP, 1)
        for other in table.rows:
            if other == read or other.rsplit(SEP, 1)[-1].lower() != label.lower():
                continue
            if figures.get(other) == figures.get(read):
                continue  # the same figures: either row gives the answer
            if _YEAR.search(heading):
                continue  # a period heading ('December 31, 2019') is chosen by the year asked, like a column
            own = {w for w in words(heading) if w not in STOP_WORDS} - set(words(other))
            if own and not own & asked:  # the read row's own heading words ('cost'), none asked
                return REPEATED_WHY.format(label=label, heading=other.rsplit(SEP, 1)[0] if SEP in other else "")
    return None
