"""A counted list ('three traits that mark X') whose best sentence only points back at its items ('These
characteristics mark X'): the items are those of the nearest sentence before it that coordinates exactly
as many ('operating at A, acting B, and delivering C').

General properties, of questions and passages:
- a sentence opening 'These/Those ...' refers to things named just before it, in the same passage;
- the question's count says how many: a sentence coordinating exactly that many ('A, B(,) and C') names them;
- coordinated items share their form: when the later ones open with a word of one ending ('-ing'), the
  first begins at the last word of that ending in its part (the sentence's head is no item)."""

from __future__ import annotations

import re

from ingest.keyword import tokenize

from ..types import Answer, AnswerContext
from .features import Evidence
from .listing import first_listed
from .parallel_labels import asked_count

_POINTS = re.compile(r"^(?:these|those)\s+(?:(?:two|three|four|five|six|\d)\s+)?[a-z]+", re.I)
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[-*•\"“(]*[A-Z])")
_AND = re.compile(r"^(?:and|or)\s+", re.I)
# words that open what a sentence's head lists: 'include A, B and C', 'such as A, B and C', 'capable of A, ...'
_OPENS = re.compile(r"^.*\b(?:include|includes|including|such as|namely|of|are|is|as|to|by|in)\s+", re.I)
_ENDINGS = ("ing", "ed", "tion", "ment")
REACH = 5  # at most this many sentences back from the pointing one
MAX_ITEM_WORDS = 8


def _sentences(text: str) -> list[str]:
    out: list[str] = []
    for line in text.splitlines():
        line = line.strip().strip("*_").strip()
        line = re.sub(r"^[-•·]\s+", "", line)
        out += [s.strip() for s in _SENTENCES.split(line) if s.strip()]
    return out


def coordinated(sentence: str, count: int) -> list[str] | None:
    """The `count` items a sentence coordinates ('..., A, B, and C, ...' / '... A, B and C.'), or None when
    it coordinates another number of them."""
    parts = [p.strip() for p in re.split(r",(?!\d)", sentence.rstrip(" .;"))]
    last = next((i for i, p in enumerate(parts) if _AND.match(p) or re.search(r"\s(?:and|or)\s", p)), None)
    if last is None or last < 1:
        return None
    if _AND.match(parts[last]):
        run = parts[:last] + [_AND.sub("", parts[last])]
    else:  # 'A, B and C': the last two share a part
        a, _, b = re.split(r"\s(and|or)\s", parts[last], maxsplit=1)
        run = parts[:last] + [a, b]
    # the items run back from the last while parts are item-short; the part before them holds the head and the first
    k = len(run) - 1
    while k > 0 and len(run[k - 1].split()) <= MAX_ITEM_WORDS and len(run[k].split()) <= MAX_ITEM_WORDS:
        k -= 1
    k = max(0, k - 1)
    items = run[k:]
    if len(items) != count:
        return None
    first, rest = items[0], items[1:]
    ending = next((x for x in _ENDINGS if all(r.split()[0].lower().endswith(x) for r in rest if r.split())), None)
    words = first.split()
    at = max((i for i, w in enumerate(words) if ending and w.lower().endswith(ending)), default=None)
    if at is not None:
        first = " ".join(words[at:])
    else:
        first = _OPENS.sub("", first)
    items = [first] + rest
    if any(not 0 < len(i.split()) <= MAX_ITEM_WORDS for i in items):
        return None
    return items


def pointed_items(text: str, question: str, count: int) -> tuple[str, list[str]] | None:
    """(the listing sentence, its items) when a sentence of `text` opens 'These/Those ...', holds at least half
    the question's terms (bar its count and noun, which the passage need not say), and one of the `REACH`
    sentences before it coordinates exactly `count` items; else None."""
    asked = set(tokenize(question))
    sentences = _sentences(text)
    passage = set(tokenize(text))
    for i, s in enumerate(sentences):
        if not _POINTS.match(s):
            continue
        shared = asked & set(tokenize(s))
        if len(shared) < 2 or 2 * len(shared) < len(asked) - 2:
            continue
        if len(asked - passage) > 2:  # the count and the asked noun at most are the passage's own words
            continue
        for prev in reversed(sentences[max(0, i - REACH):i]):
            items = coordinated(prev, count)
            if items is not None:
                return prev, items
        return None
    return None


def pointed_listed(ctx: AnswerContext, evidence: list[Evidence], usable, backend: str, depth: int = 3) -> Answer | None:
    """The list answer of a counted list whose best passages point back at the items: '**A; B; C**.' with
    the sentence naming them quoted and cited."""
    count = asked_count(ctx.question)
    if count is None or count < 2:
        return None
    return first_listed(ctx, evidence, usable, backend, depth,
                        lambda text: pointed_items(text, ctx.question, count))
