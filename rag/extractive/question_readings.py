"""Readings of the question as written (its quotes, a definition asked, points asked, what a words question asks)
that the Slots keep: parsed once with the slots (slots.parse_unframed), so no check reads the question text again;
and the readings of checks that see the question text alone (the extreme asked, 'non-X' asked, the ending verb)."""

from __future__ import annotations

import re

from ingest.keyword import tokenize

from .shape_cues import year_of_event

# the unit asked is points: 'percentage points', 'pct points', 'basis points', 'how many points', 'in points'
_POINTS_ASKED = re.compile(r"\b(?:percentage|pct\.?|basis)\s+points?\b|\bhow\s+many\s+points\b|\bin\s+points\b", re.I)
# a quoted term of one to six words: 'sovereign AI', "Total revenue", “unified models”
_QUOTED = re.compile(r"(?:(?<!\w)'([^'\n]{3,60})'(?!\w)|\"([^\"\n]{3,60})\"|“([^”\n]{3,60})”|‘([^’\n]{3,60})’)")
_Q = r"['‘’\"“”]?"
# the term a definition question asks, in the forms that name it: 'what does S mean by X', 'what does X
# mean / stand for / refer to (in ...)', 'how does S define X', 'how is X defined', 'the definition of X'
_ASKED = (
    re.compile(rf"^\s*what (?:does|do|did) .+? mean by {_Q}(?P<t>[^?'‘’\"“”]+?){_Q}\s*\?*\s*$", re.I),
    re.compile(rf"^\s*what (?:does|do|is|are) {_Q}(?P<t>[^?'‘’\"“”]+?){_Q} (?:mean|means|refers? to|stands? for)\b", re.I),
    re.compile(rf"^\s*how (?:does|do|did) .+? define {_Q}(?P<t>[^?'‘’\"“”]+?){_Q}\s*(?:\?|$|,| in\b| as\b)", re.I),
    re.compile(rf"^\s*how (?:is|are) {_Q}(?P<t>[^?'‘’\"“”]+?){_Q} defined\b", re.I),
    re.compile(rf"\bdefinition of {_Q}(?P<t>[^?'‘’\"“”]+?){_Q}\s*(?:\?|$|,| in\b)", re.I),
)

# what a question asking for words asks: a reason, a time, a person (phrase.py cuts its answer by it)
_REASON_Q = re.compile(r"^\s*why\b|\breasons?\b|\bwhat (?:caused|causes|drove|drives|led to|leads to|factors)\b|"
                       r"\bprimary reason\b|\bdue to what\b|\bwhat (?:is|was|were|are) \w+(?: \w+){0,6} due to\s*\?*\s*$",
                       re.I)
_WHEN_Q = re.compile(r"^\s*when\b|\bwhat date\b|\bin which (?:period|month|quarter)\b|\bon what date\b|"
                     r"^\s*what (?:is|was|were|are) the (?:[\w-]+\s+){0,3}dates?\b", re.I)
_WHO_Q = re.compile(r"^\s*who\b", re.I)
# 'in which quarter was churn the lowest', 'what segment had the largest balance': the alternatives' noun, the extreme
# (a leading 'Among the X,' / 'Of the X,' names the alternatives before the 'which')
# superlatives of length or cost, and the nouns naming the first or the last ('the best performer', 'the laggard'):
# the highest ('longest', 'costliest', 'the leader') or the lowest ('shortest', 'cheapest', 'the worst performer')
EXTREME_HIGH = r"longest|costliest|dearest|(?:best|top|strongest)[\s-]perform(?:er|ing)|leader"
EXTREME_LOW = r"shortest|cheapest|(?:worst|weakest|poorest)[\s-]perform(?:er|ing)|laggard"
_EXTREME = re.compile(r"^\s*(?:(?:among|of)\b[^?,]*,\s*)?(?:in|for|at|on)?\s*(?:which|what)\s+(?P<noun>[a-z]+)\b[^?]*?"
                      r"\b(?P<w>most|highest|largest|biggest|greatest|strongest|fastest|steepest|sharpest|least|lowest|"
                      rf"smallest|fewest|weakest|slowest|{EXTREME_HIGH}|{EXTREME_LOW})\b", re.I)
_LOW = frozenset({"least", "lowest", "smallest", "fewest", "weakest", "slowest"})
_LOW_WORD = re.compile(rf"(?:{EXTREME_LOW})$", re.I)


def low_word(word: str) -> bool:
    """Whether a superlative (or a noun naming the last) asks the lowest: 'smallest', 'cheapest', 'the laggard'."""
    return word.lower() in _LOW or bool(_LOW_WORD.fullmatch(word))
_ASKED_NON = re.compile(r"\bnon-?([a-z]{3,})\b")  # 'non-online sales', 'noncurrent'
# the question ends with its verb, maybe with an adverb and a preposition: 'defined?', 'consist primarily of?'
_ENDING_VERB = re.compile(r"\b([A-Za-z]+)(?:\s+[a-z]+ly)?(?:\s+(?:of|as))?\s*\?*\s*$")


def points_asked(question: str) -> bool:
    """The question asks a change in points (a difference of two rates), not a percent growth."""
    return bool(_POINTS_ASKED.search(question))


def quoted_terms(question: str) -> tuple[str, ...]:
    """The terms the question quotes, of at most six words."""
    terms = [next(g for g in m.groups() if g) for m in _QUOTED.finditer(question)]
    return tuple(t.strip() for t in terms if len(t.split()) <= 6)


def asked_term(question: str) -> str | None:
    """The term whose definition the question asks, or None when it asks no definition."""
    for pattern in _ASKED:
        m = pattern.search(question)
        if m:
            term = re.sub(r"^(?:the|a|an)\s+", "", m.group("t").strip(), flags=re.I)
            return term if tokenize(term) else None
    return None


def words_asked(question: str) -> str:
    """'reason', 'when', 'who' or 'words' (any other question asking for words): what a phrase answer gives."""
    if _REASON_Q.search(question):
        return "reason"
    if _WHEN_Q.search(question) or year_of_event(question):
        return "when"
    if _WHO_Q.search(question):
        return "who"
    return "words"


# 'what do salaries in FY21 reflect?', 'what was the bonus for FY22 based on?', 'what did X primarily relate to?': the
# question's 'what' is the complement of a verb relating its subject to something else
_RELATION_Q = re.compile(r"^\s*what\s+(?:do|does|did|is|are|was|were)\b[^?]*?\s(?:[a-z]+ly\s+)?(?:reflect(?:s|ed)?|"
                         r"relate[sd]?(?:\s+[a-z]+ly)?\s+to|(?:based|focused)\s+on|attributable\s+to|linked\s+to|"
                         r"tied\s+to)\s*\?*\s*$", re.I)


def relation_asked(question: str) -> bool:
    """The question asks what its subject reflects, relates to or is based on: words, whatever year or unit
    scopes the subject (the figures of that year are the subject's, not what it relates to)."""
    return bool(_RELATION_Q.search(question))


# 'which country ranked second', 'which region came third': a place in the ranking, from the top
_RANKED = re.compile(r"^\s*(?:(?:among|of)\b[^?,]*,\s*)?(?:in|for|at|on)?\s*(?:which|what)\s+(?P<noun>[a-z]+)\b[^?]*?"
                     r"\b(?:ranked|ranks|rank|placed|came|finished)\s+(?:in\s+)?(?:the\s+)?(?P<n>" + "|".join(
                         ["first", "second", "third", "fourth", "fifth", "1st", "2nd", "3rd", "4th", "5th"]) + r")\b", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
# 'the second highest', 'second-largest', 'the third most': the place before a superlative
_NTH_BEFORE = re.compile(r"\b(?P<n>second|third|fourth|fifth|2nd|3rd|4th|5th)[\s-]+(?:most|highest|largest|biggest|greatest|"
                         r"strongest|fastest|steepest|sharpest|least|lowest|smallest|fewest|weakest|slowest)\b", re.I)


def extreme_asked(question: str) -> tuple[str, bool] | None:
    """(the lower-case noun naming the alternatives, whether the lowest is asked) of a which-extreme question
    ('in which quarter was churn the lowest': ('quarter', True); 'which country ranked second': from the highest);
    None when it asks no extreme."""
    m = _EXTREME.search(question)
    if m:
        return m.group("noun").lower(), low_word(m.group("w"))
    r = _RANKED.search(question)
    return (r.group("noun").lower(), False) if r else None


def nth_asked(question: str) -> int:
    """The place asked in a ranking: 2 of 'the second highest', 'second-largest' or 'ranked second'; 1 otherwise."""
    m = _NTH_BEFORE.search(question) or _RANKED.search(question)
    return _ORDINALS[m.group("n").lower()] if m else 1


def nth_of(values: list[float], n: int) -> int | None:
    """The index, in `values` ranked first first, of the n-th place; None when it ties a neighbour (no one item holds it)."""
    if len(values) < n or n < 1:
        return None
    v = values[n - 1]
    if (n > 1 and values[n - 2] == v) or (n < len(values) and values[n] == v):
        return None
    return n - 1


def plainly_said(word: str) -> re.Pattern[str]:
    """`word` written on its own, not as the end of a 'non-' compound."""
    return re.compile(rf"(?<![\w-]){re.escape(word)}\b")


def non_asked(question: str) -> tuple[str, ...]:
    """The words X the question asks as 'non-X' and never says plainly ('revenue from non-online sales': 'online';
    not 'current' of 'the ratio of current to non-current deferred revenue'), in order."""
    low = question.lower()
    return tuple(m.group(1) for m in _ASKED_NON.finditer(low) if not plainly_said(m.group(1)).search(low))


def ending_verb(question: str) -> str | None:
    """The word the question ends with, past an adverb and an 'of' / 'as' ('How is net debt defined?': 'defined';
    'What does it consist primarily of?': 'consist'); None for a question ending in no word."""
    m = _ENDING_VERB.search(question)
    return m.group(1) if m else None


# each reading by the Slots field that keeps it: parse_unframed stores them, a re-parse (ordinary_names) carries them over
_READERS = {"points_asked": points_asked, "quoted": quoted_terms, "term_asked": asked_term, "words_asked": words_asked}
READINGS = tuple(_READERS)


def readings(question: str) -> dict[str, object]:
    """Every reading of `question`, by its Slots field name (READINGS)."""
    return {name: read(question) for name, read in _READERS.items()}
