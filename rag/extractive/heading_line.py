"""A lead that is only its passage's heading ('Home automation systems') says nothing of it: the
answer is the sentence under it ('- Managing lighting, temperature, and appliances ...'). A table's line
of column names ('Operating Leases | Finance Leases') names what its columns hold and answers nothing either."""

from __future__ import annotations

import re

from ..types import AnswerContext
from .explaining import carried
from .features import Evidence, neighbour
from .rows import ROW_LINE, is_row

_WORDS = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.lower())


def is_heading_line(ctx: AnswerContext, e: Evidence) -> bool:
    """The sentence holds the words of its passage's section heading and nothing else (no figure), or
    it is a short title line (no end punctuation) with a bulleted line right under it."""
    chunk = ctx.passages[e.passage_index].chunk
    words = _words(e.text)
    if not words or e.figures:
        return False
    if words == _words(chunk.section or ""):
        return True
    end = _line_end(chunk.text, e.text)
    return end >= 0 and len(words) <= _TITLE_WORDS and not e.text.rstrip().endswith((".", ":", ";", "?", "!")) \
        and _BULLET_UNDER.match(chunk.text, end) is not None


_TITLE_WORDS = 6
_BULLET_UNDER = re.compile(r"\n\s*[-–•*]\s")


def _line_end(text: str, line: str) -> int:
    """Where the line holding `line` ends in `text` (-1 when `line` is not a whole line of it)."""
    at = text.find(line)
    while at >= 0:
        end = at + len(line)
        if (at == 0 or text[at - 1] == "\n") and (end == len(text) or text[end] == "\n"):
            return end
        at = text.find(line, at + 1)
    return -1


# a line of a table's column names: cells joined by ' | ' (a row of figures is read as 'Row — 2020: 1,234')
_COLUMN_NAMES = re.compile(r"\S \| \S")


def is_column_names(e: Evidence) -> bool:
    """The sentence is a table's line of column names: cells joined by ' | ', no figure, no row read."""
    return not e.row and not e.figures and _COLUMN_NAMES.search(e.text) is not None


def _table_line(e: Evidence) -> bool:
    return e.row or is_column_names(e) or ROW_LINE.search(e.text) is not None or is_row(e.text)


def past_heading(ctx: AnswerContext, evidence: list[Evidence], best: Evidence, usable, words: bool = False) -> Evidence:
    """`best`, or when it is only its passage's heading, the sentence right under it (if on topic); when
    it is a table's line of column names, the best-scored on-topic sentence that is none (and, for a question
    asking `words`, no line of the table at all: its cells are figures)."""
    if is_column_names(best):
        return next((e for e in evidence if e is not best and usable(e)
                     and not (_table_line(e) if words else is_column_names(e))), best)
    if not is_heading_line(ctx, best):
        return best
    after = neighbour(evidence, best, 1)
    return carried(after, best) if after is not None and usable(after) else best
