"""A standard ratio named but not printed is asked again as the ratio of the two amounts it is defined by."""

from rag.extractive.named_ratios import spelled_ratios


def test_current_ratio_is_current_assets_over_current_liabilities():
    got = spelled_ratios("What is the current ratio in 2019?")
    assert got[0] == "What is the ratio of total current assets to total current liabilities in 2019?"


def test_debt_to_asset_ratio_tries_debt_then_liabilities():
    got = spelled_ratios("What is the debt-to-asset ratio in 2018?")
    assert got == ["What is the ratio of total debt to total assets in 2018?",
                   "What is the ratio of total liabilities to total assets in 2018?"]


def test_a_page_printing_the_ratio_is_read_not_computed():
    assert spelled_ratios("What is the current ratio in 2019?", ["The current ratio was 1.4 in 2019."]) == []


def test_no_named_ratio_no_spelling():
    assert spelled_ratios("What is the ratio of A to B in 2019?") == []
    assert spelled_ratios("What is the debt to assets of the group?") == []


def test_a_liabilities_ratio_is_never_read_as_debt():
    assert spelled_ratios("What is the liabilities-to-assets ratio in 2018?") == \
        ["What is the ratio of total liabilities to total assets in 2018?"]
    assert spelled_ratios("What is the liability to equity ratio in 2018?") == \
        ["What is the ratio of total liabilities to total equity in 2018?"]


def test_a_profit_margin_is_the_profit_as_a_percentage_of_revenue():
    from rag.extractive.named_ratios import spelled_margins
    got = spelled_margins("What was the operating margin of the Services segment?")
    assert got[0] == "What was the operating income as a percentage of revenue of the Services segment?"
    assert "What was the operating profit as a percentage of net sales of the Services segment?" in got
    assert spelled_margins("What was the Adjusted EBITDA margin in 2021?")[1] == \
        "What was the Adjusted EBITDA as a percentage of net sales in 2021?"
    assert spelled_margins("What was the gross margin in 2019?")[0] == "What was the gross profit as a percentage of revenue in 2019?"


def test_a_margin_printed_between_two_amounts_or_changed_is_not_spelled():
    from rag.extractive.named_ratios import spelled_margins
    assert spelled_margins("What was the gross margin in 2019?", ["Gross margin was 40.1% in 2019."]) == []
    assert spelled_margins("What was the margin between the realised price and the unit cost?") == []
    assert spelled_margins("What was the change in gross margin from 2018 to 2019?") == []
    assert spelled_margins("What is the net interest margin in 2019?") == []


def test_operating_income_is_a_profit_measure_a_margin_is_computed_from():
    from rag.extractive.features import metric_covered
    assert metric_covered("segment operating income (loss) — test & measurement: 176.2", "profit")
