"""Bare noun-phrase questions ('Share of X?', 'Compensation cap for Y?') ask what their head noun
names: a share is not answered by a rate of change, an amount not by a sentence with no figure."""

from __future__ import annotations

from rag.extractive.gates_share import share_not_change
from rag.extractive.gates_slot import no_figure
from rag.extractive.noun_asked import amount_noun_asked, share_noun_asked
from tests.test_extractive import decision

FILLER = ("The market grew fast in 2024.", "Robots spread across factories.", "Capital flowed to chips.")


def test_bare_noun_phrases_are_read_by_their_head():
    assert share_noun_asked("Share of Zentro incidents in 2024 that were outages?")
    assert not share_noun_asked("What share of Zentro incidents were outages?")  # asked in words: _SHARE_ASKED's
    assert not share_noun_asked("Market share leaders in 2024?")
    assert amount_noun_asked("Compensation cap (Zentro) for victims of outages?")
    assert amount_noun_asked("Per-token price for the Zentro tier?")
    assert not amount_noun_asked("What fine does Zentro impose?")  # a question word: the other gates read it
    assert not amount_noun_asked("Zentro policy for victims of outages?")  # no quantity noun


def test_a_bare_share_is_not_answered_by_a_rate_of_change():
    text = "Zentro incidents reached 220 cases in 2024, marking a nearly 50% year-on-year increase."
    d = decision("Share of Zentro incidents in 2024 that were outages?", text, *FILLER)
    assert "rate of change" in (share_not_change(d) or "")
    d = decision("Share of Zentro incidents in 2024 that were outages?", "Outages accounted for 30% of Zentro incidents in 2024.", *FILLER)
    assert share_not_change(d) is None


def test_a_bare_amount_is_not_answered_by_a_sentence_with_no_figure():
    text = "Zentro released version 1.0 of its governance system, proposing countermeasures for outage victims."
    d = decision("Compensation cap for Zentro outage victims under the governance system?", text, *FILLER)
    assert no_figure(d)
    d = decision("Compensation cap for Zentro outage victims under the governance system?",
                 "Zentro caps compensation for outage victims at USD 5,000 under its governance system.", *FILLER)
    assert no_figure(d) is None


def test_a_verb_before_the_article_is_no_bare_noun_phrase():
    assert not amount_noun_asked("Describe the value of AI for banks.")  # a description is asked, no amount
    assert amount_noun_asked("The price for the Zentro tier?")
