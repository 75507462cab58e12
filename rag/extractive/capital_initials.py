"""An acronym a passage writes out in capitalised words ('AA' for 'Artificial Analysis'): read on the
passage's own casing, so that two ordinary lower-case words never spell a short acronym."""

from __future__ import annotations

import re

from ..acronym_table import defined_forms, form_written, initials_end

_WORD = re.compile(r"[A-Za-z][\w'’-]*|&")


def written_out(acronym: str, text: str) -> bool:
    """Whether upper-case `acronym` (two letters or more) stands in `text` (its original casing) as the
    initials of consecutive capitalised words, joining words (acronym_table's) left out ('AA': Artificial Analysis,
    'RLHF': Reinforcement Learning from Human Feedback); a joining word never starts the name."""
    if len(acronym) < 2 or not acronym.isalpha() or not acronym.isupper():
        return False
    words = _WORD.findall(text)
    return any(initials_end(acronym, words, start) is not None for start in range(len(words)))


def spelled_or_defined(name: str, text: str, table: dict[str, frozenset[str]], lowered: str | None = None) -> bool:
    """Whether `text` writes acronym `name` out in capitalised words, or `lowered` (default: `text` lower-cased)
    writes another form the reports define for it (`table`: 'CAGR' as compound annual growth rate)."""
    return written_out(name, text) or form_written(defined_forms(table, name), text.lower() if lowered is None else lowered)
