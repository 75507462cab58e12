"""A hedged lead refused when a slot of the question is plainly missing: the answer check already
doubts the lead, and the question names a part of the report no heading has, counts another thing, or closes on a domain the passage never names.

Each check here is too loose to refuse a bold lead on its own (a heading the extraction missed, a
count in other words), so it only turns an existing doubt into a refusal naming the slot missing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.figures import Figure
from ingest.keyword import tokenize
from ingest.year_parts import MONTH_ABBREVIATION

from ..snapshot_memo import kept
from ..types import AnswerContext
from .features import Evidence
from .facts import where
from .gates_counted import other_count
from .gates_domain import domain_absent
from .question_names import BROAD
from .slots import QUESTION_FILLER, Slots
from .year_elsewhere import year_only_elsewhere

# a report part named by its topic: 'the chapter on X', "CIC's section about X", 'the X chapter'
_PART_ON = re.compile(r"\b(?:chapter|section|appendix)\s+(?:on|about|covering|dealing with)\s+(.+?)"
                      r"(?=\s+(?:say|says|said|report|reports|state|states|give|gives|count|counts|show|shows|start|starts|begin|begins)\b|[?,;]|$)",
                      re.I)
_PART_NAMED = re.compile(r"\b(?:the|its|[\w&.-]+['’]s)\s+((?:[A-Za-z][\w-]*\s+){1,3}?)(?:chapter|section|appendix)\b(?!\s*\d)", re.I)
# words of a topic that name no topic of their own ('industry', 'analysis')
_PART_WORDS = frozenset(tokenize("industry industries sector analysis report white paper key insights overview "
                                 "introduction typical enterprises companies"))


def part_topic(question: str) -> list[str]:
    """The content terms of the report part a question names by topic ('the communication industry
    chapter' -> ['communication']); [] when it names none or names one by number ('Chapter 2')."""
    m = _PART_ON.search(question) or _PART_NAMED.search(question)
    if not m:
        return []
    words = " ".join(w for w in m.group(1).split() if not re.fullmatch(r"[A-Z&]{2,}", w))  # 'the CIC appendix': its source
    return [t for t in dict.fromkeys(tokenize(words))
            if not t.isdigit() and t not in BROAD and t not in QUESTION_FILLER and t not in _PART_WORDS]


def part_absent(topic: list[str], headings: Iterable[str]) -> str | None:
    """The reason when most of the part's topic terms are in no heading of the report, or None."""
    if not topic:
        return None
    said = {t for h in headings for t in tokenize(h)}
    found = [t for t in topic if t in said]
    if 2 * len(found) >= len(topic):
        return None
    return f"the report has no part on {' '.join(topic)}: no heading names it"


def report_headings(ctx: AnswerContext, best: Evidence) -> list[str]:
    """The section headings of the report the lead comes from, read once per index version."""
    doc = ctx.passages[best.passage_index].chunk.doc_id
    snap = ctx.snapshot

    def of_doc() -> list[str]:
        return sorted({c.section for c in snap.chunks if c.doc_id == doc and c.section})
    return kept(snap, ("headings", doc), of_doc)


# a month and year ('Jun-2018', 'March 2024') name a time, not a thing a figure is of
_DATE = re.compile(r"(?:" + MONTH_ABBREVIATION + r")[a-z]*\.?[\s'’-]*(?:\d{4}|\d{2})", re.I)


def named_unsaid(slots: Slots, against: str | None) -> str | None:
    """A figure asked of something the question names (a company, a product: not a place, not a
    date) whose lead sentence the answer check doubts most for not naming it (`against`, the check's
    strongest objection, is verify.py's `subject_missing`): the figure is another's, so the reports
    give none for the thing asked."""
    if against != "subject_missing" or slots.shape != "figure" or slots.asks != "amount" or slots.unit is None:
        return None
    named = [e.name for e in slots.entities if not e.place and not _DATE.fullmatch(e.name)]
    if not named:
        return None
    joined = " ".join(named)  # one name the slots split into words ('Zentro Marketing Cloud'), else each
    return f"the reports give no figure for {joined if joined in slots.text else ', '.join(named)}: " \
        "the closest sentence is about another"


def hedge_refused(ctx: AnswerContext, slots: Slots, best: Evidence, figures: list[Figure],
                  against: str | None = None) -> str | None:
    """Why a doubted lead is refused rather than hedged (a slot the evidence plainly lacks), or None;
    `against` names the answer check's strongest objection to the lead (verify.Verifier.against)."""
    topic = part_topic(slots.text)
    return (part_absent(topic, report_headings(ctx, best)) if topic else None) or other_count(slots, best, figures) \
        or (domain_absent(slots.text, where(ctx.passages[best.passage_index].chunk))
            if slots.shape == "figure" and slots.asks == "amount" else None) \
        or named_unsaid(slots, against) \
        or year_only_elsewhere(slots, ctx.passages[best.passage_index].chunk.text, against)  # that year, of that measure
