"""The change of a computed ratio between two years ('the change in the current ratio from 2018 to 2019'):
the ratio computed for each year from its own two figures, the earlier ratio taken from the later one.
Only two computed ratio answers, one a year, each citing its two figures, are combined."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import compute
from ..citation_numbers import renumbered
from ..types import Answer, Citation
from .derivation import shown
from .operations import operation

# the ratio's own name words, taken out before the question's operation is read ('the change in the X ratio')
_RATIO_WORDS = re.compile(r"\bratio\b", re.I)


def asks_ratio_change(question: str, years: list[int]) -> bool:
    """The question asks the change (not the percentage change) of a ratio over exactly two years."""
    return len(set(years)) == 2 and bool(_RATIO_WORDS.search(question)) \
        and operation(_RATIO_WORDS.sub(" ", question)) == "change"


def yearly_question(numerator: str, denominator: str, year: int) -> str:
    """The question of one year's ratio, as `named_ratios` spells it."""
    return f"What is the ratio of {numerator} to {denominator} in {year}?"


def _ratio_operands(answer: Answer, renumber: dict[int, int]) -> list[compute.Operand] | None:
    """The two operands of a computed ratio answer, cited as renumbered; None for any other answer."""
    d = answer.derivation or {}
    ops = d.get("operands") or []
    if answer.abstained or d.get("op") != "ratio" or len(ops) != 2:
        return None
    try:
        return [compute.Operand.of(str(o["value"]), str(o.get("label", "")), renumber.get(o.get("citation")))
                for o in ops]
    except (compute.ComputeError, KeyError):
        return None


def ratio_change(question: str, new: Answer, old: Answer, backend: str, sides: tuple[str, str] = ("", "")) -> Answer | None:
    """The later year's ratio `new` less the earlier's `old` as one computed answer citing both years'
    figures (`sides` name the numerator and denominator); None unless both are computed ratios of two cited figures."""
    citations: list[Citation] = []
    maps = [renumbered(answer.citations, citations, join_own=True) for answer in (new, old)]
    ops_new, ops_old = _ratio_operands(new, maps[0]), _ratio_operands(old, maps[1])
    if ops_new is None or ops_old is None:
        return None
    try:
        result = compute.ratio_change(ops_new, ops_old)
    except compute.ComputeError:
        return None
    listed = [f"{side} ({o.label}): {shown(o)} [{o.citation}]".lstrip()
             for side, o in zip(sides * 2, (*ops_new, *ops_old))]
    text = f"**{result.text}** — change of the ratio: {result.derivation}. From {'; '.join(listed)}."
    citations = [replace(c, figure=result.text) for c in citations]
    return Answer(question=question, answer=text, figure=result.text, abstained=False, citations=citations,
                  backend=backend, confidence=1.0, shape="computed", derivation=result.as_dict())
