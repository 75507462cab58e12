"""A rating grade asked ('B-rated', 'rated BBB') names the row whose label is that grade."""

from ingest.tables import read_grid
from rag.extractive.cells import best_row
from rag.extractive.rating_rows import grade_asked, grade_score
from rag.extractive.row_lookup import row_named

GRID = [["Gross issuance (EUR bn)", "2023", "2024"], ["Investment grade", "", ""], ["AAA/AA", "41.2", "44.6"],
        ["A", "168.3", "183.9"], ["BBB", "189.6", "226.1"], ["High yield", "", ""], ["BB", "38.7", "61.3"],
        ["B", "14.2", "27.5"], ["CCC and below", "1.1", "3.4"], ["Total", "464.0", "560.4"]]


def test_grade_asked_as_written():
    assert grade_asked("How much B-rated issuance was there in 2023?") == "B"
    assert grade_asked("What share of bonds was rated BBB- at year end?") == "BBB-"
    assert grade_asked("What were Baa2 rated holdings?") == "Baa2"
    assert grade_asked("What was a rated amount?") is None
    assert grade_asked("What was the issuance of AAA/AA-rated bonds?") is None


def test_grade_score_reads_the_label_alone():
    assert grade_score("High yield › B", "B") is not None
    assert grade_score("B (1)", "B") is not None
    assert grade_score("BB", "B") is None
    assert grade_score("High yield › B", None) is None


def test_rating_rows_found_by_their_grade():
    table = read_grid(GRID, "").table
    for q, row in [("How much B-rated issuance was there in 2023?", "High yield › B"),
                   ("What was A-rated issuance in 2024?", "Investment grade › A"),
                   ("How much issuance was rated BBB in 2024?", "Investment grade › BBB")]:
        assert row_named([(0, table)], q).row == row
        assert best_row([(0, table)], q).row == row
