"""A lead check's reason that carries the sentence it found, so the answer can show that sentence beside the
lead without running the check's search a second time."""

from __future__ import annotations

from .features import Evidence


class ShownDoubt(str):
    """A doubt's reason (a str, compared and printed as one) with `shown`, the sentence the check found."""

    shown: Evidence | None

    def __new__(cls, why: str, shown: Evidence | None = None) -> ShownDoubt:  # one argument: copy and pickle
        doubt = super().__new__(cls, why)
        doubt.shown = shown
        return doubt


def shown_by(doubt: str | None) -> Evidence | None:
    """The sentence a doubt carries (`ShownDoubt.shown`); None for a plain reason or no doubt."""
    return doubt.shown if isinstance(doubt, ShownDoubt) else None
