"""The amount before a change a sentence states as an amount: 'Consolidated vehicle unit sales in FY2020 were 8,958
thousand units, a decrease of 19 thousand units compared with FY2019' gives FY2019's as 8,958 + 19; 'passed 18,600
additional homes in 2019, bringing total homes passed to 402,300 at December 31, 2019' gives the end of 2018's as
402,300 - 18,600; 'added 96,000 mobile lines in 2023, ending the year with 312,000 lines' gives the start of 2023's.
General properties, of questions and passages:
- a sentence giving an amount with the change that led to it (one amount its words call a change: 'a decrease of',
  'added', 'additional', 'increased by') states the amount before the change: the amount less an increase, plus a
  decrease, in one unit and scale;
- that sentence is of the year after the one asked (or of the year asked, when the question asks its beginning),
  and it names every content word of the question."""

from __future__ import annotations

import re

from ingest.figures import NUMBER, Figure, parse_figures

from .. import compute
from ..types import Answer, AnswerContext, Citation
from .cells import words
from .features import Evidence
from .operations import asked_operation
from .slots import SCALE_WORD, Slots

LOOK = 4  # the best sentences read
_UP = r"increas\w*|added|adding|additional|new|rose|grew|gain\w*|up"
_DOWN = r"decreas\w*|declin\w*|fell|fall\w*|lost|loss of|reduc\w*|down"
# the words that call an amount a change: before it ('a decrease of 19', 'added approximately 96,000', 'increased
# $27.1 million') or after it ('18,600 additional homes', '12 new stores')
_BEFORE = re.compile(rf"\b({_UP}|{_DOWN})\s+(?:by\s+|of\s+)?(?:approximately\s+|about\s+|around\s+)?$", re.I)
_AFTER = re.compile(rf"^\s+({_UP}|{_DOWN})\b", re.I)
_IS_DOWN = re.compile(rf"^(?:{_DOWN})$", re.I)
# the beginning of the year asked ('at the beginning of 2023', 'at the start of the year')
_BEGINNING = re.compile(r"\b(?:beginning|start)\s+of\b", re.I)
# the words a question asks with, naming no measure
_ASKING = frozenset(words("what was were is are the how many much did does do have has had company group its our at "
                          "in of on for by beginning start end year fiscal approximately about around number total "
                          "as december march june september"))
_AMOUNTS = ("money", "count", "number")


def _change(text: str, f: Figure) -> int:
    """+1 / -1 when the sentence's words call `f` an increase / a decrease; 0 when they call it no change."""
    m = _BEFORE.search(text[max(0, f.start - 30):f.start]) or _AFTER.match(text[f.end:f.end + 20])
    if m is None:
        return 0
    return -1 if _IS_DOWN.match(m.group(1).split()[0]) else 1


def _scale(f: Figure) -> str | None:
    m = SCALE_WORD.search(f.text)
    return m.group(1).lower() if m else None


def amount_before(text: str, year: int, beginning: bool) -> tuple[Figure, Figure, int] | None:
    """(the amount reached, the change, its sign) of a sentence with exactly two amounts of one unit and scale, one
    a change and one not, the amount reached of the year after `year` (of `year` when its `beginning` is asked)."""
    figures = [f for f in parse_figures(text) if f.unit in _AMOUNTS]
    if len(figures) != 2 or len({(f.unit, f.currency, _scale(f)) for f in figures}) != 1:
        return None
    signs = [_change(text, f) for f in figures]
    if sorted(map(abs, signs)) != [0, 1]:
        return None
    reached, change = (figures[0], figures[1]) if signs[1] else (figures[1], figures[0])
    if reached.year != (year if beginning else year + 1) or change.year not in (None, reached.year):
        return None
    return reached, change, signs[figures.index(change)]


def before_amount(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str) -> Answer | None:
    """The amount of the year asked, before the change a sentence of the next year states as an amount; None when no
    one of the best sentences states one."""
    q = ctx.question
    if len(set(slots.years)) != 1 or asked_operation(slots, q) is not None:
        return None
    year, beginning = slots.years[0], bool(_BEGINNING.search(q))
    asked = set(words(re.sub(r"\b(?:FY\s?)?(?:19|20)\d{2}\b", " ", q))) - _ASKING
    found = []
    for e in evidence[:LOOK]:
        if e.row or not asked or not asked <= set(words(e.text)):
            continue
        got = amount_before(e.text, year, beginning)
        if got is not None:
            found.append((e, got))
    if len(found) != 1:
        return None
    e, (reached, change, sign) = found[0]
    try:
        after = compute.Operand.of(NUMBER.search(reached.text).group(0), label=reached.text, citation=1)
        by = compute.Operand.of(NUMBER.search(change.text).group(0), label=change.text, citation=1)
        done = compute.change(after, by) if sign > 0 else compute.total([after, by])
    except (compute.ComputeError, AttributeError):
        return None
    scale = _scale(reached)
    lead = f"{done.text} {scale}" if scale else done.text
    citation = Citation.from_passage(1, ctx.passages[e.passage_index], quote=e.text, figure=lead)
    said = "less the increase" if sign > 0 else "plus the decrease"
    return Answer(question=q, answer=f"**{lead}** — {reached.text} {said} of {change.text}: {done.derivation}. {e.text} [1]",
                  figure=lead, abstained=False, citations=[citation], backend=backend, passages=list(ctx.passages),
                  confidence=e.score, shape="computed", derivation=done.as_dict())
