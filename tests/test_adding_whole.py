from conftest import cells_answer

TAKE_UP = ["\tCapacity (MW)\tTake-up (MW)\t", "Market\tOperational\t2024\t2025E", "Tokyo\t1,180\t185\t210",
           "Sydney\t890\t160\t190", "Johor\t470\t230\t310", "Total\t2,540\t575\t710"]


def test_a_rows_share_of_a_whole_named_by_its_measure_alone_is_over_the_adding_total_row():
    got = cells_answer("What share of the three markets' 2024 take-up did Johor account for?", TAKE_UP)
    assert got is not None and got.answer.startswith("**40%")  # 230 / 575: the Total row adds the markets


def test_a_whole_row_that_does_not_add_up_is_no_whole_of_an_unnamed_share():
    rows = TAKE_UP[:-1] + ["Total / weighted average\t2,540\t9.5\t710"]  # 2024: a rate, not the markets' sum
    got = cells_answer("What share of the three markets' 2024 take-up did Johor account for?", rows)
    assert got is None or "**" not in got.answer


def test_a_whole_named_by_a_headers_own_word():
    lines = ["Market\tInventory (MW)\tVacancy (%)\tUnder construction (MW)", "Northern Virginia\t4,950\t0.9\t2,710",
             "Dallas\t1,260\t2.3\t980", "Chicago\t910\t3.6\t510", "Total / weighted average\t7,120\t1.6\t4,200"]
    got = cells_answer("What proportion of primary-market inventory is located in Northern Virginia?", lines)
    assert got is not None and got.answer.startswith("**69.52%")  # 4,950 / 7,120


def test_one_row_as_a_share_of_another_row_is_no_share_of_the_total():
    lines = ["\t2024\t2023", "Revenue\t500\t450", "Cost of sales\t300\t280", "Gross profit\t200\t170",
             "Total\t1,000\t900"]
    got = cells_answer("What percentage of revenue was cost of sales in 2024?", lines)
    assert got is None or "30%" not in got.answer  # 300 / 1,000 is no share of revenue


def test_a_row_the_whole_phrase_names_is_no_part_of_it():
    lines = ["Gross loans and advances (Rm)\tStage 3", "Home loans\t9,842", "Vehicle finance\t6,100",
             "Card\t8,609", "Total gross loans and advances\t24,551"]
    got = cells_answer("What percentage of Stage 3 home loans were loans under debt review?", lines)
    assert got is None or "40.09" not in got.answer  # 'home loans' is the whole asked of; the part is in no row
