from rag.extractive.duration_asked import asks_duration, no_duration
from rag.extractive.phrase_lead import answering_sentence, lead_phrase


def test_a_named_period_or_how_long_asks_a_duration():
    assert asks_duration("What is the warranty period?")
    assert asks_duration("How long is the lease term?")
    assert not asks_duration("What is the period covered by the report?")
    assert not asks_duration("What were the revenues for the period?")


def test_only_a_phrase_stating_a_duration_answers_a_period():
    q = "What is the warranty period?"
    said = "The Company warrants its products for a period of 3 years or 60,000 kilometers, whichever comes first."
    other = "Provisions for product warranties are recognized at the time of sale, based on estimates of claims."
    assert lead_phrase(q, (), (), said) == "3 years or 60,000 kilometers, whichever comes first"
    assert lead_phrase(q, (), (), other) is None
    assert answering_sentence(q, other) is None
    assert not no_duration(q, "within thirty days")
