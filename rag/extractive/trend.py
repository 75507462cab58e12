"""A trend asked (a metric's direction over a period, `Slots.trend`) and the sentences that answer it.

General properties, of questions and sentences (none of one question):
- a trend asked over a period is answered by the metric's levels at both ends of it: a figure dated
  each end, not a change ('up 2.1 from 2019' gives no level for 2019);
- a direction word (rise, decline, slow, stabilise, recover) states a trend even without a figure: the
  sentence saying it answers, the unit asked is no gap in it; so does a shift towards something
  ('is shifting from A towards B');
- an outlook asked ('what is the outlook for X', 'how is X expected to develop') is answered by a
  direction stated for the future ('is expected to decline', 'will grow');
- a direction asked in words (no unit asked: 'which way is X moving', 'where is X heading') is answered
  by a sentence saying what X moves from and to ('a shift from A to B', 'advancing toward B', 'gradually
  becoming standard'), not by one that only names X's importance ('X is becoming a key direction')."""

from __future__ import annotations

import re

from ingest.figures import Figure

from .pick import is_change
from .shape_cues import DIRECTION_ASKED
from .slots import Slots

# verbs and nouns of a direction (not 'growth', which names a measure: 'growth rate')
_DIRECTION = (r"ris(?:e|es|en|ing)|rose|increas(?:e|es|ed|ing)|grow(?:s|n|ing)?|grew|declin(?:e|es|ed|ing)|"
              r"f[ae]ll(?:s|en|ing)?|drop(?:s|ped|ping)?|decreas(?:e|es|ed|ing)|slow(?:s|ed|ing)?|"
              r"slowdown|stabili[sz](?:e|es|ed|ing)|recover(?:s|ed|ing|y)?|rebound(?:s|ed|ing)?|"
              r"expand(?:s|ed|ing)?|shr[iau]nk(?:s|en|ing)?|contract(?:s|ed|ing)?|surg(?:e|es|ed|ing)|"
              r"climb(?:s|ed|ing)?|plung(?:e|es|ed|ing)|soar(?:s|ed|ing)?|narrow(?:s|ed|ing)?|widen(?:s|ed|ing)?|"
              r"upward|downward|accelerat(?:e|es|ed|ing)|decelerat(?:e|es|ed|ing)|"
              # holding level is a direction too ('is expected to remain stable')
              r"(?:remain|stay)(?:s|ed|ing)?\s+(?:stable|steady|flat|unchanged)")
_SAYS_DIRECTION = re.compile(rf"\b(?:{_DIRECTION})\b", re.I)
# a direction said of the future: 'is expected to decline', 'will still grow', 'is projected to rise'
_FUTURE = re.compile(rf"\b(?:will|shall|(?:is|are) (?:expected|projected|forecast|predicted|set|likely|poised|"
                     rf"anticipated) to|expected to|projected to|forecast to)\s+(?:\w+\s+){{0,2}}?(?:{_DIRECTION})\b", re.I)
# the question asks what lies ahead
_OUTLOOK = re.compile(r"\b(?:outlook|prospects?|future|expect(?:s|ed)?|projected|forecast|will|going forward|ahead)\b", re.I)


# a change of kind said with where it goes: 'shifting from A to B', 'a shift in X from A to B', 'advancing toward B',
# 'evolving into B', 'is gradually becoming standard' (a bare 'is becoming a key direction' says no change of kind)
_MOVE = r"shift|mov|evolv|evolution|transition|pivot|head|advanc|migrat|progress|transform|turn"
_SHIFT = re.compile(rf"\b(?:{_MOVE})(?:s|es|ed|ing|e|ment)?\b[^.;]{{0,80}}?\bfrom\b[^.;]{{1,80}}?\b(?:to|towards?|into)\b|"
                    rf"\b(?:{_MOVE})(?:s|es|ed|ing|e|ment)?\b[^.;]{{0,80}}?\b(?:towards?|into)\b|"
                    r"\b(?:gradually|increasingly|steadily|progressively|eventually)\s+(?:becom(?:e|es|ing)|stabili[sz]ing|"
                    r"turning into|evolving into)\b", re.I)


def states_shift(text: str) -> bool:
    """The sentence says where a thing moves ('a shift from A to B', 'advancing toward B', 'gradually becoming
    standard'): the answer to a direction asked in words."""
    return _SHIFT.search(text) is not None


# where a thing goes asked, not how it changed: 'which way is X moving', 'where is X heading', 'the trajectory of X'
_WHERE_TO = re.compile(r"\bwhere\b[^?]*\b(?:head(?:s|ed|ing)?|going|moving|evolving)\b|\btrajector(?:y|ies)\b", re.I)


def destination_asked(question: str) -> bool:
    """The question asks where a thing is going ('which way is X moving', 'where is X heading', 'what's the direction
    of travel'), not how it changed ('how has X evolved', answered as well by its stages or a figure)."""
    return DIRECTION_ASKED.search(question) is not None or _WHERE_TO.search(question) is not None


def shift_asked(slots: Slots) -> bool:
    """Where a thing goes asked in words: a trend asked, no unit asked, its destination asked (once a question)."""
    return slots.trend and not slots.units and destination_asked(slots.text)


def states_direction(text: str) -> bool:
    """The sentence states a direction of change (rise, decline, slow, stabilise, recover ...), or
    what a thing is moving towards ('shifting from A towards B', a change of kind: `states_shift`)."""
    return _SAYS_DIRECTION.search(text) is not None or states_shift(text)


def states_future_direction(text: str) -> bool:
    """The sentence states a direction for the future ('is expected to decline', 'will grow')."""
    return _FUTURE.search(text) is not None


def outlook_asked(slots: Slots) -> bool:
    """A trend question asking what lies ahead ('the outlook for X', 'how is X expected to develop')."""
    return slots.trend and _OUTLOOK.search(slots.text) is not None


def direction_answers(slots: Slots, text: str) -> bool:
    """The sentence states the direction a trend question asks: a future one for an outlook, any
    other (past or future) otherwise."""
    if not slots.trend:
        return False
    return states_future_direction(text) if outlook_asked(slots) else states_direction(text)


def ends_asked(slots: Slots) -> tuple[int, int | None] | None:
    """The two ends of the period a trend question asks (first, last); None when no trend or no closed
    period is asked ('since 2019' leaves its end open: its start and any later year answer, which
    `compose.complement` finds in two sentences as readily as in one)."""
    if not slots.trend or slots.since is not None:
        return None
    years = sorted(set(slots.years))
    return (years[0], years[-1]) if len(years) >= 2 else None


def gives_ends(text: str, figures: list[Figure], ends: tuple[int, int | None]) -> bool:
    """The sentence gives a level (a figure of one unit that is not a change) dated each end of the period."""
    first, last = ends
    levels = [f for f in figures if f.unit != "year" and f.year is not None and not is_change(text, f)]
    for unit in {f.unit for f in levels}:
        years = {f.year for f in levels if f.unit == unit}
        if first in years and (last in years if last is not None else any(y > first for y in years)):
            return True
    return False
