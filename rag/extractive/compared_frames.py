"""The general grammar of a question comparing two named things by a computed figure, whatever the wording: a
degree ('how much / how many <unit> <comparative> ... A than B', 'by how much / how many <unit> was A <comparative>
than B'), a gap noun ('the gap / difference / disparity (in X) between A and B') or a multiple ('how many times B
was A', 'A was how many times B'). Each gives the side computed from first (A of A - B, A / B): a comparative of
less ('lower', 'fewer', 'smaller') asks how far A falls below B, B - A."""

from __future__ import annotations

import re
from dataclasses import dataclass

# comparatives of more (A - B) and of less (B - A: 'how much lower was A than B' is how far B is above A)
_UP = (r"more|higher|greater|larger|bigger|longer|wider|heavier|older|faster|costlier|dearer|further|farther|"
       r"stronger|richer|deeper|taller")
_DOWN = r"less|lower|fewer|smaller|shorter|narrower|lighter|younger|slower|cheaper|weaker|poorer|shallower"
COMPARATIVE = rf"(?:{_UP}|{_DOWN})"
_DOWN_RX = re.compile(rf"^(?:{_DOWN})$", re.I)
# 'how much', 'how far', 'how many', 'how many percentage points', 'how many MW', 'how many thousand tonnes'
_DEGREE = r"how (?:much|far|many(?!\s+times\b)(?:\s+[\w%/$€£.-]+){0,3}?)"  # ('how many times' asks a multiple)
_AUX = r"(?:is|was|are|were|did|does|do|has|have|had|will|would|could|can)"
# the second side written as 'that of / those in / the one for' the thing
_THAT_OF = (r"(?:(?:that|those|the ones?)(?:\s+(?:of|to|in|for|from|at|on|among|across|within|under|with|by))?\s+)?"
            r"(?:the\s+)?")
_END = r"\s*\??\s*$"
# 'how much higher is A than B', 'how many more stores did A open than B'
_DEGREE_FIRST = re.compile(rf"\b{_DEGREE}\s+(?P<comp>{COMPARATIVE})\s+(?:the\s+)?(?P<a>.+?)\s+"
                           rf"(?:than|compared (?:to|with)|as compared (?:to|with))\s+{_THAT_OF}(?P<b>.+?){_END}", re.I)
# 'by how many points was A higher than B', 'by how much is A larger than that of B'
_DEGREE_AFTER = re.compile(rf"\bby {_DEGREE}\s+{_AUX}\s+(?:the\s+)?(?P<a>.+?)\s+(?P<comp>{COMPARATIVE})\s+than\s+"
                           rf"{_THAT_OF}(?P<b>.+?){_END}", re.I)
# 'the gap (in X) between A and B (in X)': how far apart they are
_GAP = re.compile(r"\b(?:difference|gap|disparity|differential|spread|margin)\b(?:\s+(?:in|of|for)\s+(?:the\s+)?"
                  r"(?P<what>[^?]+?))?\s+between\s+(?:the\s+)?(?P<a>.+?)\s+and\s+(?:the\s+)?(?P<b>.+?)" + _END, re.I)
# a change asked of the gap itself ('did the gap between A and B narrow', 'the change in the spread between'): two
# comparisons, not one
_GAP_CHANGED = re.compile(r"\b(?:change|increase|decrease|rise|fall|drop)\s+(?:in|of)\s+(?:the\s+)?(?:difference|gap|"
                          r"disparity|differential|spread|margin)\b|\bbetween\b.*\b(?:narrow|widen|shrink|clos|grow|grew|"
                          r"chang|increas|decreas|ris|rose|fall|fell)\w*\b", re.I)
_APART = re.compile(r"^(?:difference|gap|disparity|differential)", re.I)
# 'how many times (that of) B was A' (B the base, named right after 'times'), 'A was how many times (that of) B'
_TIMES_BASE_FIRST = re.compile(rf"\bhow many times\s+(?!{COMPARATIVE}\b|as\b|over\b|did\b|does\b|do\b|has\b|have\b)"
                               rf"{_THAT_OF}(?P<b>.+?)\s+{_AUX}\s+(?:the\s+)?(?P<a>.+?){_END}", re.I)
_TIMES_AFTER = re.compile(rf"^\s*(?:the\s+)?(?P<a>.+?)\s+{_AUX}\s+how many times\s+(?:(?:as|the size of)\s+"
                          rf"(?:\w+\s+as\s+)?)?{_THAT_OF}(?P<b>.+?){_END}", re.I)


@dataclass(frozen=True)
class Frame:
    """A comparison read from a question: the operation, the side computed from first (`a`), the other (`b`),
    whether only the distance apart is asked (`apart`), and the measure said before 'between' (`what`)."""
    op: str
    a: str
    b: str
    apart: bool = False
    what: str = ""


def comparison(question: str) -> Frame | None:
    """The comparison of two named things the question's grammar asks, or None: a degree frame asks A - B (B - A
    for a comparative of less), a gap noun how far apart they are (a margin or spread A - B), a multiple A / B."""
    for rx in (_DEGREE_AFTER, _DEGREE_FIRST):
        m = rx.search(question)
        if m is not None:
            a, b = m.group("a"), m.group("b")
            return Frame("change", *((b, a) if _DOWN_RX.match(m.group("comp")) else (a, b)))
    for rx in (_TIMES_BASE_FIRST, _TIMES_AFTER):
        m = rx.search(question)
        if m is not None:
            return Frame("multiple", m.group("a"), m.group("b"))
    m = _GAP.search(question)
    if m is not None and not _GAP_CHANGED.search(question):
        return Frame("change", m.group("a"), m.group("b"), bool(_APART.match(m.group(0))), m.group("what") or "")
    return None
