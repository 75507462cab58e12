"""An average the page names is read, not computed (named_average.py); a year asked is no figure (sides.py)."""

from rag.extractive.computed_doubt import asked
from rag.extractive.named_average import average_named
from rag.extractive.sides import figure_for_which_year

_Q = "What is the current average life expectancy in 2019 for a male member aged 65?"


def test_average_the_page_names_asks_no_mean():
    page = "These tables translate into an average life expectancy for a pensioner retiring at age 65 as follows:"
    assert asked(average_named(_Q, [page])) is None


def test_average_the_page_does_not_name_is_still_asked():
    assert asked(average_named(_Q, ["Member aged 65 (current life expectancy) — 2019: 86.8"])) == "average"
    assert average_named("What is the average revenue for 2018 and 2019?", ["Revenue — 2019: 5; 2018: 4"]) == \
        "What is the average revenue for 2018 and 2019?"


def test_which_year_led_by_a_figure_is_doubted():
    assert figure_for_which_year("In which year was the life expectancy higher?", "**88.5** (2019). Row") is not None
    assert figure_for_which_year("In which year was the life expectancy higher?", "**2018**. Row") is None
    assert figure_for_which_year("In which years was revenue calculated?", "**2019 and 2018**.") is None
    assert figure_for_which_year("What was revenue in 2019?", "**88.5** (2019).") is None


def test_figure_introduced_as_the_average_answers_an_average():
    from ingest.figures import parse_figures
    from rag.extractive.named_average import average_figures
    from rag.extractive.computed_doubt import stated

    text = "FY 2019 saw volatility in USD-INR, ranging from 64.90 and 74.10, and averaging at 70.07."
    figs = [f for f in parse_figures(text) if f.unit != "year"]
    assert [f.text for f in average_figures("What was the average exchange rate in FY 2019?", text, figs)] == ["70.07"]
    assert average_figures("What was the exchange rate in FY 2019?", text, figs) == []
    assert stated("average", "70.07", "ranging from 64.90 and 74.10, and averaging at ")


def test_a_measure_the_page_says_averaged_is_named_by_the_average_word():
    page = "the CMRG daily price averaged US$7,420 per tonne in the season against US$2,940 in 2022/23."
    q = "By what percentage did the average CMRG daily price rise from 2022/23 to 2023/24?"
    assert asked(average_named(q, [page])) == "percent_change"
    assert average_named("What was the average CMRG daily price?", ["The CMRG daily price rose to US$7,420."]) \
        == "What was the average CMRG daily price?"
