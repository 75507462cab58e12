"""A figure cell written with another dollar's mark ('S$5.2', 'NT$ 12', 'A$(3)') is a figure in that currency
(ingest/cell_values.py, marks from ingest.figures.OTHER_DOLLARS)."""

from ingest.cell_values import cell_unit, parse_value


def test_other_dollar_marks_are_figures_with_their_currency():
    assert parse_value("S$5.2") == 5.2 and cell_unit("S$5.2") == "SGD"
    assert parse_value("NT$ 12") == 12 and cell_unit("NT$ 12") == "TWD"
    assert parse_value("(A$3)") == -3 and cell_unit("(A$3)") == "AUD"
    assert parse_value("HK$5.2") == 5.2 and cell_unit("HK$5.2") == "HKD"
    assert cell_unit("$5.2") == "USD" and cell_unit("US$5.2") == "USD"
