"""gates_month.figure_month: the month-and-year date nearest a figure dates it, whatever other
month the sentence names for that year."""

from ingest.figures import Figure
from rag.extractive.gates_month import figure_month


def _fig(text: str, number: str) -> Figure:
    at = text.index(number)
    return Figure(number, at, at + len(number), 0.0, 0.0, "count")


RUN_ON = "None of these PSUs were vested as of December 31, 2019 In April 2019, we granted 346,453 PSUs."


def test_the_nearest_date_dates_the_figure():
    assert figure_month(RUN_ON, _fig(RUN_ON, "346,453"), (2019,)) == (2019, 4)


def test_a_date_after_the_figure_counts_when_nearer():
    text = "Revenue was $5 million in March 2019, against $7 million in December 2018."
    assert figure_month(text, _fig(text, "$5 million"), (2019,)) == (2019, 3)


def test_a_date_of_a_year_not_asked_says_nothing():
    text = "In April 2018, we granted 346,453 PSUs."
    assert figure_month(text, _fig(text, "346,453"), (2019,)) is None


def test_no_date_or_no_figure_says_nothing():
    text = "We granted 346,453 PSUs in 2019."
    assert figure_month(text, _fig(text, "346,453"), (2019,)) is None
    assert figure_month(RUN_ON, None, (2019,)) is None


def test_months_named_without_their_own_year():
    from rag.extractive.gates_month import months_named
    assert months_named("How many PSUs were granted in April and December 2019?") == {4, 12}
