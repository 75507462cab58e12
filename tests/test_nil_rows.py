"""nil_rows: items counted by whether their cell holds a figure (a nil mark or 0 holds none); no embedding model."""

from rag.extractive.nil_rows import nil_rows
from rag.extractive.passage_tables import tables_of
from tests.test_shape_cues import _table_ctx

LEASES = [["", "Operating leases", "Finance leases"], ["2024", "50", "6"], ["2025", "45", "–"], ["2026", "40", "3"],
          ["Thereafter", "90", "–"], ["Total", "225", "9"]]
ADJUSTED = [["", "2023", "2022"], ["Reported profit", "400", "380"], ["Adjusted for:", "", ""],
            ["Impairment", "20", "–"], ["Restructuring", "5", "9"], ["Settlement", "–", "12"],
            ["Tax effect of above items", "(6)", "(2)"], ["Underlying profit", "419", "399"]]


def _ask(question, grid, years=()):
    ctx = _table_ctx(question, grid)
    return nil_rows(ctx, question, tables_of(ctx), years, "extractive")


def test_years_with_no_figure_in_the_column_named():
    got = _ask("How many years have no finance lease payments due?", LEASES)
    assert got is not None and got.figure == "1"  # 'Thereafter' is no year


def test_items_with_a_figure_in_the_year_under_the_heading_named():
    got = _ask("How many adjustment items had a non-nil amount in 2022, excluding the tax effect?", ADJUSTED, (2022,))
    assert got is not None and got.figure == "2"
    got = _ask("How many adjustment items had a non-zero amount in 2023?", ADJUSTED, (2023,))
    assert got is not None and got.figure == "3"


def test_other_counts_are_not_read():
    assert _ask("How many years have operating lease payments above 40?", LEASES) is None
    assert _ask("How many years have no rent due?", LEASES) is None
