"""A part one sentence writes as a share of its whole: 'material totalled 1,488 thousand tons, of which 14.5% was
contamination sent to landfill'. General property: 'W, of which P% was / were S' gives S as P% of W; a figure
asked of S (not its share) and led by W is P% x W, computed."""

from __future__ import annotations

import dataclasses
import re

from ingest.figures import NUMBER, parse_figures

from .. import compute
from ..types import Answer, AnswerContext, bold_lead
from .cells import FIGURE_ASKING, words
from .computed_text import quoted_sentences

# 'W ..., of which P% was S' (the part's words to the clause's end)
_OF_WHICH = re.compile(r",?\s+of\s+which\s+(?:about\s+|around\s+|some\s+)?(?P<p>\d+(?:\.\d+)?)\s*%\s+(?:was|were|is|are)\s+"
                       r"(?P<s>[^.;]+)", re.I)
# a figure asked, not its share or rate
_FIGURE_ASKED = re.compile(r"^\s*(?:how\s+(?:much|many)\b|what\s+(?:was|were|is|are)\s+the\s+(?:amount|number|volume|value)\b)",
                           re.I)
_RELATIVE = re.compile(r"\b(?:percent\w*|share|proportion|rate|ratio|%)", re.I)
_GENERIC = FIGURE_ASKING | {"amount", "number", "volume", "value", "as", "to", "ton", "tonne", "unit"}


def part_of_lead(ctx: AnswerContext, answer: Answer) -> Answer | None:
    """The composed `answer` led by P% of its copied lead W when the one quoted sentence writing W goes on 'of which P%
    was S' and S says the question's words that W's own words do not; None otherwise."""
    q = ctx.question
    if answer.abstained or answer.derivation is not None or not _FIGURE_ASKED.search(q) or _RELATIVE.search(q):
        return None
    lead = bold_lead(answer.answer)
    number = NUMBER.search(lead or "")
    if number is None:
        return None
    asked = {w for w in words(q) if w not in _GENERIC and not w.isdigit()}
    found = []
    for text, n in quoted_sentences(answer):
        at = text.find(number.group(0))
        end = at + len(number.group(0))  # where W's figure ends in the sentence
        m = _OF_WHICH.search(text, end) if at >= 0 else None
        if m is None or any(f.unit in ("money", "count", "number") for f in parse_figures(text[end:m.start()])):
            continue  # another amount between W and its 'of which': not W's part
        part, whole = set(words(m.group("s"))), set(words(text[:m.start()]))
        if asked and len(asked & part) * 2 >= len(asked) and asked & part - whole:
            found.append((text, n, m))
    if len(found) != 1:
        return None
    text, n, m = found[0]
    try:
        whole = compute.Operand.of(number.group(0), label=lead, citation=n)
        whole = dataclasses.replace(whole, places=max(whole.places, 2))
        done = compute.part_of(compute.Operand.of(m.group("p") + "%", citation=n), whole)
    except compute.ComputeError:
        return None
    scale = lead[number.end():].strip()
    figure = f"{done.text} {scale}".strip()
    rest = answer.answer.split("**", 2)[-1].lstrip(" .")
    answer.answer = f"**{figure}** — part: {done.derivation}. From {lead} and {m.group('p')}% [{n}]. {rest}"
    answer.figure, answer.shape, answer.derivation = figure, "computed", done.as_dict()
    return answer
