"""Rows no alternative of a 'which X had the most' question can be: the residual bucket of the unnamed ones
('Others', 'All other'), a whole under any of its names ('World total', 'All industries', 'World'), a mean over
the items ('Unweighted average') and a survey's base ('Number of respondents', 'Base'): none is one of the items ranked."""

from __future__ import annotations

import re

from rag.extractive.whole_rows import whole_label
from rag.extractive.word_stems import plural_dropped

# the residual bucket's own words ('Others', 'Other', 'All other'): every pattern of it here, column_total's and moved_items'
OTHERS = r"(?:all\s+)?others?"
# the residual bucket and a mean over the items; a whole row is read by whole_rows.whole_label under any of its names
RESIDUAL = re.compile(r"^\s*(?:" + OTHERS + r"|rest of (?:the )?(?:market|industry)"
                      r"|(?:[\w-]+\s+)?(?:average|mean|median)|(?:total\s+)?(?:number of\s+)?respondents"
                      r"|(?:number of respondents|sample size|base|sample)(?:\s*\(n\))?|n)\s*(?:\([^)]*\))?\s*[:*]?\s*$", re.I)


_BASE = re.compile(r"^\s*(?:(?:total\s+)?(?:number of\s+)?respondents|number of responses|sample size|base|sample)"
                   r"\s*(?:\([^)]*\))?\s*[:*]?\s*$", re.I)


# a label led by the bucket's words ('Others', 'Other regions', 'All other'; 'Private label' is an item)
OTHERS_LED = re.compile(r"^\s*" + OTHERS + r"\b", re.I)


_BARE_BASE = re.compile(r"^\s*(?:base|sample)\s*(?:\([^)]*\))?\s*[:*]?\s*$", re.I)


def survey_base(label: str, edge: bool = True) -> bool:
    """Whether a row label is a survey's base ('Number of respondents'): the count asked, never an item answering; a
    bare 'Base' that is no edge row of its table (`edge`) sits between items: a case ('Conservative | Base | Optimistic')."""
    return bool(_BASE.match(label)) and (edge or not _BARE_BASE.match(label))


def residual(label: str) -> bool:
    """Whether a row label is a residual bucket, a whole or mean of the items, or a survey's base (`RESIDUAL`)."""
    return bool(RESIDUAL.match(label)) or whole_label(label)


# 'Other provinces', 'All other regions': a bucket of the unnamed items of one kind ('Rest of World' is a region ranked)
_BUCKET = re.compile(r"^\s*" + OTHERS + r"\s+([a-z][a-z-]*)\s*(?:\([^)]*\))?\s*[:*]?\s*$", re.I)


def bucket_of(label: str, kinds: set[str]) -> bool:
    """Whether a row label is the residual bucket of the kind counted ('Other provinces' when provinces are counted):
    several unnamed items of that kind together, never one of them."""
    m = _BUCKET.match(label)
    if m is None:
        return False
    noun = m.group(1).lower()
    return noun.endswith("s") and plural_dropped(noun) in kinds  # a plural: several of the kind


# the kind a question counts or lists: the plural after 'how many' / 'which' ('how many provinces', 'which named destinations')
_KIND = re.compile(r"\b(?:how many|which|what)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+s)\b", re.I)


def counted_kinds(question: str) -> set[str]:
    """The singular of each word of the plural noun phrase a question counts or lists ('how many top-level segments'
    -> {'top-level', 'segment'}); empty when it asks none."""
    m = _KIND.search(question)
    return {plural_dropped(w.lower()) for w in m.group(1).split()} if m else set()


# a count or list of the items a table names one by one: 'the named vendors', 'the ranked operators', 'the listed countries'
_NAMED_ONLY = re.compile(r"\b(?:named|ranked|listed|tracked|individual|individually\s+\w+|specific)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s\b",
                         re.I)
# the residual bucket of the unnamed items: 'Others', 'All other', 'Other providers', 'Rest of world'
_UNNAMED = re.compile(r"^\s*(?:" + OTHERS + r"(?:\s+[a-z][\w-]*s)?|rest of (?:the\s+)?[a-z][\w -]*)\s*(?:\([^)]*\))?\s*[:*]?\s*$",
                      re.I)
# a mean over the items: 'Unweighted average', 'Average', 'Median'
_MEAN = re.compile(r"^\s*(?:[\w-]+\s+)?(?:average|mean|median)\s*(?:\([^)]*\))?\s*$", re.I)


def unnamed_bucket(label: str, question: str) -> bool:
    """Whether a row is the residual bucket of the unnamed items ('Others') the question does not name ('including
    Others'), or any bucket ('All other', 'Rest of world') when it counts the named items only: no one item counted."""
    if not _UNNAMED.match(label):
        return False
    if _NAMED_ONLY.search(question):
        return True
    # 'Others' beside named items is their unnamed rest; a line 'Other' (provisions, expenses) and 'Rest of Europe' (a
    # place) are items of a statement unless only the named items are asked
    own = set(re.findall(r"[a-z]+", label.lower())) - {"all"}
    return own == {"others"} and "others" not in re.findall(r"[a-z]+", question.lower())


def whole_of_rest(values: list[float]) -> int | None:
    """The index of the one figure that is the sum of all the others (three parts or more, to a rounding of the last
    place shown): the whole of the items under a name of its own ('Composite' 100 beside weights 14 + 22 + ... = 100)."""
    if len(values) < 4:
        return None
    total = sum(values)
    hits = [i for i, v in enumerate(values) if v > 0 and abs(2 * v - total) <= 0.001 * abs(v) + 0.05 * (len(values) - 1)]
    return hits[0] if len(hits) == 1 else None


def whole_or_mean(label: str) -> bool:
    """Whether a row stands for all the items together, their whole ('World', 'Industry total', 'All industries') or
    their mean ('Unweighted average'): it is no one item of those it sums or averages."""
    return whole_label(label) or bool(_MEAN.match(label))
