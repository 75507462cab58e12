"""What the lead figure's own wording says against it being the figure asked: no bold.

A comparison asks two or more things apart; one figure said of them together compares nothing.
'How did the U.S. and China compare in their share of financing?' is answered by each one's figure.
A sentence that gives one figure for several things at once ('China and the U.S. together
representing 92%', 'with a total investment exceeding 700 million yuan') says nothing of how they
compare, so its figure is no bold lead: the answer keeps the quote and says why it is not certain.
Likewise a question asking the precise or exact figure is not answered in bold by a bound or an
approximation ('over 1.1 trillion yuan', 'about 40%'): the passage does not give the figure asked.
And a whole sentence quoted as the answer to a question asking for words is not bolded when it names
what the question names but its passage never uses the question's most distinctive term: it was found
by the names and says something else of them ('Key examples include DALL-E, Stable Diffusion and
Midjourney' for what sets the three apart).
"""

from __future__ import annotations

import re

from ingest.figures import Figure

from ..types import Answer, bold_lead
from .features import Evidence
from .names import mentions_entity
from .phrase_lead import answering_sentence
from .rivalry import clause_of
from .slots import Slots

JOINT_WHY = "the passage gives one figure for the things compared together, not each one's"
# words by which a clause says its figure is of several things at once
JOINT = re.compile(r"\b(?:together|combined|jointly|collectively|altogether|in total|in all|total)\b", re.I)
# words by which a question sets things against each other ('What share did A and B hold' may ask the two as one)
COMPARED = re.compile(r"\bcompar\w*|\bversus\b|\bvs\b|\bdiffer\w*|\bagainst\b|\brelative to\b|\bthan\b", re.I)


def joint_figure(slots: Slots, best: Evidence, figures: list[Figure]) -> str | None:
    """JOINT_WHY when a comparison (or which-is-larger) of things is led by a figure said of them together:
    its own clause says so, or a joint word just before it follows every side the question names."""
    if JOINT.search(slots.text) or not figures:
        return None  # the question asks the joint figure itself ('the combined share')
    return JOINT_WHY if _joint_clause(slots, best, figures) or _sides_together(slots, best, figures) else None


def _joint_clause(slots: Slots, best: Evidence, figures: list[Figure]) -> bool:
    """A comparison of things (not of years; the question sets them against each other) led by one figure
    whose own clause says it is of several things together; never a table row ('Total' names it)."""
    if slots.shape != "comparison" or len(figures) != 1 or best.row or len(slots.years) > 1:
        return False
    return bool(COMPARED.search(slots.text)) and bool(JOINT.search(clause_of(best.text, figures[0])))


_SIDES_JOINT = re.compile(r"\b(?:together|combined|jointly|collectively|altogether|between them)\b", re.I)
_GAP = 60  # characters from the joint word to the figure it qualifies


def _sides_together(slots: Slots, best: Evidence, figures: list[Figure]) -> bool:
    """'China and the U.S. together accounted for 92%' for a question setting the two against each other
    (or asking which is larger): the lead figure follows a joint word that follows every side named."""
    if len(slots.entities) < 2 or not (slots.shape == "which" or slots.shape == "comparison" and COMPARED.search(slots.text)):
        return False  # 'what share did A and B hold' may ask the two as one
    at = figures[0].start
    joint = [m for m in _SIDES_JOINT.finditer(best.text, 0, at) if at - m.end() <= _GAP]
    if not joint:
        return False
    before = best.text[:joint[-1].start()].lower()
    return len([e for e in slots.entities if mentions_entity(before, e)]) >= 2


BOUND_WHY = "the question asks the precise figure and the passage gives only a bound or an approximation"
PRECISE = re.compile(r"\b(?:precise(?:ly)?|exact(?:ly)?)\b", re.I)


def bound_not_precise(slots: Slots, figures: list[Figure]) -> str | None:
    """BOUND_WHY when the question asks the precise or exact figure and the lead figure is written with
    a qualifier ('over', 'more than', 'about', 'nearly', 'up to'); else None."""
    if not figures or not PRECISE.search(slots.text):
        return None
    return BOUND_WHY if figures[0].qualifier else None


RARE_WHY = "the quoted sentence names what the question names, but its passage never uses the question's most distinctive term"


def sentence_without_rare_term(question: str, answer: Answer, best: Evidence, checked: dict[str, float]) -> str | None:
    """RARE_WHY when the bold lead is the best sentence itself (no phrase or figure answers), the
    sentence names everything the question names (`names` 1: found by the names) and the question's
    rarest term is in no form in its passage (`rare_term_unsaid`): it says something else of them."""
    lead = bold_lead(answer.answer)
    if not lead or answer.figure or not checked.get("rare_term_unsaid") or checked.get("names", 0.0) < 1.0:
        return None
    return RARE_WHY if lead == answering_sentence(question, best.text) else None



TITLE_WHY = "the quoted line is a title: it names the topic asked, and says nothing of why or how"
_TITLE_WORDS = 8
_END = (".", ";", ":", "?", "!", ")")


def _title_led(answer: Answer, best: Evidence, words: int) -> bool:
    """The bold lead is the whole quoted line, and that line is a title: no figure, no end punctuation,
    `words` words at most."""
    lead = bold_lead(answer.answer)
    if not lead or answer.figure or best.row or best.figures:
        return False
    text = best.text.strip()
    return lead == text and not text.endswith(_END) and len(text.split()) <= words


def title_for_explanation(slots: Slots, answer: Answer, best: Evidence) -> str | None:
    """TITLE_WHY when an explanation's bold lead is its whole quoted line and that line is a title (a few
    words, no figure, no end punctuation: 'Artificial intelligence risk management matrix'); else None."""
    return TITLE_WHY if slots.shape == "explanation" and _title_led(answer, best, _TITLE_WORDS) else None


TITLE_LEAD_WHY = "the quoted line is a title: it names the topic asked and answers nothing of it"
_TITLE_LEAD_WORDS = 12


def title_lead(slots: Slots, answer: Answer, best: Evidence) -> str | None:
    """TITLE_LEAD_WHY when a question asking a figure, a list or a trend ('what stages ...', 'is it true ...') is led in bold
    by its whole quoted line and that line is a title (no figure, no end punctuation, a dozen words at most).
    A trend is no shape: slots.trend is set on a figure, comparison or computed shape, and the figure one is meant."""
    if slots.shape not in ("figure", "list") or slots.entity:
        return None  # 'which matrix does it show' is answered by a title; a side compared by a chart's label line
    return TITLE_LEAD_WHY if _title_led(answer, best, _TITLE_LEAD_WORDS) else None


QUANTITY_WHY = "the question asks a quantity and the quoted sentence states none"
# 'What (diagnostic) accuracy ...', 'What share ...': a quantity named right after 'what' (two words before it at most)
_QUANTITY = re.compile(r"^\s*what\s+(?:(?!(?:is|was|are|were|does|do|did|has|have|had|the|a|an)\b)[\w-]+\s+){0,2}"
                       r"(?:accuracy|coverage|penetration|share|proportion|percentage|ratio|rate|cagr|growth rate|"
                       r"valuation|score|number|amount|price|cost|fee)\b", re.I)
_PHRASE_WORDS = 6  # a lead of more words is a phrase, whatever figure it names in passing
_DIGIT_AMOUNT = re.compile(r"\d+(?:[.,]\d+)*\s*(?:%|percent|pct|million|billion|trillion|thousand)|[$¥€£]\s*\d", re.I)


def quantity_without_figure(question: str, answer: Answer) -> str | None:
    """QUANTITY_WHY when the question asks a quantity by name ('What diagnostic accuracy does X achieve?')
    and the bold lead is words with no figure of an amount (a version number, 'Taichu 2.0', is none)."""
    lead = bold_lead(answer.answer)
    if not lead or answer.figure or not _QUANTITY.search(question):
        return None
    if _DIGIT_AMOUNT.search(lead) and len(lead.split()) <= _PHRASE_WORDS:
        return None  # an amount led (a phrase of many words naming one in passing is no amount)
    return QUANTITY_WHY


PART_OVER_WHOLE_WHY = "the question asks a part of a whole in percent, which is at most 100%, and the lead exceeds it"
# 'what percentage of large enterprises use X', 'what share of respondents': a part of a group, not a change
_PART_OF = re.compile(r"\bwhat\s+(?:percentage|percent|share|proportion|fraction)\s+of\b", re.I)
_PERCENT_LEAD = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent\b)", re.I)


def part_over_whole(question: str, answer: Answer) -> str | None:
    """PART_OVER_WHOLE_WHY when 'what percentage of <group>' is led in bold by a percent above 100 (or a bound
    'more than 100%'): no part exceeds its whole, so the figure is of something else (a column sum, a growth)."""
    lead = bold_lead(answer.answer)
    if not lead or not _PART_OF.search(question):
        return None
    m = _PERCENT_LEAD.search(lead)
    return PART_OVER_WHOLE_WHY if m and float(m.group(1)) >= 100 and len(lead.split()) <= 4 else None
