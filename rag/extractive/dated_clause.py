"""Which date of a sentence answers 'when': a sentence that dates several events ('In February 2019 the Board
authorized a program ..., and in January 2021 the Board approved an increase') dates each in its own clause, and
the question's date is the one of the clause that says what the question asks (its verb and its subject), not
the clause nearest the words the question shares with the sentence. Parallel list items ('a EUR 500 million bond
maturing in November 2022, a EUR 750 million bond maturing in October 2024, and a NOK ... bond maturing in ...')
are clauses too: a question asking of several things ('the EUR bonds') is answered by each item naming them."""

from __future__ import annotations

import re
from collections.abc import Callable

from .word_stems import TOKEN, stem

# where a clause ends: a ';', a new coordinated clause (', and', ', while', ', but', ', whereas'), or the next
# item of a list of noun phrases (', a ...', ', an ...')
_BREAK = re.compile(r";\s+|,\s+(?:and|while|whereas|but)\s+|,\s+(?=(?:an?)\s)", re.I)
# a clause that is only the date opening the next one ('In February 2019', 'During the fourth quarter of 2018')
_OPENING = re.compile(r"^\s*(?:in|on|at|during|by|as of|from|since|until|through)\s+", re.I)
# a question asking of several things: a plural auxiliary before its subject ('when do/were/are/have ...')
_PLURAL = re.compile(r"^\s*when\s+(?:do|were|are|have|will\s+the\s+\w+s)\b", re.I)


def clauses(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of `sentence`, a clause that is only an opening date joined to the next."""
    bounds = [0] + [m.end() for m in _BREAK.finditer(sentence)]
    ends = [m.start() for m in _BREAK.finditer(sentence)] + [len(sentence)]
    spans = list(zip(bounds, ends))
    out: list[tuple[int, int]] = []
    carry: int | None = None
    for a, b in spans:
        start = a if carry is None else carry
        carry = None
        if _OPENING.match(sentence[a:b]) and len(TOKEN.findall(sentence[a:b])) <= 8 and \
                not re.search(r"[a-z]+(?:ed|es)\b", sentence[a:b]) and b < len(sentence):
            carry = start  # 'In February 2019, our Board ...': the date opens the clause after it
            continue
        out.append((start, b))
    return out


def asked_dates(question: str, sentence: str, asked: set[str],
                dates: Callable[[str], list[re.Match[str]]]) -> list[str] | None:
    """The date(s) of the clause of `sentence` that says the most of the question's stems `asked`, when two or
    more clauses give dates: that clause's first date; for a question asking of several things, the first date of
    each clause tied for the most. None when fewer than two clauses are dated, or the most is a tie the question
    does not ask of several things (the caller then reads the sentence whole)."""
    dated = []
    for a, b in clauses(sentence):
        found = dates(sentence[a:b])
        if found:
            said = asked & {stem(t) for t in TOKEN.findall(sentence[a:b])}
            dated.append((len(said), found[0].group(0)))
    if len(dated) < 2:
        return None
    most = max(n for n, _ in dated)
    top = [d for n, d in dated if n == most]
    if most == 0 or (len(top) > 1 and not _PLURAL.match(question)):
        return None
    return list(dict.fromkeys(top))
