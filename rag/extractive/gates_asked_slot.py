"""Slots a near miss leaves uncovered that a bold figure would hide: a name asked and a figure given,
a count per month asked and a total given, data generated asked and data stored given, a margin asked
and no margin named. gates.py lists the gates with the others."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.keyword import tokenize

from .measure_names import named_measure_blanked
from .facts import where

if TYPE_CHECKING:
    from .gates import Decision

# 'what database does the paper cite': the kind of thing named right after the question word, then a verb
_NAMED_KIND = re.compile(r"^\s*(?:what|which)\s+(database|data ?source|source|dataset|data set|survey|agency|"
                         r"organi[sz]ation|institution|methodology|method|tool|framework|standard)s?\s+"
                         r"(?:does|do|did|is|was|are|were|has|have)\b", re.I)
_AMOUNT_TOO = re.compile(r"\bhow (?:much|many|big|large)\b|\bwhat (?:share|amount|value|size|figure|percentage|number)\b",
                         re.I)


def name_not_figure(d: Decision) -> str | None:
    """A question asking which thing of a kind was used ('what database does it cite') asks for a name:
    a figure from the passage that thing's count is in does not answer it."""
    m = _NAMED_KIND.search(d.slots.text)
    if not m or _AMOUNT_TOO.search(d.slots.text):
        return None
    # a unit word read as the name's topic picks no figure: the passage's own numbers are the figure given
    passage = d.ctx.passages[d.best.passage_index].chunk.text
    if not d.figures and not (d.slots.asked_head and re.search(r"\d", passage)):
        return None
    kind = m.group(1).lower()
    if re.search(rf"\b{re.escape(kind)}", d.best.text.lower()):
        return None  # the sentence names the kind asked: its figure may come with the name
    return f"the reports give a figure, not the {kind} asked"


# a count asked per period shorter than a year: 'how many new downloads each month'
_SUB_YEAR = {
    "month": r"(?:each|every|per|a)\s+month|monthly|/\s*(?:month|mo)\b|\bMAU\b|month-on-month|MoM",
    "week": r"(?:each|every|per|a)\s+week|weekly|/\s*week\b|\bWAU\b",
    "day": r"(?:each|every|per|a)\s+day|daily|/\s*day\b|\bDAU\b",
}
_SUB_YEAR_RX = {p: re.compile(rf"(?:{rx})(?!\s+active\b)", re.I) for p, rx in _SUB_YEAR.items()}
_COUNT_ASKED = re.compile(r"\bhow many\b|\bhow much\b|\bwhat (?:number|volume|amount)\b", re.I)
_CLAUSE_END = re.compile(r"[;)\]]|\.\s|,\s|\bwith\b|\band\b")


def sub_year_periods(text: str) -> set[str]:
    """The periods shorter than a year `text` states a rate per (an active-user period is a variant: no rate)."""
    return {p for p, rx in _SUB_YEAR_RX.items() if rx.search(text)}


def figure_clause_text(text: str, start: int, end: int) -> str:
    """The clause of `text` holding the figure at start:end (from the clause break before it to the one after)."""
    before = _CLAUSE_END.split(text[:start])[-1]
    after = _CLAUSE_END.split(text[end:])[0]
    return before + text[start:end] + after


def count_per_period(d: Decision) -> str | None:
    """A count asked per month, week or day ('how many new downloads each month') is not answered by a
    figure whose own clause states no such period (a total: 'has exceeded 15M downloads'). A yearly rate
    is left alone: a year's figure is written as that year's, without 'per year'."""
    # a period word naming a measure the evidence writes ('daily' of 'average daily rate', ADR) asks no period
    asked = sub_year_periods(named_measure_blanked(d.slots.text, [d.best.text, d.ctx.passages[d.best.passage_index].chunk.text]))
    if len(asked) != 1 or not _COUNT_ASKED.search(d.slots.text) or not d.figures:
        return None
    f = d.figures[0]
    if sub_year_periods(figure_clause_text(d.best.text, f.start, f.end)) & asked:
        return None
    (want,) = asked
    return f"the reports give a total, not a count per {want}"


# what is done with a quantity: made, kept or used up; each names another measure of the same thing
_ACTIVITIES = {
    "generated": r"generat\w*|produc\w*|creat\w*",
    "stored": r"stor(?:e|es|ed|ing|age)\b",
    "consumed": r"consum\w*",
}
_ACTIVITY_RX = {a: re.compile(rf"\b(?:{rx})", re.I) for a, rx in _ACTIVITIES.items()}


def activities(text: str) -> set[str]:
    """What `text` says is done with a quantity: generated, stored, consumed."""
    return {a for a, rx in _ACTIVITY_RX.items() if rx.search(text)}


def activity_other(d: Decision) -> str | None:
    """A quantity asked as generated ('how much data will China generate') is not answered by a sentence
    giving it as stored (a storage capacity) and not as generated: they are different measures."""
    asked = activities(d.slots.text)
    if len(asked) != 1 or not d.figures:
        return None
    given = activities(d.best.text)
    if not given or given & asked:
        return None
    (want,) = asked
    return f"the reports give the amount {sorted(given)[0]}, not {want}"


_MARGIN = re.compile(r"\bmargins?\b", re.I)
# 'the margin between A and B' names its own two operands: a difference of two figures, not a ratio of its own
_MARGIN_BETWEEN = re.compile(r"\bmargins?\s+between\b.+\band\b", re.I)


def margin_named(d: Decision) -> str | None:
    """A margin asked ('what is the profit margin') is a ratio of its own: a passage that never says
    'margin' gives at most a profit or a share, not the margin; nor does a sentence quoted with no figure."""
    if not _MARGIN.search(d.slots.text) or _MARGIN_BETWEEN.search(d.slots.text):
        return None
    if _MARGIN.search(d.best.text) or _MARGIN.search(where(d.ctx.passages[d.best.passage_index].chunk)):
        return None
    return "the reports do not give the margin asked"


# a parenthesis that only guesses ('(possibly relying on advertising revenue)'): what it names is not what is counted
_HEDGED_ASIDE = re.compile(r"\(([^()]*\b(?:possibly|perhaps|maybe|may|might|likely|presumably)\b[^()]*)\)", re.I)


def aside_only(d: Decision) -> str | None:
    """A term asked that the lead sentence names only inside a hedged aside ('nearly 50% operate on free
    models (possibly relying on advertising revenue)') is guessed at, not counted: the figure is of the rest."""
    if not d.figures:
        return None
    asides = _HEDGED_ASIDE.findall(d.best.text)
    if not asides:
        return None
    rest = set(tokenize(_HEDGED_ASIDE.sub(" ", d.best.text)))
    inside = {t for a in asides for t in tokenize(a)}
    only = [t for t in d.slots.subject if t in inside and t not in rest]
    if not only:
        return None
    word = re.search(rf"\b{re.escape(only[-1])}\w*", " ".join(asides), re.I)
    return f"the reports only guess at '{word.group(0) if word else only[-1]}', in an aside"

