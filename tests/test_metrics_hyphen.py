"""The matcher reads a gold phrase copied across a line break ('low- latency') as ingest reads it."""

from eval.metrics import text_in


def test_a_phrase_hyphenated_across_a_line_break_matches_the_joined_word():
    assert text_in("low- latency interaction", "device models ensure low-latency interaction, forming")
    assert text_in("infra- structure", "new infrastructure")
    assert not text_in("low- latency interaction", "device models ensure low latency")
