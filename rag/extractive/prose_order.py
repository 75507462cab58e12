"""An order stated in prose: 'The U.S. led with 160+ ... China followed with ~70-75' ranks China second.
A sentence saying which one led, then the sentences right after it each saying which one followed, give ranks
1, 2, 3 ...; 'which ranked second' is answered by the second of that run (`leader` answers the first)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.figures import Figure
from ingest.keyword import tokenize

from ..types import Answer, AnswerContext, Citation
from .choice import LED, LOW, names_nobody, unit_other
from .features import Evidence, metric_covered, near_top, neighbour
from .gates import off_topic
from .leader_passage import passage_vouches
from .slots import Slots

# 'China followed with ~70-75', 'Japan came second at 12', 'India trailed with 8-12': the next one of a run
_FOLLOWED = re.compile(r"^\s*(?:the\s+)?(?P<name>[A-Za-z][^,;:()]{1,70}?)\s+(?:followed|came (?:second|third|next)|"
                       r"ranked (?:second|third)|trailed)\s+(?:closely\s+)?(?:with|at|by|on)\s+"
                       r"(?:(?:about|around|approximately|over|nearly|roughly)\s+)?(?P<figure>[~$€¥£]?\s?\d)", re.I)
# the words asking the rank, not what is ranked
_RANK_WORDS = frozenset(tokenize("rank ranked ranking place placed position come came first second third fourth fifth "
                                 "sixth seventh eighth ninth tenth"))
_KIND = re.compile(r"\b(?:which|what)\s+(\w+)", re.I)


def measure_stated(question: str, slots: Slots, said: str) -> bool:
    """Every content word of the question but the rank and the kind asked ('which country') is in `said` (the
    sentence before the lead and the lead up to its figure): the run ranks what the question asks, not a thing
    its sentences mention in passing ('The U.S. led with 160+, dominated by ... AI chips' ranks no chips)."""
    kind = set(tokenize(m.group(1))) if (m := _KIND.search(question)) else set()
    wanted = set(slots.subject) - _RANK_WORDS - kind
    return bool(wanted) and wanted <= set(tokenize(said))


def _figure_after(e: Evidence, m: re.Match) -> list[Figure]:
    return [f for f in e.figures if f.start >= m.start("figure") and f.unit != "year"][:1]


def followers(evidence: list[Evidence], lead: Evidence) -> list[tuple[str, Evidence, list[Figure]]]:
    """The run of sentences right after `lead` in its passage that each say which one followed, in order."""
    out, at = [], lead
    while (nxt := neighbour(evidence, at, 1)) is not None and not nxt.row and (m := _FOLLOWED.search(nxt.text)):
        name = m.group("name").strip()
        if names_nobody(name):
            break
        out.append((name, nxt, _figure_after(nxt, m)))
        at = nxt
    return out


def ranked_in_prose(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str, share: float,
                    gate: Callable[[Slots, Evidence, list[Figure]], object] | None = None) -> Answer | None:
    """'Which country ranked second for X': the rank asked (2 or more, by the most) in a run of prose saying
    which one led and which followed, in a passage on the question's topic that passes the gates; else None."""
    q, rank = ctx.question, slots.rank
    if slots.shape != "which" or rank is None or rank < 2 or LOW.search(q) or not evidence:
        return None
    for e in near_top(evidence, share):
        if e.row or not (m := LED.search(e.text)) or names_nobody(m.group("name").strip()):
            continue
        run = followers(evidence, e)
        if len(run) < rank - 1:
            continue
        before = neighbour(evidence, e, -1)
        if not measure_stated(q, slots, f"{before.text if before else ''} {e.text[:m.start('figure')]}"):
            continue
        lead_figs = _figure_after(e, m)  # figures do not check the order: extraction drops range dashes ('~70-75' as 7075)
        if off_topic(ctx, slots, e) or not all(metric_covered(ctx.passages[e.passage_index].chunk.text.lower(), mt)
                                               for mt in slots.metrics):
            continue
        name, said, figs = run[rank - 2]
        if unit_other(figs, slots.unit):
            continue
        if gate is not None and (why := gate(slots, e, lead_figs)) and not passage_vouches(slots, evidence, e, why, gate):
            continue
        shown = f" ({figs[0].display})" if figs else ""
        passage = ctx.passages[e.passage_index]
        cited = [Citation.from_passage(1, passage, quote=e.text), Citation.from_passage(2, passage, quote=said.text, figure=name)]
        return Answer(question=q, answer=f"**{name}**{shown}. {e.text} [1] {said.text} [2]", figure=name, abstained=False,
                      citations=cited, backend=backend, passages=list(ctx.passages), confidence=said.score, shape="which")
    return None
