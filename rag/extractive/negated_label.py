"""A table row whose label negates a word of the question ('Nonvested' for 'vested', 'Unrealized'
for 'realized', 'Non-current' for 'current') holds the complement of what is asked, not it."""

from __future__ import annotations

import re

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
    asked = question.lower()
    words = set(_WORD.findall(asked))
    plain = {_stem(w) for w in words}
    for m in _NEGATED.finditer(label):
        whole = m.group(0)
        if whole in words or whole.replace("-", "") in {w.replace("-", "") for w in words}:
            continue
        if _stem(m.group(1)) in plain:
            return True
    return False
