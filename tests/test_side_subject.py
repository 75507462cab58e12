"""A comparison asked in words answered by a sentence about each side, not one naming both in passing."""

from rag.extractive.features import Evidence
from rag.extractive.side_subject import other_subject, side_subject, subject_side

_Q = "Alpha vs Beta: what does each do best?"


def _ev(i: int, text: str, score: float) -> Evidence:
    return Evidence(0, i, text, [], set(), set(), False, True, score=score)


def test_the_subject_is_the_side_the_sentence_opens_with():
    asked = (frozenset({"alpha"}), frozenset({"beta"}))
    assert subject_side("- Within typical models, Alpha excels at speed.", asked) == 0
    assert subject_side("Beta is known for style.", asked) == 1
    assert subject_side("Examples include Alpha, Gamma and Beta.", asked) is None


def test_a_sentence_naming_both_in_passing_gives_way_to_each_sides_own():
    listing, a, b = _ev(0, "Examples include Alpha, Gamma and Beta.", 1.0), \
        _ev(1, "Alpha excels at speed.", 0.8), _ev(2, "Beta is known for style.", 0.7)
    evidence = [listing, a, b]
    assert side_subject(_Q, evidence, listing, lambda e: True) is a
    assert other_subject(_Q, evidence, a) is b


def test_nothing_changes_when_one_side_has_no_sentence_of_its_own():
    listing, a = _ev(0, "Examples include Alpha, Gamma and Beta.", 1.0), _ev(1, "Alpha excels at speed.", 0.8)
    assert side_subject(_Q, [listing, a], listing, lambda e: True) is None
    assert other_subject(_Q, [listing, a], a) is None


def test_a_best_sentence_naming_neither_side_stays():
    general, a, b = _ev(0, "Performance improves with scale.", 1.0), \
        _ev(1, "Alpha excels at speed.", 0.8), _ev(2, "Beta is known for style.", 0.7)
    assert side_subject(_Q, [general, a, b], general, lambda e: True) is None


def test_sides_told_apart_by_figures_have_no_subject():
    assert subject_side("45.99 is the score of one region.", (frozenset({"45.99"}), frozenset({"45.93"}))) is None


def _names(*names: str):
    from rag.extractive.question_names import entities_of
    return entities_of(list(names))


def test_sides_named_by_places_are_found_in_any_form():
    from rag.extractive.side_subject import named_pair
    q = "What do U.S. and Chinese AI unicorns focus on, respectively?"
    pair = named_pair(q, _names("U.S", "Chinese"))
    assert pair is not None
    assert subject_side("China followed with 70, focusing on deployment.", (frozenset(), frozenset()), pair) == 1
    assert subject_side("The U.S. led with 160, dominated by chips.", (frozenset(), frozenset()), pair) == 0
    # a chart's data label names its side but says nothing of it in words
    assert subject_side("China: 70 AI unicorns.", (frozenset(), frozenset()), pair) is None


def test_a_name_written_without_its_hyphen_is_the_same_side():
    from rag.extractive.side_subject import named_pair
    pair = named_pair("DALL-E 3 vs Stable Diffusion: what does each do best?", _names("DALL-E", "Stable", "Diffusion"))
    assert pair is not None
    assert subject_side("- DALLE-3 excels at language understanding.", (frozenset(), frozenset()), pair) == 0
    assert subject_side("Key examples include OpenAI's DALL-E and Stable Diffusion.", (frozenset(), frozenset()), pair) is None


def test_the_other_sides_sentence_written_beside_the_first_wins_over_a_higher_one_elsewhere():
    q = "How do Alpha and Beta differ?"
    a, far_b, near_b = _ev(0, "Alpha excels at speed.", 1.0), _ev(1, "Beta is known for style.", 0.9), \
        _ev(2, "Beta stands out for ease of use.", 0.3)
    at = {id(a): ("r", 100), id(far_b): ("r", 5000), id(near_b): ("r", 160)}
    names = _names("Alpha", "Beta")
    assert other_subject(q, [a, far_b, near_b], a, names, lambda e: at[id(e)]) is near_b
    assert other_subject(q, [a, far_b, near_b], a, names) is far_b  # unplaced: the best-scoring one, as before


def test_a_charts_data_label_gives_way_to_each_sides_own_sentence():
    from rag.extractive.side_subject import data_label
    q = "What do U.S. and Chinese AI unicorns focus on, respectively?"
    label, a, b = _ev(0, "U.S.: 160+ AI unicorns, concentrated in Silicon", 1.0), \
        _ev(1, "The U.S. led with 160, dominated by chips.", 0.9), _ev(2, "China followed with 70, focusing on deployment.", 0.8)
    assert data_label(label.text) and not data_label(a.text)
    assert side_subject(q, [label, a, b], label, lambda e: True, _names("U.S", "Chinese")) is a
    # without a sentence of the other side's own, the label stays
    assert side_subject(q, [label, a], label, lambda e: True, _names("U.S", "Chinese")) is None
