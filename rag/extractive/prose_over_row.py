"""A table row versus a sentence: when the question names more than the row does ('the depreciation
expense ... related to internal use software' against the row 'Internal use software'), and a
sentence retrieved names the row and all of that more, with the years asked, the sentence states
the figure asked and the row is only its topic."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import AnswerContext
from .cells import RowHit, words

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])|\n+")


def unsaid(question: str, hit: RowHit, heads: str = "") -> set[str]:
    """The question's content words the row path, the column headers, the caption and the table's
    header lines (`heads`: 'OPERATING REVENUES | Q4 2019 | Q4 2018' heads the label column too) do not say."""
    table = hit.table
    said = set(words(hit.row)) | set(words(" ".join(table.columns))) | set(words(table.caption or "")) | set(words(heads))
    return set(words(question)) - said


def _amounts(sentence: str) -> int:
    """How many figures the sentence gives that are neither years nor percentages."""
    return len(re.findall(r"(?<![\w.,])(?!(?:19|20)\d{2}\b)\d[\d,]*(?:\.\d+)?(?![\d,.]|\s*%|\s*per ?cent)", sentence))


def prose_names_more(ctx: AnswerContext, hit: RowHit, years: Sequence[int]) -> bool:
    """Whether a retrieved sentence (not a row line) names the row's label, at least two question
    words the table leaves unsaid and all of them, every year asked, and an amount (no percentage) per year."""
    own = ctx.passages[hit.passage].chunk.text if hit.passage < len(ctx.passages) else ""
    heads = " ".join(line for line in own.splitlines() if " | " in line)
    more = unsaid(ctx.question, hit, heads)
    if len(more) < 2:
        return False
    label = set(words(hit.row.split(" › ")[-1]))
    for passage in ctx.passages:
        for sentence in _SENTENCE.split(passage.chunk.text):
            if " — " in sentence or not all(str(y) in sentence for y in years):
                continue
            have = set(words(sentence))
            if label <= have and more <= have and _amounts(sentence) >= len(years):
                return True
    return False
