"""year_rows: a table whose rows are years is read with its years as columns; any other table stays as it is."""

from ingest.tables import read_grid
from rag.extractive.cells import RowHit, cell_at, column_for
from rag.extractive.year_rows import with_year_columns, years_as_rows

GRID = [["Year", "Revenue", "Headcount"], ["2019", "1,200", "40"], ["2018", "(900)", "35"]]


def test_years_heading_rows_are_read_as_year_columns():
    table = read_grid(GRID).table
    assert years_as_rows(table)
    turned = with_year_columns(table)
    assert turned.rows == ["Revenue", "Headcount"] and turned.columns == ["2019", "2018"]
    assert turned.cell("Revenue", "2018").value == -900.0  # the sign kept
    assert column_for(turned, 2018, "revenue in 2018") == "2018"
    assert cell_at(RowHit(0, turned, "Revenue", 1.0), "2019").text == "1,200"


def test_a_table_with_year_columns_or_other_row_labels_stays():
    columns = read_grid([["", "2019", "2018"], ["Revenue", "1,200", "900"], ["Headcount", "40", "35"]]).table
    assert with_year_columns(columns) is columns
    one = read_grid([["Year", "Revenue"], ["2019", "1,200"]]).table  # one year row: nothing to turn
    assert with_year_columns(one) is one
    mixed = read_grid([["Year", "Revenue"], ["2019", "1,200"], ["Total", "2,100"]]).table
    assert with_year_columns(mixed) is mixed


def test_fiscal_year_columns_are_year_columns():
    fiscal = read_grid([["Year", "FY2019", "FY2020"], ["2019", "1,200", "900"], ["2020", "1,300", "950"]]).table
    assert not years_as_rows(fiscal)  # years head both sides: nothing to turn
