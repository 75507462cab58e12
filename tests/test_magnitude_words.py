"""An amount in words ('trillions of dollars') is an amount: no_figure does not refuse it, as it does not
refuse 'billions' or 'millions'."""

from rag.extractive import gates
from tests.test_missing_slot import FILLER, decision


def test_trillions_in_words_is_an_amount():
    q = "How much GDP could Zentro agents drive?"
    d = decision(q, "Zentro agents could ultimately drive GDP of trillions of dollars.", *FILLER)
    assert gates.no_figure(d) is None
    d = decision(q, "Zentro agents could ultimately drive GDP of billions of dollars.", *FILLER)
    assert gates.no_figure(d) is None
    d = decision(q, "Zentro agents could ultimately drive GDP at scale.", *FILLER)
    assert "no figure" in (gates.no_figure(d) or "")
