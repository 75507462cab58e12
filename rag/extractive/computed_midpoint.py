"""The midpoint of a range the report writes ('an additional $5.0 million to $8.0 million'): a question
asking the midpoint is answered (low + high) / 2, both ends cited, never one end read as the answer."""

from __future__ import annotations

import re

from ingest.figures import SCALE_NAME

from .. import compute
from ..types import Answer, AnswerContext
from .derivation import tidy

_MIDPOINT = re.compile(r"\bmid[- ]?points?\b|\bmiddle of the range\b", re.I)
_END = rf"\$?\s?(\d[\d,]*(?:\.\d+)?)\s*(%|{SCALE_NAME})?"
# 'A to B', 'between A and B', 'A - B': two ends of one range
_RANGE = re.compile(rf"(?:\bbetween\s+{_END}\s+and\s+{_END})|(?:{_END}\s*(?:to|[-–])\s*{_END})", re.I)
_LEAD = re.compile(r"^\*\*.*?\*\*(\s*\([^)]*\))?\.?\s*")


def asks_midpoint(question: str) -> bool:
    """The question asks the midpoint of a range."""
    return bool(_MIDPOINT.search(question))


def ranges_in(text: str) -> list[tuple[str, str, str | None]]:
    """Each range the text writes as (low, high, its unit or scale word), both ends in one unit: a
    bare end takes the other's ('$5.0 to $8.0 million'); ends in two scales are no range."""
    found = []
    for m in _RANGE.finditer(text):
        a, sa, b, sb = m.groups()[:4] if m.group(1) else m.groups()[4:]
        sa, sb = (sa or "").lower() or None, (sb or "").lower() or None
        if sa and sb and sa != sb:
            continue
        found.append((a, b, sa or sb))
    return found


def midpoint(ctx: AnswerContext, answer: Answer) -> Answer | None:
    """The answer with the midpoint of the one range its quoted sentences write leading, when the
    question asks a midpoint and its lead is that range or one of its ends; else None."""
    if not asks_midpoint(ctx.question) or not answer.figure or not answer.citations:
        return None
    lead = re.sub(r"[^\d.]", "", answer.figure.split()[0] if answer.figure.split() else "")
    whole = ranges_in(answer.figure)  # the lead is the range itself ('6-7%'), both ends shown
    found = [(r, c.n) for c in answer.citations for r in ranges_in(c.quote)
             if lead and lead in (r[0].replace(",", ""), r[1].replace(",", "")) or r[:2] in [w[:2] for w in whole]]
    if len({r for r, _ in found}) != 1:
        return None  # no range, or two, holding the lead: no one midpoint
    (low, high, scale), n = found[0]
    try:
        ops = [compute.Operand.of(low, "low", n), compute.Operand.of(high, "high", n)]
        result = tidy(compute.average(ops))
    except compute.ComputeError:
        return None
    unit = "%" if scale == "%" else ""
    words = f" {scale}" if scale and scale != "%" else ""
    figure = f"{result.text}{unit}{words}"
    quoted = _LEAD.sub("", answer.answer, count=1)
    answer.answer = f"**{figure}** — midpoint: {result.derivation}{unit}. From the range {low} to {high}{unit}{words} [{n}]. {quoted}"
    answer.figure = figure
    answer.shape = "computed"
    d = result.as_dict()
    d["scale"] = scale if scale != "%" else None  # an average of the two ends
    answer.derivation = d
    return answer
