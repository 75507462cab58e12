from rag.extractive.slots import parse


def test_year_on_year_growth_asks_a_rate():
    assert parse("What was the year-on-year growth of China's foundation model industry in 2025?").unit == "percent"
    assert parse("What was the YoY growth in AI incidents in 2024?").unit == "percent"
    assert parse("How big was China's foundation model industry in 2025?").unit != "percent"
