"""A part a page gives only as its share of a whole it states ('the market reached USD 24.0bn ... software
accounted for 38% of the market'; a row's 'Target STI (% of salary)' beside 'Base salary') is that share of the whole."""

from __future__ import annotations

import re

from ingest.figures import NUMBER

from .. import compute
from ..types import Answer, AnswerContext
from .features import Evidence, neighbour
from .names import whole_word
from .part_of_whole import QUALIFIER, derived_answer
from .slots import Slots

LOOK = 3  # the best sentences read for the whole's amount
_OF_WHOLE = re.compile(r"%\s+of\s+(?:the\s+|its\s+|all\s+)?([a-z][a-z-]{2,})")
_GAP = 40  # most characters between the part's word and its percent ('software accounted for 38%')


def _asked_words(slots: Slots) -> list[str]:
    """The question's content stems of three letters or more, lower-cased."""
    return [w for t in slots.subject for w in re.findall(r"[a-z][a-z-]{2,}", t.lower())]


def stem_opening(word: str) -> re.Pattern:
    """`word` (a stem) at a word's start, with any ending: 'servic' finds 'services'."""
    return re.compile(rf"(?<![a-z0-9]){re.escape(word)}[a-z]*")


def _share_after(text: str, figures, word: str):
    """The one percent figure within `_GAP` characters after `word` in `text` with no other figure between."""
    low = text.lower()
    spots = [m.end() for m in stem_opening(word).finditer(low)]
    if len(spots) != 1:
        return None
    after = [f for f in figures if f.start >= spots[0]]
    if not after or after[0].unit != "percent" or after[0].start - spots[0] > _GAP or \
            re.search(r"[;.]", low[spots[0]:after[0].start]):
        return None
    return after[0]


_HEADER_SHARE = re.compile(r"\(?\s*%\s+of\s+([a-z][a-z-]{2,})\s*\)?", re.I)  # 'Target STI (% of salary)'
PERCENT_ASKED = re.compile(r"%|\b(?:percent\w*|share|proportion|portion|fraction|rate|ratio|margin)\b", re.I)


def _cells(text: str) -> list[tuple[str, str]]:
    """A table row's (header, value) cells from its sentence 'Label — H1: v1; H2: v2'."""
    if " — " not in text:
        return []
    return [(h.strip(), v.strip()) for c in text.split(" — ", 1)[1].split("; ") if ": " in c
            for h, v in [c.rsplit(": ", 1)]]


def row_share(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str) -> Answer | None:
    """A row's cell headed 'X (% of W)' asked as X, an amount: that percent of the same row's one cell headed W
    ('Target STI (% of salary): 60%' and 'Base salary: 1,450' give 870); None unless exactly so."""
    q = ctx.question.lower()
    if PERCENT_ASKED.search(q):
        return None
    for e in evidence[:LOOK]:
        if not e.row:
            continue
        cells = _cells(e.text)
        asked = [(h, v, m) for h, v in cells if (m := _HEADER_SHARE.search(h)) and v.endswith("%")
                 and (words := re.findall(r"[a-z][a-z-]{1,}", _HEADER_SHARE.sub(" ", h).lower()))
                 and all(stem_opening(w).search(q) for w in words)]
        if len(asked) != 1:
            continue
        header, pct, m = asked[0]
        bases = [(h, v) for h, v in cells if h != header and not v.endswith("%") and stem_opening(m.group(1).lower()).search(h.lower())]
        if len(bases) != 1:
            continue
        try:
            done = compute.part_of(compute.Operand.of(pct, label=header, citation=1),
                                   compute.Operand.of(bases[0][1], label=bases[0][0], citation=1))
        except compute.ComputeError:
            continue
        return derived_answer(ctx, e, done.text, f"{pct} of {bases[0][0]} {bases[0][1]}", done, e.text, backend)
    return None


def stated_share(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str) -> Answer | None:
    """The part's amount as its stated share of the whole's amount a nearby sentence gives, computed and cited; None
    unless exactly one whole, one part word and one share of a whole named in the whole's sentence are found."""
    if slots.unit not in ("count", "money") or slots.ratio or "percent" in slots.units or not slots.subject or \
            slots.shape != "figure" or slots.asks != "amount" or re.search(r"%|\bper ?cent\b", ctx.question):
        return None  # an amount asked, not a name, and no percent of the question.s own as its condition
    words = _asked_words(slots)
    for e in evidence[:LOOK]:
        if e.row:
            continue
        wholes = [f for f in e.figures if f.unit == slots.unit]
        low = e.text.lower()
        if len(wholes) != 1:
            continue
        missing = [w for w in words if not stem_opening(w).search(low)]
        after = neighbour(evidence, e, 1)
        for s in [e, after] + [x for x in evidence[:LOOK] if x is not e and x is not after]:
            if s is None or s.row:
                continue
            shares = [f for w in missing if (f := _share_after(s.text, s.figures, w)) is not None]
            share = shares[0] if len(shares) == 1 else None  # one word asked the whole's sentence lacks: the part
            named = [m.group(1) for m in _OF_WHOLE.finditer(s.text.lower())]
            if share is None or not named or not whole_word(named[0]).search(low) or \
                    (s is e and share.start < wholes[0].end):
                continue  # a share of a whole the amount's sentence does not name is a share of another whole
            try:
                done = compute.part_of(compute.Operand.of(share.text, citation=1),
                                       compute.Operand.of(wholes[0].text, label="whole", citation=1))
            except compute.ComputeError:
                continue
            lead = "about " + NUMBER.sub(done.text, QUALIFIER.sub("", wholes[0].display), count=1)
            quote = e.text if s is e else f"{e.text} {s.text}"
            return derived_answer(ctx, e, lead, f"{share.display} of {wholes[0].display}", done, quote, backend)
    return None
