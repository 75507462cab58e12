"""A list asked by the kind of its items is answered by the sentence announcing that kind read on, or by
the ordinal sentences naming the items one by one; a count of a plural in words asks a list."""

from rag.extractive.answerer import ExtractiveAnswerer
from rag.extractive.enumeration import announces_kind, compose_items, enumerated, kind_asked, ordinal_run
from rag.extractive.shape_cues import counted_items_asked
from rag.extractive.slots import parse
from tests.test_extractive import context, evidence

STAGES = ("The market rests on three pillars: policy, technology and scenarios. "
          "Its growth path can be divided into three stages:\n"
          "The initial phase was built on core technologies; the rapid growth phase saw wide deployment; "
          "and the final stage marks human and machine symbiosis.")
ORDINALS = ("Adoption depends on three key factors: fit, return and data. "
            "First, the model must closely match industry-specific needs in daily work. "
            "Second, the input-output ratio must be clearly quantifiable for decision makers. "
            "Finally, industries must possess data resources and computing power at scale. "
            "In summary, only these three elements together drive efficient application.")


def test_the_kind_asked_is_the_plural_after_the_question_word_and_its_count():
    assert kind_asked("What are the three stages of the growth path?") == "stage"
    assert kind_asked("What three conditions must an industry meet?") == "condition"
    assert kind_asked("What does the report include?") is None
    assert kind_asked("How big was the market in 2024?") is None


def test_an_announcement_of_the_kind_asked_is_told_from_one_naming_its_items():
    assert announces_kind("Its growth path can be divided into three stages:", "stage")
    assert announces_kind("The sector faces several key challenges.", kind_asked("What are the challenges?"))
    assert not announces_kind("It depends on three key factors: fit, return and data.", "factor")  # names them
    assert not announces_kind("The market rests on three pillars.", "stage")  # another kind


def test_a_count_of_a_plural_in_words_asks_a_list():
    assert counted_items_asked("What three conditions must an industry meet for efficient use?")
    assert parse("What three conditions must an industry meet for efficient use?").shape == "list"
    assert not counted_items_asked("What three companies hold a 30% share?")  # an amount of them is asked
    assert not counted_items_asked("What was revenue in 2024?")


def test_the_announcement_of_the_kind_asked_is_read_on_into_its_items():
    q = "What are the three stages of the growth path?"
    _, _, ev = evidence(q, STAGES)
    pillars = next(e for e in ev if "pillars" in e.text)
    joined, parts = enumerated(ev, pillars, q, lambda e: True, 0.0)
    assert parts[0].startswith("Its growth path") and "final stage" in joined.text and "pillars" not in joined.text


def test_an_ordinal_run_is_quoted_whole_from_a_sentence_summing_it_up():
    q = "What conditions must an industry meet?"
    _, _, ev = evidence(q, ORDINALS)
    summary = next(e for e in ev if e.text.startswith("In summary"))
    assert [e.text.split(",")[0] for e in ordinal_run(ev, summary)] == ["First", "Second", "Finally"]
    joined, parts = enumerated(ev, summary, q, lambda e: True, 0.0)
    assert parts[0].startswith("Adoption depends") and len(parts) == 4 and "In summary" not in joined.text
    second = next(e for e in ev if e.text.startswith("Second"))
    assert len(ordinal_run(ev, second)) == 3
    assert ordinal_run(ev, next(e for e in ev if e.text.startswith("Adoption"))) == []  # before the run: none


def test_the_items_are_quoted_without_a_bold_lead_each_cut_to_its_share():
    q = "What conditions must an industry meet?"
    ctx, _, ev = evidence(q, ORDINALS)
    joined, parts = enumerated(ev, ev[0], q, lambda e: True, 0.0)
    answer = compose_items(ctx, parts, joined, "extractive", 200)
    assert "**" not in answer.answer and len(answer.answer) <= 200 and answer.figure is None
    assert "First, the model" in answer.answer and "Finally, industries" in answer.answer


def test_a_list_question_is_answered_with_the_ordinal_run():
    q = "What three conditions must an industry meet?"
    answer = ExtractiveAnswerer(threshold=0.0).answer(context(q, ORDINALS))
    assert "Second, the input-output ratio" in answer.answer and "**" not in answer.answer


def test_a_best_sentence_naming_its_items_is_kept_over_an_ordinal_run():
    q = "What factors does adoption depend on?"
    _, _, ev = evidence(q, ORDINALS)
    named = next(e for e in ev if e.text.startswith("Adoption"))
    assert enumerated(ev, named, q, lambda e: True, 0.0) is None


def test_items_that_fit_are_quoted_whole():
    q = "What are the three stages of the growth path?"
    ctx, _, ev = evidence(q, STAGES)
    joined, parts = enumerated(ev, ev[0], q, lambda e: True, 0.0)
    answer = compose_items(ctx, parts, joined, "extractive", 600)
    assert "…" not in answer.answer and "final stage marks" in answer.answer
