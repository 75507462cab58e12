from conftest import cells_answer

SURVEY = ["(% of respondents)\t\t\t", "Area\tNorth America\tEurope\tAll respondents",
          "Kiosks\t46\t52\t48.6", "Mobile app\t63\t48\t56.5", "Number of respondents\t220\t160\t380"]


def test_a_part_columns_share_is_read_in_the_row_where_the_whole_column_adds_the_parts():
    got = cells_answer("What proportion of survey respondents were from North America?", SURVEY)
    assert got is not None and got.answer.startswith("**57.89%")  # 220 / 380; the % rows do not add up


def test_a_question_naming_another_row_gets_no_column_share():
    got = cells_answer("What proportion of North America respondents plan to invest in kiosks?", SURVEY)
    assert got is None or "57.89" not in got.answer


def test_no_row_adding_the_parts_no_share():
    rows = SURVEY[:-1] + ["Number of respondents\t220\t160\t500"]  # the whole is no sum of the parts shown
    got = cells_answer("What proportion of survey respondents were from North America?", rows)
    assert got is None


def test_a_margin_is_no_part_of_the_whole_column():
    lines = ["\tFlow\tTest\tTotal", "Net sales\t1,842.6\t964.3\t2,806.9", "Segment operating income\t318.4\t176.2\t494.6"]
    got = cells_answer("What was the operating margin of the Test segment?", lines)
    assert got is None or "35.6" not in got.answer  # 176.2 / 494.6 is no margin


def test_one_amount_as_a_percentage_of_another_is_no_column_share():
    lines = ["\tFlow\tTest\tTotal", "Net sales\t1,842.6\t964.3\t2,806.9", "Segment operating income\t318.4\t176.2\t494.6"]
    got = cells_answer("What was the operating income as a percentage of net sales of the Test segment?", lines)
    assert got is None or "35.6" not in got.answer


STORAGE = ["\tDeployments (GWh)\t\t\t\tUtility-scale share", "Year\tChina\tUnited States\tRest of world\tGlobal\t(%)",
           "2022\t15.8\t13.2\t15.7\t44.7\t74", "2023\t48.5\t27.6\t27.1\t103.2\t79"]


def test_a_possessive_part_of_the_world_whole_in_a_year_row():
    got = cells_answer("What was China's share of global storage deployments in 2023?", STORAGE)
    assert got is not None and got.answer.startswith("**47%")  # 48.5 / 103.2; the share column is no part


def test_the_adding_row_named_by_its_own_words_beside_a_period():
    lines = ["\tShopping centres\tRetail parks\tAll retail", "Vacancy rate Q3 2025 (%)\t17.2\t7.1\t13.8",
             "Investment volume 9M 2025 (GBP million)\t1,240\t2,870\t4,110"]
    got = cells_answer("What share of 9M 2025 retail investment went to retail parks?", lines)
    assert got is not None and got.answer.startswith("**69.83%")  # 2,870 / 4,110
