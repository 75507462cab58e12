"""The midpoint of a range the report writes is computed from both ends, not read from one."""

from rag.extractive.computed_midpoint import midpoint, ranges_in
from rag.types import Answer, AnswerContext, Citation

SENTENCE = "We expect to incur an additional $5.0 million to $8.0 million of charges in fiscal 2021."


def _answer(question: str, lead: str, quote: str = SENTENCE) -> Answer:
    cite = Citation(1, "d1", "Report", "Pub", "2020", "r.html", 1, None, "c1", quote, quote)
    return Answer(question, f"**{lead}** (2021). {quote}", lead, False, [cite])


def test_ranges_take_the_written_scale():
    assert ranges_in(SENTENCE) == [("5.0", "8.0", "million")]
    assert ranges_in("margins between 12% and 14%") == [("12", "14", "%")]
    assert ranges_in("from 5 million to 2 billion") == []  # two scales: no one range


def test_midpoint_of_the_range_holding_the_lead():
    q = "What is the midpoint of the additional charges expected in fiscal 2021?"
    out = midpoint(AnswerContext(q, []), _answer(q, "$8.0 million"))
    assert out is not None and out.figure == "6.5 million" and out.shape == "computed"
    assert "(5.0 + 8.0) / 2 = 6.5" in out.answer


def test_no_midpoint_unless_asked_or_without_a_range():
    q = "What additional charges are expected in fiscal 2021?"
    assert midpoint(AnswerContext(q, []), _answer(q, "$8.0 million")) is None
    q = "What is the midpoint of the charges expected?"
    assert midpoint(AnswerContext(q, []), _answer(q, "$8.0 million", "Charges of $8.0 million are expected.")) is None
