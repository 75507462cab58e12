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
from functools import lru_cache

import numpy as np

from ingest.keyword import STOPWORDS, KeywordIndex, tokenize

from .snapshot_memo import kept

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
    "app": ("application",),
    "apps": ("applications",),
    # measures reports head their columns with by abbreviation (asked in words, or the other way round)
    "asp": ("average selling price", "average sales price"),
    "adr": ("average daily rate", "average daily room rate"),
    "revpar": ("revenue per available room",),
    "arpu": ("average revenue per user",),
    "gmv": ("gross merchandise value", "gross merchandise volume"),
    "aum": ("assets under management",),
    "fcf": ("free cash flow",),
    "arr": ("annual recurring revenue", "annualized recurring revenue"),
    "aov": ("average order value",),
    "cpm": ("cost per thousand impressions", "cost per mille"),
    "teu": ("twenty foot equivalent unit", "twenty-foot equivalent unit"),
}

# words reports use for the same thing: a question's word also finds a passage using another
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("world", "global", "worldwide", "globally"),
    ("biggest", "largest"),
    ("smallest", "lowest"),
    ("company", "enterprise", "firm"),
    ("country", "nation"),
    ("consumer", "toc"),
    ("main", "primary", "principal"),
    ("later", "subsequent", "subsequently"),
    # what a thing depends on: 'what does X hinge on' finds 'the value of X lies in ...'
    ("hinge", "hinges", "hinged", "lies", "depend", "depends", "depended"),
    ("confirm", "confirmed", "confirms", "validate", "validated", "validates", "verify", "verified", "verifies"),
)

# derivational endings: 'monetize', 'monetization' and 'monetized' are one word for retrieval
_DERIVED = ("izations", "isations", "ization", "isation", "izing", "ising", "ized", "ised", "izes", "ises", "ize",
            "ise", "ations", "ation", "ities", "ity", "ments", "ment", "ness")
_ROOT_MIN = 4


def _root(term: str) -> str | None:
    """The term without a derivational ending, or None when it has none (or too little is left)."""
    for end in _DERIVED:
        if term.endswith(end) and len(term) - len(end) >= _ROOT_MIN:
            return term[:-len(end)]
    return None


def word_forms(terms: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each indexed term -> the other indexed terms that are the same word glued to a number ('cagr' ->
    'cagr44.9', see `glued_terms`); '@root' -> the indexed terms derived from that root, for an asked
    form no report uses ('monetize' finds 'monetization': a form the index has is matched as is)."""
    terms = list(terms)
    out: dict[str, list[str]] = {k: list(v) for k, v in glued_terms(terms).items()}
    family: dict[str, list[str]] = {}
    for term in terms:
        if term.isalpha():
            family.setdefault(_root(term) or term, []).append(term)
    for root, members in family.items():
        out.setdefault(f"@{root}", []).extend(members)  # looked up only for an asked form no report uses
    return {k: tuple(sorted(set(v))) for k, v in out.items()}


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


SPLIT_MIN = 3  # each half of a joined word split in two is at least this long


def split_pair(term: str, vocab: Mapping[str, int]) -> str | None:
    """The indexed word pair a joined word is written as ('toolchain' -> 'tool_chain'), or None."""
    return next((pair for a, b in _halves(term).items() if (pair := f"{a}_{b}") in vocab), None)


def _contains(tokens: list[str], phrase: list[str]) -> bool:
    n = len(phrase)
    return n > 0 and any(tokens[i:i + n] == phrase for i in range(len(tokens) - n + 1))


_SYNONYM_OF: dict[str, tuple[str, ...]] = {}
for _group in SYNONYMS:
    _stems = [t for w in _group for t in tokenize(w)]
    for _t in _stems:
        _SYNONYM_OF[_t] = tuple(x for x in _stems if x != _t)


# each abbreviation with its spelled-out forms' tokens, its own whole-word pattern and both sides' tokens,
# made once (they do not depend on the question)
_ABBREVIATION_FORMS = tuple(
    (tuple(tokenize(s) for s in spelled), re.compile(rf"(?<![a-z0-9]){re.escape(abbr)}(?![a-z0-9])"),
     tokenize(abbr), tokenize(spelled[0]))
    for abbr, spelled in ABBREVIATIONS.items())


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
    for tok in tokens:  # 'toolchain' -> 'tool chain' (the indexed pair 'tool_chain')
        if (pair := split_pair(tok, vocab)) is not None:
            add(pair, None)
    lowered = query.lower()
    for spelled, written, abbr_tokens, spelled_tokens in _ABBREVIATION_FORMS:
        if any(_contains(tokens, s) for s in spelled):
            for tok in abbr_tokens:
                add(tok, None)
        elif written.search(lowered):
            for tok in spelled_tokens:
                add(tok, None)
    for tok in tokens:  # 'world' -> 'global': standing for the word asked
        for other in _SYNONYM_OF.get(tok, ()):
            add(other, tok)
    if glued:
        for tok in list(dict.fromkeys(asked)):
            found = glued.get(tok, ()) if tok in vocab else glued.get(f"@{_root(tok) or tok}", ())
            for term in found[:GLUED_PER_TERM]:
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


def other_forms(term: str, forms: Mapping[str, tuple[str, ...]] | None) -> tuple[str, ...]:
    """The other spellings of an asked term: its synonyms and the indexed forms of the same word."""
    found = (forms or {}).get(term, ())
    return _SYNONYM_OF.get(term, ()) + found


def inflected(term: str) -> tuple[str, ...]:
    """The other index form of the same verb: the keyword stemmer strips '-ed' and '-ing' but keeps a
    base form's final 'e', so 'increase' is indexed as 'increase' and 'increased' as 'increas'."""
    if not term.isalpha() or len(term) < 4:
        return ()
    return (term[:-1],) if term.endswith("e") else (term + "e",)


def found_as_asked(asked: Iterable[str], present: set[str], forms: Mapping[str, tuple[str, ...]] | None) -> set[str]:
    """The asked terms `present` holds in any of their forms ('world' found as 'global', 'increase' as
    'increased')."""
    forms = forms or {}  # `other_forms` read in place, tested in C: no tuple joined per term and call (hot in features.build)
    asked = tuple(asked)
    closed = _closed(asked)
    return {t for t in asked if t in present or not present.isdisjoint(_SYNONYM_OF.get(t, ()))
            or not present.isdisjoint(forms.get(t, ())) or not present.isdisjoint(inflected(t)) or written_open(t, present)
            or not present.isdisjoint(closed.get(t, ()))}


@lru_cache(maxsize=1 << 10)
def _closed(asked: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    return written_closed(asked)  # the same question's terms are looked up for every passage: read, never changed


def written_closed(asked: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each asked word -> the closed compounds it makes with another asked word ('multi-modal' asked is
    'multimodal' written, 'end-cloud' 'endcloud'): `written_open` the other way round."""
    words = [t for t in dict.fromkeys(asked) if t.isalpha() and len(t) >= SPLIT_MIN]
    out: dict[str, list[str]] = {}
    for a in words:
        for b in words:
            if a != b:
                out.setdefault(a, []).append(a + b)
                out.setdefault(b, []).append(a + b)
    return {t: tuple(v) for t, v in out.items()}


def written_open(term: str, present: set[str]) -> bool:
    """Whether a closed compound is in `present` as its two words ('toolchain' as 'tool chain' or
    'tool-chain', which tokenize to 'tool' and 'chain'): one word in another form, each half a word."""
    halves = _halves(term)
    return bool(halves) and any(halves[a] in present for a in present.intersection(halves))


class Spellings(tuple):
    """`asked_forms`: (term, its spellings) pairs, and each first half an asked word may be written open
    with -> (that word, its second half), so a sentence holding no first half is passed over with one set test."""
    heads: dict[str, tuple[tuple[str, str], ...]]


def asked_forms(asked: Iterable[str], forms: Mapping[str, tuple[str, ...]] | None) -> Spellings:
    """Each asked term with every spelling that counts as it (itself, its synonyms, its indexed forms, the
    closed compound it makes with another asked word), in `asked`'s order, and the halves it may be written
    open as ('toolchain': 'tool', 'chain'): built once a question, so `found_among` tests each sentence with
    one set test a term."""
    forms = forms or {}
    asked = list(asked)
    closed = written_closed(asked)
    out = Spellings((t, frozenset((t,) + _SYNONYM_OF.get(t, ()) + forms.get(t, ()) + inflected(t) + closed.get(t, ())))
                    for t in asked)
    heads: dict[str, list[tuple[str, str]]] = {}
    for t in dict.fromkeys(asked):
        for a, b in _halves(t).items():
            heads.setdefault(a, []).append((t, b))
    out.heads = {a: tuple(v) for a, v in heads.items()}
    return out


@lru_cache(maxsize=1 << 14)
def _halves(term: str) -> dict[str, str]:
    """A joined word's possible first halves -> the second ('toolchain': 'tool' -> 'chain', ...)."""
    if not term.isalpha() or len(term) < 2 * SPLIT_MIN:
        return {}
    return {term[:i]: term[i:] for i in range(SPLIT_MIN, len(term) - SPLIT_MIN + 1)}  # read, never changed


def found_among(spellings: Spellings, present: set[str]) -> set[str]:
    """`found_as_asked` over `asked_forms`: the asked terms `present` holds in any of their spellings."""
    found = {t for t, said in spellings if not present.isdisjoint(said)}
    for a in present.intersection(spellings.heads):  # most sentences hold no first half of an asked word
        found.update(t for t, b in spellings.heads[a] if b in present)
    return found


def snapshot_forms(snap) -> dict[str, tuple[str, ...]]:
    """`word_forms` of a snapshot's keyword vocabulary, derived once per snapshot."""
    kw = snap.keyword
    return kept(snap, "word_forms", lambda: word_forms(kw.terms))
