"""Near-miss copies whose swapped-in year or name the same report writes, but never with the question's subject."""

from eval.nearmiss_stress import chunk_passages, passages, subject_words, swap_name_elsewhere, swap_year_elsewhere


def test_year_swapped_for_a_year_the_report_gives_another_metric():
    report = "Revenue was 10 in 2024.\n" + "Other text.\n" * 8 + "Headcount reached 500 in 2023."
    assert swap_year_elsewhere("What was the revenue of Acme in 2024?", report, passages(report)) == \
        "What was the revenue of Acme in 2023?"


def test_year_written_with_the_subject_is_not_a_near_miss():
    report = "Acme revenue was 10 in 2024 and 8 in 2023."
    assert swap_year_elsewhere("What was the revenue of Acme in 2024?", report, passages(report)) is None


def test_year_of_an_indexed_chart_series_counts_as_written_with_its_title():
    report = "Acme revenue was 10 in 2024.\nHeadcount was 5 in 2023."
    chart = "Acme revenue, 2022-2024\n8 in 2023; 10 in 2024"
    assert swap_year_elsewhere("What was the revenue of Acme in 2024?", report,
                               passages(report) + chunk_passages(chart)) is None


def test_table_row_is_read_with_its_header():
    text = "Item\t2023\t2024\nAcme revenue\t8\t10"
    assert "Item\t2023\t2024\nAcme revenue\t8\t10" in passages(text, span=1)


def test_asking_words_are_not_subject():
    assert subject_words("How big was the Acme revenue chart in 2024?") == {"acme", "revenue"}


def test_name_swapped_for_one_the_report_names_elsewhere():
    report = "Japan had 12 AI unicorns.\n" + "Other text.\n" * 8 + "Chile hosts a data centre."
    got = swap_name_elsewhere("How many AI unicorns does Japan have today?", report, passages(report))
    assert got == "How many AI unicorns does Chile have today?"


def test_name_written_with_the_metric_is_not_a_near_miss():
    report = "Japan had 12 AI unicorns and Chile had 2 AI unicorns today."
    assert swap_name_elsewhere("How many AI unicorns does Japan have today?", report, passages(report)) is None


def test_spellings_of_one_name_are_not_swapped_for_each_other():
    report = "The U.S. had 160 AI unicorns.\n" + "Other text.\n" * 8 + "The United States is large."
    assert swap_name_elsewhere("How many AI unicorns did the U.S. have today?", report, passages(report)) is None
