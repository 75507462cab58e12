"""A figure belongs to the group phrase nearest before it that the question names by its number."""

from ingest.figures import parse_figures
from rag.extractive.pick import pick_figures
from rag.extractive.slots import parse

_TEXT = ("The population aged 60 and above reached 310 million at the end of 2024, and the population "
         "aged 65 and above reached 220 million.")


def _picked(question: str, text: str = _TEXT) -> list[str]:
    return [f.text for f in pick_figures(text, parse_figures(text), parse(question))]


def test_the_group_asked_by_its_number_owns_the_figure_after_it():
    assert _picked("How many people were aged 65 and above at the end of 2024?") == ["220 million"]
    assert _picked("How many people were aged 60 and above at the end of 2024?") == ["310 million"]


def test_no_parallel_label_leaves_the_pick_as_it_is():
    text = "Firms with 50 staff or more made 120 million units in 2024."
    assert _picked("How many units did firms with 50 staff or more make in 2024?", text) == ["120 million"]
