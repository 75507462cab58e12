"""A year written inside the name of a row group a question names ('the components of the Fiscal 2018
Plan') is part of that name, not a period asked: the list of the group's rows answers it as if no year
were said. Only when every year the question says sits in a heading it names, with at least one other word."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ingest.tables import Table

from .cells import words
from .ranked import LIST_WORDS, label_topic, row_groups

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def row_group_years(question: str, tables: Iterable[tuple[int, Table]]) -> set[int]:
    """The years of the row-group headings whose words (years and at least one other word) the question
    all says; a list question whose years are all among these asks the group's rows, not a period."""
    asked = set(words(question)) - LIST_WORDS
    found: set[int] = set()
    for _, table in tables:
        for heading in row_groups(table):
            topic = set(label_topic(heading)) - LIST_WORDS
            years = {int(y) for y in _YEAR.findall(heading)}
            if years and topic and topic <= asked:  # (words() drops numbers: the topic is the other words)
                found |= years
    return found


def years_named_by_heading(question: str, years: Sequence[int], tables: Iterable[tuple[int, Table]]) -> bool:
    """True when the question says years and each is inside a row-group heading it names."""
    return bool(years) and set(years) <= row_group_years(question, tables)
