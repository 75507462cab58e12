"""Where a phrase answering a question starts and ends around the verb the question ends with: 'How is net debt
defined?' is answered by what follows 'defined as', not by 'as ...'; and an aside on the answer's last noun
(', which are billed ...', ', which we expect to ...') says what happens to the answer, not what it is."""

from __future__ import annotations

import re

from .question_readings import ending_verb
from .word_stems import TOKEN, stem

# 'as' and 'of' join a verb to what its subject is ('defined as X', 'consists primarily of X'); unlike 'by',
# which gives the means a 'how' question asks and stays part of the answer
_JOINT = re.compile(r"^\s*(?:[a-z]+ly\s+)?(?:as|of)\s+(?=\S)", re.I)
# a which-clause in the passive ('which are billed', 'which was assigned', 'which may be used'), with its own subject ('which we
# expect'), or putting a share on the answer ('which accounted for £1.1m'): what is done with it, an aside
ASIDE = re.compile(r",\s+which\s+(?:(?:we|they|it|management)\s|(?:is|are|was|were|has been|have been|had been|"
                   r"(?:will|may|can|could|might|must|should|would) be)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b|(?:accounted|accounts|represented|represents|"
                   r"contributed)\s+(?:for\s+)?(?:approximately\s+|about\s+|around\s+|nearly\s+)?[$€£\d])", re.I)


def past_joint(sentence: str, cut: int, question: str) -> int:
    """`cut` moved past the 'as'/'of' joining the question's final verb (which the sentence says right before
    `cut`) to its complement; `cut` unchanged otherwise."""
    verb = ending_verb(question)
    before = TOKEN.findall(sentence[:cut])
    if not verb or not before or stem(before[-1]) != stem(verb):
        return cut
    j = _JOINT.match(sentence[cut:])
    return cut + j.end() if j else cut


# 'How does/do/did <subject> <verb> <object>?': the verb a sentence 'We <verb> <object> as <complement>' says
_HOW_ACTIVE = re.compile(r"^\s*how\s+(?:does|do|did|will|would|should|can)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+"
                         r"(?!(?:the|a|an|its|their|our|this|that|these|those)\b)([a-z]+)\b", re.I)  # the verb: no article
# 'How is capacity measured?': the passive of a verb of classing, said 'Capacity is measured as | Y'
_HOW_PASSIVE = re.compile(r"^\s*how\s+(?:is|are|was|were)\s+[^?]{2,60}?\s+([a-z]+(?:ed|en))\b", re.I)
_AS = re.compile(r"\s+as\s+(?=\S)", re.I)


def object_complement(question: str, sentence: str) -> int | None:
    """Where the complement of a verb of classing starts: 'How does the company define ARR?' and 'We define
    annual recurring revenue, or ARR, as | the annualized value ...'; the object (with its short name) sits
    between the verb and 'as', in the verb's clause (no ';', ':' or '.' between). None when the sentence does
    not say the question's verb with the object the question names and 'as'."""
    m = _HOW_ACTIVE.match(question)
    if not m:
        p = _HOW_PASSIVE.match(question)
        a = re.search(rf"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?{re.escape(p.group(1))}\s+as\s+(?!(?:follows|below|above|shown|set|described)\b)(?=\S)", sentence, re.I) if p else None
        return a.end() if a else None
    verb = stem(m.group(1))
    named = {stem(w) for w in TOKEN.findall(question[m.end():]) if len(w) > 2}  # the object the question names
    for w in TOKEN.finditer(sentence):
        if stem(w.group()) != verb:
            continue
        a = _AS.search(sentence, w.end())
        between = sentence[w.end():a.start()] if a else ""
        if a and not between and _passive_names(sentence[:w.start()], named):
            return a.end()  # the same classing in the passive: 'the foundry market is defined as | Y'
        if a and named & {stem(t) for t in TOKEN.findall(between)} and len(between.split()) <= 12 and not re.search(r"[;:]|\.\s", between):
            return a.end()
        return None
    return None


_COPULA_END = re.compile(r"\b(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?$", re.I)


def _passive_names(before: str, named: set[str]) -> bool:
    """`before` (the sentence up to a verb of classing) ends in a copula, and its clause names the object asked:
    'How does R define X?' is said 'X is defined as Y' as well as 'R defines X as Y'."""
    clause = re.split(r"[;:]|\.\s", before)[-1]
    return bool(_COPULA_END.search(clause)) and bool(named & {stem(t) for t in TOKEN.findall(clause)})


_NEXT_ITEM = re.compile(r",\s+and\s+(?=\S)")


def without_aside(text: str) -> str:
    """`text` up to an aside which-clause on its last noun (see ASIDE); whole when it has none. Items of a list
    each carrying a parallel aside ('A, which was assigned to X, and B, which was assigned to Y') keep their
    items and lose each aside: 'A, and B'."""
    m = ASIDE.search(text)
    if not m:
        return text
    nxt = _NEXT_ITEM.search(text, m.end())
    if nxt and ASIDE.search(text, nxt.end()):
        return text[:m.start()] + ", and " + without_aside(text[nxt.end():])
    return text[:m.start()]
