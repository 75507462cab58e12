"""The compiled-pattern cache: one compile per pattern and flags, the same matches as re.compile."""

import re

from rag.extractive.regex_cache import compiled


def test_a_pattern_is_compiled_once_and_kept():
    assert compiled(r"\bgpu\b") is compiled(r"\bgpu\b")


def test_flags_are_part_of_the_key_and_matches_are_re_compiles():
    plain, folded = compiled(r"\bGPU\b"), compiled(r"\bGPU\b", re.I)
    assert plain is not folded
    assert plain.search("gpu demand") is None and folded.search("gpu demand") is not None
    assert folded.pattern == re.compile(r"\bGPU\b", re.I).pattern
