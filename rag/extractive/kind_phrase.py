"""A question asking which method, approach or basis is used ('What method is used for the notes?') is
answered by the noun phrase the sentence heads with that noun: its modifiers and the noun ('the if-converted
method'), the one whose words after it carry the question's other words when the sentence names several."""

from __future__ import annotations

import re

from .word_stems import TOKEN, stem

# nouns naming a way of doing something; 'model' only when the question asks which one is used or applied
_MANNER = r"methods?|approach(?:es)?|bas[ie]s|techniques?|conventions?|formulae?|formulas|methodolog(?:y|ies)"
_ASKED = re.compile(rf"^\s*(?:in\s+)?(?:what|which)\s+({_MANNER}|models?)\s+(?:is|are|was|were|does|did|do|has|have|had)\b",
                    re.I)
_USED = re.compile(r"\b(?:us(?:e|ed|es|ing)|appl(?:y|ied|ies)|adopt(?:ed|s)?)\b", re.I)
# words that end a noun phrase going back from its head
_STOP = frozenset("the a an our its their his her this that these those using use used under of for and or by with on "
                  "in to at as is are was were be been from per which who whose than".split())


def _modifiers(sentence: str, start: int) -> str:
    """The words right before `start` that modify the noun there, back to a stop word or a mark (four at most)."""
    before, kept = sentence[:start], []
    while len(kept) < 4:
        m = re.search(r"([\w’'-]+)\s+$", before)
        if m is None or m.group(1).lower() in _STOP or not re.search(r"[A-Za-z]", m.group(1)):
            break
        kept.append(m.group(1))
        before = before[:m.start()]
    return " ".join(reversed(kept))


def kind_phrase(question: str, sentence: str) -> str | None:
    """The sentence's '<modifiers> <noun>' for the manner noun the question asks which of ('the
    modified retrospective approach'); None when not asked, not said with a modifier, or no one phrase fits."""
    m = _ASKED.match(question)
    if m is None or (m.group(1).lower().startswith("model") and not _USED.search(question)):
        return None
    noun = stem(m.group(1))
    asked = {stem(t.group(0)) for t in TOKEN.finditer(question[m.end():])} - {noun}
    found = [h for h in TOKEN.finditer(sentence) if stem(h.group(0)) == noun]
    options = []
    for i, h in enumerate(found):
        mods = _modifiers(sentence, h.start())
        if not mods:
            continue
        stop = found[i + 1].start() if i + 1 < len(found) else len(sentence)
        said = {stem(t.group(0)) for t in TOKEN.finditer(sentence[h.end():stop])} & asked
        options.append((len(said), f"{mods} {h.group(0)}"))
    if not options:
        return None
    options.sort(key=lambda o: -o[0])
    if len(options) > 1 and options[0][0] == options[1][0]:
        return None  # two phrases fit alike: which one is asked is not told
    return options[0][1]
