"""The figure checker (rag/verify.py `check`): a year an answer names is supported by a cited passage
that writes it as an estimate or forecast ('2027E'); a year no cited passage writes is not."""

from rag.verify import check

CHART = "Global AI market size: USD 9,895 billion in 2026E; USD 12,647 billion in 2027E; USD 16,187 billion in 2028E"


def test_a_forecast_year_supports_the_year():
    assert check("**USD 12,647 billion** (2027). [1]", [CHART]).unsupported_figures == []


def test_a_year_no_passage_writes_is_unsupported():
    assert check("**USD 12,647 billion** (2029). [1]", [CHART]).unsupported_figures == ["2029"]
    # '12027E' or '2027.5' is no year 2027
    assert check("Growth (2027). [1]", ["Index 12027E rose; ratio 2027.5E."]).unsupported_figures == ["2027"]
