"""Title-cased questions ('What Was the Financial Year End Revenue?'): when most of a question's
content words are capitalised, a capital says nothing of a name, so an ordinary capitalised word
('End', 'Male', 'Declared') is no proper name a passage must write. question_names.py asks it."""

from __future__ import annotations

import re

# words a title-caser leaves in lower case, and the question words any question starts with
_SMALL = frozenset("a an the and or nor but of in on at to for by with from as vs per into over than via".split())
# the verbs a question asks with, which some title-casers leave in lower case ('What was the Net Income')
_AUXILIARY = frozenset("is was are were be been do does did has have had will would can could should may".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def initial_capital(word: str) -> bool:
    """A word written with its first letter only in capitals ('Revenue', 'Male'), as title case writes
    any word; an acronym or inner capital ('AIGC', 'OpenAI') is how the name itself is spelt."""
    letters = re.sub(r"[^A-Za-z]", "", re.sub(r"['’]s$", "", word))
    return len(letters) > 1 and letters[0].isupper() and letters[1:].islower()


def title_cased(question: str) -> bool:
    """Every content word after the first is capitalised (no lower-case word but small and auxiliary
    ones), three or more with an initial capital only: the question is in title case, so its capitals
    carry no name signal. (A question naming many models still writes its verbs in lower case.)"""
    words = [w for w in _WORD.findall(question)[1:] if w.lower() not in _SMALL]
    if any(w[0].islower() and w.lower() not in _AUXILIARY for w in words):
        return False
    return sum(1 for w in words if initial_capital(w)) >= 3
