"""The computation a question asks of the figures it addresses, read from its words: change,
percentage change (or points), average, sum, ratio or share; 'compound' when it asks for two."""

from __future__ import annotations

import re

from .measure_names import spelled_blanked
from .slots import Slots

_PERCENT_OF = re.compile(r"\bpercentage (of )?constitution\b|\bpercentage of\b|\bas a percent(age)? of\b|"
                         r"\bwhat percent of\b", re.I)
# 'what proportion / share / fraction of W was P': a part of a whole, which report writers give in percent
# (unlike 'the proportion of A over B' or 'A as a proportion of B', a ratio of two amounts)
# and 'Y's share of total W' (a part named by its possessive, of a whole the question calls a total, or the world's:
# 'China's share of global deployments')
_PART_OF_WHOLE = re.compile(r"\bwhat (?:proportion|share|fraction|portion) of\b|"
                            r"(?:'s|’s)\s+share\s+of\s+(?:the\s+)?(?:total|global|world(?:wide)?)\b", re.I)

# a passive auxiliary: 'were added', 'have been opened' (also prose_change's 'how many X were added' frame)
PASSIVE = r"(?:were|was|have\s+been|has\s+been|had\s+been)"
# 'by how much / many did S <verb>' and 'how much did S <verb> by' of a verb naming a move (whose direction may be
# the reader's: 'improve')
_MOVED_ASKED = (r"(?:by\s+how\s+(?:much|many)\b[^?]*\b(?:improv|reduc|worsen|deteriorat|cut|lower|add|rais|expand)\w*\b|"
                r"how\s+(?:much|many)\s+(?:did|has|have|had|was|were)\s+[^?]*\b(?:increas|decreas|ris|rose|fell|fall|"
                r"grow|grew|declin|drop|improv|reduc|add|cut|chang)\w*\s+by\b)")
# a change asked by its verb: 'how many X were added', 'by how much did S improve / reduce', 'how much did S rise by'
_VERB_CHANGE = rf"^\s*how many\b[^?]*\b{PASSIVE}\s+added\b|^\s*{_MOVED_ASKED}"

_OPS: list[tuple[str, re.Pattern]] = [
    ("percent_change", re.compile(r"\bpercent(age)?\s+(change|increase|decrease|growth|decline|rise|fall|drop|difference)|"
                                  r"%\s*change|\bgrowth rate|\brate of (change|growth)|"
                                  # 'by what percentage did X change', 'what percent did X rise by': a change asked in percent
                                  r"\bby what (percent(age)?|%)|\bwhat percent(age)? (did|does|do|has|have|had)\b|"
                                  r"\bhow much percent\b", re.I)),
    # 'weighted-average useful life' names a measure (a label's words), not a mean the question asks
    ("average", re.compile(r"(?<!weighted[- ])\baverage\b|\bmean\b", re.I)),
    ("share", re.compile(f"{_PERCENT_OF.pattern}|{_PART_OF_WHOLE.pattern}", re.I)),
    ("ratio", re.compile(r"\bratio\b|\bproportion\b", re.I)),
    ("sum", re.compile(r"\b(sum|combined|total of|altogether|together)\b|\bin total\b(?!\s+\w)", re.I)),
    # 'the gap between A and B': their difference (two gaps set against each other ask no one difference)
    ("change", re.compile(r"\b(change|increase|decrease|difference|grow|growth|decline|rise|fall|drop)\b|"
                          r"\b(?:gap|disparity|differential|spread)(?:\s+(?:in|of|for)\s+[^?]*?)?\s+between\b(?!.*\b(?:versus|vs\.?|compared)\b)|"
                          # 'by how much did A exceed B': A less B
                          r"\bby how much\b.*\b(?:exceed|outstrip|surpass)\w*\b|"
                          # 'how much capacity is X expected to add between 2024 and 2030': the change over the span
                          r"\bhow (?:many|much)\b[^?]*\b(?:add|gain|lose|lost|shed)\w*\b[^?]*\b(?:between|from)\b[^?]*\d|"
                          # 'how many X were added', 'by how much did S improve / reduce', 'how much did S rise by':
                          # the move of S between its two figures
                          + _VERB_CHANGE,
                          re.I)),
]

# a growth asked as a multiple of its start ('the growth multiple of X', 'by what multiple did X grow', 'how many
# times did X grow', 'a threefold rise'): the later figure over the earlier, not their difference
_MULTIPLE = re.compile(r"\b(?:growth|expansion)\s+multiples?\b|\bmultiple of growth\b|\bby what (?:factor|multiple)\b|"
                       r"\bwhat multiple\b|\bhow many times\b|\b\w+-fold\b|\b(?:two|three|four|five|six|ten)fold\b", re.I)



# a multiple in its general grammar: 'how many times', 'by what factor', 'A as a multiple of B', 'A relative to B (x)'
_MULTIPLE_ASKED = re.compile(_MULTIPLE.pattern + r"|\bas an? multiple of\b|\brelative to\b[^?]*\(\s*x\s*\)", re.I)
# where the base (the divisor) of a multiple is named, tried in turn: after 'than' ('how many times larger is A than
# B'), after 'multiple of' / 'relative to' / 'compared with', at 'from' of 'from B to A', else after 'times' ('A was
# how many times B', 'how many times B is A')
_BASE_AT = (re.compile(r"\bthan\b", re.I),
            re.compile(r"\bmultiple of\b|\brelative to\b|\bcompared (?:to|with)\b|\bover\b(?=[^?]*\(\s*x\s*\))", re.I),
            re.compile(r"\bfrom\b(?=.*\b(?:to|through)\b)", re.I),
            re.compile(r"\btimes\b", re.I))
_YEAR_AT = re.compile(r"(?<![\d/.,])((?:19|20)\d{2})(?:[EF]\b)?(?![\d%])", re.I)


def multiple_asked(question: str) -> bool:
    """The question asks how many times one figure is another, in any of the grammar's forms."""
    return _MULTIPLE_ASKED.search(question) is not None


def multiple_base_year(question: str) -> int | None:
    """The year of the base a multiple divides by: the first year written after where the grammar names the base
    ('in 2021 was how many times that of 2019' -> 2019; 'how many times the 2024 figure is 2028E's' -> 2024;
    'grow from 2019 to 2024' -> 2019); None when no year follows it."""
    for rx in _BASE_AT:
        m = rx.search(question)
        if m is not None and (y := _YEAR_AT.search(question, m.end())) is not None:
            return int(y.group(1))
    return None


def without_multiple(question: str) -> str:
    """The question without the words asking a growth multiple ('the growth multiple of X'): they ask no percentage."""
    return _MULTIPLE.sub(" ", question)


# 'due to' / 'attributable to' close a question asking a cause ('what was the increase due to?'); before a
# noun they are words of a label ('Amounts due to related parties', 'Net income attributable to X')
_CAUSE = re.compile(r"\b(because|reasons?|caused?|driven by|led to|resulted? (in|from))\b|"
                    r"\b(?:due|attributable) to(?:\s+(?:in|for|during)\s+[^?]*)?\s*\??\s*$", re.I)
# a change of a percentage asked in points, not relative to the first
_POINTS = re.compile(r"\bchange in (the )?percent(age)?\b|\babsolute percent(age)? change\b|\bpercentage points?\b", re.I)


# 'the margin / spread between A and B': what A exceeds B by (price less cost), A - B; the words of A and B
# ('the average realised price') name the two things, not an operation asked of them
MARGIN_BETWEEN = re.compile(r"\b(?:margin|spread)\s+between\s+(?:the\s+)?(?P<a>.+?)\s+and\s+(?:the\s+)?"
                            r"(?P<b>.+?)\s*\??\s*$", re.I)


# a rate named by its period: 'compound annual growth (rate)', 'CAGR', 'annual growth', 'annualised growth', 'average
# annual growth rate', 'year-on-year / YoY / quarter-on-quarter / QoQ growth': a rate of the figures (a percentage
# change, compounded a year when the years asked are further apart than one), never their difference or mean.
# Not computed_rate.COMPOUND (a rate a year, to compound): this one also names 'YoY' and 'QoQ', not 'annualized' alone
RATE_NAMED = re.compile(r"\bcompound(?:ed)?\s+(?:annual\s+)?growth\b|\bcagrs?\b|"
                        r"\b(?:average\s+)?annual(?:i[sz]ed)?\s+(?:growth|rate)\s+(?:rate|of\s+growth)\b|"
                        r"\b(?<!average )annual(?:i[sz]ed)?\s+growth\b|\bannuali[sz]ed\s+(?:rate|growth)\b|"
                        r"\b(?:year|quarter)[- ](?:on|over)[- ](?:year|quarter)\s+(?:percentage\s+)?growth\b|"
                        r"\b(?:yoy|qoq)\s+(?:percentage\s+)?growth\b|\bgrowth\s+(?:rate\s+)?(?:yoy|qoq)\b", re.I)


def operation(question: str) -> str | None:
    """The computation a question asks for, from its words ('percentage change' before 'change');
    'compound' when it asks for two (the change of an average): no one operation answers it. A spelled-out
    measure's words ('average selling price') name the measure, no operation."""
    question = spelled_blanked(question)
    margin = MARGIN_BETWEEN.search(question)
    if margin is not None:  # the margin's own difference; an operation asked of it (its change) is a second one
        return "change" if operation(question[:margin.start()]) is None else "compound"
    if _CAUSE.search(question):  # 'what is the increase in X due to?': the explaining sentence, no figure
        return None
    if _POINTS.search(question):  # 'the change in the percentage of sales': a difference in points
        return "change"
    if RATE_NAMED.search(question) and not _MULTIPLE.search(question) \
            and operation(RATE_NAMED.sub(" ", question)) in (None, "change", "percent_change"):
        return "percent_change"  # the rate named fixes the operation; 'average annual growth rate' is no mean
    found = [name for name, cue in _OPS if cue.search(question)]
    if "percent_change" in found and "change" in found:
        found.remove("change")
    if "change" in found and _MULTIPLE.search(question):  # 'the growth multiple of X from 2019 to 2030': B / A
        found[found.index("change")] = "multiple"
    if "share" in found and "ratio" in found:  # 'the proportion of A as a percentage of B'
        found.remove("ratio")
    if "share" in found and "sum" in found and _PART_OF_WHOLE.search(question) and not _PERCENT_OF.search(question):
        found.remove("share")  # 'A and B together - what share of revenues': the parts' shares added
    if len(found) > 1:
        return "compound"
    return found[0] if found else None


def besides_share(question: str) -> str | None:
    """The operation a question asks of figures that are themselves shares ('the average proportion of
    cost of revenue as a percentage of revenue in 2017 and 2018'): its words without the share asked."""
    share = dict(_OPS)["share"]
    return operation(share.sub(" ", re.sub(r"\bproportion\b", " ", question, flags=re.I)))


def asked_operation(slots: Slots, question: str) -> str | None:
    """`operation(question)`, found once for the question's slots (the cell path and the sentence path both ask)."""
    return slots.derived(("operation", question), lambda: operation(question))


# 'What was the change in X?' with no period: the change between the only two years the table gives
NO_PERIOD_CHANGE = re.compile(r"^\s*(what|how much) (is|was|were) the (percentage |absolute )?"
                              r"(change|increase|decrease|growth|decline)\b|"
                              # the same change asked by its verb: 'how much did X increase by', 'how many X were added'
                              + _VERB_CHANGE + "|"
                              r"^\s*by\s+how\s+(?:much|many)\s+(?:did|has|have|had|was|were)\b", re.I)


# 'the difference in X between 2018 and 2019': a difference names no direction (unlike 'the change from 2018
# to 2019' or 'the increase'), so it is the larger less the smaller, as between two rows
_DIFFERENCE_BETWEEN = re.compile(r"\bdifference\b[^?]*\bbetween\b", re.I)
_DIRECTED = re.compile(r"\bfrom\b|\b(?:change|increase|decrease|growth|decline|rise|fall|drop)\b|\bpercent", re.I)


_PERIOD_SAID = re.compile(r"\b(?:19|20)\d\d\b|\bF[Y]?\s?\d\d\b", re.I)  # '2019', 'FY19', 'F18'


def undirected(question: str) -> bool:
    """The question asks the difference between two periods it names ('between 2018 and 2019', not 'both
    years') with no direction: the larger less the smaller."""
    return bool(_DIFFERENCE_BETWEEN.search(question)) and not _DIRECTED.search(question) \
        and len(set(m.upper().replace(" ", "") for m in _PERIOD_SAID.findall(question))) == 2



# the operation words a measure's own name may end in ('the credit loss ratio', 'the CASA ratio')
_NAME_ENDS = re.compile(r"\b([A-Za-z][\w-]*)\s+(ratio|proportion)\b", re.I)


# 'the average standard dish', 'the average selling price': 'average' before the words of a thing
_AVERAGE_NAMED = re.compile(r"\b(?:average|mean)\s+([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)", re.I)


def sentence_operation(question: str, sentences: list[str]) -> str | None:
    """`operation(question)` with each 'W ratio' the quoted sentences also write ('credit loss ratio increased to
    1.18%') read as the measure's name, no ratio asked: 'the change in the credit loss ratio' asks a change; so is
    an 'average X' the sentences write ('the average standard dish fell from USD 599 to USD 349')."""
    said = " ".join(sentences).lower()
    for m in _AVERAGE_NAMED.finditer(question):  # 'the average standard dish' the sentence writes: a thing's name
        if re.search(rf"\b{re.escape(m.group(0).lower())}\b", said):
            question = question.replace(m.group(0), m.group(1), 1)
    for m in _NAME_ENDS.finditer(question):
        if re.search(rf"\b{re.escape(m.group(0).lower())}\b", said) and m.group(1).lower() not in ("the", "a", "what"):
            question = question.replace(m.group(0), m.group(1), 1)
    return operation(question)
