"""compose.hedged_display: a hedged amount or share leads with its hedge, a period bare (no embedding model)."""

from __future__ import annotations

from ingest.figures import parse_figures
from rag.extractive.lead_line import lead_text
from rag.extractive.lead_hedge import hedged_display


def test_hedged_share_and_amount_keep_the_hedge():
    assert [hedged_display(f) for f in parse_figures("approximately 13% and approximately USD500 million")] == \
        ["approximately 13%", "approximately USD500 million"]


def test_plain_figure_and_period_lead_bare():
    assert [hedged_display(f) for f in parse_figures("30.6% over approximately 2.5 years")] == ["30.6%", "2.5"]


def test_lead_text_of_one_hedged_figure():
    assert lead_text(parse_figures("approximately 30.6%")) == "**approximately 30.6%**."


def test_a_hyphened_term_is_a_phrase_lead():
    from rag.extractive.compose import _phrase
    from rag.extractive.slots import parse
    q = "How does the company classify its marketable securities?"
    assert _phrase(q, parse(q), "We classify all of our marketable securities as available-for-sale.", 500, False) == \
        "available-for-sale"
