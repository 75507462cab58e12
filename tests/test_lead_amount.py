"""'How much <thing>' led only by a percentage is not certain (rag/extractive/lead_amount.py). Smallest inputs, no model."""

from __future__ import annotations

from ingest.figures import parse_figures
from rag.extractive.lead_amount import SHARE_WHY, share_for_amount


def test_a_share_does_not_lead_a_quantity_asked():
    share = parse_figures("Their share rose to 86% in 2024.")[:1]
    assert share_for_amount("How much data did Acme generate in 2024?", share) == SHARE_WHY
    assert share_for_amount("How much data did Acme generate in 2024?", parse_figures("Acme generated 41 ZB.")[:1]) is None


def test_a_change_a_part_or_a_comparison_asked_is_answered_by_a_percentage():
    share = parse_figures("Calls were 30% shorter.")[:1]
    for q in ("How much did Acme cut call length?", "How much of the revenue came from ads?",
              "How much shorter were calls?", "How much penetration has AI reached in finance?",
              "How much revenue growth did Acme report?"):
        assert share_for_amount(q, share) is None, q
