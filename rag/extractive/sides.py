"""The two sides of a comparison asked in words ('the core competitiveness of video players compared
with audio players'): an answer quoting one side's sentence also quotes the
best sentence about the other side."""

from __future__ import annotations

import re

from ingest.keyword import tokenize

from ..types import bold_lead
from .alt_figures import positions
from .choice_names import DASH, HIGH, LOW, alternatives, coordinated
from .features import Evidence, neighbour
from .trend_sides import moving_sides

_VERSUS = re.compile(r"^(?P<a>.+?)\b(?:compared (?:with|to)|as opposed to|versus|vs\.?|rather than)\b(?P<b>.+)$", re.I)
_QUESTION_PROPER = re.compile(r"\s*:\s|" + DASH)
MARGIN = 0.6  # the other side's sentence scores at least this share of the best


def sides(question: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The terms only one side of a comparison names (side A's, side B's), or None when the question
    compares nothing or its sides share every term."""
    m = _VERSUS.search(question)
    if m is None:
        return None
    # 'A vs B: how are they ...', 'A vs B - what drives each': the question proper after a colon or spaced dash
    # names neither side
    b = _QUESTION_PROPER.split(m.group("b"), maxsplit=1)[0]
    a_toks, b_toks = tokenize(m.group("a")), tokenize(b)
    # 'the core competitiveness of video players compared with audio players': the compared item is
    # the phrase just before, as long as the other
    a_toks = a_toks[-len(b_toks):]
    a, b = set(a_toks), set(b_toks)
    only_a, only_b = frozenset(a - b), frozenset(b - a)
    return (only_a, only_b) if only_a and only_b else None


# 'How do A and B differ ...', 'how did A and B build X differently', 'the difference between A and B',
# 'how does the paper contrast A and B': two things named, a difference between them asked (in kind or amount)
_DIFFER = re.compile(r"^\s*how (?:do|does|did)\s+(?:the\s+)?(?P<a>[^,?]+?)\s+and\s+(?:the\s+)?(?P<b>[^,?]+?)\s+"
                     r"(?:differ|compare|contrast)\b|"
                     r"^\s*how (?:do|does|did)\s+(?:the\s+)?(?P<a2>[^,?]+?)\s+and\s+(?:the\s+)?(?P<b2>[^,?]+?)\s+"
                     r"(?:[a-z]+)\b[^,?]*\bdifferently\b|"
                     r"\b(?:contrast|differences?\s+between)\s+(?:the\s+)?(?P<a3>[^,?]+?)\s+(?:and|with)\s+(?:the\s+)?"
                     r"(?P<b3>[^,?]+?)(?=\s+(?:in|on|for|as|when|across|by)\b|\s*[?.]?\s*$)", re.I)


def named_sides(question: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The terms of each of the two things a question asks the difference between ('how do A and B differ',
    'the differences between A and B'), without the terms both share; None when it names no such pair."""
    m = _DIFFER.search(question)
    if m is None:
        return None
    a, b = (next(g for g in (m.group(k), m.group(k + "2"), m.group(k + "3")) if g) for k in ("a", "b"))
    a_words, b_words = a.split(), b.split()
    if len(a_words) == 1 < len(b_words) and b_words[1][:1].islower():
        b = " ".join(b_words[:len(a_words)])  # 'urban and rural income': 'income' is the noun both sides share
    a_terms, b_terms = set(tokenize(a)), set(tokenize(b))
    only_a, only_b = frozenset(a_terms - b_terms), frozenset(b_terms - a_terms)
    return (only_a, only_b) if only_a and only_b else None


def other_side(question: str, evidence: list[Evidence], best: Evidence) -> Evidence | None:
    """The best-scoring sentence naming the side of the comparison `best` leaves out, if close enough."""
    asked = sides(question)
    if asked is None:
        return _other_named(named_sides(question) or moving_sides(question), evidence, best)
    terms = _side_terms(evidence, best, asked)
    a_in, b_in = bool(asked[0] & terms), bool(asked[1] & terms)
    if a_in == b_in:
        return None  # the best names both sides (or neither): nothing is left out
    missing, present = (asked[1], asked[0]) if a_in else (asked[0], asked[1])
    found = []
    for e in evidence[1:12]:
        if e.score < MARGIN * best.score or e.text == best.text or e.row:
            continue
        theirs = _side_terms(evidence, e, asked)
        if not (missing | present) & theirs:  # 'Their core competitiveness lies in ...': its passage's side
            theirs = {t for x in evidence if x.passage_index == e.passage_index for t in tokenize(x.text)}
        if missing & theirs and not present & theirs:
            found.append(e)
    # 'A vs B - what drives performance in each': the other side's sentence saying what is asked of each
    proper = _asked_of_each(question)
    return next((e for e in found if proper & set(tokenize(e.text))), found[0] if found else None)


def _side_terms(evidence: list[Evidence], e: Evidence, asked: tuple[frozenset[str], frozenset[str]]) -> set[str]:
    """The terms of `e`, or when it names neither side, of the sentence before it in its passage: a sentence
    naming no side goes on about the side its predecessor named ('... test-time compute. The longer it thinks ...')."""
    terms = set(tokenize(e.text))
    if not (asked[0] | asked[1]) & terms and (before := neighbour(evidence, e, -1)) is not None:
        return set(tokenize(before.text))
    return terms


def _asked_of_each(question: str) -> set[str]:
    """The terms of the question proper after names fronted before a colon or spaced dash ('A vs B - what drives
    performance in each': drive, performance); empty when nothing is fronted."""
    parts = _QUESTION_PROPER.split(question, maxsplit=1)
    return set(tokenize(parts[1])) if len(parts) == 2 else set()


def _other_named(asked: tuple[frozenset[str], frozenset[str]] | None, evidence: list[Evidence],
                 best: Evidence) -> Evidence | None:
    """For two things named whole ('how do A and B differ'): when `best` names one side in full and not the
    other, the best-scoring sentence (a row, when `best` is one) naming the other in full and not the first."""
    if asked is None:
        return None
    terms = set(tokenize(best.text))
    a_in, b_in = asked[0] <= terms, asked[1] <= terms
    if a_in == b_in:
        return None
    missing, present = (asked[1], asked[0]) if a_in else (asked[0], asked[1])
    for e in evidence[1:12]:
        if e.score < MARGIN * best.score or e.text == best.text or e.row != best.row:
            continue
        theirs = set(tokenize(e.text))
        if missing <= theirs and not present <= theirs:
            return e
    return None


_AMOUNT_TOO = re.compile(r"\b(?:how (?:much|many|big|large|far|wide)|by what|what (?:share|percentage|amount|figure|score|"
                         r"value|number))\b", re.I)


def no_alternative_led(question: str, shown: str) -> str | None:
    """'Which is larger, A or B?' is answered by a name: a bold lead naming neither alternative (a figure
    of some sentence) does not answer it; why, or None."""
    alt = alternatives(question)
    lead = bold_lead(shown)
    if alt is None or alt.kind != "choice" or lead is None or _AMOUNT_TOO.search(question):
        return None  # ('which is larger, A or B, and by how much?': a figure answers too)
    low = lead.lower()
    opening = shown.split(". ", 1)[0].lower()  # the lead with what it says of itself: '**1,076** (2021), **696** (2024)'
    if any(n.lower() in opening or low in n.lower() for n in alt.names):
        return None
    return f"the lead names neither {' nor '.join(alt.names)}, the alternatives asked"


def one_side_led(question: str, shown: str, best: Evidence, figures: list) -> str | None:
    """'How did A and B compare?' led in bold by one figure from a sentence naming A and not B, and B named nowhere
    in the answer: the other side was not found, so the lead does not answer; why (the side missing), or None."""
    if len(figures) != 1 or best.row or bold_lead(shown) is None:
        return None
    # the sides as short as the question lets them be named ('urban and rural per capita spending': urban, rural)
    alt = coordinated(question) or alternatives(question)
    if alt is None or alt.kind != "comparison":
        return None
    said, low = best.text.lower(), shown.lower()
    named = [n for n in alt.names if positions(said, n)]
    missing = [n for n in alt.names if not positions(low, n)]
    if not named or not missing or set(named) & set(missing):
        return None
    return f"the quoted sentence names {', '.join(named)} but not {', '.join(missing)}, so its figure compares nothing"


# a clause set against the one before it: 'cloud models handle reasoning while device models ensure latency'
_CONTRAST = re.compile(r"(?:,\s*|\s)(?:while|whereas|but|unlike|in contrast(?: to)?|as opposed to|rather than|compared (?:with|to))\s",
                       re.I)


def contrasted(question: str, evidence: list[Evidence], best: Evidence, margin: float) -> Evidence | None:
    """'What does the cloud model do versus the on-device model?' asked in words: a sentence scoring at least `margin`
    of the best that names one side before a contrast ('while', 'whereas', 'unlike' ...) and the other after it
    answers both at once; it, or None when the best already does or none does."""
    asked = sides(question) or named_sides(question)
    if asked is None:
        return None
    for e in [best] + evidence[:8]:
        if e.row or (e is not best and (e.score < margin * best.score or e.text == best.text)):
            continue
        for m in _CONTRAST.finditer(e.text):
            before, after = set(tokenize(e.text[:m.start()])), set(tokenize(e.text[m.end():]))
            if (asked[0] & before and asked[1] & after and not asked[1] & before) or \
                    (asked[1] & before and asked[0] & after and not asked[0] & before):
                return None if e is best else e
    return None


# 'Which segment drew the most deals', 'which model rates higher': a thing asked by its kind (not a year or period)
_WHICH_THING = re.compile(r"^\s*(?:(?:in|on|among|of|across|between)\b[^,?]{0,60},\s*)?which\s+(?!(?:years?|quarters?|halves|half|"
                          r"months?|periods?|dates?|times?|fiscal|financial|seasons?|weeks?|days?)\b)[a-z][\w-]*"
                          # 'What is the most expensive currency?': most/least and an adjective pick one of the things named
                          r"|^\s*what\s+(?:is|was|are|were)\s+the\s+(?:most|least)\s+(?!(?:recent|current|latest)\b)[a-z][\w-]*\s+"
                          # 'the most common deal size', 'the most significant increase': a measure asked, a figure answers
                          r"(?!(?:[a-z][\w-]*\s+)?(?:size|price|value|amount|rate|share|cost|level|number|increase|decrease|change|growth)\b)[a-z]",
                          re.I)
_FIGURE_ONLY = re.compile(r"[\s\d.,%$€¥£()+\-–~]*(?:\s*(?:million|billion|thousand|trillion|pct|yuan|RMB|USD|[BMK]))?"
                          r"[\s\d.,%()+\-–]*")


def figure_only(lead: str) -> bool:
    """Whether a bold lead is a figure and nothing else ('$1.2 billion', '31.6%'): it names no thing."""
    return bool(re.search(r"\d", lead)) and _FIGURE_ONLY.fullmatch(lead) is not None


def figure_for_which(question: str, shown: str) -> str | None:
    """'Which segment drew the most deals?' asks a name: a bold lead that is only a figure names no segment; why, or
    None (a question asking an amount as well, 'and what share', is answered by a figure too)."""
    lead = bold_lead(shown)
    if lead is None or not _WHICH_THING.match(question) or _AMOUNT_TOO.search(question) or \
            not (HIGH.search(question) or LOW.search(question)):
        return None
    if not figure_only(lead):
        return None
    return f"the question asks which one; the lead {lead} is a figure that names none"


# 'In which year was X higher?', 'what year had the most': a year asked, compared across years
_WHICH_YEAR = re.compile(r"^\s*(?:in\s+)?(?:which|what)\s+(?:fiscal\s+|financial\s+)?year\b(?!s)", re.I)
_YEAR_LEAD = re.compile(r"(?:FY\s?|(?:fiscal|financial)\s+)?(?:19|20)\d{2}(?:[/-]\d{2,4})?", re.I)


def figure_for_which_year(question: str, shown: str) -> str | None:
    """'In which year was X higher?' asks a year: a bold lead that is a figure but no year (the higher
    year's value, read from a row) names none; why, or None."""
    lead = bold_lead(shown)
    if lead is None or not _WHICH_YEAR.match(question) or _AMOUNT_TOO.search(question):
        return None
    if not figure_only(lead) or _YEAR_LEAD.fullmatch(lead.strip()):
        return None
    return f"the question asks which year; the lead {lead} is a figure, not a year"
