"""The owner of a part: 'what fraction of the 451 services came from state-owned enterprises' asks the
part a named owner holds; a lead sentence that never names that owner gives some other part of the
whole ('over 80% were vertical solutions'), not the owner's. gates.py lists the gate with the others."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .word_stems import TOKEN, stem

if TYPE_CHECKING:
    from .gates import Decision

# a part asked by where it came from: 'came from X', 'come from X', 'originated from X' (X up to a period,
# a source, a verb of change — 'X moved from 2022 to 2024' asks how the part moved — or the question's end)
_FROM = re.compile(r"\b(?:came|come|comes|coming|originat\w*|derived|stemm?\w*)\s+from\s+(?:the\s+)?"
                   r"(?P<owner>[^?,;:]+?)\s*(?=\?|$|,|;|\b(?:in|during|for|as|by|according|per|since|between|from|to|than|rather|"
                   r"versus|vs|with|alone|only|chang(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|"
                   r"grow(?:s|n|ing)?|grew|ris(?:e|es|en|ing)|rose|fall(?:s|en|ing)?|fell|increas(?:e|es|ed|ing)|"
                   r"decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|evolv(?:e|es|ed|ing))\b)",
                   re.I)
# a part of a whole asked: its share, its count or its amount
_PART = re.compile(r"\b(?:share|fraction|percent\w*|proportion|portion|how many|how much)\b", re.I)
_FILLER = {"a", "an", "the", "of", "and", "or", "its", "their", "his", "her", "these", "those", "such", "all"}
_ASKED = {"which", "what", "whom", "who", "where", "whose"}  # 'came from which lab' asks the owner itself


def owner_words(question: str) -> list[str]:
    """The lowercase words of the owner a part is asked from ('came from state-owned enterprises' ->
    ['state-owned', 'enterprises']); names (capitalised) are the name gates' slot."""
    m = _FROM.search(question)
    if m is None or not _PART.search(question):
        return []
    words = [t.group(0) for t in TOKEN.finditer(m.group("owner"))]
    if any(w.lower() in _ASKED for w in words):
        return []
    return [w for w in words if w.islower() and w not in _FILLER and not w.isdigit()]


def owner_unnamed(question: str, lead: str) -> str | None:
    """Why `lead` does not give the part `question` asks from an owner: it names none of the owner's
    words; else None."""
    words = owner_words(question)
    if not words:
        return None
    said = {stem(t.group(0)) for t in TOKEN.finditer(lead)}
    if any(stem(w) in said for w in words):
        return None
    return f"the evidence does not say what came from {' '.join(words)}"


def part_source(d: Decision) -> str | None:
    """The gate: the lead never names the owner the part is asked from (see `owner_unnamed`)."""
    return owner_unnamed(d.slots.text, d.best.text)
