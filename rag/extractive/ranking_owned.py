"""Rows of a ranking owned by a name the question gives: 'which Google models are on the video arena
leaderboard', 'list the OpenAI models in the top ten'. A ranking of models has an owner column
('Company name'); the rows whose owner cell is the name asked are the answer, their labels listed in
rank order with their figures, each cited. Ranks asked ('the top ten') bound the rows."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..types import Answer, AnswerContext
from .kept_patterns import compiled
from .names import mentions
from .period_cells import located
from .question_names import Entity
from .rank_words import asked, extreme_word
from .ranking import Ranking, addressed_ranking, owner_columns, ranking_terms, rankings
from .shape_text import citation_n, listed, shaped_answer
from .slots import Slots


def _unnamed(question: str, entities: Iterable[Entity]) -> str:
    """`question` without the names of `entities` (and their possessive 's)."""
    for e in entities:
        question = compiled(rf"\b{re.escape(e.name)}(?:['’]s)?\b").sub(" ", question)
    return question


def _labels_elsewhere(ctx: AnswerContext, best: Ranking, slots: Slots) -> bool:
    """A name of the question labels a row of another retrieved ranking and none of `best`'s."""
    def labelled(r: Ranking, name: str) -> bool:
        return any(mentions(label.lower(), name) for _, label, _ in r.rows)
    others = [o for o in rankings(ctx) if o is not best]
    return any(labelled(o, e.name) and not labelled(best, e.name) for e in slots.entities for o in others)


def owned_in(ctx: AnswerContext, slots: Slots, question: str) -> tuple[Ranking, list[tuple], str] | None:
    """The ranking `question` addresses and its rows (rank, label, hit) owned by the one name of the
    question's entities that owns any (within the ranks asked), with that name; None otherwise."""
    # the owner's name is a cell of the rows, not a word of the ranking's title; a capitalised title word
    # the question quotes ('the Artificial Analysis Intelligence Index') is kept when no ranking is found without it
    best = addressed_ranking(ctx, _unnamed(question, slots.entities))
    if best is None and extreme_word(question, slots.rank) is not None:
        titles = " ".join(r.caption for r in rankings(ctx)).lower()
        best = addressed_ranking(ctx, _unnamed(question, [e for e in slots.entities if e.name.lower() not in titles]))
    if best is None:
        return None
    owners = owner_columns(best)
    if not owners:
        return None
    ask = asked(question, slots.rank)
    # 'which Google model ranks highest': a superlative word alone holds within the owner's rows
    extreme = extreme_word(question, slots.rank) if ask is not None and ask.op is None else None
    if ask is not None and extreme is None and (ask.ranks is None or ask.op is not None):
        return None  # the last rank, or figures added or taken apart: ranking.py answers
    top = set(ask.ranks) if ask is not None and extreme is None else None  # 'in the top ten', 'ranks first'
    if extreme is not None and _labels_elsewhere(ctx, best, slots):
        return None  # 'the leaderboard with Speech-02-HD first': a row the question names sits in another ranking

    def owner_named(hit) -> str | None:
        cells = best.cells(hit)
        for e in slots.entities:
            for col in owners:
                cell = cells.get(col)
                if cell is not None and any(" ".join(cell.text.split()).lower() == f.lower() for f in e.forms):
                    return e.name
        return None

    owned = [(k, label, h, owner) for k, label, h in best.rows if (top is None or k in top) and (owner := owner_named(h))]
    if extreme is not None and len({owner for *_, owner in owned}) > 1:
        # 'which Kuaishou model ranks highest on the leaderboard topped by ByteDance's Seedance': the name
        # the question's 'which' qualifies is the filter; another owner's name only describes the ranking
        asked_owner = next((e.name for e in slots.entities if compiled(
            rf"^\s*(?:which|what)\s+{re.escape(e.name)}\s+(?!and\b|or\b)\w", re.I).search(question)), None)
        owned = [o for o in owned if o[3] == asked_owner]
    if not owned or len({owner for *_, owner in owned}) > 1:
        return None
    rows = [(k, label, h) for k, label, h, _ in owned]
    if extreme is not None:  # the owner's first (or last) rank, its ties kept
        end = min(k for k, *_ in rows) if extreme == "best" else max(k for k, *_ in rows)
        rows = [r for r in rows if r[0] == end]
    if any(mentions(label.lower(), e.name) for _, label, _ in rows for e in slots.entities):
        return None  # the labels are the owners themselves: a ranking of companies, not of what they own
    return best, rows, owned[0][3]


def measured(best: Ranking, rows: list[tuple]) -> list[tuple]:
    """The rows (rank, label, hit) of `best` with its measure and each row's cell of it (None without one)."""
    measure = best.measure  # read once per ranking: it scans the ranking's cells
    return [(k, label, h, measure, best.cells(h).get(measure) if measure else None) for k, label, h in rows]


def row_lines(ctx: AnswerContext, rows: list[tuple]) -> tuple[list, list[str], str] | None:
    """The `measured` rows located as hits, their labels once each, and one line a row ('3. Veo 2 — Score:
    1,254 [2]', cited among all the rows' passages); None when a row is not located."""
    hits = [located(ctx, h, [f] if f is not None else []) for _, _, h, _, f in rows]
    if any(h is None for h in hits):
        return None
    names = list(dict.fromkeys(label for _, label, *_ in rows))
    each = "; ".join(f"{k}. {label}" + (f" — {m}: {f.text}" if f is not None else "") + f" [{citation_n(ctx, hits, h)}]"
                     for (k, label, _, m, f), h in zip(rows, hits))
    return hits, names, each


def owned_rows(ctx: AnswerContext, slots: Slots, backend: str) -> Answer | None:
    """The labels of the addressed ranking's rows whose owner cell is a name the question gives,
    when names are asked; None otherwise (no owner column, no row owned, or rows of two names)."""
    if slots.shape not in ("list", "which") or not slots.entities or not ctx.passages:
        return None
    found = owned_in(ctx, slots, ctx.question)
    if found is None:
        return None
    best, rows, owner = found
    lines = row_lines(ctx, measured(best, rows))
    if lines is None:
        return None
    hits, names, each = lines
    lead = listed(names)
    title = f" in the ranking '{best.caption}'" if best.caption else ""
    text = f"**{lead}**. {owner}'s rows{title}: {each}"
    return shaped_answer(ctx, hits, text, lead, "list" if len(names) > 1 else "which", backend)


HOW_MANY = re.compile(r"^\s*how many\b(?!\s+(?:times|points?|percent|percentage)\b)", re.I)


def owned_count(ctx: AnswerContext, slots: Slots, backend: str) -> Answer | None:
    """'How many of the ten models come from OpenAI or ElevenLabs': the rows of the addressed ranking whose
    owner cell is one of the names given (within the ranks asked), counted, each row cited; None otherwise."""
    if not HOW_MANY.search(ctx.question) or not slots.entities or not ctx.passages:
        return None
    unnamed = ctx.question
    for e in slots.entities:
        unnamed = compiled(rf"\b{re.escape(e.name)}(?:['’]s)?\b").sub(" ", unnamed)
    best = addressed_ranking(ctx, unnamed)
    owners = owner_columns(best) if best is not None else []
    if not owners:
        return None
    ask = asked(ctx.question, slots.rank)
    if ask is not None and (ask.ranks is None or ask.op is not None):
        return None
    top = set(ask.ranks) if ask is not None else None

    def owner_of(hit) -> str | None:
        cells = best.cells(hit)
        return next((e.name for e in slots.entities for col in owners if (cell := cells.get(col)) is not None
                     and any(" ".join(cell.text.split()).lower() == f.lower() for f in e.forms)), None)

    owned = [(k, label, h) for k, label, h in best.rows if (top is None or k in top) and owner_of(h)]
    named = {owner_of(h) for _, _, h in owned}
    if not owned or any(e.name not in named and not set(ranking_terms(e.name)) <= best.terms() for e in slots.entities):
        return None  # a name given owns no row and is no word of the ranking's title: not this ranking's owners
    if any(mentions(label.lower(), e.name) for _, label, _ in owned for e in slots.entities):
        return None  # the labels are the owners themselves
    hits = [located(ctx, h, []) for _, _, h in owned]
    if any(h is None for h in hits):
        return None
    labels = [label for _, label, _ in owned]
    derivation = {"op": "count", "operands": [{"value": lb, "label": lb, "citation": citation_n(ctx, hits, h)}
                                              for lb, h in zip(labels, hits)], "result": str(len(labels))}
    each = "; ".join(f"{k}. {label} ({owner_of(h)}) [{citation_n(ctx, hits, h)}]" for (k, label, _), h in zip(owned, hits))
    text = f"**{len(labels)}** — count of the rows: {each}"
    return shaped_answer(ctx, hits, text, str(len(labels)), "computed", backend, derivation=derivation)
