"""A bold lead copied as it stands that is one operand of the quantity asked (a ratio's divisor, one part of a sum
the question names, the actual figure of a counterfactual): no bold, the figure shown as what its passage gives."""

from __future__ import annotations

import re

from ..types import Answer, bold_lead
from .cells import FIGURE_ASKING, words
from .word_stems import plural_dropped

# 'A per B' asked of a figure: 'the average audit fee per client', 'hours delivered per average employee'
# (not 'per cent', a stock's 'per share', or a rate of time: 'per year / annum / day')
_PER = re.compile(r"\b(?P<a>[a-z][\w-]*)\s+per\s+(?:average\s+|each\s+|every\s+)?(?!cent\b|share\b|annum\b|year\b|"
                  r"month\b|day\b|week\b|hour\b|quarter\b|capita\b)(?P<b>[a-z][\w-]*)", re.I)
# a figure asked, not a choice, a reason or a manner
_FIGURE_ASKED = re.compile(r"^\s*(?:what\s+(?:was|were|is|are|would)\b|how\s+(?:much|many)\b)", re.I)
# the lead's own name on its evidence line: 'Row — col: LEAD' or 'Row — ... ; col: LEAD'
_NAMED = r"(?:^|; | — |\. )([^:;—.]+?):\s*{lead}(?![\d,.])"
# the lead's first figure, as its evidence writes it ('1,488' of '1,488 thousand tons')
_LEAD_FIGURE = re.compile(r"[\d][\d,]*(?:\.\d+)?")
DIVISOR_WHY = "the question asks {a} per {b}, and the lead is the figure of the {b} it is divided by"
PART_WHY = "the question asks a sum that includes {part}, and the lead is that part's figure alone"
RATE_WHY = "the question asks a {rate}, a percentage, and the lead is an amount"
COUNTERFACTUAL_WHY = "the question asks what a figure would have been, and the lead is one the passage states as it was"

# parts named to be added: 'A and B combined', 'including B'
_COMBINED = re.compile(r"\b(?P<a>[a-z][\w-]*)\s+and\s+(?P<b>[a-z][\w-]*)\s+combined\b", re.I)
_INCLUDING = re.compile(r"\b(?P<whole>[a-z][\w\s-]*?)\s+(?:in\s+(?:fy\s*)?(?:19|20)\d\d(?:[/-]\d\d)?\s+)?including\s+"
                        r"(?P<x>[a-z][\w\s-]*?)\s*(?:,|\?|$|\s+in\s)", re.I)
_COUNTERFACTUAL = re.compile(r"\bwould\b[^?]*\bhave\s+been\b", re.I)
_WOULD = re.compile(r"\bwould\b|\bcould\b|\bpro\s+forma\b|\bhad\s+(?:it|they|we|the)\b", re.I)
_GENERIC = FIGURE_ASKING | {"total", "and", "all"}


def _stem(word: str) -> str:
    """A word as compared with a passage's: lower case, its plural 's' dropped as `cells.words` drops it."""
    return plural_dropped(word.lower())


def _stems(text: str) -> set[str]:
    """The stems of a text's words, found once for all the words asked of it (each compared by `_stem`)."""
    return {_stem(w) for w in words(text)}


def _copied(answer: Answer) -> str | None:
    """The bold lead of an answer copied as it stands (no derivation, not refused), else None."""
    if answer.abstained or answer.derivation is not None:
        return None
    lead = bold_lead(answer.answer)
    return lead if lead and re.search(r"\d", lead) else None


def _lead_names(answer_text: str, lead: str) -> str:
    """The names the evidence gives the lead's figure: its column and its row ('Frontline employees (average)')."""
    first = answer_text.split("**", 2)[-1]
    figure = _LEAD_FIGURE.search(lead)
    if figure is None:
        return ""
    names = re.findall(_NAMED.format(lead=re.escape(figure.group(0))), first)
    rows = [line.split(" — ", 1)[0] for line in first.split("  ") if " — " in line
            and re.search(rf"(?<![\d,.]){re.escape(figure.group(0))}(?![\d,.])", line.split(" — ", 1)[1])]
    return " ".join(names + rows)


def _lead_sentence(answer_text: str, lead: str) -> str:
    """The sentence after the bold lead that writes its figure ('Windthrow salvage ... amounted to 1.34 million m3')."""
    figure = _LEAD_FIGURE.search(lead)
    rest = answer_text.split("**", 2)[-1]
    if figure is None:
        return ""
    pattern = re.compile(rf"(?<![\d,.]){re.escape(figure.group(0))}(?![\d,]|\.\d)")
    return next((s for s in re.split(r"(?<=[.;])\s+(?=[A-Z(])|\s{2,}", rest) if pattern.search(s)), "")


def divisor_led(question: str, answer: Answer) -> str | None:
    """DIVISOR_WHY when 'A per B' is asked as a figure and the copied lead's cell is named by B and not by A (the
    'Audit clients' cell for 'audit fee per client'): the divisor, not the ratio."""
    m = _PER.search(question)
    if m is None or not _FIGURE_ASKED.search(question) or (lead := _copied(answer)) is None:
        return None
    named = _lead_names(answer.answer, lead)
    said = _stems(named)
    if not named or _stem(m.group("b")) not in said or _stem(m.group("a")) in said or re.search(r"\bper\b", named, re.I):
        return None
    return DIVISOR_WHY.format(a=m.group("a"), b=m.group("b"))


def part_for_sum(question: str, answer: Answer) -> str | None:
    """PART_WHY when the question adds named parts ('elective and emergency combined', 'removals including windthrow
    salvage') and the copied lead is named by one part alone, not by the other part or the whole."""
    if (lead := _copied(answer)) is None:
        return None
    if m := _COMBINED.search(question):
        named = _lead_names(answer.answer, lead)
        said = _stems(named)
        a, b = _stem(m.group("a")) in said, _stem(m.group("b")) in said
        return PART_WHY.format(part=m.group("a") if a else m.group("b")) if named and a != b else None
    if m := _INCLUDING.search(question):
        part = [w for w in words(m.group("x")) if w not in _GENERIC]
        whole = [w for w in words(m.group("whole")) if w not in _GENERIC][-1:]
        named = _stems(_lead_names(answer.answer, lead) or _lead_sentence(answer.answer, lead))
        if part and whole and all(_stem(w) in named for w in part) and _stem(whole[0]) not in named:
            return PART_WHY.format(part=m.group("x").strip())
    return None


def actual_for_counterfactual(question: str, answer: Answer) -> str | None:
    """COUNTERFACTUAL_WHY when 'what would X have been' is asked and the copied lead's evidence states no figure as
    it would have been ('would', 'pro forma', 'had it'): the actual figure, an operand of the one asked."""
    if not _COUNTERFACTUAL.search(question) or _copied(answer) is None:
        return None
    quote = " ".join(c.quote for c in answer.citations if c.quote) or answer.answer
    return None if _WOULD.search(quote) else COUNTERFACTUAL_WHY


# a rate asked of a figure: 'what was the group EBITDA margin', 'what percentage of X'
_RATE = re.compile(r"^\s*what\s+(?:was|were|is|are)\b[^?]*?\b(?P<rate>margin|yield)\b(?!\s+(?:of|on)\b)"
                   r"|^\s*what\s+(?P<pct>percentage|proportion|share)\s+of\b", re.I)
# an amount: a scale word or a currency written with the figure ('385 million', '€ 12.4m')
_AMOUNT = re.compile(r"\b(?:thousand|million|billion|trillion|bn|mn)\b|[$€£¥]|\d\s*[mbk]\b", re.I)


def amount_for_rate(question: str, answer: Answer) -> str | None:
    """RATE_WHY when a margin, a yield or a percentage of something is asked and the copied lead is an amount with
    no percent sign ('385 million' for 'the group EBITDA margin'): the rate's numerator, not the rate."""
    m = _RATE.search(question)
    if m is None or (lead := _copied(answer)) is None or "%" in lead or not _AMOUNT.search(lead):
        return None
    return RATE_WHY.format(rate=(m.group("rate") or m.group("pct")).lower())
