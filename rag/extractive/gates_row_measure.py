"""The question straddles two table rows: the lead row names one part of it (the row asked, 'Cloud-based
API calls') and another row of the same report holds another ('Upfront deployment fee', in the
on-premise row). That measure is given for the other row only. gates.py lists the gate with the others."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.keyword import tokenize

from .gates_slot import caption
from .question_names import QUESTION_FILLER

if TYPE_CHECKING:
    from .gates import Decision


_SEGMENT = re.compile(r"[;:()?,]")  # a table cell's header and value, a clause: pairs stay within one


def word_pairs(text: str, names: frozenset[str] = frozenset()) -> set[tuple[str, str]]:
    """Adjacent pairs of keyword tokens within one segment of `text` (numbers, question filler and
    the tokens of `names` left out)."""
    pairs: set[tuple[str, str]] = set()
    for part in _SEGMENT.split(text):
        toks = [t for t in tokenize(part) if not any(c.isdigit() for c in t) and t not in QUESTION_FILLER]
        pairs |= {p for p in zip(toks, toks[1:]) if not set(p) & names}
    return pairs


def cells_after_label(row: str) -> str:
    """A row's cells after its label ('Other Net Sales — 2018: 1,562' -> '2018: 1,562'): a measure
    another row states in a cell beside its figure, not the name of that row."""
    label, dash, rest = row.partition(" — ")
    return rest if dash else row.partition("; ")[2]


def name_tokens(question: str) -> frozenset[str]:
    """Keyword tokens of the capitalised words of `question` after its first word (names, row keys
    such as 'Company B'), which are not a measure."""
    words = re.findall(r"[A-Za-z][\w'-]*", question)[1:]
    return frozenset(t for w in words if w[0].isupper() for t in tokenize(w))


def straddled(asked: set[tuple[str, str]], lead: str, others: list[str]) -> tuple[str, str] | None:
    """A pair of words asked that `lead` lacks and one of `others` holds, when `lead` holds a pair
    asked that that other row lacks (each row answers a part of the question)."""
    have = word_pairs(lead)
    for other in others:
        theirs = word_pairs(other)
        missing = [p for p in sorted(asked - have) if p in theirs]
        if missing and any(p in have and p not in theirs for p in asked):
            return missing[0]
    return None


def row_measure_other(d: Decision) -> str | None:
    """A figure asked from a table row: the lead row lacks a two-word measure the question names
    that another row of its report states in a cell after its label, while holding a part the other row lacks (pairs of the
    report's title, the passage's heading or the table's caption frame the whole table, not one row)."""
    s = d.slots
    if not d.best.row or s.shape != "figure" or s.asks != "amount":
        return None
    chunk = d.ctx.passages[d.best.passage_index].chunk
    # a row's label is its name ('Total Net Sales' names the measure of every row): only its cells count
    others = [cells_after_label(e.text) for e in d.evidence if e.row and e.text != d.best.text
              and d.ctx.passages[e.passage_index].chunk.doc_id == chunk.doc_id]
    # words of the report's title, the passage's heading or the table's caption say what the whole table is about
    framing = word_pairs(f"{chunk.title}; {chunk.section or ''}; {caption(d.ctx, d.best)}")
    pair = straddled(word_pairs(s.text, name_tokens(s.text)) - framing, d.best.text, others)
    if pair:
        return f"the reports give the {' '.join(pair)} for another row, not the one asked"
    return None
