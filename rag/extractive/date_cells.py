"""Two dates of one year compared: the row's cells of those dates' columns.

'from July 7, 2019 to September 29, 2019' names one year twice; a table heading its columns by period
end ('12 Weeks Ended › July 7 › 2019') gives one figure per date, which the year alone cannot tell
apart. The change runs from the earlier date to the later one, as a change between two years does.
"""

from __future__ import annotations

import re

from ingest.tables import Cell
from ingest.year_parts import MONTH_ABBREVIATION, MONTH_ABBREVIATIONS

from .cells import RowHit
from .quarter_cells import one_cell_each

_MONTHS = MONTH_ABBREVIATIONS
# a month's name or its abbreviation ('Sept.'), never another word it opens ('market', 'decline')
_MONTH = (r"\b(" + MONTH_ABBREVIATION + r")(?:(?<=jan)uary|(?<=feb)ruary|(?<=mar)ch|(?<=apr)il|"
          r"(?<=jun)e|(?<=jul)y|(?<=aug)ust|(?<=sep)t(?:ember)?|(?<=oct)ober|(?<=nov)ember|(?<=dec)ember)?\b\.?")
_DATE = re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b,?\s*((?:19|20)\d\d)\b", re.I)
# the day first, as British and European reports write it: '30 Sep 2023', '31 December 2023'
_DAY_MONTH = r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH
_DAY_FIRST = re.compile(_DAY_MONTH + r",?\s*((?:19|20)\d\d)\b", re.I)


def _month_number(name: str) -> int:
    """1 to 12 for a month's name or abbreviation as _MONTH captures it ('Sep' -> 9)."""
    return _MONTHS.index(name.lower()) + 1


def dates_asked(question: str) -> list[tuple[int, int, int]]:
    """The dates (year, month, day) a question writes in full ('July 7, 2019', '30 Sep 2023'), each once, in order."""
    found = [(m.start(), int(m.group(3)), _month_number(m.group(1)), int(m.group(2)))
             for m in _DATE.finditer(question)]
    found += [(m.start(), int(m.group(3)), _month_number(m.group(2)), int(m.group(1)))
              for m in _DAY_FIRST.finditer(question)]
    return list(dict.fromkeys(d[1:] for d in sorted(found)))


def _names_date(column: str, month: int, day: int) -> bool:
    """The column header names that day of that month, month first ('July 7') or day first ('30 Sep')."""
    return any(_month_number(m.group(1)) == month and int(m.group(2)) == day
               for m in re.finditer(_MONTH + r"\W+(\d{1,2})\b", column, re.I)) \
        or any(_month_number(m.group(2)) == month and int(m.group(1)) == day
               for m in re.finditer(_DAY_MONTH, column, re.I))


def date_cells(hit: RowHit, year: int, question: str) -> list[Cell] | None:
    """The row's figures for the two dates of `year` the question names, the later date first (a
    change runs from the earlier); None unless each date heads exactly one column of the row."""
    dates = [d for d in dates_asked(question) if d[0] == year]
    if len(dates) != 2 or len(dates_asked(question)) != 2:
        return None
    return one_cell_each(hit, year, (lambda column, month=month, day=day: _names_date(column, month, day)
                                     for _, month, day in sorted(dates, reverse=True)))
