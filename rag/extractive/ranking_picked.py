"""Rows of a ranking picked by an attribute their name cells carry ('the combined revenue of the two Chinese
foundries' of a ranking with a Headquarters column): a demonym names the rows whose text cell is its country,
and the count the question says must be the count of such rows, or nothing is computed."""

from __future__ import annotations

import re

from ..number_words import cardinals
from ..types import Answer, AnswerContext
from .choice_names import alternatives
from .rank_words import rank_operation
from .ranked_computed import measure_computed
from .ranking import Ranking, owner_columns, ranking_terms, rankings
from .word_stems import stem, stems_meet

_NUMBER = {**cardinals(2, 12), **{str(n): n for n in range(2, 13)}}
# 'the two Canadian producers', 'the three South Korean suppliers': a count, a capitalised attribute, the rows' noun
_PICKED = re.compile(rf"\bthe\s+(?P<n>{'|'.join(_NUMBER)})\s+(?P<attr>(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)\s+(?P<noun>[a-z][\w-]*)", )
# demonyms whose country shares no five-letter stem with them
_IRREGULAR = {"chinese": "china", "french": "france", "british": "united kingdom", "dutch": "netherlands",
              "swiss": "switzerland", "american": "united states", "emirati": "united arab emirates"}


def carries(cell: str, attr: str) -> bool:
    """Whether a name cell carries the attribute: the country a demonym names ('Canadian': 'Canada', 'Chinese':
    'China'), or the attribute's words themselves, stems meeting in five letters."""
    text = " ".join(cell.lower().split())
    country = _IRREGULAR.get(attr.lower())
    if country is not None:
        return text == country or text.startswith(country + " ") or text.endswith(" " + country)
    words, own = [stem(w) for w in attr.split()], [stem(w) for w in text.split()]
    return bool(own) and len(words) == len(own) and all(stems_meet(a, b, 5) for a, b in zip(words, own))


def picked_rows(r: Ranking, attr: str) -> list[tuple]:
    """The ranking's rows one of whose name cells (not the label) carries the attribute, in rank order."""
    cols = owner_columns(r)
    return [row for row in r.rows if any((c := r.cells(row[2]).get(col)) is not None and carries(c.text, attr)
                                         for col in cols)]


def picked_ranked(ctx: AnswerContext, question: str, backend: str) -> Answer | None:
    """The sum or average (the gap, of two) of the figures of the N rows an attribute picks, in the column the
    question names; None unless exactly N rows carry it."""
    m = _PICKED.search(question)
    op = rank_operation(question)
    if m is None or op is None or not ctx.passages or alternatives(question) is not None:
        return None
    n = _NUMBER[m.group("n").lower()]
    if op in ("change", "multiple") and n != 2:
        return None
    noun = ranking_terms(m.group("noun"))
    fit = [(r, rows) for r in rankings(ctx) if set(noun) <= r.terms() | r.row_terms
           and len(rows := picked_rows(r, m.group("attr"))) == n]
    if len(fit) != 1:
        return None  # no ranking, or two, of the rows named has exactly N rows carrying the attribute
    best, rows = fit[0]
    return measure_computed(ctx, best, rows, question, op, backend)
