"""gates_rate_other.other_period: a figure asked per one period shorter than a year is not the figure
given per another such period."""

from rag.extractive.gates_rate_other import other_period


def test_a_daily_figure_does_not_answer_a_monthly_one():
    why = other_period("What share of the monthly new code does the tool write?", "the tool writes 43% of new daily code")
    assert why == "the reports give it per day, not per month"


def test_the_period_asked_answers():
    assert other_period("What share of daily new code does the tool write?", "43% of new daily code") is None


def test_a_clause_without_a_period_is_left_to_other_gates():
    assert other_period("What share of monthly code does it write?", "it writes 43% of the code") is None


def test_no_period_asked_says_nothing():
    assert other_period("What share of code does it write?", "43% of new daily code") is None


def test_active_users_name_a_variant_not_a_rate():
    assert other_period("How many monthly active users?", "10 million daily active users") is None
