"""An ordinal asked ('the fourth pillar', 'the sixth leap') is the item at that place of one enumeration:
evidence that counts fewer such items ('three pillars'), or that names neither that item's kind nor the
ordinal, nor any item the question does not already name, cannot be that item. gates.py lists the gate."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..number_words import cardinals, ordinals
from .names import new_names, singular

if TYPE_CHECKING:
    from .gates import Decision

_ORDINALS = ordinals(2, 10)
_CARDINALS = cardinals(1, 20)
_NUMERAL = {f"{n}{'nd' if n == 2 else 'rd' if n == 3 else 'th'}": n for n in range(2, 11)}
# 'the fourth pillar', 'what sixth technological leap': an ordinal before a noun (at most one modifier, then the
# item's kind); 'ranks third in', 'the first and tenth models' are ranks
_ASKED = re.compile(r"\b(?:the|what|which|a)\s+(" + "|".join([*_ORDINALS, *_NUMERAL]) + r")\s+([a-z]+)(?:\s+([a-z]+))?", re.I)
# after the ordinal, words that make it a rank, a part of a period or a fixed phrase, not an item of a list
_NOT_ITEM = {"largest", "biggest", "highest", "lowest", "smallest", "most", "least", "best", "worst", "top",
             "quarter", "half", "tier", "party", "place", "time", "year", "consecutive", "straight", "round",
             "generation", "phase", "stage", "wave", "edition", "annual", "fiscal", "and", "or", "to", "of"}
# words after the kind that end its phrase: 'fourth pillar does', 'sixth leap in'
_AFTER = {"does", "do", "did", "is", "was", "are", "were", "has", "have", "will", "can", "of", "in", "on", "at",
          "that", "which", "who", "for", "to", "the", "after", "before", "from", "by", "with", "and", "or", "as"}


def ordinal_asked(question: str) -> tuple[int, str] | None:
    """(position, singular kind) of an enumerated item the question asks by its ordinal ('What fourth pillar
    does X rest on' -> (4, 'pillar')), or None; ranks ('second largest') and periods ('third quarter') are not items."""
    m = _ASKED.search(question)
    if m is None or question[m.end(1):m.end(1) + 1] == "-":
        return None
    # a capitalised word after the kind is a name that begins another phrase ('the third pillar China's ...')
    first, second = m.group(2).lower(), (m.group(3) or "") if (m.group(3) or "").islower() else ""
    if first in _NOT_ITEM | _AFTER or first.endswith(("est", "ly")) or second in _NOT_ITEM - _AFTER:
        return None
    kind = first if not second or second in _AFTER else second
    word = m.group(1).lower()
    return _ORDINALS.get(word) or _NUMERAL[word], singular(kind)


def counts(text: str, kind: str) -> list[int]:
    """The counts `text` gives of items of `kind` ('three pillars', '5 key drivers' -> [3], [5]; extraction may
    glue the list to the kind: 'three pillarspolicy, ...')."""
    found = re.finditer(r"\b(" + "|".join(_CARDINALS) + r"|\d{1,2})\s+(?:[a-z]+\s+)?" + re.escape(kind),
                        text, re.I)
    return [int(m.group(1)) if m.group(1).isdigit() else _CARDINALS[m.group(1).lower()] for m in found]


def not_that_item(lead: str, passage: str, question: str, new: int) -> str | None:
    """Why the `lead` sentence (in `passage`, naming `new` names the question does not) is not the item
    the question asks by its ordinal, or None."""
    asked = ordinal_asked(question)
    if asked is None:
        return None
    position, kind = asked
    word = next(w for w, n in _ORDINALS.items() if n == position)
    if re.search(rf"\b(?:{word}|{position}(?:st|nd|rd|th))\b", lead, re.I):
        return None
    if any(n >= position for n in counts(lead, kind) + counts(passage, kind)):
        return None  # the lead or its passage counts enough of them
    for text in (lead, passage):
        given = counts(text, kind)
        if given and max(given) < position:
            return f"the report names {max(given)} {kind}s, not a {word}"
    said = re.compile(rf"\b{re.escape(kind)}", re.I)
    if not said.search(lead) and not said.search(passage):
        return f"the evidence names no {word} {kind}"
    if new == 0:
        return f"the evidence names no {kind} besides those the question names"
    return None


def ordinal_beyond(d: Decision) -> str | None:
    """The gate: the lead cannot be the item the question asks by its ordinal (see `not_that_item`)."""
    passage = d.ctx.passages[d.best.passage_index].chunk.text
    return not_that_item(d.best.text, passage, d.slots.text, new_names(d.best.text, d.slots))
