"""A sentence giving figures for parallel groups told apart by a number ('aged 60 and above ... 310 million, and
aged 65 and above ... 220 million'): a figure belongs to the group phrase nearest before it, so the group the
question names by its number owns the figures between its label and the next group's."""

from __future__ import annotations

import re

from ingest.figures import Figure

_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _word_before(text: str, f: Figure) -> str | None:
    m = _WORD_BEFORE.search(text[max(0, f.start - 20):f.start])
    return m.group(1).lower() if m else None


def group_figures(text: str, figures: list[Figure], candidates: list[Figure], stated: list[Figure]) -> list[Figure]:
    """The `candidates` after the one group label the question states (a figure of `stated`, in `figures`) and
    before the next label written as it is ('aged 60' / 'aged 65': the same word before each number); [] unless
    the sentence writes two such labels, one stated by the question and one not."""
    if len(stated) != 1 or (word := _word_before(text, stated[0])) is None:
        return []
    labels = [f for f in figures if f.unit in ("count", "number") and _word_before(text, f) == word]
    if len(labels) < 2 or stated[0] not in labels:
        return []
    end = next((f.start for f in labels if f.start > stated[0].start), len(text))
    return [f for f in candidates if stated[0].end <= f.start < end]
