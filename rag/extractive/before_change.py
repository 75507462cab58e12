"""The amount a year before a change the question itself quotes: 'urban per capita consumption in 2023,
backing out the 4.7% nominal rise' of '(in 2024) urban spending increasing by 4.7%, reaching around
RMB 34.5 thousand' is 34.5 / (1 + 4.7%), with its derivation, cited.
General properties, of questions and passages:
- a percent the question states is given, not asked: the sentence giving that percent as a change
  ('increased by 4.6% to', 'saw a 6.6% increase to reach') with the amount it reached is read;
- that sentence is dated the year after the one year the question asks, so the amount asked is the one
  before the change: the amount reached over (1 + the change), a fall being a negative change."""

from __future__ import annotations

import re

from ingest.figures import Figure, parse_figures, same_value

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
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
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


def before_change(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str) -> Answer | None:
    """The amount in the year asked, the year before the sentence that gives the question's percent as a change
    reaching an amount, or None."""
    q = ctx.question
    stated = [f for f in parse_figures(q, with_years=False) if f.unit != "year"]
    if len(stated) != 1 or stated[0].unit != "percent" or len(slots.years) != 1:
        return None
    rate, year = stated[0], slots.years[0]
    for e in evidence[:LOOK]:
        if e.row or (year + 1) not in (e.years or e.passage_years) or year in e.years:
            continue
        same = [f for f in e.figures if f.unit == "percent" and same_value(f.value, rate.value)]
        found = _changed(e, same[0]) if len(same) == 1 else None
        if found is None:
            continue
        reached, sign = found
        try:
            done = compute.before_change(compute.Operand.of(reached.text, label=str(year + 1), citation=1),
                                         compute.Operand.of(f"{'-' if sign < 0 else ''}{_bare(same[0].text)}%",
                                                            label="change", citation=1))
        except compute.ComputeError:
            continue
        number = re.search(r"\d[\d,]*(?:\.\d+)?", reached.display)
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
