"""One item of a group asked, the group's figure given: the thing the question asks about is named in
the lead sentence only as an example ('security issues (such as data breaches, ...)') or as one of
several things a figure is said of together ('China and the U.S. ..., their share', 'six scenarios:
..., and content generation, with a total investment'). The figure is the group's, not the item's.
gates.py lists the gate with the others."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.keyword import tokenize

from .names import enumeration_items, mentions_entity

if TYPE_CHECKING:
    from .gates import Decision

# an example list in brackets: its cue, then the items up to the closing bracket ('on benchmarks such as
# A, B and C' after figures for each is no example of a group, it names what the figures are of)
_EXAMPLE = re.compile(r"\((?:such as|e\.g\.|for example|for instance|including)[,:]?\s+([^()]*)\)")
_ITEM = r"[A-Za-z][\w.+&-]*(?: [A-Za-z][\w.+&-]*){0,2}"
_LIST = re.compile(rf"({_ITEM}(?:, {_ITEM})+,? (?:and|or) {_ITEM})")
NAME = r"(?:the )?[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}"
_PAIR = re.compile(rf"{NAME} (?:and|&) {NAME}")  # 'China and the U.S.': two names joined
# words by which a sentence says its figure is of several things at once
_TOGETHER = re.compile(r"\b(?:together|combined|jointly|collectively|altogether|in total|total|their|both)\b", re.I)
_EACH = re.compile(r"\b(?:respectively|each)\b", re.I)


def _example_spans(text: str) -> list[tuple[int, int]]:
    return [m.span(1) for m in _EXAMPLE.finditer(text)]


def _group_spans(text: str) -> list[tuple[int, int]]:
    """Enumerations and pairs of names, when the sentence says its figure is of them together."""
    if not _TOGETHER.search(text) or _EACH.search(text):
        return []
    found = [m.span(1) for m in _LIST.finditer(text)] + [m.span() for m in _PAIR.finditer(text)]
    return [(s, e) for s, e in found if _TOGETHER.search(text, e)]


def item_only_in(text: str, span: tuple[int, int], terms: set[str], entities) -> str | None:
    """The one item of the span the question asks (its terms or names are said nowhere else in `text`),
    when the question names no other item of it; else None."""
    s, e = span
    inside, outside = text[s:e], f"{text[:s]} {text[e:]}"
    out_terms = set(tokenize(outside))
    asked = []
    for item in enumeration_items(inside) or [inside]:
        low = item.lower()
        own = (set(tokenize(item)) & terms) - out_terms
        named = [n for n in entities if mentions_entity(low, n) and not mentions_entity(outside.lower(), n)]
        if own or named:
            asked.append(item)
        elif set(tokenize(item)) & terms or any(mentions_entity(low, n) for n in entities):
            return None  # the question names another item too: it may ask the group
    return asked[0] if len(asked) == 1 else None


def item_of_group(d: Decision) -> str | None:
    """An amount asked of a thing the lead sentence names only as an example or as one of several things
    its figure is said of together, the lead figure outside that list: the reports give the group's figure."""
    s = d.slots
    if s.asks != "amount" or s.shape != "figure" or not d.figures or d.best.row:
        return None
    text = d.best.text
    terms = set(s.subject)
    for span in _example_spans(text) + _group_spans(text):
        if span[0] <= d.figures[0].start < span[1]:
            continue
        item = item_only_in(text, span, terms, s.entities)
        if item:
            return f"the reports give a figure for a group that {item.strip()} is only one of"
    return None


# a part of a whole asked ('how many of the services ... serve finance'); a total given ('a total of 451')
_PART_ASKED = re.compile(r"\bhow many of (?:the|these|those|its|their)\b", re.I)
_WHOLE_ASKED = re.compile(r"\b(?:total|in all|altogether|overall|combined|all)\b", re.I)
_TOTAL_BEFORE = re.compile(r"\b(?:a total of|in total|altogether|overall)\s*$", re.I)


def total_for_part(d: Decision) -> str | None:
    """A count of a part of a whole asked ('How many of the services filed serve the finance industry?')
    is not answered by a lead figure its sentence calls the total ('a total of 451 services had been filed'):
    the reports give the whole, not the part. A question asking the total itself is left alone."""
    if not _PART_ASKED.search(d.slots.text) or _WHOLE_ASKED.search(d.slots.text) or not d.figures or d.best.row:
        return None
    f = d.figures[0]
    if _TOTAL_BEFORE.search(d.best.text[max(0, f.start - 20):f.start]):
        return f"the reports give the total ({f.text}), not the part asked"
    return None
