"""Alternatives each naming an owner and its own measure ('A's downloads or B's joint developers'): each
owner's figure comes from a sentence naming that measure; figures of different years or currencies are shown
with no lead. Smallest inputs, no model."""

from __future__ import annotations

from rag.extractive.alt_figures import measure_said, owned_measures
from rag.extractive.choice import alternatives, answer_choice
from tests.test_extractive import evidence

Q = "Which number is bigger: Tongyi Lingma's downloads or PaddlePaddle + ERNIE's joint developers?"
A = "Alibaba's Tongyi Lingma plug-in has exceeded 15M downloads, with over 3B lines of code adopted."
B = "PaddlePaddle + ERNIE has over 21M joint developers, enhancing performance."


def test_owners_and_measures_are_split_at_the_possessive():
    assert owned_measures(("Tongyi Lingma's downloads", "PaddlePaddle + ERNIE's joint developers")) == (
        ("Tongyi Lingma", "PaddlePaddle + ERNIE"), ("downloads", "joint developers"))
    assert owned_measures(("UK", "Israel")) is None
    # a bare name after the first takes its measure ('China's unicorn count compared with India's')
    assert owned_measures(("China's AI unicorn count", "India")) == (("China", "India"), ("AI unicorn count",) * 2)
    assert owned_measures(("OpenAI's o1 model", "Google's Gemini")) is None  # names, not measures
    assert owned_measures(("ElevenLabs' Turbo v2.5", "Kokoro")) is None


def test_a_measure_is_said_in_any_form():
    assert measure_said(B, "joint developers") and not measure_said(B, "downloads")
    assert measure_said("China: 70-75 AI unicorns.", "AI unicorn count")  # 'count' is said by the figure


def test_an_article_after_or_is_not_the_second_alternative():
    alt = alternatives("Was China's or the U.S.'s share of global AI companies larger in 1H 2024?")
    assert alt is not None and alt.names == ("China", "U.S.")


def test_an_alternative_naming_a_country_is_found_in_its_other_forms():
    ctx, slots, ev = evidence("Which country had more AI companies: the United States or China?",
                              "Of global AI companies, 34% were in the U.S., and 15% were in China.")
    a = answer_choice(ctx, slots, ev, "extractive")
    assert a is not None and a.figure == "United States" and "China: 15%" in a.answer


def test_each_owner_takes_the_figure_of_a_sentence_naming_its_own_measure():
    ctx, slots, ev = evidence(Q, A, B)
    a = answer_choice(ctx, slots, ev, "extractive")
    assert a is not None and a.figure == "PaddlePaddle + ERNIE's joint developers"
    assert "Tongyi Lingma's downloads: over 15M" in a.answer and "joint developers: over 21M" in a.answer


def test_a_sentence_missing_the_owners_measure_gives_no_figure():
    other = "PaddlePaddle + ERNIE has over 21M downloads."
    ctx, slots, ev = evidence(Q, A, other)
    assert answer_choice(ctx, slots, ev, "extractive") is None


# -- figures that cannot be ranked one against another: none leads ----------------------------------------


def test_figures_of_different_years_are_shown_without_a_lead():
    ctx, slots, ev = evidence("Which had more users, Acme or Beta?", "In 2023, Acme had 5 million users.",
                              "In 2024, Beta had 7 million users.")
    a = answer_choice(ctx, slots, ev, "extractive")
    assert a is not None and a.figure is None and "**" not in a.answer and "different years" in a.answer
    assert "Acme: 5 million" in a.answer and "Beta: 7 million" in a.answer


def test_figures_in_different_currencies_are_shown_without_a_lead():
    ctx, slots, ev = evidence("Which raised more, Acme or Beta?", "Acme raised USD 5 billion.", "Beta raised RMB 20 billion.")
    a = answer_choice(ctx, slots, ev, "extractive")
    assert a is not None and a.figure is None and "different currencies" in a.answer


def test_figures_of_one_year_still_lead():
    ctx, slots, ev = evidence("Which had more users, Acme or Beta?", "In 2024, Acme had 5 million users.",
                              "In 2024, Beta had 7 million users.")
    a = answer_choice(ctx, slots, ev, "extractive")
    assert a is not None and a.figure == "Beta"


# -- how a question names its alternatives ---------------------------------------------------------------


def test_alternatives_set_off_by_commas_mid_question():
    alt = alternatives("Which of the two, Kokoro 82M v1.0 or Microsoft Azure Neutral, has the higher Arena ELO?")
    assert alt is not None and alt.names == ("Kokoro 82M v1.0", "Microsoft Azure Neutral")


def test_a_leading_clause_before_the_question_proper():
    alt = alternatives("In 2024, did urban or rural residents' per capita income grow faster?")
    assert alt is not None and alt.names == ("urban", "rural")
    assert alternatives("In 2024, how many deals were there?") is None


def test_sides_ending_in_the_same_noun_are_named_by_the_words_before_it():
    from rag.extractive.choice import coordinated
    alt = coordinated("By November 2024, were vision models or multimodal models the larger share?")
    assert alt is not None and alt.names == ("vision", "multimodal")
    assert coordinated("Which ranks higher, Grok 4 or Claude 4?") is None


def test_a_figure_after_the_other_alternatives_word_is_not_this_ones():
    from rag.extractive.alt_figures import other_named
    assert other_named(" areas showed growth, with urban resident's spending up ", "rural", ("rural", "urban residents"))
    assert not other_named(" resident's consumption grew by ", "rural", ("rural", "urban residents"))


def test_growing_faster_compares_the_rates_not_the_levels():
    text = ("Per capita income of urban residents increased by 4.6% to RMB 54.2 thousand, while rural residents saw "
            "a 6.6% increase to reach RMB 23.1 thousand.")
    ctx, slots, ev = evidence("Did urban or rural per capita income grow faster?", text)
    a = answer_choice(ctx, slots, ev, "extractive")
    assert a is not None and a.figure == "rural" and "urban: 4.6%" in a.answer and "rural: 6.6%" in a.answer


def test_what_asking_a_comparative_names_alternatives_as_which_does():
    from rag.extractive.choice import coordinated
    assert alternatives("What is bigger, Acme or Beta?").names == ("Acme", "Beta")
    assert alternatives("What is the larger market?") is None
    # 'the number of AI unicorns in India or in the UK': each side after its preposition
    assert coordinated("What is larger, the number of AI unicorns in India or in the UK?").names == ("India", "UK")


def test_a_score_named_as_the_measure_need_not_be_said():
    ctx, slots, ev = evidence("Which is higher: Grok 4's index score or Claude 4.5 Sonnet's?",
                              "Rank: 3; Company name: X; Model: Grok 4; Index: 65\n"
                              "Rank: 4; Company name: Anthropic; Model: Claude 4.5 Sonnet; Index: 63")
    a = answer_choice(ctx, slots, ev, "extractive")
    # (session 32: owners of one measure are named as the sides, the owner leads)
    assert a is not None and a.figure == "Grok 4" and "Claude 4.5 Sonnet: 63" in a.answer
