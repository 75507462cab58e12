"""An answer must cover every year the question names: a year named in no passage the answer cites (its text, its
section, the heading its table sits under) is a year the reports do not answer for, whichever path composed it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.figures import parse_figures
from ingest.sentences import split_sentences
from ingest.year_forms import full_years
from ingest.year_parts import SHORT_PART_LEAD
from rag.types import Answer, AnswerContext

from .caption_period import stated_period
from .cited_pages import cited_intros, cited_texts
from .dated_figures import comparative_pair
from .kept_patterns import compiled
from .period_heading import heading_years_before


def _year(year: int) -> re.Pattern:
    """The forms a text writes `year` in ('2029', '2029E', 'FY2029', 'FY29', '2 0 2 9' as extracted, '31.12.29' a date
    in figures, '2028-29' and '2028/29' the fiscal year ending in it, 'Q4 29' and '1H29' a part of it)."""
    spaced, short = r"\s?".join(str(year)), f"{year % 100:02d}"
    return compiled(rf"(?<!\d){spaced}(?!\d)|\b(?:FY|F)\s?'?{short}(?!\d)|['’]{short}\b|(?<=\d)/{short}(?!\d)"
                    rf"|(?<!\d){year - 1}\s?[-–]\s?{short}(?!\d)|{SHORT_PART_LEAD}{short}(?![\d%]|[.,]\d)"
                    rf"|(?:(?<=\d\.\d\d\.)|(?<=\d\.\d\.)){short}(?!\d|\.\d)", re.I)


def named(text: str, year: int) -> bool:
    """Whether `text` names `year` at all ('2029', '2029E', 'FY2029', '2024-2029', '2024-29', 'FY29', '2 0 2 9' as
    extracted); short forms are read as the question's are (year_forms)."""
    return named_in((text,), year, {})


def named_in(texts: Sequence[str], year: int, in_full: dict[str, str]) -> bool:
    """Whether any of `texts` names `year` (`named`); `in_full` keeps each text's reading with short year forms written
    in full, made on first need, so a check of several years reads each text so once."""
    written = _year(year)
    for text in texts:
        if written.search(text) is not None:
            return True
        if text not in in_full:
            in_full[text] = full_years(text)
        if written.search(in_full[text]) is not None:
            return True
    return False


# a sentence stating a change over a year ('rose 6.6% to 23.1 in 2024') gives the year before as its base
# (stems take their endings; 'up', 'down' and 'surge' are whole words, not 'upstream', 'download', 'surgery')
_CHANGE = re.compile(r"\b(?:increas|decreas|rose|risen|grew|grow|growth|fell|fall|declin|year-on-year|yoy|"
                     r"(?:up|down)\b|doubl|surg(?:e|es|ed|ing)\b|jump|drop|add(?:ed|itional)\b)", re.I)  # 'added 96,000 lines'


def sentences(text: str) -> list[str]:
    """The sentences (and lines) of `text`."""
    return [text[s:e] for s, e in split_sentences(text)]


# a year written as where a change starts ('since 2015', 'from 2015 to', '2015-2024') is no year a change ends in
# (either year may carry a fiscal prefix: 'since FY2015', 'FY2015-FY2024')
_START_BEFORE = re.compile(r"\b(?:since|from|between|after|starting|beginning|began|begun)\s+(?:in\s+|the\s+)?(?:end\s+of\s+)?"
                           r"(?:FY|F)?\W*$", re.I)
_START_AFTER = re.compile(r"^\w*\s*(?:[-–—]\s*|to\s+|through\s+)(?:FY|F)?\s?'?\d|^\w*\s*onwards?\b", re.I)


def change_ends_in(text: str, year: int) -> bool:
    """Whether a sentence of `text` states a change (a rise, a fall) ending in `year`: the year is written in the
    same sentence as the change, and not as where it starts ('since 2015, deals rose from 501' gives no base for 2014)."""
    pattern = _year(year)
    for sentence in sentences(text):
        if not _CHANGE.search(sentence):
            continue
        if any(not _START_BEFORE.search(sentence[:m.start()]) and not _START_AFTER.match(sentence[m.end():])
               for m in pattern.finditer(sentence)):
            return True
    return False


def years_uncited(ctx: AnswerContext, answer: Answer, years: tuple[int, ...]) -> list[int]:
    """The years of `years` that no cited passage names (its text, section, another chunk of its page)
    nor has as its heading's period or its table's introduced one ('as of December 31, 2019'; `caption_period`), nor gives as the base of a change it states over the next year."""
    if answer.abstained or not years or not answer.citations:
        return []
    cited = {c.chunk_id for c in answer.citations}
    chunks = [p.chunk for p in ctx.passages if p.chunk.chunk_id in cited]
    texts = cited_texts(ctx, answer)  # a caption or table header elsewhere on a cited page dates what the page shows
    changes = [t for c in answer.citations for t in (c.text, c.quote) if _CHANGE.search(t)]
    in_full: dict[str, str] = {}
    captioned = {stated_period(t) for t in cited_intros(ctx, answer)} if chunks and any(c.tables_json for c in chunks) else set()
    return [y for y in years if not named_in(texts, y, in_full) and y not in captioned
            and not any(y in heading_years_before(ctx.snapshot, ch) for ch in chunks)
            and not any(change_ends_in(t, y + 1) for t in changes)
            and not any(y in (compared_years(c.quote) or ()) for c in answer.citations)]


def compared_years(text: str) -> tuple[int, int] | None:
    """The two years a sentence's one comparative dates ('A (2018: B)': A of 2019, B of 2018), or None."""
    return comparative_pair(text, parse_figures(text)) if "(" in text else None


# a year a condition compares dates with ('mature after 2025', 'due before 2030'): a bound, not a period asked
_BOUND_YEAR = re.compile(r"\b(?:after|before|beyond|later than|earlier than|prior to)\s+(?:fy\s*)?((?:19|20)\d{2})\b", re.I)


def bound_years(question: str) -> set[int]:
    """The years the question writes as a date bound of a condition ('how many bonds mature after 2025' -> {2025})."""
    return {int(y) for y in _BOUND_YEAR.findall(question)}


def year_uncovered(ctx: AnswerContext, answer: Answer, years: tuple[int, ...]) -> str | None:
    """The reason an answer does not answer the question's years ('the passages cited never name 2031'), or None.
    A count's date bound ('mature after 2025') is no year it answers for: the items are counted against it."""
    if answer.derivation and answer.derivation.get("op") == "count":
        years = tuple(y for y in years if y not in bound_years(ctx.question))
    missing = years_uncited(ctx, answer, years)
    return f"the passages cited never name {', '.join(map(str, missing))}" if missing else None
