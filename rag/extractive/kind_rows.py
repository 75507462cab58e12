"""The counted kind as a group of rows: 'how many of the capital ratios' counts the rows whose label's head noun is
'ratio' (not 'Risk-weighted assets' beside them), and 'the per share measures' names the heading 'Per share data'
by its own words, a container noun ('data', 'information', 'metrics') aside."""

from __future__ import annotations

import re

from ingest.tables import SEP

from .cells import words
from .gates_counted import label_head

# the plural noun a count or list asks, past a partitive: 'how many of the capital ratios' -> 'ratios'
_KIND_HEAD = re.compile(r"\b(?:how many|which|what)\s+(?:of\s+(?:the|these|its|their)\s+)?(?:[a-z][\w-]*\s+){0,3}?"
                        r"([a-z][a-z-]*[a-z](?<!ss)s)\b", re.I)
# nouns a heading holds its rows in, naming no kind of its own: 'Per share data', 'Operating information'
CONTAINERS = frozenset("data information info metrics measures items figures statistics indicators details "
                       "highlights amounts".split())


def _singular(word: str) -> str:
    w = word.lower()
    return w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") else w


def kind_head(question: str) -> str | None:
    """The singular head noun of the kind a count or list asks ('how many of the capital ratios' -> 'ratio')."""
    m = _KIND_HEAD.search(question)
    return _singular(m.group(1)) if m else None


def of_kind(rows: list[str], question: str) -> list[str]:
    """`rows` narrowed to those whose label's head noun is the kind asked, when at least two are and another is not
    ('Leverage ratio', 'Tier 1 capital ratio' counted as ratios; 'Risk-weighted assets' is none); else `rows`."""
    head = kind_head(question)
    if head is None or head in CONTAINERS or _singular(head) in {_singular(c) for c in CONTAINERS}:
        return rows
    kept = [r for r in rows if _singular(label_head(re.sub(r"\([^)]*\)", " ", r.split(SEP)[-1]))) == head]
    return kept if 2 <= len(kept) < len(rows) else rows


def container_free(heading: str) -> set[str]:
    """A heading's naming words without its container noun ('Per share data' -> {'per', 'share'})."""
    return {w for w in words(heading) if w not in CONTAINERS}
