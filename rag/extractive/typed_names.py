"""A hurriedly typed question read against the reports in the index (rag/hurried_typing.py): a possessive's
apostrophe given back only to a name the reports write, a typo corrected only where the reports never write it."""

from __future__ import annotations

import re
from typing import Any

from ..hurried_typing import corrected, with_apostrophes
from ..snapshot_memo import kept
from .restored_case import lower_text, report_forms


def unhurried(question: str, snapshot: Any) -> str:
    """`question` with its dropped possessive apostrophes given back and its misspelt question words corrected, read
    against the reports in `snapshot`; as it is without one."""
    if snapshot is None or not hasattr(snapshot, "chunks"):
        return question
    text = lower_text(snapshot)
    words = kept(snapshot, ("lower_words",), lambda: frozenset(re.findall(r"[a-z]+", text)))
    forms = report_forms(snapshot)

    def times(low: str) -> int:
        return len(re.findall(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text))

    return with_apostrophes(corrected(question, words.__contains__), lambda name: forms.get(name.lower()) == name, times)
