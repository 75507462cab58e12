"""Rows whose figures take no scale: a ratio of two measures ('Net debt to EBITDA 0.9', 'Gearing ratio 1.4')
or a figure per unit of something ('per share', 'per $ million of revenues'); the table's 'in millions' is not theirs."""

from __future__ import annotations

import re

from ingest.tables import SEP, Cell

# 'Net debt to EBITDA', 'Loan to value', 'Debt-to-equity ratio', 'Interest cover (times)'
_RATIO_LABEL = re.compile(r"\bratio\b|\((?:times|x)\)|\b(?:to|-to-)\s*(?:adjusted\s+|underlying\s+)?"
                          r"(?:EBITDA|EBIT|equity|capital|total capital|value|revenues?|sales|earnings)\s*(?:\(.*\))?\s*$", re.I)
# 'Normalised per $ million of revenues', 'Emissions per tonne', 'Cost per customer'
_PER_THING = re.compile(r"\bper\s+(?:[$£€]\s*)?(?:million|thousand|billion|m|bn|k|tonnes?|mwh|kwh|head|capita|"
                        r"customers?|users?|subscribers?|stores?|employees?|units?|shares?|square|sq)\b", re.I)
# an amount moved or given to a measure ('Transfers to equity', 'Contribution to revenue'): an amount, no ratio
_MOVED_TO = re.compile(r"\b(?:transfer(?:s|red)?|contributions?|contributed|additions?|adjustments?|payments?|paid|"
                       r"reclassifi\w*|allocat\w*|attributable|charged?|credited|movements?)\s+(?:\w+\s+)?(?:to|-to-)\b",
                       re.I)
# a ratio is written as a small number with decimals ('0.9', '1.45'), not an amount ('1,234')
_SMALL_DECIMAL = re.compile(r"^\(?-?\d{1,2}\.\d+\)?x?$")


def takes_no_scale(cell: Cell) -> bool:
    """Whether the cell's row gives a ratio or a per-unit figure, so the table's scale word is not its own."""
    return row_takes_no_scale(cell.row, cell.text)


def row_takes_no_scale(row: str, text: str) -> bool:
    """`takes_no_scale` for a row path and a figure as written ('Net debt to EBITDA', '0.9')."""
    label = row.split(SEP)[-1]
    if _PER_THING.search(label):
        return True
    figure = " ".join(text.split())
    return bool(_RATIO_LABEL.search(label)) and not _MOVED_TO.search(label) and bool(_SMALL_DECIMAL.match(figure))
