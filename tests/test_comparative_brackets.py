"""A '(YYYY: B)' comparative dates B; the figure it follows is of the next year; figures after it closes are not of YYYY."""

from ingest.figures import parse_figures


def _years(text):
    return [(f.text, f.year) for f in parse_figures(text) if f.unit != "year"]


def test_the_figure_a_comparative_follows_is_of_the_year_after_it():
    assert _years("Sales attributable to owners amounted to RMB33,214 million (2022: RMB38,907 million).") == [
        ("RMB33,214 million", 2023), ("RMB38,907 million", 2022)]


def test_words_between_the_figure_and_its_comparative():
    assert _years("The Group launched 18 new projects during the year (2022: 27 projects).") == [("18", 2023), ("27", 2022)]


def test_a_percent_and_its_comparative():
    assert _years("The credit loss ratio increased to 1.18% (2023: 0.97%), driven by retail.") == [
        ("1.18%", 2024), ("0.97%", 2023)]


def test_a_figure_after_the_bracket_closes_keeps_the_sentence_year():
    text = ("The income tax expense for 2024 comprises current tax of AED 121,902 thousand (2023: AED 23,930 thousand) "
            "and a deferred tax credit of AED 3,487 thousand (2023: deferred tax expense of AED 916 thousand).")
    assert _years(text) == [("121,902 thousand", 2024), ("23,930 thousand", 2023), ("3,487 thousand", 2024),
                            ("916 thousand", 2023)]


def test_another_figure_between_leaves_the_year_as_written():
    assert _years("Revenue of $5 million and cost of $3 million in 2019 (2018: $2 million).")[0] == ("$5 million", 2019)


def test_a_year_written_after_the_figure_stands():
    assert _years("exports amounted to 1,045 thousand tonnes in 2023 (2022: 780 thousand tonnes)") == [
        ("1,045 thousand", 2023), ("780 thousand", 2022)]
