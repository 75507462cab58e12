"""The year a threshold, a stated duration or an expected change is reached, asked ('when will the
market exceed USD 5 trillion?', 'when will agents handle year-long tasks?', 'when is X expected to
become ...?'): the lead must state that. A sentence below the threshold, at other durations, or
stating only what already is dates something else. gates.py lists the gates with the others."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.figures import Figure, parse_figures

from .forecast_words import AHEAD_SAID  # a sentence stating something ahead

if TYPE_CHECKING:
    from .gates import Decision
    from .slots import Slots

# a crossing verb before the number it asks reached: 'exceed 75%', 'first surpass USD 5 trillion', 'reach 1,000'
_CROSS = re.compile(r"\b(?:pass(?:es|ed)?|exceed(?:s|ed)?|surpass(?:es|ed)?|tops?|topped|cross(?:es|ed)?|"
                    r"reach(?:es|ed)?|hits?|break(?:s)?|rises?\s+above|goes?\s+above|go\s+above)\s+"
                    r"(?:the\s+)?(?:mark\s+of\s+|level\s+of\s+)?"
                    r"(?P<n>(?:USD|RMB|EUR|US\$|[$€¥£])?\s?\d[\d,]*(?:\.\d+)?\s*"
                    r"(?:%|percent|thousand|million|billion|trillion|[kmbt]n?\b)?)", re.I)


def threshold_asked(slots: Slots) -> Figure | None:
    """The number a question asking a year (slots.year_asked) wants reached ('when will X exceed 75%?'), or None."""
    if not slots.year_asked:
        return None
    m = _CROSS.search(slots.text)
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


def _same_currency(f: Figure, bar: Figure) -> bool:
    """Whether `f` can be set against `bar`: no currency, or the same one (USD 4 billion is not below RMB 20 billion)."""
    return f.currency is None or bar.currency is None or f.currency == bar.currency


def threshold_unmet(d: Decision) -> str | None:
    """A year asked for a threshold reached, and the lead sentence gives figures of its unit, none
    reaching it: the sentence dates a lower value, not the crossing asked. A sentence with no figure
    of that unit dates no value at all (its passage may: the other gates judge it)."""
    bar = threshold_asked(d.slots)
    if bar is None:
        return None
    figures = [f for f in parse_figures(d.best.text) if f.unit != "year"]
    below = [f for f in figures if f.unit == bar.unit and _same_currency(f, bar)]
    if not below or any(_reaches(f, bar) for f in figures):
        return None
    return f"the closest sentence gives {below[0].display}, never {bar.display}"


# a noun qualified by a duration or size: 'year-long tasks', '2-3-hour tasks', 'one-month tasks'
MEASURED_NOUN = r"(?P<m>[\w.]+(?:-[\w.]+)*)-(?:long|minutes?|hours?|days?|weeks?|months?|years?)\s+(?P<n>[a-z]+)"
_FUTURE_ASKED = re.compile(r"\b(?:expected|projected|forecast|predicted|set|poised|likely)\s+to\b|\bwill\b", re.I)


def measure_unmet(d: Decision) -> str | None:
    """A year asked for a noun of a stated duration ('when will agents handle year-long tasks?') and
    the lead sentence gives that noun only at other durations ('2-3-hour tasks by 2026'): the one asked
    is never dated."""
    if not d.slots.year_asked:
        return None
    m = re.search(MEASURED_NOUN, d.slots.text, re.I)
    if m is None:
        return None
    asked, noun = m.group(0).lower(), m.group("n").lower()
    given = [x.group(0).lower() for x in re.finditer(MEASURED_NOUN, d.best.text, re.I) if x.group("n").lower() == noun]
    if given and asked not in given:
        return f"the closest sentence gives {', '.join(given)}, not {asked}"
    return None


def expected_not_said(d: Decision) -> str | None:
    """A year asked for what is expected ('when is X expected to become ...?') and the lead sentence
    states nothing ahead (no forecast word, no 'by YEAR', no estimate year): it dates what already is,
    not when the expected change comes."""
    if not d.slots.year_asked or not _FUTURE_ASKED.search(d.slots.text):
        return None
    if AHEAD_SAID.search(d.best.text):
        return None
    return "the closest sentence states what already is, not when it is expected"


# a thing asked as due at a time ahead: 'due by the end of the decade', 'due next year'; 'due to the covid-19'
# gives a cause, not a time ('due to be released' is due ahead)
_DUE_TIME = re.compile(r"\bdue\b(?!\s+to\b)|\bdue\s+to\s+be\b|\bby the end of (?:the|this) (?:decade|year)\b", re.I)
_DUE_ASKED = re.compile(_DUE_TIME.pattern + "|" + _FUTURE_ASKED.pattern, re.I)
_EPS = 1e-9


# a thing picked ('which version', 'which model'), not a figure, a cause or a manner
_WHICH = re.compile(r"^\W*which\b", re.I)


def due_not_said(d: Decision) -> str | None:
    """A thing asked as due or expected ('which version is due by the end of the decade?') and the
    lead sentence states nothing ahead: it tells what is, not what is due. Asked with a bare 'will' or
    'expected to' and no due time, a sentence saying every key term of the question ('chatbots pave
    the way for ...') states the relation asked in its own tense."""
    if d.slots.year_asked or not _DUE_ASKED.search(d.slots.text) or not _WHICH.search(d.slots.text):
        return None  # a year asked is expected_not_said's; a figure, a cause or a manner asked is not a thing due
    if AHEAD_SAID.search(d.best.text):
        return None
    if not _DUE_TIME.search(d.slots.text) and d.best.features.get("overlap", 0.0) >= 1.0 - _EPS:
        return None  # a bare 'will' asked of a sentence saying every key term: it states the relation asked
    return "the closest sentence states what already is, not what is due"
