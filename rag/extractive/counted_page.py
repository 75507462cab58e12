"""The unit a table's cells count may be named only in the prose printed around the table: a page whose one table
gives lots by state names them in a sentence beside it ('Land and lot position (number of lots)'), not in its cells.
'How many X did <subject> <verb>' asks a figure counted in X, which such a table gives; a lead from it is hedged.
(A count of rows, 'how many regions had ...', is left to the count readings: freed there, it led no right count.)"""

from __future__ import annotations

import re
from typing import Any

from ..snapshot_memo import kept
from ..types import Answer, AnswerContext
from .facts import where
from .names import mentions, singular
from .slots import QUESTION_FILLER

# the kind counted: the word after 'how many', past a partitive 'of the' / 'of these' / 'of its' ('how many of the
# tracked models' counts models: its first word ending in s after the partitive, else its first word)
COUNTED = re.compile(r"\bhow many\s+(?:of\s+(?:the|these|those|its|their|our|all)\s+(?:[a-z][\w-]*\s+){0,2}?(?=[a-z][\w-]*s\b))?"
                     r"([a-z][a-z-]+)", re.I)

# the words a question's rewrite puts for a word reports print too (asking_frame: a 'firm' is read as a company)
_WRITTEN_AS = {"companies": ("firms",), "company": ("firm",)}


def kind_forms(word: str) -> tuple[str, ...]:
    """The forms a passage names the counted kind by: its singular stem, and the word the question's rewrite replaced."""
    return (singular(word), *(singular(w) for w in _WRITTEN_AS.get(word.lower(), ())))


def _one_table_page(snapshot: Any, own: Any) -> list[Any]:
    """The chunks of `own`'s document and page (its whole document when pages are not numbered, a page of HTML) when
    `own` holds a table and every table there has its columns (one table, perhaps split over chunks); [] otherwise."""
    if snapshot is None or not hasattr(snapshot, "chunks") or not own.tables_json:
        return []
    chunks = [c for c in snapshot.chunks if c.doc_id == own.doc_id and c.page == own.page]
    try:
        shapes = {tuple(t.columns) for c in chunks if c.tables_json for t in c.tables}
    except (ValueError, KeyError, TypeError):
        return []
    return chunks if len(shapes) == 1 else []


# 'how many X did/do/does ...': a figure of the subject's, counted in X (not a count of things X that the rows are)
_FIGURE_OF = re.compile(r"\s+(?:did|do|does)\b", re.I)


def page_names_kind(snapshot: Any, own: Any, word: str) -> bool:
    """Whether the page of table chunk `own`, holding no other table, names the kind `word` in any chunk."""
    forms = kind_forms(word)

    def make() -> bool:
        texts = [where(c) for c in _one_table_page(snapshot, own)]
        return any(mentions(t, f) for t in texts for f in forms)

    return kept(snapshot, ("page_names_kind", own.doc_id, own.page, own.chunk_id, forms), make) if snapshot is not None \
        else False


_AUXILIARIES = {"did", "do", "does", "was", "were", "is", "are", "has", "have", "had", "will", "would", "can", "could"}


def counted_word(question: str) -> str | None:
    """The kind 'how many' counts in `question`, as written ('how many regions had ...' -> 'regions'), or None.
    'times' and 'points' are the units of a change ('how many points did the rate rise'), not things counted; an
    auxiliary ('by how many did patents grow') asks a change by count and names no counted thing there."""
    m = COUNTED.search(question)
    if not m or m.group(1).lower() in QUESTION_FILLER | {"times", "points", "percentage"} | _AUXILIARIES:
        return None
    return m.group(1)


def figure_counted_in(question: str) -> str | None:
    """The unit X of a figure asked 'how many X did/do/does <subject> <verb>' ('how many lots did the company
    control' -> 'lots'), or None when the question counts things otherwise."""
    m = COUNTED.search(question)
    word = counted_word(question)
    return word if word and m and _FIGURE_OF.match(question, m.end()) else None


def counted_off_passage(ctx: AnswerContext, answer: Answer) -> str | None:
    """A figure asked 'how many X did ...' whose cited passages never name X (only the page's prose around their
    table does) is hedged: that the table's rows are X is read from beside the table, not from the rows."""
    word = figure_counted_in(ctx.question)
    if not word or not answer.citations:
        return None
    forms = kind_forms(word)
    owns = [p.chunk for p in ctx.passages if p.chunk.chunk_id in {c.chunk_id for c in answer.citations}]
    if not owns or any(mentions(where(ch), f) for ch in owns for f in forms):
        return None
    if not any(page_names_kind(ctx.snapshot, ch, word) for ch in owns):
        return None
    return f"the cited table never names {word.lower()}; only the prose on its page does"
