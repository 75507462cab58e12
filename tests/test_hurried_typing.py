"""A hurriedly typed question read as the question it is (hurried_typing.py)."""

from rag.hurried_typing import corrected, corrected_word, with_apostrophes

_NOTHING = lambda word: False  # noqa: E731


def test_a_misspelt_question_word_is_corrected_to_the_closed_list_only():
    assert corrected("Waht is the X acording to Y betwen thier tehre", _NOTHING) == \
        "What is the X according to Y between their there"
    assert corrected_word("marekt", _NOTHING) is None  # a topic's word: not on the list


def test_an_english_word_or_a_word_the_reports_write_is_not_corrected():
    for typed in ("dose", "were", "three", "form"):
        assert corrected_word(typed, _NOTHING) is None
    assert corrected_word("acording", lambda word: word == "acording") is None


def test_an_apostrophe_is_given_back_only_to_a_name_the_reports_write():
    is_name = lambda name: name in ("Company E", "Nvidia", "GPU", "I")  # noqa: E731
    times = {"is": 9, "gpus": 3, "company e's": 2, "nvidia's": 4, "nvidias": 1}.get  # noqa: E731
    written = lambda low: times(low, 0)  # noqa: E731
    assert with_apostrophes("What is Company Es share", is_name, written) == "What is Company E's share"
    assert with_apostrophes("Nvidias revenue", is_name, written) == "Nvidia's revenue"  # the possessive outnumbers
    assert with_apostrophes("Is the GPUs count", is_name, written) == "Is the GPUs count"
    assert with_apostrophes("Company Fs share", is_name, written) == "Company Fs share"  # no such name


def test_a_name_after_a_capitalised_word_gets_its_apostrophe_back():
    is_name = lambda name: name in ("China", "Nvidia")  # noqa: E731
    written = {"china's": 2, "nvidia's": 4}.get  # noqa: E731
    times = lambda low: written(low, 0)  # noqa: E731
    assert with_apostrophes("In Chinas market", is_name, times) == "In China's market"
    assert with_apostrophes("Compare Nvidias revenue", is_name, times) == "Compare Nvidia's revenue"


def test_a_word_less_its_last_letter_is_no_typo():
    assert corrected_word("compare", _NOTHING) is None  # 'compared' less its 'd' is a word of its own
