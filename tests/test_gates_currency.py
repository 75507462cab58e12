from types import SimpleNamespace

from ingest.figures import parse_figures
from rag.extractive.gates_currency import currency_asked, currency_other, unit_note_only
from rag.extractive.slots import parse


def _decision(question: str, text: str):
    figs = [f for f in parse_figures(text) if f.unit != "year"]
    return SimpleNamespace(slots=parse(question), best=SimpleNamespace(text=text), figures=figs)


def test_the_currency_a_question_asks_in():
    assert currency_asked("What was China's GDP in 2024 in US dollars?") == "USD"
    assert currency_asked("How large is the market in RMB billion?") == "RMB"
    assert currency_asked("How did financing compare in yuan terms?") == "RMB"
    assert currency_asked("How much did the U.S. invest in AI?") is None  # a place, not a currency


def test_a_figure_in_another_currency_than_asked_answers_nothing():
    text = "Its nominal GDP rose to RMB 134.9 trillion in 2024."
    assert currency_other(_decision("What was China's nominal GDP in 2024 in US dollars?", text))
    assert currency_other(_decision("What was China's nominal GDP in 2024 in RMB?", text)) is None
    assert currency_other(_decision("What was China's nominal GDP in 2024?", text)) is None
    assert currency_other(_decision("What was the market in US dollars?", "It reached USD 5 billion.")) is None


def test_a_lead_that_is_only_a_unit_note_answers_nothing():
    text = "Comparison of investment scale between China and the US (100 million yuan)"
    assert unit_note_only(_decision("How much did the U.S. invest?", text))
    valued = "2,875 (100 million RMB) in 2019"
    assert unit_note_only(_decision("How much was invested in 2019?", valued)) is None  # a value with its unit note
