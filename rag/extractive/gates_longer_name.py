"""A name the lead holds only inside a longer name is another thing: 'Runway Gen 3 Alpha' asked,
'Runway Gen 3 Alpha Turbo' given (a variant of a versioned model); 'Bank of China' asked,
'Industrial and Commercial Bank of China' given (another institution). gates.py lists the gate."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gates_version import name_runs, question_name_runs, versioned

if TYPE_CHECKING:
    from .gates import Decision

# an institution's name 'X of Y' ('Bank of China', 'Ministry of Industry and Information Technology')
_CAP = r"[A-Z][\w&.\-]*"
_OF_NAME = re.compile(rf"{_CAP}(?: {_CAP})* of (?:the )?{_CAP}(?: (?:{_CAP}|and {_CAP}))*")
# capitalised words that open a sentence or clause rather than extend a name
_OPENERS = {"in", "the", "at", "for", "by", "from", "as", "on", "with", "of", "to", "and", "e.g", "eg", "i.e",
            "while", "among", "like", "unlike", "both", "since", "after", "before", "when", "per", "than", "via"}
_BEFORE = re.compile(rf"(?:({_CAP})|(?:{_CAP} )(?:and|&))\s*$")


def variant_of(asked: tuple[str, ...], text: str) -> tuple[str, ...] | None:
    """A name run of `text` that holds the versioned name `asked` followed by more name words
    ('... Alpha Turbo'), when no run of `text` ends with `asked` itself; else None."""
    n, low = len(asked), [t.lower() for t in asked]
    longer = None
    for run in name_runs(text):
        r = [t.lower() for t in run]
        for i in range(len(r) - n + 1):
            if r[i:i + n] == low:
                if i + n == len(r):
                    return None
                longer = longer or run[i:]
    return longer


def _holds(run: tuple[str, ...], name: tuple[str, ...]) -> bool:
    low, want = [t.lower() for t in run], [t.lower() for t in name]
    return any(low[i:i + len(want)] == want for i in range(len(low) - len(want) + 1))


def embedded(name: str, text: str) -> bool:
    """`name` occurs in `text`, each time right after a name word that extends it ('Commercial Bank
    of China', 'Industrial and Commercial Bank of China')."""
    spots = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    for at in spots:
        m = _BEFORE.search(text[:at])
        if not m or (m.group(1) and m.group(1).lower().rstrip(".") in _OPENERS):
            return False
    return bool(spots)


def name_in_longer(d: Decision) -> str | None:
    """The question's versioned model name or 'X of Y' name is given by the lead only inside a longer name.
    A longer name the question names too ('Grok 4 or Grok 4 Fast') is asked, not another."""
    q, text = d.slots.text, d.best.text
    runs = question_name_runs(d.slots)
    for asked in (r for r in runs if versioned(r)):
        given = variant_of(asked, text)
        if given and not any(_holds(r, given) for r in runs):
            return f"the reports give {' '.join(given)}, not {' '.join(asked)}"
    for m in _OF_NAME.finditer(q):
        if embedded(m.group(0), text):
            return f"the reports name {m.group(0)} only as part of a longer name"
    return None
