"""The amount a year before a change the question itself quotes: 'urban per capita consumption in 2023,
backing out the 4.7% nominal rise' of '(in 2024) urban spending increasing by 4.7%, reaching around
RMB 34.5 thousand' is 34.5 / (1 + 4.7%), with its derivation, cited.
General properties, of questions and passages:
- a percent the question states is given, not asked: the sentence giving that percent as a change
  ('increased by 4.6% to', 'saw a 6.6% increase to reach') with the amount it reached is read;
- that sentence is dated the year after the one year the question asks, so the amount asked is the one
  before the change: the amount reached over (1 + the change), a fall being a negative change;
- a question asking the figure a passage implies ('implied 2023 incidents') states no percent: the sentence
  giving an amount with its year-on-year change ('reached 220, up nearly 50% YoY') is read the same way."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.figures import NUMBER, Figure, parse_figures, same_value

from .. import compute
from ..types import Answer, AnswerContext, Citation
from .features import Evidence
from .slots import Slots

LOOK = 4  # the best sentences read
# between the change and the amount it reached: 'increase to reach', ', reaching around', 'to'
_REACHED = re.compile(r"^\s*(?:(?:increase|rise|growth|gain|decrease|decline|drop|fall)\s+)?,?\s*"
                      r"(?:to reach|reaching|reached|and reached|to)\s*(?:around|about|approximately|roughly)?\s*$", re.I)
_UP = re.compile(r"\b(?:increas\w*|ris\w*|rose|grow\w*|grew|gain\w*|up)\b", re.I)
_DOWN = re.compile(r"\b(?:decreas\w*|declin\w*|fell|fall\w*|drop\w*|down)\b", re.I)
_NEAR = 30  # how far before (or after) the percent its word of change is read


def _bare(text: str) -> str:
    """The number of a figure as written ('4.7%' -> '4.7')."""
    m = NUMBER.search(text)
    return m.group(0) if m else text


def _changed(e: Evidence, rate: Figure) -> tuple[Figure, int] | None:
    """The amount `rate` (a percent of `e`) is a change to, and the change's sign; None when the sentence
    does not say the percent changed something to an amount."""
    after = [f for f in e.figures if f.start >= rate.end and f.unit in ("money", "count", "number")]
    if not after or not _REACHED.match(e.text[rate.end:after[0].start]):
        return None
    near = e.text[max(0, rate.start - _NEAR):rate.start] + " " + e.text[rate.end:after[0].start]
    up, down = bool(_UP.search(near)), bool(_DOWN.search(near))
    if up == down:
        return None
    return after[0], (1 if up else -1)


# an amount, then its change on the year before ('reached 220, up nearly 50% YoY', '220 cases in 2024,
# marking a nearly 50% year-on-year increase'): what stands between them, and after the percent
_THEN_UP = re.compile(r"^[^.;:\d]{0,30}?(?:\d{4}[^.;:\d]{0,20}?)?(?:,\s*)?(?:up|down|marking|representing|an?|a rise of|"
                      r"a decline of|an increase of|a decrease of|\s)*\s*$", re.I)
_YOY = re.compile(r"^\s*(?:YoY|y-o-y|year[- ]on[- ]year|year[- ]over[- ]year)\b", re.I)
# a question asking for a figure the passages imply rather than state
# the noun an amount counts, written after it ('220 cases in 2024')
_COUNTED = re.compile(r" (?!(?:in|on|of|to|by|for|at|from|and|or|the|a|an|up|down|over|as|than|while|with|that|which|"
                      r"year|yoy|more|less)\b)[a-z]+\b")
IMPLIED = re.compile(r"\b(?:impl(?:ied|y|ies)|back(?:ing)? out|backed out)\b", re.I)


def _year_on_year(e: Evidence) -> tuple[Figure, Figure, int] | None:
    """The amount a sentence gives with its one year-on-year change after it ('reached 220, up nearly 50%
    YoY'): (amount, percent, sign); None when it gives no such pair, or the change's sign is unsaid."""
    rates = [f for f in e.figures if f.unit == "percent"]
    if len(rates) != 1 or not _YOY.match(e.text[rates[0].end:]):
        return None
    rate = rates[0]
    amounts = [f for f in e.figures if f.end <= rate.start and f.unit in ("money", "count", "number")]
    if not amounts or not _THEN_UP.match(e.text[amounts[-1].end:rate.start]):
        return None
    near = e.text[amounts[-1].end:rate.start] + " " + e.text[rate.end:rate.end + _NEAR]
    up, down = bool(_UP.search(near)), bool(_DOWN.search(near))
    if up == down:
        return None
    return amounts[-1], rate, (1 if up else -1)


def before_change(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str) -> Answer | None:
    """The amount in the year asked, the year before the sentence that gives the question's percent as a change
    reaching an amount (or, asked what is implied, its year-on-year change), or None."""
    q = ctx.question
    stated = [f for f in parse_figures(q, with_years=False) if f.unit != "year"]
    implied = not stated and IMPLIED.search(q) is not None
    if len(slots.years) != 1 or not implied and (len(stated) != 1 or stated[0].unit != "percent"):
        return None
    year = slots.years[0]
    read = [(e, _year_on_year(e) if implied else None) for e in evidence[:LOOK]
            if not e.row and (year + 1) in (e.years or e.passage_years) and year not in e.years]
    if implied:  # of sentences giving the pair, one writing what its amount counts ('220 cases') first
        read.sort(key=lambda ep: (p := ep[1]) is None or p[0].unit not in ("count", "number")
                  or _COUNTED.match(ep[0].text, p[0].end) is None)
    for e, pair in read:
        if implied:
            if pair is None:
                continue
            reached, rate, sign = pair
            operand = reached.text
            noun = _COUNTED.match(e.text, reached.end) if reached.unit in ("count", "number") else None
            if noun is not None:  # '220 cases': the amount as the sentence counts it
                reached = replace(reached, text=e.text[reached.start:noun.end()], end=noun.end())
            same = [rate]
        else:
            same = [f for f in e.figures if f.unit == "percent" and same_value(f.value, stated[0].value)]
            found = _changed(e, same[0]) if len(same) == 1 else None
            if found is None:
                continue
            reached, sign = found
            operand = reached.text
        try:
            done = compute.before_change(compute.Operand.of(operand, label=str(year + 1), citation=1),
                                         compute.Operand.of(f"{'-' if sign < 0 else ''}{_bare(same[0].text)}%",
                                                            label="change", citation=1))
        except compute.ComputeError:
            continue
        number = NUMBER.search(reached.display)
        if number is None:
            continue
        lead = "about " + reached.display[:number.start()].lstrip() + done.text + reached.display[number.end():]
        lead = re.sub(r"^about (?:around|about|approximately|roughly)\s+", "about ", lead)
        citation = Citation.from_passage(1, ctx.passages[e.passage_index], quote=e.text, figure=lead)
        return Answer(question=q, answer=f"**{lead}** before the change ({reached.display} in {year + 1} after a change of "
                                         f"{same[0].display}: {done.derivation}). {e.text} [1]",
                      figure=lead, abstained=False, citations=[citation], backend=backend, passages=list(ctx.passages),
                      confidence=e.score, shape="computed", derivation=done.as_dict())
    return None
