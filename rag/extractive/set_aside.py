"""Items a question sets aside ('Apart from web browsing and code execution, what other tool uses
...'): it asks the rest, so its kind of answer and unit are read without them ('Beyond performance
and cost' asks no money), and the list it asks is a sentence naming none of them that says it lists
the rest ('Other tool use includes ...', 'Secondary considerations include ...').

General properties, of questions and passages:
- a leading clause 'apart from / aside from / besides / beyond / other than / except (for) /
  excluding / in addition to X, ...' names things the question already knows (no figure: 'Beyond 2030'
  dates the question instead);
- a report lists the rest of a list in a sentence whose subject carries the word the question asks
  them by ('other', 'secondary', 'additional', 'further', 'remaining') before its verb of listing."""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from ingest.keyword import tokenize

if TYPE_CHECKING:  # features reads the slots, which read set_aside
    from .features import Evidence

_ASIDE = re.compile(r"^\s*(?:apart from|aside from|besides|beyond|other than|except(?: for)?|excluding|"
                    r"in addition to)\s+(?P<items>[^?;]+?)\s*,\s*"
                    r"(?P<rest>(?:what|which|who|how|where|when|name|list|does|do|did|is|are|was|were)\b.+)$", re.I)
# the word a question asks the rest of a list by, before the kind it asks: 'what other tool uses'
_REST_ASKED = re.compile(r"\b(other|secondary|additional|further|remaining)\s+[a-z-]+", re.I)
# a sentence listing the rest: that word in its subject, before its verb of listing
_REST_LISTED = re.compile(r"^\W*(?:the\s+)?(?:[a-z-]+\s+){0,2}?(other|secondary|additional|further|remaining)\b"
                          r"(?:\s+[a-z-]+){0,4}?\s+(?:includes?|including|are|is|cover|covers|span|spans|such as)\b", re.I)
_TWO_ITEMS = re.compile(r",|\band\b|\bor\b")  # after the verb of listing: more than one thing
LOOK = 12  # how far down the ranking the sentence listing the rest may be taken from


def set_aside(question: str) -> tuple[str, tuple[str, ...]]:
    """(the question without its leading set-aside clause, the items set aside); the question itself
    and () when it sets nothing aside (or the clause holds a figure: 'Beyond 2030, ...' is a period)."""
    m = _ASIDE.match(question)
    if m is None or re.search(r"\d", m.group("items")):
        return question, ()
    items = tuple(i.strip() for i in re.split(r",\s*|\s+(?:and|or)\s+", m.group("items")) if i.strip())
    rest = m.group("rest")
    return rest[0].upper() + rest[1:], items


def asks_rest(question: str, aside: tuple[str, ...] = ()) -> str | None:
    """The word the question asks the rest of a list by ('what other tool uses', 'what secondary
    factors'); 'any' when it sets items aside without one ('other than A and B, what do X consider':
    the report may call the rest other, secondary or additional); else None."""
    m = _REST_ASKED.search(question)
    return m.group(1).lower() if m is not None else "any" if aside else None


def lists_rest(text: str, word: str | None, aside: tuple[str, ...]) -> bool:
    """The sentence lists the rest asked by `word` ('Other tool use includes A, and B'): the word in
    its subject before its verb of listing, two or more things after that verb, and none of the items
    set aside named."""
    m = _REST_LISTED.match(text) if word else None
    if m is None or word not in (m.group(1).lower(), "any") or not _TWO_ITEMS.search(text[m.end():]):
        return False
    said = set(tokenize(text))
    return not any((t := set(tokenize(i))) and t <= said for i in aside)


def rest_listed(evidence: list[Evidence], usable) -> Evidence | None:
    """The best sentence (within the best `LOOK`, on topic: `usable`) listing the rest a question asks
    (its `rest_listed` feature), else None."""
    return next((e for e in evidence[:LOOK] if e.features.get("rest_listed") and not e.row and usable(e)), None)
