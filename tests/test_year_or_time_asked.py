"""A year or a time asked is read once (answer_kind.asks_year into Slots.year_asked): 'when' opening a clause or
a year the asking word names asks one; a 'when' inside a clause sets a condition, and 'year-on-year' asks a rate."""
from rag.extractive.answer_kind import asks_year
from rag.extractive.slots import parse


def test_when_opening_a_clause_asks_a_time():
    assert asks_year("When will the market exceed USD 5 trillion?")
    assert asks_year("Since when has RLHF been an industry standard, per CIC?")
    assert asks_year("Per the report, when will agents handle year-long tasks?")
    assert asks_year("Meta open-source timeline in 2023: what came when?")


def test_a_when_inside_a_clause_sets_a_condition():
    assert not asks_year("By how much does accuracy drop when task steps exceed 10 layers?")
    assert not asks_year("Why can agents complete long-horizon tasks when chatbots cannot?")


def test_a_year_the_asking_word_names():
    assert asks_year("In which fiscal year did revenue peak?")
    assert asks_year("Which is the first year whose bar passes 1,000?")
    assert asks_year("First year the market passes USD 1 trillion")
    assert not asks_year("What was the year-on-year growth of the market in 2024?")
    assert not asks_year("What was the revenue in fiscal year 2019?")


def test_the_slot_holds_the_reading():
    assert parse("When will the market reach 2,463.2 billion yuan?").year_asked
    assert not parse("What was the market size in 2026?").year_asked


def test_when_the_verb_follows_inverted_asks_a_time_wherever_it_stands():
    assert asks_year("The market grew 5% in 2023, and when will it reach 10%?")
    assert asks_year("According to CIC when will the market exceed 1 trillion?")
    assert asks_year("X reaches 50% when.")
    assert not asks_year("What happens to margins when there is a price war?")
    assert not asks_year("How does cost change when it is deployed on edge?")


def test_a_contracted_or_conditional_asking_word_names_a_year():
    assert asks_year("What's the first year the market passes USD 1 trillion?")
    assert asks_year("Which would be the first year sales exceed 1,000?")
    assert not asks_year("Which year-end figure was highest?")
