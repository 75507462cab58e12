"""A table row whose label negates a word of the question ('Nonvested' for 'vested', 'Unrealized'
for 'realized', 'Non-current' for 'current') holds the complement of what is asked, not it."""

from __future__ import annotations

import re
from functools import lru_cache

_NEGATED = re.compile(r"\b(?:non|un)-?([a-z]{4,})\b")
_WORD = re.compile(r"[a-z][a-z-]*")
_ROW_END = " — "  # a row sentence: 'Label — Column: figure; ...'


def _stem(word: str) -> str:
    """A word without its inflection ('vested', 'vesting', 'vests' -> 'vest'), for matching only."""
    for end in ("ing", "ed", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


def negates_asked(row_text: str, question: str) -> bool:
    """Whether the row's label holds 'non'/'un' + a word the question asks plainly, and the
    question does not itself ask the negated word ('non-current assets' asked names that row)."""
    label = row_text.split(_ROW_END, 1)[0].lower()
    if "non" not in label and "un" not in label:  # most labels: nothing negated, nothing to read
        return False
    words, plain = _asked(question)
    for m in _NEGATED.finditer(label):
        if m.group(0).replace("-", "") in words:
            continue
        if _stem(m.group(1)) in plain:
            return True
    return False


@lru_cache(maxsize=256)
def _asked(question: str) -> tuple[frozenset[str], frozenset[str]]:
    """The question's words (hyphens dropped) and their stems, read once per question."""
    words = _WORD.findall(question.lower())
    return frozenset(w.replace("-", "") for w in words), frozenset(_stem(w) for w in words)
