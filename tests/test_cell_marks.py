"""cell_marks: a '$' or '%' printed in a cell of its own is joined to the figure beside it, and the year over the
'$' heads the figures' column; columns of words or figures stay as they are."""

from ingest.cell_marks import joined_marks
from ingest.table_blocks import read_lines


def test_a_dollar_column_joins_the_figures_and_passes_on_its_year():
    grid = [["", "2019", "", "2018", ""], ["Revenue", "$", "1,200", "$", "(900)"], ["Margin", "", "12", "", "11"]]
    assert joined_marks(grid) == [["", "2019", "2018"], ["Revenue", "$1,200", "$(900)"], ["Margin", "12", "11"]]
    table = read_lines(["\t2019\t\t2018\t", "Revenue\t$\t1,200\t$\t(900)"])[0].table
    assert table.columns == ["2019", "2018"] and table.cell("Revenue", "2018").value == -900.0


def test_a_percent_column_joins_the_figure_before_it():
    assert joined_marks([["", "2019", ""], ["Margin", "12.5", "%"]]) == [["", "2019"], ["Margin", "12.5%"]]


def test_columns_of_words_or_figures_stay():
    grid = [["", "2019", "Note"], ["Revenue", "1,200", "$"], ["Cost", "900", "see below"]]
    assert joined_marks(grid) == grid
    words = [["Name", "Currency"], ["A", "$"], ["B", "€"]]
    assert joined_marks(words) == words


def test_a_mark_column_with_a_heading_of_its_own_is_a_column():
    quarters = [["", "Q1", "Q2"], ["Growth", "5", "%"], ["Margin", "6", "%"]]
    assert joined_marks(quarters) == quarters  # 'Q2' heads the '%' cells: its header is not lost to Q1
    years = [["", "2019", "2018"], ["Revenue", "$", "1,200"], ["Cost", "$", "900"]]
    assert joined_marks(years) == years
    same = [["", "2019", "2019"], ["Revenue", "$", "1,200"]]  # one heading spread over both cells
    assert joined_marks(same) == [["", "2019"], ["Revenue", "$1,200"]]
    share = [["", "Share", "%"], ["A", "12", "%"]]  # a heading that is the mark itself
    assert joined_marks(share) == [["", "Share"], ["A", "12%"]]
