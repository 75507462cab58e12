"""The shape a question asks for, read from how it is worded: a computed figure, which is larger,
a comparison, an explanation, a list, or (the default) a figure. Parsed once into `Slots.shape`."""

from __future__ import annotations

import re

from ingest.keyword import tokenize

from .listed_as import listed_as_asked
from .cause_cues import cause_asked, cause_terms, is_cause_verb  # noqa: F401 (cause_terms, is_cause_verb re-exported)
from .pace_asked import PACE_ASKED_FORM

# Things a list question asks to be named ('which sectors ...', 'what use cases does X span').
_PLURALS = (r"companies|players|models|vendors|segments|scenarios|sectors|industries|use cases|applications|"
            r"products|factors|areas|fields|domains|cities|countries|regions|technologies|frameworks|benchmarks|"
            r"paradigms|providers|firms|tracks|hubs|clusters|barriers|challenges|innovations|verticals")
# 'Which sectors ...', 'What use cases does ...': the plural right after the question word is what is asked
# (a preposition before the question word, 'in which areas ...', still asks those things)
_PLURAL_ASKED = re.compile(rf"^\s*(?:(?:in|on|for|across|among|from|at|by|with|to)\s+)?(?:which|what)\s+(?:[\w-]+\s+){{0,2}}?(?:{_PLURALS})\b(?!\s+(?:of|in)\b)", re.I)
_NOT_NAMES = re.compile(r"\bhow (much|many)\b|\b(amount|number|value|total|share|percentage|proportion)\b|\d", re.I)

# a gap asked in points ('the gap between A and B, in points') is computed; a gap asked plainly may be printed
_SHAPES: list[tuple[str, re.Pattern]] = [
    ("computed", re.compile(r"\bgap between\b(?=.*\bpoints?\b)(?!.*\b(?:versus|vs\.?|compared)\b)|\b(difference between|how much (more|less|higher|lower)|combined|sum of|in total|"
                            r"average of|ratio of|change from)\b", re.I)),
    # 'what kind of tool ... most': one kind among the alternatives, asked as 'which' is
    ("which", re.compile(r"\b(which|who|what (?:kind|type|sort) of)\b.*\b(larger|largest|bigger|biggest|more|most|higher|highest|lower|lowest|"
                         r"smaller|smallest|faster|fastest|leads?|(?:led|topped)(?!\s+(?:to|by)\b)|better|best|worse|worst|stronger|strongest|weaker|"
                         r"weakest|ahead|less|least|fewer|fewest|slower|slowest)\b(?!\s+than\s+(a|an|one|\d))", re.I)),  # 'more than a trillion': a threshold, no ranking
    ("comparison", re.compile(r"\b(compare|compared|comparison|versus|vs\.?|relative to|against|side by side)\b|"
                              r"(?<!gap )(?<!gaps )(?<!lead )(?<!margin )(?<!difference )\b(between|both)\b.*\band\b", re.I)),
    ("explanation", re.compile(r"^\s*why\b|\b(explain|explains|explained|reasons?|drivers?|what drives)\b|"
                               # 'what makes X the main battlefield': the cause of a state
                               r"^\s*what (makes|made|has made)\b(?! up\b)(?!.*\b(much|many)\b)|"
                               r"^\s*how (does|do|can|could|will) (?!.*\b(much|many|big|large)\b)|"
                               # how a figure is arrived at: a method, not a figure
                               r"^\s*how (is|are|was|were) (?!.*\b(much|many|big|large)\b).*\b(determined|defined|"
                               r"calculated|measured|computed|estimated|recogni[sz]ed|presented|accounted|classified|"
                               r"allocated|derived|assessed|reviewed)\b|"
                               r"^\s*what (is|was|were|are) the (purpose|basis|cause|causes|aims?|goals?|objectives?|intent|intention)\b|"
                               # what a thing holds or means: a description, not a figure
                               r"^\s*what (does|do|did) (?!.*\b(much|many)\b).*\b(include|comprise|consist|represent|"
                               r"mean|refer to|cover)s?\b|^\s*what (is|are|was|were) (included|comprised) in\b|"
                               # what a thing comes of: 'what does the expense result from' asks its cause
                               r"^\s*what (does|do|did) (?!.*\b(much|many)\b).*\b(result|stem|arise)s?\s+from\b|"
                               r"\bwhat counts as\b|^\s*what (drove|drives|caused|causes|led to)\b|"
                               # what causes or what holds a thing back: 'what is driving X', 'what holds back X',
                               # 'what limits X' ask for a cause or a constraint, not a figure
                               r"^\s*what(?:'s|’s| is| are| was| were| has been)? (driving|behind|fuel(l)?ing|"
                               r"holds? back|held back|holding back|limits?|limited|limiting|constrains?|constraining|"
                               r"hinders?|hindering|restricts?|restricting)\b(?!.*\b(much|many)\b)|"
                               # what a thing depends on or what enables it: 'what does X hinge on', 'what should let X
                               # unlock Y' ask for a condition or a means, in words, not a figure
                               r"^\s*what (does|do|did|should|will|would|can|could|might|may) (?!.*\b(much|many)\b).*"
                               r"\b(hinges?|depends?|relies|rely|rests?|lies|lie) (on|upon|in)\s*\??\s*$|"
                               # what will change a thing's pace: 'what will speed up X', 'what could slow Y' ask
                               # for a cause, in words, not a figure (the form pace_asked owns)
                               + PACE_ASKED_FORM + r"|"
                               r"^\s*what (should |will |would |could |can |might |may )?(let|lets|enables?|enabled|allows?|"
                               r"allowed|helps?|helped) (?!.*\b(much|many)\b)", re.I)),
    ("list", re.compile(r"^\s*(list|name|what are|which (\w+ ){0,3}(are|were|include))\b|"
                        # a plural of names ('which products lead the segment'), unless an amount is asked of them
                        r"^(?!\s*(how (much|many)|what (was|is|were|are) the (amount|number|value|total))\b).*"
                        r"\b(companies|players|models|vendors|segments|scenarios)\b.*\?$", re.I)),
]


# 'In which year did X ...', 'Around what year ...': a year is asked, one date, not names or a ranking
YEAR_ASKED = re.compile(r"^\s*(?:(?:in|around|by|from|since)\s+)?(?:which|what)\s+(?:calendar\s+)?year\b(?!s)", re.I)
# 'in which year did X peak', 'which year was higher': the year a series is at its extreme, found by ranking years
_EXTREME = re.compile(r"\b(peak|peaks|peaked|record|highest|lowest|largest|smallest|most|least|maximum|minimum|"
                      r"top|bottom|higher|lower|larger|smaller|more|less)\b", re.I)


# 'How did A and B build X differently?', 'How does the paper contrast A and B?': how two things differ in kind
_IN_KIND = re.compile(r"\b(contrast|contrasts|contrasted|differ|differs|differed|differently|distinguish(?:es|ed)?|"
                      r"sets? (?:\w+ ){1,6}apart)\b", re.I)
_AMOUNT_WORDS = re.compile(r"\bhow (much|many|big|large|fast|wide)\b|\b(share|percentage|proportion|number|total|"
                           r"size|gap|lead|rate|score|amount|value)s?\b|\d", re.I)


def contrast_in_kind(question: str) -> bool:
    """The question asks how things differ in kind (no amount, measure or figure asked): an explanation, in words."""
    return bool(_IN_KIND.search(question)) and not _AMOUNT_WORDS.search(_YEAR.sub(" ", question))


def year_of_event(question: str) -> bool:
    """The question asks the year something happened, not the year a series ranks first or last."""
    return bool(YEAR_ASKED.match(question)) and not _EXTREME.search(question)


def shape_of(question: str, entity: bool) -> str:
    if re.match(r"\s*(why|how come)\b", question, re.I) or cause_asked(question) or manner_asked(question):
        return "explanation"  # 'why did X rise compared to 2018': a cause is asked, whatever it compares
    if year_of_event(question):
        return "figure"  # the year of an event: one date
    if listed_as_asked(question):
        return "list"  # 'what does CIC list as leading to X': the items a source lists
    if DIRECTION_ASKED.search(question):
        return "figure"  # 'which way is X heading': a direction (slots.trend), not a choice among names
    for name, cue in _SHAPES:
        if name == "list" and re.match(r"\s*(how|why|when|where|did|does|do|is|are|was|were|has|have)\b", question, re.I):
            continue  # 'how has the share of vertical models changed': a question word asking no names
        if name == "list" and both_named(question):
            return "comparison"  # 'what are the scores of A and B': a figure of each, not a list of names
        if cue.search(question):
            return name
    if list_names_asked(question) or _NAMES_ORDERED.search(question) and not _NOT_NAMES.search(question) \
            or counted_items_asked(question) or noun_phrase_names(question) or kinds_asked(question):
        return "list"
    if each_of_two(question):
        return "comparison"  # 'the deal size in the U.S. and in China': each one's figure
    return "which" if entity else "figure"


# 'How does X split tasks between A and B': a manner or a mechanism asked of a verb, not a figure compared
_MANNER = re.compile(r"^\s*how (?:does|do|can|could) (?!.*\b(?:much|many|big|large|high|far|fast|often|long)\b)", re.I)
_NO_MANNER = re.compile(r"\b(?:compare[sd]?|comparison|differ(?:s|ed|ent)?|stack(?:s|ed)? up|measure up|rank(?:s|ed)?|"
                        r"versus|vs\.?|fare)\b", re.I)


def manner_asked(question: str) -> bool:
    """'How does X divide work between A and B?', 'how do edge devices share the load': a 'how does X
    <verb>' question asks how X does it (an explanation), even naming two things; not 'how does X
    compare / differ / rank', a trend ('how does the share change between 2022 and 2024') or an amount."""
    return bool(_MANNER.match(question)) and not _NO_MANNER.search(question) and not trend_asked(question)


# 'Give / identify / cite the leading players': an imperative whose object is a plural of names
_NAMES_ORDERED = re.compile(r"^\s*(give|identify|cite|enumerate|mention|provide|outline|state)\s+(the\s+|some\s+|all\s+)?"
                            r"([\w-]+\s+){0,3}?[a-z-]+(?<!ss)(?<!\bis)(?<!\bas)(?<!\bus)s\b(?!\s+(of|for|in)\s+(19|20)\d\d)", re.I)
# two things named together with a figure asked of each: 'in the U.S. and in China', 'urban and rural',
# 'the 2021 deal count with the 2024 one'
_TWO_ASKED = re.compile(r"\b(in|for|of|by)\s+(the\s+)?[A-Z][\w.&-]*(\s+[A-Z][\w.&-]*)?\s+and\s+(in|for|of|by)\s+"
                        r"(the\s+)?[A-Z]|\b[A-Z][\w.&-]*\s+and\s+[A-Z][\w.&-]*\s+each\b|"
                        r"^\s*(?i:contrast)\b|\b(?i:each have|stacks? up|stacked up)\b")
_TOGETHER = re.compile(r"\b(together|combined|jointly|in total|altogether|sum)\b", re.I)


def each_of_two(question: str) -> bool:
    """'the deal size in the U.S. and in China', 'A and B each': a figure of each of two named sides, not their sum."""
    return bool(_TWO_ASKED.search(question)) and not _TOGETHER.search(question)


def list_names_asked(question: str) -> bool:
    """'Which sectors still have low AI penetration?', 'What use cases does the segment span?': the
    plural named right after the question word is what the answer lists; the question asks names,
    not an amount (no 'how many', 'share', 'total' or figure in it), so it asks no unit either:
    'penetration' there is the condition the sectors meet."""
    if _NOT_NAMES.search(_YEAR.sub(" ", question)):
        return False
    if _PLURAL_ASKED.search(question):
        return True
    # any plural that is the subject or object of the question's verb ('what key assumptions are X
    # based on'), unless it names a measure or a period, or the question dates what it asks
    m = _PLURAL_THEN_VERB.search(question)
    return bool(m) and not _MEASURE_PLURAL.fullmatch(m.group(1)) and not re.search(r"\d", question)


# A preposition the question word may follow ('along which three dimensions', 'into what groups'): the
# plural after the question word is still what the answer names.
_LEAD_PREPOSITION = r"(?:(?:in|on|for|across|among|from|at|by|with|to|along|into|under|over|through|between)\s+)?"
_YEAR = re.compile(r"\b(19|20)\d\d\b")  # a year dates the names asked; it is no amount
# 'What key assumptions are ...', 'which risks does ...': a plural right after the question word and
# its modifiers, then the question's verb
_PLURAL_THEN_VERB = re.compile(r"^\s*" + _LEAD_PREPOSITION + r"(?:which|what)\s+"
                               r"(?:[\w-]+\s+){0,2}?([a-z]{3,}(?<!ss)(?<!us)(?<!is)s)\s+(?:are|were|do|does|did|have|"
                               r"has|had|will|would|can|could|should|must|might|may)\b", re.I)
# plurals that name measures or periods: 'what sales were ...' asks an amount, 'what years are ...' times
_MEASURE_PLURAL = re.compile(r"sales|revenues|earnings|profits|prices|costs|shares|margins|returns|rates|figures|"
                             r"numbers|amounts|values|totals|units|scores|points|years|months|quarters|periods|days|"
                             r"times|dates|percentages|levels|sizes|volumes|expenses|losses|gains|balances|taxes|fees|"
                             r"deals|investments|funds|assets|liabilities|proceeds|payments|filings|events|shipments|downloads|"
                             r"registrations|transactions|orders", re.I)
# 'What three conditions must X meet?', 'What are the two paths of X?': a count of a plural, said in words
_COUNTED = re.compile(r"^\s*" + _LEAD_PREPOSITION + r"(?:what|which)\s+(?:(?:are|were)\s+the\s+)?(?:two|three|four|five|six|seven)\s+"
                      r"(?:[\w-]+\s+){0,2}?[a-z]{3,}s\b", re.I)


# A question said as a bare noun phrase ('Top AI companion apps?', 'Limitations of X in the figure?'): no
# question word, no verb asking; its head noun (before the first preposition or comma) is what it names.
_ASKING_WORD = re.compile(r"\b(?:what|which|who|whom|whose|when|where|why|how|vs\.?|versus)\b|^\s*(?:is|are|was|were|do|"
                          r"does|did|has|have|had|can|could|will|would|should|may|might|list|name|identify|give|describe|"
                          r"explain|compare|trace|show|tell|summari[sz]e|find|calculate|compute|back|state|cite)\b", re.I)
_HEAD_ENDS = re.compile(r"\s+(?:of|in|for|per|by|from|on|at|with|across|among|between|to|over|under|during|since|past|"
                        r"beyond|behind|that|according|as|named|listed|cited|mentioned|shown|covered|tracked|highlighted|singled)\b|"
                        r"[,:;?(]", re.I)
_HEAD_WORDS = 6
# 'the companies in the top 10': the length of a ranking, not a figure asked of the things named
_TOP_N = re.compile(r"\btop[- ]\d{1,3}\b", re.I)


def noun_phrase_names(question: str) -> bool:
    """'Top AI companion apps?', 'Chinese models past one trillion parameters?': a question said as a noun
    phrase whose head (its last word before a preposition or comma) is a plural of things, not of a measure
    or a period, with no amount asked (no figure, 'share', 'total'), names those things: a list."""
    return noun_phrase_head(question) is not None


def noun_phrase_head(question: str) -> str | None:
    """The plural head of a question said as a noun phrase naming things ('apps' of 'Top AI companion
    apps?'; `noun_phrase_names`), or None."""
    if _ASKING_WORD.search(question) or _NOT_NAMES.search(_TOP_N.sub(" ", question)) or _OVER_PERIODS.search(question):
        return None
    head = _HEAD_ENDS.split(question.strip(), maxsplit=1)[0].split()
    if not head or len(head) > _HEAD_WORDS:
        return None
    last = head[-1].lower()
    plural = bool(re.fullmatch(r"[a-z-]{3,}(?<!ss)(?<!us)(?<!is)s", last)) and not _MEASURE_PLURAL.fullmatch(
        last.rsplit("-", 1)[-1]) and last not in _NOT_THINGS
    return last if plural else None


# plurals that say how much or how things stand, not which: 'savings', 'trends', 'prospects', 'dynamics'
_NOT_THINGS = frozenset("savings trends prospects dynamics economics outlooks forecasts projections estimates "
                        "statistics stats details specifics basics terms news progress movements shifts changes".split())
# 'X in recent years?', 'X by year?', 'X over time?': a bare phrase dated by a run of periods asks how X moved
_OVER_PERIODS = re.compile(r"\b(?:by|per|each|every) (?:year|quarter|month)\b|\bover time\b|\bin recent (?:years|quarters)\b|"
                           r"\bover the (?:past|last)\b|\byear[- ]on[- ]year\b", re.I)
# 'What kinds of research did X do?', 'which types of services ...': the kinds are the items asked
_KINDS = re.compile(r"^\s*" + r"(?:(?:in|on|for|across|among|from|at|by|with|to|along|into|under|over|through|between)\s+)?"
                    r"(?:what|which)\s+(?:[\w-]+\s+)?(?:kinds|types|sorts|forms|categories|classes|varieties)\s+of\s+"
                    r"(?P<thing>[\w-]+)", re.I)


def kinds_asked(question: str) -> bool:
    """'What kinds of research did X undertake?', 'which types of services ...': the kinds are named, a list
    (no amount asked of them)."""
    return bool(_KINDS.search(question)) and not _NOT_NAMES.search(_YEAR.sub(" ", question))


def kinds_of(question: str) -> str | None:
    """The thing whose kinds the question asks ('research' of 'what kinds of research'), or None."""
    m = _KINDS.search(question)
    return m.group("thing") if m else None


def counted_items_asked(question: str) -> bool:
    """The question asks a count of things in words ('what three conditions'): it asks the things, a list."""
    return bool(_COUNTED.search(question)) and not _NOT_NAMES.search(_YEAR.sub(" ", question))


# Words that say how a report says a thing ('which models does CIC mention', 'according to the white paper',
# 'what does the report say'): no sentence that answers needs them, so they weigh nothing in its overlap.
HOW_SAID = frozenset(tokenize("mention mentioned mentions cite cited cites named according say says said describe "
                              "describes described highlight highlights highlighted white paper "
                              # and how a trend or a list is asked for: 'what trajectory', 'how did X move', 'name the'
                              "trajectory path evolve evolved move moved happen happened trace walk chart name list"))


# a percent asked as the ratio of two amounts: 'A as a proportion of B', 'the proportion of A over B',
# 'what percentage of the total X is Y', 'the liability to asset ratio', or a change between two
# amounts ('the percentage change in X from June 2018 to August 2019')
_RATIO = re.compile(r"\bas an? (?:proportion|percentage|ratio|share|fraction|portion) of\b|"
                    r"\b(?:proportion|ratio|percentage|fraction) of\b(?:.*\b(?:over|to)\b| (?:the )?total\b)|"
                    r"\b[a-z]+[- ]to[- ][a-z]+ ratio\b|"
                    r"\b(?:percentage|percent|%) (?:change|increase|decrease|difference)\b", re.I)


def asks_ratio(question: str) -> bool:
    """The question asks a percent that is the ratio of two amounts (see `_RATIO`)."""
    return bool(_RATIO.search(question))


# -- a trend: a metric's direction over a period ------------------------------------------------------
_MOVE = (r"chang(?:e|es|ed|ing)|develop(?:s|ed|ing)?|evolv(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|"
         r"progress(?:ed|ing)?|fare[sd]?|behav(?:e|es|ed|ing)|perform(?:s|ed|ing)?|trend(?:s|ed|ing)?|grow(?:n|s|ing)?|grew|ris(?:e|es|en|ing)|rose|"
         r"f[ae]ll(?:en|s|ing)?|declin(?:e|es|ed|ing)|narrow(?:s|ed|ing)?|widen(?:s|ed|ing)?|shr[iau]nk(?:en|s|ing)?|"
         r"increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|expand(?:s|ed|ing)?|contract(?:s|ed|ing)?|"
         r"gain(?:s|ed|ing)?|los(?:e|es|ing|t)")
_UP = r"up|rise|rising|grow|growing|increase|increasing|widen|widening|expand|expanding|improve|improving|higher|gain|gaining"
_DOWN = r"down|fall|falling|shrink|shrinking|decline|declining|decrease|decreasing|narrow|narrowing|contract|lower|lose|losing|lost"
_HOW_FAR_COME = r"(?:^|[,:;]\s*)how far (?:has|have|had|did|does|do|is|are|was|were) [^?]*\b(?:come|progressed|advanced|gotten|got)\b(?!\s+(?:down|up|back)\b)"
_HOW_FAR_COME_RX = re.compile(_HOW_FAR_COME, re.I)
_TREND = re.compile(
    # 'up or down', 'narrowed or widened': both directions offered
    rf"\b(?:{_UP})(?:ed)?\s+or\s+(?:{_DOWN})(?:ed)?\b|\b(?:{_DOWN})(?:ed)?\s+or\s+(?:{_UP})(?:ed)?\b|"
    # 'the trajectory / outlook / trend of X', 'where is X heading', 'what happened to X'
    r"\b(?:trajectory|trajectories|outlook|trend|trends|trending|growth path)\b|\bhead(?:ed|ing)\b|"
    r"^\s*what (?:has )?happened to\b|"
    # 'what does CIC expect for GDP growth': an expectation for a metric is its outlook, often said in words
    r"(?:^|[,:;]\s*)what (?:does|do|did)\b[^?]*\b(?:expect|forecast|project|anticipate|predict)\s+for\b|"
    # 'how has X changed', 'how is X expected to develop', 'how did X move from A to B'
    # (also after a leading clause: 'Since 2023, how has X evolved?')
    rf"(?:^|[,:;]\s*)how (?:has|have|had|did|does|do|is|are|was|were|will|would|could|might)\b[^?]*\b(?:{_MOVE})\b|"
    # 'has X narrowed since 2023', 'did X rise between 2018 and 2021'
    rf"(?:^|[,:;]\s*)(?:has|have|had|did|does|do|is|are|was|were)\b[^?]*\b(?:{_MOVE})\b[^?]*\b(?:since|between|from|over)\b|"
    # 'how far has X come': the progress made, said in words (not 'how far did X fall': an amount of change)
    + _HOW_FAR_COME, re.I)
# an amount of change ('how much did X change', 'by what percentage'), a cause ('why') or a rate ('how fast'):
# one figure or a reason is asked, not the direction with its two ends
_NOT_TREND = re.compile(r"\bhow (?:much|many|far|fast|quickly|rapidly|often|long)\b|\bby (?:how|what)\b|^\s*why\b|"
                        r"\b(?:which|who)\b", re.I)


# 'Which way is X heading', 'in what direction is X moving', 'what's the direction of travel': the direction
# asked, not a choice among names
DIRECTION_ASKED = re.compile(r"\b(?:which|what)\s+(?:way|direction)s?\b|\bwhat(?:'s|’s|\s+is)\s+the\s+direction\b|"
                             r"\bdirection of travel\b", re.I)


def trend_asked(question: str) -> bool:
    """A trend question names a metric and asks its direction over a period ('how has X changed since
    2023', 'did X rise or fall', 'what trajectory is forecast for X', 'which way is X heading'): the
    answer gives the figures at both ends with their years. Not an amount of change, a rate, a cause
    or a choice among names."""
    direction = DIRECTION_ASKED.search(question)
    return bool(direction or _TREND.search(question)) and (
        bool(_HOW_FAR_COME_RX.search(question)) or not _NOT_TREND.search(DIRECTION_ASKED.sub(" ", question)))


# -- names asked ---------------------------------------------------------------------------------------
# 'List / name / identify the key players ...': the imperative asking names is how the question asks, not its topic
IMPERATIVE_LIST = re.compile(r"^\s*(list|name|identify|enumerate|give|cite|mention|outline)\b(?=\s+(?:the|some|all|any|\w+s)\b)",
                             re.I)


def names_ordered(question: str) -> bool:
    """'Name the cloud vendors that ...', 'List the sectors where ...': an imperative whose object is a plural
    of names, with no amount asked of them."""
    return bool(_NAMES_ORDERED.search(question) or re.match(r"\s*(list|name)\s+(the\s+|some\s+|all\s+)?([\w-]+\s+){0,3}?"
                                                              r"[a-z-]+(?<!ss)s\b", question, re.I)) \
        and not _NOT_NAMES.search(_YEAR.sub(" ", question))


# Two named things joined by 'and' with a figure asked of each: 'the scores of Grok 4 and Claude 4.5 Sonnet',
# 'what do Company D and Company E each hold'. A name: words each capitalised or holding a digit, or a
# bracketed note ('gpt-oss-120B (high)').
_TOKEN = r"(?:[A-Z0-9][\w.&'’+/-]*|[a-z][\w.+/-]*\d[\w.+/-]*|\([^()]{1,20}\))"
NAME = rf"(?:[A-Z][\w.&'’+/-]*|[a-z][\w.+/-]*\d[\w.+/-]*)(?:\s+{_TOKEN}){{0,4}}?"
BOTH_NAMED = re.compile(rf"\b(?:of|do|does|did|for|between|have|had|has)\s+(?:the\s+)?(?P<a>{NAME})\s+and\s+(?:the\s+)?"
                        rf"(?P<b>{NAME})(?:['’]s?)?(?=\s+(?:each|both|respectively)\b|\s+(?:have|hold|has|had|score|scored|"
                        rf"post|posted|get|got|achieve|achieved|earn|earned|record|recorded|take|took)\b|\s*[?.]?\s*$|"
                        rf"\s+(?:in|on|at|by|as of|according)\b)")


def both_named(question: str) -> tuple[str, str] | None:
    """The two names of a question asking a figure of each ('what are the scores of A and B?'), or None
    (no figure asked: 'which companies did A and B invest in'; a sum: 'A and B together')."""
    if not re.match(r"\s*(what|how (?:much|many|big|large|high))\b", question, re.I) or _TOGETHER.search(question):
        return None
    m = BOTH_NAMED.search(question)
    if m is None or re.match(r"(?i)(19|20)\d\d$", m.group("a")) or re.match(r"(?i)(19|20)\d\d$", m.group("b")):
        return None  # two years are periods, not names
    return m.group("a"), m.group("b")
