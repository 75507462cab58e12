"""A list stated in a sentence whose subject names the kind of things asked ('Demand drivers are A, B and C',
'Restraints on roll-out include A, B and C, while ...', 'the core components, namely A, B and C, which ...',
'the three leading vendors, A, B and C, together held ...') answers a question asking several of that kind.

General properties of English lists:
- a list introduced by 'are' / 'include' / 'namely' / ':' after a subject naming the kind runs to the end of its
  clause (';', ', while', ', which', ', with', the sentence's end); items split at commas and the last 'and';
- a list in apposition to the kind's noun ('two providers, A and B, now sell') ends at the comma after its
  last item;
- 'are' before a participle is an auxiliary ('leases were entered into'), before an adverb it describes ('are
  highly diverse'), and a colon inside a bracket opens no list;
- a subject naming the kind with another modifier than the question's ('Upside risks' for 'downside risks')
  lists a sibling kind, not the one asked;
- a list can be a clause's subject ('A, B and C are the main restraints', 'A and B together added ...', 'warns
  that A, B, and C will continue to restrain ...'): it starts the clause (or follows 'that' or a colon) and ends
  at the predicate the question asks, past the auxiliaries and adverbs before it ('will continue to', 'each');
  its items are noun phrases, none opening with a preposition or holding a finite verb."""

from __future__ import annotations

import re

from .lead_items import _PLURAL_ASKED, AMOUNT_PLURALS, _FIGURE_ASIDE, _TAIL, closed_list
from .names import PLURAL_NOUN
from ingest.keyword import tokenize

from .word_stems import stem

# ('such as' / 'including' may open a list inside the subject, ended by the verb: lead_items reads those)
_INTRO = re.compile(r"\s+(?:are|were|include[sd]?|namely|compris(?:e|es))\s+|:\s+", re.I)
_CLAUSE = re.compile(r";\s+|\.\s+(?=[A-Z])")
_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.I)
# words before the kind's noun that do not tell one kind from another
_PLAIN = frozenset("what which the main key major primary core principal three two four five several other these "
                   "those its their our".split())
_NAME = re.compile(r"(?:the\s+)?[A-Z0-9]")
# 'are' before a participle is an auxiliary ('were entered into'), before an adverb it describes ('are highly
# diverse'): no list's copula
_AUXILIARY = re.compile(r"\s+(?:are|were)\s+(?:[a-z]+ly\b|(?:[a-z]+(?:ed|en)|being|been)\b)", re.I)
# 'which core components sit upstream ...': the plural asked, then its verb (not 'was', 'does': an auxiliary)
_PLURAL_VERB = re.compile(r"^\s*(?:what|which)\s+(?!(?:was|is|does|has|were|are)\b)(?:[a-z-]+\s+){0,2}?(?!(?:was|does|has)\b)(" + PLURAL_NOUN + r")\s+(?!(?:of|for|in|on)\b)[a-z]{2,}\b",
                          re.I)
ITEM_WORDS = 14  # words: an item named, not a clause
SUBJECT_WORDS = 10  # words: the subject naming the kind before the list


_ATTRIBUTION = re.compile(r"^\s*according\s+to\s+[^,?]{1,40},\s*", re.I)


def _asked_at(question: str) -> tuple[str, str | None, int] | None:
    """(the stem of the plural noun asked, the content word right before it in the question or None, where the
    noun ends); a leading attribution ('According to the report, what ...') is no part of what is asked."""
    question = _ATTRIBUTION.sub(lambda m: " " * len(m.group(0)), question)  # (the same length: `end` indexes it)
    m = _PLURAL_ASKED.match(question)
    if m is None or m.group(1).lower() in AMOUNT_PLURALS:
        m = _PLURAL_VERB.match(question)
        if m is None or m.group(1).lower() in AMOUNT_PLURALS:
            return None
    before = re.findall(r"[\w-]+", question[:m.start(1)])[-1:]
    modifier = before[0].lower() if before and before[0].lower() not in _PLAIN else None
    return stem(m.group(1)), modifier, m.end(1)


def _asked(question: str) -> tuple[str, str | None] | None:
    """(the stem of the plural noun asked, the content word right before it in the question or None)."""
    found = _asked_at(question)
    return found[:2] if found is not None else None


def _names_kind(subject: str, noun: str, modifier: str | None) -> bool:
    """The subject names the kind asked with no other modifier than the question's."""
    words = re.findall(r"[\w-]+", subject)
    for k, w in enumerate(words):
        if stem(w) == noun and w.lower().endswith("s"):
            prev = words[k - 1].lower() if k else None
            if modifier is None or prev is None or prev in _PLAIN or prev == modifier or not prev.isalpha():
                return True
    return False


def _items(text: str) -> str | None:
    tail = _TAIL.search(text)
    text = text[:tail.start()] if tail is not None else text
    text = re.split(r",\s+(?:while|whereas|but|although|which|who|together|each|both|with)\b", text)[0]
    text = _FIGURE_ASIDE.sub("", closed_list(text)).strip(" ,;.")
    items = [i for i in _SPLIT.split(text) if i and i.strip()]
    return text if len(items) >= 2 and all(len(i.split()) <= ITEM_WORDS for i in items) else None


def stated_list(question: str, sentence: str) -> str | None:
    """The items a clause of `sentence` lists after a subject naming the kind of things the question asks
    ('Mitigants include A, B and C; ...' -> 'A, B and C'), or None."""
    asked = _asked(question)
    if asked is None:
        return None
    noun, modifier = asked
    for clause in _CLAUSE.split(sentence):
        for intro in _INTRO.finditer(clause):
            subject = re.split(r"[,;:]\s+(?=[a-z])|:\s+", clause[:intro.start()])[-1]
            if len(subject.split()) > SUBJECT_WORDS or subject.count("(") > subject.count(")") or \
                    not _names_kind(subject, noun, modifier) or _AUXILIARY.match(clause[intro.start():]):
                continue  # a subject inside a bracket, or 'are' helping a verb ('were entered into'), lists nothing
            found = _items(clause[intro.end():])
            if found is not None:
                return found
        for kind in re.finditer(r"[A-Za-z-]{3,}s,\s+", clause):  # apposition: 'two providers, A and B, now sell'
            if stem(kind.group(0).rstrip(", ")) != noun:
                continue
            m = re.match(r"([^;:]+?\s+and\s+[^,;:]+),", clause[kind.end():])
            names = m.group(1) if m else ""
            items = [i for i in _SPLIT.split(names) if i.strip()]
            if len(items) >= 2 and all(_NAME.match(i.strip()) and len(i.split()) <= 5 for i in items):
                return names
    return subject_list(question, sentence)


# what stands between a list that is a clause's subject and the predicate asked ('will continue to', 'are the main')
_TO_PREDICATE = re.compile(r"(?:\s+(?:are|were|is|was|will|would|could|may|might|each|both|together|also|now|jointly|"
                           r"all|continues?|to|the|main|key|major|primary|principal|biggest|largest))*\s*$", re.I)
_COPULA = re.compile(r"\s(?:are|were)\s", re.I)
# an item of a subject list is a noun phrase: none opens with a preposition or holds a finite verb
_NO_ITEM = re.compile(r"^(?:in|on|at|for|by|during|after|before|since|from|with|as|of|to|we|it|they|the)$|"
                      r"^(?:in|on|at|for|by|during|after|before|since|from|with|as|of|to|we|it|they)\b|"
                      r"\b(?:is|are|was|were|has|have|had|will|would|covers?|includes?|comprises?|contains?)\b|"
                      r"\s(?:of|in|on|at|for|by|to|from|with)$", re.I)
# the subject list opens the clause, or follows 'that', a colon, or the words naming its kind ('X, including A and B,')
_OPENS = re.compile(r"\bthat\s+|:\s+|\b(?:including|such\s+as)\s+", re.I)
# after the noun asked, a preposition or a relative word opens no predicate ('reasons for X'): the kind is then
# named after a copula ('A and B are the main reasons')
_NO_PREDICATE = re.compile(r"^\s*(?:of|for|in|on|behind|among|to|from|under|over|that|which|with|by|at|about|"
                           r"across|between)\b|^\s*\??\s*$", re.I)
_GENERIC = frozenset("repor accor menti ident cite list name expec says state".split())  # verbs of reporting
SUBJECT_ITEM_WORDS = 8  # words: a subject list's item named, not a clause


def _predicate(question: str, noun: str, end: int) -> tuple[set[str], bool]:
    """(the stem of the predicate the question asks of the plural noun, its first content word, which the list
    must come right before; whether the noun itself is the verb: 'what supports the upper end')."""
    rest = question[end:]
    if _NO_PREDICATE.match(rest):
        return set(), False
    words = [stem(w) for w in tokenize(rest) if stem(w) not in _GENERIC][:1]  # (tokenize: 'added' -> 'add')
    return set(words), bool(re.match(r"\s+(?:the|a|an)\b", rest, re.I))


def subject_list(question: str, sentence: str) -> str | None:
    """The items of a list that is the subject of the predicate the question asks ('A, B and C are the main
    restraints', 'A and B together added ...', 'warns that A and B will continue to restrain ...'), or None."""
    asked = _asked_at(question)
    if asked is None:
        return None
    noun, _, end = asked
    predicate, verb_noun = _predicate(question, noun, end)
    for clause in _CLAUSE.split(sentence):
        for word in re.finditer(r"[A-Za-z][\w-]*", clause):
            said = stem((tokenize(word.group(0)) or [""])[0])
            if not said or said not in predicate and said != noun:
                continue
            opens = [m.end() for m in _OPENS.finditer(clause[:word.start()])]
            before = clause[opens[-1] if opens else 0:word.start()]
            if said == noun and said not in predicate and not verb_noun and not _COPULA.search(before[-25:] + " "):
                continue  # the kind's noun names the list after a copula: 'A and B are the main restraints'
            text = _TO_PREDICATE.sub("", before).strip(" ,")
            items = [i.strip() for i in _SPLIT.split(text) if i and i.strip()]
            if len(items) >= 2 and re.search(r"\s(?:and|or)\s", text) and \
                    all(len(i.split()) <= SUBJECT_ITEM_WORDS and not _NO_ITEM.search(i) for i in items):
                return text
    return None
