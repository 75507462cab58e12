"""The form of a bold lead against the form asked: a pair of figures for one, a figure or date for which, a count
for a multiple, a residual row counted."""

from rag.extractive.count_led import count_not_led, residual_counted
from rag.extractive.lead_form import count_for_times, no_name_for_which, pair_for_one


def test_pair_for_one_figure_of_two():
    assert pair_for_one("How many times the 2024 shipments are 2028E shipments expected to be?",
                        "**172.4 and 1,080.0**. Shipments: 172.4 in 2024 vs 1,080.0 in 2028E")
    assert pair_for_one("What is the forecast 2025 CAGR for Sylph since 2023?", "**260 and 60** (thousand).")


def test_pair_for_one_keeps_bounds_multiples_and_two_asks():
    assert pair_for_one("How much larger is the market in 2075 than in 2025?", "**over RMB 1.1T and RMB 8.5B**") is None
    assert pair_for_one("By how many times did projects rise from 2023 to 2024?", "**15.5 times and 7.2 times**") is None
    assert pair_for_one("What were the ratio of A and the ratio of B?", "**1.2 and 1.4**") is None
    assert pair_for_one("What is the ratio in 2023 and 2024?", "**1.2 and 1.4**")


def test_no_name_for_which():
    assert no_name_for_which("Which company had the highest post-money valuation?", "**Apr 3**. ranked")
    assert no_name_for_which("Which cost components outside hardware had the same cost per watt in 2020 and 2024?",
                             "**0.68 and 0.42** (2020 and 2024).")
    assert no_name_for_which("Which company had the highest valuation?", "**Halcyon Labs**.") is None
    assert no_name_for_which("Which FY has a higher EBITDA?", "**2019**.") is None
    assert no_name_for_which("Which discount rate was used?", "**8%**.") is None
    assert no_name_for_which("Which pricing model is most common?", "**nearly 50%**.") is None


def test_count_for_times():
    assert count_for_times("How many times larger is the total pipeline than the 2030 base case?", "**8** (Germany, Hungary)")
    assert count_for_times("How many countries exceed 50 GWh?", "**8** (Germany, Hungary)") is None


def test_residual_counted():
    assert residual_counted("How many provinces added more than 4 GW?", "**4** (Xinjiang, Shandong, Other provinces).")
    assert residual_counted("Excluding Others, how many countries exceed 50?", "**3** (Germany, Spain, Others).")
    assert residual_counted("How many expenses segments were below $100 million?",
                            "**2** (Net losses, Other operating expenses).") is None
    assert residual_counted("How many loan classes decreased?", "**2** (Home equity and Consumer and other).") is None


def test_count_led_by_a_pair():
    assert count_not_led("How many destinations increased their share from 2023 to 2024?", "**1,840 and 2,010**.")
    assert count_not_led("How many deals did China have in 2021 compared with 2018?", "**1,076 and 1,024**.") is None
