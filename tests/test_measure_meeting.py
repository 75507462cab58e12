"""measure_meeting: items counted where the measure named (a row or a column) meets a bound (no embedding model)."""

from __future__ import annotations

from ingest.tables import read_grid
from rag.extractive.condition_words import condition_read
from rag.extractive.measure_meeting import columns_meeting, measure_line, measure_meeting
from rag.extractive.passage_tables import tables_of
from tests.test_shape_cues import _table_ctx

BY_ROW = [["", "Pumps", "Valves", "Total"], ["Net sales", "1,500", "900", "2,400"], ["Total assets", "3,000", "2,000", "5,000"]]
BY_COLUMN = [["Market", "Properties", "Occupancy %"], ["Dallas", "14", "93.4%"], ["Houston", "9", "88.1%"],
             ["Phoenix", "7", "95.7%"], ["Total", "30", "92.2%"]]


def _ask(question, grid, years=()):
    ctx = _table_ctx(question, grid)  # one passage holding the table
    return measure_meeting(ctx, question, tables_of(ctx), "extractive", years)


def test_the_measure_is_the_one_row_or_column_named():
    assert measure_line(read_grid(BY_ROW, None).table, "How many segments had net sales") == ("row", "Net sales")
    assert measure_line(read_grid(BY_ROW, None).table, "How many segments had orders") is None


def test_items_across_a_row_counted_total_left_out():
    got = _ask("How many segments had net sales above 1,000?", BY_ROW)
    assert got is not None and got.figure == "1" and got.derivation["result"] == "1"


def test_items_down_a_column_counted_total_left_out():
    got = _ask("How many markets had occupancy above 90%?", BY_COLUMN)
    assert got is not None and got.figure == "2"


def test_a_year_asked_a_unit_unlike_the_cells_or_no_measure_gives_none():
    assert _ask("How many markets had occupancy above 90% in 2019?", BY_COLUMN) is None
    assert _ask("How many markets had occupancy above 90?", BY_COLUMN) is None
    assert _ask("How many markets had rent above 90%?", BY_COLUMN) is None


STORES = [["", "France", "Spain", "Rest of Europe", "Total"], ["Openings", "281", "52", "96", "429"],
          ["Closures", "(146)", "(38)", "(71)", "(255)"]]
LOANS = [["", "2019", "2018", "Change", "% Change"], ["Individuals", "", "", "", ""], ["Credit card", "96", "88", "8", "9.3%"],
         ["Personal loans", "34", "29", "5", "14.6%"], ["Vehicles", "17", "15", "2", "11.6%"], ["Total individuals", "147", "132", "15", "11.4%"],
         ["Companies", "", "", "", ""], ["Corporate", "129", "138", "(9)", "(6.1)%"], ["Middle market", "81", "72", "9", "13.1%"],
         ["Total companies", "210", "210", "0", "0.0%"]]


def test_which_items_named_a_verb_naming_its_noun_a_bracketed_line_met_by_its_size():
    got = _ask("Which regions closed more than 50 stores?", STORES)
    assert got is not None and got.shape == "list" and got.figure == "France and Rest of Europe"


def test_a_growth_by_a_share_reads_the_percent_change_column_under_the_heading_named():
    got = _ask("How many individual products grew by more than 10%?", LOANS)
    assert got is not None and got.figure == "2"
    fell = _ask("How many company products declined by more than 5%?", LOANS)
    assert fell is not None and fell.figure == "1"


CHANGES = [["", "2020", "2019", "% Change"], ["Laptops", "2,410", "2,180", "10.6%"], ["Tablets", "640", "705", "(9.2)%"],
           ["Accessories", "322", "281", "14.6%"], ["Smart home", "85", "—", "n/m"], ["Total", "3,457", "3,166", "9.2%"]]


def test_an_item_marked_nil_has_no_figure_to_meet_the_bound():
    got = _ask("How many product lines grew by more than 10%?", CHANGES)
    assert got is not None and got.figure == "2"


def test_a_sign_read_as_a_bound_of_zero():
    got = _ask("How many product lines had % change below 0?", CHANGES)  # signed_bound.sign_as_bound of 'a negative % change'
    assert got is not None and got.figure == "1" and "Tablets" in got.answer


# invented tables: a % change column, a one-year roll-forward across categories, a column group headed by its year
CHANGE = [["", "2021", "2020", "Change", "% Change"], ["Licences", "510", "420", "90", "21.4%"],
          ["Support", "300", "330", "(30)", "(9.1)%"], ["Hardware", "80", "100", "(20)", "(20.0)%"],
          ["Total revenue", "890", "850", "40", "4.7%"]]
ROLL = [["EUR m", "Warranty", "Litigation", "Other", "Total"], ["Balance at 1 January 2022", "40", "90", "12", "142"],
        ["Additions", "75", "20", "61", "156"], ["Utilised", "(30)", "(15)", "(5)", "(50)"],
        ["Balance at 31 December 2022", "85", "95", "68", "248"]]
GROUPED = [["", "Sales", "", "Growth 2022/23", ""], ["", "2022/23", "2021/22", "Organic", "Acquired"],
           ["Pumps", "400", "380", "5%", "0%"], ["Valves", "300", "270", "8%", "3%"], ["Seals", "100", "90", "6%", "5%"],
           ["Group", "800", "740", "6%", "2%"]]


def test_a_year_asked_is_the_period_of_the_measure_line():
    # the % change column into the latest year; the year of a roll-forward; the year heading a column group
    got = _ask("How many product lines had a revenue decline of more than 5% in 2021?", CHANGE, (2021,))
    assert got is not None and got.figure == "2"
    got = _ask("How many provision types had additions of more than EUR 50m in 2022?", ROLL, (2022,))
    assert got is not None and got.figure == "2"
    got = _ask("How many product lines had acquired growth above 0 in 2022/23?", GROUPED, (2023,))
    assert got is not None and got.figure == "2"  # 'Group' sums the groups' sales: no item; 0 is met by no unit
    # a year the line is not of: the change column is not 2020's, a period column is the year column itself
    assert _ask("How many product lines had a revenue decline of more than 5% in 2020?", CHANGE, (2020,)) is None
    assert _ask("How many provision types had additions of more than EUR 50m in 2021?", ROLL, (2021,)) is None


def test_an_upper_header_names_a_column_its_leaf_only_qualifies():
    grid = [["", "Occupancy", "WALE"], ["Sector", "(by area) %", "(by income) years"], ["Office", "88.6", "4.3"],
            ["Retail", "97.8", "5.6"], ["Logistics", "99.1", "6.8"], ["Total portfolio", "95.7", "6.1"]]
    got = _ask("How many sectors had an occupancy above 95%?", grid)
    assert got is not None and got.figure == "2"


SURVEY = [["(% of respondents)", "", "", ""], ["Use case", "Small", "Large", "All respondents"],
          ["Customer support", "48", "66", "56.5"], ["Knowledge search", "31", "62", "45.1"], ["Coding", "22", "54", "37.1"],
          ["Number of respondents", "620", "520", "1,850"]]
SHIPPED = [["Vendor", "2024", "2023", "YoY %"], ["Nuvora", "248.1", "235.0", "5.6%"], ["Kestrel", "232.2", "226.7", "2.4%"],
           ["Aurion", "170.4", "146.2", "16.6%"], ["Total", "650.7", "607.9", "7.0%"]]


def test_a_percent_bound_of_a_whole_reads_that_column_percent_by_its_header_base_row_out():
    got = _ask("How many use cases were cited by more than 40% of all respondents?", SURVEY)
    assert got is not None and got.figure == "2"  # 'Number of respondents' (1,850) is the base, no use case


def test_a_move_with_its_object_reads_the_yoy_column():
    got = _ask("How many of the vendors grew their shipments by more than 5% in 2024?", SHIPPED, (2024,))
    assert got is not None and got.figure == "2"


CHARGERS = [["", "", "Charge points (thousand)", ""], ["Rank", "Operator", "AC", "DC"], ["1", "Volt", "58.4", "6.2"],
            ["2", "Mere", "41.7", "3.9"], ["3", "Fast", "3.1", "9.7"], ["", "Others", "548.6", "91.7"],
            ["", "Total", "651.8", "111.5"]]
EXPORTS = [["Country", "2022/23", "2023/24", "2024/25", "YoY 2024/25 (%)"], ["Brazil", "35", "47", "44", "-7.1"],
           ["Vietnam", "26", "24", "25", "5.6"], ["India", "6.1", "6.4", "6.2", "-4.2"], ["Others", "28", "29", "28", "2.5"]]
SHARES = [["", "Market size (USD billion)", "", "Share of total (%)", ""], ["Segment", "2024", "2030E", "2024", "2030E"],
          ["IaaS", "171.2", "412.8", "48.8", "46.6"], ["PaaS", "114.6", "318.5", "32.7", "35.9"],
          ["Edge", "18.9", "88.3", "5.4", "10.0"], ["Total", "350.8", "886.0", "100.0", "100.0"]]


def _compare(question, grid):
    ctx = _table_ctx(question, grid)
    return columns_meeting(ctx, question, tables_of(ctx), "extractive")


def test_a_row_whose_one_named_column_exceeds_its_other_is_met():
    got = _compare("Which operator has more DC than AC charge points?", CHARGERS)
    assert got is not None and got.answer.startswith("**Fast**")


def test_a_later_column_below_the_earlier_counts_the_row_residuals_out():
    got = _compare("How many countries, excluding Others, exported less in 2024/25 than in 2023/24?", EXPORTS)
    assert got is not None and got.figure == "2"
    got = _compare("How many countries exported less in 2024/25 than in 2023/24?", EXPORTS)
    assert got is not None and got.figure == "2"  # 'Others' is no country: left out unless the question names it
    got = _compare("How many countries, including Others, exported less in 2024/25 than in 2023/24?", EXPORTS)
    assert got is not None and got.figure == "3" and "Others: 28 vs 29" in got.answer


WEIGHTS = [["", "Composite", "Cement", "Steel", "Bitumen", "Labour"], ["Weight in composite (%)", "100", "14", "31", "17", "38"],
           ["2024", "121.8", "124.9", "122.6", "131.5", "119.8"]]


def test_a_column_summing_the_others_is_their_whole_not_an_item():
    got = _ask("How many cost components carry a weight of at least 15% in the composite index?", WEIGHTS)
    assert got is not None and got.figure == "3" and "Composite" not in got.answer


def test_the_upper_header_the_question_names_picks_between_like_leaves():
    got = _compare("How many segments have a larger share of the total in 2030E than in 2024?", SHARES)
    assert got is not None and got.figure == "2"
    assert _compare("How many segments had more revenue than 100?", SHARES) is None


ROUNDS = [["Company", "Round", "Amount (USD million)", "Lead investor"], ["Layer", "Series B", "42.0", "Quarry"],
          ["Print", "Series A", "14.5", "Ash"], ["Ferro", "Series C", "88.0", "Tide"], ["Kiln", "Series B", "25.0", "Quarry"],
          ["Total", "", "169.5", ""]]


def test_a_money_bound_reads_the_column_of_its_currency_and_scale_or_more_inclusive():
    from rag.extractive.condition_words import condition_read

    q = condition_read("How many rounds of USD 25 million or more were raised?", [])
    got = _ask(q, ROUNDS)
    assert got is not None and got.figure == "3"


CHARGE_GROUP = [["", "", "Charge points (thousand)", "", ""], ["Rank", "Operator", "AC", "DC", "Total"],
           ["1", "Volt", "58.4", "6.2", "64.6"], ["2", "Mere", "41.7", "3.9", "45.6"], ["3", "Fast", "3.1", "9.7", "12.8"]]


def test_a_column_group_named_by_its_header_alone_is_measured_by_its_total():
    table = read_grid(CHARGE_GROUP, None).table
    assert measure_line(table, "How many operators had more charge points")[1].endswith("Total")
    q = condition_read("How many operators had more than 25 thousand charge points?", [(0, table)])
    got = _ask(q, CHARGE_GROUP)
    assert got is not None and got.figure == "2"


SEGMENTS = [["Segment", "2020", "2024", "2030E", "CAGR 2024-2030E"], ["Care", "1,920", "2,880", "5,200", "10.3%"],
            ["Housing", "620", "1,080", "2,150", "12.2%"], ["Leisure", "870", "1,260", "2,600", "12.8%"],
            ["Total", "3,410", "5,220", "9,950", "11.3%"]]
DEALS_Q = [["", "Number of deals", "Disclosed value (USD million)"], ["Q1 2024", "412", "9,860"], ["Q2 2024", "398", "8,740"],
           ["Q3 2024", "356", "7,215"], ["Q4 2024", "371", "8,105"], ["FY 2024", "1,537", "33,920"]]
SUBSECTORS = [["", "2023", "", "2024", ""], ["Sub-sector", "Deals", "Value", "Deals", "Value"], ["Cardio", "38", "14.2", "45", "21.6"],
              ["Ortho", "41", "6.8", "36", "4.9"], ["Diabetes", "33", "3.4", "27", "2.2"], ["Other", "64", "6.9", "58", "5.8"]]


def test_a_rate_column_of_the_span_asked_is_the_measure_met():
    from rag.extractive.condition_words import condition_read
    q = "How many segments are forecast to grow at a CAGR above 11% over 2024-2030E?"
    ctx = _table_ctx(q, SEGMENTS)
    assert condition_read(q, tables_of(ctx)) == q  # 'over 2024-2030E' is a span, no bound nor measure moved
    got = measure_meeting(ctx, q, tables_of(ctx), "extractive", (2024, 2030))
    assert got is not None and got.figure == "2"


def test_quarters_counted_by_what_a_number_of_row_counts_the_full_year_left_out():
    from rag.extractive.condition_words import condition_read
    q = "How many quarters recorded more than 360 deals?"
    ctx = _table_ctx(q, DEALS_Q)
    q = condition_read(q, tables_of(ctx))  # 'recorded deals more than 360': the measure named after its bound
    got = measure_meeting(ctx, q, tables_of(ctx), "extractive")
    assert got is not None and got.figure == "3"  # not FY 2024, the quarters' whole


def test_a_side_naming_only_a_period_carries_the_other_sides_measure():
    got = _compare("How many sub-sectors recorded fewer deals in 2024 than in 2023?", SUBSECTORS)
    assert got is not None and got.figure == "3"
    got = _compare("How many sub-sectors recorded fewer deals in 2024 than in 2023, excluding Other?", SUBSECTORS)
    assert got is not None and got.figure == "2"  # the clause after the comma is no part of the side


def test_a_columns_bracketed_unit_is_no_word_the_question_must_say():
    grid = [["Model", "Input", "Context window (K tokens)"], ["A", "15.00", "200"], ["B", "3.00", "1,000"], ["C", "10.00", "128"]]
    got = _ask("How many of the models offer a context window of at least 200?", grid)
    assert got is not None and got.figure == "2"


def test_a_request_to_list_or_name_asks_what_which_asks_never_years():
    from rag.extractive.measure_meeting import WHICH_ITEMS
    assert WHICH_ITEMS.match("List the segments whose market size was above 100")
    assert WHICH_ITEMS.match("Name all the countries with a share above 5%")
    assert not WHICH_ITEMS.match("List the years in which revenue exceeded 100")
    assert not WHICH_ITEMS.match("Whichever region")
    got = _ask("List the markets with occupancy above 90%.", BY_COLUMN)
    assert got is not None and got.shape == "list" and got.figure == "Dallas and Phoenix"


def test_two_columns_of_different_kinds_are_not_compared():
    from rag.extractive.measure_meeting import columns_meeting
    grid = [["", "Volume (million) 2023", "Volume (million) 2024", "Share (%) 2024"],
            ["Parcelink", "1,184", "1,150", "30.3"], ["SwiftDrop", "611", "640", "16.2"], ["Kestrel", "420", "410", "10.9"]]
    q = "How many carriers had a lower share in 2024 than volume in 2023?"
    ctx = _table_ctx(q, grid)
    assert columns_meeting(ctx, q, tables_of(ctx), "extractive") is None


LOTS = [["Region", "Owned", "Controlled(1)", "% controlled", "Intake 2024", "Sales 2024", "Units"],
        ["Florida", "14,820", "21,460", "59%", "1,240", "968", "4.1"], ["Texas", "18,245", "19,310", "51%", "615", "682", "-"],
        ["Arizona", "6,410", "4,985", "44%", "388", "301", "2.0"], ["Total", "39,475", "45,755", "54%", "2,243", "1,951", "6.1"]]


def test_a_side_naming_two_columns_keeps_the_one_of_the_other_sides_kind():
    got = _compare("How many regions had more controlled lots than owned lots?", LOTS)  # 'Controlled', not '% controlled'
    assert got is not None and got.figure == "2"


def test_a_predicative_comparative_reads_its_subject_as_the_first_side():
    got = _compare("For how many regions were owned lots higher than controlled lots?", LOTS)
    assert got is not None and got.figure == "1" and "Arizona" in got.answer


def test_a_bound_word_before_a_measure_compares_two_columns_hedged():
    got = _compare("How many regions had intake below sales in 2024?", LOTS)
    assert got is not None and got.figure is None and "Not certain" in got.answer and "1 (Texas)" in got.answer


def test_a_nil_mark_not_met_either_way_leaves_its_row_out_one_met_as_zero_gives_none():
    grid = [["Region", "Intake", "Units"]] + [r[:1] + r[4:5] + r[6:] for r in LOTS[1:]]
    got = _compare("How many regions had fewer intake than units?", grid)  # Texas '-' units: not fewer either way
    assert got is None or got.figure != "1"
    assert _compare("How many regions had more units than intake?", [["Region", "Units", "Intake"], ["A", "5", "3"],
                                                                   ["B", "1", "2"], ["C", "4", "-"]]) is None
    got = _compare("How many regions had more units than intake?", [["Region", "Units", "Intake"], ["A", "5", "3"],
                                                                  ["B", "1", "2"], ["C", "-", "4"]])
    assert got is not None and got.figure == "1"
