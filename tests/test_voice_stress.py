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
    assert copies == sorted(f"stress-{v}.yaml" for v in "abcdefghijklmnopqr")
    original = yaml.safe_load((tmp_path / "stress-o.yaml").read_text())["questions"]
    lowered = yaml.safe_load((tmp_path / "stress-d.yaml").read_text())["questions"]
    assert original and len(original) == len(lowered)
    ids = {q["id"] for q in original}
    assert not any(i.startswith(("d27-", "d30-", "d32-", "d34-", "d36-", "d38-", "d40-", "d42-", "h")) for i in ids)
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


def test_fact_check_quotes_the_expected_figure_or_one_times_one_and_a_half():
    from eval.voice_stress import fact_check
    q = "What was the market size in 2024?"
    assert fact_check(q, ["615.7 billion"], True, 0) == "Is it right that the market size in 2024 was 615.7 billion?"
    assert fact_check(q, ["1,200"], False, 1) == "Some say the market size in 2024 was 1,800; is that right?"
    assert fact_check("How big was Acme's round, per CIC?", ["USD 6.0B"], False, 0) == \
        "Is it right that Acme's round was USD 9.0B, per CIC?"
    assert fact_check(q, ["a", "b"], True, 0) == q and fact_check("Which is higher, A or B?", ["5"], True, 0) != ""


def test_student_wraps_why_how_and_what_it_means():
    from eval.voice_stress import student
    assert student("Why did costs fall?") == "Explain to me why did costs fall"
    assert student("How does X work?") == "Can you help me understand how does X work"
    assert student("What does API mean in the glossary?") == "I don't get what API means in the glossary"
    assert student("How many firms?") == "How many firms?"


def test_executive_asks_yes_no_quoting_the_figure_or_the_label():
    from eval.voice_stress import executive
    q = "What was the market size in 2024?"
    assert executive(q, ["615.7 billion"], 0) == "Was the market size in 2024 615.7 billion?"
    assert executive(q, ["20%"], 1) == "Did the market size in 2024 pass 10%?"
    assert executive(q, ["20%"], 2) == "Does the report put the market size in 2024 above 30%?"
    assert executive("Which is the largest company?", ["Company A"], 0) == "Is Company A the largest company?"
    assert executive(q, ["a", "b"], 0) == q


def test_hurried_forwarded_ballpark_and_put_last_keep_the_question():
    from eval.voice_stress import ballpark, forwarded, hurried, put_last
    assert hurried("What's Company E's share, according to CIC? How many?") == \
        "Whats Company Es share, acording to CIC? Hw many"
    assert forwarded("What is X?", 1) == "Quick one from the board: What is X?"
    assert ballpark("How many firms?", "count", 1) == "Ballpark, how many firms?"
    assert ballpark("Why did X fall?", "none", 0) == "Why did X fall?"
    assert put_last("What was the market size in 2024?", 0) == "The market size in 2024 — what was it?"
    assert put_last("What was the market size in 2024?", 1) == "The market size in 2024, please."
