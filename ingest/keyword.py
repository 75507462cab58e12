"""Keyword search: BM25 over the same chunks as Chroma; numbers stay whole tokens.

The index keeps raw term counts (postings sorted by term, then chunk) instead of precomputed
scores, so it can be extended with a new report or have a report removed without touching the
rest: the corpus statistics BM25 needs (document frequency, average length) are applied at query
time. Scores are bm25s's Lucene variant (k1=1.5, b=0.75), computed the same way so they equal
what `bm25s.BM25().index(...).get_scores(...)` gives for the same tokens.
"""

from __future__ import annotations

import hashlib
import json
import math
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

K1 = 1.5
B = 0.75
# Names the tokenizer a saved index was built with: this module's source. The index stores term
# counts, so one saved by an older tokenizer would miss the tokens a query now makes.
TOKENIZER = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]
EMPTY = "<empty>"  # the one token of a chunk with no words, so every chunk has a length
# Adjacent word pairs ('global_ai', 'ai_financ') are indexed beside the words, so a passage that says the
# question's phrase outranks one that scatters its words; a pair adds this share of its BM25 score.
PAIR_WEIGHT = 0.5


def _stem(token: str) -> str:
    """A light suffix stemmer (plurals, -ing, -ed) so 'markets' meets 'market'."""
    if token.isdigit() or len(token) <= 3:
        return token
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", "")):
        if token.endswith(suffix) and len(token) - len(suffix) >= 3 and not token.endswith("ss"):
            return token[: len(token) - len(suffix)] + repl
    return token


def _normalise(tok: str) -> str | None:
    if tok[0].isdigit():
        tok = tok.replace(",", "")
    elif tok in STOPWORDS:
        return None
    return _stem(tok)


_SEEN: dict[str, str | None] = {}  # raw token -> indexed form (None: a stop word); a pure cache
_SEEN_MAX = 1 << 20
_MISS = object()


def tokenize(text: str) -> list[str]:
    """Lower-cased word and number tokens, stop words dropped, '1,509' -> '1509'."""
    out = []
    seen = _SEEN
    for raw in _TOKEN.findall(text.lower()):
        tok = seen.get(raw, _MISS)
        if tok is _MISS:
            if len(seen) >= _SEEN_MAX:
                seen.clear()
            tok = seen[raw] = _normalise(raw)
        if tok is not None:
            out.append(tok)
    return out


def word_pairs(tokens: Sequence[str]) -> list[str]:
    """Adjacent word tokens joined by '_' (numbers take no part: a figure is matched alone)."""
    return [f"{a}_{b}" for a, b in zip(tokens, tokens[1:]) if a.isalpha() and b.isalpha()]


def keyword_text(text: str, section: str | None) -> str:
    """What keyword search reads of a chunk: its text, after its section heading when the text lacks it
    (a section's later chunks are about the heading too)."""
    return text if not section or section in text else f"{section}\n{text}"


class StaleKeywordIndex(ValueError):
    """A saved index built by another tokenizer: rebuild it from the chunk texts."""


class KeywordIndex:
    """BM25 over chunk texts, positions aligned with the caller's chunk list; immutable.

    `postings` are sorted by term id, then chunk position: `docs[indptr[t]:indptr[t + 1]]` are the
    chunks holding term `t`, `tfs` the counts. `replace()` returns a new index with some chunks
    dropped and new ones appended, in time proportional to the postings, without re-tokenizing.
    """

    def __init__(self, terms: list[str] | None = None, indptr: np.ndarray | None = None,
                 docs: np.ndarray | None = None, tfs: np.ndarray | None = None,
                 doc_len: np.ndarray | None = None, vocab: dict[str, int] | None = None) -> None:
        self.terms = terms or []
        self.vocab = vocab if vocab is not None else {t: i for i, t in enumerate(self.terms)}
        self.indptr = indptr if indptr is not None else np.zeros(len(self.terms) + 1, dtype=np.int64)
        self.docs = docs if docs is not None else np.zeros(0, dtype=np.int32)
        self.tfs = tfs if tfs is not None else np.zeros(0, dtype=np.float32)
        self.doc_len = doc_len if doc_len is not None else np.zeros(0, dtype=np.int64)
        self.size = int(len(self.doc_len))
        self._avgdl = self.doc_len.mean() if self.size else np.float64(1.0)
        self._added: dict[int, np.ndarray] = {}  # a term's BM25 share per chunk holding it, made on first query

    # -- building ------------------------------------------------------------------------------
    @classmethod
    def build(cls, texts: Sequence[str]) -> "KeywordIndex":
        if not texts:
            return cls()
        return cls().replace(None, texts)

    def replace(self, keep: np.ndarray | None, texts: Sequence[str]) -> "KeywordIndex":
        """A new index over the chunks where `keep` is True (in order), then `texts` appended."""
        if keep is not None and len(keep) != self.size:
            raise ValueError(f"keep mask has {len(keep)} entries for {self.size} chunks")
        if (keep is None or bool(np.all(keep))) and not texts:
            return self
        # 1. the kept postings, renumbered (order within each term is unchanged)
        if keep is None or bool(np.all(keep)):
            docs, tfs, kept_ptr, doc_len = self.docs, self.tfs, self.indptr, self.doc_len
        else:
            keep = np.asarray(keep, dtype=bool)
            renumber = (np.cumsum(keep, dtype=np.int64) - 1).astype(np.int32)
            mask = keep[self.docs]
            docs = renumber[self.docs[mask]]
            tfs = self.tfs[mask]
            gone = np.flatnonzero(~mask)  # few: the dropped reports' postings
            gone_per_term = np.bincount(np.searchsorted(self.indptr, gone, side="right") - 1,
                                        minlength=len(self.indptr) - 1)
            kept_ptr = self.indptr - np.concatenate(([0], np.cumsum(gone_per_term)))
            doc_len = self.doc_len[keep]
        base = len(doc_len)
        # 2. postings of the new texts (the vocabulary is copied: the old index stays valid)
        terms, vocab = self.terms, self.vocab
        if texts:
            terms, vocab = list(terms), dict(vocab)
        token_lists = [tokenize(t) or [EMPTY] for t in texts]
        new_ptr, new_docs, new_tfs, new_len = _postings([toks + word_pairs(toks) for toks in token_lists],
                                                        [len(toks) for toks in token_lists], terms, vocab, base)
        # 3. merge: each new posting goes at the end of its term's block (higher chunk positions)
        n_terms = len(terms)
        old_ptr = np.concatenate((kept_ptr, np.full(n_terms + 1 - len(kept_ptr), kept_ptr[-1], dtype=np.int64)))
        new_counts = np.diff(new_ptr)
        indptr = old_ptr + new_ptr
        if len(new_docs):
            at = np.repeat(old_ptr[1:], new_counts)
            out_docs = np.insert(docs, at, new_docs)
            out_tfs = np.insert(tfs, at, new_tfs)
        else:
            out_docs, out_tfs = docs, tfs
        out = KeywordIndex(terms, indptr, out_docs, out_tfs, np.concatenate((doc_len, new_len)), vocab)
        return out._compacted() if keep is not None else out

    def _compacted(self) -> "KeywordIndex":
        """Drop terms no chunk holds any more, once they are the majority of the vocabulary."""
        counts = np.diff(self.indptr)
        dead = int(np.count_nonzero(counts == 0))
        if dead < max(1000, len(self.terms) // 2):
            return self
        alive = counts > 0
        terms = [t for t, a in zip(self.terms, alive.tolist()) if a]
        indptr = np.concatenate(([0], np.cumsum(counts[alive])))
        return KeywordIndex(terms, indptr, self.docs, self.tfs, self.doc_len)

    # -- querying ------------------------------------------------------------------------------
    def idf(self, token: str) -> float | None:
        """BM25 inverse document frequency of a (tokenized) term; None when no chunk has it."""
        t = self.vocab.get(token)
        if t is None:
            return None
        df = int(self.indptr[t + 1] - self.indptr[t])
        if df == 0:
            return None
        return math.log(1 + (self.size - df + 0.5) / (df + 0.5))

    def chunks_with(self, token: str) -> np.ndarray:
        """Positions of the chunks that hold a (tokenized) term."""
        t = self.vocab.get(token)
        if t is None:
            return np.zeros(0, dtype=np.int32)
        return self.docs[self.indptr[t]:self.indptr[t + 1]]

    def scores(self, query: str, pairs: bool = True) -> np.ndarray:
        """BM25 score of every chunk for `query` (zeros when no term matches), with its word pairs'
        at `PAIR_WEIGHT` unless `pairs` is False (then exactly bm25s's score of the words)."""
        if self.size == 0:
            return np.zeros(0, dtype=np.float32)
        scores = np.zeros(self.size, dtype=np.float32)
        toks = tokenize(query)
        for tok in toks + word_pairs(toks) if pairs else toks:
            t = self.vocab.get(tok)
            if t is None:
                continue
            start, end = int(self.indptr[t]), int(self.indptr[t + 1])
            if start == end:
                continue
            added = self._added.get(t)
            if added is None:  # a term's share depends on the index only: made once, not per question
                added = self._added[t] = self._term_scores(start, end)
            scores[self.docs[start:end]] += added * np.float32(PAIR_WEIGHT) if "_" in tok else added
        return scores

    def _term_scores(self, start: int, end: int) -> np.ndarray:
        """What the term whose postings are [start, end) adds to each chunk holding it."""
        docs, tf, df = self.docs[start:end], self.tfs[start:end], end - start
        idf = np.float32(math.log(1 + (self.size - df + 0.5) / (df + 0.5)))
        # the same operations, in the same order and precision, as bm25s's lucene scorer
        tfc = tf / (K1 * ((1 - B) + B * self.doc_len[docs] / self._avgdl) + tf)
        return (idf * tfc).astype(np.float32)

    # -- files ---------------------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "terms.json").write_text(json.dumps(self.terms, ensure_ascii=False))
        np.savez(folder / "postings.npz", indptr=self.indptr, docs=self.docs, tfs=self.tfs, doc_len=self.doc_len)
        (folder / "tokenizer.txt").write_text(TOKENIZER)

    @classmethod
    def load(cls, folder: Path, size: int) -> "KeywordIndex":
        """The index saved in `folder`; ValueError when it is missing or not for `size` chunks,
        StaleKeywordIndex when another tokenizer (or one before tokenizers were named) built it."""
        if size == 0:
            return cls()
        if not (folder / "postings.npz").exists():
            raise ValueError(f"{folder}: no keyword index")
        made_by = (folder / "tokenizer.txt").read_text().strip() if (folder / "tokenizer.txt").exists() else "unnamed"
        if made_by != TOKENIZER:
            raise StaleKeywordIndex(f"{folder}: keyword index made by tokenizer {made_by}, this one is {TOKENIZER}")
        terms = json.loads((folder / "terms.json").read_text())
        with np.load(folder / "postings.npz") as z:
            index = cls(terms, z["indptr"], z["docs"], z["tfs"], z["doc_len"])
        if index.size != size or len(index.indptr) != len(terms) + 1:
            raise ValueError(f"{folder}: keyword index holds {index.size} chunks, expected {size}")
        return index


def _postings(token_lists: list[list[str]], sizes: list[int], terms: list[str], vocab: dict[str, int], base: int):
    """(indptr over all terms, chunk positions from `base`, counts, lengths) of tokenized chunks;
    a chunk's length is its word count `sizes` (its pairs are not words); new terms are added to `terms`/`vocab`."""
    n = len(token_lists)
    lengths = np.fromiter(sizes, dtype=np.int64, count=n)
    ids: list[int] = []
    for toks in token_lists:
        for tok in toks:
            i = vocab.get(tok)
            if i is None:
                i = vocab[tok] = len(terms)
                terms.append(tok)
            ids.append(i)
    n_terms = len(terms)
    if not ids:
        return np.zeros(n_terms + 1, dtype=np.int64), np.zeros(0, np.int32), np.zeros(0, np.float32), lengths
    term_of = np.asarray(ids, dtype=np.int64)
    doc_of = np.repeat(np.arange(n, dtype=np.int64), [len(t) for t in token_lists])
    keys, counts = np.unique(term_of * n + doc_of, return_counts=True)  # sorted by term, then chunk
    term = keys // n
    indptr = np.zeros(n_terms + 1, dtype=np.int64)
    np.cumsum(np.bincount(term, minlength=n_terms), out=indptr[1:])
    return indptr, (keys % n + base).astype(np.int32), counts.astype(np.float32), lengths
