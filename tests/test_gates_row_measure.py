"""A question straddling two table rows, on the smallest input without the embedding model: the lead
row names the row asked, another row holds the measure asked (it is given for that row only)."""

from __future__ import annotations

from rag.extractive.gates_row_measure import straddled, word_pairs

CLOUD = "Revenue streams: Cloud-based API calls; Pricing model: Per-user subscription (e.g., $50/user/month)"
PREM = "Revenue streams: On-premise deployment; Pricing model: Upfront deployment fee ($500k+)"


def test_word_pairs_leave_out_numbers_and_filler():
    assert ("upfront", "deployment") in word_pairs("What upfront deployment fee in 2024?")
    assert not any("2024" in p for p in word_pairs("What upfront deployment fee in 2024?"))


def test_a_measure_held_by_another_row_only():
    asked = word_pairs("What upfront deployment fee applies to cloud-based API calls?")
    assert straddled(asked, CLOUD, [PREM]) == ("deployment", "fee")
    # the row holding both parts answers
    assert straddled(word_pairs("What upfront deployment fee applies to on-premise deployment?"), PREM, [CLOUD]) is None
    # the other row holds nothing the lead lacks of the question: not straddled
    assert straddled(word_pairs("What per-user subscription do cloud-based API calls cost?"), CLOUD, [PREM]) is None


def test_names_and_cell_bounds_are_no_measure():
    from rag.extractive.gates_row_measure import name_tokens
    asked = word_pairs("Were Company D or Company E bigger?", name_tokens("Were Company D or Company E bigger?"))
    assert not asked
    assert ("service", "pric") not in word_pairs("Business model: Cloud-based service; Pricing model: CPM")


def test_the_gate_on_two_rows_and_the_heading_that_frames_them():
    from rag.extractive import gates
    from rag.extractive.gates_row_measure import row_measure_other
    from tests.test_extractive import decision
    d = decision("What upfront deployment fee applies to cloud-based API calls?", CLOUD, PREM, "The market grew in 2024.")
    assert d.best.row and "deployment fee" in (row_measure_other(d) or "")
    assert gates.first_gate(d)[0] == "row_measure_other"
    # the pair names the report itself (its title): it frames every row
    d = decision("What upfront deployment fee applies to cloud-based API calls?", CLOUD, PREM, "The market grew in 2024.",
                 title="Upfront Deployment Fee Survey")
    assert row_measure_other(d) is None


def test_a_total_row_names_the_measure_of_every_row():
    from rag.extractive.gates_row_measure import row_measure_other
    from tests.test_extractive import decision
    part = "Total Zentro Components — 2018: 1,235; 2019: 1,289"
    total = "Total Net Sales — 2018: 1,562; 2019: 1,791"
    d = decision("What were the net sales from total zentro components in 2019?", part, total, "The market grew in 2024.")
    assert d.best.row and row_measure_other(d) is None
    # another row's label is that row's name, not a measure it states beside its figure
    other = "Other Net Sales — 2018: 1,562; 2019: 1,791"
    d = decision("What were the net sales from total zentro components in 2019?", part, other, "The market grew in 2024.")
    assert row_measure_other(d) is None
