"""Follow-up questions: 'and in 2030?' or 'what about China?' after 'How big was the global AI market
in 2024?' borrow the slots they lack (subject, measure) from the earlier turns. Deterministic, no LLM:
the earlier question is rewritten with the follow-up's period and entities."""

from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Sequence

from ingest.keyword import tokenize

from .extractive.slots import Slots, entities_of, parse

_CUE = re.compile(r"^\s*(and|but|also|then|so|ok(ay)?|what about|how about|what of|same for|and what about|"
                  r"and how about|and for|and in)\b[\s,]*", re.I)
_ASKS = re.compile(r"^\s*(what|how|which|who|when|where|why|is|are|was|were|did|does|do|can|list|name)\b", re.I)
_FIRST_NAME = re.compile(r"^\s*([A-Z][\w.&-]*[\w&])(?=['’]s\b|\s+(?:in|for|by)\b|\s*\?|$)")
BROAD = re.compile(r"\b(the )?(global|worldwide|world's|world|overall)\b", re.I)


def is_follow_up(slots: Slots) -> bool:
    """A turn that opens like a continuation ('and ...', 'what about ...'), or a fragment naming
    only a period or an entity ('China in 2030?'), with no subject or measure of its own."""
    if _CUE.match(slots.text):
        return True
    named = {t for e in slots.entities for t in tokenize(e.name)}
    return (not _ASKS.match(slots.text) and not set(slots.subject) - named and not slots.metrics
            and bool(slots.years or slots.entities))


def understand(question: str, history: Sequence[str] | None) -> str:
    """The full question a turn asks, given the earlier questions (oldest first); the question
    itself when it stands alone or there is nothing to borrow from."""
    question = (question or "").strip()
    if not history or not question:
        return question
    previous = understand(history[-1], history[:-1])
    if not previous:
        return question
    turn = parse(question)
    if not turn.entities and _FIRST_NAME.match(question):  # 'China in 2030?': a first word is a name too
        turn = replace(turn, entities=entities_of([_FIRST_NAME.match(question).group(1)]))
    if not is_follow_up(turn) or not (turn.years or turn.entities):
        return question
    before = parse(previous)
    text = previous
    if turn.years:
        text = _with_years(text, before, turn)
    if turn.entities:
        text = _with_entities(text, before, turn)
    return text


def _with_years(text: str, before: Slots, turn: Slots) -> str:
    years = [str(y) for y in turn.years]
    old = [str(y) for y in before.years]
    if len(old) == len(years):
        for o, n in zip(old, years):
            text = re.sub(rf"(?<!\d){o}(?!\d)", n, text, count=1)
        return text
    if old:  # 'from 2020 to 2024' then 'and 2030?': the new year replaces the whole period
        first = re.search(rf"(?<!\d){old[0]}(?!\d)", text)
        last = list(re.finditer(rf"(?<!\d){old[-1]}(?!\d)", text))[-1]
        lead = re.search(r"\b(from|between|in|by|for)\s+$", text[:first.start()])
        start = lead.start() if lead else first.start()
        return text[:start] + f"in {' and '.join(years)}" + text[last.end():]
    return _append(text, f"in {' and '.join(years)}")


def _with_entities(text: str, before: Slots, turn: Slots) -> str:
    new = [_as_written(e.name, turn.text) for e in turn.entities]
    old = [e.name for e in before.entities]
    if old:
        for i, o in enumerate(old):
            text = text.replace(o, new[min(i, len(new) - 1)], 1) if i < len(new) or len(new) == 1 else text
        return text
    broad = BROAD.search(text)
    if broad:
        return text[:broad.start()] + f"{' and '.join(new)}'s" + text[broad.end():]
    return _append(text, f"for {' and '.join(new)}")


def _as_written(name: str, text: str) -> str:
    """The name as the question writes it: 'U.S.' keeps its last dot."""
    return name + "." if "." in name and re.search(re.escape(name) + r"\.", text) else name


def _append(text: str, words: str) -> str:
    stripped = text.rstrip(" ?.!")
    return f"{stripped} {words}{text[len(stripped):] or '?'}"
