"""The keyword query: the question's words plus the spellings the reports use for the same terms.

PDF text often drops a compound's hyphen ('end-cloud' is indexed as 'endcloud'), glues a chart's
number to its label ('CAGR44.9%', '2023-2029E') and writes standard abbreviations ('CAGR', 'YoY')
where a question spells them out, or the reverse. BM25 scores whole tokens, so each of these is a
miss; the keyword query adds the indexed spelling when the index holds it. The answerer still
reads the question as asked: only retrieval sees the added terms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import numpy as np

from ingest.keyword import STOPWORDS, KeywordIndex, tokenize

# a compound written with hyphens or slashes: 'end-cloud', 'e-commerce', 'text-to-image'
_COMPOUND = re.compile(r"\b[A-Za-z]+(?:[-‐‑–/][A-Za-z]+)+\b")
# a glued token: a word then a number ('cagr44.9', 'yoy50.3') or a number then a letter ('2029e')
_WORD_NUMBER = re.compile(r"^([a-z]{2,})([0-9]{2,}(?:\.[0-9]+)?)$")
_NUMBER_WORD = re.compile(r"^([0-9]{2,}(?:\.[0-9]+)?)([a-z]{1,2})$")
GLUED_PER_TERM = 8  # at most this many glued spellings added for one query term

# standard abbreviations of report vocabulary and their spelled-out forms (either may be asked)
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "cagr": ("compound annual growth rate", "compound growth rate", "compound annual growth"),
    "yoy": ("year on year", "year over year"),
    "qoq": ("quarter on quarter", "quarter over quarter"),
    "gdp": ("gross domestic product",),
    "aigc": ("ai generated content", "ai-generated content"),
    "llm": ("large language model",),
    "roi": ("return on investment",),
    "ipo": ("initial public offering",),
    "saas": ("software as a service",),
}


def glued_terms(terms: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each word or number that an indexed token glues to another part -> those tokens:
    'cagr44.9' is found under 'cagr' and '44.9', '2029e' under '2029'."""
    out: dict[str, list[str]] = {}
    for term in terms:
        m = _WORD_NUMBER.match(term) or _NUMBER_WORD.match(term)
        if m is None:
            continue
        for part in m.groups():
            if part.isalpha() and (len(part) < 2 or part in STOPWORDS):
                continue
            out.setdefault(part, []).append(term)
    return {part: tuple(sorted(ts)) for part, ts in out.items()}


def _contains(tokens: list[str], phrase: list[str]) -> bool:
    n = len(phrase)
    return n > 0 and any(tokens[i:i + n] == phrase for i in range(len(tokens) - n + 1))


def aliases(query: str, vocab: Mapping[str, int],
            glued: Mapping[str, tuple[str, ...]] | None = None) -> list[tuple[str, str | None]]:
    """(indexed spelling, the asked term it stands for or None) for `query`'s terms, each spelling once
    and only those the index holds: joined compounds, abbreviations or their spelled-out forms
    (None: a term of its own), glued tokens (standing for the part the question asked)."""
    tokens = tokenize(query)
    have = set(tokens)
    out: list[tuple[str, str | None]] = []
    asked: list[str] = list(tokens)  # the question's terms in any spelling, indexed or not

    def add(tok: str, original: str | None) -> None:
        asked.append(tok)
        if tok not in have and tok in vocab:
            have.add(tok)
            out.append((tok, original))

    for m in _COMPOUND.finditer(query):  # 'end-cloud' -> 'endcloud'
        for tok in tokenize(re.sub(r"[-‐‑–/]", "", m.group())):
            add(tok, None)
    lowered = query.lower()
    for abbr, spelled in ABBREVIATIONS.items():
        if any(_contains(tokens, tokenize(s)) for s in spelled):
            for tok in tokenize(abbr):
                add(tok, None)
        elif re.search(rf"(?<![a-z0-9]){re.escape(abbr)}(?![a-z0-9])", lowered):
            for tok in tokenize(spelled[0]):
                add(tok, None)
    if glued:
        for tok in list(dict.fromkeys(asked)):
            for term in glued.get(tok, ())[:GLUED_PER_TERM]:
                add(term, tok)
    return out


def keyword_scores(index: KeywordIndex, query: str, glued: Mapping[str, tuple[str, ...]] | None = None) -> np.ndarray:
    """BM25 scores of `query` plus its indexed spellings (`aliases`). A glued spelling counts as the
    term it stands for: in chunks without that term, with that term's weight (a rare '2025e' is no
    stronger evidence than '2025')."""
    scores = index.scores(query)
    for alias, original in aliases(query, index.vocab, glued):
        extra = index.scores(alias)
        if original is not None:
            own, theirs = index.idf(original), index.idf(alias)
            if own is not None:
                extra = np.where(_holds(index, original), 0.0, extra * min(1.0, own / (theirs or own)))
        scores = scores + extra.astype(np.float32)
    return scores


def _holds(index: KeywordIndex, token: str) -> np.ndarray:
    mask = np.zeros(index.size, dtype=bool)
    mask[index.chunks_with(token)] = True
    return mask
