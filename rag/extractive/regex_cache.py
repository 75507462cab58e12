"""Compiled patterns kept by their source text: the answerer builds patterns per word (names, row labels, figures),
more than the 512 Python's `re` module caches, so without this they were compiled again for every question."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=8192)
def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, compiled once per process."""
    return re.compile(pattern, flags)
