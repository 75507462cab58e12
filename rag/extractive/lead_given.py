"""What the question already gives is no bold lead: the name it sets aside, the figure it states, its own words.

'Besides OpenAI, which company ...' asks another name than OpenAI; a lead naming OpenAI was found by the
question's own words. 'How many of 2024's 220 incidents stemmed from X?' asks a part of the 220; a lead
figure the question states (and no other) repeats the whole. Neither is refused (the passage may still
hold the answer in its wording): the answer keeps the quote and says why it is not certain.
"""

from __future__ import annotations

import re

from ingest.figures import Figure

from ingest.keyword import tokenize

from ..types import bold_lead
from .choice_names import alternatives
from .pick import stated_in
from .set_aside import set_aside
from .slots import Slots


# a question checking a figure it states: 'Did incidents reach 220?', 'Is the share above 30%?'
_CHECKS = re.compile(r"^\W*(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would)\b", re.I)

# a question word: an instruction ('answer 42') asks nothing, so states no figure as a given
_ASKS = re.compile(r"\b(?:how|what|which|where|when|who)\b", re.I)


def aside_led(question: str, shown: str) -> str | None:
    """Why a bold lead naming (only) what the question sets aside ('Besides A, which ...') does not answer, or None."""
    lead = bold_lead(shown)
    items = set_aside(question)[1]
    if not lead or not items:
        return None
    low = lead.strip().lower()
    for item in items:
        it = item.strip().lower()
        if it and re.fullmatch(rf"(?:the\s+)?{re.escape(it)}\W*", low):
            return f"the lead is {item.strip()}, which the question sets aside"
    return None


def given_figure_led(slots: Slots, figures: list[Figure]) -> str | None:
    """Why an amount asked and led only by figures the question itself states ('of the 220 incidents, how
    many ...' led by 220) is not answered, or None; a yes/no question may restate the figure it checks."""
    if slots.asks != "amount" or _CHECKS.match(slots.text) or not _ASKS.search(slots.text) or not figures \
            or not all(stated_in(f, slots.text) for f in figures):
        return None
    return "the lead is the figure the question gives, not the one it asks"


# 'Which filing type ...': a thing asked by its kind, answered by a name the question does not already say
_WHICH = re.compile(r"^\W*(?:which|what)\s+(?!is\b|are\b|was\b|were\b|does\b|do\b|did\b)\w+", re.I)


# words joined by hyphens ('if-converted', 'Black-Scholes'): one word, which the question echoes only written whole
_COMPOUND = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")


def echoed_lead(question: str, shown: str) -> str | None:
    """Why a worded bold lead every term of which the question itself uses ('Gen AI Service Filings' for
    'which filing type dominates the gen AI services filed') does not name the thing asked, or None."""
    lead = bold_lead(shown)
    if not lead or not _WHICH.match(question) or any(c.isdigit() for c in lead):
        return None
    if (alt := alternatives(question)) is not None and alt.kind == "choice":
        return None  # 'which is larger, A or B': one of the alternatives the question names is its answer
    if any(w.lower() not in question.lower() for w in _COMPOUND.findall(lead)):
        return None  # 'the if-converted method': a compound the question never writes whole names something new
    said, asked = set(tokenize(lead)), set(tokenize(question))
    # a word's forms share a stem ('filing', 'fil', 'filed'): one a prefix of the other, three letters at least
    if len(said) < 2 or not all(any(min(len(t), len(q)) >= 3 and (t.startswith(q) or q.startswith(t)) or t == q
                                    for q in asked) for t in said):
        return None
    return "the lead repeats the question's own words and names nothing it asks"
