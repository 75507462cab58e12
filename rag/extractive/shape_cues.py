"""The shape a question asks for, read from how it is worded: a computed figure, which is larger,
a comparison, an explanation, a list, or (the default) a figure. Parsed once into `Slots.shape`."""

from __future__ import annotations

import re

# Things a list question asks to be named ('which sectors ...', 'what use cases does X span').
_PLURALS = (r"companies|players|models|vendors|segments|scenarios|sectors|industries|use cases|applications|"
            r"products|factors|areas|fields|domains|cities|countries|regions|technologies|frameworks|benchmarks|"
            r"paradigms|providers|firms|tracks|hubs|clusters|barriers|challenges|innovations|verticals")
# 'Which sectors ...', 'What use cases does ...': the plural right after the question word is what is asked
_PLURAL_ASKED = re.compile(rf"^\s*(?:which|what)\s+(?:[\w-]+\s+){{0,2}}?(?:{_PLURALS})\b(?!\s+(?:of|in)\b)", re.I)
_NOT_NAMES = re.compile(r"\bhow (much|many)\b|\b(amount|number|value|total|share|percentage|proportion)\b|\d", re.I)

_SHAPES: list[tuple[str, re.Pattern]] = [
    ("computed", re.compile(r"\b(difference between|how much (more|less|higher|lower)|combined|sum of|in total|"
                            r"average of|ratio of|change from)\b", re.I)),
    ("which", re.compile(r"\b(which|who)\b.*\b(larger|largest|bigger|biggest|more|most|higher|highest|lower|lowest|"
                         r"smaller|smallest|faster|fastest|leads?|better|best|worse|worst|stronger|strongest|weaker|"
                         r"weakest|ahead)\b", re.I)),
    ("comparison", re.compile(r"\b(compare|compared|comparison|versus|vs\.?|relative to|against|side by side)\b|"
                              r"\b(between|both)\b.*\band\b", re.I)),
    ("explanation", re.compile(r"^\s*why\b|\b(explain|explains|explained|reasons?|drivers?|what drives)\b|"
                               # 'what makes X the main battlefield': the cause of a state
                               r"^\s*what (makes|made|has made)\b(?! up\b)(?!.*\b(much|many)\b)|"
                               r"^\s*how (does|do|can|could|will) (?!.*\b(much|many|big|large)\b)|"
                               # how a figure is arrived at: a method, not a figure
                               r"^\s*how (is|are|was|were) (?!.*\b(much|many|big|large)\b).*\b(determined|defined|"
                               r"calculated|measured|computed|estimated|recogni[sz]ed|presented|accounted|classified|"
                               r"allocated|derived|assessed|reviewed)\b|"
                               r"^\s*what (is|was|were|are) the (purpose|basis|cause|causes)\b|"
                               # what a thing holds or means: a description, not a figure
                               r"^\s*what (does|do|did) (?!.*\b(much|many)\b).*\b(include|comprise|consist|represent|"
                               r"mean|refer to|cover)s?\b|^\s*what (is|are|was|were) (included|comprised) in\b|"
                               r"\bwhat counts as\b|^\s*what (drove|drives|caused|causes|led to)\b|"
                               # what causes or what holds a thing back: 'what is driving X', 'what holds back X',
                               # 'what limits X' ask for a cause or a constraint, not a figure
                               r"^\s*what(?:'s|’s| is| are| was| were| has been)? (driving|behind|fuel(l)?ing|"
                               r"holds? back|held back|holding back|limits?|limited|limiting|constrains?|constraining|"
                               r"hinders?|hindering|restricts?|restricting)\b(?!.*\b(much|many)\b)", re.I)),
    ("list", re.compile(r"^\s*(list|name|what are|which (\w+ ){0,3}(are|were|include))\b|"
                        # a plural of names ('which products lead the segment'), unless an amount is asked of them
                        r"^(?!\s*(how (much|many)|what (was|is|were|are) the (amount|number|value|total))\b).*"
                        r"\b(companies|players|models|vendors|segments|scenarios)\b.*\?$", re.I)),
]


def shape_of(question: str, entity: bool) -> str:
    if re.match(r"\s*why\b", question, re.I):
        return "explanation"  # 'why did X rise compared to 2018': a cause is asked, whatever it compares
    for name, cue in _SHAPES:
        if cue.search(question):
            return name
    if list_names_asked(question):
        return "list"
    return "which" if entity else "figure"


def list_names_asked(question: str) -> bool:
    """'Which sectors still have low AI penetration?', 'What use cases does the segment span?': the
    plural named right after the question word is what the answer lists; the question asks names,
    not an amount (no 'how many', 'share', 'total' or figure in it), so it asks no unit either:
    'penetration' there is the condition the sectors meet."""
    return bool(_PLURAL_ASKED.search(question)) and not _NOT_NAMES.search(question)
