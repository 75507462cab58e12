"""A question about what something will become is answered by the sentence stating its future state."""

from rag.extractive.future import future_asked, states_future
from tests.test_extractive import evidence


def test_questions_asking_what_lies_ahead():
    assert future_asked("What might AI video products eventually become?")
    assert future_asked("Where are AI development platforms headed next?")
    assert not future_asked("What will speed up the spread of end-cloud collaboration?")  # a cause, not a future state
    assert not future_asked("How big was the market in 2024?")


def test_sentences_stating_a_future_state():
    assert states_future("In the future, relevant products may evolve into a real-time engine.")
    assert states_future("Platforms will further evolve toward scenario-based solutions.")
    assert not states_future("Video generation has emerged as a rapidly growing segment in 2024.")


def test_the_future_state_outscores_a_present_description():
    _, _, ev = evidence("What might video products eventually become?",
                        "Video products have the potential to become viral. In the future, video products may evolve into engines.")
    future = next(e for e in ev if e.text.startswith("In the future"))
    assert future.features.get("outlook_said") == 1.0
    assert ev[0] is future


def test_a_change_asked_is_answered_by_its_two_ends():
    assert future_asked("How is reinforcement learning changing what large models are?")
    assert states_future('It propels large models\' evolution from "language generators" to "agents".')
    assert not states_future("Reinforcement learning is used in post-training.")


def test_who_the_users_are_is_a_group_not_named_products():
    from rag.extractive.groups import asks_group
    assert asks_group("Who are the main users of AI image generation tools?")
    assert not asks_group("Who are the leading players in video generation?")
    q = "Who are the main users of image tools?"
    _, _, ev = evidence(q, "Leading tools include Midjourney, Flux and DALL-E. The primary users are designers and advertisers.")
    named = next(e for e in ev if e.text.startswith("Leading"))
    assert not named.features.get("lists_names")


def test_main_is_said_as_primary():
    from rag.query_terms import found_as_asked
    assert found_as_asked({"main"}, {"primary"}, None) == {"main"}


def test_the_words_asking_a_growth_multiple_are_no_topic_terms():
    from rag.extractive.gates import term_coverage
    from rag.extractive.slots import parse
    from tests.test_extractive import context
    q = "By how many times is the robot market expected to grow from 2023 to 2029?"
    ctx = context(q, "Robot market size: 147 in 2023; 1,413 in 2029E", "Other text about growth expected times.")
    assert term_coverage(ctx, parse(q), ctx.passages[0].chunk.text) == 1.0


def test_a_count_in_words_answers_how_many():
    from rag.extractive.count_words import counts_in_words
    assert counts_in_words("Over the past three years, the field has evolved.")
    assert counts_in_words("Enterprises run three or more models in parallel.")
    assert not counts_in_words("The field has evolved rapidly.")
    _, _, ev = evidence("Over how many years has the field evolved?",
                        "Over the past three years, the field has evolved. The field is large.")
    worded = next(e for e in ev if "three" in e.text)
    assert worded.features.get("unit_primary") == 1.0 and not worded.features.get("unit_absent")


def test_a_hyphen_joined_multiple_asks_no_multiple():
    from rag.extractive.slots import parse
    assert "multiple" not in parse("How many models run under a multiple-model strategy?").units
    assert "multiple" in parse("By how many times did revenue grow?").units


def test_later_and_confirmed_are_said_as_subsequent_and_validated():
    from rag.query_terms import found_as_asked
    from ingest.keyword import tokenize
    said = set(tokenize("validated in subsequent models"))
    assert found_as_asked(set(tokenize("later confirmed")), said, None) == set(tokenize("later confirmed"))


def test_which_market_chooses_a_market_and_asks_no_money():
    from rag.extractive.slots import parse
    assert "money" not in parse("Which market has more growth potential, consumer or enterprise?").units
    assert "money" in parse("Which market was worth USD 5 billion?").units
    assert "money" in parse("What market size is forecast for 2030?").units


def test_a_fiscal_year_form_is_a_period_not_a_topic_term():
    # 'FY18' is the year asked (the period gates check it), not a key term the passage must write
    from rag.extractive.gates import term_coverage
    from rag.extractive.slots import parse
    from tests.test_extractive import context
    q = "What was the adjustment in FY18 based on?"
    ctx = context(q, "The adjustment is based on the notes (2017/18).", "FY18 appears in other text here.")
    assert term_coverage(ctx, parse(q), ctx.passages[0].chunk.text) == 1.0


def test_the_state_a_thing_moves_towards_is_where_it_heads():
    """'Where is X heading' is answered by 'X is shifting towards Y', not by the sentence naming other names."""
    assert states_future("More recently, the trend has been shifting towards more unified capabilities.")
    assert not states_future("Early models relied on dual encoders to align inputs.")
    _, _, ev = evidence("Which way is robot control heading?",
                        "In the early stages of robot control, systems like Atlas, Spot and Digit relied on scripted motion. "
                        "More recently, the trend in robot control has been shifting towards learned policies.")
    assert ev[0].text.startswith("More recently"), [e.text for e in ev]


def test_the_verb_a_trend_question_moves_by_is_no_topic_term():
    # 'how did X move from 2023 to 2024': the passage gives both ends, it need not say 'move'
    from rag.extractive.gates import term_coverage
    from rag.extractive.slots import parse
    from tests.test_extractive import context
    q = "How did robot sales move from 2023 to 2024?"
    ctx = context(q, "Robot sales were 147 in 2023 and 210 in 2024.", "Other text: prices move.")
    assert parse(q).trend
    assert term_coverage(ctx, parse(q), ctx.passages[0].chunk.text) == 1.0
    flat = "What were robot sales move figures in 2024?"  # not a trend: the word stays a term
    assert not parse(flat).trend and term_coverage(ctx, parse(flat), ctx.passages[0].chunk.text) < 1.0


def test_a_decimal_figure_in_the_question_is_no_topic_term():
    # '67.25' is a figure, checked (or not) as figures are, like '2018': not a word the passage must write
    from rag.extractive.gates import term_coverage
    from rag.extractive.slots import parse
    from tests.test_extractive import context
    q = "Which region scoring 67.25 has more firms?"
    ctx = context(q, "The region scoring highest has 98,000 firms.", "Another region scoring 67.25 is listed.")
    assert term_coverage(ctx, parse(q), ctx.passages[0].chunk.text) == 1.0
