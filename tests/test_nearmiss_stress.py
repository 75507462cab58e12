"""The near-miss stress rewrites: each swaps in a term the report never writes, or gives up."""

from eval.nearmiss_stress import swap_metric, swap_name, swap_year, swaps, written, COUNTRIES, COMPANIES


def test_written_is_whole_word_any_case_any_space():
    assert written("net profit", "Its Net\nProfit rose")
    assert not written("Meta", "metadata and metaverse")


def test_a_term_written_in_its_plural_is_written():
    assert written("capital expenditure", "Capital expenditures rose") and written("gross margin", "gross margins")
    assert swap_metric("What was the revenue?", "net profits headcount EBITDA", 0) == "What was the operating margin?"


def test_year_swapped_for_nearest_year_never_written():
    assert swap_year("Revenue in 2024?", "2023 2024 2025 2022") == "Revenue in 2026?"
    assert swap_year("Revenue in 2024?", "2024E and FY2023") == "Revenue in 2025?"


def test_year_without_year_gives_none():
    assert swap_year("What is the revenue?", "2024") is None


def test_name_swapped_for_one_of_same_kind_the_report_never_writes():
    text = " ".join(c for c in COUNTRIES if c != "Chile") + " Japanese"
    assert swap_name("How many unicorns does Israel have?", text, COUNTRIES) == "How many unicorns does Chile have?"


def test_name_absent_only_when_its_aliases_are_absent_too():
    text = " ".join(c for c in COUNTRIES if c not in ("Japan", "Chile"))  + " Japanese firms"
    assert swap_name("Israel?", text, COUNTRIES) == "Chile?"


def test_name_inside_longer_name_not_swapped():
    assert swap_name("What did China Insights Consultancy charge?", "", COUNTRIES) is None


def test_metric_swapped_for_sibling_never_written():
    out = swap_metric("What was Baidu's revenue in 2024?", "revenue net profit EBITDA")
    assert out == "What was Baidu's headcount in 2024?"
    assert swap_metric("What was the CAGR?", "") is None


def test_swaps_by_kind():
    text = " ".join(COMPANIES[1:]) + " 2023 2024"
    out = swaps("What was OpenAI's revenue in 2024?", text)
    assert out["y"] == "What was OpenAI's revenue in 2025?"
    assert "e" not in out  # the only company the report never writes is the one asked
    assert out["m"] == "What was OpenAI's net profit in 2024?"


def test_currency_swapped_for_one_never_written():
    from eval.nearmiss_stress import swap_currency
    assert swap_currency("What was the market size in 2024 in RMB?", "RMB 100") == \
        "What was the market size in 2024 in euros?"
    assert swap_currency("What was the market size in 2024?", "€5 and 3 JPY", 0) == \
        "What was the market size in 2024 in pounds sterling?"
    assert swap_currency("Revenue?", "euro yen pounds") is None


def test_granularity_asked_only_when_never_written():
    from eval.nearmiss_stress import swap_granularity
    assert swap_granularity("What was the revenue in 2024?", "") == "What was the quarterly revenue in 2024?"
    assert swap_granularity("What was the annual revenue in 2024?", "", "", 1) == "What was the weekly revenue in 2024?"
    # an abbreviation in the row's report rules the quarter out; a question with no year asks no annual figure
    assert swap_granularity("What was the revenue in 2024?", "", "Q4 peak") == "What was the weekly revenue in 2024?"
    assert swap_granularity("What was the revenue?", "") is None
    assert swap_granularity("What was the revenue in 2024?", "quarterly weeks") is None


def test_a_cjk_currency_sign_counts_wherever_it_is_written():
    from eval.nearmiss_stress import swap_currency
    assert swap_currency("What was the revenue in 2024?", "€1 and £2; 收入100円") is None


def test_the_yen_sign_writes_yen():
    from eval.nearmiss_stress import swap_currency
    assert swap_currency("What was the revenue in 2024?", "€1, £2 and ¥300") is None


def test_a_year_written_in_a_short_form_is_written():
    assert swap_year("Revenue in 2024?", "2023 2024 FY25") == "Revenue in 2022?"
