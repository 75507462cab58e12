"""A condition's number keeps its sign: 'greater than -498.5' sets -498.5, not 498.5."""
from rag.extractive.ranked import THRESHOLD
from rag.extractive.row_sets import THRESHOLD as ROW_THRESHOLD
from rag.extractive.signed_bound import signed_bound


def test_a_minus_before_the_figure_is_its_sign():
    assert signed_bound("-498.5") == -498.5
    assert signed_bound("−$1,200") == -1200.0
    assert signed_bound("5,000") == 5000.0


def test_the_threshold_patterns_read_a_negative_bound():
    for pattern in (THRESHOLD, ROW_THRESHOLD):
        m = pattern.search("In which years was the net income greater than -498.5?")
        assert m is not None and signed_bound(m.group(2)) == -498.5
        m = pattern.search("In which years was revenue more than $5,000 million?")
        assert m is not None and signed_bound(m.group(2)) == 5000.0


def test_a_sign_asked_of_counted_items_is_a_bound_of_zero():
    from rag.extractive.signed_bound import sign_as_bound

    assert sign_as_bound("In how many years was free cash flow negative?") == "In how many years was free cash flow below 0?"
    assert sign_as_bound("How many product lines had a negative % change?") == "How many product lines had % change below 0?"
    assert sign_as_bound("Which segments had a positive change in income?") == "Which segments had change above 0 in income?"
    assert sign_as_bound("What was the negative impact of FX?") == "What was the negative impact of FX?"  # no items asked
