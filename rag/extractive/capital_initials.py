"""An acronym a passage writes out in capitalised words ('AA' for 'Artificial Analysis'): read on the
passage's own casing, so that two ordinary lower-case words never spell a short acronym."""

from __future__ import annotations

import re

# joining words an acronym leaves out ('Bank of China'), never its first or last word
_JOINING = {"and", "of", "the", "for", "&", "in"}
_WORD = re.compile(r"[A-Za-z][\w'’-]*|&")


def written_out(acronym: str, text: str) -> bool:
    """Whether upper-case `acronym` (two letters or more) stands in `text` (its original casing) as the
    initials of consecutive capitalised words, joining words left out ('AA': Artificial Analysis)."""
    if len(acronym) < 2 or not acronym.isalpha() or not acronym.isupper():
        return False
    words = _WORD.findall(text)
    for start, word in enumerate(words):
        if word[0] != acronym[0] or word.lower() in _JOINING:  # a joining word starts no name
            continue
        got, i = "", start
        while i < len(words) and len(got) < len(acronym):
            w = words[i]
            if got and w.lower() in _JOINING:
                i += 1
                continue
            if not w[0].isupper() or w[0] != acronym[len(got)]:
                break
            got += w[0]
            i += 1
        if got == acronym:
            return True
    return False
