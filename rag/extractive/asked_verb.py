"""A phrase opening with the question's own verb ('related to exiting ...' for 'what is lease related
...?') has not yet reached the answer: the verb, and the preposition joining it, are the question's."""

from __future__ import annotations

import re

from .word_stems import stem

_OPENING_VERB = re.compile(r"^([A-Za-z]+ed)\s+(?:(?:to|into|as|by|in|on|for|from|with|of)\s+)?(?=\S)", re.I)


def _participle(word: str, question_words: list[str]) -> bool:
    """Whether a word ending in -ed is a past participle: its root has a vowel ('Fed' has none), an -eed word is
    a noun or a base verb unless its root before -eed has a vowel and is no -c ('speed', 'need', 'exceed'; 'agreed'
    is one), and a word the question capitalises after its first word is a name ('Ahmed', 'the Fed')."""
    root = word[:-2].lower()
    if not re.search(r"[aeiouy]", root):
        return False
    if root.endswith("e") and (not re.search(r"[aeiouy]", root[:-1]) or root[:-1].endswith("c")):
        return False
    return not any(w.lower() == word.lower() and w[0].isupper() for w in question_words[1:])


def past_asked_verb(phrase: str, question: str) -> str:
    """`phrase` without an opening past participle the question itself uses (and its preposition); kept when
    the question has it before the same next word ('Deferred income taxes ...'): then it is part of a name."""
    m = _OPENING_VERB.match(phrase)
    words = re.findall(r"[A-Za-z]+", question)
    if not m or not phrase[m.end():].strip() or not _participle(m.group(1), words):
        return phrase
    after = (re.findall(r"[A-Za-z]+", phrase[len(m.group(1)):]) or [""])[0].lower()
    uses = [i for i, w in enumerate(words) if stem(w) == stem(m.group(1))]
    if not uses or any(i + 1 < len(words) and words[i + 1].lower() == after for i in uses):
        return phrase
    return phrase[m.end():]
