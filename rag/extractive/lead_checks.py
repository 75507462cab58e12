"""The doubts a bold lead is checked against, in order and lazily: the first that holds names why the lead is not
bolded, and the checks after it are never run (some read the index)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial

from ..types import Answer, AnswerContext
from .computed_doubt import uncomputed
from .row_partial import sentence_names_more

Check = tuple[str, Callable[[], "str | None"]]


def lazily(check: Callable[..., str | None], *args: object) -> Check:
    """A check by its function's name, run on `args` only when reached."""
    return check.__name__, partial(check, *args)


def first_doubt(checks: Iterable[Check]) -> tuple[str | None, str | None]:
    """The name and reason of the first check that doubts the lead, or (None, None) when none does."""
    for name, check in checks:
        if why := check():
            return name, why
    return None, None


def framed(ctx: AnswerContext, answer: Answer, middle: Iterable[Check], last: Iterable[Check] = ()) -> list[Check]:
    """Every lead's checks: first a computed quantity asked and not made, then `middle`, then a sentence with
    another figure saying more of the question than the lead's row, then `last`."""
    return [lazily(uncomputed, ctx.question, answer, ctx.passages), *middle, lazily(sentence_names_more, ctx, answer), *last]
