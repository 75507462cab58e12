"""A figure asked per one period shorter than a year ('share of monthly new code') is another measure
than the figure the lead's own clause gives per another such period ('of new daily code'): a rate per
day is not the rate per month. gates.py lists the gate with the others."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gates_asked_slot import figure_clause_text, sub_year_periods

if TYPE_CHECKING:
    from .gates import Decision


def other_period(question: str, clause: str) -> str | None:
    """Why `clause` (the lead figure's own clause) does not give the per-period figure `question` asks:
    it states its figure per another period shorter than a year, and not per the one asked; else None."""
    asked = sub_year_periods(question)
    if len(asked) != 1:
        return None
    given = sub_year_periods(clause)
    if not given or given & asked:
        return None
    (want,) = asked
    return f"the reports give it per {'/'.join(sorted(given))}, not per {want}"


def rate_other_period(d: Decision) -> str | None:
    """The gate: the lead figure is said per another period than the one asked (see `other_period`)."""
    if not d.figures:
        return None
    f = d.figures[0]
    return other_period(d.slots.text, figure_clause_text(d.best.text, f.start, f.end))
