"""Regular expressions built from what a question or a table writes (a name, a label, a number, a year),
compiled once and kept in a bounded cache: the answer stage builds more patterns than re's own cache holds
(512), so a pattern built per word was compiled again for most answers."""

from __future__ import annotations

import functools
import re

KEPT = 4096  # patterns kept; the least recently used is dropped past this


@functools.lru_cache(maxsize=KEPT)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, kept: the same pattern is compiled once while it stays in use."""
    return re.compile(pattern, flags)
