"""A doubted lead dated another year is refused when its passage writes the year asked only in sentences of another
measure: the year counts as covered (years_covered reads the whole passage), but no figure of the thing asked is
given for it ('generated 41.06 ZB in 2024' beside 'storage capacity ... 1,800 EB by 2025', asked data generated in 2025)."""

from __future__ import annotations

from ingest.keyword import tokenize

from .slots import Slots
from .years_covered import named, sentences

# the answer check's objections that say the lead is dated another year (verify.SAYS)
_OTHER_YEAR = frozenset({"claim_year_other", "year_other"})


def year_only_elsewhere(slots: Slots, passage: str, against: str | None) -> str | None:
    """The reason when the answer check doubts the lead most for its year (`against`), the question asks one year,
    `passage` names that year, and no sentence of it naming that year writes every subject term of the question; else None."""
    if against not in _OTHER_YEAR or len(slots.period_years) != 1 or slots.shape != "figure":
        return None
    subject = [t for t in slots.subject if not any(c.isdigit() for c in t)]
    if not subject:
        return None
    year = slots.years[0]
    dated = [set(tokenize(s)) for s in sentences(passage) if named(s, year)]
    if not dated:  # the year is written nowhere in the passage: no other measure holds it (the years check's case)
        return None
    if any(all(t in words for t in subject) for words in dated):
        return None
    return f"the passage gives {year} only of another measure, not of the {slots.subject_words()} asked"
