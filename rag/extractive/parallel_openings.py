"""A list asked by the kind of its items ('what are the contract types') whose items open parallel
sentences, one each: 'On a fixed-price type contract, ... On a cost-plus type contract, ...'.

General properties, of questions and passages:
- sentences naming the items of one kind in turn share their opening frame ('On a ... type contract,')
  and differ only in the item's own words, in the same place;
- the frame holds the kind asked ('type' of 'contract types'): the item is the differing words, named
  with the kind word when the frame goes on with it ('fixed-price type');
- two or more such sentences in a row of one passage are the list."""

from __future__ import annotations

import re

from ingest.keyword import tokenize
from ingest.sentences import split_sentences

from ..types import Answer, AnswerContext
from .enumeration import kind_asked
from .features import Evidence
from .listing import first_listed
from .rows import is_row

_MAX_OPENING_WORDS = 10  # an opening clause is the sentence's words before its first comma
_MAX_ITEM_WORDS = 5


def _opening(sentence: str) -> list[str] | None:
    """The words before the sentence's first comma; None for a table row ('Rank: 1; Name: A')."""
    head, comma, _ = sentence.partition(",")
    words = head.split()
    if is_row(sentence) or re.search(r"[:;|]", head):
        return None
    return words if comma and 2 <= len(words) <= _MAX_OPENING_WORDS else None


def _frame(openings: list[list[str]]) -> tuple[int, int]:
    """(common prefix length, common suffix length) of the openings, in words."""
    pre = 0
    while all(len(o) > pre and o[pre].lower() == openings[0][pre].lower() for o in openings):
        pre += 1
    suf = 0
    while all(len(o) > pre + suf and o[-1 - suf].lower() == openings[0][-1 - suf].lower() for o in openings):
        suf += 1
    return pre, suf


def _items(openings: list[list[str]], kind: str) -> list[str] | None:
    pre, suf = _frame(openings)
    tail = openings[0][len(openings[0]) - suf:] if suf else []
    if not pre or not tail or kind not in tokenize(" ".join(openings[0][:pre] + tail)):
        return None
    named = tail[:1] if tokenize(tail[0])[:1] == [kind] else []  # 'fixed-price' + 'type'
    items = [" ".join(o[pre:len(o) - suf] + named) for o in openings]
    if any(not 0 < len(o) - pre - suf <= _MAX_ITEM_WORDS for o in openings) or len(set(items)) < len(items):
        return None
    return items


def parallel_items(text: str, kind: str) -> tuple[str, list[str]] | None:
    """(the sentences quoted, their items) of the first run of two or more sentences in a row of `text`
    whose openings share a frame holding the `kind` asked and differ in the item's words; else None."""
    sentences = [text[a:b].strip() for a, b in split_sentences(text)]
    openings = [_opening(s) for s in sentences]
    i = 0
    while i < len(sentences):
        j = i
        while (j < len(sentences) and openings[j] is not None
               and openings[j][0].lower() == (openings[i] or [""])[0].lower()):
            j += 1
        for end in range(j, i + 1, -1):  # the longest run from i that has a frame
            items = _items(openings[i:end], kind)
            if items is not None:
                return " ".join(sentences[i:end]), items
        i = max(j, i + 1)
    return None


def parallel_listed(ctx: AnswerContext, evidence: list[Evidence], usable, backend: str,
                    depth: int = 3) -> Answer | None:
    """The list answer from the first of the best `depth` passages (on topic: `usable`) whose sentences
    open in turn with the items of the kind the question asks: '**A; B; C**.' quoted and cited."""
    kind = kind_asked(ctx.question)
    if kind is None:
        return None
    return first_listed(ctx, evidence, usable, backend, depth, lambda text: parallel_items(text, kind))
