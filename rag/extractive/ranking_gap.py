"""Two or more rows of a ranking the question names ('Company A', 'Speech-02-HD', or an owner holding
one row: 'Google'), their figures in the ranking's measure computed: the gap ('how many points
separate A from B', 'by how much does A trail B': the larger less the smaller), a multiple, a sum or
an average, with its derivation from the cited cells."""

from __future__ import annotations

import re

from ..types import Answer, AnswerContext
from .choice import alternatives
from .rank_words import name_mentions, rank_mentions, rank_operation
from .ranked_computed import measure_computed
from .ranking import Ranking, text_column, addressed_ranking, one_per_rank

# one row compared with another: 'A leads B by', 'A trails B', 'how far ahead / behind', 'how much more A than B'
_COMPARED = re.compile(r"\b(?:leads?|led|trails?|trailed|behind|ahead|exceeds?|exceeded|beats?|outscores?|outpaces?)\b|"
                       r"\bhow (?:much|many \w+) (?:more|higher|less|lower|greater|larger|fewer)\b", re.I)


def named_operation(question: str) -> str | None:
    """The operation asked of named rows: `rank_operation`'s, else a gap when one row is compared with another."""
    return rank_operation(question) or ("change" if _COMPARED.search(question) else None)


def named_rows(r: Ranking, question: str) -> list[tuple[int, str, object]]:
    """The ranking's rows the question names, in the question's order: by label ('TTS-1 HD' over 'TTS-1'),
    else by a name cell (an owner) that only one row holds."""
    spans: list[tuple[int, int, tuple]] = []
    owners: dict[str, list[tuple]] = {}
    shorts = short_labels([label for _, label, _ in r.rows])
    for row in r.rows:
        _, label, hit = row
        for name in [label] + ([shorts[label]] if label in shorts else []):
            spans += [(m.start(), m.end(), row) for m in name_mentions(name, question, shortest=2)]
        for col, cell in r.cells(hit).items():
            if col != r.label_header and cell.value is None and text_column(r, col) and cell.text.strip():
                owners.setdefault(" ".join(cell.text.split()), []).append(row)
    for name, rows in owners.items():
        if len(rows) == 1:
            spans += [(m.start(), m.end(), rows[0]) for m in name_mentions(name, question, shortest=2)]
    kept = [s for s in spans if not any(o is not s and o[0] <= s[0] and s[1] <= o[1] and o[1] - o[0] > s[1] - s[0]
                                        for o in spans)]  # 'TTS-1' inside 'TTS-1 HD' is no name of its own
    out: list[tuple] = []
    for _, _, row in sorted(kept, key=lambda s: s[0]):
        if all(row is not o for o in out):
            out.append(row)
    return out


_NOTE = re.compile(r"\s*\([^()]*\)\s*$")  # a label's trailing note: 'Veo 3 Preview (No Audio)', 'Kling 1.6 (Pro)'


def short_labels(labels: list[str]) -> dict[str, str]:
    """Each label with a trailing parenthesised note and its name without it ('Veo 3 Preview (No Audio)':
    'Veo 3 Preview'), when no other label is or shortens to that name: a question names a row by its name,
    leaving its note out."""
    short = {label: _NOTE.sub("", label) for label in labels if _NOTE.search(label)}
    taken = [s.lower() for s in short.values()] + [label.lower() for label in labels]
    return {label: s for label, s in short.items() if len(s) >= 2 and taken.count(s.lower()) == 1}


def _with_rank(r: Ranking, question: str, row: tuple) -> list[tuple]:
    """The named row and the row of the one rank the rest of the question names ('the top-ranked model'),
    in the question's order; the named row alone when no one rank is named."""
    _, label, hit = row
    rest = question
    for name in [label] + [c.text for c in r.cells(hit).values() if c.value is None]:
        rest = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", " ", rest, flags=re.I) if name.strip() else rest
    ranks = rank_mentions(rest)
    if len(ranks) != 1:
        return [row]
    k = r.rows[-1][0] if ranks[0] == -1 else ranks[0]
    other = [x for x in r.rows if x[0] == k]
    if not other or other[0] is row or len(one_per_rank(r, other)) != 1:
        return [row]
    return [row, other[0]]


def named_ranked(ctx: AnswerContext, question: str, backend: str) -> Answer | None:
    """The gap, multiple, sum or average of the figures of the ranking rows the question names; None
    unless one ranking is addressed and it names two rows (any number for a sum or an average)."""
    op = named_operation(question)
    if op is None or not ctx.passages or alternatives(question) is not None:
        return None
    # 'on the video-model table': the rows named say what is ranked, 'table' does not
    best = addressed_ranking(ctx, re.sub(r"\btables?\b", " ", question, flags=re.I))
    if best is None or best.measure is None:
        return None
    rows = named_rows(best, question)
    if len(rows) == 1 and op in ("change", "multiple"):  # 'how far behind the leader is A': A and the rank named
        rows = _with_rank(best, question, rows[0])
    if len(rows) < 2 or op in ("change", "multiple") and len(rows) != 2:
        return None
    return measure_computed(ctx, best, rows, question, op, backend)
