"""A sentence pointing back to the one before; the last of a top-N list as rank N."""

from rag.extractive.anaphora import refers_back, said_with_antecedent
from rag.extractive.rank_words import last_of_top
from rag.extractive.slots import parse


def test_a_bare_definite_subject_or_pronoun_before_the_verb_points_back():
    assert refers_back("The market is expected to grow from RMB 8.5B in 2025.")
    assert refers_back("This evolutionary trend will drive market expansion.")
    assert refers_back("It grew 5% in 2024.")
    assert not refers_back("The market size of the robot industry is expected to expand.")
    assert not refers_back("The global market reached USD 600 billion.")


class _E:
    def __init__(self, p, i, text):
        self.passage_index, self.sentence_index, self.text = p, i, text


def test_a_pointing_back_sentence_is_read_with_the_one_before():
    before, back, other = _E(0, 0, "AI Agents bridge models and apps."), _E(0, 1, "The market is expected to grow."), \
        _E(1, 1, "The market is expected to fall.")
    assert said_with_antecedent([before, back, other], back) == "AI Agents bridge models and apps. The market is expected to grow."
    assert said_with_antecedent([before, back, other], other) == other.text  # no sentence before it retrieved


def test_the_last_of_the_top_n_is_rank_n():
    assert last_of_top("Which model comes last in the top ten of the arena?") == 10
    assert last_of_top("Who is at the bottom of the top 5?") == 5
    assert last_of_top("Which model is in the top ten?") is None
    assert parse("Which model comes last in the top ten of the June 2025 video arena?").rank == 10



def test_a_pointing_back_sentence_takes_the_names_and_terms_of_the_one_before():
    from tests.test_extractive import evidence
    text = "AI Agents bridge the model and application layers. The market is expected to grow from RMB 8.5B in 2025."
    _, _, ev = evidence("How is the AI Agent market expected to develop?", text)
    grow = next(e for e in ev if e.text.startswith("The market"))
    assert grow.features.get("names", 0.0) == 1.0
    _, _, ev2 = evidence("How is the AI Agent market expected to develop?",
                         "AI Agents bridge the model and application layers. The robot market is expected to grow from RMB 8.5B in 2025.")
    plain = next(e for e in ev2 if e.text.startswith("The robot market"))
    assert plain.features.get("names", 0.0) == 0.0  # 'the robot market': a subject of its own
    assert grow.features["overlap"] > plain.features["overlap"]


def test_a_term_said_in_another_word_counts_toward_coverage():
    from tests.test_extractive import context
    from rag.extractive.gates import term_coverage
    ctx = context("Which country has the largest share of the world's AI companies?",
                  "The U.S. led with 34% of global AI companies.")
    slots = parse(ctx.question)
    assert term_coverage(ctx, slots, ctx.passages[0].chunk.text) >= 0.5
