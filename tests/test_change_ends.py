"""A change of state asked as its two ends ('from what to what'): a bold lead whose sentence states no change
from one state to another is doubted. Smallest inputs, no model."""

from rag.extractive.change_ends import change_ends_unsaid

Q = "Global AI ecosystem in frameworks: from what to what?"
TOPIC = "These frameworks have become core infrastructure for global AI innovation."
ENDS = "The global framework ecosystem moved from unipolar dominance to competition and cooperation."


def test_a_lead_whose_sentence_states_no_change_is_doubted():
    assert change_ends_unsaid(Q, "**core infrastructure**. x", TOPIC) is not None


def test_a_lead_stating_both_ends_or_a_question_not_asking_them_is_not():
    assert change_ends_unsaid(Q, "**unipolar dominance**. x", ENDS) is None
    assert change_ends_unsaid(Q, "**from unipolar dominance to competition**. x", TOPIC) is None
    assert change_ends_unsaid("What do frameworks provide to AI?", "**core infrastructure**. x", TOPIC) is None
    assert change_ends_unsaid(Q, "Not certain: x", TOPIC) is None


def test_a_change_between_decimal_figures_is_stated():
    # a decimal point is no sentence end: 'from 2.5% to 3.1%' states both ends
    assert change_ends_unsaid("The rate: from what to what?", "**2.5%**. x", "The rate moved from 2.5% to 3.1%.") is None
