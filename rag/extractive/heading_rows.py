"""The rows a heading owns: a table flattened to text keeps no indent, so a heading ('Pension costs:')
seems to head every row down to the next heading or total. A catch-all 'Other X' row closes a list of
its own kind: when X names another kind than the heading ('Other social security costs' under
'Pension costs'; not 'Other', 'Other pension costs'), it is the heading's sibling, and the heading's
own rows end before it."""

from __future__ import annotations

import re

from ingest.tables import SEP, Table

from .cells import words

_OTHER = re.compile(r"^\s*other\b(?P<rest>.*)$", re.I)
_JOINED = re.compile(r"\s+(?:and|&)\s+|\s*,\s*", re.I)  # 'Liabilities and Stockholders' Equity': two kinds


def headings(table: Table) -> list[str]:
    """The table's row headings (the first parts of its row paths), in table order, each once."""
    return list(dict.fromkeys(r.split(SEP)[0] for r in table.rows if SEP in r))


def rows_under(table: Table, head: str) -> list[str]:
    """Every row whose path starts with heading `head`, in table order; unbounded (heading_rows ends them at a
    sibling 'Other X' row, item_rows at the heading's total): the one place a row's heading is read."""
    return [r for r in table.rows if SEP in r and r.split(SEP)[0] == head]


def own_words(text: str) -> set[str]:
    """The words of a label or heading, footnote marks aside ('Tax credit carryforwards:(1)' -> no '1')."""
    return {w for w in words(text) if not w.isdigit()}


def sibling_other(label: str, head: str) -> bool:
    """Whether `label` is an 'Other X' row naming a kind the heading `head` does not: X leaves out
    a word of each kind the heading joins ('Liabilities and Stockholders' Equity' heads 'Other
    non-current liabilities'), footnote marks aside."""
    m = _OTHER.match(label)
    if m is None:
        return False
    rest = own_words(m.group("rest"))
    kinds = [own_words(k) for k in _JOINED.split(head)]
    return bool(rest) and all(own - rest for own in kinds if own)


def heading_rows(table: Table, head: str) -> list[str]:
    """The rows under heading `head` in table order, up to (not including) the first 'Other X' row
    that names another kind than the heading."""
    rows = rows_under(table, head)
    for i, row in enumerate(rows):
        if sibling_other(row.split(SEP)[-1], head):
            return rows[:i]
    return rows
