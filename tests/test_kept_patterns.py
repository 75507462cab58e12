"""kept_patterns: a pattern built from a word is compiled once while in use, in a bounded cache, and matches
as re.compile's does; the sites that build patterns per word answer as before."""

import re

from rag.extractive.kept_patterns import KEPT, compiled
from rag.extractive.pick import stated_in
from rag.extractive.written_whole import writes_whole
from rag.extractive.years_covered import named
from ingest.figures import parse_figures


def test_compiled_is_re_compile_kept():
    p = compiled(r"\bcost\b", re.I)
    assert p is compiled(r"\bcost\b", re.I)  # kept, not compiled again
    assert p.pattern == r"\bcost\b" and p.flags & re.I
    assert compiled(r"\bcost\b") is not p  # the flags are part of the key
    assert p.search("Low COST") and not p.search("costs")


def test_cache_is_bounded():
    assert compiled.cache_info().maxsize == KEPT


def test_sites_answer_as_before():
    assert writes_whole("cost", ["the cost rose"]) and not writes_whole("cost", ["low-cost"])
    assert writes_whole("gpt-3", ["GPT-3 only"], ignore_case=True, dotted=True)
    assert not writes_whole("gpt-3", ["gpt-3.5"], dotted=True)
    assert named("sales in FY29", 2029) and not named("sales in 2028", 2029)
    figure = parse_figures("revenue of 12.5 million", with_years=False)[0]
    assert stated_in(figure, "Was it 12.5 million?") and not stated_in(figure, "Was it 112.5 million?")
