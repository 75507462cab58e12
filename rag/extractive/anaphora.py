"""A sentence whose subject points back ('The market is expected to ...', 'It grew ...') is about
what the sentence before it names, so that sentence's terms and names count as its own."""

from __future__ import annotations

import re

from .word_stems import TOKEN, stem

_HEADS = (r"market|markets|industry|sector|segment|company|firm|business|figure|number|total|scale|size|"
          r"trend|rate|share|penetration|investment|spending|revenue|demand|value|latter|former|track|field")
_VERBS = (r"is|was|are|were|has|have|had|will|would|could|may|might|can|should|remains?|remained|grew|grows|"
          r"rose|rises|fell|falls|reached|reaches|expanded|expands|declined|declines|increased|increases|"
          r"decreased|decreases|doubled|doubles|surged|surges|hit|hits|stood|stands|accounted|accounts|"
          r"continues|continued")
# 'the' and a bare head noun, a demonstrative or possessive with at most one modifier ('this evolutionary
# trend'), or a pronoun, directly followed by the verb
_BACK = re.compile(rf"^\s*(?:the\s+(?:{_HEADS})|(?:this|that|these|those|its|their|such)\s+(?:[a-z-]+\s+)?(?:{_HEADS})"
                   rf"|it|they|this|these)\s+(?:{_VERBS})\b", re.I)


def refers_back(sentence: str) -> bool:
    """Whether the sentence's subject is a back-reference to the sentence before it."""
    return _BACK.match(sentence) is not None


def said_with_antecedent(evidence: list, e) -> str:
    """`e`'s text, preceded by the sentence before it when `e` points back to it (Evidence records)."""
    if not refers_back(e.text):
        return e.text
    before = next((x for x in evidence if x.passage_index == e.passage_index
                   and x.sentence_index == e.sentence_index - 1), None)
    return e.text if before is None else f"{before.text} {e.text}"


# a personal pronoun as the subject, its auxiliaries and adverbs, then its main verb: 'They are generally estimated'
_PRONOUN_VERB = re.compile(r"^\s*(?:it|they)\s+(?:(?:is|are|was|were|has|have|had|been|be|being|will|would|may|can|could|"
                           r"should|must|does|do|did|not|[a-z]+ly)\s+)*([a-z]+)\b", re.I)


def pronoun_cut(sentence: str, asked: set[str]) -> int | None:
    """Where a sentence whose subject is 'it'/'they' has said the question: after its verb, when that verb is the
    question's ('How are X estimated?' of 'They are estimated at ...'). The pronoun names the subject the question
    names, so the question's words said later ('It excludes net investment income') are the answer's; else None."""
    m = _PRONOUN_VERB.match(sentence)
    if m is None or not TOKEN.fullmatch(m.group(1)) or stem(m.group(1)) not in asked:
        return None
    return m.end(1)
