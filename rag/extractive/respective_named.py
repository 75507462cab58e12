"""'Revenue from Germany and the United Kingdom represented $1,462 million and $1,318 million, respectively': a
clause ending 'respectively' that names two items 'A and B' and gives two figures of one unit gives the k-th
figure to the k-th item. A question naming the same pair ('the revenue from Germany and the United Kingdom')
asks each one's figure, in the order it names them: both lead, not the first alone."""

from __future__ import annotations

import re

from ingest.figures import Figure

from .figure_owner import RESPECTIVELY

# the words joining two figures of one list: ', ', ' and ', ', and ', after an optional unit word ('40 years and')
_FIGURE_JOIN = re.compile(r"^(?:\s+[a-z]+)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)
# 'A and B' in a question: the word before 'and' and the word after (an article skipped)
_PAIR = re.compile(r"\b([A-Za-z][\w'’.&-]*)\s*,?\s+and\s+(?:the\s+|an?\s+)?([A-Za-z][\w'’.&-]*)")
_ARTICLE = r"(?:the\s+|an?\s+|our\s+|its\s+)?"


def _runs(clause: str, figures: list[Figure]) -> list[list[Figure]]:
    """The clause's runs of figures of one unit written as one list ('$812 million and $604 million')."""
    runs: list[list[Figure]] = []
    for f in figures:
        last = runs[-1][-1] if runs else None
        if last is not None and last.unit == f.unit and _FIGURE_JOIN.match(clause[last.end:f.start]):
            runs[-1].append(f)
        else:
            runs.append([f])
    return [r for r in runs if len(r) >= 2]


def one_list(text: str, figures: list[Figure]) -> bool:
    """Whether `figures` (two or more, in order) are one list of `text`: one unit, each after the one before with
    only a list's join between ('$812 million and $604 million'), not 'increased $9.6 million to $24.4 million'."""
    return len(figures) >= 2 and _runs(text, figures) == [figures]


def _pair_written(question: str, clause: str) -> bool:
    """Whether the clause writes a pair the question joins with 'and' the same way ('Germany and the United ...')."""
    for m in _PAIR.finditer(question):
        first, second = m.group(1), m.group(2)
        if first.lower() in ("what", "how", "which", "when", "where", "who", "and") or first[:1].isdigit():
            continue
        if re.search(rf"\b{re.escape(first)}\s*,?\s+and\s+{_ARTICLE}{re.escape(second)}\b", clause, re.I):
            return True
    return False


def named_respectively(text: str, figures: list[Figure], question: str) -> list[Figure] | None:
    """The two figures a 'respectively' clause gives to the pair of items the question names (in the question's
    order, which the clause shares); None when no clause lists that pair with exactly two figures of one unit."""
    start = 0
    for m in RESPECTIVELY.finditer(text):
        own = [f for f in figures if start <= f.start < m.start() and f.unit != "year"]
        runs = _runs(text, own)
        if len(runs) == 1 and len(runs[0]) == 2:
            run = runs[0]
            # the pair is named outside the figures' own list, before or after it
            named = text[start:run[0].start] + " | " + text[run[-1].end:m.start()]
            if _pair_written(question, named):
                return run
        start = m.end()
    return None
