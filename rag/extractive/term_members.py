"""A term followed by a bracketed list names its members in the bracket ('consulting & advisory (risk assessments,
penetration testing and compliance)', 'magnet rare earths (neodymium, ... and terbium)'): a question asking what the
term covers, includes or which things it classifies is answered by the bracket's items, not by the list around it."""

from __future__ import annotations

import re

from .word_stems import TOKEN, stem

# the question asks the members of a term: what it covers / includes / comprises, which things it classifies as
_MEMBERS_ASKED = re.compile(r"\b(?:cover(?:s|ed)?|includ(?:e|es|ed)|compris(?:e|es|ed)|consists?\s+of|contain(?:s|ed)?|"
                            r"classif(?:y|ies|ied)|count(?:s|ed)?\s+as|made\s+up\s+of)\b", re.I)
# a bracket with no figure and no nested bracket: '(A, B and C)'
_BRACKET = re.compile(r"\(([^()\d]{3,200})\)")
_JOINS = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.I)
_NAME_WORD = re.compile(r"[\w&'’-]+")
_FUNCTION = frozenset("a an the of for to in on at by and or with as its their our".split())
MIN_NAME = 2  # content words of the term before the bracket, all asked
MAX_ITEM = 6  # words: an item named, not a clause


def members_asked(question: str) -> bool:
    """The question asks what a term covers, includes or classifies (its members)."""
    return bool(_MEMBERS_ASKED.search(question))


def _term_before(sentence: str, at: int, asked: set[str]) -> int:
    """How many content words right before position `at` are all words of the question (the term it names)."""
    words = [w for w in _NAME_WORD.findall(re.split(r"[,;:]", sentence[:at])[-1])]
    count = 0
    for w in reversed(words):
        if w.lower() in _FUNCTION or w == "&":
            continue
        if stem(w) not in asked:
            break
        count += 1
    return count


def bracket_members(question: str, sentence: str) -> str | None:
    """For a question asking a term's members, the items of the bracket that follows the term in the sentence
    (every content word of at least two before it is a word of the question); None without one."""
    if not members_asked(question):
        return None
    asked = {stem(w) for w in TOKEN.findall(question)}
    for m in _BRACKET.finditer(sentence):
        items = [i for i in _JOINS.split(m.group(1)) if i.strip()]
        if len(items) < 2 or any(len(i.split()) > MAX_ITEM for i in items):
            continue
        if _term_before(sentence, m.start(), asked) >= MIN_NAME:
            return m.group(1).strip()
    return None


# the verbs that link a defined term to its definition
_DEFINING = re.compile(r"(?:is|are|means|refers?\s+to|covers?|includes?|compris(?:es|e)|consists?\s+of)\b", re.I)
TERM_REST = 3  # words of the term a cut may leave before its defining verb


def past_term_rest(text: str, question: str) -> str:
    """A lead cut inside the defined term ('fees are payments from ...' for 'how does the report define publisher
    fees') starts at its defining verb: the words before it that are all the question's are the rest of the term."""
    asked = {stem(w) for w in TOKEN.findall(question)}
    m = re.match(r"((?:[\w&'’-]+\s+){1,%d})(?=%s)" % (TERM_REST, _DEFINING.pattern), text, re.I)
    if m is None or any(stem(w) not in asked for w in TOKEN.findall(m.group(1))):
        return text
    return text[m.end():]
