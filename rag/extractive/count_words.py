"""A count written in words ('over the past three years', 'three or more models') answers a 'how
many' question as a figure does: the figure parser reads digits only."""

from __future__ import annotations

import re

from ..number_words import cardinals

# the counts written as words, two to twelve (one reads as 'a', not a count)
_COUNT_WORDS = "|".join(cardinals(2, 12))
_WORD_COUNT = re.compile(rf"\b(?:{_COUNT_WORDS}|a dozen|dozens of)"
                         r"(?:\s+or\s+(?:more|fewer|less))?\s+(?!of\b|and\b|or\b|to\b)[a-z][a-z-]+", re.I)


def counts_in_words(text: str) -> bool:
    """Whether the sentence states a count in words followed by what it counts."""
    return _WORD_COUNT.search(text) is not None


_HOW_MANY = re.compile(r"\bhow many\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)", re.I)
# an auxiliary or modal verb: where the thing counted ends and the question's verb begins ('how many stores were ...')
_VERB = re.compile(r"(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|be|been)",
                   re.I)
_NUMBER_WORD = re.compile(rf"\b({_COUNT_WORDS})\s+([a-z][\w-]*)", re.I)


def count_word_asked(question: str, sentence: str) -> str | None:
    """For 'how many X', the number word the sentence counts X with ('declared four cash dividends' ->
    'four'): the count it states in words, which no digit figure gives; None when it counts something else."""
    m = _HOW_MANY.search(question)
    if not m:
        return None
    words = m.group(1).split()
    verb = next((i for i, w in enumerate(words) if _VERB.fullmatch(w)), len(words))
    counted = {w.lower()[:5] for w in words[:verb]}
    found = [n.group(1) for n in _NUMBER_WORD.finditer(sentence) if n.group(2).lower()[:5] in counted]
    return found[0] if len(set(w.lower() for w in found)) == 1 else None
