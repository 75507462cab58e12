"""A list asked by its count ('along which three dimensions ...') of a diagram whose labels are broken
over short lines and open with the same word ('By input / data type', 'By model / application area').

General properties, of questions and passages:
- labels of one level of a diagram are parallel: each opens with the same capitalised word;
- the question's count says how many there are: exactly that many short lines open with that word
  (the first may be glued by reflow to the diagram's title: its tail from that word is the label);
- a label broken over lines goes on in the short lines that open lower-case ('data type')."""

from __future__ import annotations

import re

from ..types import Answer, AnswerContext
from .features import Evidence
from .items_asked import items_asked
from .listing import first_listed

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_ASKED = re.compile(r"\b(?:which|what)\s+(two|three|four|five|six|seven)\s+[a-z]", re.I)
_MAX_LABEL_WORDS = 6
_OPENER = re.compile(r"[A-Z][a-z]*$")
_FIGURE = re.compile(r"[\d.,:%]+")


def _words(label: str) -> str:
    """A label without its figures and punctuation: labels that differ only in figures are one field's values."""
    return " ".join(_FIGURE.sub(" ", label).lower().split())


def asked_count(question: str) -> int | None:
    """'Along which three dimensions ...' -> 3, 'What are the three panels ...' -> 3; None when no count is asked."""
    m = _ASKED.search(question)
    if m:
        return _COUNTS[m.group(1).lower()]
    asked = items_asked(question)  # the count opening what is asked, in any of its phrasings
    return asked[0] if asked else None


def _label(lines: list[str], i: int, start: str) -> str | None:
    """The label opening at `start` (line i's text from its opener), with its lower-case continuation lines."""
    words = start.split()
    for line in lines[i + 1:]:
        if not line or not line[0].islower():
            break
        words += line.split()
    return " ".join(words) if len(words) <= _MAX_LABEL_WORDS else None


def parallel_labels(text: str, count: int) -> list[str] | None:
    """The `count` labels of `text` that open with the same word, or None when no word opens exactly that many."""
    lines = [line.strip() for line in text.split("\n")]
    openers: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        words = line.split()
        if 1 < len(words) <= _MAX_LABEL_WORDS and _OPENER.match(words[0]):
            openers.setdefault(words[0], []).append(i)
    for word, starts in openers.items():
        if len(starts) not in (count - 1, count):
            continue
        found = [(i, lines[i]) for i in starts]
        # the first label may be glued by reflow to the title before it, within a label's span back
        span = 2 * (starts[1] - starts[0]) if len(starts) > 1 else _MAX_LABEL_WORDS
        glued = [j for j in range(max(0, starts[0] - span), starts[0]) if f" {word} " in lines[j]]
        if (len(starts) == count) == bool(glued):
            continue  # one label more or fewer than asked
        if glued:
            head = lines[glued[-1]]
            at = head.rfind(f" {word} ")
            if len(head[at:].split()) > _MAX_LABEL_WORDS:
                continue
            found.insert(0, (glued[-1], head[at + 1:]))
        labels = [_label(lines, i, start) for i, start in found]
        if len(labels) == count and all(labels) and len({_words(x) for x in labels}) == count:
            return labels
    return None


def labels_asked(ctx: AnswerContext, evidence: list[Evidence], usable, backend: str,
                 depth: int = 3) -> Answer | None:
    """The list answer from the first of the best `depth` passages (on topic: `usable`) holding as many
    parallel labels as the question counts: '**A; B; C**.' quoted and cited."""
    count = asked_count(ctx.question)
    if count is None:
        return None

    def read(text: str) -> tuple[str, list[str]] | None:
        labels = parallel_labels(text, count)
        return None if labels is None else ("; ".join(labels), labels)

    return first_listed(ctx, evidence, usable, backend, depth, read)
