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


def test_the_passages_checked_are_the_same_whether_or_not_an_index_exists(tmp_path, monkeypatch):
    """The generated set is reproducible: an index in REPORTQA_DATA_DIR (here one chunk naming the subject with
    2023) must not change the passages a swap is checked against, which are read from the report files."""
    import sqlite3

    from eval.nearmiss_stress import corpus_passages
    reports = tmp_path / "reports"
    reports.mkdir()
    text = "Market\n\nThe robot market was 12 billion in 2024, up from 10 billion in 2022."
    (reports / "r.txt").write_text(text, encoding="utf-8")
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path / "empty"))
    without = corpus_passages(text, reports)
    db = tmp_path / "data" / "chroma"
    db.mkdir(parents=True)
    con = sqlite3.connect(db / "chroma.sqlite3")
    con.execute("create table embedding_metadata (id integer, key text, string_value text)")
    con.execute("insert into embedding_metadata values (1, 'chroma:document', 'Robot market size\nrobot market 2023')")
    con.commit()
    con.close()
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path / "data"))
    assert corpus_passages(text, reports) == without
    assert any("2022" in p for p in without) and not any("2023" in p for p in without)
