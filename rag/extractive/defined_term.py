"""A bare 'What is X?' (no article, period, figure or preposition) whose term a retrieved sentence
defines ('X represents ...', 'X are ...') asks that definition, not X's figure; and which sentence
describes the thing a question asks described ('how does S define X', 'how is X measured')."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..types import Passage
from .slots import Slots

# 'What is aggregate intrinsic value?', 'What are Distribution customers?': a term and nothing more
_BARE = re.compile(r"^\s*what (?:is|are|was|were) (?!(?:the|a|an|its|their|our|this|that|these|those|there|it)\b)"
                   r"([^?\d]{2,60}?)\s*\?\s*$", re.I)
# a preposition or an owner makes it a figure's address ('What was revenue in Europe?', "Apple's revenue")
_ADDRESSED = re.compile(r"\b(in|of|for|at|on|by|from|to|per|as|during|between|with|under|after|before|than|when|"
                        r"and|or)\b|['’]s\b", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(“\"])|\n+")
# what a defining sentence says after its term; 'is' / 'are' not before a figure or 'expected to'
_DEFINES = (r"(?:represents?|means|refers? to|(?:is|are) defined as|consists? of|comprises?|includes?|"
            r"(?:is|are)\b(?!\s+(?:expected|estimated|projected|forecast)\b)(?!\s*\W*[\d$€£¥]))")


def bare_term(question: str) -> str | None:
    """The term a bare 'What is X?' asks about, or None when the question says more than a term."""
    m = _BARE.match(question)
    if not m or _ADDRESSED.search(m.group(1)):
        return None
    return m.group(1).strip()


def defines(term: str, sentence: str) -> bool:
    """Whether `sentence` opens with `term` (after 'The', before an aside in brackets) and defines it."""
    pattern = (rf"^\s*(?:the\s+)?{re.escape(term)}(?:\s*\([^)]*\))?\s*,?\s+{_DEFINES}")
    return re.match(pattern, sentence, re.I) is not None


# where a clause begins: the sentence's start, or after ';', ':', a dash, or ', while' / 'whereas' / 'and'
_CLAUSE = r"(?:^|[;:–—]\s*|,\s+(?:while|whereas|and)\s+|\bwhereas\s+)"
# an owner's verb whose object is the term and whose 'as' gives what it is ('defines X as', 'counts X as')
_AS_VERBS = r"(?:defines?|defined|counts?|classif(?:y|ies)|treats?|regards?)"
# 'how is X measured / calculated / allocated': what the question's subject undergoes, in the passive
_HOW_DONE = re.compile(r"^\s*how (?:is|are|was|were) (?!(?:much|many|big|large|long|often)\b)(?P<t>[^?]{2,60}?)\s+"
                       r"(?:\w+ly\s+)?(?P<v>[a-z]{3,}ed)\b", re.I)
# 'what does X include / cover / exclude / assume': what the question's subject holds or supposes
_WHAT_HOLDS = re.compile(r"^\s*what (?:does|do|did) (?P<t>[^?]{2,60}?)\s+(?P<v>include|cover|comprise|exclude|"
                         r"assume|represent|consist of|measure)\s*\?*\s*$", re.I)


def described_subject(question: str, term_asked: str | None) -> tuple[str, str | None] | None:
    """What the question asks to be described and by which verb: a term whose definition it asks (no verb:
    any defining verb answers), or the subject of 'how is X <verb>ed' / 'what does X <verb>' (that verb)."""
    if term_asked:
        return term_asked, None
    m = _HOW_DONE.match(question) or _WHAT_HOLDS.match(question)
    if m is None:
        return None
    term = re.sub(r"^(?:the|a|an)\s+", "", m.group("t").strip(), flags=re.I)
    verb = m.group("v").lower()
    return term, re.sub(r"(?:ed|e|s)$", "", verb.split()[0]) if " " not in verb else verb


def _definition_at(term: str, sentence: str, verb: str | None = None) -> re.Match | None:
    """Where `sentence` says what `term` is (or, given the question's `verb`, what it undergoes or holds): a
    clause opening with the term (maybe spelled out before it in brackets, 'revenue per available room
    (RevPAR) is') then a defining verb (or that verb), or 'defines/counts the term as ...'."""
    t = re.escape(term)
    said = (rf"(?:(?:is|are|was|were|has been|have been)\s+)?(?:\w+ly\s+)?{re.escape(verb)}\w*"
            if verb else rf"(?:(?:also|generally|primarily|therefore|only)\s+)?(?:covers?|{_DEFINES})")
    head = rf"{_CLAUSE}(?:(?:the|a|an)\s+)?(?:{t}(?:\s*\([^)]*\))?|[^;:,()]{{0,60}}\(\s*{t}\s*\))\s*,?\s+{said}"
    owner = rf"\b{_AS_VERBS}\s+(?:(?:the|a|an)\s+)?{t}(?:\s*\([^)]*\))?\s+as\b"
    return re.search(head, sentence, re.I) or (re.search(owner, sentence, re.I) if verb is None else None)


def states_definition(term: str, sentence: str, verb: str | None = None) -> bool:
    """Whether `sentence` says what `term` is (or undergoes, given `verb`); a sentence that only uses the
    term ('RevPAR rose') describes nothing."""
    return _definition_at(term, sentence, verb) is not None


def definition_phrase(term: str | None, sentence: str) -> str | None:
    """What `sentence` defines `term` as: the words after its defining verb to the clause's end (a ';' or
    the sentence's), or None when it does not define the term."""
    m = _definition_at(term, sentence) if term else None
    if m is None:
        return None
    said = sentence[m.end():].split(";")[0].strip().rstrip(".").strip()
    said = re.split(r"\b(?:is|are)?\s*defined as\s+", said, flags=re.I)[-1]  # 'X is a measure, defined as | Y'
    return said if len(said.split()) >= 2 else None


def defined_term(slots: Slots, passages: Sequence[Passage]) -> Slots:
    """`slots` asking a description when the question is a bare term a retrieved sentence defines."""
    term = bare_term(slots.text)
    if term is None or slots.shape == "explanation":
        return slots
    for passage in passages:
        if any(defines(term, s) for s in _SENTENCE.split(passage.chunk.text)):
            return replace(slots, shape="explanation", asks="description", units=(), lead_unit=None, scale=None)
    return slots
