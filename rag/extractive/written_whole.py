"""Whether a text writes a word whole: not inside a longer word or a hyphenated compound ('cost' is not in
'low-cost'); the one test behind derived_words, lower_names and ordinary_names."""

from __future__ import annotations

import re

from .kept_patterns import compiled


def writes_whole(word: str, texts: list[str], *, ignore_case: bool = False, dotted: bool = False) -> bool:
    """Whether a text of `texts` writes `word` whole (in any case with `ignore_case`); with `dotted`, a word
    followed by '.' and a letter or digit is part of a longer name ('gpt-3' in 'gpt-3.5')."""
    after = r"(?![\w-]|\.\w)" if dotted else r"(?![\w-])"
    pattern = compiled(rf"(?<![\w-]){re.escape(word)}{after}", re.IGNORECASE if ignore_case else 0)
    return any(pattern.search(t) for t in texts)
