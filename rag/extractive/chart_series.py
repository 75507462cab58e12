"""A chart's series as ingest writes it ('China's large model market size, 2023-2029E: 147 in 2023; 221 in 2024')
may print bare numbers: when its caption names a money measure (a market's size, revenue), its values are money."""

from __future__ import annotations

import re

from ingest.figures import Figure

from .rows import with_currency

# 'Caption, 2023-2029E: 147 in 2023;' -- the caption, an optional span of years, then 'N in YEAR'
_SERIES = re.compile(r"^(?P<caption>[^:;\n]{5,160}?),?\s*(?:(?:19|20)\d\d\s*E?\s*[-–]\s*(?:19|20)\d\d\s*E?)?:\s*"
                     r"\d[\d,.]*\s+in\s+(?:19|20)\d\d")
# measures always stated in money in these reports (a count chart says 'number of')
_MONEY_MEASURE = re.compile(r"\b(?:market size|market scale|size of the [\w\s'’-]{0,40}market|revenues?|sales|"
                            r"investment|financing amount|spending|expenditure|output value|market value)\b", re.I)
_CURRENCY = (("RMB", re.compile(r"\b(?:rmb|yuan|renminbi)\b", re.I)), ("USD", re.compile(r"\b(?:usd|us\$|dollars?)\b", re.I)))


def caption_money(text: str, figures: list[Figure]) -> list[Figure]:
    """A chart series whose caption names a money measure gives its bare values a currency (the caption's, or
    '' when it names none), so they read as money; any other line's figures are returned unchanged."""
    m = _SERIES.match(text)
    if m is None or not _MONEY_MEASURE.search(m.group("caption")) or re.search(r"\bnumber of\b", m.group("caption"), re.I):
        return figures
    currency = next((code for code, pattern in _CURRENCY if pattern.search(m.group("caption"))), "")
    return with_currency(figures, currency)
