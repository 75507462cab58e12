"""A change one sentence states both ends of: 'Halvard's share rose to 66.3% from about 63.6% in the previous
quarter', 'raised USD 4.6 billion, although this was down from USD 6.8 billion in Q1 2025', 'from USD 6.8 billion
to USD 4.6 billion'. General property: 'to A from B', 'A, (this was) down / up from B' and 'from B to A' write one
thing's later figure A and its earlier B; 'by how much did S rise / decline' of a quoted sentence naming S is the
rise A - B (the decline B - A, a positive fall), in one unit and scale, in points when asked of percents; a
direction asked that the figures contradict, a period asked ('from Q1 2025') the sentence does not write, or two
such pairs: no computed answer."""

from __future__ import annotations

import re

from ingest.figures import NUMBER, Figure, parse_figures

from .. import compute
from ..types import Answer, AnswerContext
from .cells import words
from .computed_text import _quoted
from .derivation import tidy
from .slots import SCALE_WORD

_ASKED = re.compile(r"^\s*by\s+how\s+(?P<how>much|many\s+percentage\s+points)\s+(?:did|has|have|was|were|do|does)\s+"
                    r"(?P<s>.+?)\s+(?P<dir>rise|increase|grow|climb|decline|fall|drop|decrease|shrink|change)\b"
                    r"(?P<rest>[^?]*)\??\s*$", re.I)
_UP = ("rise", "increase", "grow", "climb")
# the words between the later figure and the earlier ('A, although this was down from B'), or the earlier and later
_LATER_FIRST = re.compile(r"^\s*(?:,?\s*(?:although|but|and)?\s*(?:this|that|it)?\s*(?:was|is)?\s*(?:down|up))?\s*from\s+$"
                          r"|^\s*,\s*(?:although\s+|but\s+)?(?:this\s+|that\s+|it\s+)?(?:was\s+|is\s+)?(?:down|up)\s+from\s+$", re.I)
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
    for x, y in zip(figs, figs[1:]):
        between = _HEDGE.sub("", text[x.end:y.start])
        if _LATER_FIRST.search(between) and (between.strip().lower() != "from" or text[:x.start].rstrip().endswith(" to")):
            pairs.append((x, y))
        elif _EARLIER_FIRST.search(between) and re.search(r"\bfrom\s+(?:about\s+|around\s+)?$", text[:x.start], re.I):
            pairs.append((y, x))
    pairs = [(a, b) for a, b in pairs if a.unit == b.unit and a.currency == b.currency and _scale(a) == _scale(b)]
    return pairs[0] if len(pairs) == 1 else None


def quoted_change(ctx: AnswerContext, answer: Answer) -> Answer | None:
    """The composed `answer` led by the change the question asks, computed from the one quoted sentence naming its
    subject that writes both ends ('rose to A from B'); None otherwise."""
    m = _ASKED.search(ctx.question)
    if m is None or answer.abstained:
        return None
    subject = set(words(m.group("s")))
    points = not m.group("how").lower().startswith("much")
    period = _PERIOD.search(m.group("rest"))
    found = []
    for text, n in _quoted(answer):
        said = set(words(text))
        if len(subject - said) > len(subject) // 3:  # 'Halvard's share' of 'Halvard Semiconductor's share'
            continue
        if period is not None and not (set(words(period.group("p"))) <= said
                                       and all(y in text for y in re.findall(r"\b(?:19|20)\d\d\b", period.group("p")))):
            continue
        pair = change_pair(text)
        if pair is not None and (pair[0].unit == "percent") == points:
            found.append((text, n, *pair))
    if len({(t, a.text, b.text) for t, _, a, b in found}) != 1:
        return None
    text, n, later, earlier = found[0]
    up = m.group("dir").lower() in _UP
    down = not up and m.group("dir").lower() != "change"
    if (up and later.value <= earlier.value) or (down and later.value >= earlier.value):
        return None  # a rise asked of figures that fell: not this pair
    first, second = (earlier, later) if down else (later, earlier)
    try:
        ops = [compute.Operand.of(NUMBER.search(f.text).group(0), label=f.text, citation=n) for f in (first, second)]
        done = tidy(compute.change(ops[0], ops[1]))
    except (compute.ComputeError, AttributeError):
        return None
    scale = _scale(later)
    lead = f"{done.text} {scale}" if scale else f"{done.text} percentage points" if points else done.text
    quoted = _LEADS.sub("", answer.answer, count=1)
    answer.answer = f"**{lead}** — difference: {done.derivation}. From {later.text} and {earlier.text} [{n}]. {quoted}"
    answer.figure = lead
    answer.shape = "computed"
    answer.derivation = done.as_dict()
    return answer
