"""A lead figure said of a wider set than the one asked: no bold.

Two shapes of one property: the sentence's figure belongs to a group or class, the question asks of
one member or one narrower kind. 'The gap narrowed ... on benchmarks such as MMLU, MMMU, MATH and
HumanEval to less than 4 pct' gives the gap over the benchmarks together, not MMLU's; 'Large models now
account for nearly 60% of demand' is all large models' share, not industry (vertical) large models'.
Either figure may be near the answer, but the product cannot vouch for it: it is shown without bold.
"""

from __future__ import annotations

import re

from ingest.figures import Figure
from ingest.keyword import tokenize

from .features import Evidence
from .names import mentions_entity
from .slots import Slots

EXAMPLE_WHY = "the lead figure is said of a group the question's {name} is only one example of"
# 'such as A, B, C and D', 'including A, B and C': a list of examples, three items at least
_EXAMPLES = re.compile(r"\b(?:such as|including|e\.g\.,?|for example,?)\s+((?:[^,;.()]+?,\s*){1,}(?:and|or)\s+[\w.\-]+)", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def _items(span: str) -> list[str]:
    return [p.strip() for p in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", span) if p.strip()]


def example_member(slots: Slots, best: Evidence, figures: list[Figure]) -> str | None:
    """EXAMPLE_WHY when a name the question asks of is named in the lead sentence only as one item of a list of
    examples ('such as A, B and C'), the lead figure is outside that list, the question names no other item, and
    the sentence gives fewer figures of the lead's unit than items (not one figure each, 'respectively'); else None."""
    if not figures or best.row or not slots.entities or _RESPECTIVELY.search(best.text):
        return None
    at = figures[0].start
    alike = [f for f in best.figures if f.unit == figures[0].unit]  # the figures that could be one per item
    for m in _EXAMPLES.finditer(best.text):
        items = _items(m.group(1))
        if len(items) < 3 or m.start(1) <= at < m.end(1) or len(alike) >= len(items):
            continue
        outside = (best.text[:m.start()] + " " + best.text[m.end():]).lower()
        span = m.group(1).lower()
        for e in slots.entities:
            if not mentions_entity(span, e) or mentions_entity(outside, e):
                continue
            others = [i for i in items if not mentions_entity(i.lower(), e)]
            if any(re.search(rf"(?<!\w){re.escape(i.strip())}(?!\w)", slots.text, re.I) for i in others):
                continue  # the question names the group's other items too: it asks of them together
            return EXAMPLE_WHY.format(name=e.name)
    return None


CLASS_WHY = "the question asks of {kind} models; the lead's sentence speaks of models at large"
# a modifier naming a narrower kind of model: 'vertical large models', 'industry foundation models'
_KIND = re.compile(r"\b(vertical|industry|industrial|general[- ]purpose|domain[- ]specific|specialized|specialised|"
                   r"small|lightweight)\s+(?:(?:large|foundation|language|AI)\s+){0,2}(?:models?|LLMs?)\b", re.I)
_MODELS = re.compile(r"\b(?:models?|LLMs?)\b", re.I)
# the forms by which a sentence names each kind ('industry-specific', 'industries', 'verticals')
_FORMS = {"vertical": r"vertical", "industry": r"industr", "industrial": r"industr", "general-purpose": r"general",
          "general purpose": r"general", "domain-specific": r"domain", "domain specific": r"domain",
          "specialized": r"speciali[sz]", "specialised": r"speciali[sz]", "small": r"small", "lightweight": r"light"}


def narrower_kind_unsaid(question: str, best: Evidence, figures: list[Figure]) -> str | None:
    """CLASS_WHY when the question asks a figure of a narrower kind of model ('vertical large models') and the
    lead sentence, giving that figure, names models without that kind in any form; else None."""
    if not figures or best.row:
        return None
    m = _KIND.search(question)
    if m is None or not _MODELS.search(best.text):
        return None
    kind = m.group(1).lower()
    if re.search(rf"\b{_FORMS.get(kind, re.escape(kind))}", best.text, re.I):
        return None
    return CLASS_WHY.format(kind=kind)


LISTED_SIBLING_WHY = "the lead lists {item}, the thing the question asks about, among others: it names its kind, not what is asked of it"
_SHORT_ITEM = 6  # words: a list of names, not of clauses


def _tokens(text: str) -> set[str]:
    return set(tokenize(text))  # the index's stems: 'surgeries' and 'surgery' are one term


def sibling_list_led(question: str, lead: str | None) -> str | None:
    """LISTED_SIBLING_WHY when a bold list lead of short names ('A; B; C') holds as one item the very thing the question
    asks about (each of its words in the question): the list gives that thing's siblings, not what is asked of it."""
    if not lead or ";" not in lead:
        return None
    items = [i.strip() for i in lead.split(";") if i.strip()]
    if len(items) < 2 or any(len(i.split()) > _SHORT_ITEM for i in items):
        return None
    asked = _tokens(question)
    for item in items:
        own = _tokens(item)
        if len(own) >= 2 and own <= asked:
            return LISTED_SIBLING_WHY.format(item=item)
    return None
