"""A sentence that announces items without naming them ('China's outlook faces several challenges.',
'faces three risks.') is answered by the sentences after it: they are quoted with it. A sentence
ending in a colon announces the marked item lines after it (`introduced_items`)."""

from __future__ import annotations

import re
from dataclasses import replace

from .explaining import enumerates
from .features import Evidence, neighbour

_KINDS = (r"challenges|factors|risks|reasons|trends|drivers|ways|areas|issues|obstacles|barriers|problems|"
          r"opportunities|directions|aspects|features|steps|measures|advantages|strengths|weaknesses|"
          r"characteristics|categories|types|stages|pain points|bottlenecks|constraints|changes|shifts")
_ANNOUNCES = re.compile(rf"\b(several|many|multiple|various|numerous|a few|a (?:number|range|series|host|variety) of|"
                        rf"two|three|four|five|the following)\s+(?:[a-z-]+\s+)?(?:{_KINDS})\b", re.I)
# a sentence that sums the items up rather than naming another: 'Despite these challenges, ...'
_SUMS_UP = re.compile(r"^\s*(despite|overall|in summary|in short|in conclusion|together|all (?:of )?these|"
                      r"these|this|such)\b", re.I)
FOLLOWING = 3  # at most this many sentences after the announcement are read as its items


def announces(text: str) -> bool:
    """Whether the sentence announces items it does not name itself."""
    s = text.strip()
    # (a sentence ending 'as follows:' introduces a table or list lines more often than sentences)
    return not enumerates(s) and not s.endswith(":") and _ANNOUNCES.search(s) is not None and len(s.split()) <= 25


def with_announced(evidence: list[Evidence], best: Evidence) -> Evidence:
    """`best`, joined by the sentences right after it that name what it announces (until one sums
    them up); `best` itself when it announces nothing or no such sentence was retrieved."""
    if not announces(best.text):
        return best
    items: list[Evidence] = []
    for k in range(1, FOLLOWING + 1):
        nxt = neighbour(evidence, best, k)
        if nxt is None or nxt.row or _SUMS_UP.match(nxt.text):
            break
        items.append(nxt)
    if not items:
        return best
    return replace(best, text=" ".join([best.text] + [e.text for e in items]),
                   figures=best.figures + [f for e in items for f in e.figures])


def absorbing(evidence: list[Evidence], old: Evidence, new: Evidence) -> list[Evidence]:
    """`evidence` with `old` replaced by `new` (its announcement joined by its items) and the item
    sentences `new` now quotes left out, so none is quoted twice."""
    if new is old:
        return evidence
    return [new if e is old else e for e in evidence
            if e is old or not (e.passage_index == old.passage_index and e.text in new.text)]


def announced(evidence: list[Evidence], best: Evidence) -> tuple[list[Evidence], Evidence]:
    """(evidence, best) with `best` joined by the items it announces (`with_announced`, `absorbing`)."""
    new = with_announced(evidence, best)
    return absorbing(evidence, best, new), new


_ITEM_MARK = re.compile(r"^\s*(?:[-•*▪●]|\(?\d{1,2}[.)])\s*\S")
_MAX_ITEMS = 6


def introduced_items(evidence: list[Evidence], best: Evidence) -> list[Evidence]:
    """The items a sentence ending in a colon announces ('... is funny because it combines two ideas:'
    then '- Anthropomorphism: ...', '- Role reversal: ...'): the marked lines right after it in its
    passage. Quoting the sentence alone would quote a promise without its content. (`announces` leaves
    such sentences to this: their items are marked lines, not sentences, and are quoted one by one.)"""
    if not best.text.rstrip().endswith(":"):
        return []
    items: list[Evidence] = []
    while len(items) < _MAX_ITEMS:
        nxt = neighbour(evidence, items[-1] if items else best, 1)
        if nxt is None or not _ITEM_MARK.match(nxt.text):
            break
        items.append(nxt)
    return items
