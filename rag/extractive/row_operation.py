"""The operation a computed-figure question asks of the row it names (change, average, sum, share, multiple...),
read with the row's own label words taken out so a label's 'average' or 'total' is no operation asked."""

from __future__ import annotations

import re

from ingest.tables import SEP

from .cells import RowHit, percent_stated, words
from .computed import total_over_periods
from .operations import besides_share, multiple_asked, operation
from .quarter_cells import half_asked
from .row_lookup import row_named
from .shared_measure import measure_words_out
from .slots import Slots
from .whole_rows import total_or_whole


def row_operation(question: str, slots: Slots, tables: list, hit: RowHit | None,
                  which: bool) -> tuple[RowHit | None, str | None, bool]:
    """The operation asked of `hit`'s row (None: a figure read, no computation), the row it is asked of (a
    computed figure's row by row_lookup.row_named), and whether a total over the periods asked is summed."""
    # 'Net average selling price': a word of the row's own label is no operation asked
    # a range of periods asked ('over 2017 to 2019') asks a mean over them, whatever a heading calls its rows
    around = not any(p.kind == "range" for p in slots.periods)
    op = _whole_kept(question, hit, operation(without_label(question, hit.row, around) if hit is not None else question))
    if op is not None and hit is not None and around:  # 'the average selling prices of X in 2023 and 2022': a column's name
        op = _whole_kept(question, hit, operation(measure_words_out(hit.table, without_label(question, hit.row, around))))
    # 'X in 2021 was how many times that of 2019', 'X in 2022 relative to 2024 (x)': one row's two periods divided
    multiple = len(set(slots.years)) == 2 and multiple_asked(question)
    op = "multiple" if op is None and multiple else op
    summed = op is None and total_over_periods(question, slots)
    # 'the total X in the second half of 2024': a sum of two quarters, whose 'total' names no total row
    halved = op is None and len(set(slots.years)) == 1 and half_asked(question)
    if (op not in (None, "compound") or summed or halved) and not which:  # a computed figure: its row by row_lookup.row_named
        named = row_named(tables, question, not_total=summed or halved or op == "sum")
        if named is not None:
            hit = named
            op = _whole_kept(question, hit, operation(without_label(question, hit.row, around)))
            op = "multiple" if op is None and multiple else op
    if op in ("share", "compound") and hit is not None and slots.years \
            and percent_stated(hit.table, hit.row, slots.years, question):
        # 'cost of revenue as a percentage of revenue in 2018': the row gives the share, read it; an
        # average or total of those shares asked besides is computed from them
        op = besides_share(without_label(question, hit.row, around))
        summed = op is None and total_over_periods(question, slots)
    return hit, op, summed


def _whole_kept(question: str, hit: RowHit | None, op: str | None) -> str | None:
    """A share asked of the whole row itself ('Europe's share of total sales volumes' with the row 'Total sales
    volumes') stays a share: taking the whole's label out took the words that asked it."""
    if op is None and hit is not None and total_or_whole(hit.row.split(SEP)[-1]) and operation(question) == "share":
        return "share"
    return op


def without_label(question: str, row: str, around: bool = True) -> str:
    """The question with the row's label taken out, so that a label's own word ('Weighted-average
    fair value per share', 'Net average selling price') is no operation asked: the label as the
    question writes it (hyphens or spaces between its words) when it does, else each label word. A
    heading of the row the question writes in full ('Average revenue per user › Europe'), or word by word around
    the label ('Average realized prices › NGLs': 'the average realized NGL price', unless not `around`), is taken
    out too."""
    parts = row.split(" › ")
    label = parts[-1]
    for part in parts[:-1] + [label]:  # a heading the question writes in full names rows too
        written = re.findall(r"[A-Za-z0-9]+", re.sub(r"\s*\([^)]*\)", " ", part))
        if len(written) < (1 if part is label else 2):
            continue  # a heading of one word ('Average') is no name the question can be said to write
        said = re.compile(r"\b" + r"[\s-]+".join(re.escape(w) for w in written) + r"\b", re.I)
        if said.search(question):
            question = said.sub(" ", question, count=1)
            if part is label:
                return question
        elif around and part is not label and len(set(words(part))) >= 2 and set(words(part)) <= set(words(question)):
            # a heading whose every word the question writes around the row's own name ('Average realized
            # prices › NGLs' asked as 'the average realized NGL price'): its words name the rows, not an operation
            for w in re.findall(r"[A-Za-z]+", part):
                if words(w):
                    question = re.sub(rf"\b{re.escape(w)}\b|\b{re.escape(words(w)[0])}s?\b", " ", question, flags=re.I)
    content = set(words(label))  # 'of', 'as' are no part of what the label names
    for w in re.findall(r"[A-Za-z]+", label):
        if words(w) and words(w)[0] in content:
            question = re.sub(rf"\b{re.escape(w)}\b", " ", question, flags=re.I)
    return question
