"""The year a threshold or a rank is reached, asked ('when will the market exceed USD 5 trillion?',
'when is X expected to become the largest ...?'): the lead must state the threshold reached, or the
rank itself. A sentence whose every figure stays below the threshold (USD 2.6 trillion by 2030), or
that gives another rank of the same superlative ('the second largest'), dates something else.
gates.py lists the gates with the others."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.figures import Figure, parse_figures

if TYPE_CHECKING:
    from .gates import Decision

# the question asks a year or a time: 'when', 'in which year', 'what year', 'by what year'
_YEAR_ASKED = re.compile(r"\bwhen\b|\b(?:which|what)\s+(?:calendar\s+|fiscal\s+)?year\b", re.I)
# a crossing verb before the number it asks reached: 'exceed 75%', 'first surpass USD 5 trillion', 'reach 1,000'
_CROSS = re.compile(r"\b(?:pass(?:es|ed)?|exceed(?:s|ed)?|surpass(?:es|ed)?|tops?|topped|cross(?:es|ed)?|"
                    r"reach(?:es|ed)?|hits?|break(?:s)?|rises?\s+above|goes?\s+above|go\s+above)\s+"
                    r"(?:the\s+)?(?:mark\s+of\s+|level\s+of\s+)?"
                    r"(?P<n>(?:USD|RMB|EUR|US\$|[$€¥£])?\s?\d[\d,]*(?:\.\d+)?\s*"
                    r"(?:%|percent|thousand|million|billion|trillion|[kmbt]n?\b)?)", re.I)
# becoming a superlative rank: 'become the largest', 'be the biggest', 'rank as the leading'
_BECOME_TOP = re.compile(r"\b(?:become|becomes|be|rank\s+as|emerge\s+as)\s+(?:the\s+)?"
                         r"(?P<s>largest|biggest|leading|top|greatest|highest)\b", re.I)
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"


def threshold_asked(question: str) -> Figure | None:
    """The number a question asking a year wants reached ('when will X exceed 75%?'), or None."""
    if not _YEAR_ASKED.search(question):
        return None
    m = _CROSS.search(question)
    if m is None:
        return None
    found = [f for f in parse_figures(m.group("n")) if f.unit != "year"]
    return found[0] if found else None


def _reaches(f: Figure, bar: Figure) -> bool:
    """Whether figure `f` is in the threshold's kind of unit and at or above it."""
    if bar.unit == "percent":
        return f.unit == "percent" and f.value >= bar.value
    if bar.unit == "money":
        return f.unit == "money" and f.value >= bar.value
    return f.unit not in ("year", "percent") and f.value >= bar.value


def threshold_unmet(d: Decision) -> str | None:
    """A year asked for a threshold reached, and no figure of the lead sentence reaches it: the
    sentence dates a lower value, not the crossing asked."""
    bar = threshold_asked(d.slots.text)
    if bar is None:
        return None
    figures = [f for f in parse_figures(d.best.text) if f.unit != "year"]
    if any(_reaches(f, bar) for f in figures):
        return None
    below = [f for f in figures if f.unit == bar.unit]
    said = f"the closest sentence gives {below[0].display}" if below else "the closest sentence gives no such figure"
    return f"{said}, never {bar.display}"


def rank_unmet(d: Decision) -> str | None:
    """'When does X become the largest ...?' and the lead sentence calls it an ordinal of that
    superlative ('the second largest') and never the superlative alone: the rank asked is not reached."""
    if not _YEAR_ASKED.search(d.slots.text):
        return None
    m = _BECOME_TOP.search(d.slots.text)
    if m is None:
        return None
    word = m.group("s").lower()
    text = d.best.text
    ranked = re.search(rf"\b{_ORDINAL}[\s-]+{word}\b", text, re.I)
    alone = re.search(rf"(?<!\w)(?:the|its|a)\s+{word}\b", text, re.I)
    if ranked and not alone:
        return f"the closest sentence gives the {ranked.group(0).lower()}, not the {word}"
    return None


# a noun qualified by a duration or size: 'year-long tasks', '2-3-hour tasks', 'one-month tasks'
_MEASURED = r"(?P<m>[\w.]+(?:-[\w.]+)*)-(?:long|minutes?|hours?|days?|weeks?|months?|years?)\s+(?P<n>[a-z]+)"
_FUTURE_ASKED = re.compile(r"\b(?:expected|projected|forecast|predicted|set|poised|likely)\s+to\b|\bwill\b", re.I)
_FUTURE_SAID = re.compile(r"\b(?:expected|projected|forecast(?:ed)?|predicted|estimated|anticipated|poised|likely|"
                          r"plan(?:s|ned)?|will|would|shall|to be|target(?:s|ed)?|by\s+(?:19|20)\d\d|"
                          r"(?:19|20)\d\d\s*[EF]\b|within|next|upcoming|future)\b", re.I)


def measure_unmet(d: Decision) -> str | None:
    """A year asked for a noun of a stated duration ('when will agents handle year-long tasks?') and
    the lead sentence gives that noun only at other durations ('2-3-hour tasks by 2026'): the one asked
    is never dated."""
    if not _YEAR_ASKED.search(d.slots.text):
        return None
    m = re.search(_MEASURED, d.slots.text, re.I)
    if m is None:
        return None
    asked, noun = m.group(0).lower(), m.group("n").lower()
    given = [x.group(0).lower() for x in re.finditer(_MEASURED, d.best.text, re.I) if x.group("n").lower() == noun]
    if given and asked not in given:
        return f"the closest sentence gives {', '.join(given)}, not {asked}"
    return None


def expected_not_said(d: Decision) -> str | None:
    """A year asked for what is expected ('when is X expected to become ...?') and the lead sentence
    states nothing ahead (no forecast word, no 'by YEAR', no estimate year): it dates what already is,
    not when the expected change comes."""
    if not _YEAR_ASKED.search(d.slots.text) or not _FUTURE_ASKED.search(d.slots.text):
        return None
    if _FUTURE_SAID.search(d.best.text):
        return None
    return "the closest sentence states what already is, not when it is expected"
