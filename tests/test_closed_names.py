"""A name typed open that the reports write closed up (rag/extractive/closed_names.py)."""

from rag.extractive.closed_names import closed_up

WORDS = {"mindspore", "paddlepaddle", "hong", "kong"}


def written(w: str) -> bool:
    return w in WORDS


def test_open_name_joined_when_reports_write_it_closed():
    assert closed_up("Which Mind Spore architecture?", written, lambda p: False) == "Which MindSpore architecture?"


def test_pair_the_reports_write_apart_is_kept():
    assert closed_up("Mind Spore users?", written, lambda p: p == "mind spore") == "Mind Spore users?"


def test_pair_whose_join_is_no_report_word_is_kept():
    assert closed_up("Hong Kong share?", written, lambda p: False) == "Hong Kong share?"
    assert closed_up("mind spore users?", written, lambda p: False) == "mind spore users?"
