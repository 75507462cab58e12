"""Rows selected by a text cell (text_selected.py): listed, counted, summed or averaged, on a tiny table."""

from __future__ import annotations

from rag.extractive.text_selected import selection, text_selected
from tests.test_ranking import _ctx

DEALS = ("Venture rounds, 2024", [["Date", "Company", "Round", "Amount (USD million)", "Lead investor"],
                                  ["Jan 2024", "Layerforge", "Series B", "42.0", "Quarry Hill"],
                                  ["Feb 2024", "Printacore", "Series A", "14.5", "Ashbury"],
                                  ["May 2024", "Ferrolith", "Series C", "88.0", "Tidewell"],
                                  ["Jun 2024", "Kiln", "Series B", "31.0", "Quarry Hill"],
                                  ["Sep 2024", "Polyvector", "Series A", "12.2", "Granite"],
                                  ["Total", "", "", "187.7", ""]])
SURVEY = ("", [["Country", "Share (%)", "Spend (EUR)", "Most-used channel"],
               ["Spain", "27", "84", "Online marketplace"],
               ["Italy", "22", "96", "Online marketplace"],
               ["Poland", "31", "63", "Classifieds site"]])


def _ask(question: str, *tables):
    return text_selected(_ctx(question, *tables), question, "extractive")


def test_a_value_said_whole_selects_the_rows_holding_it_named_by_the_first_text_column_of_a_dated_table():
    sel = selection(_ctx("Which companies raised Series B rounds?", DEALS), "Which companies raised Series B rounds?")
    assert sel is not None and sel.column == "Round" and sel.names == "Company" and len(sel.rows) == 2
    a = _ask("Which companies raised Series B rounds?", DEALS)
    assert a is not None and a.figure == "Layerforge and Kiln"


def test_the_selected_rows_are_counted_summed_and_averaged():
    assert _ask("How many rounds did Quarry Hill lead?", DEALS).figure == "2"
    assert _ask("How much was raised in total in Series A rounds?", DEALS).figure.startswith("26.7")
    a = _ask("What was the average spend in countries where an online marketplace is the most-used channel?", SURVEY)
    assert a is not None and a.figure.startswith("90")


def test_labels_name_the_rows_of_a_plain_table():
    a = _ask("In which countries is an online marketplace the most-used channel?", SURVEY)
    assert a is not None and a.figure == "Spain and Italy"


def test_a_bound_a_part_of_a_whole_or_a_row_named_is_no_text_selection():
    assert _ask("How many Series A rounds raised more than USD 13 million?", DEALS) is None
    assert _ask("What proportion of the total did the Series B rounds raise?", DEALS) is None
    assert _ask("Who led Ferrolith's Series C round?", DEALS) is None
    assert _ask("What percentage of respondents in Spain use an online marketplace?", SURVEY) is None


def test_a_list_of_another_text_columns_kind_is_that_columns_cell_not_the_rows_names():
    assert _ask("Which lead investors backed Series B rounds?", DEALS) is None


RIGHTS = ["Competition\tMarket\tTerm\tAverage annual value (US$m)\tPrevious cycle AAV (US$m)",
          "Continental Football League\tUK\t2025/26–2028/29\t2,140\t1,985",
          "Pacific Basketball Association\tUS\t2025/26–2035/36\t2,600\t1,400",
          "Women's Premier Football League\tUK\t2025/26–2029/30\t78\t34"]


def test_an_average_word_of_the_measure_column_asks_no_mean():
    from conftest import cells_answer
    got = cells_answer("What is the combined average annual value of the two UK competitions?", RIGHTS)
    assert got is not None and got.answer.startswith("**2,218")  # 'Average annual value' names the column: a sum
