"""A lead the question excludes: its label or its computation names the thing set aside."""


def test_a_computation_from_the_excluded_rows_cells_alone():
    from rag.types import Answer
    from rag.extractive.excluded_led import excluded_led

    ops = [{"value": "94,300", "row": "Lakeshore Atlantic(2)", "label": "2024"},
           {"value": "371,650", "row": "Lakeshore Atlantic(2)", "label": "2023"}]
    lead = Answer(question="", answer="**-277,350 thousand** — change: 94,300 - 371,650 = -277,350.", figure=None,
                  abstained=False, citations=[], derivation={"op": "change", "operands": ops})
    q = "What was the change in total net revenues excluding Lakeshore Atlantic from 2023 to 2024?"
    assert excluded_led(q, lead)
    ops[0]["row"] = "Total net revenues"
    assert excluded_led(q, lead) is None
