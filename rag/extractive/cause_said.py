"""The explaining sentence of an explanation question: one that states a cause or a purpose (a causal
connective or a purpose clause) and names the thing asked about; a sentence restating a figure does not."""

from __future__ import annotations

import re

from ingest.keyword import tokenize

from .cause_cues import cause_asked
from .direction_words import CHANGE_STEMS
from .slots import Slots

# A cause ('because', 'due to', 'driven by', 'has enabled X to'), or a purpose ('so that', 'aiming to')
_CAUSE_OR_PURPOSE = re.compile(
    r"\b(because|due to|(?:is |are |was |were )?driven by|as a result of|result(?:ed|s)? (?:of|from)|attributable to|"
    r"thanks to|owing to|caused by|fuel(?:l)?ed by|stem(?:s|med)? from|led to|leads? to|leading to|"
    r"enabl(?:e|es|ed|ing)\b[^.;]{1,60}?\bto|allow(?:s|ed|ing)?\b[^.;]{1,60}?\bto|"
    r"so that|in order to|so as to|aim(?:s|ed|ing)? (?:to|at)|(?:designed|intended) to|with the (?:aim|goal) of)\b",
    re.I)
# A why, or a purpose asked ('what is the aim of X'); what X includes or means asks no cause
_WHY_OR_PURPOSE = re.compile(r"^\s*why\b|\b(aims?|purposes?|goals?|objectives?|intended|in order to)\b", re.I)
# words of change and continuation: the effect asked, not the thing it happens to ('increase', 'grow'); 'rise' and
# 'surge' only in their own forms (tokens as stemmed: 'rising' -> 'ris'), so 'risk' and 'surgery' stay things asked
CHANGE_WORD = re.compile(r"ris(?:e[sn]?|ing)?|rose|surg(?:e[sd]?|ing)?|(?:increas|grow|grew|" + CHANGE_STEMS + r")\w*", re.I)


def cause_said(text: str, slots: Slots) -> bool:
    """An explanation asked, and the sentence states a cause or purpose and holds at least half of the
    question's subject terms (words of change aside): it explains the thing asked, not some other."""
    if not asks_cause(slots) or not _CAUSE_OR_PURPOSE.search(text):
        return False
    wanted = [t for t in slots.subject if not CHANGE_WORD.fullmatch(t)]
    if len(wanted) < 2:
        return False
    words = set(tokenize(text))
    return sum(t in words for t in wanted) * 2 >= len(wanted)


def asks_cause(slots: Slots) -> bool:
    """An explanation asking a cause or a purpose ('why ...', 'what drives ...', 'what is the aim of ...')."""
    return slots.shape == "explanation" and bool(_WHY_OR_PURPOSE.search(slots.text) or cause_asked(slots.text))
