"""Keyword search with bm25s over the same chunks as Chroma; numbers stay whole tokens."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np

_TOKEN = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*", re.I)
STOPWORDS = frozenset("""a about above after again all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he
her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or
other our ours out over own same she should so some such than that the their theirs them then there these they this
those through to too under until up very was we were what when where which while who whom why will with would you
your yours""".split())


def _stem(token: str) -> str:
    """A light suffix stemmer (plurals, -ing, -ed) so 'markets' meets 'market'."""
    if token.isdigit() or len(token) <= 3:
        return token
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", "")):
        if token.endswith(suffix) and len(token) - len(suffix) >= 3 and not token.endswith("ss"):
            return token[: len(token) - len(suffix)] + repl
    return token


def tokenize(text: str) -> list[str]:
    """Lower-cased word and number tokens, stop words dropped, '1,509' -> '1509'."""
    out = []
    for match in _TOKEN.finditer(text.lower()):
        tok = match.group()
        if tok[0].isdigit():
            tok = tok.replace(",", "")
        elif tok in STOPWORDS:
            continue
        out.append(_stem(tok))
    return out


class KeywordIndex:
    """A bm25s index over chunk texts, positions aligned with the caller's chunk list."""

    def __init__(self, retriever=None, size: int = 0) -> None:
        self._bm25 = retriever
        self.size = size

    @classmethod
    def build(cls, texts: Sequence[str]) -> "KeywordIndex":
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)

        if not texts:
            return cls(None, 0)
        retriever = bm25s.BM25()
        retriever.index([tokenize(t) or ["<empty>"] for t in texts], show_progress=False)
        return cls(retriever, len(texts))

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every chunk for `query` (zeros when no term matches)."""
        if self._bm25 is None:
            return np.zeros(0, dtype=np.float32)
        tokens = tokenize(query)
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)

    def save(self, folder: Path) -> None:
        if self._bm25 is not None:
            self._bm25.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path, size: int) -> "KeywordIndex":
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)

        if size == 0 or not folder.exists():
            return cls(None, 0)
        return cls(bm25s.BM25.load(str(folder), mmap=False, show_progress=False, verbosity=0), size)
