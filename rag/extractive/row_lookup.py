"""Which table row a question names: every word of a row's label asked, else a short label written
exactly as the table writes it, else a shortened label; rows that tie must hold the same figures.
Computed answers, row sets and shapes all find their rows here."""

from __future__ import annotations

import re

from ingest.tables import SEP, Table

from .cells import OPERATION_WORDS, RowHit, percent_row, column_words, label_score, memo_unasked, percent_asked, words
from .heading_named import in_named_group
from .kept_patterns import compiled
from .net_operation import without_operation_net
from .rating_rows import grade_asked, grade_score
from .whole_rows import world_named


def said_words(text: str) -> str:
    """The words of `text`, lower-case between spaces, so one phrase is found in another by `in`."""
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.lower())) + " "


_SIGN_WORD = re.compile(r"(^|› )(?:less|add|plus)\b:?\s*", re.I)


def row_named(tables: list[tuple[int, Table]], phrase: str, *, not_total: bool = False) -> RowHit | None:
    """The row `phrase` names (every word of its label asked; a label word that is also an operation
    word, 'Expected rate of salary increase', counts). Among rows as good: the one whose label the
    phrase says verbatim (a label made only of column-header words, "Total" of "the percent of total sales", after one that is not), then (for a sum over periods, `not_total`) one that is not itself a total,
    then the one whose full path has the fewest words not asked ('Current › Other receivables' before
    'Non-current › Other receivables'; 'Free cash flow' before 'Free cash flow (pre-spectrum)').
    None when none, or when rows still tied hold different figures. 'worldwide' names the row 'World'."""
    phrase = world_named(tables, phrase)
    full = set(words(phrase))
    asked = set(words(without_operation_net(phrase))) - OPERATION_WORDS  # 'net difference': no row word
    said = said_words(phrase)
    pct = percent_asked(phrase)
    grade = grade_asked(phrase)  # 'B-rated issuance': the row 'B'
    ranked = []
    for passage, table in tables:
        found = len(ranked)
        topic = column_words(table)
        valued = {c.row for c in table.cells if c.value is not None}  # rows holding a figure
        for row in table.rows:
            named = _SIGN_WORD.sub(r"\1", row)  # 'Less: Voyage expenses' names voyage expenses
            score = grade_score(row, grade) or label_score(named, asked, full, topic)
            if score is None or row not in valued:
                continue
            if not pct and percent_row(table, row):
                score -= 1.0  # a '% of revenue' row answers an amount only when nothing else does
            if memo_unasked(row, full):
                score -= 1.0  # a row under 'Includes stock-based compensation of:' is a part, not the measure
            label = re.sub(r"\s*\([^)]*\)", " ", row.split(SEP)[-1])
            beyond = not set(words(label)) <= column_words(table)  # 'Total' of 'the percent of total sales' heads a column
            key = (score, beyond, said_words(label) in said, not (not_total and "total" in words(row)),
                   -len(set(words(row)) - full))
            ranked.append((key, passage, table, row))
        kept = set(in_named_group([r[3] for r in ranked[found:]], table.rows, table.caption or "", asked, words))
        ranked[found:] = [r for r in ranked[found:] if r[3] in kept]  # 'the total rate base for Canada': that group's
    if not ranked:
        return _said_as_written(tables, phrase) or _shortened(tables, asked)
    ranked.sort(key=lambda r: r[0], reverse=True)  # stable: passage order among equals
    top = [r for r in ranked if r[0] == ranked[0][0]]
    if len({tuple(c.text for c in t.cells if c.row == row) for _, _, t, row in top}) > 1:
        return None
    key, passage, table, row = top[0]
    return RowHit(passage, table, row, key[0])


def _said_as_written(tables: list[tuple[int, Table]], phrase: str) -> RowHit | None:
    """A short label the question writes exactly as the table does ('from UK in 2019', 'the average
    Other'), case and all, when no label covers enough of a long question; one row, or rows that
    agree."""
    found = []
    for passage, table in tables:
        for row in table.rows:
            label = re.sub(r"\s*\([^)]*\)", "", row.split(SEP)[-1]).strip()
            if (label and words(label) and label.lower() not in ("total", "net")
                    and compiled(rf"(?<![\w-]){re.escape(label)}(?![\w-])").search(phrase)
                    and any(c.row == row and c.value is not None for c in table.cells)):
                found.append(RowHit(passage, table, row, 0.5))
    if len({tuple(c.text for c in h.table.cells if c.row == h.row) for h in found}) != 1:
        return None
    return found[0]


_NO_ROW = frozenset({"both", "each", "all", "every", "respectively", "fys"})


def _shortened(tables: list[tuple[int, Table]], asked: set[str]) -> RowHit | None:
    """A row named by a shortened label: every word the question asks (two at least; words naming the
    columns or all periods set aside) is a word of one row's label ('net profit' names 'Net
    profit/(loss) after tax'); one row, or rows that agree."""
    found = []
    for passage, table in tables:
        wanted = asked - column_words(table) - _NO_ROW
        if len(wanted) < 2:
            continue
        for row in table.rows:
            if wanted <= set(words(row.split(SEP)[-1])) and any(c.row == row and c.value is not None
                                                                  for c in table.cells):
                found.append(RowHit(passage, table, row, 0.5))
    if len({tuple(c.text for c in h.table.cells if c.row == h.row) for h in found}) != 1:
        return None
    return found[0]
