"""The kind of a bold lead against the kind of words the question asks: no bold when they cannot match.

A question asking causes ('what drove X', 'what restraints does the report list', 'why did X fall') is answered by a
clause of causing; a sentence that defines or delimits a term ('X is defined as', 'Methodology: figures cover') or
states a forecast or estimate ('Halvorsen forecasts 1,238 million units in 2025') says what something is or will be,
never why: it cannot lead. A question asking what a thing includes, indicates, is valued on or what type it is is
answered by words: a bare figure ('2,354', '44%') cannot lead it. A table's header path ('Value › 2023'), a
placeholder header ('Column 2') or a measure's header with its unit in brackets ('All adults (%)') names no thing at
all: it never leads a question asking which one (nor does it when a column is chosen before any lead check).
"""

from __future__ import annotations

import re

from ingest.figures import ISO_CODES

from ..types import bold_lead
from .cause_said import asks_cause
from .lead_form import which_thing_asked
from .slots import Slots

# things causing, asked by their noun: 'what restraints ...', 'what are the main drivers of ...'
_CAUSES_NOUN = re.compile(r"^\s*(?:what|which)\s+(?:(?:is|are|was|were)\s+(?:the\s+)?)?(?:(?:main|key|major|primary|"
                          r"principal|biggest|chief)\s+)?(?:restraints?|constraints?|barriers?|obstacles?|headwinds?|"
                          r"drivers?|factors?|reasons?|causes?|impediments?|limitations?)\b", re.I)
# a sentence defining or delimiting a term, or forecasting or estimating a figure: what is (or will be), not why
_DEFINES = re.compile(r"\b(?:is|are)\s+(?:defined|calculated|computed|measured)\s+as\b|\bdefines?\b[^.;]{0,80}?\bas\b|"
                      r"^\s*(?:methodology|definitions?|scope|notes?|source)\s*:|\b(?:covers?|excludes?)\b[^.;]{0,40}?"
                      r"\b(?:services|products|figures|data|market|shipments|sales|revenue)\b|"
                      r"\b(?:forecasts|projects|expects|estimates|(?:is|are)\s+(?:forecast|projected|expected)\s+to)\b[^.;]{0,120}?\d",
                      re.I)
# a cue of causing or purpose in the sentence: then it may answer after all ('forecasts X, driven by Y')
_CAUSING = re.compile(r"\b(?:because|due to|driven by|as a result|result(?:s|ed)? (?:of|from)|attributable|thanks to|"
                      r"owing to|caused by|fuel(?:l)?ed by|stem(?:s|med)? from|led by|supported by|underpinned by|"
                      r"reflect(?:s|ed|ing)?|amid|constrain\w*|restrain\w*|limit(?:s|ed|ing)?|h[eo]ld(?:s|ing)? back|"
                      r"weigh(?:ed|s|ing)? on|warn(?:s|ed)?|pressure|headwinds?|drivers?|barriers?)\b", re.I)
CAUSE_KIND_WHY = "the question asks a cause, and the lead is drawn from a sentence that {what}, which says no cause"


def _says_what_not_why(sentence: str) -> re.Match[str] | None:
    """The sentence's phrase defining a term or forecasting a figure (`_DEFINES`), when it writes no cue of causing."""
    m = _DEFINES.search(sentence)
    return None if m is None or _CAUSING.search(sentence) else m


def defines_only(sentence: str) -> bool:
    """The sentence defines or delimits a term ('X is calculated as ...', 'Methodology: ...') and writes no cue of
    causing: it says what a thing is, never why (a forecast is left out: 'expects X in 2025 as Y' may say why)."""
    m = _says_what_not_why(sentence)
    return m is not None and not re.match(r"(?:forecast|project|expect|estimate|is\s+forecast|are\s+forecast|"
                                          r"is\s+projected|are\s+projected|is\s+expected|are\s+expected)", m.group(0), re.I)


def causes_asked(slots: Slots) -> bool:
    """A cause asked: an explanation of why ('why ...', 'what drove ...') or the things causing named by their noun
    ('what restraints ...', 'what are the main drivers ...')."""
    return asks_cause(slots) or bool(_CAUSES_NOUN.match(slots.text))


def cause_kind_unsaid(slots: Slots, said: str, sentence: str, others: tuple[str, ...] = ()) -> str | None:
    """CAUSE_KIND_WHY when a cause is asked, the answer opens in bold, and the sentence the lead is drawn from
    (`sentence`, else the first of the other quoted sentences `others` holding the lead) defines or delimits a term or
    forecasts a figure and writes no cue of causing; else None."""
    lead = bold_lead(said)
    if lead is None or not causes_asked(slots):
        return None
    flat = " ".join(lead.split()).rstrip(".")
    sentence = next((s for s in (sentence, *others) if flat in " ".join(s.split())), "")
    if not sentence:
        return None  # a lead drawn from no quoted sentence is not judged here
    m = _says_what_not_why(sentence)
    if m is None:
        return None
    forecast = re.match(r"(?:forecast|project|expect|estimate)", m.group(0), re.I) is not None
    return CAUSE_KIND_WHY.format(what="forecasts or estimates a figure" if forecast else "defines or delimits a term")


# words asked of a thing, not its amount: 'what does X include', 'what does the asterisk indicate', 'what type of
# index', 'on what basis are X valued', 'what does the company lease'
_WORDS_OF = re.compile(r"^\s*(?:according to [^,?]+,\s*)?(?:what\s+(?:does|do|did)\s+[^?]*?\b(?:include|includes|indicate|"
                       r"indicates|mean|means|denote|denotes|represent|represents|comprise|comprises|consist of|cover|covers|"
                       r"lease|leases|refer to|refers to|exclude|excludes)\b|what\s+(?:type|kind|sort|form)s?\s+of\b|"
                       r"(?:on|under)\s+what\s+basis\b|what\s+(?:is|was|are|were)\s+the\s+basis\b)", re.I)
_MEASURE_TOO = re.compile(r"\bhow (?:much|many)\b|\b(?:amount|value|figure|number|total|share|percentage|rate|price|"
                          r"cost)\s+of\b|\band (?:what|how)\b", re.I)
_FIGURE_LEAD = re.compile(r"(?:(?:over|about|around|nearly|almost|approximately|some|more than|less than)\s+)?"
                          r"(?:[A-Z]{2,3}\s?|[$€£¥])?\s*[\d][\d,.]*\s*(?:%|million|billion|thousand|mn|bn|m|k)?"
                          r"(?:\s*,\s*\*\*[^*]+)?", re.I)
WORDS_KIND_WHY = "the question asks what a thing is or holds, in words, and the lead '{lead}' is a figure"


def figure_for_words_of(question: str, said: str) -> str | None:
    """WORDS_KIND_WHY when the question asks what a thing includes, indicates, means, is valued on or what type it is
    (no amount asked besides) and the bold lead is a figure (a year's label aside); else None."""
    lead = bold_lead(said)
    if lead is None or not _WORDS_OF.match(question) or _MEASURE_TOO.search(question):
        return None
    if not _FIGURE_LEAD.fullmatch(lead.strip()) or re.fullmatch(r"(?:FY\s?)?(?:19|20)\d\d", lead.strip()):
        return None
    return WORDS_KIND_WHY.format(lead=lead)


# a table's header path ('Value (USD million) › 2022'), a placeholder header ('Column 2') or a measure's header, its
# unit in brackets ('All adults (%)', 'Capacity (kt/yr)'): names no thing ('Germany(a)', a footnote, is a name)
_CURRENCY = r"(?-i:\b(?:" + ISO_CODES + r")\b)"
_HEADER_LEAD = re.compile(r"[^›]*›.*|(?:column|col\.?)\s*\d+|[^\W\d][^()]*\((?:%|[^()]*(?:%|/|" + _CURRENCY +
                          r"|\b(?:million|billion|thousand|mn|bn)\b)[^()]*)\)", re.I)
HEADER_WHY = "the lead '{lead}' is a table's header, which names none of the things asked"


def header_for_which(question: str, said: str) -> str | None:
    """HEADER_WHY when a 'which'/'what' question is led in bold by a header path or a placeholder header; else None."""
    lead = bold_lead(said)
    if lead is None or not re.match(r"^\s*(?:[^?]{0,60}\b)?(?:which|what|who)\b", question, re.I):
        return None
    return HEADER_WHY.format(lead=lead) if _HEADER_LEAD.fullmatch(lead.strip()) else None


# an amount: a bound, a currency or a scale or unit word around its digits ('over USD 40.5 billion', '0.7 percentage
# points', 'EUR 5 million'); a bare label ('2019', '18-24') is not one
_AMOUNT_LEAD = re.compile(r"(?:(?P<bound>over|about|around|nearly|almost|approximately|roughly|some|more than|less than|"
                          r"just over|just under|up to)\s+)?(?P<cur>[A-Z]{3}\s?|[$€£¥]\s?)?\d[\d,.]*\s*"
                          r"(?P<unit>%|(?:million|billion|thousand|trillion|mn|bn|percentage points?|pp|basis points|bps|"
                          r"per cent|tonnes|units)\b)?", re.I)
# 'excluding Others, which export group ...': a clause before 'which' asks the same
_WHICH_AFTER = re.compile(r"^\s*(?:excluding|apart from|besides|other than|of|among|in|across)\b[^,?]{0,60},\s*(?=which\b)",
                          re.I)
AMOUNT_WHICH_WHY = "the question asks which one; the lead '{lead}' is an amount, which names none"


def amount_for_which(question: str, said: str) -> str | None:
    """AMOUNT_WHICH_WHY when 'which <thing>' (no measure, period or amount asked) is led in bold by an amount with a
    bound, currency or unit (a bare figure is lead_form.no_name_for_which's); else None."""
    lead = bold_lead(said)
    if lead is None or not which_thing_asked(_WHICH_AFTER.sub("", question)):
        return None
    m = _AMOUNT_LEAD.fullmatch(lead.strip())
    if m is None or not (m.group("bound") or m.group("cur") or m.group("unit")):
        return None
    return AMOUNT_WHICH_WHY.format(lead=lead)


# the lead-kind checks of a question and its answer text, in order: lead_checks.framed runs them among every lead's
# checks; answers built before any lead check (named_first: a column, a leader, a side) ask `kind_unmatched`
KIND_CHECKS = (header_for_which, amount_for_which, figure_for_words_of)


def kind_unmatched(question: str, said: str) -> str | None:
    """The first lead-kind check's reason doubting the bold lead of `said` for `question`, or None."""
    return next((why for check in KIND_CHECKS if (why := check(question, said))), None)
