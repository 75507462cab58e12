"""The words of a phrase and their comparable stems, one definition for the modules that match a
question's words in a sentence (phrase.py, stranded.py, neither_side.py, two_measures.py, lead_alone.py, lead_claim.py)."""

from __future__ import annotations

import re

from ingest.keyword import tokenize

# a word: letters and digits, with inner apostrophes, dots and hyphens ('Inc.', 'AI-driven', "company's")
TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.-]*[A-Za-z0-9]|[A-Za-z0-9]")


def plural_dropped(word: str) -> str:
    """A word without its plural 's' ('stores' -> 'store'; 'loss', 'gas' and short words kept): how a label's
    word and a question's are compared when one is plural (the one plural-stripper; `cells.words` applies it)."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def stem(word: str) -> str:
    """A word's comparable form: lower case, no possessive, first five letters ('operates' ~ 'operate')."""
    w = re.sub(r"['’]s?$", "", word.lower())
    return w[:5] if len(w) > 5 else w.rstrip("s") if len(w) > 3 else w


def said_through(sentence: str, stems: set[str] | frozenset[str], enough: int | None = None) -> tuple[int | None, int]:
    """(the end of the word at which `sentence` has said the most of `stems`, how many it said), stopping
    once it has said `enough`; (None, 0) when it says none."""
    seen: set[str] = set()
    end = None
    for t in TOKEN.finditer(sentence):
        s = stem(t.group(0))
        if s in stems and s not in seen:
            seen.add(s)
            end = t.end()
            if len(seen) == enough:
                break
    return end, len(seen)


def term_stems(text: str) -> set[str]:
    """The first five letters of each non-numeric keyword term of `text`: what tells two compared things apart."""
    return {t[:5] for t in tokenize(text) if not t.isdigit()}


_NAME_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def said_stems(text: str) -> list[str]:
    """The stems of a text's words, as `header_said` compares them."""
    return [stem(w) for w in _NAME_WORD.findall(text)]


def header_said(header: str, said: list[str]) -> bool:
    """Whether every word of a column header meets a word the question says (`said_stems`), stems meeting in five
    letters ('where ... headquartered' says 'Headquarters'): a text cell is addressed by its column header."""
    own = said_stems(header)
    return bool(own) and all(any(stems_meet(o, s, 5) for s in said) for o in own)


def stems_meet(a: str, b: str, least: int = 4) -> bool:
    """Two stemmed terms are one word: equal, or one a prefix of the other when both have `least` letters or more."""
    return a == b or (min(len(a), len(b)) >= least and (a.startswith(b) or b.startswith(a)))
