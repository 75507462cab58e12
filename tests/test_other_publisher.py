"""A joint report's other publisher named by the lead sentence; a measure word naming a service."""

from types import SimpleNamespace

from rag.extractive.gates_source import other_publisher, publishers
from rag.extractive.slots import parse


def _decision(sources, sentence, publisher="Frost & Sullivan with LeadLeo Research Institute"):
    chunk = SimpleNamespace(publisher=publisher)
    best = SimpleNamespace(text=sentence, passage_index=0, row=False)
    return SimpleNamespace(slots=SimpleNamespace(sources=sources), figures=[object()], best=best,
                           ctx=SimpleNamespace(passages=[SimpleNamespace(chunk=chunk)]))


def test_publishers_split_a_joint_report():
    assert publishers("Frost & Sullivan with LeadLeo Research Institute") == ["Frost & Sullivan", "LeadLeo Research Institute"]
    assert publishers("China Insights Consultancy (CIC)") == ["China Insights Consultancy (CIC)"]


def test_other_publisher_of_a_joint_report_refused():
    d = _decision(("Frost", "Sullivan"), "LeadLeo Research Institute has accumulated nearly 1 million samples.")
    assert "LeadLeo" in other_publisher(d)


def test_publisher_asked_named_or_single_publisher_kept():
    assert other_publisher(_decision(("Frost", "Sullivan"), "Frost & Sullivan and LeadLeo surveyed 500 firms.")) is None
    assert other_publisher(_decision(("Frost", "Sullivan"), "The market grew 20% in 2024.")) is None
    assert other_publisher(_decision(("CIC",), "LeadLeo counted 19 industries.",
                                     publisher="China Insights Consultancy (CIC)")) is None


def test_measure_word_before_a_service_noun_is_no_measure():
    assert parse("What coverage has finance achieved across customer service and investment advisory?").metrics == ()
    assert parse("How much investment did AI draw in 2024?").metrics == ("financing",)
    assert parse("Which sales channels grew fastest?").metrics == ()


def test_changed_measure_is_the_verbs_object():
    from rag.extractive.gates_changed import changed_measure
    text = "ICBC reduced the average call duration by "
    assert changed_measure(text) == ["average", "call", "duration"]
    assert changed_measure("Consumption increased nominally by ") == []
    assert changed_measure("Revenue increased by ") == []


def test_change_of_another_measure_refused():
    from rag.extractive.gates_changed import measure_changed_other
    sentence = "ICBC reduced the average call duration by 10%."
    fig = SimpleNamespace(start=sentence.index("10%"))

    def decide(question):
        return SimpleNamespace(slots=parse(question), figures=[fig], ctx=SimpleNamespace(snapshot=None),
                               best=SimpleNamespace(text=sentence, row=False))
    assert measure_changed_other(decide("By what percentage did ICBC cut its labor costs?"))
    assert measure_changed_other(decide("By how much did ICBC reduce its call duration?")) is None


def test_condition_counted_with_another_number():
    from rag.extractive.gates_condition import counts
    assert counts("when task steps exceed 10 layers?") == {"layer": {"10"}}
    assert counts("above USD 2 trillion by 2030") == {}


def test_condition_other_refuses_another_count():
    from rag.extractive.gates_condition import condition_other
    sentence = "When the task steps exceed 5 layers, accuracy drops by 42%."

    def decide(question):
        return SimpleNamespace(slots=SimpleNamespace(text=question), figures=[object()],
                               best=SimpleNamespace(text=sentence, row=False))
    assert condition_other(decide("How much does accuracy drop when task steps exceed 10 layers?"))
    assert condition_other(decide("How much does accuracy drop when task steps exceed 5 layers?")) is None
