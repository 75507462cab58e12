"""Whether a sentence's passage is about what the question names: its source, entities, scope,
what it counts and (from the sentence's own features) the place asked. The gates' first check
(`on_topic`) and the choice and superlative paths ask it; split from gates.py."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..acronym_table import snapshot_table
from ..types import AnswerContext
from .capital_initials import spelled_or_defined
from .features import Evidence, where
from .kept_patterns import compiled
from .names import mentions, mentions_entity, place_subject_of, singular, subject_of
from .slots import QUESTION_FILLER, Slots


def source_named(ctx: AnswerContext, slots: Slots, ev: Evidence) -> str | None:
    """A question naming its source ('according to CIC') is answered from that source only."""
    chunk = ctx.passages[ev.passage_index].chunk
    if slots.sources and not all(mentions(f"{chunk.publisher} {chunk.title}".lower(), n) for n in slots.sources):
        return f"the best passage is not from {', '.join(slots.sources)}"
    return None


def owned_named(question: str, name: str, others: list, text: str) -> bool:
    """Whether `name` is asked only as the owner of another name the passage gives ('xAI's Grok 4'
    with a row naming Grok 4): the thing owned identifies what is asked, under any owner label."""
    after = compiled(rf"(?<![\w-]){re.escape(name)}['’]s\s+(\S+)").search(question)
    return bool(after) and any(after.group(1).startswith(o.name.split()[0]) and mentions_entity(text, o)
                               for o in others if o.name != name)


def entities_named(ctx: AnswerContext, slots: Slots, ev: Evidence) -> str | None:
    """Every entity the question names is in the passage (in any of its forms, an acronym also as its
    capitalised words) or is the report's subject; an owner named in a possessive needs only the thing it owns (`owned_named`)."""
    chunk = ctx.passages[ev.passage_index].chunk
    text = where(chunk)
    missing = [e.name for e in slots.entities if not mentions_entity(text, e)
               and not (place_subject_of(ctx.snapshot, (e.name, *e.forms), chunk.doc_id) if e.place
                        else subject_of(ctx.snapshot, e.name, chunk.doc_id))
               and not owned_named(slots.text, e.name, list(slots.entities), text)
               # an acronym the passage writes out in capitalised words ('AA': Artificial Analysis), or in the
               # other form the reports define for it ('LLMs': large language models), read on all it is about
               and not spelled_or_defined(e.name, f"{chunk.section or ''}\n{chunk.text}",
                                          snapshot_table(ctx.snapshot), text)]
    if missing:
        return f"the best passage does not mention {', '.join(missing)}"
    return None


def scope_named(ctx: AnswerContext, slots: Slots, ev: Evidence) -> str | None:
    """A question narrowed to a part ('the logistics chapter') needs a passage about that part."""
    text = where(ctx.passages[ev.passage_index].chunk)
    outside = [w for w in slots.scopes if not mentions(text, w)]
    return f"the best passage is not about {', '.join(outside)}" if outside else None


_AUXILIARIES = {"did", "do", "does", "was", "were", "is", "are", "has", "have", "had", "will", "would", "can", "could"}


# the kind counted: the word after 'how many', past a partitive 'of the' / 'of these' / 'of its' ('how many of the
# tracked models' counts models: its first word ending in s after the partitive, else its first word)
_COUNTED = re.compile(r"\bhow many\s+(?:of\s+(?:the|these|those|its|their|our|all)\s+(?:[a-z][\w-]*\s+){0,2}?(?=[a-z][\w-]*s\b))?"
                      r"([a-z][a-z-]+)", re.I)


def counted_named(ctx: AnswerContext, slots: Slots, ev: Evidence) -> str | None:
    """'How many X' needs a passage that names X (a row of index scores does not count parameters)."""
    counted = _COUNTED.search(slots.text)
    text = where(ctx.passages[ev.passage_index].chunk)
    # 'times' and 'points' are the units of a change ('how many points did the rate rise'), not things counted
    # an auxiliary ('by how many did patents grow') asks a change by count and names no counted thing there
    if counted and counted.group(1).lower() not in QUESTION_FILLER | {"times", "points", "percentage"} | _AUXILIARIES and \
            not mentions(text, singular(counted.group(1))):
        return f"the best passage does not count {counted.group(1)}"
    return None


# 'what fraction of the 370-plus AI unicorns': a share of a whole given by its count; the first plural after the count
_COUNTED_WHOLE = re.compile(r"\b(?:share|fraction|percentage|proportion|portion|part)\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?"
                            r"(?:about\s+|over\s+|some\s+|nearly\s+|roughly\s+)?(?!(?:19|20)\d\d\b)\d[\d,.]*(?:-?plus|\+)?\s+"
                            r"(?:[\w-]+\s+){0,3}?(?P<whole>[a-z][a-z-]{2,}(?<!ss)(?<!us)(?<!is)s)\b", re.I)


def counted_whole(question: str) -> str | None:
    """The head noun of a whole the question gives by its count ('what fraction of the 370-plus AI unicorns'
    -> 'unicorns'), or None when the share asked is of no counted whole."""
    m = _COUNTED_WHOLE.search(question)
    return m.group("whole") if m else None


def whole_named(ctx: AnswerContext, slots: Slots, ev: Evidence) -> str | None:
    """A share of a whole the question counts ('of the 370-plus AI unicorns') needs a passage naming those things:
    a passage about AI companies gives shares of another whole."""
    whole = counted_whole(slots.text)
    if whole and whole.lower() not in QUESTION_FILLER and \
            not mentions(where(ctx.passages[ev.passage_index].chunk), singular(whole)):
        return f"the best passage does not count {whole}, the whole asked a share of"
    return None


def place_named(ctx: AnswerContext, slots: Slots, ev: Evidence) -> str | None:
    """Every place asked is named in the sentence, the one before, or the passage's heading or topic
    (unless it is the report's subject): a global figure does not answer for Europe."""
    if ev.features.get("place_missing_near"):
        places = [e.name for e in slots.entities if e.place]
        return f"the best sentence is not about {', '.join(places)}"
    return None


TOPIC_CHECKS: list[Callable[[AnswerContext, Slots, Evidence], str | None]] = [
    source_named, entities_named, scope_named, counted_named, whole_named, place_named]


def off_topic(ctx: AnswerContext, slots: Slots, ev: Evidence) -> str | None:
    """The first topic check the sentence's passage fails, or None. Every check but the last
    (`place_named`, which reads the sentence's features) reads the passage alone, so their verdict is
    made once per passage for the question (`Slots.derived`; the gates ask it of many sentences)."""
    chunk = ctx.passages[ev.passage_index].chunk
    kept, reason = slots.derived(("off_topic", id(chunk)), lambda: (chunk, _passage_off_topic(ctx, slots, ev)))
    if kept is not chunk:  # another object at that address (never while the kept one lives): judged afresh
        reason = _passage_off_topic(ctx, slots, ev)
    return reason or place_named(ctx, slots, ev) or None


def _passage_off_topic(ctx: AnswerContext, slots: Slots, ev: Evidence) -> str | None:
    """The first of the topic checks before `place_named` that the sentence's passage fails, or None."""
    for check in TOPIC_CHECKS[:-1]:
        reason = check(ctx, slots, ev)
        if reason:
            return reason
    return None
