"""A figure asked in a currency or per quarter/month is answered only by evidence that writes it so."""

from rag.extractive.units_covered import currency_uncovered, granularity_uncovered


def test_currency_the_evidence_never_writes_uncovered():
    assert currency_uncovered("Market size in 2024 in euros?", ["rmb 8.5b in 2025"]) is not None
    assert currency_uncovered("Round size in pounds sterling?", ["usd 1.1b"]) is not None


def test_currency_written_any_way_covered():
    assert currency_uncovered("Market size in RMB?", ["6.47 billion yuan"]) is None
    assert currency_uncovered("How many dollars?", ["$20/month"]) is None
    assert currency_uncovered("Market size in 2024?", ["rmb 8.5b"]) is None  # no currency asked


def test_granularity_the_evidence_never_writes_uncovered():
    assert granularity_uncovered("What was quarterly revenue in 2024?", ["revenue was rmb 5b in 2024"]) is not None
    assert granularity_uncovered("Deals per week in 2015?", ["501 deals in 2015"]) is not None


def test_granularity_written_covered():
    assert granularity_uncovered("What monthly price?", ["$20/month"]) is None
    assert granularity_uncovered("Daily active users?", ["daily active users exceeding 10 million"]) is None
    assert granularity_uncovered("Revenue in 2024?", ["rmb 5b"]) is None


def test_a_quarter_as_a_fraction_asks_no_period():
    assert granularity_uncovered("Did X hold over a quarter of the market in 2024?", ["x held 30% in 2024"]) is None
    assert granularity_uncovered("What was revenue per quarter in 2024?", ["revenue was 5b in 2024"]) is not None


def test_hong_kong_dollars_are_not_us_dollars():
    # HK$ and 'Hong Kong dollars' write the HKD entry's currency, not US dollars (either way round)
    assert currency_uncovered("What was revenue in US dollars?", ["Revenue was HK$5 billion."])
    assert currency_uncovered("What was revenue in USD?", ["Revenue was 5 billion Hong Kong dollars."])
    assert currency_uncovered("What was revenue in Hong Kong dollars?", ["Revenue was HK$5 billion."]) is None
    assert currency_uncovered("What was revenue in HK$?", ["Revenue was HK$5 billion."]) is None
    assert currency_uncovered("What was revenue in dollars?", ["Revenue was $5 billion."]) is None
    assert currency_uncovered("What was revenue in US dollars?", ["Revenue was US$5 billion."]) is None


def test_a_yen_or_yuan_sign_asks_neither_currency():
    assert currency_uncovered("What was the revenue in ¥ billion?", ["Revenue was 500 billion yen"]) is None
    assert currency_uncovered("What was the revenue in yuan?", ["Revenue was ¥500 billion"]) is None


def test_a_count_reads_its_bound_in_the_currency_the_question_assumes():
    # 'how many regions had revenue above $1,500 million' over a table writing no currency: the count is no money
    q = "How many regions had revenue above $1,500 million in 2020?"
    assert currency_uncovered(q, ["americas — 2020: 4,210; 2019: 3,980"], counted=True) is None
    assert currency_uncovered(q, ["americas — 2020: 4,210; 2019: 3,980"]) is not None  # a figure asked in $ is not
    assert currency_uncovered(q, ["americas — 2020: rmb 4,210"], counted=True) is not None  # another currency written
