"""A place asked in a ranking ('the second highest', 'ranked second') and a unit row read into the header: the
item in that place leads, never the first (no embedding model)."""

from __future__ import annotations

from rag.extractive.passage_tables import tables_of
from rag.extractive.question_readings import extreme_asked, nth_asked, nth_of
from rag.extractive.rows_extreme import named_column, rows_extreme
from rag.extractive.shapes import answer_by_cells
from rag.extractive.slots import parse
from ingest.tables import read_grid
from tests.test_shape_cues import _table_ctx

QUARTERS = [["Quarter", "Revenue", "Net income"], ["Q1 2023", "512", "41"], ["Q2 2023", "560", "52"],
            ["Q3 2023", "545", "47"], ["Q4 2023", "601", "60"], ["Full year 2023", "2,218", "200"]]
MARKETS = [["Sales by market", "", ""], ["Market", "2023", "2022"], ["France", "812.0", "790.4"], ["Italy", "455.1", "470.3"],
           ["Spain", "512.9", "433.0"], ["Brazil", "301.5", "322.8"], ["Total", "2,081.5", "2,016.5"]]
YEARS = [["Year", "Sales", "EBITDA"], ["2019", "2,410", "312"], ["2020", "2,205", "268"], ["2021", "2,690", "355"],
         ["2022", "2,905", "341"], ["2023", "2,870", "390"]]
STAGES = [["", "Stage 1", "Stage 2", "Stage 3", "Total"], ["2024", "Rm", "Rm", "Rm", "Rm"], ["Gross loans and advances", "", "", "", ""],
          ["Home loans", "142,608", "14,215", "9,842", "166,665"], ["Card loans", "31,260", "6,884", "6,105", "44,249"],
          ["Business lending", "118,930", "7,512", "3,286", "129,728"], ["Total gross loans and advances", "292,798", "28,611", "19,233", "340,642"]]


def _figure(question, grid):
    got = answer_by_cells(_table_ctx(question, grid), parse(question), "extractive")
    return None if got is None else got.figure


def test_the_place_asked_is_read_before_a_superlative_or_after_ranked():
    assert nth_asked("Which quarter had the second highest revenue?") == 2
    assert nth_asked("Which market had the second-largest sales in 2023?") == 2
    assert nth_asked("Which country ranked third by revenue in 2024?") == 3
    assert nth_asked("Which segment had the highest margin?") == 1
    assert extreme_asked("Which country ranked second by revenue in 2024?") == ("country", False)
    assert extreme_asked("What was the first year revenue exceeded 10?") is None


def test_a_place_tied_with_a_neighbour_names_no_one():
    assert nth_of([9.0, 7.0, 5.0], 2) == 1
    assert nth_of([9.0, 7.0, 7.0], 2) is None
    assert nth_of([9.0], 2) is None


def test_rows_ranked_lead_with_the_place_asked_not_the_first():
    assert _figure("Which quarter had the second highest revenue?", QUARTERS) == "Q2 2023"
    assert _figure("Which quarter ranked second by revenue?", QUARTERS) == "Q2 2023"
    assert _figure("Which quarter had the highest revenue?", QUARTERS) == "Q4 2023"  # the full year is no quarter


def test_rows_of_a_year_column_ranked_second_or_third():
    assert _figure("Which market ranked second in 2023?", MARKETS) == "Spain"
    assert _figure("Which market had the second-largest sales in 2023?", MARKETS) == "Spain"
    assert _figure("Which market came third in 2022?", MARKETS) == "Spain"
    assert _figure("Which market had the highest sales in 2022?", MARKETS) == "France"  # the Total row is none


def test_the_year_in_the_place_asked_of_periods_as_rows():
    assert _figure("In which year were sales second highest?", YEARS) == "2023"
    assert _figure("In which year were sales the second lowest?", YEARS) == "2019"
    assert _figure("In which year was EBITDA lowest?", YEARS) == "2020"


def test_a_unit_row_every_column_shares_names_no_column():
    table = read_grid(STAGES, None).table
    assert named_column(table, "Which product had the largest Stage 3 gross exposure?") == "Stage 3 › Rm"
    ctx = _table_ctx("Which product had the largest Stage 3 gross exposure?", STAGES)
    got = rows_extreme(ctx, ctx.question, tables_of(ctx), (), "extractive")
    assert got is not None and got.figure == "Home loans" and "Stage 3, ranked" in got.answer


RENTS = [["", "Gross absorption (thousand sq m)", "", "Vacancy Q3 2025", "Avg asking rent"],
         ["Market", "2023", "2024", "(%)", "(USD/sq m/month)"], ["Monterrey", "1,920", "1,410", "7.4", "7.60"],
         ["Tijuana", "690", "480", "9.6", "9.20"], ["Guadalajara", "520", "460", "4.6", "7.90"]]
SURVEY = [["Share of adults who used each service (%)", "", "", ""], ["Source: a survey of 5,020 adults", "", "", ""],
          ["Service", "18-29", "60+", "All adults"], ["Mobile banking app", "89", "58", "76"], ["P2P payment app", "84", "37", "63"],
          ["Robo-advisor", "14", "4", "10"]]
BRENT = [["", "2024", "2025E", "2026F", "2027F"], ["Brent (USD/bbl)", "80.5", "69.0", "62.0", "65.0"]]


def test_a_bracketed_unit_part_names_no_column():
    assert _figure("Which market had the highest average asking rent?", RENTS) == "Tijuana"


def test_a_header_row_read_as_data_under_placeholder_columns_is_put_back():
    assert _figure("Which service had the lowest usage among all adults?", SURVEY) == "Robo-advisor"


def test_the_year_leads_as_printed_with_its_estimate_mark():
    assert _figure("In which year is the Brent price lowest?", BRENT) == "2026F"


FLOWS = [["", "Q3 2023", "Q4 2023", "Q1 2024", "Q2 2024", "H1 2024"], ["Total net flows (billion)", "111.2", "199.3", "175.7", "165.4", "341.1"]]
CARGO = [["Period", "Cargo (tonnes)", "Passengers"], ["Q1 2024", "92,450", "1,200"], ["Q2 2024", "98,120", "1,310"],
         ["Q3 2024", "95,880", "1,290"], ["Q4 2024", "108,730", "1,350"], ["FY 2024", "395,180", "5,150"]]
METALS = [["Index (2020 = 100)", "H1 2025", "H2 2025E"], ["Copper", "168.2", "171.0"], ["Zinc", "121.4", "118.9"],
          ["Nickel", "88.7", "90.2"], ["Composite index", "141.7", "142.0"]]


def test_a_period_spanning_the_quarters_asked_is_no_alternative():
    assert _figure("Which quarter recorded the highest total net flows?", FLOWS) == "Q4 2023"
    assert _figure("In which quarter of 2024 was cargo tonnage the highest?", CARGO) == "Q4 2024"


def test_periods_ranked_never_answer_which_item():
    got = _figure("Which metal had the highest index value in H1 2025?", METALS)
    assert got in (None, "Copper")


SEASONS = [["Season", "Grindings", "Stocks-to-grindings ratio (%)"], ["2021/22", "5,060", "34.0"], ["2022/23", "4,960", "34.0"],
           ["2023/24", "4,820", "25.0"], ["2024/25E", "4,650", "28.9"]]


def test_a_season_is_a_period_asked():
    assert _figure("In which season was the stocks-to-grindings ratio at its lowest?", SEASONS) == "2023/24"
def test_a_split_year_and_a_fiscal_year_asked_are_led_as_printed():
    from types import SimpleNamespace
    from rag.extractive.ranked import _year_printed

    split = SimpleNamespace(columns=["2020/21", "2021/22", "CAGR 2019-2024"], rows=[])
    assert _year_printed(split, 2022, "In which year were draw game sales the lowest?") == "2021/22"
    whole = SimpleNamespace(columns=["2017/2018", "2018/2019"], rows=[])
    assert _year_printed(whole, 2019, "In which year was profit larger?") == "2019"  # 2019 written whole
    fy = SimpleNamespace(columns=["FY2022", "FY2023"], rows=[])
    assert _year_printed(fy, 2023, "Which fiscal year had the highest organic growth?") == "FY2023"
    assert _year_printed(fy, 2023, "Which year had the highest organic growth?") == "2023"
