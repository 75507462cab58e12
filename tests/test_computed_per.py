"""A figure per thing no row states is the amount over the count, read at one address of one table."""

from ingest.tables import read_grid
from rag.extractive.computed_per import _cells, asked_per, stem
from rag.extractive.slots import parse

ROWS = [["", "FY2019", "FY2018"], ["Passengers carried (million)", "44.6", "42.1"],
        ["Passenger revenue (€m)", "6,842", "6,395"], ["Ancillary revenue (€m)", "1,274", "1,102"],
        ["Total revenue per seat (€)", "62.40", "60.85"]]
COLUMNS = [["Market", "Number of Properties", "Annualized Base Rent (in thousands)"],
           ["Dallas", "14", "$ 58,412"], ["Houston", "9", "35,206"]]


def _pair(grid, question):
    words, thing = asked_per(question)
    pair = _cells(read_grid(grid).table, parse(question), question, words, thing)
    return pair and (pair[0].text, pair[1].text)


def test_asked_per_reads_amount_and_thing():
    assert asked_per("What was the average revenue per store in 2018/19?") == (["revenue"], "store")
    assert asked_per("What was revenue per year?") is None  # a time, no thing counted
    assert stem("properties") == "property" and stem("stores") == "store"


def test_amount_and_count_rows_at_the_year_asked():
    assert _pair(ROWS, "What was ancillary revenue per passenger in FY2019?") == ("1,274", "44.6")


def test_amount_and_count_columns_at_the_entity_row():
    assert _pair(COLUMNS, "What was the average annualized base rent per property in Dallas?") == ("$ 58,412", "14")


def test_no_pair_without_a_count_or_a_year():
    assert _pair(ROWS, "What was ancillary revenue per aircraft in FY2019?") is None
    assert _pair(ROWS, "What was ancillary revenue per passenger?") is None


def test_a_figure_per_unit_of_a_column_group_counted_in_that_unit():
    """'Revenue per tonne' of a row whose column groups are 'Sales volume (thousand tonnes)' and 'Revenue': the
    revenue over the volume of the year asked, the groups' unit naming the thing counted."""
    from tests.test_compute import _ask, _lead

    grid = [["", "Sales volume", "", "Revenue", ""], ["", "(thousand tonnes)", "", "(PLN thousand)", ""],
            ["", "2023", "2022", "2023", "2022"], ["Hot-rolled coils", "1,284", "1,352", "4,108,800", "5,083,520"],
            ["Rebar", "845", "910", "2,264,600", "2,866,500"]]
    a = _ask("What was the average revenue per tonne of hot-rolled coils in 2023?", grid)
    assert _lead(a) == "3,200"  # 4,108,800 / 1,284, no mean of two years
    assert _lead(_ask("What was the revenue per tonne of rebar in 2022?", grid)) == "3,150"


DEALS = [["", "2023", "", "2024", ""], ["Sub-sector", "Deals", "Disclosed value (USD billion)", "Deals",
         "Disclosed value (USD billion)"], ["Cardiovascular", "38", "14.2", "45", "21.6"],
         ["Surgical robotics", "29", "5.1", "34", "8.7"]]


def test_a_per_phrase_ends_with_the_thing_counted():
    from rag.extractive.computed_per import phrase_thing
    q = "What was the average disclosed value per surgical robotics deal in 2024, in USD million?"
    assert asked_per(q)[1] == "surgical" and phrase_thing(q) == "deal"
    assert phrase_thing("What was the revenue per store in 2019?") is None
    words, _ = asked_per(q)
    pair = _cells(read_grid(DEALS).table, parse(q), q, words, "deal")
    assert pair and (pair[0].text, pair[1].text) == ("8.7", "34")


def test_an_amount_per_thing_in_another_scale_recomputes():
    from rag.compute import recompute
    assert recompute("ratio", ["8.7 billion", "34"], "255.88 million")
    assert not recompute("ratio", ["8.7 billion", "34"], "255.88")


def test_a_row_counting_the_thing_is_no_figure_per_it():
    """'Revenue per available seat kilometre' led by the row 'Seat kilometres available': the count, not the rate;
    'the price per share' led by 'Share price' names the amount asked and stays."""
    from rag.extractive.computed_per import count_for_rate
    from tests.test_compute import _ask

    grid = [["", "FY2022-23", "FY2021-22"], ["Seat kilometres available (million)", "2,410", "2,205"],
            ["Passenger revenue (AUD million)", "612", "498"], ["Share price (AUD)", "4.10", "3.80"]]
    q = "What was passenger revenue per available seat kilometre in FY2022-23?"
    assert "kilometre" in count_for_rate(q, _ask(q, grid))
    q = "What was the price per share in FY2022-23?"
    assert count_for_rate(q, _ask(q, grid)) is None


def test_the_whole_amount_is_no_figure_per_thing():
    """'Total revenue per employee' led by the row 'Total revenue': the whole amount; a row stating the rate stays."""
    from rag.extractive.computed_per import count_for_rate
    from tests.test_compute import _ask

    grid = [["", "FY2023-24", "FY2022-23"], ["Total revenue (INR million)", "10,874", "9,402"],
            ["Revenue per employee (INR million)", "2.58", "2.4"]]
    q = "What was total revenue per employee in FY2023-24?"
    assert "whole amount" in count_for_rate(q, _ask("What was total revenue in FY2023-24?", grid))
    assert count_for_rate(q, _ask("What was revenue per employee in FY2023-24?", grid)) is None
    dividend = [["", "2019", "2018"], ["Cash dividends (NT$ thousand)", "6,916,105", "6,500,000"]]
    read = _ask("What were cash dividends in 2019?", dividend)
    from dataclasses import replace
    said = replace(read, answer=read.answer.replace("(2019)", "(Cash dividend per share › 2019)"))
    assert count_for_rate("What was the cash dividend per share in 2019?", said) is None  # its column states the rate
    prices = [["Model", "Input", "Output"], ["Kestrel-2 Max", "10.00", "40.00"]]
    q = "What is the output price of Kestrel-2 Max per million tokens?"
    assert count_for_rate(q, _ask(q, prices)) is None  # a price per scale of a thing, the entity's row
    q = "What was the average disclosed value per surgical robotics and instruments deal in 2024, in USD million?"
    assert count_for_rate(q, _ask(q, DEALS)) is None  # the amount over the count computed: the figure per thing
    from rag.extractive.computed_per import _RATE_LABEL
    assert _RATE_LABEL.search("Unit operating costs (A$/dmt shipped)") and not _RATE_LABEL.search("Actual 2023/24")


def test_a_count_named_last_before_its_bracketed_count_or_unit():
    """'Audit clients (number)' counts clients and 'Electrolyser (MW)' counts MW: the amount over them, at the
    entity's row the question names."""
    firms = [["Firm", "Audit clients (number)", "Audit fees (€ m)"], ["Kessler Nordlund", "73", "139.2"],
             ["Brandt Fielding", "58", "96.0"]]
    assert _pair(firms, "What was Kessler Nordlund's average audit fee per client?") == ("139.2", "73")
    plants = [["Project", "Electrolyser (MW)", "Capex (EUR m)"], ["Rhine Delta H2", "200", "640"],
              ["Atlas Sun H2", "500", "1,450"]]
    assert _pair(plants, "What is the capex per MW of electrolyser capacity for Rhine Delta H2?") == ("640", "200")
    assert _pair(firms, "What was Kessler Nordlund's audit fee per partner?") is None


def test_a_column_group_counting_the_thing_in_a_scale():
    grid = [["", "Value (£ million)", "", "Volume (million 70cl bottles)", ""], ["", "2024", "2023", "2024", "2023"],
            ["United States", "1,012", "1,078", "168", "176"], ["France", "520", "498", "190", "185"]]
    assert _pair(grid, "What was the average export value per bottle to the United States in 2024?") == ("1,012", "168")
