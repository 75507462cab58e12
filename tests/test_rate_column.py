"""rate_column: a header part naming a rate with its own period; residual_rows: rows no alternative can be."""

from __future__ import annotations

from rag.extractive.rate_column import measure_part, rate_columns
from rag.extractive.residual_rows import residual


def test_the_measure_and_its_years_stand_in_one_header_part():
    assert measure_part("Household penetration, 2024 › (%)") == ({"household", "penetration"}, {2024})
    assert measure_part("Subscribers (thousand) › 2024") is None  # a year's level column
    cols = ["2019", "2024", "CAGR 2019-2024", "CAGR 2024-2030E"]
    assert rate_columns(cols, "Which region grows at the highest CAGR between 2024 and 2030?") == ["CAGR 2024-2030E"]
    assert rate_columns(cols, "Which region had the most revenue in 2024?") == []
    gain = ["Users › 2024", "Change 2022-2024 › (percentage points)"]
    assert rate_columns(gain, "Which country recorded the largest gain between 2022 and 2024?") == [gain[1]]
    assert rate_columns(["YoY 2024 (%)"], "Which grew fastest year on year in 2024?") == ["YoY 2024 (%)"]


def test_residual_whole_and_base_rows_are_no_alternative():
    for label in ("Others", "All other", "World total", "Unweighted average", "Number of respondents", "Total"):
        assert residual(label)
    for label in ("Rest of World", "Other WFE", "Average selling price", "Kestrel Mobile"):
        assert not residual(label)


def test_a_rate_written_over_its_period_heads_that_rate():
    assert measure_part("Unit: MW › CAGR › 2022-2024") == ({"cagr"}, {2022, 2024})
    assert measure_part("Growth › 2024") == ({"growth"}, {2024})
    assert measure_part("Market share › 2024") is None  # a level of one year under a measure that is no rate
    cols = ["Revenue › 2024", "Market share › 2024", "Growth › 2024"]
    assert rate_columns(cols, "Which vendor grew fastest in 2024?") == ["Growth › 2024"]


def test_a_printed_rate_answers_only_its_own_years_and_its_own_rate():
    from ingest.tables import Cell
    from rag.extractive.rate_column import printed_rate
    cols = ["2019", "2024", "2030E", "CAGR 2019-2024", "CAGR 2024-2030E", "YoY 2024 (%)"]
    cells = [Cell("Europe", c, t, v) for c, t, v in zip(cols, ["5.2", "29.5", "71.8", "41.5%", "16.0%", "6.1"],
                                                          [5.2, 29.5, 71.8, 41.5, 16.0, 6.1])]
    assert printed_rate(cells, cols, "the CAGR of Europe from 2019 to 2024", [2019, 2024], True).text == "41.5%"
    assert printed_rate(cells, cols, "the compound annual growth rate over 2024-2030E", [2024, 2030], True).text == "16.0%"
    assert printed_rate(cells, cols, "the CAGR of Europe from 2019 to 2030E", [2019, 2030], True) is None
    assert printed_rate(cells, cols, "the growth rate of Europe from 2019 to 2024", [2019, 2024], False) is None
    assert printed_rate(cells, cols, "the year-on-year growth of Europe in 2024", [2024], False).text == "6.1"


def _table(columns, rows):
    from ingest.tables import Cell, Table
    cells = [Cell(r, c, t, float(t.strip("()%").replace(",", "")) * (-1 if t.startswith("(") else 1))
             for r, texts in rows.items() for c, t in zip(columns, texts)]
    return Table(None, columns, list(rows), cells)


def test_a_growth_asked_reads_the_rate_column_of_its_period():
    from rag.extractive.rate_column import growth_columns, measure_part
    assert measure_part("Q2 2025") is None  # a quarter's name is a period, no measure
    t = _table(["Q2 2024", "Q1 2025", "Q2 2025", "QoQ", "YoY"],
               {"Desktops": ["13,420", "12,110", "13,060", "7.8%", "(2.7%)"]})
    assert growth_columns(t, "Which form factor grew fastest year on year in Q2 2025?", (2025,)) == ["YoY"]
    assert growth_columns(t, "Which one grew fastest quarter on quarter?", ()) == ["QoQ"]
    assert growth_columns(t, "Which one grew fastest in 2023?", (2023,)) == []  # no column states that period
    assert growth_columns(t, "Which one shipped the most in Q2 2025?", (2025,)) == []  # no growth asked
    c = _table(["2023", "2024", "Change", "Change (%)"], {"CD": ["243.7", "198.1", "(45.6)", "(18.7)"]})
    assert growth_columns(c, "Which format grew fastest in 2024?", (2024,)) == ["Change (%)"]
    g = _table(["2024", "2030E", "CAGR 2024-2030E"], {"AEM": ["25", "1,400", "95.6%"]})
    assert growth_columns(g, "Which technology will grow fastest between 2024 and 2030?", (2024, 2030)) == \
        ["CAGR 2024-2030E"]
    assert growth_columns(c, "Which format had the largest increase in dollars in 2024?", (2024,)) == ["Change"]
