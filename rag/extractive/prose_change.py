"""A change one sentence states both ends of: 'Halvard's share rose to 66.3% from about 63.6% in the previous
quarter', 'raised USD 4.6 billion, although this was down from USD 6.8 billion in Q1 2025', 'from USD 6.8 billion
to USD 4.6 billion'. General property: 'to A from B', 'A, (this was) down / up from B' and 'from B to A' write one
thing's later figure A and its earlier B; 'by how much did S rise / decline' of a quoted sentence naming S is the
rise A - B (the decline B - A, a positive fall), in one unit and scale, in points when asked of percents; a
direction asked that the figures contradict, a period asked ('from Q1 2025') the sentence does not write, or two
such pairs: no computed answer. The frame's general grammar: 'by how much / by how many percentage points / by what
percentage' + an auxiliary + the subject + the verb in any inflection ('has fallen', 'did ... narrow', 'have risen');
'narrow' is a fall and 'widen' a rise of the figure written (a loss narrowed, a gap widened); 'by what percentage' asks
the signed percentage change (later - earlier) / earlier. 'A sq ft, down from a peak of B' writes the earlier figure as 'from B' (words
without a figure may follow A: its unit, 'said they had used it', before the comma)."""

from __future__ import annotations

import re

from ingest.figures import NUMBER, Figure, parse_figures

from .. import compute
from ..types import Answer, AnswerContext
from .cells import words
from .computed_text import _quoted
from .derivation import tidy
from .slots import SCALE_WORD

_ASKED = re.compile(r"^\s*by\s+(?:how\s+(?P<how>much|many\s+percentage\s+points|many(?:\s+[a-z-]+)?)|what\s+(?P<pct>percent(?:age)?))\s+"
                    r"(?:did|has|have|had|was|were|do|does|is|are)\s+(?P<s>.+?)\s+(?P<dir>"
                    r"ris(?:e|es|en)|rose|increas(?:e|es|ed)|gr(?:ow|ows|ew|own)|climb(?:s|ed)?|widen(?:s|ed)?|"
                    r"rais(?:e|es)|expand(?:s)?|"
                    r"declin(?:e|es|ed)|f(?:all|alls|ell|allen)|drop(?:s|ped)?|decreas(?:e|es|ed)|shr(?:ink|inks|ank|unk)|"
                    r"narrow(?:s|ed)?|reduc(?:e|es)|cut(?:s)?|lower(?:s)?|"
                    r"improv(?:e|es)|worsen(?:s)?|deteriorat(?:e|es)|chang(?:e|es|ed))\b(?P<rest>[^?]*)\??\s*$", re.I)
# (the verbs added here are read in their base forms only: 'funding raised by X' is a subject, not its move)
# the same question as a noun: 'what was the (percentage) change / increase / decline in S (from P to Q)'
_NOUN_ASKED = re.compile(r"^\s*what\s+(?:was|were|is|are|has\s+been)\s+the\s+(?P<pct>percent(?:age)?\s+)?(?P<dir>"
                         r"change|increase|decrease|rise|decline|fall|drop|growth)\s+in\s+(?:the\s+)?(?P<s>.+?)"
                         r"(?P<rest>\s+(?:from|between|in|during|over|since|at|for|on)\b[^?]*)?\??\s*$", re.I)
_UP = ("ris", "rose", "increas", "gr", "climb", "widen", "rais", "expand")
_CHANGE = "chang"
# a move named by its worth, not its direction (turnover improves as it falls, a margin as it rises): its size
_SIZE_ONLY = ("improv", "worsen", "deteriorat")
# the words between the later figure and the earlier ('A, although this was down from B', 'A sq ft, down from a peak of
# B', 'A said they used it, up from B'), or the earlier and later
_LATER_FIRST = re.compile(r"^\s*(?:,?\s*(?:although|but|and)?\s*(?:this|that|it)?\s*(?:was|is)?\s*(?:down|up)(?:\s+(?:by\s+)?[\d.,]+\s*%)?)?"
                          r"\s*from\s+(?:[A-Z]{3}\s+)?$"
                          r"|^[^;:]*?,\s*(?:although\s+|but\s+)?(?:this\s+|that\s+|it\s+)?(?:was\s+|is\s+)?(?:down|up)"
                          r"(?:\s+(?:by\s+)?[\d.,]+\s*%)?\s+from\s+(?:[A-Z]{3}\s+)?"
                          r"(?:(?:a|an|its|their|the)\s+(?:[a-z-]+\s+){1,2}of\s+)?$", re.I)
# 'to A in 2024 from B': the later figure's period between the two ends
_PERIOD_BETWEEN = re.compile(r"^\s*in\s+(?:(?:fiscal|fy|q[1-4]|h[12])\s*)?(?:19|20)\d\d\s+from\s+(?:[A-Z]{3}\s+)?$", re.I)
# 'A tonnes in 2023 (2022: B)', 'A (FY2022: B)': the earlier period's figure in brackets after the later one
_PRIOR_BRACKET = re.compile(r"^\s*(?:[a-z³²/-]+\s+){0,2}?(?:in\s+(?:fy\s*)?(?:19|20)\d\d\s*)?\(\s*(?:fy\s*)?(?:19|20)\d\d\s*:\s*$", re.I)
# 'to A' ('rose to ZMK 14.6bn', a currency code the figure reader does not take in)
_TO_BEFORE = re.compile(r"\sto\s+(?:[A-Z]{3}\s+)?$")
_EARLIER_FIRST = re.compile(r"^\s*(?:in\s+[\w\s]+?\s*)?to\s+$", re.I)
# the composed lead, every bold figure of it ('**63.6%**, **60%**.'), which the computed one replaces
_LEADS = re.compile(r"^(?:\*\*.*?\*\*(?:\s*\([^)]*\))?(?:\s*,\s*|\s+and\s+)?)+\.?\s*")
_HEDGE = re.compile(r"\b(?:about|around|roughly|nearly|some|approximately)\s*$", re.I)
_PERIOD = re.compile(r"\bfrom\s+(?:the\s+)?(?P<p>.+?)(?:\s+to\b|$)", re.I)


def _scale(f: Figure) -> str | None:
    m = SCALE_WORD.search(f.text)
    return m.group(1).lower() if m else None


def change_pair(text: str) -> tuple[Figure, Figure] | None:
    """(later, earlier) figures the sentence writes as one thing's change, of one unit and scale; None unless one
    pair."""
    figs = [f for f in parse_figures(text) if f.unit in ("money", "count", "number", "percent")]
    pairs = []
    # consecutive figures of one unit: another unit's figure between them is another thing's ('in the previous 12 months')
    for x, y in [(x, y) for i, x in enumerate(figs) for y in [next((g for g in figs[i + 1:] if g.unit == x.unit), None)]
                 if y is not None]:
        between = _HEDGE.sub("", text[x.end:y.start])
        to_before = _TO_BEFORE.search(text[:x.start]) is not None
        if _LATER_FIRST.search(between) and (not re.fullmatch(r"\s*from\s+(?:[A-Z]{3}\s+)?", between) or to_before) \
                or _PERIOD_BETWEEN.search(between) and to_before or _PRIOR_BRACKET.search(between):
            pairs.append((x, y))
        elif _EARLIER_FIRST.search(between) and re.search(r"\bfrom\s+(?:about\s+|around\s+)?$", text[:x.start], re.I):
            pairs.append((y, x))
    pairs = [(a, b) for a, b in pairs if a.unit == b.unit and a.currency == b.currency and _scale(a) == _scale(b)]
    return pairs[0] if len(pairs) == 1 else None


def quoted_change(ctx: AnswerContext, answer: Answer) -> Answer | None:
    """The composed `answer` led by the change the question asks, computed from the one quoted sentence naming its
    subject that writes both ends ('rose to A from B'); None otherwise."""
    m = _ASKED.search(ctx.question) or _NOUN_ASKED.search(ctx.question)
    if m is None or answer.abstained or answer.derivation is not None:
        return None  # an answer already computed (from_sentence's 'from 14% in 2024 to 19% in 2030') stands
    subject = set(words(m.group("s")))
    percent = m.group("pct") is not None
    noun = m.re is _NOUN_ASKED  # ('what was the change in S': an amount or points, as the two ends are written)
    points = not percent and not noun and "point" in m.group("how").lower()
    period = _PERIOD.search(m.group("rest") or "")
    found = []
    for text, n in _quoted(answer):
        said = set(words(text))
        if len(subject - said) > len(subject) // 3:  # 'Halvard's share' of 'Halvard Semiconductor's share'
            continue
        if period is not None and not (set(words(period.group("p"))) <= said
                                       and all(y in text for y in re.findall(r"\b(?:19|20)\d\d\b", period.group("p")))):
            continue
        pair = change_pair(text)
        if pair is not None and (percent or noun or (pair[0].unit == "percent") == points):
            found.append((text, n, *pair))
    if len({(t, a.text, b.text) for t, _, a, b in found}) != 1:
        return None
    text, n, later, earlier = found[0]
    points = points or noun and not percent and later.unit == "percent"
    verb = m.group("dir").lower()
    up = verb.startswith(_UP)
    sized = verb.startswith(_SIZE_ONLY)
    if sized and percent:
        return None  # 'by what percentage did X improve': its sign is the reader's, not the figures'
    down = not up and not verb.startswith(_CHANGE) and not sized or sized and later.value < earlier.value
    if not sized and ((up and later.value <= earlier.value) or (down and later.value >= earlier.value)):
        return None  # a rise asked of figures that fell: not this pair
    first, second = (earlier, later) if down and not percent else (later, earlier)
    try:
        ops = [compute.Operand.of(NUMBER.search(f.text).group(0), label=f.text, citation=n) for f in (first, second)]
        done = tidy(compute.percent_change(ops[0], ops[1]) if percent else compute.change(ops[0], ops[1]))
    except (compute.ComputeError, AttributeError):
        return None
    scale = None if percent else _scale(later)
    lead = f"{done.text} {scale}" if scale else f"{done.text} percentage points" if points else done.text
    quoted = _LEADS.sub("", answer.answer, count=1)
    answer.answer = f"**{lead}** — {'percentage change' if percent else 'difference'}: {done.derivation}. From {later.text} and {earlier.text} [{n}]. {quoted}"
    answer.figure = lead
    answer.shape = "computed"
    answer.derivation = done.as_dict()
    return answer
