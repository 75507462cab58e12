"""A table cell the report's prose restates at a larger scale ('85,123' in thousands is the
'$85.1 million' a sentence naming the row gives): the answer leads with the figure as the sentence
writes it, the form a reader of the page quotes."""

from __future__ import annotations

import re

from ingest.figures import NUMBER, SCALES
from ingest.tables import Cell

from ..types import AnswerContext
from .cells import words

# the scale words a restated figure may use (the one table's values; no 100 million or trillion restatements)
_SCALE = {w: SCALES[w] for w in ("thousand", "k", "million", "m", "mn", "billion", "bn", "b")}
# '$85.1 million', '$(9.8) million', '€1.2bn': a number with a scale word (a currency before it, if any)
_SCALED = re.compile(rf"(?:(?:US|A|C|NZ|HK|S)?\$|€|£|¥|RMB|USD|EUR|GBP)?\s?\(?{NUMBER.pattern}\)?\s?"
                     r"(?:thousand|million|billion|mn|bn|m|k|b)\b", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])|\n+")


def _significant(number: str) -> int:
    return len(number.replace(",", "").replace(".", "").lstrip("0"))


def restated(ctx: AnswerContext, cell: Cell, label: str) -> str | None:
    """The figure a retrieved sentence (no row or header line of a table) gives for `cell` at a larger scale than the
    table's, the sentence naming every word of the row's `label`: its value equal to the cell's
    once rounded as written (two significant digits at least); None when no sentence, or two
    sentences give it differently."""
    if cell.value is None or not cell.scale or cell.scale not in _SCALE or cell.unit == "%":
        return None
    return restated_amount(ctx, abs(cell.value) * _SCALE[cell.scale], _SCALE[cell.scale], label)


def restated_amount(ctx: AnswerContext, amount: float, scale: float, label: str) -> str | None:
    """The figure a retrieved sentence naming every word of `label` gives for `amount` (in units, read from
    figures at `scale`) at a larger scale, equal once rounded as written; None when none or two differ."""
    label_words = set(words(label))
    if not label_words or amount == 0:
        return None
    found: set[str] = set()
    for passage in ctx.passages:
        for sentence in _SENTENCE.split(passage.chunk.text):
            if " — " in sentence or " | " in sentence or not label_words <= set(words(sentence)):
                continue
            for m in _SCALED.finditer(sentence):
                text = m.group(0).strip()
                number = NUMBER.search(text).group(0)
                written = _SCALE[re.search(r"[a-z]+$", text, re.I).group(0).lower()]
                if written <= scale or _significant(number) < 2:
                    continue
                decimals = len(number.split(".")[1]) if "." in number else 0
                if abs(float(number.replace(",", "")) * written - amount) <= 0.5 * 10 ** -decimals * written + 1e-9:
                    found.add(text)
    return found.pop() if len(found) == 1 else None
