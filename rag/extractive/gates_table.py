"""The table slot: a question naming its table by the words of a title ('the text intelligence
index') is not answered by a row of another table retrieved whose title shares none of them ('Speech
Arena Leaderboard'). gates.py lists the gate with the others; it returns its reason or None."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ingest.keyword import tokenize

from .gates_slot import caption
from .slots import QUESTION_FILLER

if TYPE_CHECKING:
    from .gates import Decision

_NAMING = 2  # title words of the question that name a table (one shared word, 'index', names none)


def _title_terms(title: str) -> set[str]:
    return {t for t in tokenize(title) if not t.isdigit()}


def other_table_asked(d: Decision) -> str | None:
    """A table row answers for its own table only: when the row's table title shares no word of the
    question's subject, and another table retrieved has a title holding two or more of them, the
    question names that other table, and the row (a rank, a score) is not its answer. (Titles that
    share a word, 'Speech Arena' and 'Video Arena', are left to the scores: reports mislabel them.)"""
    if not d.best.row:
        return None
    from .cells import tables_of  # cells imports gates_slot: read here, not at import

    tables = tables_of(d.ctx)
    own = caption(d.ctx, d.best, tables)
    asked = {t for t in d.slots.subject if t not in QUESTION_FILLER and not t.isdigit()}
    if not own or not asked or _title_terms(own) & asked:
        return None
    # the titles of the tables retrieved, parsed or read over their rows (`caption`)
    titles = dict.fromkeys([t.caption or "" for _, t in tables] + [caption(d.ctx, e, tables) for e in d.evidence if e.row])
    for other in titles:
        if other and other != own and len(_title_terms(other) & asked) >= _NAMING:
            return f"the row is from another table ({own.strip()[:60]}) than the one asked ({other.strip()[:60]})"
    return None
