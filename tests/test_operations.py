"""The operation a question's words ask (operations.operation): a proportion of a whole asked with 'what
proportion / share of W' is a share in percent; 'the proportion of A over B' stays a ratio."""

from __future__ import annotations

from rag.extractive.operations import operation


def test_what_proportion_or_share_of_a_whole_asks_a_share():
    assert operation("What proportion of total net revenues in FY2020 came from the automotive segment?") == "share"
    assert operation("What share of total employee benefit expenses did wages and salaries account for?") == "share"
    assert operation("What fraction of total loans were mortgages in 2019?") == "share"


def test_a_proportion_of_one_amount_over_another_stays_a_ratio():
    assert operation("What is the proportion of property, plant and equipment over total assets in 2018?") == "ratio"
    assert operation("What was the employee termination costs as a proportion of total costs in 2018?") == "ratio"
    assert operation("What was the ratio of A to B in 2019?") == "ratio"


def test_a_margin_between_two_things_is_their_difference_and_its_change_a_second_operation():
    from rag.extractive.measures import metrics_of
    from rag.extractive.operations import MARGIN_BETWEEN
    q = "What was the margin between the average realised price and the total unit cost including royalties in FY2024?"
    assert operation(q) == "change"  # 'average' names the price, no mean asked
    m = MARGIN_BETWEEN.search(q)
    assert (m.group("a"), m.group("b")) == ("average realised price", "total unit cost including royalties in FY2024")
    assert "profit" not in metrics_of(q)  # the margin between A and B is no profit measure
    assert "profit" in metrics_of("What was the gross margin in 2019?")
    assert operation("What was the percentage change in the margin between the basket price and unit cost "
                     "from 2023 to 2024?") == "compound"  # the change of a computed margin: no one operation


def test_a_ratio_the_sentence_names_is_the_measure_and_its_change_is_asked():
    from rag.extractive.operations import sentence_operation
    q = "What was the change in the credit loss ratio from 2023 to 2024?"
    assert operation(q) == "compound"
    assert sentence_operation(q, ["The bank's credit loss ratio increased to 1.18% (2023: 0.97%)."]) == "change"
    assert sentence_operation(q, ["Impairments rose to R4,912 million."]) == "compound"
    assert sentence_operation("What is the ratio of A to B in 2019?", ["the ratio of A to B was 2.1"]) == "ratio"


def test_how_much_one_exceeds_another_is_a_difference():
    from rag.extractive.operations import operation
    assert operation("By how much did Spain's wine production exceed its consumption in 2024?") == "change"
    assert operation("By how much did exports surpass imports in 2024?") == "change"


def test_a_rate_named_by_its_period_asks_a_percentage_change():
    from rag.extractive.operations import operation
    for q in ("What was the CAGR of China from 2020 to 2023?", "What is the implied average annual growth rate of X "
              "from 2024 to 2030E?", "What was the year-on-year growth of X in 2023?",
              "What was the annualised growth of X from 2022 to 2024?", "What was the annual growth rate of B in 2021?"):
        assert operation(q) == "percent_change", q
    assert operation("What was the average annual increase in subscribers between 2022 and 2024?") == "compound"
    assert operation("What is the growth multiple of X between 2024 and 2030E?") == "multiple"


def test_how_much_added_over_a_span_asks_a_change():
    assert operation("How much liquefaction capacity is North America expected to add between 2024 and 2030E?") == "change"
    assert operation("How many stores did the company add in 2024?") is None  # one year's additions, a figure


def test_a_change_asked_by_its_verb():
    from rag.extractive.operations import NO_PERIOD_CHANGE
    for q in ("How many hotel rooms were added in 2025?", "How much did gaming win increase by?",
              "By how many percentage points did the cost-to-income ratio improve?",
              "By how many did the group reduce its wholesale doors?"):
        assert operation(q) == "change" and NO_PERIOD_CHANGE.search(q), q
    assert operation("How many stores does the group operate?") is None
