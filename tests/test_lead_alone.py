"""A figure said of several things is no answer for one alone (rag/extractive/lead_alone.py)."""

from ingest.figures import parse_figures

from rag.extractive.features import Evidence
from rag.extractive.lead_alone import figure_for_several
from rag.extractive.slots import parse


def _best(text: str) -> Evidence:
    return Evidence(0, 0, text, parse_figures(text), set(), set(), False, True)


def test_figure_for_several_doubts_a_figure_across_a_list_holding_the_thing_asked():
    best = _best("Finance reached coverage exceeding 75% across customer service, risk control, and investment advisory.")
    assert figure_for_several(parse("What share is in investment advisory alone?"), best, best.figures)


def test_figure_for_several_keeps_a_question_not_alone_or_a_list_without_it():
    best = _best("Finance reached coverage exceeding 75% across customer service, risk control, and investment advisory.")
    assert figure_for_several(parse("What coverage did finance reach?"), best, best.figures) is None
    other = _best("Advisory reached 30% alone, while lending grew in retail and wholesale.")
    assert figure_for_several(parse("What share is in investment advisory alone?"), other, other.figures) is None


def test_stems_meet_takes_a_prefix_of_enough_letters_as_the_same_word():
    from rag.extractive.word_stems import stems_meet
    assert stems_meet("advis", "advisory") and stems_meet("data", "data")
    assert not stems_meet("pro", "product") and stems_meet("pro", "product", 3)


def test_figure_for_several_reads_no_list_across_a_clause_and():
    best = _best("Customer service reached coverage of 75% in finance and investment advisory has lagged behind.")
    assert figure_for_several(parse("What share is in investment advisory alone?"), best, best.figures) is None
    best = _best("Coverage reached 75% in finance, and it expects investment advisory next.")
    assert figure_for_several(parse("What share is in investment advisory alone?"), best, best.figures) is None
    listed = _best("Coverage reached 75% in finance and investment advisory, and it grew.")
    assert figure_for_several(parse("What share is in investment advisory alone?"), listed, listed.figures)
