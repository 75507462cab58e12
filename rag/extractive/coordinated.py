"""A list asked of prose is the coordinated phrase ('A, B and C', 'A and B', 'from A to B') the sentence attaches
to the question's own words, cut where the coordination ends; 'which/where/who' asks names there, not figures.

General properties, of questions and sentences:
- a question asks several names when its wh-word is 'where', or 'which'/'who' asks a plural ('at which sites',
  'which markets', 'which are the two largest contracts'); it asks two ends when it says 'before and after';
- a coordination of names is names joined by commas and a last 'and'/'or' ('Spain, Germany and several US
  states'): it ends at the last name, so a clause going on after it (', and by demand for ...') is no item;
- the coordination answering is the one whose own words, just before it (back to the clause's start) or the
  noun right after it ('at the Tacoma and Spokane facilities'), say most of the question's words;
- two ends are the figures of 'from A to B' or 'between A and B' attached that way, read in that order ('to B
  from A' read back)."""

from __future__ import annotations

import re

from .word_stems import stem

# 'where', or 'which/who' asking a plural: the wh-word, an optional preposition before it
_WHERE = re.compile(r"^\s*(?:(?:in|at|to|from)\s+)?where\b", re.I)
_WHICH_PLURAL = re.compile(r"(?:^\s*|\b(?:at|in|on|from|to|for|by|with|of|among|under|across)\s+)(?:which|who)\s+"
                           r"(?:(?:are|were)\b|(?:[\w-]+\s+){0,2}?[a-z]{3,}(?<![sui])s\b)", re.I)
# plurals of an amount or a time: a figure answers them, not names
_AMOUNTS = re.compile(r"\b(?:which|who)\s+(?:[\w-]+\s+){0,2}?(?:years|months|quarters|days|periods|dates|rates|"
                      r"amounts|values|figures|prices|levels|percentages|ratios|ages|times)\b", re.I)
_ENDS = re.compile(r"\bbefore\s+and\s+after\b", re.I)
# a name: capitalised words (or a code such as 'A320neo', '737 MAX'), 'of (the)' allowed inside ('the State of Oregon')
_WORD = r"(?:[A-Z](?:[\w'’&/-]|\.(?=\w))*|\d[\w-]*[A-Za-z][\w-]*|\d+(?=\s+[A-Z]{2,}))"
_NAME = rf"(?:the\s+)?{_WORD}(?:\s+(?:of\s+(?:the\s+)?)?{_WORD}){{0,3}}"
# the last item may be a short phrase around a name ('several US states')
_LAST = rf"(?:{_NAME}|(?:several|other|some|various|certain|many|most)\s+(?:{_WORD}\s+)?[a-z]+)"
_RUN = re.compile(rf"(?<![\w'’-])({_NAME})((?:,\s+{_NAME})*),?\s+(and|or)\s+({_LAST})(?![\w'’-])")
_FIGURE = r"(?:[A-Z]{3}\s+|[$€£¥])?\(?-?\d[\d,.]*\)?(?:\s*(?:%|per\s*cent|percent|bp|pp|x))?(?:\s+(?:million|billion|bn|m|days|weeks|months|years|hours|tonnes|tons|units|points|basis\s+points))?"
_ENDS_RUN = re.compile(rf"\b(from|between|to)\s+({_FIGURE})\s+(to|and|from)\s+({_FIGURE})(?![\w.,]\d)", re.I)
# where the words before a coordination stop being its clause
_CLAUSE = re.compile(r"[;:.](?:\s|$)|\b(?:while|whereas|but|although)\b|\s[-–—]\s", re.I)
_QUESTION_STOP = frozenset("which where who what were was are is the and for from with that this their its of in at "
                           "on to by did does do have has had".split())
WINDOW = 8  # words before a coordination read as its attachment
NEAR = 3  # of them, the words that govern it ('partly offset by', 'largest increases at')
_DET = re.compile(r"^\s*(?:the\s+)?", re.I)


def _asked_stems(question: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[A-Za-z][\w'’-]*", question)
            if w.lower() not in _QUESTION_STOP and len(w) > 2}


def _attached(sentence: str, start: int, end: int, asked: set[str], noun: str | None = None) -> tuple[int, int]:
    """How many of the question's words the coordination's own words say (those right before it, NEAR, first): the
    words before it in its clause (at most WINDOW), and the plural asked when it follows ('the Tacoma and Spokane
    facilities')."""
    before = sentence[:start]
    cut = list(_CLAUSE.finditer(before))
    before = before[cut[-1].end():] if cut else before
    words = re.findall(r"[A-Za-z][\w'’-]*", before)[-WINDOW:]
    after = re.match(r"\s+([a-z][\w-]*)", sentence[end:])
    head = {noun} if after and noun and stem(after.group(1)) == noun else set()
    near = {stem(w) for w in words[-NEAR:]} | head
    return len(near & asked), len(({stem(w) for w in words} | head) & asked)


def names_asked(question: str) -> bool:
    """The question asks several names: 'where', or 'which'/'who' asking a plural that is no amount or time."""
    return bool(_WHERE.match(question)) or bool(_WHICH_PLURAL.search(question)) and not _AMOUNTS.search(question)


def _names(item: str, asked: set[str]) -> bool:
    """An item is an answer's name: not a word the question says itself, not a sentence's opening word."""
    return not {stem(w) for w in re.findall(r"[A-Za-z][\w'’-]*", item)} <= asked


def coordinated_names(question: str, sentence: str) -> str | None:
    """For a question asking several names, the coordination of names the sentence attaches to the question's
    words ('... with the largest increases at Cedar Hollow and Millbrook where ...' -> 'Cedar Hollow and
    Millbrook'); None when none says two of the question's words, or two say as many."""
    if not names_asked(question):
        return None
    asked = _asked_stems(question)
    plural = _WHICH_PLURAL.search(question)
    noun = stem(re.findall(r"[\w-]+", plural.group(0))[-1]) if plural else None
    found: list[tuple[tuple[int, int], str]] = []
    for m in _RUN.finditer(sentence):
        if m.start() == 0 or re.search(r"[.!?]\s*$", sentence[:m.start()]):
            continue  # a sentence's first word is capitalised for the sentence, no name
        items = [m.group(1)] + [i for i in re.split(r",\s+", m.group(2)) if i] + [m.group(4)]
        if not all(_names(_DET.sub("", i), asked) for i in items):
            continue
        found.append((_attached(sentence, m.start(), m.end(), asked, noun), m.group(0)))
    if not found:
        return None
    best = max(s for s, _ in found)
    winners = [t for s, t in found if s == best]
    return winners[0] if best[1] >= 2 and len(winners) == 1 else None


_FUNCTION = frozenset("the a an and or of in at on to for from by with as than that which who while where its their our "
                      "this these those is are was were be been has have had not no including such namely like "
                      "comprising".split())
_IW = r"(?!(?:" + "|".join(sorted(_FUNCTION)) + r")\b)[\w'’&-]+"  # a word of an item: no function word
_ITEM = rf"(?:{_IW}\s+){{0,2}}{_IW}"
_MODIFIED = re.compile(rf"\b(?:the|our|its|their|both|in|at|of|for|from|to|on|by|with)\s+({_ITEM}(?:,\s+{_ITEM})*,?\s+(?:and|or)\s+{_ITEM})\s+$", re.I)
_KIND_INTRO = r"\s*,?\s+(?:such\s+as|including|namely|like|of)\s+"
_LOWER_RUN = re.compile(rf"({_ITEM}(?:,\s+{_ITEM})*,?\s+(?:and|or)\s+{_ITEM})")
_CUT = re.compile(r"\s*[,;:.()]|\s+(?:which|that|who|whose|where|while|whereas|because|since|although|as|so|but|to|in|"
                  r"for|from|at|on|by|with|is|are|was|were|has|have|had|will|would|can|could)\b", re.I)


_LISTED = re.compile(r"(?:\b(?:including|such\s+as|namely|comprising|like)|:)\s+(?:the\s+)?$", re.I)
# the coordination introduced after the plural ends the list: the sentence stops, turns or goes on with a verb
_ENDED = re.compile(r"\s*(?:[.;:)]|$)|\s*,\s+(?:which|while|whereas|where|but|as|with|and\s+[a-z]+ed)\b|\s+[a-z]+ed\b", re.I)


def _clean(items: str) -> bool:
    """Every item of a coordination is a short noun phrase: no function word, no figure."""
    parts = [p for p in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", items) if p.strip()]
    return len(parts) >= 2 and all(not any(w.lower() in _FUNCTION for w in p.split()) and not re.search(r"\d[\d,.]*%|\$", p)
                                   for p in parts)


def coordinated_kind(question: str, sentence: str) -> str | None:
    """For 'which <plural>' asked, the items the sentence coordinates as that plural's modifiers ('our healthcare
    and equipment finance verticals', 'the HT500 and HT600 programmes') or introduces after it ('feedstocks such
    as rutile and chloride slag, while ...', 'shortages of turbine blades and castings persisted'): the
    coordination ends at the plural or at the clause going on; None without one."""
    plural = _WHICH_PLURAL.search(question)
    if plural is None or _AMOUNTS.search(question) or plural.group(0).split()[-1].lower() in ("are", "were"):
        return None
    noun = re.findall(r"[\w-]+", plural.group(0))[-1].lower()
    root = re.escape(noun[:-3] if noun.endswith("ies") else noun[:-1])
    for m in re.finditer(rf"\b{root}\w*\b", sentence, re.I):
        before = _MODIFIED.search(sentence[:m.start()])
        if before is not None and _clean(before.group(1)) and not _LISTED.search(sentence[:before.start(1)]):
            return before.group(1)  # (a noun phrase a listing word introduces is one item of a longer list)
        intro = re.match(_KIND_INTRO, sentence[m.end():], re.I)
        if intro is None:
            continue
        rest = sentence[m.end() + intro.end():]
        run = _LOWER_RUN.match(rest)
        if run is None:
            continue
        text = run.group(1)
        cut = _CUT.search(text)
        text = text[:cut.start()] if cut is not None else text
        last = re.split(r"\s+(?:and|or)\s+", text)[-1]
        verb = re.search(r"\s+[a-z]+ed\b", last)
        text = text[:len(text) - len(last) + verb.start()] if verb is not None else text
        if _clean(text) and _ENDED.match(rest[len(text):]):
            return text
    return None


def coordinated_ends(question: str, sentence: str) -> str | None:
    """For a question asking what something was before and after, the two figures of the sentence's 'from A to B'
    (or 'between A and B') attached to the question's words, as 'A and B'; None without one."""
    if not _ENDS.search(question):
        return None
    asked = _asked_stems(question)
    found = [(_attached(sentence, m.start(), m.end(), asked), m) for m in _ENDS_RUN.finditer(sentence)
             if (m.group(1).lower(), m.group(3).lower()) in (("from", "to"), ("between", "and"), ("to", "from"))]
    if not found:
        return None
    best = max(s for s, _ in found)
    winners = [m for s, m in found if s == best]
    if best[1] < 2 or len(winners) > 1:
        return None
    m = winners[0]
    ends = [m.group(2).strip(), m.group(4).strip()]
    return " and ".join(ends[::-1] if m.group(1).lower() == "to" else ends)  # 'to A from B': B came first


def coordinated_lead(question: str, sentence: str) -> str | None:
    """The coordinated phrase answering a list question from prose, or None."""
    return coordinated_ends(question, sentence) or coordinated_kind(question, sentence) or \
        coordinated_names(question, sentence)
