"""What kind of answer a question asks for (an amount, a time, a place, a frequency, a yes or no, a description),
read from its asking clause."""

from __future__ import annotations

import re

from .driver_asked import causes_named_asked
from .shape_cues import year_of_event

# What kind of answer a question asks for. An amount ('how much', 'what share', 'what was X in 2019')
# is a figure of the unit asked; the others are not figures, so the question asks no unit: a time
# ('when does the expense reverse'), a place ('where can the discussion be found'), a frequency
# ('how often are the assumptions reviewed'), a yes or no ('are there any requirements'), or a
# description ('what does services revenue comprise', 'what drove the surge', 'what symbol').
AMOUNT_ASKED = re.compile(r"^\s*(how (much|many|big|large|fast|high|low|long)|(what|which) ((was|is|were|are) the )?(share|percentage|"
                     r"proportion|portion|fraction|amount|value|number|total|sum|size|level|rate|ratio|multiple)s?)\b|"
                     r"\b(what|where) (was|is|were|are|did|does|do) (the |its |their )?\w+('s)? (rank|ranking|position|place)\b|"
                     r"^\s*where (do|does|did|is|was) .*\b(rank|ranks|ranked|stand|stands)\b|"
                     r"\b(larger|higher|greater|bigger|smaller|lower|more|less|faster|slower)\s+than\b|"
                     # 'what was the U.S. lead over ...', 'what were the two models' gaps': an owner before the amount
                     r"^\s*(what|which) (was|is|were|are) (the|its|their) ([\w.'’-]+\s+){0,2}?(share|percentage|lead|gap|"
                     r"margin|difference|amount|value|number|total|size|rate)s?\b", re.I)
_ASKS: list[tuple[str, re.Pattern]] = [
    ("time", re.compile(r"^\s*(when|since when|until when)\b", re.I)),
    ("place", re.compile(r"^\s*where\b", re.I)),
    ("frequency", re.compile(r"^\s*how often\b", re.I)),
    ("yesno", re.compile(r"^\s*(is|are|was|were|does|do|did|has|have|had|can|could|will|would|should)\s+(there|it|they|the|this|these|any|a|an)\b",
                         re.I)),
    # the question's own verb asks for a description: 'what does X comprise / include / represent /
    # mean', 'what is X defined as', 'what is excluded', 'what drove / impacted X', 'what symbol'
    # ('what does the glossary say X means': the verb of a reported clause takes its -s)
    ("description", re.compile(r"^\s*what (does|do|did|is|are|was|were) [^?]*\b(comprises?|consists?|represents?|means?|"
                               r"includes?|covers?|contains?|stands? for|refers? to)( of)?\s*\??\s*$|"
                               r"^\s*what (is|are|was|were) (the )?(definition|meaning|purpose|nature) of\b|"
                               r"^\s*what (is|are|was|were) [^?]*\b(defined|excluded|included) (as|in|from|when)\b|"
                               r"^\s*what (is|are|was|were) (excluded|included)\b|"
                               r"^\s*what (factors |reasons )?(drove|drives|impacted|impacts|affected|affects|caused|causes|"
                               r"led to|contributed to)\b|"
                               r"^\s*what (symbol|ticker)\b|\bthe (symbol|ticker) of\b|"
                               # 'what do X result from', 'what business was X engaged in': the source or activity, in words
                               r"\b(result|results|resulted|arise|arises|arose|stem|stems|stemmed|engaged) (from|in)\s*\??\s*$|"
                               # 'what is the plan for X', 'what is another name for X': a plan, method or name is words
                               r"^\s*what (is|are|was|were) (the |its |their |another |the company'?s |the group'?s )?(plans?|"
                               r"polic(y|ies)|methods?|approach|objectives?|names?|strateg(y|ies)) (for|of|to|on)\b", re.I)),
]


# a year or a time asked: 'when' opening a clause ('when will', 'since when', 'per CIC, when ...'), a closing 'when?'
# ('what came when?'), a year the asking word names ('in which year', 'what is the first year', 'which base year'), or a
# terse 'first year X passes Y'; a 'when' inside a clause ('why does X fail when Y') sets a condition, and 'what was the
# year-on-year growth' asks a rate: neither asks a time. A 'when' the verb follows inverted ('and when will', 'CIC says
# when does') opens an asking clause wherever it stands: a condition puts its subject first ('when task steps exceed')
_YEAR_OR_TIME = re.compile(r"(?:^|[,;:]\s*)\W*(?:(?:since|from|until|till|by)\s+)?when\b|\bwhen\s*[?.]?\s*$|"
                           r"\bwhen\s+(?:exactly\s+)?(?:will|would|shall|does|do|did|is|are|was|were|has|have|had|can|could|"
                           r"should|might|may|must)\b|"
                           r"(?:\b(?:which|what)(?:\s+|['’]s\s+)(?:(?:is|was|will\s+be|would\s+be)\s+)?(?:the\s+)?|"
                           r"^\W*(?:the\s+)?(?=first\b))"
                           r"(?:(?:first|last|earliest|latest|base|calendar|fiscal)\s+)*year\b(?![-\s]+(?:on|end|ended|over)\b)",
                           re.I)


def asks_year(question: str) -> bool:
    """Whether the question asks a year or a time (`_YEAR_OR_TIME`): read once into Slots.year_asked."""
    return bool(_YEAR_OR_TIME.search(question))


def asks_of(question: str) -> str:
    """amount | time | place | frequency | yesno | description: the kind of answer asked for, read from the
    asking clause (`asking_clause`)."""
    question = asking_clause(question)
    if AMOUNT_ASKED.search(question):
        return "amount"
    if year_of_event(question):
        return "time"  # 'in which year did X happen' (not 'in which year did X peak': a series ranked)
    if causes_named_asked(question):
        return "description"  # 'what factors support X': the causes, in words, not a figure near them
    kind = next((name for name, cue in _ASKS if cue.search(question)), "amount")
    if kind == "description" and _PARTICIPLE.search(question) and len(set(_YEARS.findall(question))) >= 2:
        return "amount"  # 'what were the deposits included in X at 2020 and 2019': a figure per year asked
    return kind


# 'the deposits included in time deposits': a participle modifying the noun asked, not the asked predicate
_PARTICIPLE = re.compile(r"^\s*what (?:is|are|was|were) the [\w -]+?\b(?:defined|excluded|included) (?:as|in|from)\b", re.I)
# the years a question names: asked of two or more, it asks a figure for each, which no description gives
_YEARS = re.compile(r"\b(?:19|20)\d\d\b")


# a clause after a semicolon that opens with a question word: the question proper, after a lead-in
_ASKING_AFTER = re.compile(r";\s*((?:what|which|who|whom|whose|how|when|where|why)\b[^;]*)$", re.I)


def asking_clause(question: str) -> str:
    """The clause that asks: 'The report cites ELO scores; what does ELO mean?' asks 'what does ELO mean?',
    the lead-in before the semicolon only sets the scene. A question with no such clause is its own."""
    m = _ASKING_AFTER.search(question)
    return m.group(1) if m else question
