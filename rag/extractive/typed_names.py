"""A hurriedly typed question read against the reports in the index (rag/hurried_typing.py): a possessive's
apostrophe given back only to a name the reports write, a typo corrected only where the reports never write it."""

from __future__ import annotations

import re
from typing import Any

from ..hurried_typing import corrected, with_apostrophes
from .restored_case import case_forms


def unhurried(question: str, snapshot: Any) -> str:
    """`question` with its dropped possessive apostrophes given back and its misspelt question words corrected, read
    against the reports in `snapshot`; as it is without one."""
    if snapshot is None or not hasattr(snapshot, "chunks"):
        return question
    lower = lambda: "\n".join(c.text.lower() for c in snapshot.chunks)  # noqa: E731
    text = snapshot.derived(("lower_text",), lower) if hasattr(snapshot, "derived") else lower()
    vocab = lambda: frozenset(re.findall(r"[a-z]+", text))  # noqa: E731
    words = snapshot.derived(("lower_words",), vocab) if hasattr(snapshot, "derived") else vocab()
    make = lambda: case_forms(c.text for c in snapshot.chunks)  # noqa: E731
    forms = snapshot.derived(("case_forms",), make) if hasattr(snapshot, "derived") else make()

    def written(low: str) -> bool:
        return low in words

    def times(low: str) -> int:
        return len(re.findall(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text))

    return with_apostrophes(corrected(question, written), lambda name: forms.get(name.lower()) == name, times)
