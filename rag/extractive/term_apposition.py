"""A term followed by an apposition in brackets or between dashes, and then by the sentence's own predicate ('Regulatory
lag—the delay between investment and its recovery—remains the main drag', 'Net revenue (revenue less pass-through
costs) is the primary measure'), says in the apposition what the term is: a question asking the term's definition or
what it includes is answered by the apposition, not by the predicate after it."""

from __future__ import annotations

import re

from .definition_end import definition_asked, spells_out
from .term_members import members_asked
from .word_stems import TOKEN, stem

# a closed apposition after a word: '(...)' or a dashed one ('—...—', ' – ... – '), with no figure and no nested bracket
_APPOSITION = re.compile(r"\s*(?:\(([^()\d]{8,200})\)|([—–])\s*([^—–()\d]{8,200}?)\s*\2|\s-\s([^()\d]{8,200}?)\s-\s)\s*"
                         r"(?=[a-z])")
# what opens a condition or a pointer in a bracket, not a gloss of the term ('(see Note 4)', '(as restated)')
_NOT_GLOSS = re.compile(r"^(?:see|as|i\.e\.|e\.g\.|in|at|for|from|on|which|that|if|where|when|unless|note|"
                        r"restated|unaudited|audited)\b", re.I)
_FUNCTION = frozenset("a an the of for to in on at by and or with as its their our".split())
# the subject of a question asking a definition or members: 'what do emoluments include' -> 'emoluments'
_SUBJECT = re.compile(r"^\s*(?:what|how)\s+(?:do|does|did|is|are|was|were)\s+(?:the\s+)?([A-Za-z][\w-]*)\s+"
                      r"(?:include|includes|cover|covers|comprise|comprises|mean|defined|calculated|represent)\b", re.I)
# the sentence's own predicate defining the term after the apposition: that predicate, not the gloss, answers
_DEFINED_AFTER = re.compile(r"(?:is|are|was|were)\s+(?:defined|calculated|computed|measured|determined)\b|means\b|"
                            r"refers?\s+to\b|represents?\b", re.I)
MIN_WORDS = 3  # of the apposition: a gloss, not an acronym or a single label


def _term_run(sentence: str, at: int, asked: set[str]) -> list[str]:
    """The words right before position `at` that are all words of the question (the term the sentence names)."""
    run: list[str] = []
    for w in reversed(TOKEN.findall(re.split(r"[,;:]", sentence[:at])[-1])):
        if stem(w) not in asked or w.lower() in _FUNCTION:
            break
        run.append(w)
    return run[::-1]


def term_apposition(question: str, sentence: str) -> str | None:
    """For a question asking what a term is or includes, the apposition that glosses the term in `sentence` before its
    predicate; None without one (a run of at least two question words before it, or the question's one-word subject)."""
    if not (definition_asked(question) or members_asked(question)):
        return None
    asked = {stem(w) for w in TOKEN.findall(question) if w.lower() not in _FUNCTION}
    subject = _SUBJECT.match(question)
    for m in _APPOSITION.finditer(sentence):
        gloss = (m.group(1) or m.group(3) or m.group(4) or "").strip(" ,")
        words = TOKEN.findall(gloss)
        if len(words) < MIN_WORDS or _NOT_GLOSS.match(gloss) or all(stem(w) in asked for w in words):
            continue
        if spells_out(question, gloss + ")") or _DEFINED_AFTER.match(sentence, m.end()):
            continue  # 'RevPAR (revenue per available room) is calculated as ...': a name spelled out, defined after
        run = _term_run(sentence, m.start(), asked)
        if len(run) >= 2 or run and subject and stem(run[0]) == stem(subject.group(1)):
            return gloss
    return None
