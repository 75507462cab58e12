"""Leads that restate what the question says instead of answering it: an explanation led by the sentence that
states the question's own claim with no cause, and a bare number that indexes a part of the report ('Panel 1')."""

from __future__ import annotations

import re

from ingest.keyword import tokenize

from ..types import bold_lead
from .slots import Slots
from .word_stems import stems_meet

# a cause, means or purpose said in the sentence: 'because', 'due to', 'driven by', 'as demand grows', 'X leads to',
# 'to reduce risk'
_CAUSE = re.compile(r"\bto\s+[a-z]|\b(?:because|due\s+to|owing\s+to|thanks\s+to|driven|drives?|driving|fuel(?:l?ed|s)?|enabl\w*|"
                    r"since|given|through|via|by|result(?:s|ed|ing)?|caus\w*|lead(?:s|ing)?\s+to|led\s+to|"
                    r"stem\w*|reflect\w*|amid|so\s+that|in\s+order|reason\w*|factor\w*|allow\w*|help\w*|thus|therefore|hence|"
                    r"(?<!such\s)(?<!well\s)as(?!\s+well\b))\b", re.I)
_COVERED = 0.7  # the share of the question's subject terms the sentence must say to restate its claim
_FEWEST = 3
CLAIM_WHY = "the quoted sentence restates what the question asks to explain and gives no cause of it"


def _said(term: str, words: set[str]) -> bool:
    """A stemmed term said in `words`: equal, or one a prefix of the other (three letters at least)."""
    return any(stems_meet(term, w, 3) for w in words)


# a place in the report the question points at, first or (as rag.fronted_phrase moves it) last: 'In the section on
# agent applications, why ...' / 'Why ..., in the section on agent applications?'
_PLACE = (r"(?:in|within|from|according\s+to|per|based\s+on)\s+(?:the\s+)?[^,?]*\b(?:section|chapter|part|page|table|"
          r"figure|chart|appendix)\b[^,?]*")
_POINTER = re.compile(rf"^\W*{_PLACE},|,\s*{_PLACE}\?*\s*$", re.I)
# a cause asked: 'why ...', 'for what reason ...' (not what a thing consists of or represents: that is a definition)
_WHY = re.compile(r"\bwhy\b|\breasons?\b", re.I)


# two directions of one change: a sentence saying the other one than the question corrects its premise
_CHANGES = ((r"widen\w*|wider", r"narrow\w*"), (r"ris[ei]\w*|rose|increas\w*|grow\w*|grew|gain\w*|higher|up",
             r"f[ae]ll\w*|declin\w*|decreas\w*|drop\w*|shr[iau]nk\w*|lower|down"),
            (r"expand\w*", r"contract\w*"), (r"accelerat\w*|faster", r"slow\w*"))


def _says(pattern: str, text: str) -> bool:
    return re.search(rf"\b(?:{pattern})\b", text, re.I) is not None


def _corrects(question: str, text: str) -> bool:
    """The sentence says the other direction of a change the question assumes ('widened' asked, 'narrowing' said)."""
    return any(_says(a, question) and not _says(a, text) and _says(b, text) and not _says(b, question)
               for x, y in _CHANGES for a, b in ((x, y), (y, x)))


def restated_claim(slots: Slots, text: str) -> str | None:
    """CLAIM_WHY when a cause is asked ('Why is so much data left unstored?') and the lead's sentence says most of
    its subject terms ('... 95% of data was left unstored') and no word of a cause or purpose: the claim, not its
    reason. A sentence saying the other direction of a change the question assumes corrects its premise (kept); the
    place the question points at ('In the section on X, why ...', first or last) is where to look, not the claim."""
    if not _WHY.search(slots.text) or _CAUSE.search(text) or _corrects(slots.text, text):
        return None
    pointer = _POINTER.search(slots.text)
    placed = set(tokenize(pointer.group(0))) if pointer else set()
    subject = [t for t in slots.subject if not _said(t, placed)]
    if len(subject) < _FEWEST:
        return None
    words = set(tokenize(text))
    said = sum(_said(t, words) for t in subject)
    return CLAIM_WHY if said >= _COVERED * len(subject) else None


# a number naming a part of the report: 'Panel 1:', 'Figure 3', 'Step 2', 'Chapter 4'
_PART = r"(?:panel|figure|fig\.|table|chart|exhibit|step|phase|stage|chapter|section|part|appendix|no\.)"
# a count of parts asked ('how many panels', 'how many pricing tiers or steps'): the parts' numbers may answer it
_PARTS = r"(?:panel|figure|table|chart|exhibit|step|phase|stage|chapter|section|part)s|appendices"
_ASKS_PART = re.compile(rf"\b(?:which|what)\s+(?:\w+\s+){{0,2}}{_PART}|\b{_PART}\s+(?:number|no\.)"
                        rf"|\bhow\s+many\s+(?:[\w-]+\s+){{0,2}}(?:{_PARTS})\b", re.I)
INDEX_WHY = "the lead is the number of a panel, figure or section: it names where something is, not an amount of it"


def index_number_led(question: str, shown: str, text: str) -> str | None:
    """INDEX_WHY when the bold lead is a bare whole number that the quoted text writes only as the number of a part
    of the report ('Panel 1: Active Voice Chat'), and the question asks no such part; else None."""
    lead = bold_lead(shown)
    if lead is None or not re.fullmatch(r"\d{1,3}", lead.strip()) or _ASKS_PART.search(question):
        return None
    n = re.escape(lead.strip())
    whole = r"(?![\w%]|[.,]\d)"  # the number itself, not part of '3.5', '3,000' or '3%' ('3.' may end a sentence)
    uses = re.findall(rf"(?<![\w.,]){n}{whole}", text)
    indexed = re.findall(rf"\b{_PART}\s+{n}{whole}", text, re.I)
    return INDEX_WHY if uses and len(indexed) == len(uses) else None
