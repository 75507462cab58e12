"""A bar chart's category labels, each with its one percentage, read as one chart line (ingest/label_bars.py)."""

from ingest.clean import clean_sections
from ingest.label_bars import bar_of, read_label_bars
from ingest.types import Section


def test_a_run_of_label_and_percentage_lines_is_one_chart_under_its_caption():
    text = "Tools developers need\nData tools 38.1%\nTraining tools 36.2%\nDeployment tools 10.2%\nIncluding data"
    out = read_label_bars(text)
    assert "Tools developers need: Data tools 38.1%; Training tools 36.2%; Deployment tools 10.2%." in out
    assert out.endswith("\nIncluding data")


def test_a_label_broken_over_lines_with_its_value_below_pairs_after_cleaning():
    prose = "Platforms cover data management, model development, training, evaluation and deployment tools.\n" * 4
    raw = (prose + "Tools developers need\nData management\ntools\n38.1%\nModel training\ntools 36.2%\nModel\n"
           "deployment tools\n10.2%\nIncluding data annotation")
    text = clean_sections([Section(raw, 1)], reflow=True)[0].text
    assert "Data management tools 38.1%; Model training tools 36.2%; Model deployment tools 10.2%" in text


def test_fewer_than_three_bars_a_unit_line_or_a_sentence_are_no_chart():
    assert read_label_bars("Caption\nData tools 38.1%\nTraining tools 36.2%") == "Caption\nData tools 38.1%\nTraining tools 36.2%"
    out = read_label_bars("Unit: %\nA end 50%\nB end 31%\nBoth 19%")
    assert out == "Unit: %\nA end 50%; B end 31%; Both 19%."  # the unit line stays, never the caption
    assert bar_of("Revenue rose 5.2% in 2024.") is None and bar_of("C end, 50%") is None
