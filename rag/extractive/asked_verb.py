"""A phrase opening with the question's own verb ('related to exiting ...' for 'what is lease related
...?') has not yet reached the answer: the verb, and the preposition joining it, are the question's."""

from __future__ import annotations

import re

from .word_stems import stem

_OPENING_VERB = re.compile(r"^([A-Za-z]+ed)\s+(?:(?:to|into|as|by|in|on|for|from|with|of)\s+)?(?=\S)", re.I)


def past_asked_verb(phrase: str, question: str) -> str:
    """`phrase` without an opening past participle the question itself uses (and its preposition)."""
    m = _OPENING_VERB.match(phrase)
    if not m:
        return phrase
    asked = {stem(w) for w in re.findall(r"[A-Za-z]+", question)}
    return phrase[m.end():] if stem(m.group(1)) in asked and phrase[m.end():].strip() else phrase
