"""A number written after a name as its version ('DALL-E 3', 'Veo 3', 'Tier 1'): where the question writes the
same name with the same number, the number is part of the name asked, never the figure answering it."""

from __future__ import annotations

import re

from ingest.figures import Figure

# a capitalised name right before the number: 'DALL-E ', 'Veo '
_NAME_BEFORE = re.compile(r"(?<![\w-])([A-Z][A-Za-z0-9]*(?:[-‑][A-Za-z0-9]+)*)\s+$")
# a name and its number in the question, the number apart, hyphened or closed up: 'DALL-E 3', 'DALLE-3', 'Veo3'
_NAMED_NUMBER = re.compile(r"(?<![\w-])([A-Z][A-Za-z0-9]*(?:[-‑][A-Za-z0-9]+)*?)[-‑\s]?(\d{1,2}(?:\.\d)?)(?![\d%\w]|[.,]\d)")


def _key(name: str, number: str) -> str:
    """The letters and digits of a name and its number, lower-case: 'DALL-E 3' and 'DALLE-3' are both 'dalle3'."""
    return re.sub(r"[^a-z0-9.]", "", f"{name}{number}".lower())


def is_name_version(text: str, figure: Figure, question: str) -> bool:
    """Whether `figure` is the number of a name written before it in `text` that `question` writes with the same
    number (the same letters and digits once hyphens and spaces are dropped)."""
    if figure.unit not in ("count", "number") or not re.fullmatch(r"\d{1,2}(?:\.\d)?", figure.text.strip()):
        return False
    name = _NAME_BEFORE.search(text, max(0, figure.start - 40), figure.start)
    if name is None:
        return False
    key = _key(name.group(1), figure.text.strip())
    return any(_key(m.group(1), m.group(2)) == key for m in _NAMED_NUMBER.finditer(question))
