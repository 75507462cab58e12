"""An acronym a passage writes out in capitalised words ('AA' for 'Artificial Analysis'): read on the
passage's own casing, so that two ordinary lower-case words never spell a short acronym."""

from __future__ import annotations

import re

from ..acronym_table import JOINING_WORDS, defined_forms, form_written

_WORD = re.compile(r"[A-Za-z][\w'’-]*|&")


def written_out(acronym: str, text: str) -> bool:
    """Whether upper-case `acronym` (two letters or more) stands in `text` (its original casing) as the
    initials of consecutive capitalised words, joining words (acronym_table's) left out ('AA': Artificial Analysis,
    'RLHF': Reinforcement Learning from Human Feedback); a joining word never starts the name."""
    if len(acronym) < 2 or not acronym.isalpha() or not acronym.isupper():
        return False
    words = _WORD.findall(text)
    for start, word in enumerate(words):
        if word[0] != acronym[0] or word.lower() in JOINING_WORDS:  # a joining word starts no name
            continue
        got, i = "", start
        while i < len(words) and len(got) < len(acronym):
            w = words[i]
            if got and w.lower() in JOINING_WORDS:
                i += 1
                continue
            if not w[0].isupper() or w[0] != acronym[len(got)]:
                break
            got += w[0]
            i += 1
        if got == acronym:
            return True
    return False


def spelled_or_defined(name: str, text: str, table: dict[str, frozenset[str]], lowered: str | None = None) -> bool:
    """Whether `text` writes acronym `name` out in capitalised words, or `lowered` (default: `text` lower-cased)
    writes another form the reports define for it (`table`: 'CAGR' as compound annual growth rate)."""
    return written_out(name, text) or form_written(defined_forms(table, name), text.lower() if lowered is None else lowered)
