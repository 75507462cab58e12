"""The words of a phrase and their comparable stems, one definition for the modules that match a
question's words in a sentence (phrase.py, stranded.py)."""

from __future__ import annotations

import re

# a word: letters and digits, with inner apostrophes, dots and hyphens ('Inc.', 'AI-driven', "company's")
TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.-]*[A-Za-z0-9]|[A-Za-z0-9]")


def stem(word: str) -> str:
    """A word's comparable form: lower case, no possessive, first five letters ('operates' ~ 'operate')."""
    w = re.sub(r"['’]s?$", "", word.lower())
    return w[:5] if len(w) > 5 else w.rstrip("s") if len(w) > 3 else w
