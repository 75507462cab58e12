"""A change question's lead in the wrong form: a bare figure for a direction asked in words, two levels for one change."""

from rag.extractive.change_form import figure_for_direction, levels_for_change


def test_bare_figure_for_a_direction_asked_in_words_is_doubted():
    said = "**over 700 million yuan**. Overall, the models have been applied across six key scenarios."
    assert figure_for_direction("How have large model applications evolved, per the analysis?", [], said)
    assert figure_for_direction("How is concentration among AI unicorns developing?", [], "**over 370** (2024). ...")


def test_words_an_amount_a_unit_or_a_span_of_years_let_the_figure_stand():
    assert figure_for_direction("How is concentration developing?", [], "**rising concentration**. ...") is None
    assert figure_for_direction("How has the number of deals developed?", [], "**1,076** (2021). ...") is None
    assert figure_for_direction("How is the market share trending?", ["percent"], "**30.1%**. ...") is None
    assert figure_for_direction("What trajectory does F&S project for the industry from 2025 to 2075?", [],
                                "**112.5 billion yuan** (2025). ...") is None
    assert figure_for_direction("What was revenue in 2024?", [], "**RMB 5 billion**. ...") is None


def test_two_levels_for_one_change_asked_are_doubted():
    said = "**38,962 and 27,314** (2023 and 2024). Average basket price — 2024: 27,314; 2023: 38,962"
    assert levels_for_change("What was the percentage change in the margin between the price and the cost?", said)
    assert levels_for_change("What was the change in revenue from 2023 to 2024?", "**4.6% vs 6.6%**. ...")


def test_one_figure_or_two_changes_asked_let_the_lead_stand():
    assert levels_for_change("What was the change in revenue from 2023 to 2024?", "**-866**. ...") is None
    assert levels_for_change("What was the change in revenue and in costs from 2023 to 2024?",
                             "**12 and 15**. ...") is None
    assert levels_for_change("How did revenue change from 2023 to 2024?", "**12 and 15**. ...") is None


def test_a_change_asked_by_its_verb_is_not_led_by_its_two_levels():
    lead = "**39.5% vs 91.9%** (FY2025: 39.5% [1] vs FY2024: 91.9% [1])."
    assert levels_for_change("By how much are passenger-km budgeted to increase in FY2025 compared with FY2024?", lead)
    assert levels_for_change("Which was higher, farebox recovery in FY2025 or FY2024?", lead) is None
    assert levels_for_change("MMMU vs MATH gap between US and Chinese models at end-2024", "**8.1% vs 1.6%** (...)") is None
