"""A phrase opening with the question's own verb ('related to exiting ...' for 'what is lease related
...?') has not yet reached the answer: the verb, and the preposition joining it, are the question's."""

from __future__ import annotations

import re

from .word_stems import stem

_OPENING_VERB = re.compile(r"^([A-Za-z]+ed)\s+(?:(?:to|into|as|by|in|on|for|from|with|of)\s+)?(?=\S)", re.I)


def past_asked_verb(phrase: str, question: str) -> str:
    """`phrase` without an opening past participle the question itself uses (and its preposition); kept when
    the question has it before the same next word ('Deferred income taxes ...'): then it is part of a name."""
    m = _OPENING_VERB.match(phrase)
    if not m or not phrase[m.end():].strip():
        return phrase
    words = re.findall(r"[A-Za-z]+", question)
    after = (re.findall(r"[A-Za-z]+", phrase[len(m.group(1)):]) or [""])[0].lower()
    uses = [i for i, w in enumerate(words) if stem(w) == stem(m.group(1))]
    if not uses or any(i + 1 < len(words) and words[i + 1].lower() == after for i in uses):
        return phrase
    return phrase[m.end():]
