"""figure_identifies: a thing asked by a figure the question gives (gates_identified.py)."""

from types import SimpleNamespace

from rag.extractive.gates_identified import figure_identifies, given_figures, holds


def _d(question: str, lead: str, asks: str = "place", entity: bool = False):
    return SimpleNamespace(slots=SimpleNamespace(text=question, asks=asks, entity=entity),
                           best=SimpleNamespace(text=lead))


def test_given_figures_skip_years_counts_and_versions():
    assert given_figures("Which province scores 96.58 on the July 2024 chart?") == ["96.58"]
    assert given_figures("Which model is rated 1,132 among 10 models?") == ["1132"]
    assert given_figures("Which had the higher Arena ELO, Kling 1.6 (Pro) or GPT-4.5?") == []


def test_holds_ignores_commas_and_longer_numbers():
    assert holds("Arena ELO: 1,132", "1132")
    assert not holds("Competitiveness: 96.581", "96.58")


def test_lead_without_the_figure_is_blocked():
    q = "Which province scores 96.58 on the regional chart?"
    assert figure_identifies(_d(q, "Regional AI Competitiveness by Province, July 2024")) is not None
    assert figure_identifies(_d(q, "Beijing; Competitiveness: 96.58")) is None


def test_amount_asked_is_left_alone():
    q = "How many enterprises sit beside the 87.27 score?"
    assert figure_identifies(_d(q, "Enterprises: 95,000", asks="amount")) is None
