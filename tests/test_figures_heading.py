"""A number in a table column's heading ('2019 › 53 WEEKS: 206.2') is no figure."""

from ingest.figures import parse_figures


def test_a_number_in_a_column_heading_is_not_a_figure():
    texts = [f.text for f in parse_figures("Basic EPS — 2019 › 53 WEEKS: 206.2; 2018 › 52 WEEKS: 132.6")]
    assert "53" not in texts and "52" not in texts and "206.2" in texts and "132.6" in texts


def test_a_number_in_a_row_label_or_prose_stays_a_figure():
    assert "5" in [f.text for f in parse_figures("Total › 5 years or more — 2019: 10")]
    assert "53" in [f.text for f in parse_figures("The year had 53 weeks.")]
