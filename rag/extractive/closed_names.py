"""A name typed open that the reports write closed up ('Mind Spore' for 'MindSpore'): two capitalised words read
as the one word the reports write, so the name gates and the name features find it; only where the reports
never write the two words apart (then the open form is a name of its own)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..snapshot_memo import kept
from .restored_case import lower_text

# two capitalised words of letters only, side by side: 'Mind Spore', 'Paddle Paddle'
_PAIR = re.compile(r"(?<![\w.-])(?=([A-Z][a-z]+|[A-Z]{2,}) ([A-Z][A-Za-z]*)(?![\w.-]))")


def closed_up(question: str, written: Callable[[str], bool], spaced: Callable[[str], bool]) -> str:
    """`question` with each pair of capitalised words joined where `written` holds their joined lower-case form
    as a word of the reports and `spaced` finds the two words apart nowhere in them."""

    out, pos = [], 0
    for m in _PAIR.finditer(question):  # a lookahead: pairs overlap ('Which Mind Spore')
        a, b = m.group(1), m.group(2)
        if m.start() < pos or not (written((a + b).lower()) and not spaced(f"{a} {b}".lower())):
            continue
        out.append(question[pos:m.start()] + a + b)
        pos = m.start() + len(a) + 1 + len(b)
    return "".join(out) + question[pos:]


def names_closed(question: str, snapshot: Any) -> str:
    """`question` read by `closed_up` against the reports in `snapshot`; as it is without one."""
    if snapshot is None or not hasattr(snapshot, "chunks") or not _PAIR.search(question):
        return question
    text = lower_text(snapshot)
    words = kept(snapshot, ("lower_words",), lambda: frozenset(re.findall(r"[a-z]+", text)))
    return closed_up(question, words.__contains__, lambda pair: re.search(rf"(?<![\w-]){re.escape(pair)}(?![\w-])", text) is not None)
