"""eval/voice_stress.py rewrites a question into one voice each, keeps the answers, and never copies the
held-out files or the unseen confirm halves into its stress copies."""

from __future__ import annotations

import yaml

from eval.voice_stress import articles_dropped, confirm, context_first, main, number_to_use, shorthand, synonyms, terse


def test_terse_drops_the_question_word_the_auxiliary_the_article_and_the_mark():
    assert terse("What was the global AI market size in 2024?") == "global AI market size in 2024"
    assert terse("What's the share of China?") == "share of China"
    assert terse("How many unicorns are there?") == "How many unicorns are there"  # no what/which frame: only the mark


def test_articles_dropped_keeps_a_letter_that_names_something():
    assert articles_dropped("The size of the market in a year") == "size of market in year"
    assert articles_dropped("What does Company A do in Q&A?") == "What does Company A do in Q&A?"


def test_number_to_use_only_rewrites_a_figure_asked_with_what_is():
    assert number_to_use("What was the market size in 2024?", "money") == \
        "What's the number I should use for market size in 2024?"
    assert number_to_use("What was the market size in 2024?", "text") == "What was the market size in 2024?"
    assert number_to_use("How big is the market?", "money") == "How big is the market?"


def test_main_writes_one_copy_per_voice_without_held_out_or_confirm_questions(tmp_path):
    main(str(tmp_path))
    copies = sorted(p.name for p in tmp_path.glob("stress-*.yaml"))
    assert copies == [f"stress-{v}.yaml" for v in "abcdefghio"]
    original = yaml.safe_load((tmp_path / "stress-o.yaml").read_text())["questions"]
    lowered = yaml.safe_load((tmp_path / "stress-d.yaml").read_text())["questions"]
    assert original and len(original) == len(lowered)
    ids = {q["id"] for q in original}
    assert not any(i.startswith(("d27-", "d30-", "d32-", "h")) for i in ids)
    assert all(q["split"] == "dev" for q in original if "split" in q)
    assert [q["expected"] for q in original] == [q["expected"] for q in lowered]
    assert all(q["question"] == q["question"].lower() for q in lowered)


def test_context_first_and_confirm_wrap_the_question():
    assert context_first("How many?") == "I'm writing a memo on this sector. How many?"
    assert confirm("What was the market size in 2024?") == "Can you confirm the market size in 2024?"
    assert confirm("What was Company E's share?") == "Can you confirm Company E's share?"
    assert confirm("How big is it?") == "How big is it?"


def test_shorthand_and_synonyms_rewrite_lower_case_words_only():
    assert shorthand("The market grew 5 billion year-on-year") == "The mkt grew 5 bn y/y"
    assert synonyms("Which companies lead by revenue?") == "Which firms lead by turnover?"
    assert synonyms("Companies D and E in the Global Market") == "Companies D and E in the Global Market"
