"""An average the page names: 'the average life expectancy' asked of a page that itself writes 'an
average life expectancy ... as follows' names a measure the page states, not a mean to compute from
its figures; computed_doubt reads the question without that average word."""

from __future__ import annotations

import re
from collections.abc import Iterable

# an average word and the two words after it: 'average life expectancy', 'mean exchange rates'
_AVERAGE = re.compile(r"\b(?:average|mean)\s+([A-Za-z][\w-]*)\s+([A-Za-z][\w-]*)", re.I)


def average_named(question: str, texts: Iterable[str]) -> str:
    """`question` with each average word dropped whose two following words a text writes right after
    an average word too, or before 'averaged' (the page's own name for the measure); otherwise `question` unchanged."""
    found = list(_AVERAGE.finditer(question))
    if not found:
        return question
    pages = [" ".join(t.split()) for t in texts]
    for m in reversed(found):
        one, two = re.escape(m.group(1)), re.escape(m.group(2))
        named = re.compile(rf"\b(?:average|mean)\s+{one}s?\s+{two}s?\b|"  # or the measure said to average, 'the CMRG
                           rf"\b{one}s?\s+{two}s?(?:\s+[A-Za-z][\w-]*)?\s+averaged\b", re.I)  # daily price averaged'
        if any(named.search(p) for p in pages):
            question = question[:m.start()] + question[m.start(1):]
    return question


# a figure the sentence introduces as an average: 'averaging at 70.07', 'an average of 12', 'mean: 4.1'
_AVERAGE_BEFORE = re.compile(r"\b(?:averag(?:e|ed|ing)|mean)\b(?:\s+(?:at|of|was|is|to|about|approximately|around)){0,2}"
                             r"[\s:]*[^\w\s]{0,2}$", re.I)
_AVERAGE_ASKED = re.compile(r"(?<!weighted[- ])\baverage\b|\bmean\b", re.I)


def average_figures(question: str, text: str, figures: list) -> list:
    """When the question asks an average, the figures `text` introduces with an average word
    ('ranging from 64.90 and 74.10, and averaging at 70.07'): the mean the sentence states; [] otherwise."""
    if not _AVERAGE_ASKED.search(question):
        return []
    return [f for f in figures if _AVERAGE_BEFORE.search(text[max(0, f.start - 40):f.start])]
