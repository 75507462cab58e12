"""Count questions read the way their list questions are: 'how many types of X are there' is the
number of items 'what are the types of X' lists, and 'In 2018, how many quarters ...' asks what
'how many quarters ... in 2018' does (a period clause fronted before the question is no other ask)."""

from __future__ import annotations

import re

from ..types import Answer, AnswerContext

# 'In 2018, how many ...', 'For fiscal 2019, how many ...', 'As of December 31, 2019, how many ...'
_FRONTED = re.compile(r"^\s*(?P<clause>(?:in|for|during|as of|at)\s+[^?]{0,40}?\b(?:19|20)\d{2})\s*,\s*"
                      r"(?P<rest>how many\b.*?)\s*(?P<mark>\??)\s*$", re.I | re.S)
# the items a list answer names, after its heading: 'Services lists: A; B [1]', 'X adds up: A; B [1]'
_ITEMS = re.compile(r"\b(?:lists|adds up):\s*(?P<items>.+?)\s*\[\d+\]\s*$", re.S)


def fronted(question: str) -> str:
    """The question with a fronted period clause moved to its end ('In 2018, how many quarters had
    lows below $2?' -> 'how many quarters had lows below $2 in 2018?'); else the question as asked."""
    m = _FRONTED.match(question)
    if m is None:
        return question
    rest = m.group("rest")
    return f"{rest[:1].upper()}{rest[1:]} {m.group('clause')[:1].lower()}{m.group('clause')[1:]}{m.group('mark') or '?'}"


# 'Number of vendors with ...', 'What was the number of regions that ...': a count of items asked as a noun phrase
_NUMBER_OF = re.compile(r"^\s*(?:(?:what|which)\s+(?:is|was|were|are)\s+)?(?:the\s+)?(?:total\s+)?(?:number|count)\s+of\s+"
                        r"(?P<rest>(?:the\s+)?[a-z][\w-]*s\b.*?)\s*\??\s*$", re.I | re.S)
# the condition that makes it a count of items meeting it: a bound, a move, a comparison, an attribute clause
# ('over / under / above / below' bound only when a figure follows: 'stores under Dan Murphy's network' names a scope)
_CONDITION = re.compile(r"\b(?:than|(?:over|under|above|below)(?=\s+(?:[$€£¥]\s*)?[-−(]?\d)|exceed\w*|at least|at most|"
                        r"increas\w*|decreas\w*|grew|growth|rose|fell|declin\w*|with|that|which|where|whose)\b", re.I)


def number_asked(question: str) -> str:
    """'Number of revenue lines with growth above 4% in 2023' read as 'How many revenue lines with growth above 4% in
    2023?': a count of the items meeting a condition, asked as a noun phrase; else the question as asked."""
    m = _NUMBER_OF.match(question)
    if m is None or not _CONDITION.search(m.group("rest")):
        return question
    return f"How many {m.group('rest')}?"


def listed_count(listing: Answer | None) -> Answer | None:
    """A list answer turned into the count of its items (each item kept as an operand of the count,
    the citations as they were); None unless it is a list of at least two items."""
    if listing is None or listing.shape != "list" or (m := _ITEMS.search(listing.answer)) is None:
        return None
    labels = [item for item in m.group("items").split("; ") if item.strip()]
    if len(labels) < 2:
        return None
    n = str(len(labels))
    head = listing.answer[listing.answer.find(". ") + 2:] if ". " in listing.answer else ""
    derivation = {"op": "count", "operands": [{"value": lb, "label": lb, "citation": 1} for lb in labels], "result": n}
    return Answer(question=listing.question, answer=f"**{n}** — {head}", figure=n, abstained=False,
                  citations=listing.citations, backend=listing.backend, confidence=listing.confidence,
                  shape="computed", derivation=derivation)


def count_by_listing(ctx: AnswerContext, question: str, tables, backend: str) -> Answer | None:
    """'How many categories of X are there': the items the list question over the same words gives."""
    from .ranked import components_answer

    return listed_count(components_answer(ctx, question, tables, backend))


# 'How many regions are shown in the table?', 'How many product lines does the table list?' (years: ranked.years_count)
ROWS_SHOWN = re.compile(r"^\s*how many\s+(?!(?:of the\s+)?(?:fiscal\s+|financial\s+)?(?:years|periods|columns)\b)[a-z][\w\s-]*?\s+"
                        r"(?:(?:are|were|is)\s+(?:there\s+)?(?:shown|listed|included|presented|disclosed|given|reported)\s+"
                        r"in\s+the\s+table|does\s+the\s+table\s+(?:show|list|include|present|give|disclose))\s*\??\s*$", re.I)


def rows_shown(ctx: AnswerContext, question: str, tables, backend: str) -> Answer | None:
    """'How many X are shown in the table': the table's item rows with a figure (item_rows: totals, subtotals and
    reconciling rows are no item; the heading the question names, if any), counted and listed; None unless one
    table is retrieved (its copies aside) with at least two."""
    from ingest.tables import SEP

    from .cells import RowHit
    from .item_rows import item_rows
    from .passage_tables import one_table
    from .shape_text import shaped_answer

    if not ROWS_SHOWN.match(question):
        return None
    read = one_table((passage, table) for passage, table in tables)
    if read is None:
        return None
    passage, table = read
    filled = {c.row for c in table.cells if c.value is not None}
    rows = [r for r in item_rows(table, question) if r in filled]
    if len(rows) < 2:
        return None
    labels = [r.split(SEP)[-1] for r in rows]
    derivation = {"op": "count", "operands": [{"value": lb, "label": lb, "citation": 1} for lb in labels],
                  "result": str(len(labels))}
    text = f"**{len(labels)}** — the table lists: " + "; ".join(labels) + " [1]"
    return shaped_answer(ctx, [RowHit(passage, table, rows[0], 0.0)], text, str(len(labels)), "computed", backend,
                         derivation=derivation)
