"""The name a prose sentence says the asked statement of: 'which format recorded the strongest growth' and
'Outlet centres recorded the strongest footfall growth' lead with 'Outlet centres', the subject before the
question's words; 'was highest in Portugal' with 'Portugal', the name right after them."""

from __future__ import annotations

import re

from .phrase_edges import asked_stems
from .word_stems import TOKEN, stem

# a superlative, or a word saying one ranks first ('leads', 'followed by'): the sentence ranks the name it states
_FIRST = re.compile(r"\b(?:largest|highest|biggest|greatest|most|widest|fastest|strongest|top|leading|leads?|led|"
                    r"heaviest|smallest|lowest|least|fewest|weakest|slowest|followed by)\b", re.I)
# an ordinal before a superlative ('the second-largest', 'tenth largest'): the rank it says
_ORDINAL = re.compile(r"\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|\d+(?:st|nd|rd|th))[\s-]+$", re.I)
# a name: capitalised words (with '&', 'of', 'and' joining them), an optional 'the' before
_NAME = r"(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:&\s+|of\s+|and\s+)?[A-Z][\w.&'’-]*){0,4}"
_CLAUSE_START = re.compile(r"(?:^|[,;:]\s+)(?=[A-Z])")
_AFTER = re.compile(rf"^\s*(?:,\s*)?(?:(?:is|was|were|are)\s+)?(?:in|at|by|for|from|with)\s+({_NAME})(?=\s|[,.;:]|$)")
_WHICH = re.compile(r"^\s*(?:in\s+|of\s+|under\s+)?(?:which\s+(\w+)|who|whom)\b", re.I)
_PRONOUN = re.compile(r"(?:it|its|they|their|this|these|that|those|we|our|he|she|his|her)$", re.I)


def _asked(question: str) -> set[str]:
    """The question's content stems without the noun its 'which' asks of ('which format': not 'format')."""
    m = _WHICH.match(question)
    noun = {stem(m.group(1))} if m and m.group(1) else set()  # 'who released X': no noun, 'released' is asked
    return asked_stems(question) - noun


def _rank(text: str, m: re.Match | None) -> str:
    """The ordinal a superlative is ranked at ('the second largest' -> 'second'; '' for first or none)."""
    o = _ORDINAL.search(text[:m.start()]) if m is not None else None
    return o.group(1).lower() if o else ""


def _ranked(text: str, m: re.Match) -> set[str]:
    """The content stems right after a superlative, up to a joining word or a stop: what it ranks."""
    out = set()
    for w in TOKEN.findall(re.split(r"[,;.:()]", text[m.end():], maxsplit=1)[0])[:4]:
        if stem(w) not in asked_stems(w):
            break
        out.add(stem(w))
    return out


def _ranks_same(sentence: str, m: re.Match, question: str, q: re.Match | None) -> bool:
    """A superlative ranks what the question's does ('fourth largest pureplay company' is not the asked
    'fourth-largest non-U.S. player'), when both name it; 'followed by', 'leads' name no measure."""
    if q is None or not re.match(r"[a-z]+est$|most$|least$|top$", m.group(0), re.I):
        return True
    said, wanted = _ranked(sentence, m), _ranked(question, q)
    return not said or not wanted or bool(said & wanted)


def _spans(sentence: str, asked: set[str]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in TOKEN.finditer(sentence) if stem(m.group(0)) in asked]


def _is_name(text: str, asked: set[str]) -> bool:
    """A short capitalised phrase naming none of the question's own words (which are what is said of it)."""
    words = TOKEN.findall(text)
    return 1 <= len(words) <= 5 and not any(stem(w) in asked for w in words) and \
        bool(re.match(r"(?:the\s+)?[A-Z0-9]", text)) and not re.search(r"\d{3,}|%", text)


# verbs a ranked name is the subject of ('Pet shops remain the largest channel', 'Guangdong accounted for ...')
_VERB = re.compile(r"(?:is|are|was|were|has|have|had|remains?|remained|records?|recorded|accounts?|accounted|holds?|"
                   r"held|leads?|led|ranks?|ranked|posts?|posted|saw|sees|grew|grows|rose|rises|generates?|generated|"
                   r"makes?|made|takes?|took|stands?|stood|tops?|topped|continues?|continued)$", re.I)


def _subject(clause: str, asked: set[str]) -> str | None:
    """The clause's capitalised subject, up to its first verb or lowercase question word; None when its head
    (last word) is one of the question's words ('Per-capita consumption was highest': the measure, not a name)."""
    words = list(TOKEN.finditer(clause))
    end = next((w for w in words[1:] if w.group(0)[:1].islower() and (stem(w.group(0)) in asked or _VERB.match(w.group(0)))),
               None)
    if end is None or not (_VERB.match(end.group(0)) or end.group(0).endswith("ed")):
        return None  # the subject is followed by its verb ('Pet shops remain'), not a noun it modifies
    subject = clause[:end.start()].strip(" ,")
    heads = TOKEN.findall(subject)
    if not heads or stem(heads[-1]) in asked or not 1 <= len(heads) <= 5 or not re.match(r"[A-Z0-9]", subject) or \
            re.search(r"\d{3,}|%", subject) or _PRONOUN.match(heads[0]) or \
            re.search(r"\b[a-z][\w-]*\s+[A-Z]", subject):  # lowercase words close a name ('Outlet centres'), never open one
        return None
    return subject


def predicated_name(question: str, sentence: str) -> str | None:
    """The name a which/who question asks, from a prose sentence ranking it first ('strongest', 'highest',
    'followed by', never 'second-largest'): the clause's subject when the question's words come after it,
    else the name right after the question's last word ('highest in X'); None when the sentence says fewer
    than half the question's words or neither place holds a name."""
    asked = _asked(question)
    spans = _spans(sentence, asked)
    said = {stem(sentence[a:b]) for a, b in spans}
    if not asked or len(said) * 2 < len(asked):
        return None
    asked_first = _FIRST.search(question)
    first = next((m for m in _FIRST.finditer(sentence) if _rank(sentence, m) == _rank(question, asked_first)
                  and _ranks_same(sentence, m, question, asked_first)), None)
    if first is None:
        return None
    clause = max((m.end() for m in _CLAUSE_START.finditer(sentence) if m.end() <= spans[0][0]), default=None)
    if clause is not None and first.start() >= clause:
        subject = _subject(sentence[clause:], asked)
        if subject is not None and first.start() >= clause + len(subject):
            return subject
    for _, end in [(a, b) for a, b in spans if a >= first.start()]:
        after = _AFTER.match(sentence[end:])
        if after is not None and _is_name(after.group(1), asked):
            return after.group(1)
    return None
