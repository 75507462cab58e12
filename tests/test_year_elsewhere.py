"""A doubted lead dated another year, refused when its passage writes the year asked only of another measure
(year_elsewhere.py), on the smallest input, without the embedding model."""

from __future__ import annotations

from rag.extractive.slots import parse
from rag.extractive.year_elsewhere import year_only_elsewhere

PASSAGE = ("In 2024, China generated 41.06 ZB of data but stored only 2.09 ZB. "
           "Storage capacity is projected to rise from 640 EB in 2020 to 1,800 EB by 2025.")


def test_a_year_written_only_of_another_measure_is_refused():
    why = year_only_elsewhere(parse("How much data did China generate in 2025?"), PASSAGE, "claim_year_other")
    assert why is not None and "2025" in why


def test_a_year_written_with_the_measure_asked_is_not():
    said = PASSAGE + " China is expected to generate 56 ZB of data in 2025."
    assert year_only_elsewhere(parse("How much data did China generate in 2025?"), said, "claim_year_other") is None


def test_only_a_doubt_about_the_year_is_turned_into_a_refusal():
    slots = parse("How much data did China generate in 2025?")
    assert year_only_elsewhere(slots, PASSAGE, "subject_missing") is None
    assert year_only_elsewhere(slots, PASSAGE, None) is None
    # no single year asked: nothing to look for
    assert year_only_elsewhere(parse("How much data did China generate?"), PASSAGE, "year_other") is None


def test_a_passage_never_writing_the_year_asked_is_not_this_rule():
    # the rule is for a year written only of another measure; a year written nowhere is the years check's
    unwritten = "In 2024, China generated 41.06 ZB of data but stored only 2.09 ZB."
    assert year_only_elsewhere(parse("How much data did China generate in 2025?"), unwritten, "claim_year_other") is None
