"""The patterns several answer paths share, each written once: a row line, a threshold, a pronoun for a name."""

from rag.extractive.choice import names_nobody
from rag.extractive.row_sets import BELOW, THRESHOLD
from rag.extractive.rows import ROW_LINE


def test_row_line_is_a_dash_then_a_column_and_colon():
    assert ROW_LINE.search("Other items — 2019: 17; 2018: —")
    assert not ROW_LINE.search("Revenue grew — as expected — in 2019.")


def test_threshold_groups_bound_percent_and_scale():
    m = THRESHOLD.search("In which years was revenue less than 140 million?")
    assert (m.group(2), m.group(3), m.group(4)) == ("140", None, "million")
    m = THRESHOLD.search("How many rows were above 5%?")
    assert (m.group(2), m.group(3)) == ("5", "%")
    assert BELOW.search("less than") and not BELOW.search("more than")


def test_a_pronoun_or_a_clause_names_nobody():
    assert names_nobody("Others") and names_nobody("it")
    assert names_nobody("one of the many firms that entered the market in the last year")
    assert not names_nobody("China")
