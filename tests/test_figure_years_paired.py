"""A figure paired by 'with' to a second figure shares the year after that second one (ingest/figures.py)."""

from ingest.figures import parse_figures


def test_figure_with_a_second_figure_takes_the_year_after_both():
    t = "disclosed 92 projects in 2023, while this rose to 1,520 projects with 6.47 billion yuan in 2024."
    years = {f.text: f.year for f in parse_figures(t) if f.unit != "year"}
    assert years["1,520"] == 2024 and years["6.47 billion yuan"] == 2024 and years["92"] == 2023


def test_figure_without_with_keeps_the_year_before():
    t = "In 2023 sales were 1,520 units and revenue was 6.47 billion yuan in 2024."
    assert {f.text: f.year for f in parse_figures(t)}["1,520"] == 2023
