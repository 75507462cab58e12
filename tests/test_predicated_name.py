"""predicated_name: the name a prose sentence ranks first for a which/who question."""

from rag.extractive.predicated_name import predicated_name


def test_subject_before_the_question_words():
    assert predicated_name("Which format recorded the strongest footfall growth?",
                           "Outlet centres recorded the strongest footfall growth, benefiting from tourism.") == "Outlet centres"


def test_subject_after_an_opening_phrase():
    assert predicated_name("Which province accounted for the largest share of e-commerce exports?",
                           "By origin, Guangdong accounted for about 40% of e-commerce exports, followed by Zhejiang.") == "Guangdong"


def test_name_after_the_superlative():
    assert predicated_name("Which country had the highest per-capita wine consumption?",
                           "Per-capita consumption was highest in Portugal at 61.7 litres, followed by France.") == "Portugal"


def test_subject_holding_a_question_word_as_modifier():
    assert predicated_name("Which channel is the largest for pet food sales?",
                           "Pet shops remain the largest channel with 52% of value sales.") == "Pet shops"


def test_second_ranked_is_not_the_first():
    assert predicated_name("Which country holds the largest rare earth reserves?",
                           "Brazil holds the second-largest rare earth reserves after China.") is None


def test_no_ranking_said():
    assert predicated_name("Which segment was Quantix assigned to?",
                           "Quantix Wireless, Inc. was assigned to the Connectivity segment.") is None


def test_who_keeps_its_verb_and_a_clause_is_no_name():
    assert predicated_name("Who released LLaMA for academic research in early 2023?",
                           "Meta released LLaMA for academic research in early 2023, followed by LLaMA 2 in July.") == "Meta"


def test_ordinal_must_be_the_one_asked():
    s = "MiniMax is the tenth largest model company globally, and the second largest non-U.S. player, in revenues."
    assert predicated_name("Which company is the second largest non-U.S. player by revenues?", s) == "MiniMax"
    assert predicated_name("Which model segment is the largest?", s) is None


def test_pronoun_subject_is_no_name():
    assert predicated_name("Which markets has the team been tracking, per its introduction?",
                           "Its consultant team has been tracking the leading market trends in e-commerce.") is None


def test_superlative_of_another_measure():
    s = "MiniMax is the fourth largest pureplay model company globally, and the largest non-U.S. player, in revenues."
    assert predicated_name("Which company is fourth-largest non-U.S. player by revenue?", s) is None
