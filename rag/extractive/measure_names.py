"""A measure a report heads a column or row with by its abbreviation (ASP, ADR, RevPAR, ARPU, GMV, FCF) is the
same measure a question spells out ('average selling price'), and the other way round: the general table of report
abbreviations (query_terms.ABBREVIATIONS) and the page's own definitions ('average revenue per occupied bed day
(ARPOB)') name both forms, so a measure's coverage, its period words and its words asked are read in either form."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from ..query_terms import ABBREVIATIONS

# the abbreviations naming a measure (not an operation such as CAGR or YoY, nor a word such as 'app')
MEASURE_ABBREVIATIONS: tuple[str, ...] = ("asp", "adr", "revpar", "arpu", "gmv", "aum", "fcf", "arr", "aov", "cpm", "teu")
# those naming what a figure is (a unit such as TEU names how it is counted: a header's unit part stays a unit)
_NAMED = tuple(a for a in MEASURE_ABBREVIATIONS if a != "teu")


@lru_cache(maxsize=256)
def _phrase(text: str) -> re.Pattern:
    """A spelled-out form as a whole-word pattern: any run of spaces or hyphens between its words, a plural end."""
    words = [re.escape(w) for w in re.split(r"[\s\-]+", text.lower()) if w]
    return re.compile(r"(?<![\w-])" + r"[\s\-]+".join(words) + r"s?(?![\w-])", re.I)


@lru_cache(maxsize=256)
def _abbreviation(abbr: str) -> re.Pattern:
    """An abbreviation as a whole word in any case, a plural 's' allowed ('ASPs')."""
    return re.compile(rf"(?<![\w-]){re.escape(abbr)}s?(?![\w-])", re.I)


def _pairs(table: Mapping[str, Iterable[str]] | None) -> list[tuple[str, tuple[str, ...]]]:
    """(abbreviation, spelled-out forms): the general measure table, then the page's own definitions."""
    out = [(a, ABBREVIATIONS[a]) for a in MEASURE_ABBREVIATIONS]
    for key, forms in (table or {}).items():
        if " " not in key and (spelled := tuple(f for f in forms if " " in f)):
            out.append((key, spelled))
    return out


def spelled_measures(question: str, table: Mapping[str, Iterable[str]] | None = None) -> list[tuple[str, int, int]]:
    """(abbreviation, start, end) of each spelled-out measure in `question` ('average daily rate' -> 'adr')."""
    found = []
    for abbr, spelled in _pairs(table):
        for form in spelled:
            found += [(abbr, m.start(), m.end()) for m in _phrase(form).finditer(question)]
    return list(dict.fromkeys(found))  # two forms written alike ('twenty foot', 'twenty-foot') are one


def written_as(abbr: str, spelled: Iterable[str], text: str) -> bool:
    """Whether `text` writes the measure in either form."""
    return bool(_abbreviation(abbr).search(text)) or any(_phrase(f).search(text) for f in spelled)


def named_measure_blanked(question: str, texts: Iterable[str], table: Mapping[str, Iterable[str]] | None = None) -> str:
    """`question` with each spelled-out measure that one of `texts` writes (in either form) blanked: its words
    ('daily' of 'average daily rate') name that measure, not a period or a measure of their own."""
    texts = list(texts)
    forms = dict(_pairs(table))
    out = question
    for abbr, start, end in spelled_measures(question, table):
        if any(written_as(abbr, forms[abbr], t) for t in texts):
            out = out[:start] + " " * (end - start) + out[end:]
    return out


def other_forms_said(text: str, table: Mapping[str, Iterable[str]] | None = None) -> str:
    """The other form of each measure `text` writes: the spelled-out words of an abbreviation it writes, the
    abbreviation of a spelled-out form it writes (a table's 'Free cash flow' row says 'FCF')."""
    said = []
    for abbr, spelled in _pairs(table):
        if _abbreviation(abbr).search(text):
            said += spelled
        elif any(_phrase(f).search(text) for f in spelled):
            said.append(abbr)
    return " ".join(said)


def measure_pattern(abbr: str, generic: Iterable[str] = ()) -> re.Pattern:
    """The words a text names the measure `abbr` by: the abbreviation, its spelled-out forms, and `generic`
    (the words of the broader measure its spelled-out form names, 'revenue' of 'revenue per available room')."""
    parts = [_abbreviation(abbr).pattern] + [_phrase(f).pattern for f in ABBREVIATIONS.get(abbr, ())]
    parts += [rf"\b{re.escape(w)}" for w in generic]
    return re.compile("|".join(f"(?:{p})" for p in parts), re.I)


def same_measure_text(lowered: str) -> str:
    """The other form of each measure lower-case `lowered` names ('' if none): the spelled-out words and the
    abbreviation both, so a label and a question naming the measure in different forms share its words."""
    out = []
    for abbr in _NAMED:
        spelled = ABBREVIATIONS[abbr]
        if abbr in lowered and _abbreviation(abbr).search(lowered):
            out.append(spelled[0])
        elif any(_phrase(f).search(lowered) for f in spelled):
            out.append(abbr)
    return " ".join(out)


def spelled_blanked(question: str) -> str:
    """`question` with each spelled-out measure of the general table blanked: its words ('average' and 'rate' of
    'average daily rate') name that measure, not an operation or a unit asked (the measure's own unit is asked)."""
    out = question
    for _, start, end in spelled_measures(question):
        out = out[:start] + " " * (end - start) + out[end:]
    return out
