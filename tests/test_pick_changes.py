"""A sentence writing several figures as changes of their own measures leads with the measure asked."""

from __future__ import annotations

from rag.extractive.pick import pick_figures
from tests.test_extractive import decision


def test_a_change_asked_leads_with_the_change_of_the_measure_named():
    text = "ICBC reduced the average call duration by 10% and improved the efficiency of seats by 18%."
    d = decision("By how much did ICBC improve the efficiency of its customer service seats?", text)
    assert [f.text for f in pick_figures(d.best.text, d.best.figures, d.slots)] == ["18%"]
    d = decision("By how much did ICBC reduce its average call duration?", text)
    assert [f.text for f in pick_figures(d.best.text, d.best.figures, d.slots)] == ["10%"]


def test_a_change_asked_of_a_level_reached_is_the_percent_given_as_the_change():
    from ingest.figures import parse_figures
    from rag.extractive.pick import pick_figures
    from rag.extractive.slots import parse
    text = "The average winning bid price fell to RMB 0.62/Wh at the end of 2024, down about 45% in one year."
    q = "By how much did the average winning bid price fall in one year?"
    assert [f.text for f in pick_figures(text, parse_figures(text), parse(q))] == ["about 45%"]
