"""The count of a table's component rows ('how many types of intangible assets are there'): the rows under the
heading the question names, or the rows adding up to the row it names; split out of computed_pairs."""

from __future__ import annotations

import re

from ingest.tables import SEP, Table

from ..types import Answer, AnswerContext
from .cells import TOTAL_ROW, RowHit, row_score, words
from .heading_rows import headings, rows_under
from .shape_text import shaped_answer
from .subtotal_rows import addends

# 'How many types of finite-lived intangible assets are there?': the rows under the heading named
COUNT_ROWS = re.compile(r"^\s*how many (?:different |distinct )?(?:types|kinds|categories|components|items|elements|"
                        r"classes|sources)\s+(?:of|under|in|(?:are\s+|were\s+)?(?:there\s+|listed\s+|shown\s+)(?:under|in|for|within)|"
                        r"(?:that\s+)?(?:make|makes|made)\s+up|making\s+up)\s+(?:the\s+)?(?P<x>.+?)"
                        r"(?:\s+(?:are|were|is|was)\s+(?:there|listed|shown))?\s*\??\s*$", re.I)


def count_rows(ctx: AnswerContext, tables: list[tuple[int, Table]], backend: str) -> Answer | None:
    """The number of rows under the one parent row the question names (totals are no component),
    each row cited; the count is checked like any computed figure (result = number of operands)."""
    m = COUNT_ROWS.search(ctx.question)
    asked = set(words(m.group("x"))) if m else set()
    for passage, table in tables:
        named = [p for p in headings(table) if set(words(p)) and set(words(p)) <= asked]
        if len(named) != 1:
            continue
        labels = [re.sub(r"(\s*\(\d+\))+$", "", r.split(SEP)[-1]) for r in rows_under(table, named[0])]
        labels = [lb for lb in dict.fromkeys(labels) if not TOTAL_ROW.match(lb)]
        text = " ".join(ctx.passages[passage].chunk.text.split())
        if len(labels) < 2 or not all(lb in text for lb in labels):
            continue

        hit = RowHit(passage, table, table.rows[0], 0.0)
        derivation = {"op": "count", "operands": [{"value": lb, "label": lb, "citation": 1} for lb in labels],
                      "result": str(len(labels))}
        answer = f"**{len(labels)}** — {named[0]}: " + "; ".join(labels) + " [1]"
        return shaped_answer(ctx, [hit], answer, str(len(labels)), "computed", backend, derivation=derivation)
    return _count_addends(ctx, tables, asked, backend)


def _count_addends(ctx: AnswerContext, tables: list[tuple[int, Table]], asked: set[str], backend: str) -> Answer | None:
    """No heading named: the rows that add up to the row named ('how many components make up total
    deferred tax assets'), counted; rows as well named must agree."""
    found = []
    for passage, table in tables:
        for i, row in enumerate(table.rows):
            score = row_score(row, asked)
            if score is not None and (run := addends(table, i)):
                found.append((score, passage, table, row, [r.split(SEP)[-1] for r in run]))
    if not found:
        return None
    best = max(f[0] for f in found)
    top = [f for f in found if f[0] == best]
    if len({tuple(f[4]) for f in top}) != 1:
        return None
    _, passage, table, row, labels = top[0]
    hit = RowHit(passage, table, row, best)
    derivation = {"op": "count", "operands": [{"value": lb, "label": lb, "citation": 1} for lb in labels],
                  "result": str(len(labels))}
    answer = f"**{len(labels)}** — {row.split(SEP)[-1]} adds up: " + "; ".join(labels) + " [1]"
    return shaped_answer(ctx, [hit], answer, str(len(labels)), "computed", backend, derivation=derivation)
