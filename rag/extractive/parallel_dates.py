"""'When do the EUR bonds mature?' of 'a EUR 500 million bond maturing in November 2022 ..., a EUR 750 million bond
maturing in October 2024 ..., and a NOK 1,000 million bond maturing in September 2025': a question asking when of
a plural ('do the bonds', 'are the notes') asks each instance's date. A sentence lists the instances in parallel,
each date after the same words ('maturing in', 'due'); a code the question names ('EUR') leaves out an instance
written with another code and not that one ('a NOK 1,000 million bond'; a currency symbol writes its code: '€500
million' is EUR)."""

from __future__ import annotations

import re

from ingest.figures import parse_figures

# 'when do / are / were / have / will the X ...': the auxiliary of the subject asked
_PLURAL_WHEN = re.compile(r"^\s*when\s+(?:do|are|were|have|will|did|can|should)\s+(?:the\s+|its\s+|our\s+)?([^?]+)",
                          re.I)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_NOT_PLURAL = re.compile(r"(?:ss|us|is|ics)$", re.I)
_CODE = re.compile(r"\b[A-Z]{3}\b")
_LIST_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$", re.I)


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
