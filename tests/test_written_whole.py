"""writes_whole: a word inside a longer word or a hyphenated compound is not written whole."""

from __future__ import annotations

from rag.extractive.written_whole import writes_whole


def test_a_word_inside_a_compound_is_not_written_whole():
    assert writes_whole("cost", ["the cost rose"]) and not writes_whole("cost", ["low-cost models", "costs"])


def test_case_counts_unless_ignored():
    assert not writes_whole("Revenue", ["net revenue"]) and writes_whole("Revenue", ["net revenue"], ignore_case=True)


def test_dotted_reads_a_version_suffix_as_part_of_the_name():
    assert writes_whole("gpt-3", ["gpt-3.5 and more"]) and not writes_whole("gpt-3", ["gpt-3.5 and more"], dotted=True)
    assert writes_whole("gpt-3", ["ended with gpt-3. then"], dotted=True)
