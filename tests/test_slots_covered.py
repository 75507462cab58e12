"""slots_covered: an answer must cover every measure and every name the question asks, on every answer path."""

from rag.extractive.slots import parse_unframed
from rag.extractive.slots_covered import measure_uncovered, name_uncovered, owner_unsaid
from rag.types import Answer, Citation


def _answer(quote: str) -> Answer:
    c = Citation(1, "d", "Report", "Pub", "2025", "s", None, None, "c1", quote, quote)
    return Answer("q", "a", None, False, [c])


def test_sibling_measure_cited_is_not_the_measure_asked():
    s = parse_unframed("What combined share of 2024 model-based capital expenditure did Companies E and F hold?")
    assert measure_uncovered(s, ["ranking by model-based revenue, 2024", "company e: 2.8%"]) is not None
    assert measure_uncovered(s, ["ranking by capital expenditure, 2024", "company e: 2.8%"]) is None


def test_table_naming_no_measure_may_be_the_one_asked():
    s = parse_unframed("What was the percentage increase in modules sales from 2018 to 2019?")
    assert measure_uncovered(s, ["modules | 2019 | 2018 | 1,200 | 1,000"]) is None


def test_explanation_may_answer_a_sibling_measure_in_meaning():
    s = parse_unframed("Why does the model-based approach reduce upfront capital expenditure for users?")
    assert measure_uncovered(s, ["reducing upfront investments and revenue risk"]) is None


def test_name_the_cited_reports_never_write():
    s = parse_unframed("How did growth in disposable income differ between Thailand's urban and rural residents?")
    assert name_uncovered(s, ["urban residents in china rose 4.6%"]) == "the passages cited never name Thailand"
    assert name_uncovered(s, ["thailand's urban residents rose 4.6%"]) is None


def test_owner_left_unsaid_by_a_one_letter_company_name():
    s = parse_unframed("How does GPT-5 Codex (high) compare with xAI's Grok 4 on the index?")
    assert owner_unsaid(s, _answer("Rank: 3; Company name: X; Model: Grok 4; Index: 65")) == {"xAI"}
    assert owner_unsaid(s, _answer("Rank: 3; Company name: Google; Model: Grok 4; Index: 65")) == frozenset()


def test_capital_expenditure_and_dividends_are_measures_of_their_own():
    from rag.extractive.measures import metrics_of
    assert metrics_of("What was its 2024 capital expenditure?") == ("capex",)
    assert metrics_of("What dividend payout did it make?") == ("dividends",)


def test_first_word_owner_the_reports_never_write():
    s = parse_unframed("Sony's application areas in China's financing matrix example?")
    assert name_uncovered(s, ["sensetime in smart finance, china"]) == "the passages cited never name Sony"
    assert name_uncovered(s, ["sony in smart finance, china"]) is None
    assert name_uncovered(parse_unframed("What's the worldwide AI market worth?"), ["global ai market"]) is None


def test_name_opening_a_question_before_vs_or_after_besides():
    s = parse_unframed("Oracle vs JD.com: how are they pushing embodied intelligence?")
    assert name_uncovered(s, ["meituan and jd.com are driving innovation"]) == "the passages cited never name Oracle"
    s = parse_unframed("Besides Toyota, which company has two entries in the speech model table?")
    assert name_uncovered(s, ["company name: elevenlabs"]) == "the passages cited never name Toyota"
    assert name_uncovered(s, ["company name: toyota; company name: elevenlabs"]) is None
    s = parse_unframed("Besides public data, what secondary sources did CIC's research draw on?")
    assert name_uncovered(s, ["cic drew on industry associations"]) is None


def test_a_time_owning_what_follows_is_no_name():
    slots = parse_unframed("Today's market size for AI in China?")
    assert name_uncovered(slots, ["the ai market size in china was rmb 5b"]) is None


def test_first_word_of_an_owning_name_run_is_a_name():
    s = parse_unframed("Mistral Large 2.5 Pro's position and score in the index?")
    assert name_uncovered(s, ["rank: 7; company name: google; model: gemini 2.5 pro; index: 60"]) is not None
    s = parse_unframed("Gemini 2.5 Pro's position and score in the index?")
    assert name_uncovered(s, ["rank: 7; company name: google; model: gemini 2.5 pro; index: 60"]) is None


def test_a_request_verb_opening_an_owning_run_is_no_name():
    s = parse_unframed("Name China's AI financing hubs.")
    assert name_uncovered(s, ["china's ai financing hubs are beijing, shenzhen and shanghai"]) is None
    s = parse_unframed("Xiaomi China's AI financing hubs?")
    assert name_uncovered(s, ["china's ai financing hubs are beijing, shenzhen and shanghai"]) is not None
