"""Arithmetic over the items of one table a question names by their labels: rows (a label repeated under headings
told apart by the heading said), or columns of the one row named; a share over the whole row or printed shares."""

from conftest import cells_answer
from ingest.tables import read_block
from rag.extractive.said_items import label_form, said_columns, said_rows

SCENARIOS = ["\t2024\t2027F\t2028F", "Availability rate (%)\t\t\t", "Base case\t18.9\t16.4\t15.8",
             "Upside case\t18.9\t15.0\t14.1", "Downside case\t18.9\t19.3\t19.5", "Net absorption (million sq ft)\t\t\t",
             "Base case\t2.4\t3.4\t2.8", "Upside case\t2.4\t4.9\t4.1", "Downside case\t2.4\t(1.4)\t(0.6)"]
MINES = ["\t2023\t2024\tShare 2024 (%)", "China\t255,000\t270,000\t68.4", "Thailand\t7,100\t13,000\t3.3",
         "Nigeria\t13,000\t13,000\t3.3", "Others\t108,680\t98,720\t25.0", "World total\t383,780\t394,720\t100.0"]
CROPS = ["\t2023/24\t2024/25E", "Brazil\t154.0\t169.7", "United States\t113.2\t121.1", "Argentina\t49.2\t49.5",
         "World\t383.8\t409.6"]
PRICES = ["\tBase case\tLow\tHigh", "Q1 2026F\t10,400\t9,500\t11,200", "Q2 2026F\t10,650\t9,400\t11,800"]
ROBOTS = ["Country\tHospitals surveyed\tInstalled systems, 2024 (units)", "United States\t1,240\t7,150",
          "Germany\t310\t780", "Japan\t280\t690"]


def test_label_form_leaves_footnote_marks_out():
    assert label_form("China(a)") == " china "
    assert label_form("Region › Bajío(1)") == " baj o "


def test_a_label_under_two_headings_is_the_one_whose_heading_is_said():
    table = read_block(SCENARIOS)[0].table
    rows = said_rows(table, "In 2028, by how much does the downside-case availability rate exceed the base case?")
    assert rows == ["Availability rate (%) › Downside case", "Availability rate (%) › Base case"]


def test_labels_sharing_a_last_word_named_without_it():
    table = read_block(SCENARIOS)[0].table
    assert said_rows(table, "What is the difference between the upside and downside net absorption?") == \
        ["Net absorption (million sq ft) › Upside case", "Net absorption (million sq ft) › Downside case"]


def test_columns_named_when_no_two_rows_are():
    table = read_block(PRICES)[0].table
    assert said_columns(table, "What is the spread between the high and low cases in Q2 2026F?") == ["High", "Low"]


def test_the_gap_between_two_named_rows_in_the_period_asked():
    got = cells_answer("In 2028, by how many percentage points does the downside-case availability rate exceed "
                       "the base case?", SCENARIOS)
    assert got is not None and got.answer.startswith("**3.7")


def test_a_combined_share_adds_the_printed_shares():
    got = cells_answer("What was the combined share of Thailand and Nigeria in world mine production in 2024?", MINES)
    assert got is not None and got.answer.startswith("**6.6")


def test_a_combined_share_of_amounts_is_over_the_whole_row():
    got = cells_answer("What share of world production in 2024/25E comes from Brazil and the United States combined?",
                       CROPS)
    assert got is not None and got.answer.startswith("**71")


def test_two_columns_of_the_period_row_named():
    got = cells_answer("What is the spread between the high and low cases in Q2 2026F?", PRICES)
    assert got is not None and got.answer.startswith("**2,400")


def test_a_whole_counted_as_all_the_items_is_their_sum():
    got = cells_answer("What proportion of the installed systems in the three surveyed countries in 2024 was in the "
                       "United States?", ROBOTS)
    assert got is not None and got.answer.startswith("**82.95")


def test_a_gap_asked_in_basis_points_is_not_read():
    got = cells_answer("What is the gap between the 2024 shares of Thailand and China, in basis points?", MINES)
    assert got is None or not got.answer.startswith("**65.1")


SEGMENTS = ["\tFlow Control\tTest & Measurement\tTotal", "Net sales\t1,842.6\t964.3\t2,806.9",
            "Segment operating income\t318.4\t176.2\t494.6"]


def test_one_item_column_is_no_part_when_the_whole_is_a_measure_named():
    got = cells_answer("What was the segment operating income as a percentage of net sales of Test & Measurement?",
                       SEGMENTS)
    assert got is None or not got.answer.startswith("**35.62")
