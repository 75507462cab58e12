"""Owners and ties read off a ranking's rows: the owners holding more than a number of rows ('which
companies have more than one model in the top 10'), and the rows tied with a named row ('which company
has the model tied with A'). No one row states either: a single row's sentence answers with a bold
wrong lead."""

from __future__ import annotations

import re

from ..types import Answer, AnswerContext
from .period_cells import located
from .ranking import Ranking, addressed_ranking, owner_columns
from .ranking_gap import named_rows
from .shape_text import citation_n, listed, shaped_answer

_N = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_NUM = r"(?P<n>\d+|one|two|three|four|five)"
# 'which companies have more than one model', 'two or more models', 'at least two', 'several', 'multiple'
_HOLDING = re.compile(rf"^\s*(?:which|what)\s+(?P<owner>[\w-]+)\s+(?:have|has|hold|holds|own|owns|place|places|put|puts|"
                      rf"get|gets)\s+(?:exactly {_NUM.replace('n>', 'e>')}|more than {_NUM}|{_NUM.replace('n>', 'm>')} or more|at least {_NUM.replace('n>', 'k>')}|"
                      rf"(?P<several>several|multiple))\s+(?P<rows>[\w-]+)", re.I)
_TIED = re.compile(r"\btied\s+with\b|\bties\b|\bsame (?:score|figure|value|elo|index|rating)\s+as\b", re.I)


def held_bounds(question: str) -> tuple[int, int | None] | None:
    """(the fewest rows an owner must hold, the most it may hold or None) to answer 'which companies have more than one
    model' (2, None) or 'which companies place exactly two models' (2, 2), read in one match; None when not asked."""
    m = _HOLDING.search(question)
    if m is None:
        return None
    if m.group("several"):
        return 2, None
    if m.group("e"):  # 'exactly two models': at least two and at most two
        n = int(_N.get(m.group("e").lower(), m.group("e")))
        return n, n
    if m.group("n"):
        return int(_N.get(m.group("n").lower(), m.group("n"))) + 1, None
    return int(_N.get((m.group("m") or m.group("k")).lower(), m.group("m") or m.group("k"))), None


def _owner(r: Ranking, hit, cols: list[str]) -> str | None:
    """The owner a row names in the ranking's first owner column `cols[0]` (`owner_columns(r)`, read once)."""
    cell = r.cells(hit).get(cols[0]) if cols else None
    return " ".join(cell.text.split()) if cell is not None and cell.text.strip() else None


def owners_holding(ctx: AnswerContext, question: str, backend: str) -> Answer | None:
    """The owners with at least the number of rows asked in the one ranking addressed, in rank order of
    their first row, each row cited; None when the question asks no such count or no owner qualifies."""
    bounds = held_bounds(question)
    if bounds is None or not ctx.passages:
        return None
    least, exactly = bounds
    best = addressed_ranking(ctx, re.sub(r"\bexactly\b", " ", question, flags=re.I))  # a count's word, no title's
    cols = owner_columns(best) if best is not None else []
    if not cols:
        return None
    held: dict[str, list[tuple]] = {}
    for row in best.rows:
        if (name := _owner(best, row[2], cols)) is not None:
            held.setdefault(name, []).append(row)
    most = exactly or len(best.rows)
    owners = {name: rows for name, rows in held.items() if least <= len(rows) <= most}
    if not owners:
        return None
    rows = [row for rs in owners.values() for row in rs]
    hits = [located(ctx, h, []) for _, _, h in rows]
    if any(h is None for h in hits):
        return None
    by_row = dict(zip((id(r) for r in rows), hits))
    lead = listed(list(owners))
    each = "; ".join(f"{name}: " + ", ".join(f"{k}. {label} [{citation_n(ctx, hits, by_row[id(r)])}]" for r in rs
                                             for k, label, _ in [r]) for name, rs in owners.items())
    return shaped_answer(ctx, hits, f"**{lead}**. {each}", lead, "list", backend)


def tied_rows(ctx: AnswerContext, question: str, backend: str) -> Answer | None:
    """The other rows of the addressed ranking whose measure equals the one named row's ('tied with A'),
    led by their owner when an owner is asked ('which company'), else by their label; None otherwise."""
    if not _TIED.search(question) or not ctx.passages:
        return None
    # 'tied with A at 1,056 in the speech table': the figure and 'table' say nothing of what is ranked
    best = addressed_ranking(ctx, re.sub(r"\btables?\b|(?<![\w.-])\d[\d,.]*(?![\w-])", " ", question, flags=re.I))
    measure = best.measure if best is not None else None  # read once: it scans the ranking's cells
    if measure is None:
        return None
    named = named_rows(best, question)
    if len(named) != 1:
        return None
    figure = best.cells(named[0][2]).get(measure)
    if figure is None or figure.value is None:
        return None
    tied = [row for row in best.rows if row[1] != named[0][1]
            and (f := best.cells(row[2]).get(measure)) is not None and f.value == figure.value]
    if not tied:
        return None
    hits = [located(ctx, h, [figure]) for _, _, h in tied]
    if any(h is None for h in hits):
        return None
    owner_asked = bool(re.search(r"\b(?:which|what)\s+(?:company|companies|firm|vendor|developer|lab|owner)\b", question, re.I))
    cols = owner_columns(best)
    owners = [_owner(best, h, cols) for _, _, h in tied]
    names = [(o if owner_asked else None) or label for (_, label, _), o in zip(tied, owners)]
    lead = listed(list(dict.fromkeys(names)))
    each = "; ".join(f"{k}. {label}" + (f" ({o})" if o else "") + f" — {measure}: {figure.text}"
                     f" [{citation_n(ctx, hits, hh)}]" for (k, label, _), o, hh in zip(tied, owners, hits))
    return shaped_answer(ctx, hits, f"**{lead}**. Tied with {named[0][1]} at {figure.text}: {each}", lead,
                         "which" if len(tied) == 1 else "list", backend)
