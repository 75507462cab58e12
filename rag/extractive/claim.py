"""Whose figure, and when: the gates judge the figure an answer would lead with, not the whole
sentence. A sentence often speaks of several things ('In 2024, global AI financing exceeded RMB 590
billion, with China and the U.S. together accounting for 92%'); what a figure is of is said by the
clause around it: the scope named nearest before it (the world, or a place) owns it, and the year
its clause dates it ('by March 2025 a total of 451') is its period, not a year the sentence names
for something else ('issued in 2024') or as the base of a change ('since 2022', 'up 5% from 2023').

`Claim` holds what the lead figure's clause says; `gates.py` compares it with the question's slots."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.figures import Figure

from .features import WORLD  # the whole world as the scope of a figure
from .slots import COUNTRY_FORMS

# the world asked about in a question: 'international' is a segment in filings ('international revenue')
WORLD_ASKED = re.compile(r"\b(global|globally|worldwide|world's|the world)\b", re.I)
# '78% of global AI financing', 'China's share of the global market': the world word names the
# whole the figure is a part of, not whose the figure is
_WHOLE_OF = re.compile(r"(?:%|\bpercent|\bpct|\bshare|\bproportion|\bportion|\bfraction|\bmajority|\bhalf|\bthird|"
                       r"\bquarter)\s+of\s+(?:the\s+)?$")
# 'China now leads the world with 1,509 models': the world is what the subject is ranked against,
# the object of a verb of leading, not whose the figure is
_RANKED_AGAINST = re.compile(r"\b(?:leads?|led|leading|tops?|topped|topping|outpac\w*|outperform\w*|surpass\w*|"
                             r"ranks? first in|ranked first in)\s+$")
# a year named as the base of a change or the start of a span does not date a figure
_BASE_BEFORE = re.compile(r"\b(?:from|than|over|since|versus|vs\.?|against|compared (?:to|with)|relative to)\s+"
                          r"(?:the\s+)?(?:end of\s+|fiscal\s+)?$", re.I)
# a year that is one end of a span or one item of a list of years: '2023-2024', 'December 31, 2019 and 2018'
_SPAN_BEFORE = re.compile(r"(?:19|20)\d{2}\s?(?:[–-]|,|and|&|or|to|through)\s?$")
_SPAN_AFTER = re.compile(r"\s?(?:[–-]\s?(?:19|20)?\d{2}\b|(?:,|and|&|or|to|through)\s?(?:fiscal\s)?(?:19|20)\d{2}\b)")
_CLAUSE_END = re.compile(r";|\.\s")  # a figure's clause does not reach across these
# each place form with the text it is looked for in: acronyms ('US', 'UK', 'EU') as written, so the
# pronoun 'us' is no place; the others in lower case
_PLACE_FORMS = [(forms[0], form if form.isupper() else form.lower(), form.isupper())
                for forms in COUNTRY_FORMS for form in forms]


@dataclass(frozen=True)
class Claim:
    """What the clause around `figure` says of it: `owner` is 'world', a place (its first form in
    `slots.COUNTRY_FORMS`: 'U.S.', 'China') or None when no scope is named before it; `year` is the
    year its clause dates it (None when undated or dated only as a base)."""

    figure: Figure
    owner: str | None
    year: int | None


def owner(before: str) -> str | None:
    """Whose the figure after `before` (the sentence up to it) is: the scope named nearest before it
    ('world' or a place), world words that name the whole of a share or what a place leads left
    out; None when no scope is named."""
    lowered = before.lower()
    best, at = None, -1
    for m in WORLD.finditer(lowered):
        if not _WHOLE_OF.search(lowered[:m.start()]) and not _RANKED_AGAINST.search(lowered[:m.start()]) and m.end() > at:
            best, at = "world", m.end()
    for place, form, exact in _PLACE_FORMS:
        text = before if exact else lowered
        if form in text:
            for m in _word(form).finditer(text):
                if m.end() > at:
                    best, at = place, m.end()
    return best


def _word(form: str) -> re.Pattern:
    """`form` as a whole word in text of its own case ('US' not in 'USD', 'us' not in 'business'); a
    lower-case form also with a possessive whose apostrophe extraction dropped ('chinas' market)."""
    if form.isupper():
        return re.compile(rf"(?<![A-Za-z0-9]){re.escape(form)}(?![A-Za-z0-9])")
    return re.compile(rf"(?<![a-z0-9]){re.escape(form)}(?:['’]?s)?(?![a-z0-9])")


def dated(text: str, f: Figure) -> int | None:
    """The year the figure's own clause dates it: the year the parser bound it to ('86% in 2024',
    'by March 2025 a total of 451'), when that year is in the same clause (no ';' or sentence end
    between), no other figure stands between them ('63% of deals, up 5 pct from 2023'), it is not
    named as a base ('since 2022', 'from 2023') and it is one year, not an end of a span
    ('in 2023-2024') or an item of a list ('at December 31, 2019 and 2018': the respective figures
    are for the parser of rows and 'respectively' to place)."""
    if f.year is None:
        return None
    spans = list(re.finditer(rf"(?<!\d){f.year}(?!\d)", text))
    if any(_SPAN_BEFORE.search(text[:m.start()]) or _SPAN_AFTER.match(text[m.end():]) for m in spans):
        return None  # a span or a list of years ('2023-2024', '2019 and 2018') dates no single year
    after = [m for m in spans if m.start() >= f.end and m.start() < f.end + 40]
    if after:
        m = after[0]
        between = text[f.end:m.start()]
        if not _CLAUSE_END.search(between) and not re.search(r"\d", between) and \
                not _BASE_BEFORE.search(text[:m.start()]):
            return f.year
    before = [m for m in spans if m.end() <= f.start]
    if not before:
        return None
    last = before[-1]
    if _CLAUSE_END.search(text[last.end():f.start]) or _BASE_BEFORE.search(text[:last.start()]):
        return None
    return f.year


def without_figures(text: str, figures: list[Figure]) -> str:
    """`text` with its figures blanked out (same length): what the sentence says besides its figures,
    so the currency a figure is written in ('RMB 8.5B') is not read as a name the sentence adds."""
    chars = list(text)
    for f in figures:
        chars[f.start:f.end] = " " * (f.end - f.start)
    return "".join(chars)


def claim(text: str, f: Figure) -> Claim:
    """The claim `text` makes with figure `f`."""
    return Claim(f, owner(text[:f.start]), dated(text, f))
