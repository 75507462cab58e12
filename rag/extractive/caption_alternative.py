"""A section title listing alternatives ('leading across text, video and speech modalities') covers each
table under it for one of them only: a table whose own caption names another alternative of that list, and
not the one the question asks ('... on the speech leaderboard'), does not own the figure asked."""

from __future__ import annotations

import re

from ..types import Answer

# a list of single-word alternatives: 'text, video and speech', 'text, video, or speech'
_LIST = re.compile(r"\b[A-Za-z][\w-]*(?:\s*,\s*[A-Za-z][\w-]*)+,?\s+(?:and|or)\s+[A-Za-z][\w-]*", re.I)
_WORD = re.compile(r"[A-Za-z][\w-]*")
_JOINERS = {"and", "or"}


def _alternatives(title: str) -> set[str]:
    """The words of the first list of three or more alternatives a title writes (lowercase), or an empty set."""
    m = _LIST.search(title)
    return {w.lower() for w in _WORD.findall(m.group(0))} - _JOINERS if m else set()


def _caption(text: str, title: str) -> str:
    """The lines of a table passage between its section title and its header row (the table's own caption);
    empty for a passage with no table (prose has no caption)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and lines[0].strip() == title.strip():
        lines = lines[1:]
    out = []
    for line in lines:
        if "|" in line or ":" in line and ";" in line:
            return " ".join(out)
        out.append(line)
    return ""


def caption_other_alternative(question: str, answer: Answer) -> str | None:
    """Why a lead's table is another alternative than the one asked (its caption names another of the
    alternatives its section title lists and not the asked one), or None."""
    asked_words = {w.lower() for w in _WORD.findall(question)}
    for c in answer.citations:
        options = _alternatives(c.section or "")
        asked = options & asked_words
        if not asked or len(asked) == len(options):
            continue
        named = options & {w.lower() for w in _WORD.findall(_caption(c.text, c.section or ""))}
        if named and not named & asked:
            return (f"the table is the {', '.join(sorted(named))} one of its section's "
                    f"{', '.join(sorted(options))}, not the {', '.join(sorted(asked))} one asked")
    return None
