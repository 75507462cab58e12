"""Where a definition asked ends: 'The ratio, defined as A divided by B, improved to 19.4%' defines it as 'A divided
by B'; the sentence's predicate or an aside after a comma ('improved to', 'equivalent to', 'i.e.') is no part of it."""

from __future__ import annotations

import re

# a question asking what a term is or how it is worked out: 'how is X defined', 'how does S define X', 'what is a X'
_DEFINITION_Q = re.compile(r"^\s*(?:how (?:is|are|was|were)\b[^?]*\b(?:defined|calculated|computed|measured|"
                           r"determined)\s*\?*\s*$|how (?:does|do|did)\b[^?]*\b(?:define|calculate|compute|measure)\b|"
                           r"what (?:is|are) (?:an?\s+)?[^?\d]{2,40}\?\s*$|what does [^?]{2,40} (?:mean|stand for)\b)",
                           re.I)
# after a comma, what opens the sentence's predicate or an aside: a finite verb ('improved', 'was'), a present tense
# before its complement ('averages about'), a participle ('converted to'; not an operation of the
# measure's own, 'multiplied by 12', 'adjusted for', 'measured at'), or a gloss ('equivalent to', 'i.e.')
_TURN = re.compile(r",\s+(?=(?:is|are|was|were|has|have|had|rose|fell|grew|stood|remained|reached)\b|"
                   r"(?!(?:multipli|divid|adjust|add|subtract|deduct|weight|annuali[sz]|net|reduc|increas|measur)ed\b)"
                   r"[a-z]{3,}ed\s+(?:to|by|at|in|from|on|with|for|as|about|around|approximately|\d)\b|"
                   r"[a-z]{3,}s\s+(?:about|around|approximately|to|by|from|at|\d)\b|"
                   r"equivalent to\b|i\.e\.|e\.g\.|which\s+(?:is|are|was|were)\s+(?!defined|calculated)\w+ed\b)")

# an opening that still restates the term: its spelled-out form in brackets before the copula ('(revenue per available
# room) is'), or the term and its defining verb ('Total cost is defined as')
_RESTATED = re.compile(r"^(?:\([^)]{2,60}\)\s+(?:is|are|means|refers to)|[^,;()]{2,60}?\b(?:is|are) defined as)\s+", re.I)


def spells_out(question: str, bracket: str) -> bool:
    """Whether the bracket's words are the spelled-out form of a short name the question asks ('RevPAR':
    '(revenue per available room)'): their initials all in it, in order."""
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", bracket.split(")")[0]) if w.lower() not in _SMALL)
    return any(len(initials) >= 2 and re.search(".*".join(initials), name, re.I)
               for name in re.findall(r"\b[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b", question))


_SMALL = frozenset("of and the for per in on to a an".split())


def definition_asked(question: str) -> bool:
    """Whether `question` asks what a term is, or how it is defined or worked out."""
    return _DEFINITION_Q.search(question) is not None


def definition_end(question: str, phrase: str | None) -> str | None:
    """The definition `phrase` up to the comma after which its sentence turns to its own predicate or an aside,
    past an opening restating the term, for a question asking a definition; any other phrase (or question) as it is."""
    if not phrase or not definition_asked(question):
        return phrase
    if (opening := _RESTATED.match(phrase)) and len(phrase[opening.end():].split()) >= 2 and \
            (opening.group(0)[0] != "(" or spells_out(question, opening.group(0))):
        phrase = phrase[opening.end():]
    m = _TURN.search(phrase)
    if m is None or len(phrase[:m.start()].split()) < 2:
        return phrase
    return phrase[:m.start()].rstrip(" ,")
