"""A share whose whole is named by its measure alone: the table's one whole row in the column the whole's phrase
names, for one part row or several."""

from conftest import cells_answer
from ingest.tables import read_block
from rag.extractive.cells import RowHit
from rag.extractive.share_whole import whole_column, whole_row

PIPELINE = ["Country\tOperational\tUnder construction\tTotal pipeline", "Germany\t48\t36\t229", "Spain\t0\t30\t100",
            "Others\t10\t18\t138", "Total\t58\t84\t467"]
HOTELS = ["\tNo. of Hotels\tNo. of Rooms", "Urban\t14\t6,412", "Resort\t6\t2,315", "All comparable hotels\t20\t8,727"]
REGIONS = ["\tYear ended 31 December 2023\t\tYear ended 31 December 2022\t",
           "Region\tContracted sales amount (RMB million)\tContracted GFA (sq.m.)\tContracted sales amount (RMB million)"
           "\tContracted GFA (sq.m.)",
           "Yangtze River Delta\t18,642\t612,400\t21,305\t706,900", "Greater Bay Area\t14,218\t402,600\t15,884\t441,300",
           "Bohai Rim\t7,936\t318,700\t9,452\t372,100", "Total\t50,303\t2,074,800\t57,560\t2,346,000"]


def test_the_whole_row_and_the_column_the_whole_phrase_names():
    table = read_block(HOTELS)[0].table
    whole = whole_row(RowHit(0, table, "Urban", 1.0), "the rooms in comparable hotels")
    assert whole is not None and whole.row == "All comparable hotels"
    assert whole_column(RowHit(0, table, "Urban", 1.0), whole, "the rooms in comparable hotels", None) == "No. of Rooms"


def test_a_whole_phrase_naming_another_row_has_no_whole_row():
    table = read_block(PIPELINE)[0].table
    assert whole_row(RowHit(0, table, "Spain", 1.0), "Germany's capacity under construction") is None


def test_a_part_row_over_the_total_row_in_the_measure_column():
    got = cells_answer("What share of Europe's capacity under construction is located in Spain?", PIPELINE)
    assert got is not None and got.answer.startswith("**35.71%")
    got = cells_answer("What proportion of the rooms in comparable hotels are in Urban hotels?", HOTELS)
    assert got is not None and got.answer.startswith("**73.47%")


def test_several_part_rows_held_together_over_the_whole():
    got = cells_answer("What proportion of total contracted sales in 2023 came from the Yangtze River Delta and the "
                       "Greater Bay Area?", REGIONS)
    assert got is not None and got.answer.startswith("**65.32%")


def test_a_sum_of_three_listed_rows_stays_a_sum():
    got = cells_answer("What were the combined 2023 contracted sales of Yangtze River Delta, Greater Bay Area and Bohai "
                       "Rim?", REGIONS)
    assert got is not None and got.answer.startswith("**40,796")
