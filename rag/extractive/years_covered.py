"""An answer must cover every year the question names: a year named in no passage the answer cites (its text, its
section, the heading its table sits under) is a year the reports do not answer for, whichever path composed it."""

from __future__ import annotations

import re

from rag.types import Answer, AnswerContext

from .cited_pages import cited_texts
from .kept_patterns import compiled
from .period_heading import heading_years


def named(text: str, year: int) -> bool:
    """Whether `text` names `year` at all ('2029', '2029E', 'FY2029', '2024-2029', 'FY29', '2 0 2 9' as extracted)."""
    spaced = r"\s?".join(str(year))
    return compiled(rf"(?<!\d){spaced}(?!\d)|\b(?:FY|F)\s?'?{year % 100:02d}(?!\d)|['’]{year % 100:02d}\b|(?<=\d)/{year % 100:02d}(?!\d)",
                    re.I).search(text) is not None


# a sentence stating a change over a year ('rose 6.6% to 23.1 in 2024') gives the year before as its base
# (stems take their endings; 'up', 'down' and 'surge' are whole words, not 'upstream', 'download', 'surgery')
_CHANGE = re.compile(r"\b(?:increas|decreas|rose|risen|grew|grow|growth|fell|fall|declin|year-on-year|yoy|"
                     r"(?:up|down)\b|doubl|surg(?:e|es|ed|ing)\b|jump|drop)", re.I)


def years_uncited(ctx: AnswerContext, answer: Answer, years: tuple[int, ...]) -> list[int]:
    """The years of `years` that no cited passage names (its text, section, another chunk of its page)
    nor has as its heading's period, nor gives as the base of a change it states over the next year."""
    if answer.abstained or not years or not answer.citations:
        return []
    cited = {c.chunk_id for c in answer.citations}
    chunks = [p.chunk for p in ctx.passages if p.chunk.chunk_id in cited]
    texts = cited_texts(ctx, answer)  # a caption or table header elsewhere on a cited page dates what the page shows
    changes = [t for c in answer.citations for t in (c.text, c.quote) if _CHANGE.search(t)]
    return [y for y in years if not any(named(t, y) for t in texts)
            and not any(y in heading_years(ctx.snapshot, ch) for ch in chunks)
            and not any(named(t, y + 1) for t in changes)]


def year_uncovered(ctx: AnswerContext, answer: Answer, years: tuple[int, ...]) -> str | None:
    """The reason an answer does not answer the question's years ('the passages cited never name 2031'), or None."""
    missing = years_uncited(ctx, answer, years)
    return f"the passages cited never name {', '.join(map(str, missing))}" if missing else None
