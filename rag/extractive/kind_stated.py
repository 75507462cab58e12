"""A question asking several things of one kind ('what restraints on X does the report list', 'what are the main
drivers of Y') is answered by the sentence stating a list under that kind ('Restraints include A, B and C'), not by
a sentence that only mentions the subject (a forecast, a definition) or states a list of a sibling kind ('the main
risks are ...' for drivers): the best sentence gives way to it when it states no such list itself."""

from __future__ import annotations

from collections.abc import Callable

from .explaining import enumerates
from .features import Evidence
from .lead_items import several_asked
from .stated_list import as_kind_asked, stated_list

LOOK = 12  # sentences: how far down the ranking a stated list of the kind is looked for


def kind_stated(evidence: list[Evidence], best: Evidence, question: str, usable: Callable[[Evidence], bool],
                margin: float) -> Evidence | None:
    """For a question whose wh-word asks several of a kind ('what restraints', 'what does X cite as drivers'), the
    highest-ranked sentence within `LOOK` whose subject names that kind before the list it states, on topic (`usable`) and scoring at least `margin` of the top, when the best states no such list; else None."""
    if not (several_asked(question) or as_kind_asked(question)) or best.row or enumerates(best.text) or \
            stated_list(question, best.text) is not None:  # (a best enumerating items answers in its own words)
        return None
    top = max((e.score for e in evidence), default=best.score)
    return next((e for e in evidence[:LOOK] if e is not best and not e.row and e.score >= margin * top
                 and stated_list(question, e.text) is not None and usable(e)), None)
