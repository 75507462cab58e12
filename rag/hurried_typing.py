"""A hurriedly typed question ('Company Es share', 'acording to') read as the question it is: a dropped possessive
apostrophe given back to a name the reports write, and a misspelt question word corrected only to a closed list and
only where the typed word is no word of English or of the reports. (Chat forms, 'hw', 'whats', are left as typed:
spelling them out moved an unseen confirm part both ways, one answer to a bold wrong lead.)"""

from __future__ import annotations

import re
from collections.abc import Callable

# the words of asking a question a typo is corrected to: question words, linking words and prepositions, never a
# name or a topic's word
QUESTION_WORDS = frozenset("""what which where when who whom whose whether why how does did their there they were according between
compared approximately about many much from than with across during since among after before against""".split())
# English words one slip away from a question word: typed as they are, they are meant ('dose' is no 'does'); the
# question words themselves and words under four letters are never corrected (corrected_word)
_REAL_WORDS = frozenset("""dose three then them form whit whet whom whole abut bout thee theirs compare here hour ours
whey though through thought tough wether""".split())


def _case_like(typed: str, word: str) -> str:
    """`word` with `typed`'s opening capital."""
    return word[0].upper() + word[1:] if typed[:1].isupper() else word


def _one_slip(typed: str, word: str) -> bool:
    """Whether `typed` is `word` with two neighbouring letters swapped, an inner letter left out or a letter doubled."""
    if len(typed) == len(word):
        diff = [i for i, (a, b) in enumerate(zip(typed, word)) if a != b]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and typed[diff[0]] == word[diff[1]] and typed[diff[1]] == word[diff[0]]
    if len(typed) == len(word) - 1:  # an inner letter: a word less its last is often a word ('compare', 'were')
        return any(word[:i] + word[i + 1:] == typed for i in range(1, len(word) - 1))
    if len(typed) == len(word) + 1:
        return any(typed[:i] + typed[i + 1:] == word and typed[i] == typed[i - 1] for i in range(1, len(typed)))
    return False


def corrected_word(typed: str, written: Callable[[str], bool]) -> str | None:
    """The question word a typed word misspells ('acording' -> 'according', 'waht' -> 'what'); None when it is a
    word itself (an English word one slip from a question word, or one the reports write) or close to none or several."""
    low = typed.lower()
    if len(low) < 4 or low in QUESTION_WORDS or low in _REAL_WORDS or written(low) or not low.isalpha():
        return None
    near = [w for w in QUESTION_WORDS if _one_slip(low, w)]
    return _case_like(typed, near[0]) if len(near) == 1 else None


def corrected(question: str, written: Callable[[str], bool]) -> str:
    """`question` with each misspelt question word corrected (`corrected_word`)."""
    return re.sub(r"\b[A-Za-z]+\b", lambda m: corrected_word(m.group(), written) or m.group(), question)


# a capitalised name run ending in an 's' glued on: 'Company Es', 'Nvidias'
_GLUED_S = re.compile(r"(?<![\w'’])(?P<name>(?:[A-Z][\w&.-]*\s+)*?[A-Za-z0-9][\w&.-]*?)s\b(?!['’])")  # 'xAIs' too


def with_apostrophes(question: str, is_name: Callable[[str], bool], times: Callable[[str], int]) -> str:
    """`question` with a possessive's dropped apostrophe given back ('Company Es share' -> "Company E's share") where the
    reports write the name ('Company E') and its possessive more often than the typed form (`times` counts a form)."""
    def give_back(m: re.Match) -> str:
        run = m.group("name")
        # 'KPIs', 'GPUs': an acronym's plural
        if re.fullmatch(r"[A-Z]{2,}", run.split()[-1]):
            return m.group()
        for word in re.finditer(r"\S+", run):  # 'In Chinas': the name may open at any word of the run
            name = run[word.start():]
            glued = f"{name}s".lower()
            if is_name(name) and times(glued) < times(f"{name}'s".lower()) + times(f"{name}’s".lower()):
                return f"{run[:word.start()]}{name}'s"
        return m.group()
    return _GLUED_S.sub(give_back, question)
