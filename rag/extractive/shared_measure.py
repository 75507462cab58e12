"""One measure asked of several rows: 'the average selling prices of Central China and Western China', 'the average
revenue per user in North America and Europe'. The measure phrase before 'of / in / for / at' names a column header
(or a row heading) of the table, and it is said of each row named after it, not of the first alone: each row is
read in the column (or under the heading) that measure names."""

from __future__ import annotations

import re

from ingest.tables import SEP, Table

from .cells import OPERATION_WORDS, words
from .column_choice import _CHANGE_COLUMN as CHANGE_COLUMN

# 'M of A and B', 'M in A, B and C', 'M for the A and the B': the measure, then the rows it is said of
_MEASURE_OF = re.compile(r"^(?P<measure>.+?)\s+(?:of|in|for|at|across)\s+(?:the\s+)?(?P<rows>.+)$", re.I)
_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", re.I)


def header_parts(table: Table) -> list[set[str]]:
    """The words of each part of each column header and of each row heading: the names a measure goes by."""
    parts = {p for c in table.columns for p in c.split(SEP)} | {r.split(SEP)[0] for r in table.rows if SEP in r}
    return [w for p in parts if (w := set(words(re.sub(r"\([^)]*\)", " ", p))))]


def measure_named(tables: list[tuple[int, Table]], measure: str) -> bool:
    """The measure phrase names a column header or row heading: all its words are one header part's, and it says
    more than an operation ('average' alone asks a mean of the rows, not a column of them)."""
    said = set(words(measure))
    if not said - OPERATION_WORDS:
        return False
    return any(said <= part for _, table in tables for part in header_parts(table))


def rows_with_measure(tables: list[tuple[int, Table]], text: str) -> list[str] | None:
    """'average selling prices of Central China and Western China' -> ['average selling prices Central China',
    'average selling prices Western China']: the measure said with each row; None unless the phrase is a measure the
    tables name followed by two or more names, none of them holding the measure again."""
    m = _MEASURE_OF.match(text.strip())
    if m is None or not measure_named(tables, m.group("measure")):
        return None
    names = [n.strip() for n in _SPLIT.split(m.group("rows")) if n.strip()]
    if len(names) < 2:
        return None
    measure = m.group("measure").strip()
    if any(set(words(measure)) <= set(words(n)) for n in names):
        return None
    return [f"{measure} {n}" for n in names]


def measure_words_out(table: Table, question: str) -> str:
    """The question without the words of a column header it says in full whose name holds an operation word
    ('Average selling price', 'Growth rate'): there the word names the column, not a computation (row headings:
    row_operation.without_label)."""
    said = set(words(question))
    # a change column ('Percentage Change 2019 Versus 2018') prints the operation's result: its name is the operation
    parts = [w for c in table.columns for p in c.split(SEP) if (w := set(words(re.sub(r"\([^)]*\)", " ", p))))]
    named = [p for p in parts if len(p) >= 2 and p & OPERATION_WORDS and p <= said
             and not CHANGE_COLUMN.search(" ".join(p))]
    if not named:
        return question
    out = set().union(*named)
    return " ".join(w for w in re.findall(r"\S+", question) if not (set(words(w)) and set(words(w)) <= out))
