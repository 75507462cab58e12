"""A percentage change read from a column the header names a change ('Percent Change › Actual'): the
row line prints 'Actual' alone, but the cell states the change asked, so it is not hedged."""

from rag.extractive.computed_doubt import uncomputed
from rag.types import Answer
from tests.test_label_operation import table_passage

_TABLE = ["\t\t\tPercent Change\t", "(Dollars in millions)\t2019\tActual\tConstant\t2018",
          "Interest expense\t$2,082\t3%\t4%\t$2,025"]


def _answer(q: str, lead: str) -> Answer:
    return Answer(question=q, answer=f"**{lead}**. Interest expense — Actual: 3%; Constant: 4%", figure=lead,
                  abstained=False, citations=[], backend="extractive", shape="comparison")


def test_a_cell_under_a_change_header_states_the_change():
    q = "What was the actual and constant percentage change in interest expense?"
    assert uncomputed(q, _answer(q, "3% and 4%"), [table_passage(_TABLE)]) is None


def test_a_year_cell_is_no_change_however_the_header_reads():
    q = "What was the percentage change in interest expense?"
    assert uncomputed(q, _answer(q, "$2,082"), [table_passage(_TABLE)]) is not None
