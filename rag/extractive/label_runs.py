"""The highest (or lowest) value asked of a chart whose data labels repeat one measure's name, one per
line ('Competitiveness: 96.58', 'Competitiveness: 94.74', ...), their owners (regions, companies) lost
in extraction: 'what's the highest competitiveness score on the chart' is the largest of those values.
General properties, of questions and passages:
- a chart's data labels reach the text as 'Name: value' lines; three or more lines with the same name
  are one measure's values over the chart's items;
- a superlative asked of that measure (its name among the question's words, no item named) is the
  extreme value among them, said without bold and without an owner: the chart does not say whose it is."""

from __future__ import annotations

import re
from collections import defaultdict

from ingest.keyword import tokenize

from ..types import Answer, AnswerContext, Citation
from .features import Evidence
from .listing import best_passages
from .slots import Slots

MIN_VALUES = 3  # fewer lines of one name are no chart's series
LOOK = 3  # the best passages read
_LABEL_LINE = re.compile(r"^\s*(?P<name>[A-Za-z][A-Za-z &/'’-]{1,40}?)\s*:\s*(?P<value>\d[\d,]*(?:\.\d+)?%?)\s*$", re.M)
_HIGH = re.compile(r"\b(highest|largest|biggest|greatest|top|maximum|best)\b", re.I)
_LOW = re.compile(r"\b(lowest|smallest|least|minimum|worst)\b", re.I)


def labelled_values(text: str) -> dict[str, list[tuple[str, float]]]:
    """Each name that three or more 'Name: value' lines of `text` give -> its values (as written, as numbers)."""
    found: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for m in _LABEL_LINE.finditer(text):
        value = m.group("value")
        found[m.group("name").strip().lower()].append((value, float(value.rstrip("%").replace(",", ""))))
    return {name: values for name, values in found.items() if len(values) >= MIN_VALUES}


def label_extreme(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str) -> Answer | None:
    """The extreme value of the measure asked among one passage's repeated data labels, or None (no
    superlative asked, an item named, no such labels of the measure, or a tie)."""
    q = ctx.question
    high, low = _HIGH.search(q), _LOW.search(q)
    if slots.shape != "figure" or bool(high) == bool(low) or slots.entities:
        return None
    asked = set(tokenize(q))
    for e, passage in best_passages(ctx, evidence, lambda _: True, LOOK):
        text = passage.chunk.text
        for name, values in labelled_values(text).items():
            if not set(tokenize(name)) or not set(tokenize(name)) <= asked:
                continue
            numbers = [v for _, v in values]
            best = max(numbers) if high else min(numbers)
            if numbers.count(best) > 1:
                return None  # a tie names no one value
            shown = values[numbers.index(best)][0]
            label = next(m.group(0).strip() for m in _LABEL_LINE.finditer(text) if m.group("value") == shown)
            each = ", ".join(v for v, _ in values)
            which = "highest" if high else "lowest"
            citation = Citation.from_passage(1, ctx.passages[e.passage_index], quote=label, figure=shown)
            return Answer(question=q, answer=f"{shown}: the {which} of the '{name}' values the chart gives "
                                             f"({each}); the chart does not say whose it is. {label} [1]",
                          figure=shown, abstained=False, citations=[citation], backend=backend,
                          passages=list(ctx.passages), confidence=e.score, shape="figure")
    return None
