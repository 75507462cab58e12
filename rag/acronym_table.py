"""The reports' own acronym table, read from their definitions ('MaaS: Model-as-a-Service', 'large language
models (LLMs)', 'TAM (Total Addressable Market)', a glossary row 'CAGR | compound annual growth rate'), so that
an acronym and its expansion name the same term; an acronym the reports never define stays unexpanded."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .snapshot_memo import kept

# joining words an acronym may leave out ('Reinforcement Learning from Human Feedback': RLHF); capital_initials uses them too
JOINING_WORDS = frozenset({"and", "of", "the", "for", "from", "in", "on", "to", "&"})
# an acronym as reports write it: two capitals or more, lower-case letters allowed inside ('MaaS', 'CoT', 'LLMs')
_ACRONYM = r"[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*"
# a glossary line or table row: the acronym, then its expansion in Latin letters
_GLOSS = re.compile(rf"^\s*(?:[-*•]\s*)?({_ACRONYM})\s*(?::|\||–|—|-\s)\s*([A-Za-z][A-Za-z \-–'/]+)", re.M)
# 'Expansion (ACR)' and 'ACR (Expansion)'
_BEFORE = re.compile(rf"((?:[A-Za-z][\w\-–']*\s+){{0,8}}[A-Za-z][\w\-–']*)\s*[(（]({_ACRONYM})[)）]")
_AFTER = re.compile(rf"\b({_ACRONYM})\s*[(（]([A-Za-z][A-Za-z \-–']+)[)）]")


def _key(acronym: str) -> str:
    """An acronym's key: lower case, a plural 's' after capitals dropped ('LLMs' -> 'llm')."""
    if len(acronym) > 2 and acronym.endswith("s") and acronym[-2].isupper():
        acronym = acronym[:-1]
    return acronym.lower()


def _words(phrase: str) -> list[str]:
    return [w for w in re.split(r"[\s\-–/]+", phrase.lower()) if w]


def spells(acronym: str, phrase: str) -> bool:
    """Whether `phrase` is exactly the acronym's expansion: its words' initials, joining words kept or left out."""
    words, key = _words(phrase), _key(acronym)
    if len(words) < 2 or words[0] in JOINING_WORDS or words[-1] in JOINING_WORDS:
        return False
    return key == "".join(w[0] for w in words) or initials_end(key, words) == len(words) or _clipped(key, words)


def initials_end(key: str, words: Sequence[str], start: int = 0) -> int | None:
    """The index after the run of `words` from `start` whose initials are `key` as cased, joining words between them
    left out (one never starts the run): the matcher of spells and capital_initials.written_out; None if none."""
    if not key or start >= len(words) or words[start].lower() in JOINING_WORDS:
        return None
    got, i = 0, start
    while i < len(words) and got < len(key):
        if got and words[i].lower() in JOINING_WORDS:
            i += 1
            continue
        if words[i][0] != key[got]:
            return None
        got, i = got + 1, i + 1
    return i if got == len(key) else None


def _clipped(key: str, words: list[str]) -> bool:
    """Whether `key` is the words' starts in order, each a letter or more of every word but a joining one
    ('genai': GENerative AI, 'fintech': FINancial TECHnology)."""
    if not words:
        return not key
    w, rest = words[0], words[1:]
    if w in JOINING_WORDS and _clipped(key, rest):
        return True
    return any(key[:i] == w[:i] and _clipped(key[i:], rest) for i in range(1, min(len(w), len(key)) + 1))


def _tail(acronym: str, phrase: str) -> str | None:
    """The shortest run of `phrase`'s last words that spells the acronym ('the large language models' -> ...)."""
    words = phrase.split()
    for k in range(1, len(words) + 1):
        if spells(acronym, " ".join(words[-k:])):
            return " ".join(words[-k:])
    return None


def _head(acronym: str, phrase: str) -> str | None:
    """The shortest run of `phrase`'s first words that spells the acronym."""
    words = phrase.split()
    for k in range(1, len(words) + 1):
        if spells(acronym, " ".join(words[:k])):
            return " ".join(words[:k])
    return None


def definitions(texts: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each defined acronym's key and each expansion (lower case) -> the other forms of the same term."""
    pairs: set[tuple[str, str]] = set()
    for text in texts:
        for m in _GLOSS.finditer(text):
            if (e := _head(m.group(1), m.group(2))) is not None:
                pairs.add((_key(m.group(1)), e.lower()))
        for m in _BEFORE.finditer(text):
            if (e := _tail(m.group(2), m.group(1))) is not None:
                pairs.add((_key(m.group(2)), e.lower()))
        for m in _AFTER.finditer(text):
            if (e := _head(m.group(1), m.group(2))) is not None:
                pairs.add((_key(m.group(1)), e.lower()))
    table: dict[str, set[str]] = {}
    for a, e in pairs:
        table.setdefault(a, set()).add(e)
        table.setdefault(e, set()).add(a)
    return {k: frozenset(v) for k, v in table.items()}


def defined_forms(table: dict[str, frozenset[str]], name: str) -> frozenset[str]:
    """The other forms the reports define for `name` (an acronym in any case or plural, or an expansion)."""
    low = name.lower().strip()
    got = table.get(low) or table.get(_key(name))
    if not got and low.endswith("s"):
        got = table.get(low[:-1])  # 'large language models' for 'large language model'
    return got or frozenset()


def snapshot_table(snap) -> dict[str, frozenset[str]]:
    """`definitions` over a snapshot's passages, made once per snapshot ({} without one)."""
    if snap is None or not hasattr(snap, "chunks"):
        return {}
    return kept(snap, "acronym_table", lambda: definitions(f"{c.section or ''}\n{c.text}" for c in snap.chunks))


def form_written(forms: Iterable[str], text: str) -> bool:
    """Whether lower-case `text` writes one of `forms` as whole words (an acronym also in its plural)."""
    return any(re.search(rf"(?<![\w-]){re.escape(f)}s?(?![\w-])", text) for f in forms)
