"""The run of items a sentence enumerates ('concentrated in A, B, C and D, which ...', 'named A, B and C as their
main motivations'), read by the grammar of English series, not by the words introducing it.

General properties of a series:
- it is three or more items joined by commas, the last after 'and' / 'or' ('A, B and C', 'A, B, or C');
- the middle items are whole noun phrases; the first starts after the word that governs the series (a verb, a
  preposition, a colon, 'include', 'such as'), and holds a preposition of its own only when the other items do
  ('a mud-rush at a mine, water restrictions in Chile and a strike in Peru');
- the last ends where the sentence goes on: a comma, a bracket, a relative or adverbial clause ('which', 'as', 'to'
  before a verb), a finite verb ('outstrip', 'are making'), or the words the question itself repeats;
- the items answer the question when none of them is a figure, none is cut from a bracket, and the question's own
  words frame the series rather than fill it (an item the question names itself is no answer: a title's series)."""

from __future__ import annotations

import re

from .word_stems import stem

_COMMA = re.compile(r",(?!\d{3})\s*")
_CONJ = re.compile(r"^(?:(?P<pre>.*?)\s+)?(?:and|or)\s+(?P<last>.+)$", re.I | re.S)
# words that govern a series: its first item starts after the last of them in the first comma part; the strong ones
# (no plain preposition) also mark a comma part as a clause rather than an item
_GOVERNORS = (r"where|which|while|when|but|whereas|spanning|featuring|involving|encompassing|mentioning|citing|naming|"
              r"listing|highlighting|include[sd]?|including|such\s+as|namely|comprises?|comprising|cover(?:s|ed|ing)?|"
              r"are|were|is|was|named|cited|listed|by")
_GOVERN = re.compile(rf"\b(?:{_GOVERNORS}|in|for|from|of|on|to|at|into|across|between|among|"
                     r"with|as|than|over|under|via|through|behind)\s+|:\s+", re.I)
_STRONG = re.compile(rf"\b(?:{_GOVERNORS}|as)\s+|:\s+", re.I)
_PREPOSITION = re.compile(r"\b(?:in|for|from|of|on|to|at|into|across|between|among|with|over|under|via|through)\s", re.I)
# where the last item ends: a clause or an aside after it
_END = re.compile(r"\s*[(;:]|\s+(?:which|that|who|whose|where|while|whereas|because|since|although|as|so|but|"
                  r"together|each|all|both|accounted|account|are|were|is|was|will|would|can|could|have|has|had|"
                  r"remain|remains|make|makes|made|outstrip|outstrips|drove|drive|drives|led|lead|leads)\b"
                  # a phrase dating or measuring the series ('between September and November 2024') is no item
                  r"|\s+(?:in|between|from|since|during|by|at|over|until|through)\s+[^,]*\d", re.I)
MAX_WORDS = 12  # words: an item is a noun phrase, not a clause
MIDDLE_WORDS = 7  # words: a middle item, written between two commas
_CLAUSE_ITEM = re.compile(r"\b[a-z]+ly\s+[a-z]+ing\b|^\s*(?:in|for|from|of|on|to|at|with|by|as)\s", re.I)
_FIGURE = re.compile(r"(?<![A-Za-z\d])\d")
_ASIDE = re.compile(r"\s*\([^()]*\d[^()]*\)")  # a figure put on an item in brackets: no part of it


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text)


def _first_item(part: str, others_hold_preposition: bool) -> str:
    """The first item: the end of the first comma part, after the word governing the series (a preposition
    inside it is kept when the other items hold one too)."""
    governs, skipped = list(_GOVERN.finditer(part)), False
    while governs:
        m = governs.pop()
        item = part[m.end():]
        inner = _PREPOSITION.match(m.group(0) + " ") and others_hold_preposition and not skipped
        if inner and governs and len(_words(part[governs[-1].end():])) <= MAX_WORDS:
            skipped = True  # 'a mud-rush at a mine', 'the Kingdom of Saudi Arabia': one preposition inside the item
            continue  # when the other items are phrases like it
        return item.strip()
    return part.strip()


def _echo_cut(last: str, question: str) -> str:
    """The last item up to where two words in a row repeat the question's (its frame, not an item)."""
    asked = {stem(w.lower()) for w in _words(question) if len(w) > 2}
    words = list(re.finditer(r"[\w'’-]+", last))
    for k in range(1, len(words) - 1):
        if stem(words[k].group(0).lower()) in asked and stem(words[k + 1].group(0).lower()) in asked:
            return last[:words[k].start()].strip()
    return last


def _named(item: str, asked: set[str]) -> bool:
    """Every content word of the item is one the question says."""
    said = {stem(w.lower()) for w in _words(item) if len(w) > 3}
    return bool(said) and said <= asked


def series(sentence: str, question: str = "") -> list[str] | None:
    """The items of the first series of three or more in `sentence`, each as written, or None."""
    clause = re.split(r";\s+|\.\s+(?=[A-Z])", sentence)
    for text in clause:
        text = _ASIDE.sub("", text)
        parts = _COMMA.split(text.strip().rstrip("."))
        for k in range(1, len(parts)):
            m = _CONJ.match(parts[k])
            if m is None:
                continue
            start = next((i for i in range(k - 1, -1, -1) if i == 0 or len(_words(parts[i])) > MAX_WORDS
                          or _STRONG.search(parts[i])), 0)
            middle = parts[start + 1:k] + ([m.group("pre")] if m.group("pre") else [])
            if not middle or any(len(_words(p)) > MIDDLE_WORDS or not p.strip() or _STRONG.search(p)
                                 or _CLAUSE_ITEM.search(p) for p in middle):
                continue  # a middle part that is a clause ('greatly reducing costs', 'with B driving C'): no series
            if len(middle) + 2 < 3:
                continue
            last = m.group("last")
            end = _END.search(last)
            last = last[:end.start()] if end is not None and end.start() > 0 else last
            last = _echo_cut(last, question).strip(" ,.")
            after = parts[k + 1] if k + 1 < len(parts) else ""
            inner = list(_PREPOSITION.finditer(last + " "))
            if after and len(_words(after)) <= MAX_WORDS // 2 and inner and not _STRONG.search(after):
                last = last[:inner[-1].start()].strip()  # 'awards to employees, directors, ...': another series begins
            holding = any(_PREPOSITION.search(p + " ") for p in middle + [last])
            first = _first_item(parts[start], holding)
            if start == 0 and parts[0].strip().startswith(first) is False and \
                    len(_words(parts[0])) - len(_words(first)) <= 1 and _GOVERN.match(parts[0].strip()):
                return None  # 'In contrast, ...', 'At different times, ...': an opener, no first item
            if re.fullmatch(r"[a-z]+(?:ed|en)", first):
                return None  # 'is provided, mentioning A, B and C': a participle, no item
            serial = bool(re.match(r"\s*(?:and|or)\s", parts[k]))
            if re.search(r"\s(?:and|or)\s", first) and not serial:
                return None  # 'A and B, with C and D': no series unless a serial comma sets its items apart
            items = [first] + [p.strip() for p in middle] + [last]
            asked = {stem(w.lower()) for w in _words(question)}
            if any(not i or len(_words(i)) > MAX_WORDS or _FIGURE.search(i) or i.count("(") != i.count(")")
                   or _named(i, asked) for i in items):
                return None  # a figure, a bracket split by the commas, or an item the question names itself
            return items
    return None


def series_lead(sentence: str, question: str) -> str | None:
    """The series as the sentence writes it, from its first item to its last ('A, B and C'), or None."""
    items = series(sentence, question)
    if items is None:
        return None
    text = _ASIDE.sub("", sentence)
    at, end = text.find(items[0]), text.rfind(items[-1])
    if at < 0 or end < at:
        return None
    return text[at:end + len(items[-1])]
