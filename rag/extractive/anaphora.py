"""A sentence whose subject points back ('The market is expected to ...', 'It grew ...') is about
what the sentence before it names, so that sentence's terms and names count as its own."""

from __future__ import annotations

import re

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
