"""gates_ordinal: an item asked by its ordinal is not answered by evidence counting fewer such items,
nor by a sentence naming neither its kind nor any item the question does not name."""

from rag.extractive.gates_ordinal import counts, not_that_item, ordinal_asked

FOURTH = "What fourth pillar does the initiative rest on?"
LISTED = "The initiative is anchored on three pillars: policy, technology and applications."


def test_an_ordinal_before_a_noun_asks_an_item():
    assert ordinal_asked(FOURTH) == (4, "pillar")
    assert ordinal_asked("Which release is the sixth technological leap in the chart?") == (6, "leap")


def test_ranks_and_periods_are_not_items():
    assert ordinal_asked("Which company ranks third in the ranking?") is None
    assert ordinal_asked("Who is the second largest vendor?") is None
    assert ordinal_asked("What was revenue in the third quarter?") is None
    assert ordinal_asked("How many points separate the first and tenth models?") is None


def test_counts_read_words_and_digits():
    assert counts(LISTED, "pillar") == [3]
    assert counts("It has 5 key drivers.", "driver") == [5]


def test_fewer_items_counted_refuse():
    assert not_that_item(LISTED, LISTED, FOURTH, 0) == "the report names 3 pillars, not a fourth"


def test_enough_items_counted_answer():
    assert not_that_item(LISTED, LISTED, "What is the third pillar the initiative rests on?", 0) is None


def test_a_sentence_without_the_kind_refuses():
    lead = "China advances integration through the national initiative."
    assert not_that_item(lead, lead, FOURTH, 1) == "the evidence names no fourth pillar"


def test_the_ordinal_written_answers():
    lead = "The fourth pillar is talent."
    assert not_that_item(lead, lead, FOURTH, 0) is None


def test_only_the_item_the_question_names_refuses():
    question = "Which release is the sixth leap, after GPT-4o?"
    lead = "GPT-4o facilitated a new surge in adoption."
    passage = lead + " Each leap climbs a new curve."
    assert not_that_item(lead, passage, question, 0) is not None
    assert not_that_item("GPT-5 is the next leap.", passage, question, 1) is None


def test_a_name_after_the_kind_is_not_the_kind():
    assert ordinal_asked("What is the third pillar China's initiative is anchored on?") == (3, "pillar")


def test_a_count_glued_to_its_list_is_read():
    assert counts("anchored on three pillarspolicy guidance, technology", "pillar") == [3]
