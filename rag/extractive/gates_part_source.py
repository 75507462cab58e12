"""The part of a whole asked: 'what fraction of the 451 services came from state-owned enterprises', 'what share
of AIGC financing went to video generation', 'how many of the incidents involved data privacy', 'audio models made
up what share of the models filed'. A lead sentence that names none of the part's own words (those the whole's
phrase does not share) gives the whole or some other part, not the one asked. gates.py lists the gate with the others."""

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
_PART_WORD = r"\b(?:share|fraction|percent(?:age)?|proportion|portion|how\s+many|how\s+much)\s+of\s+"
_NEGATED = re.compile(r"\b(?:not|n't|never|other\s+than|outside|except|excluding)\b", re.I)
_POSITION = re.compile(r"\b(?:\w+est|top|leading|ranked|bottom|first|last|\d+\w*|one|two|three|four|five|six|seven|"
                       r"eight|nine|ten|second|third|fourth|fifth)\b", re.I)
_NAME = re.compile(r"\b[A-Z][\w.&'’-]*")
# where a part phrase ends: the question's end, a comma, or a word of period, source or comparison
_PART_END = r"\s*(?=\?|$|[,;:]|\b(?:in|during|for|as|by|according|per|since|between|from|than|rather|versus|vs|alone|only)\b)"
# 'share of W went to / was allocated to / was spent on / involved P'
_OF_VERB = re.compile(_PART_WORD + r"(?P<whole>[^?]+?)\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?"
                      r"(?:went|go|goes|going|gone|allocated|directed|devoted|spent|invested|channell?ed|"
                      r"involved|involves?|concerned|concerns?|targeted|related|relates?)\s+(?:to|on|into|in)?\s*"
                      r"(?P<part>[^?,;:]+?)" + _PART_END, re.I)
# 'share of W did P account for / make up / represent / take / hold / capture'
_OF_DID = re.compile(_PART_WORD + r"(?P<whole>[^?]+?)\s+(?:did|do|does|will|would)\s+(?P<part>[^?,;:]+?)\s+"
                     r"(?:account\s+for|make\s+up|represent|take\s+up|take|hold|capture|comprise)\b", re.I)
# 'P made up / accounted for / represented what share of W'
_PART_FIRST = re.compile(r"^(?:(?:in|by|as\s+of)\s+[^,]+,\s*)?(?P<part>[^?,;:]+?)\s+(?:made\s+up|make\s+up|makes\s+up|"
                         r"accounted\s+for|accounts?\s+for|represented|represents?|took\s+up|comprised|comprises?)\s+"
                         r"(?:what|which|how\s+(?:much|large|big)(?:\s+a)?)\s+(?:share|fraction|percent(?:age)?|proportion|portion)"
                         r"\s+of\s+(?P<whole>[^?]+)", re.I)


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


def _lower_words(phrase: str) -> list[str]:
    """The phrase's lowercase content words (names, capitalised, are the name gates' slot)."""
    words = [t.group(0) for t in TOKEN.finditer(phrase)]
    if any(w.lower() in _ASKED for w in words):
        return []
    return [w for w in words if w.islower() and w not in _FILLER and not w.isdigit()]


def part_words(question: str) -> list[str]:
    """The part's own words in the general grammar of a part-of-whole question: 'PART-WORD of WHOLE went to /
    was spent on / involved PART', 'PART-WORD of WHOLE did PART account for', 'PART made up what share of WHOLE';
    the whole's words are dropped from the part's ('audio models ... of the models filed' -> ['audio'])."""
    for frame in (_OF_VERB, _OF_DID, _PART_FIRST):
        m = frame.search(question)
        if m is None:
            continue
        if _NEGATED.search(m.group(0)):  # 'what share did not go to X' asks the rest, computed from X's share
            return []
        whole = {stem(w) for w in _lower_words(m.group("whole"))}
        part = m.group("part")
        if m.start("part") == 0 and part[1:] == part[1:].lower():  # 'Audio models made up ...': a capital of the start
            part = part[:1].lower() + part[1:]
        if _NAME.search(part) or _POSITION.search(part):  # 'the AIGC segment', 'the two largest companies': a part
            return []  # named or picked by its place in a ranking is the name and rank readers' slot
        return [w for w in _lower_words(part) if stem(w) not in whole]
    return []


def owner_unnamed(question: str, lead: str) -> str | None:
    """Why `lead` does not give the part `question` asks (from an owner, or by `part_words`): it names none
    of the part's words; else None."""
    words, came = owner_words(question), True
    if not words:
        words, came = part_words(question), False
    if not words:
        return None
    said = {stem(t.group(0)) for t in TOKEN.finditer(lead)}
    if any(stem(w) in said for w in words):
        return None
    if came:
        return f"the evidence does not say what came from {' '.join(words)}"
    return f"the evidence gives no figure for the part asked ({' '.join(words)})"


def part_source(d: Decision) -> str | None:
    """The gate: the lead never names the owner the part is asked from (see `owner_unnamed`)."""
    return owner_unnamed(d.slots.text, d.best.text)
