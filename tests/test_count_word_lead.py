from rag.extractive.count_words import count_word_asked


def test_how_many_led_by_the_count_written_in_words():
    s = "In fiscal 2019 and 2018, the Board of Directors declared four cash dividends of $0.40 per share each."
    assert count_word_asked("How many cash dividends were declared in fiscal 2018 and 2019?", s) == "four"


def test_a_count_of_something_else_is_no_lead():
    s = "The Board declared four cash dividends in the year."
    assert count_word_asked("How many employees did the company have?", s) is None


def test_two_different_counts_of_the_thing_asked_lead_nothing():
    s = "It opened three stores in Europe and five stores in Asia."
    assert count_word_asked("How many stores did it open?", s) is None


def test_not_a_count_question():
    assert count_word_asked("What were the dividends?", "It declared four cash dividends.") is None


def test_the_question_s_verb_is_not_the_thing_counted():
    # 'how many employees were hired': 'were' begins the verb; 'Three were promoted' counts no employees hired
    assert count_word_asked("How many employees were hired?", "Three were promoted in the year.") is None
    assert count_word_asked("How many employees were hired?", "It hired three employees.") == "three"
