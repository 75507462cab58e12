"""Which figure a span answer leads with (rag/extractive/pick.py): years given 'respectively' and
numbers that label rather than measure, on the smallest input, without the embedding model."""

from __future__ import annotations

from ingest.figures import parse_figures
from rag.extractive.pick import is_label, pick_figures, respective_years
from rag.extractive.slots import parse


def _years(text: str) -> list[tuple[str, int | None]]:
    return [(f.text, f.year) for f in respective_years(text, parse_figures(text)) if f.unit != "year"]


def test_respectively_gives_the_kth_figure_the_kth_year():
    text = "Expense was $2.5 million, $2.6 million, and $2.4 million during fiscal 2019, 2018 and 2017, respectively."
    assert _years(text) == [("$2.5 million", 2019), ("$2.6 million", 2018), ("$2.4 million", 2017)]
    # the years may come first
    text = "Benefits for the years 2019, 2018 and 2017 were $131 million, $117 million and $180 million, respectively."
    assert _years(text)[1] == ("$117 million", 2018)


def test_a_clause_without_years_keeps_the_years_before_it():
    text = ("Expense was $12,548 and $12,643 for 2019 and 2018, respectively, of which $9,028 and $9,189, "
            "respectively, related to software.")
    assert _years(text)[2:] == [("$9,028", 2019), ("$9,189", 2018)]


def test_without_respectively_the_years_are_left_alone():
    text = "Expense was $2.5 million in 2019 and $2.6 million in 2018."
    assert _years(text) == [(f.text, f.year) for f in parse_figures(text) if f.unit != "year"]


def test_the_figure_of_the_year_asked_leads():
    text = "Expense was $2.5 million, $2.6 million, and $2.4 million during fiscal 2019, 2018 and 2017, respectively."
    picked = pick_figures(text, parse_figures(text), parse("What was the expense in 2018?"))
    assert [f.text for f in picked] == ["$2.6 million"]


def test_numbers_that_label_are_not_answers():
    text = "(1) Working capital under ASC 606, see Note 7; Other items(2) and 401(k) plans hold 12 funds."
    labels = {f.text: is_label(text, f) for f in parse_figures(text) if f.unit != "year"}
    assert labels == {"1": True, "606": True, "7": True, "2": True, "401": True, "12": False}
    assert [f.text for f in pick_figures(text, parse_figures(text), parse("How many funds?"))] == ["12"]


def test_a_row_gives_one_cell_per_year_asked_in_the_order_asked():
    row = "Net cash — January 3, 2020: 65; December 28, 2018: (114); December 29, 2017: (71)"
    picked = pick_figures(row, parse_figures(row), parse("What was the net cash in 2018 and 2017 respectively?"))
    assert [f.display for f in picked] == ["(114)", "(71)"]  # as the table writes them: negatives


def test_several_figures_lead_together_joined_by_and():
    from rag.extractive.lead_line import lead_figure, lead_text

    text = "Expense was $12,548 and $12,643 for the years 2019 and 2018, respectively."
    figs = pick_figures(text, parse_figures(text), parse("What was the expense in 2019 and 2018 respectively?"))
    assert lead_text(figs, (2019, 2018)) == "**$12,548 and $12,643** (2019 and 2018)."
    assert lead_figure(figs, (2019, 2018)) == "$12,548 and $12,643"
    # one year asked: a complementing figure of another year does not join the lead
    assert lead_text(figs, (2019,)) == "**$12,548** (2019), **$12,643** (2018)."
    assert lead_text(figs[:1]) == "**$12,548** (2019)."


def test_of_two_respectively_clauses_the_one_the_question_names_answers():
    text = ("Depreciation expense was $12,548 and $12,643 for the years 2019 and 2018, respectively, of which "
            "$9,028 and $9,189, respectively, related to internal use software costs.")
    figs = parse_figures(text)
    main = pick_figures(text, figs, parse("What was the depreciation expense in 2019 and 2018 respectively?"))
    part = pick_figures(text, figs, parse("What was the depreciation expense related to internal use software "
                                          "costs in 2019 and 2018 respectively?"))
    assert [f.text for f in main] == ["$12,548", "$12,643"]
    assert [f.text for f in part] == ["$9,028", "$9,189"]


def test_a_question_asking_how_long_is_answered_by_a_figure_of_time():
    text = "There was $1.1 billion of cost, to be recognized over a weighted average term of approximately 2.5 years."
    picked = pick_figures(text, parse_figures(text), parse("Over what duration will the cost be recognized?"))
    assert [f.display for f in picked] == ["2.5 years"]
    assert [f.display for f in pick_figures(text, parse_figures(text), parse("How much was the cost?"))] == \
        ["$1.1 billion"]


def test_item_numbers_of_a_numbered_list_are_labels():
    text = "The approach has steps: (1) identify the contract, (2) set the price and (3) allocate it."
    assert all(is_label(text, f) for f in parse_figures(text))
    alone = "The loss was (5) in the year."  # a lone parenthesised number is a negative amount
    assert not any(is_label(alone, f) for f in parse_figures(alone))


def test_a_small_number_closing_a_parenthesis_a_name_word_opens_is_a_label():
    text = "Indirect emissions (Scope 2) rose to 1,234 tonnes; the loss was (5) in the year."
    labels = {f.text: is_label(text, f) for f in parse_figures(text)}
    assert labels["2"] is True and labels["1,234"] is False
    assert not any(is_label(text, f) for f in parse_figures(text) if f.text.strip("()") == "5")
