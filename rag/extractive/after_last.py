"""'Due after 2029' of a schedule of years closed by a 'Thereafter' bucket ('2025 | ... | 2029 | Thereafter'):
the years after a schedule's last year are the bucket that closes it, not the last year's own figure, so the
question is read as naming that bucket."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.tables import SEP, Table

from .cells import year_of

# 'after (fiscal) 2029', 'beyond FY2029', 'later than 2029'
_AFTER = re.compile(r"\b(?:after|beyond|later than)\s+(?:(?:the\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?))?((?:19|20)\d{2})\b"
                    r"(?!\s*[-–/]|\s+(?:to|and|through)\b)", re.I)
# the bucket closing a schedule: 'Thereafter', 'Later years', 'Beyond', 'After 2029'
_CLOSING = re.compile(r"^\s*(?:thereafter|later years?|after that|beyond|after\s+(?:fiscal\s+|FY\s?)?(?:19|20)\d{2})\b",
                      re.I)
_SPAN = re.compile(r"(?:19|20)\d{2}\s*(?:[-–/]|to|and)\s*(?:(?:19|20)?\d{2})\b", re.I)


def _closing_label(labels: list[str], year: int) -> str | None:
    """The label of the bucket closing `labels` when the schedule's one-year labels end at `year` and that bucket
    follows them; None otherwise."""
    last = [lb.split(SEP)[-1] for lb in labels]
    closing = [i for i, lb in enumerate(last) if _CLOSING.match(lb)]
    if len(closing) != 1:
        return None
    dated = [(i, y) for i, lb in enumerate(last) if not _SPAN.search(lb) and (y := year_of(lb)) is not None
             and i != closing[0]]
    if len(dated) < 2 or max(y for _, y in dated) != year:
        return None
    before = [i for i, y in dated if i < closing[0]]
    return last[closing[0]] if before and max(before) == max(i for i, _ in dated) else None


def after_last(question: str, tables: Iterable[tuple[int, Table]]) -> tuple[str, int] | None:
    """(the question naming the closing bucket instead of 'after <year>', that year) when one 'after <year>' is
    asked and a table's schedule of years (its columns or its rows) ends at that year with a bucket closing it;
    None otherwise."""
    found = list(_AFTER.finditer(question))
    if len(found) != 1:
        return None
    m = found[0]
    year = int(m.group(1))
    labels = {lb for _, t in tables for lb in (_closing_label(t.columns, year), _closing_label(t.rows, year)) if lb}
    if len(labels) != 1:
        return None
    label = labels.pop().strip()
    return f"{question[:m.start()]}{label.lower()}{question[m.end():]}", year
