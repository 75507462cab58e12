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
from .computed_text import quoted_sentences
from .derivation import tidy
from .operations import PASSIVE
from .slots import SCALE_WORD

_VERBS = (r"ris(?:e|es|en)|rose|increas(?:e|es|ed)|gr(?:ow|ows|ew|own)|climb(?:s|ed)?|widen(?:s|ed)?|add(?:s|ed)?|"
          r"rais(?:e|es|ed)|expand(?:s|ed)?|"
          r"declin(?:e|es|ed)|f(?:all|alls|ell|allen)|drop(?:s|ped)?|decreas(?:e|es|ed)|shr(?:ink|inks|ank|unk)|"
          r"narrow(?:s|ed)?|reduc(?:e|es|ed)|cut|lower(?:s|ed)?|"
          r"improv(?:e|es|ed)|worsen(?:s|ed)?|deteriorat(?:e|es|ed)|chang(?:e|es|ed)")
_AUX = r"(?:did|has|have|had|was|were|do|does|is|are)"
# 'by how much / many (percentage points) did S rise', 'how much did S rise by', 'how many X were added (in 2025)'
_ASKED = re.compile(r"^\s*(?:by\s+(?:how\s+(?P<how>much|many(?:\s+percentage\s+points)?)|what\s+(?P<pct>percent(?:age)?))"
                    rf"\s+{_AUX}\s+(?P<s>.+)\s+(?P<dir>{_VERBS})\b(?P<rest>[^?]*)"
                    rf"|how\s+(?P<how2>much|many(?:\s+percentage\s+points)?)\s+{_AUX}\s+(?P<s2>.+)\s+(?P<dir2>{_VERBS})"
                    r"\s+by\b(?P<rest2>[^?]*)"
                    rf"|how\s+many\s+(?P<s3>.+?)\s+{PASSIVE}\s+(?P<dir3>added|opened)\b"
                    r"(?P<rest3>[^?]*))\??\s*$", re.I)
# the same question as a noun: 'what was the (percentage) change / increase / decline in S (from P to Q)'
_NOUN_ASKED = re.compile(r"^\s*what\s+(?:was|were|is|are|has\s+been)\s+the\s+(?P<pct>percent(?:age)?\s+)?(?P<dir>"
                         r"change|increase|decrease|rise|decline|fall|drop|growth)\s+in\s+(?:the\s+)?(?P<s>.+?)"
                         r"(?P<rest>\s+(?:from|between|in|during|over|since|at|for|on)\b[^?]*)?\??\s*$", re.I)
_UP = ("ris", "rose", "increas", "gr", "climb", "widen", "add", "rais", "expand", "open")
_CHANGE = "chang"
# 'improve' / 'worsen' name no direction of the figure (a cost ratio improves as it falls): the size of the move
_EITHER = ("improv", "worsen", "deteriorat")
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
# 'A ... in 2024, compared with B in 2023': the later year's figure first, the earlier year's after
_COMPARED = re.compile(r"^[^;:,]*?\bin\s+(?P<y>(?:19|20)\d\d)\s*,?\s*(?:compared\s+(?:with|to)|against|versus)\s+"
                       r"(?:[A-Z]{3}\s+)?$", re.I)
_EARLIER_YEAR = re.compile(r"^\s*(?:[a-z%]+\s+){0,2}?in\s+(?P<y>(?:19|20)\d\d)\b", re.I)
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
        elif (c := _COMPARED.search(between)) and (e := _EARLIER_YEAR.search(text[y.end:])) \
                and int(e.group("y")) < int(c.group("y")):
            pairs.append((x, y))
        elif _EARLIER_FIRST.search(between) and re.search(r"\bfrom\s+(?:about\s+|around\s+)?$", text[:x.start], re.I):
            pairs.append((y, x))
    pairs = [(a, b) for a, b in pairs if a.unit == b.unit and a.currency == b.currency and _scale(a) == _scale(b)]
    return pairs[0] if len(pairs) == 1 else None


# the words after an active verb that name its object ('did the group reduce its wholesale doors from ...')
_OBJECT = re.compile(r"\b(?:from|in|between|during|over|since|to|at|for|on|by|compared|versus|against|year)\b", re.I)


def _asked(question: str) -> tuple[str, str, str | None, str, str, bool] | None:
    """(subject, 'much'/'many ...', percentage word, verb, words after the verb, asked as a noun) of a change asked
    in any of the frames; None when the question asks none."""
    m = _ASKED.search(question)
    if m is not None:
        for k in ("", "2", "3"):
            if m.group("s" + k) is not None:
                how = m.group("how" + k) if k != "3" else "many"
                return m.group("s" + k), how or "", m.group("pct") if not k else None, m.group("dir" + k), \
                    m.group("rest" + k) or "", False
    m = _NOUN_ASKED.search(question)
    if m is None:
        return None
    return m.group("s"), "", m.group("pct"), m.group("dir"), m.group("rest") or "", True


def quoted_change(ctx: AnswerContext, answer: Answer) -> Answer | None:
    """The composed `answer` led by the change the question asks, computed from the one quoted sentence naming its
    subject that writes both ends ('rose to A from B'); None otherwise."""
    asked = _asked(ctx.question)
    if asked is None or answer.abstained or answer.derivation is not None:
        return None  # an answer already computed (from_sentence's 'from 14% in 2024 to 19% in 2030') stands
    s, how, pct, verb, rest, noun = asked
    subject = set(words(s)) | set(words(_OBJECT.split(rest, maxsplit=1)[0]))  # 'did the group reduce its doors'
    percent = pct is not None
    points = not percent and not noun and "points" in how.lower()
    much = how.lower() == "much"  # 'by how much': an amount's change, or points as the two ends are written
    period = _PERIOD.search(rest)
    found = []
    for text, n in quoted_sentences(answer):
        said = set(words(text))
        if len(subject - said) > len(subject) // 3:  # 'Halvard's share' of 'Halvard Semiconductor's share'
            continue
        if period is not None and not (set(words(period.group("p"))) <= said
                                       and all(y in text for y in re.findall(r"\b(?:19|20)\d\d\b", period.group("p")))):
            continue
        pair = change_pair(text)
        if pair is not None and (percent or noun or much or (pair[0].unit == "percent") == points):
            found.append((text, n, *pair))
    if much and any(a.unit != "percent" for _, _, a, _ in found):
        found = [f for f in found if f[2].unit != "percent"]  # 'by how much': an amount's pair before a percent's
    if len({(t, a.text, b.text) for t, _, a, b in found}) > 1:  # the sentence saying every word of the subject
        found = [f for f in found if subject <= set(words(f[0]))]
    if len({(t, a.text, b.text) for t, _, a, b in found}) != 1:
        return None
    text, n, later, earlier = found[0]
    points = points or (noun or much) and not percent and later.unit == "percent"
    verb = verb.lower()
    either = verb.startswith(_EITHER)
    if either and (percent or later.value == earlier.value):
        return None  # 'by what percentage did S improve': no sign to give the rate
    up = verb.startswith(_UP) or either and later.value > earlier.value
    down = not up and not verb.startswith(_CHANGE)
    if (up and later.value <= earlier.value) or (down and later.value >= earlier.value):
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
