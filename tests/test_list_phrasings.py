"""A list asked without a question word ('Top AI companion apps?') or by the kinds of a thing ('what kinds
of research'), and a sentence naming the items after a colon kept whole when an ordinal run follows it."""

import pytest

from rag.extractive.enumeration import compose_items, enumerated, kind_asked, names_after_colon, summed_up
from rag.extractive.shape_cues import kinds_asked, noun_phrase_names
from rag.extractive.slots import parse
from tests.test_extractive import evidence

ORDINALS = ("Adoption depends on three key factors: capability alignment, quantifiable ROI, and sufficient data "
            "computing power. "
            "First, the model capabilities must closely match industry-specific needs to address practical "
            "challenges such as automated processing, intelligent forecasting, or optimized decision-making. "
            "Second, the input-output ratio must be clearly quantifiable to ensure long-term sustainability and "
            "economic benefits, which remains a critical consideration for corporate decision-makers. "
            "Finally, industries must possess adequate data resources and computing power support when handling "
            "massive datasets or performing complex computations at scale across their business.")


@pytest.mark.parametrize("question", ["Top AI companion apps?", "Limitations of mobile intelligence in the figure?",
                                      "Leading chatbots and next-gen agent products in productivity?",
                                      "Home-grown deep learning frameworks named in the white paper?"])
def test_a_noun_phrase_whose_head_is_a_plural_of_things_asks_a_list(question):
    assert noun_phrase_names(question)
    slots = parse(question)
    assert slots.shape == "list" and not slots.units


@pytest.mark.parametrize("question", ["Direction of AI coding products over time?", "Japanese AI unicorn count?",
                                      "ICBC's cost savings in yuan from its AI customer service?",
                                      "Revenues of the top three players?", "China's AI funding deal tally for 2025?",
                                      "Kling 2.0 vs Runway Gen 4 in the video arena?",
                                      "Which companies lead the segment?", "What are the main risks?"])
def test_a_noun_phrase_of_one_thing_a_measure_or_a_figure_asks_no_list_of_names(question):
    assert not noun_phrase_names(question)


def test_the_kinds_of_a_thing_asked_are_a_list_of_that_thing():
    assert kinds_asked("What kinds of research did the consultancy undertake?")
    assert parse("What types of services does the firm provide?").shape == "list"
    assert kind_asked("What types of services does the firm provide?") == "service"  # the kind, not 'type'
    assert not kinds_asked("What kind of contract is it?")  # one kind: a name, not a list
    assert not kinds_asked("What types of loans grew by 5% in 2019?")  # an amount is asked of them


def test_a_sentence_naming_items_after_a_colon():
    assert names_after_colon("It depends on three key factors: fit, quantifiable ROI, and data.")
    assert not names_after_colon("Its growth path can be divided into three stages:")
    assert not names_after_colon("Note: the figures for 2024 are estimates made by the authors of the report.")


def test_the_colon_sentence_before_an_ordinal_run_is_kept_whole_when_the_run_is_cut():
    q = "What three conditions must an industry meet?"
    ctx, _, ev = evidence(q, ORDINALS)
    second = next(e for e in ev if e.text.startswith("Second"))
    joined, parts = enumerated(ev, second, q, lambda e: True, 0.0)
    assert len(parts) == 4
    answer = compose_items(ctx, parts, joined, "extractive", 400)
    assert "sufficient data computing power." in answer.answer  # the list itself, whole
    assert "…" in answer.answer and "Finally, industries" in answer.answer  # the run's sentences share the rest


SUMMED = ("Agents act at a professional level, autonomously and end to end. "
          "Achieving professional-level performance involves specialized tasks within expert domains. "
          "Acting autonomously allows systems to operate independently of human time and attention. "
          "Delivering end-to-end results signifies the ability to generate economic value. "
          "These characteristics mark the point where models move from offering tools to delivering results.")


def test_a_sentence_referring_back_to_the_kind_asked_is_quoted_with_the_counted_sentences_before_it():
    q = "What three characteristics mark the shift from tools to results?"
    _, _, ev = evidence(q, SUMMED)
    these = next(e for e in ev if e.text.startswith("These"))
    assert [e.text.split()[0] for e in summed_up(ev, these, "characteristic", q)] == ["Achieving", "Acting", "Delivering"]
    joined, parts = enumerated(ev, these, q, lambda e: True, 0.0)
    assert parts[0].startswith("Achieving") and parts[-1].startswith("These") and len(parts) == 4


def test_no_count_or_another_kind_reads_nothing_back():
    _, _, ev = evidence("What characteristics mark the shift?", SUMMED)
    these = next(e for e in ev if e.text.startswith("These"))
    assert summed_up(ev, these, "characteristic", "What characteristics mark the shift?") == []  # how many: unknown
    assert summed_up(ev, these, "stage", "What three stages mark the shift?") == []  # another kind


def test_a_name_asked_with_a_figure_as_its_condition_is_not_led_by_that_figure():
    from rag.extractive.answerer import ExtractiveAnswerer
    from tests.test_extractive import context

    q = "Which framework captured over 30% of newly added frameworks in 2024?"
    text = "In 2024, MindSpore captured over 30% of the newly added open-source frameworks market."
    answer = ExtractiveAnswerer(threshold=0.0).answer(context(q, text))
    assert not answer.abstained and "MindSpore" in answer.answer
    assert answer.figure is None and "**over 30%" not in answer.answer  # the question's own figure leads nothing


CHART = ("Model size keeps growing with the volume of training data used by each new release.\n"
         "Model parameter scale growth trend, billion parameters\n"
         "Gemini\nERNIE\nQwQ\nDeepSeek\n"
         "Foundation model parameter scale is exponentially correlated with the volume of training data.")
BOXES = "Limitations of mobile intelligence\nComputing power\nlimitations\nBandwidth\nlimitations\nMemory constraints\n"


def test_a_title_line_the_question_names_followed_by_short_labels_lists_them():
    from rag.extractive.listing import label_items
    from rag.extractive.slots import parse

    title, labels = label_items(CHART, parse("Which models does the parameter scale growth chart track?").terms)
    assert title.startswith("Model parameter scale") and labels == ["Gemini", "ERNIE", "QwQ", "DeepSeek"]
    _, boxes = label_items(BOXES, parse("What limits mobile intelligence?").terms)
    assert boxes == ["Computing power limitations", "Bandwidth limitations", "Memory constraints"]  # a label's lower-case line goes on


def test_labels_under_a_line_naming_too_little_of_the_question_or_too_few_are_no_list():
    from rag.extractive.listing import label_items
    from rag.extractive.slots import parse

    assert label_items(CHART, parse("Which vendors sell chips for training data centres in Asia?").terms) is None
    assert label_items("Model parameter scale growth trend\nGemini\nERNIE\n", parse(
        "Which models does the parameter scale growth chart track?").terms) is None  # two labels: too few


def test_labels_answer_a_list_of_names_not_an_amount_asked():
    from rag.extractive.listing import listed_under_heading
    from rag.extractive.slots import parse

    q = "Which models does the parameter scale growth chart track?"
    ctx, _, ev = evidence(q, CHART)
    listed = listed_under_heading(ctx, parse(q).terms, ev, lambda e: True, "extractive")
    assert listed is not None and listed.answer.startswith("**Gemini; ERNIE; QwQ; DeepSeek**")
    assert listed_under_heading(ctx, parse(q).terms, ev, lambda e: True, "extractive", labels=False) is None


@pytest.mark.parametrize("question", ["Patent filings in recent years?", "Financing events in China by year?",
                                      "Movements in the core industry's size?", "Shifts in toolchain shares?",
                                      "Model downloads over the past year?"])
def test_a_noun_phrase_of_counted_events_changes_or_a_run_of_periods_asks_how_it_moved_not_names(question):
    assert not noun_phrase_names(question)
    assert parse(question).shape != "list"
