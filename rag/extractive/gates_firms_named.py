"""A question asking which firms (companies, vendors, startups) is not answered by a lead whose every item is a
description in sentence case ('Medical imaging analysis; LM-assisted diagnosis'): it lists activities or
uses, and names no firm."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .gates import Decision

_FIRMS_ASKED = re.compile(r"^\s*(?:which|what)\s+(?:[\w-]+\s+){0,3}?(?:firms|companies|vendors|startups|players|"
                          r"providers|enterprises|makers|developers)\b", re.I)
_LABEL = re.compile(r"^[^:;]{1,40}:\s*")  # 'Healthcare: ...': the heading of a labelled line
_SPLIT = re.compile(r"\s*(?:;|•|,|\band\b)\s*")


def _description(item: str) -> bool:
    """Two or more words, every one after the first in lower case letters: a phrase, not a name."""
    words = item.split()
    return len(words) >= 2 and all(re.fullmatch(r"[a-z][a-z-]*", w) for w in words[1:])


def unnamed_firms(question: str, text: str) -> bool:
    """Whether `question` asks which firms and every item of `text` is a description, naming none."""
    if not _FIRMS_ASKED.search(question):
        return False
    items = [i.strip(" .") for i in _SPLIT.split(_LABEL.sub("", text.strip())) if i.strip(" .")]
    return bool(items) and all(_description(i) for i in items)


def firms_unnamed(d: Decision) -> str | None:
    """The lead lists descriptions where firms are asked: the reports name no firm for it."""
    if d.slots.shape != "list" or not unnamed_firms(d.ctx.question, d.best.text):
        return None
    return "the passage lists activities, not the firms asked"
