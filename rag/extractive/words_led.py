"""A question asking words (a time, a cause, what its subject relates to) led by a bare amount: no bold.

'When was the dividend paid?' is answered by a date, 'what was the increase due to?' and 'what did the costs
relate to?' by a phrase; an amount or a share read from a row ('4,232.7', '61.3 million') is the subject's own
figure, not what was asked of it.
"""

from __future__ import annotations

import re

from ..types import Answer, bold_lead, lead_of
from .excluded_led import lead_labels
from .question_readings import relation_asked, words_asked

_DIGIT = re.compile(r"\d")
# a lead naming a time: a month, a year (a forecast's '2025E' too), a quarter or half, a fiscal period ('FY21',
# 'FY2021', as a column prints it), a duration
_TIME = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                   r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:19|20)\d{2}[EFP]?\b|\bq[1-4]\b|"
                   r"\b(?:h[12]|fy\s*'?\d{2}(?:\d{2})?[EFP]?|quarter|half|fiscal|year|month|week|day)s?\b", re.I)
# words an amount is written with: its scale and currency
_AMOUNT_WORDS = frozenset("million millions billion billions thousand thousands m bn mn k per cent percent usd eur gbp "
                          "rmb jpy inr aud cad chf sek nok dkk zar nzd krw brl mxn ps rs approximately about".split())
# 'what was the increase in X in 2019 primarily due to?': a cause asked, however long its subject
_CAUSE_END = re.compile(r"^\s*what\b.*\b(?:due|attributable|attributed) to\s*\?*\s*$", re.I)
WORDS_LED_WHY = "the question asks {what}, and the lead is an amount, not {what}"
_WHAT = {"when": "a time", "reason": "a cause", "relation": "what its subject relates to"}


def words_kind(question: str) -> str | None:
    """'when', 'reason' or 'relation' for a question answered in words of that kind, else None."""
    if relation_asked(question):
        return "relation"
    kind = "reason" if _CAUSE_END.search(question) else words_asked(question)
    return kind if kind in ("when", "reason") and not re.search(r"\bhow (?:much|many)\b", question, re.I) else None


def amount_for_words(question: str, answer: Answer) -> str | None:
    """WORDS_LED_WHY when the question asks a time, a cause or a relation and the bold lead is a figure read from a
    table row (a row says no cause or relation) naming no time (no month, year, quarter or period); else None."""
    if answer.abstained or answer.derivation is not None or (kind := words_kind(question)) is None:
        return None
    if not lead_labels(answer)[0]:
        return None  # a sentence's figure ('reflect the voluntary 20% reduction') may stand inside the words asked
    lead = lead_of(answer.figure, answer.answer)
    if lead is None or "**" not in (answer.answer or "") or not _DIGIT.search(lead) or _TIME.search(lead):
        return None
    if any(w.lower() not in _AMOUNT_WORDS for w in re.findall(r"[A-Za-z]+", lead)):
        return None  # words led ('58 gross wells placed on production'): a phrase, maybe the one asked
    return WORDS_LED_WHY.format(what=_WHAT[kind])


# 'in which fiscal year were X the lowest', 'which quarter had the most X': a period asked
_WHICH_PERIOD = re.compile(r"^\s*(?:in\s+|during\s+)?(?:which|what)\s+(?:fiscal\s+|financial\s+)?(?:year|quarter|"
                           r"month|period|half)\b(?!s)", re.I)
_AMOUNT_TOO = re.compile(r"\bhow (?:much|many)\b|\bwhat (?:was|were|is|are) the (?:amount|value|figure)\b|"
                         r"\band (?:what|how)\b", re.I)
PERIOD_WHY = "the question asks which period, and the lead '{lead}' names none"


def period_unnamed(question: str, answer_text: str) -> str | None:
    """PERIOD_WHY when the question asks which year, quarter or month (and no amount besides) and the bold lead
    names no time (a row's label or figure led instead: 'Deductions (1)'); else None."""
    lead = bold_lead(answer_text)
    if lead is None or not _WHICH_PERIOD.match(question) or _AMOUNT_TOO.search(question) or _TIME.search(lead):
        return None
    return PERIOD_WHY.format(lead=lead)
