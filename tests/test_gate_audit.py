"""The gate audit's tally: correct vs false abstentions per deciding gate."""
from eval.gate_audit import tally


def test_tally_counts_correct_and_false_abstentions_per_gate():
    rows = [{"abstained": True, "answerable": False, "gate": "on_topic"},
            {"abstained": True, "answerable": True, "gate": "on_topic"},
            {"abstained": True, "answerable": False, "gate": "period_covered"},
            {"abstained": False, "answerable": True, "gate": None}]
    assert tally(rows) == {"on_topic": (1, 1), "period_covered": (1, 0)}
