"""Which date of a sentence answers 'when': a sentence that dates several events ('In February 2019 the Board
authorized a program ..., and in January 2021 the Board approved an increase') dates each in its own clause, and
the question's date is the one of the clause that says what the question asks (its verb and its subject), not
the clause nearest the words the question shares with the sentence. Parallel list items ('a EUR 500 million bond
maturing in November 2022, a EUR 750 million bond maturing in October 2024, and a NOK ... bond maturing in ...')
are clauses too: a question asking of several things ('the EUR bonds') is answered by each item naming them.

'When do the EUR bonds mature?' of 'a EUR 500 million bond maturing in November 2022 ..., a EUR 750 million bond
maturing in October 2024 ..., and a NOK 1,000 million bond maturing in September 2025': a question asking when of
a plural ('do the bonds', 'are the notes') asks each instance's date. A sentence lists the instances in parallel,
each date after the same words ('maturing in', 'due'); a code the question names ('EUR') leaves out an instance
written with another code and not that one ('a NOK 1,000 million bond'; a currency symbol writes its code: '€500
million' is EUR)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.figures import parse_figures

from .word_stems import TOKEN, stem

# where a clause ends: a ';', a new coordinated clause (', and', ', while', ', but', ', whereas'), or the next
# item of a list of noun phrases (', a ...', ', an ...')
_BREAK = re.compile(r";\s+|,\s+(?:and|while|whereas|but)\s+|,\s+(?=(?:an?)\s)", re.I)
# a clause that is only the date opening the next one ('In February 2019', 'During the fourth quarter of 2018')
_OPENING = re.compile(r"^\s*(?:in|on|at|during|by|as of|from|since|until|through)\s+", re.I)
# a question asking of several things: a plural auxiliary before its subject ('when do/were/are/have ...')
_PLURAL = re.compile(r"^\s*when\s+(?:do|were|are|have|will\s+the\s+\w+s)\b", re.I)

# 'when do / are / were / have / will the X ...': the auxiliary of the subject asked, for `dates_of_each`; wider
# than _PLURAL (more auxiliaries, a plural noun checked) and kept apart: one test for both changes answers
_PLURAL_WHEN = re.compile(r"^\s*when\s+(?:do|are|were|have|will|did|can|should)\s+(?:the\s+|its\s+|our\s+)?([^?]+)",
                          re.I)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_NOT_PLURAL = re.compile(r"(?:ss|us|is|ics)$", re.I)
_CODE = re.compile(r"\b[A-Z]{3}\b")
_LIST_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$", re.I)


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


def _plural_asked(question: str) -> bool:
    """The question asks when of a plural noun: 'When do the EUR bonds mature?', not 'When does the bond ...'."""
    m = _PLURAL_WHEN.match(question)
    return m is not None and any(len(w) > 3 and w.lower().endswith("s") and not _NOT_PLURAL.search(w)
                                 for w in _WORD.findall(m.group(1)))


def _lead_in(text: str) -> str:
    """The two words written right before a date ('maturing in', 'notes due'), lower case."""
    return " ".join(w.lower() for w in _WORD.findall(text)[-2:])


def _codes(text: str) -> set[str]:
    """The codes `text` writes ('EUR', 'NOK'), with the currency code of an amount written with a symbol ('€5')."""
    return set(_CODE.findall(text)) | {f.currency for f in parse_figures(text, False) if f.currency}


def dates_of_each(question: str, sentence: str, start: int, date: re.Pattern) -> str | None:
    """'November 2022 and October 2024': the date (`date` finds one) the answer starts from (the first at or after
    `start`) and each date after it written in parallel, for each instance of the plural asked that the question's
    code does not leave out, in the sentence's order; None when the question asks of one thing or no two remain."""
    if not _plural_asked(question):
        return None
    found = list(date.finditer(sentence))
    first = next((i for i, m in enumerate(found) if m.start() >= start), None)
    if first is None:
        return None
    stretches = [sentence[(found[i - 1].end() if i else 0):m.start()] for i, m in enumerate(found)]
    group = [first]
    for i in range(first + 1, len(found)):
        if not (_LIST_JOIN.match(stretches[i]) or _lead_in(stretches[i]) == _lead_in(stretches[first])):
            break
        group.append(i)
    named = _codes(question)
    keep = [i for i in group if not named or named & _codes(stretches[i]) or not _codes(stretches[i])]
    if len(keep) < 2:
        return None
    dates = [found[i].group(0) for i in keep]
    return " and ".join(dates) if len(dates) == 2 else ", ".join(dates[:-1]) + " and " + dates[-1]


def when_dates(question: str, sentence: str, asked: set[str], start: int, date: re.Pattern) -> str | None:
    """The answer to 'when' of a sentence giving several dates (`date` finds one): the date of the clause saying
    what is asked (`asked_dates`), else each parallel date of a plural asked from `start` on (`dates_of_each`);
    None when neither reads the sentence (the caller then takes its date)."""
    if (dated := asked_dates(question, sentence, asked, lambda t: list(date.finditer(t)))) is not None:
        return " and ".join(dated)  # several events dated: the date of the clause saying what is asked
    return dates_of_each(question, sentence, start, date)  # 'when do the bonds mature': each bond's date
