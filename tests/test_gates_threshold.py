"""A year asked for a threshold, a stated duration or an expected change needs a lead sentence
that reaches it: a lower value, another duration or a state already reached dates else."""
from types import SimpleNamespace

from rag.extractive.slots import parse
from rag.extractive.gates_threshold import due_not_said, expected_not_said, measure_unmet, threshold_asked, threshold_unmet


def _d(question: str, sentence: str, overlap: float = 0.5) -> SimpleNamespace:
    return SimpleNamespace(slots=parse(question),
                           best=SimpleNamespace(text=sentence, features={"overlap": overlap}))


def test_the_threshold_is_read_only_when_a_year_is_asked():
    assert threshold_asked(parse("When is the urbanization rate expected to exceed 75%?")).value == 75.0
    assert threshold_asked(parse("In which year will the market first exceed USD 5 trillion?")).value == 5e12
    assert threshold_asked(parse("Did the market exceed USD 5 trillion?")) is None


def test_a_sentence_below_the_threshold_does_not_date_the_crossing():
    q = "In which year will the global AI market first exceed USD 5 trillion?"
    assert threshold_unmet(_d(q, "The market is projected to exceed USD 2.6 trillion by 2030.")) is not None
    assert threshold_unmet(_d("When is the rate expected to exceed 75%?", "The rate stood at 67.0% in 2024.")) is not None


def test_a_sentence_reaching_the_threshold_dates_it():
    q = "When did the market exceed USD 100 billion?"
    assert threshold_unmet(_d(q, "The market exceeded USD 120 billion in 2023.")) is None
    assert threshold_unmet(_d("When is the rate expected to exceed 75%?", "It will reach 76% by 2030.")) is None


def test_a_noun_at_other_durations_does_not_date_the_duration_asked():
    q = "In which year will agents first handle year-long tasks?"
    assert measure_unmet(_d(q, "Agents will handle 2-3-hour tasks by 2026, and one-month tasks within five years.")) is not None
    assert measure_unmet(_d(q, "Agents will handle year-long tasks by 2030.")) is None
    assert measure_unmet(_d(q, "Agents will handle tasks by 2030.")) is None


def test_an_expected_change_needs_a_sentence_saying_something_ahead():
    q = "When is X expected to become the market leader?"
    assert expected_not_said(_d(q, "X was the market leader in 2024.")) is not None
    assert expected_not_said(_d(q, "X is expected to become the leader by 2027.")) is None
    assert expected_not_said(_d("When did X become the leader?", "X was the market leader in 2024.")) is None


def test_a_thing_asked_as_due_needs_a_sentence_saying_something_ahead():
    q = "Which version of the governance system is due by the end of the decade?"
    assert due_not_said(_d(q, "The committee released version 1.0 of the system.")) is not None
    assert due_not_said(_d(q, "Version 2.0 is expected by 2030.")) is None
    assert due_not_said(_d("Why will the market grow?", "Labour services open a broader market.")) is None


def test_a_bare_will_is_answered_by_a_sentence_saying_every_key_term():
    q = "Which applications will chatbots pave the way for?"
    said = "Chatbots pave the way for applications such as customer service."
    assert due_not_said(_d(q, said, overlap=1.0)) is None
    assert due_not_said(_d(q, "Chatbots serve customers.", overlap=0.6)) is not None
    assert due_not_said(_d("Which version is due next year?", "Version 1.0 was released.", overlap=1.0)) is not None


def test_due_to_a_cause_asks_no_thing_due():
    q = "Which indicator took a plunge in 2020 due to covid-19?"
    assert due_not_said(_d(q, "Real GDP growth took a plunge in 2020 due to the covid-19.")) is None
    assert due_not_said(_d("Which model is due to be released?", "The model was released in 2024.")) is not None


def test_a_sentence_with_no_figure_of_the_unit_dates_no_lower_value():
    q = "In which year did urban residents first exceed 940 million?"
    assert threshold_unmet(_d(q, "Population and urbanization figures have far-reaching implications.")) is None
    assert threshold_unmet(_d(q, "Urban residents reached 902.2 million in 2020.")) is not None


def test_a_figure_in_another_currency_is_not_a_lower_value():
    q = "In which year will revenue first exceed RMB 20 billion?"
    assert threshold_unmet(_d(q, "Revenue reached USD 4 billion in 2024.")) is None
    assert threshold_unmet(_d(q, "Revenue reached RMB 14 billion in 2024.")) is not None
