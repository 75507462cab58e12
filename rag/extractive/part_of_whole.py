"""A place's amount a report gives only as its share of a world total: 'the number of global AI
companies exceeded 30,000, with the U.S. and China accounting for 34% and 15%, respectively' answers
'how many AI companies did the U.S. have' as about 34% × 30,000, each operand cited, the derivation shown.
General properties: a sentence giving a world total of the unit asked, then the place's share of it;
and the other way, a place's share asked of a world count and the place's count in the next sentence."""

from __future__ import annotations

import re

from ingest.figures import NUMBER
from ingest.keyword import tokenize

from .. import compute
from ..types import Answer, AnswerContext, Citation
from .features import WORLD, Evidence, metric_covered, neighbour
from .names import whole_word
from .slots import Slots

_RESPECTIVELY = re.compile(r"\brespectively\b")
# several things asked as one amount: 'the U.S. and China between them', 'combined', 'together'
_JOINT_ASKED = re.compile(r"\b(?:together|combined|jointly|collectively|between them|in total|altogether)\b", re.I)
_JOINT = re.compile(r"\b(?:and|together|combined|jointly|collectively|between them)\b")
QUALIFIER = re.compile(r"^(?:over|about|around|approximately|nearly|roughly|more than|exceeded|surpassed)\s+", re.I)
LOOK = 4  # the best sentences read for a world total and the place's share


def _share_of(e: Evidence, forms: tuple[str, ...]):
    """The place's percent in the sentence: in a clause ending 'respectively' ('with A and B accounting for
    34% and 15%, respectively'), the figure in the place's position among the names; else the one percent
    after its name in its clause, unless several names hold it together; None when neither is certain."""
    low = e.text.lower()
    spots = [m.start() for f in forms for m in whole_word(f.lower()).finditer(low)]
    if not spots:
        return None
    at = min(spots)
    shares = [f for f in e.figures if f.unit == "percent" and f.start > at]
    if not shares:
        return None
    clause = max(low.rfind(",", 0, at), low.rfind(";", 0, at), low.rfind(" with ", 0, at) + 5, 0)
    if resp := _RESPECTIVELY.search(low, shares[0].end):
        names = [n for n in re.split(r",\s*|\s+and\s+", re.sub(r"^\s*(?:the\s+)?", "", low[clause:shares[0].start])) if n]
        row = [f for f in shares if f.start < resp.start()]
        mine = next((i for i, n in enumerate(names) if any(whole_word(f.lower()).search(n) for f in forms)), None)
        return row[mine] if mine is not None and len(names) == len(row) else None
    own = [f for f in shares if "," not in low[at:f.start]]
    if len(own) != 1 or _JOINT.search(low[clause:own[0].start]):
        return None  # 'Brazil and Chile together representing 92%': a share of several together is none of theirs
    return own[0]


def part_of_whole(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str) -> Answer | None:
    """The place's amount as its share of the world total one sentence gives (count or money asked) of
    every measure the question names, or None. Several places asked together ('the U.S. and China
    between them') hold the sum of their shares."""
    places = [e for e in slots.entities if e.place]
    if slots.unit not in ("count", "money") or not places or len(places) != len(slots.entities) or \
            len(places) > 1 and not _JOINT_ASKED.search(slots.text):
        return None
    for e in evidence[:LOOK]:
        totals = [f for f in e.figures if f.unit == slots.unit]
        low = e.text.lower()
        if e.row or len(totals) != 1 or not WORLD.search(low) or not all(metric_covered(low, m) for m in slots.metrics):
            continue  # a world total counts one measure: enterprises are no whole of financing deals
        portions, whole = [_share_of(e, place.forms) for place in places], totals[0]
        if any(p is None or p.start < whole.end for p in portions) or len({p.start for p in portions}) < len(portions):
            continue  # each share follows the total it is a share of, one share a place
        try:
            done = compute.part_of([compute.Operand.of(p.text, citation=1) for p in portions],
                                   compute.Operand.of(whole.text, label="world total", citation=1))
        except compute.ComputeError:
            continue
        shown = QUALIFIER.sub("", whole.display)
        lead = "about " + NUMBER.sub(done.text, shown, count=1)
        given = " + ".join(p.display for p in portions)
        return derived_answer(ctx, e, lead, f"{given} of the world's {whole.display}", done, e.text, backend)
    return None


def derived_answer(ctx: AnswerContext, e: Evidence, lead: str, operands: str, done, quote: str, backend: str) -> Answer:
    """The answer leading with a figure derived from sentence `e`'s passage, its derivation shown and `quote` cited."""
    citation = Citation.from_passage(1, ctx.passages[e.passage_index], quote=quote, figure=lead)
    return Answer(question=ctx.question, answer=f"**{lead}** ({operands}: {done.derivation}). {quote} [1]",
                  figure=lead, abstained=False, citations=[citation], backend=backend, passages=list(ctx.passages),
                  confidence=e.score, shape="computed", derivation=done.as_dict())


_UNASKED = frozenset({"share", "world", "global", "percent", "percentag", "proportion", "portion", "fraction"})


def share_of_world(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str) -> Answer | None:
    """The place's share asked of a world count no sentence gives as a percent: 'the number of global
    AI unicorns exceeded 370 ... The U.S. led with 160+' answers 'what share of the world's AI unicorns
    are American' as 160 / 370, from a sentence giving the world count of every subject word asked
    and the next naming the place with one count; None when not exactly so."""
    places = [e for e in slots.entities if e.place]
    if slots.unit != "percent" or len(places) != 1 or len(slots.entities) != 1:
        return None
    subject = {w for w in tokenize(" ".join(slots.subject)) if w not in _UNASKED}
    for e in evidence:
        counts = [f for f in e.figures if f.unit == "count"]
        if e.row or len(counts) != 1 or not WORLD.search(e.text.lower()) or not subject <= set(tokenize(e.text)):
            continue
        after = neighbour(evidence, e, 1)
        if after is None or WORLD.search(after.text.lower()):
            continue
        low = after.text.lower()
        spots = [m.start() for f in places[0].forms for m in whole_word(f.lower()).finditer(low)]
        part = [f for f in after.figures if f.unit == "count" and spots and f.start > min(spots)]
        if not spots or len(part) != 1 or any(f.unit == "percent" for f in after.figures):
            continue
        try:
            done = compute.share(compute.Operand.of(part[0].text, label=places[0].name, citation=1),
                                 compute.Operand.of(counts[0].text, label="world total", citation=1))
        except compute.ComputeError:
            continue
        lead = f"about {done.text}"
        quote = f"{e.text} {after.text}"
        whole = QUALIFIER.sub("", counts[0].display)
        return derived_answer(ctx, e, lead, f"{part[0].display} of the world's {whole}", done, quote, backend)
    return None
