"""A why-question's reason joined to the fact by ', so' or ', where' / ', as', with no causal connective."""

from rag.extractive.phrase import answer_phrase
from rag.extractive.reason_clause import clause_reason


def test_the_reason_before_so_when_the_fact_follows():
    s = "Respondents could pick several answers, so the shares sum to more than 100%."
    assert clause_reason(s, len(s) - 2) == "Respondents could pick several answers"
    assert answer_phrase("Why do the shares sum to more than 100%?", s) == "Respondents could pick several answers"


def test_the_clause_after_where_when_the_fact_comes_first():
    s = "Capital concentrated in metal printing, where demand is less sensitive to the cycle."
    assert answer_phrase("Why did capital concentrate in metal printing?", s) == "demand is less sensitive to the cycle"


def test_no_reason_clause_before_the_fact_is_said_or_after_as_of():
    assert clause_reason("Sales rose, as of 2024.", 5) is None
    assert clause_reason("A rose, so B fell.", None) is None
