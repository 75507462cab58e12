"""A figure per thing no row states is the amount over the count, read at one address of one table."""

from ingest.tables import read_grid
from rag.extractive.computed_per import _cells, asked_per, stem
from rag.extractive.slots import parse

ROWS = [["", "FY2019", "FY2018"], ["Passengers carried (million)", "44.6", "42.1"],
        ["Passenger revenue (€m)", "6,842", "6,395"], ["Ancillary revenue (€m)", "1,274", "1,102"],
        ["Total revenue per seat (€)", "62.40", "60.85"]]
COLUMNS = [["Market", "Number of Properties", "Annualized Base Rent (in thousands)"],
           ["Dallas", "14", "$ 58,412"], ["Houston", "9", "35,206"]]


def _pair(grid, question):
    words, thing = asked_per(question)
    pair = _cells(read_grid(grid).table, parse(question), question, words, thing)
    return pair and (pair[0].text, pair[1].text)


def test_asked_per_reads_amount_and_thing():
    assert asked_per("What was the average revenue per store in 2018/19?") == (["revenue"], "store")
    assert asked_per("What was revenue per year?") is None  # a time, no thing counted
    assert stem("properties") == "property" and stem("stores") == "store"


def test_amount_and_count_rows_at_the_year_asked():
    assert _pair(ROWS, "What was ancillary revenue per passenger in FY2019?") == ("1,274", "44.6")


def test_amount_and_count_columns_at_the_entity_row():
    assert _pair(COLUMNS, "What was the average annualized base rent per property in Dallas?") == ("$ 58,412", "14")


def test_no_pair_without_a_count_or_a_year():
    assert _pair(ROWS, "What was ancillary revenue per aircraft in FY2019?") is None
    assert _pair(ROWS, "What was ancillary revenue per passenger?") is None
