"""The item rows a row-set question (count, list, superlative) reads from a table: totals (a row summing its
block above too, however labelled), subtotals over listed items and reconciling rows (intersegment eliminations)
left out, as TAT-QA counts them; only the rows under the heading the question names when it names one (by the
words that set it apart from the table's other headings, a place named by its adjective too: 'Canadian' for
'Regulated - Canada')."""

from __future__ import annotations

import re

from ingest.tables import SEP, Table

from .cells import TOTAL_ROW, words
from .heading_rows import headings, rows_under
from .question_names import COUNTRY_FORMS
from .set_aside_rows import aside_rows, without_aside
from .subtotal_rows import closes_block, heads_items

# a row reconciling the segments' sum to the consolidated total is no segment: 'Intersegment elimination'
_NOTE = re.compile(r"\([^)]*\)")
RECONCILING = re.compile(r"\b(?:inter-?segment|inter-?company|eliminations?)\b", re.I)


def said_words(question: str) -> set[str]:
    """The question's words with the other one-word forms of each place it names ('canadian' -> 'canada')."""
    said = set(words(question))
    for forms in COUNTRY_FORMS:
        single = {w for f in forms if len(own := words(f)) == 1 for w in own}
        if single & said:
            said |= single
    return said


def named_headings(table: Table, question: str) -> list[str]:
    """The headings (first parts of row paths) the question names: those whose every word (a bracketed note of
    its unit, '(A$/dmt shipped)', aside) is said, else the one whose every word's stem is ('adjustment items':
    'Adjusted for'), else the one whose words setting it apart from the table's other headings are all said; []
    when none is."""
    heads = headings(table)
    said = said_words(question)
    own = {h: set(words(_NOTE.sub(" ", h))) or set(words(h)) for h in heads}  # a bracketed unit is no name said
    full = [h for h in heads if own[h] and own[h] <= said]
    if not full:  # 'adjustment items' names the heading 'Adjusted for:' by its stem
        stems = {w[:5] for w in said if len(w) >= 5}
        by_stem = [h for h in heads if own[h] and all(len(w) >= 5 and w[:5] in stems for w in own[h])]
        full = by_stem if len(by_stem) == 1 else []
    if full or len(heads) < 2:
        return full
    shared = set.intersection(*own.values())
    apart = [h for h in heads if own[h] - shared and own[h] - shared <= said]
    return apart if len(apart) == 1 else []


def item_rows(table: Table, question: str = "") -> list[str]:
    """The table's item rows: no total (nor a row summing its block above), no row heading listed items, no
    reconciling row, no row the question sets aside (set_aside_rows); those under the
    headings the question names (above each one's total: rows below a total adjust it) when it names one."""
    aside = aside_rows(table, question) if question else set()  # 'excluding the tax effect': the rest counted
    rows = [r for i, r in enumerate(table.rows) if not TOTAL_ROW.match(r.split(SEP)[-1]) and not heads_items(r, table.rows)
            and not RECONCILING.search(r.split(SEP)[-1]) and not closes_block(table, i) and r not in aside]
    heads = named_headings(table, without_aside(question)) if question else []
    if not heads:
        return rows
    kept = []
    for head in heads:
        under = rows_under(table, head)
        first = table.rows.index(under[0])
        total = next((i for i, r in enumerate(table.rows) if i > first and TOTAL_ROW.match(r.split(SEP)[-1])
                      and r.split(SEP)[0] == head), len(table.rows))
        kept += [r for r in rows if r in under and table.rows.index(r) < total]
    return [r for r in rows if r in kept]
