"""The item slot of a table: a table lists items (models, companies, provinces) one per row. A
question naming an item that neither the lead row nor its whole passage (caption, heading, the
other rows) names is not answered by another item's row, nor by an unlabelled cell ('Competitiveness:
87.27' for Guangdong): the table does not list it. gates.py lists the gate with the others."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.keyword import tokenize

from ..snapshot_memo import kept
from .facts import where
from .gates_version import MONTHS
from .kept_patterns import compiled
from .ordinary_names import lowercase_in
from .rows import is_row

if TYPE_CHECKING:
    from .gates import Decision

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]*[A-Za-z0-9]|[A-Za-z0-9]")
# a lone cell the chunker writes for an unlabelled chart value: 'Competitiveness: 87.27'
_LONE_CELL = re.compile(r"[^:;.]{1,60}:\s*[\d.,]+\s*%?")
# all-capital words ('AI', 'CIC', 'U.S.', 'USD-EUR') may abbreviate words a passage spells out
_ACRONYM = re.compile(r"[A-Z][A-Z.\-]*s?")
# periods written as words with a digit: 'FY19', 'Q3', 'H1', '2024E'
_PERIOD = re.compile(r"(?:FY|Q|H)\d{1,4}|\d{4}E?", re.I)
# the first word of a question is a name only when a possessive or a version number (no year) follows it
_FIRST_NAME = re.compile(r"\s*([A-Za-z][\w\-]*)(?:'s|’s|\s+(?!(?:19|20)\d\d\b)\d[\w.]*)")
# months and their short forms ('Nov 7, 2025') date a table; they name no item
_MONTH_FORMS = MONTHS | {m[:3] for m in MONTHS} | {"sept"}


def _date(word: str) -> bool:
    """A period written as one word: a month, 'FY19', or numbers and months joined ('Jun-2018', '2007-Jan')."""
    parts = [p for p in re.split(r"[-.]", word) if p]
    return all(p.isdigit() or p.lower() in _MONTH_FORMS or _PERIOD.fullmatch(p) for p in parts)


# an ordinal ('16th') asks a rank position, the rank gate's slot, not an item a row names
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.I)
# a length of time ('12-month', '10-year', '30-day'): how long a measure runs, no item a row names
_LENGTH = re.compile(r"\d+-(?:day|week|month|quarter|year)s?", re.I)
# a grade written with what it grades ('BB-rated', 'A-graded'): the item is the grade, an acronym a row may name
_GRADED = re.compile(r"[A-Z]+[+-]?-(?:rated|graded)", re.I)


# a bound written with a scale letter after a comparison: 'at least 200K', 'more than 25k', 'over 1.5M', 'above 3bn'
_BOUND = re.compile(r"\b(?:than|over|under|above|below|exceed\w*|at least|at most)\s+(?:[$€£¥]\s*)?"
                    r"(\d[\d,]*(?:\.\d+)?(?:k|m|mn|bn|b)\b)", re.I)


def asked_names(question: str) -> list[str]:
    """Words of `question` naming an item: capitalised after its first word, or holding a digit
    beside a letter ('o3-pro', '7B'), or its first word when a possessive or a version follows it
    ("Sora's", 'Hailuo 02'). Acronyms ('USD-EUR', 'BB-rated'), months and periods ('FY19', 'Jun-2018'), lengths of
    time ('12-month') and ordinals ('16th') are left out, and so is a bound's figure with its scale letter ('at least 200K')."""
    out: list[str] = []
    first = _FIRST_NAME.match(question)
    bounds = [b.span(1) for b in _BOUND.finditer(question)]
    for i, m in enumerate(_WORD.finditer(question)):
        w = m.group()
        if any(a <= m.start() < z for a, z in bounds):
            continue  # 'at least 200K tokens': a bound's figure with its scale letter, no item's name
        digit = any(c.isdigit() for c in w) and any(c.isalpha() for c in w)
        cap = w[0].isupper() and (i > 0 or (first is not None and first.group(1) == w))
        if not (digit or cap) or _ACRONYM.fullmatch(w) or _date(w) or _ORDINAL.fullmatch(w) or _LENGTH.fullmatch(w) \
                or _GRADED.fullmatch(w):
            continue
        out.append(w)
    return out



def named_in(word: str, text: str, terms: set[str]) -> bool:
    """Whether `text` (lower case; `terms` its keyword tokens) names `word`: whole, or for a word of
    letters only by its stem. A name holding a digit or a hyphen ('o3-pro') is one word: 'o3' and
    'Pro' apart do not name it."""
    if compiled(rf"(?<!\w){re.escape(word.lower())}(?!\w)").search(text):
        return True
    toks = set(tokenize(word))
    return word.isalpha() and bool(toks) and toks <= terms


def row_item_other(d: Decision) -> str | None:
    """The lead is a table row (or a lone chart cell) naming none of the items the question names,
    and one of them neither that row's passage nor its heading and title hold: the row is another
    item's, or nobody's. A word some retrieved passage writes in lower case is a common word, not an item; a
    place the question names is the place gates' slot."""
    text = d.best.text
    if not (d.best.row or is_row(text) or _LONE_CELL.fullmatch(text.strip())):
        return None
    chunk = d.ctx.passages[d.best.passage_index].chunk
    text_of = where(chunk)
    have = kept(d.ctx.snapshot, ("terms", text_of), lambda: set(tokenize(text_of)))  # read, never changed
    places = {t for e in d.slots.entities if e.place for f in e.forms for t in tokenize(f)}
    passages = [p.chunk.text for p in d.ctx.passages]
    row = text.lower()
    asked = [w for w in asked_names(d.slots.text) if not set(tokenize(w)) & places and not lowercase_in(w, passages)]
    row_terms = set(tokenize(row))
    if any(named_in(w, row, row_terms) for w in asked):
        return None  # the row names an item asked (a comparison's other item may stand in another passage)
    for word in asked:
        if not named_in(word, text_of, have):
            return f"the table lists other items, not {word}"
    return None
