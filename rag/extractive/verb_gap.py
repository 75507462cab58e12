"""Two properties of a sentence's predicate: 'What does S exclude from Y?' leaves the object of its verb empty, and
the sentence 'S excludes X from Y' fills that gap with X, between the verb and the phrase the question ends with;
and a second predicate of the same subject after 'and' ('relates to A and resulted from B') says something else
of the subject, not more of the answer."""

from __future__ import annotations

import re

from .word_stems import TOKEN, stem

# 'What does/do/did <subject> <verb> <preposition> <rest>?': the object gap sits between the verb and the preposition
_GAP_Q = re.compile(r"^\s*what\s+(?:does|do|did)\s+(.+?)\s+([a-z]+)\s+((?:from|to|into|with|for|on|in|as)\s+[^?]+?)\s*\?*\s*$",
                    re.I)
# '... and resulted from', '... and was recorded in': a past-tense verb after 'and' taking its own preposition
# (an irregular past of change too: '... to other operators and grew by 7.4%')
SECOND_PREDICATE = re.compile(r"\s+and\s+(?:(?:was|were)\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+ed|grew|rose|fell)\s+"
                              r"(?:from|to|by|in|into|with|on)\b")
# the answer sits in a which-clause on the subject ('Mobile revenue, which includes | X, increased as ...'): the comma
# before the subject's own verb closes the clause, and the answer with it
_OPEN_WHICH = re.compile(r",\s+which\s+[^,;]*$", re.I)
_MAIN_VERB = re.compile(r",\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|grew|rose|fell)\b(?!\s+(?:by|for|in|on|with|from|to|at)\b)")


def gap_object(question: str, sentence: str) -> str | None:
    """What the sentence puts between the question's verb and the phrase the question ends with ('excludes |
    goodwill and core deposit intangibles | from shareholders' equity'); None when it does not say both."""
    m = _GAP_Q.match(question)
    if not m:
        return None
    verb, tail = stem(m.group(2)), m.group(3)
    t = re.search(r"\s+" + r"\s+".join(re.escape(w) for w in tail.split()) + r"\W*$", sentence, re.I)
    if not t:
        return None
    for w in re.finditer(r"[A-Za-z]+", sentence[:t.start()]):
        if stem(w.group()) == verb:
            gap = sentence[w.end():t.start()].strip(" ,")
            return gap if len(TOKEN.findall(gap)) >= 1 else None
    return None


# a passive before the answer ('are recognized | in earnings and reported in ...'): a participle after 'and' is
# that passive's second verb, not a new predicate
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b\W*(?:\w+\W*)?$", re.I)


# 'How do options vest?' / 'At what temperature do electrolysers operate?': the subject's verb in the present, asked
# with 'do' (the plain form) or 'does' (the -s form)
_PRESENT_Q = re.compile(r"\b(do|does)\b", re.I)
# '..., and expire ten years from', '... and achieve the highest ...': a lower-case word after 'and' taking an object
# (an article, a possessive or a number); which words are verbs is read from the form the question asks in
_AND_OBJECT = re.compile(r",?\s+and\s+(?:[a-z]+ly\s+)?(?P<w>[a-z]+)\s+(?:the|a|an|its|their|our|\d|one|two|three|four|"
                         r"five|six|seven|eight|nine|ten|twelve)\b")
_NOT_VERB = frozenset("""of in on at to for by with from into over under between across within after before during
through per as than the a an its their our his her this these those that which who all any each some other more less
most such not no also then there""".split())


def _present_predicate(text: str, question: str) -> int | None:
    """Where a second present-tense predicate of the subject starts in `text` ('at 700-850°C | and achieve the highest
    ...'): after 'and', a word taking an object in the form the question's 'do' (plain) or 'does' (-s) asks in."""
    q = _PRESENT_Q.search(question)
    if q is None:
        return None
    plain = q.group(1).lower() == "do"
    for m in _AND_OBJECT.finditer(text):
        w = m.group("w")
        if w in _NOT_VERB or w.endswith(("ed", "ing")):
            continue
        if (not w.endswith("s")) if plain else (w.endswith("s") and not w.endswith(("ss", "us", "is"))):
            return m.start()
    return None


def before_second_predicate(text: str, said: str = "", question: str = "") -> str:
    """`text` up to a second predicate of its subject after 'and' (see SECOND_PREDICATE, and in the present tense
    `_present_predicate` for a question asked with 'do'/'does'), or, when `text` opens inside a which-clause on the
    subject, up to the comma before the subject's own verb; whole when none, or when what the sentence `said` before
    `text` ends in a passive whose verbs the 'and' joins."""
    if _OPEN_WHICH.search(said) and (v := _MAIN_VERB.search(text)) and len(TOKEN.findall(text[:v.start()])) >= 2:
        return text[:v.start()]
    if (at := _present_predicate(text, question)) is not None and len(TOKEN.findall(text[:at])) >= 1 \
            and not _PASSIVE_BEFORE.search(said):
        return text[:at]
    m = SECOND_PREDICATE.search(text)
    if not m or len(TOKEN.findall(text[:m.start()])) < 2 or _PASSIVE_BEFORE.search(said):
        return text
    return text[:m.start()]
