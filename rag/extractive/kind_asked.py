"""A question asking which thing of a kind ('which revenue stream is billed via CPM/CPC', 'which Chinese firm
illustrates financing via ...') asks for a name: a money word in it names the topic, not a figure asked.
A fronted topic before a colon ('CIC business model table: which ...') does not change what is asked."""

from __future__ import annotations

import re

# nouns of the kinds of thing a question asks to be named
_KINDS = (r"compan(?:y|ies)|firms?|streams?|models?|players?|vendors?|startups?|products?|segments?|"
          r"brands?|providers?|banks?|platforms?|enterprises?|organi[sz]ations?|institutions?")
_NOT_MODIFIER = r"(?!(?:was|is|were|are|did|does|do|has|have|had|will|can|makes?|made|kinds?|types?|sorts?|of)\b)"
_WHICH_KIND = re.compile(rf"^(?:[^:?]{{1,80}}:\s*)?\s*(?:which|what)\s+(?:{_NOT_MODIFIER}[\w&/-]+\s+){{0,2}}?"
                         rf"(?:{_KINDS})\b(?![-'’])", re.I)
# an amount, a measure or a choice by size asked too ('and how much', 'with what share', 'the most financing')
_AMOUNT_TOO = re.compile(r"\bhow (?:much|many|big|large)\b|\bwhat (?:share|amount|value|size|figure|percentage)\b|"
                         r"\b(?:most|least|largest|smallest|highest|lowest|biggest|top|more|less|larger|smaller|higher|"
                         r"lower|bigger|leads?|led|leading|tops?|topped|ranks?|ranked|ranking)\b", re.I)


def asks_which_kind(question: str) -> bool:
    """Whether `question` asks only which thing of a kind (a firm, a revenue stream, a model) it is: a name,
    with no amount, rank or choice by size asked."""
    return bool(_WHICH_KIND.search(question)) and not _AMOUNT_TOO.search(question)
