"""Values paired with what they are for: in '5 to 10 years for customer relationships, 4 to 8 years for trade
names' each value stands right before the item it is for, and in '... was 7.2 years for operating leases and 5.8
years for finance leases, and the rate was 3.9% and 4.4%, respectively' a later clause's values follow the same
items in order. A question naming one item asks the value paired with it, not its neighbour's."""

from __future__ import annotations

import re

from ingest.figures import Figure

from .word_stems import TOKEN, stem

# a value as written ('5 to 10 years', '$45.0 million', '4.4%') followed by 'for <item>' up to the next pair
_VALUE = r"[$€£]?\d[\d.,]*(?:\s*(?:to|-|–)\s*[$€£]?\d[\d.,]*)?%?(?:\s+(?:years?|months?|days?|million|billion|thousand|percent))?"
_PAIR = re.compile(rf"({_VALUE})\s+for\s+(?:the\s+|our\s+|its\s+)?([A-Za-z][\w'’ -]*?)(?=\s*,|\s+and\b|\s*;|\s*\.\s|\s*\.?$)")
_BARE_VALUE = re.compile(_VALUE)
_RESPECTIVELY = re.compile(r",?\s*respectively\b", re.I)
_FILLER = frozenset("the a an of and or for in on to".split())


def _stems(text: str) -> set[str]:
    return {stem(w) for w in TOKEN.findall(text) if w.lower() not in _FILLER}


def value_pairs(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, item) of each value the sentence pairs with an item: 'V for A' written two or more times
    in a row, and the values of a later clause ending 'respectively' that gives as many (same items, in order)."""
    pairs = [(m.start(1), m.end(1), m.group(2).strip()) for m in _PAIR.finditer(sentence)]
    if len(pairs) < 2:
        return []
    out = list(pairs)
    for r in _RESPECTIVELY.finditer(sentence, pairs[-1][1]):
        clause = sentence[pairs[-1][1]:r.start()]
        values = [m for m in _BARE_VALUE.finditer(clause) if not re.fullmatch(r"(?:19|20)\d\d", m.group())]
        if len(values) == len(pairs):
            base = pairs[-1][1]
            out += [(base + v.start(), base + v.end(), p[2]) for v, p in zip(values, pairs)]
    return out


def named_pairs(question: str, sentence: str) -> list[tuple[int, int, str]]:
    """The pairs whose item the question names (all of the item's words), when the question names one item of
    the pairs only; [] otherwise (no pairs, or no item or several named)."""
    pairs = value_pairs(sentence)
    asked = _stems(question)
    items = {p[2] for p in pairs if _stems(p[2]) and _stems(p[2]) <= asked}
    named = [p for p in pairs if p[2] in items] if len(items) == 1 else []
    return _of_measure_asked(named, sentence, asked) if len(named) > 1 else named


# where a clause of a sentence pairing values starts: its start, ', and', ';'
_CLAUSE_START = re.compile(r",\s+and\s+|;\s*")


def _of_measure_asked(named: list[tuple[int, int, str]], sentence: str, asked: set[str]) -> list[tuple[int, int, str]]:
    """Of one item's values in coordinated clauses ('the lease term was 8.4 years for A and 6.9 years for B, and
    the discount rate was 4.6% for A and 4.1% for B'), the one in the clause saying most of the question's other
    words (the measure asked); all of them when no clause says more than the others."""
    def said(pair: tuple[int, int, str]) -> int:
        starts = [m.end() for m in _CLAUSE_START.finditer(sentence, 0, pair[0])]
        return len(_stems(sentence[starts[-1] if starts else 0:pair[0]]) & (asked - _stems(pair[2])))
    counts = [said(p) for p in named]
    best = max(counts)
    return [named[counts.index(best)]] if counts.count(best) == 1 else named


def value_for(question: str, sentence: str) -> str | None:
    """The value a list of 'V for A' pairs gives for the one item the question names ('5 to 10 years' for
    'customer relationships'); None when the sentence pairs no values or the question names no single item."""
    named = named_pairs(question, sentence)
    return sentence[named[0][0]:named[0][1]] if len(named) == 1 else None


def paired_figures(sentence: str, figures: list[Figure], question: str) -> list[Figure]:
    """`figures` without those paired with an item the question does not name, when one is paired with the item
    it names; unchanged otherwise."""
    named = named_pairs(question, sentence)
    if not named:
        return figures
    others = [p for p in value_pairs(sentence) if p not in named]
    mine = [f for f in figures if any(s <= f.start < e for s, e, _ in named)]
    return [f for f in figures if not any(s <= f.start < e for s, e, _ in others)] if mine else figures


# 'for <item> (<subject>) is <what>', up to the next parallel 'and for' clause or the sentence's end
_FOR_CLAUSE = re.compile(r"\bfor\s+(?:the\s+|our\s+|its\s+)?([A-Za-z][\w'’ -]*?)\s+(?:is|are|was|were)\s+(.+?)"
                         r"(?=,?\s+and\s+for\s|\s*;|\s*\.\s|\s*\.?$)")


def clause_for(question: str, sentence: str) -> str | None:
    """What the one of two or more parallel 'for A ... is X' clauses whose item the question names says ('for
    advertising revenue is | the location of the advertiser | and for payments ... is ...'); None otherwise."""
    clauses = [(m.group(1), m.group(2)) for m in _FOR_CLAUSE.finditer(sentence)]
    if len(clauses) < 2:
        return None
    asked = _stems(question)
    named = [what for item, what in clauses if _stems(item) and _stems(item) <= asked]
    return named[0] if len(named) == 1 else None
