"""A 'non-X' figure asked is not the row of X (complement_led): the row holds its complement."""

from __future__ import annotations

from rag.extractive.complement_led import complement_led


def test_the_row_of_x_answers_no_question_of_non_x():
    assert complement_led("What was the revenue from non-online sales in 2018/19?",
                          ["Online sales (£m) — 2018/19: 1,283; 2017/18: 1,046"])
    assert complement_led("What was the total non-subscription revenue in 2020?", ["Subscription — 2020: 612,840"])


def test_the_row_of_non_x_or_a_question_without_non_is_no_doubt():
    assert complement_led("What were non-current assets in 2019?", ["Non-current assets — 2019: 5"]) is None
    assert complement_led("What were noncurrent assets in 2019?", ["Noncurrent assets — 2019: 5"]) is None
    assert complement_led("What were online sales in 2018/19?", ["Online sales (£m) — 2018/19: 1,283"]) is None


def test_a_question_asking_x_and_non_x_reads_both_rows():
    assert complement_led("What is the ratio of current to non-current deferred revenue?",
                          ["Deferred revenue (current) — 2019: 4,483"]) is None
