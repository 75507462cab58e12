"""The period forms market reports head their columns with, each on a small table: a forecast year ('2030E',
'2027F'), a period in a header group ('Public charge points, end-2024'), a split crop year ('2024/25'), a two-digit
fiscal year ('FY24'), a quarter ('Q3 2024') and a span of years ('CAGR 2024-2030E'), read as the periods they are."""

from __future__ import annotations

from ingest.figures import parse_figures
from ingest.tables import read_grid
from rag.extractive.operations import operation
from rag.extractive.periods import span_asked, year_span
from rag.extractive.pick import pick_figures
from rag.extractive.rows import span_cell
from rag.extractive.slots import parse


def _years(grid: list[list[str]]) -> list[dict[str, int | None]]:
    """Each row line's figures as {figure as written: the year it is dated}."""
    return [{f.text: f.year for f in parse_figures(line) if f.unit != "year"} for line in read_grid(grid).lines]


def test_forecast_columns_date_their_cells() -> None:
    grid = [["Region", "2023", "2024", "2025E", "2030E"], ["Asia", "10.1", "12.2", "14.3", "25.4"]]
    assert _years(grid) == [{"10.1": 2023, "12.2": 2024, "14.3": 2025, "25.4": 2030}]
    assert _years([["Country", "2024", "2027F"], ["Indonesia", "36.4", "44.5"]]) == [{"36.4": 2024, "44.5": 2027}]


def test_period_in_header_group_dates_the_cells_under_it() -> None:
    grid = [["", "Public charge points, end-2024 (thousand)", ""], ["Operator", "AC", "DC"], ["Helio", "28.3", "8.1"]]
    assert _years(grid) == [{"28.3": 2024, "8.1": 2024}]


def test_split_and_fiscal_and_quarter_columns() -> None:
    grid = [["Country", "2023/24", "2024/25"], ["Brazil", "47,350", "43,980"]]
    assert _years(grid) == [{"47,350": 2024, "43,980": 2025}]
    grid = [["Segment", "FY24", "FY2025", "Q3 2024"], ["Cloud", "10.0", "12.0", "2.5"]]
    assert _years(grid) == [{"10.0": 2024, "12.0": 2025, "2.5": 2024}]
    assert parse("What was coffee exported in 2024/25?").years == (2025,)
    assert parse("What was cloud revenue in FY24?").years == (2024,)


def test_prose_two_digit_fiscal_year_after_a_figure() -> None:
    years = {f.text: f.year for f in parse_figures("FY24 revenue was 3.2 billion, up from 2.9 billion in FY23")}
    assert years == {"3.2 billion": 2024, "2.9 billion": 2023}


def test_product_names_stay_no_years() -> None:
    assert [f.text for f in parse_figures("GPT-4 and COVID-19 in 2020")] == ["2020"]


def test_span_column_answers_the_span_asked() -> None:
    assert year_span("CAGR 2024-2030E") == (2024, 2030) and year_span("2023/24") is None
    line = read_grid([["Segment", "2024", "2030E", "CAGR 2024-2030E"], ["Quality", "805.6", "1,468.3", "10.5%"]]).lines[0]
    slots = parse("What is the CAGR 2024-2030E for quality?")
    span = span_cell(line, slots)
    assert span is not None and line[span[0]:span[1]].strip() == "10.5%"
    assert [f.text for f in pick_figures(line, parse_figures(line), slots)] == ["10.5%"]
    asked = parse("What is the forecast CAGR of the AI-enabled segment over 2024-2030E?")
    assert span_asked("CAGR 2024-2030E (%)", asked.periods, set(asked.terms))
    assert not span_asked("CAGR 2019-2024", asked.periods, set(asked.terms))
    # the two end years asked with no word of the span's column: their own cells, not the CAGR
    assert span_cell(line, parse("How did quality change from 2024 to 2030E?")) is None


def test_growth_multiple_is_no_difference() -> None:
    assert operation("What is the growth multiple of AEM revenue between 2024 and 2030E?") == "multiple"
    assert operation("By what multiple is the segment expected to grow from 2024 to 2030E?") == "multiple"
    assert operation("How much did revenue grow from 2024 to 2030E?") == "change"
