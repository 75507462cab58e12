"""The measures a question can ask (revenue, profit, financing ...) and the words choosing one variant
of a measure (real vs nominal, net vs gross): read by the slots and by the gates checking a passage."""

from __future__ import annotations

import re

from ..query_terms import ABBREVIATIONS
from .measure_names import spelled_measures

# A measure and the words a passage uses for it; a passage that has none of them does not state it.
METRICS: dict[str, tuple[str, ...]] = {
    "revenue": ("revenue", "sales", "turnover"),
    "profit": ("profit", "net income", "operating income", "earnings", "ebitda", "margin"),
    "valuation": ("valuation", "valued at"),
    "gdp": ("gdp", "gross domestic product"),
    "employees": ("employee", "headcount", "staff", "workforce"),
    "users": ("user",),
    "price": ("price", "pricing", "priced"),
    "financing": ("financing", "funding", "invest", "raised", "capital"),
    # quantities a report counts: units shipped, downloads, subscribers, patents, exports
    "shipments": ("shipment", "shipped", "ships"),
    "downloads": ("download",),
    "subscribers": ("subscriber", "subscription"),
    "patents": ("patent",),
    "exports": ("export",),
    # what a company spends on assets and pays its owners: neither is its financing or its profit
    "capex": ("capital expenditure", "capex", "capital spending"),
    "dividends": ("dividend",),
}
# ('the margin between A and B' is the difference of the two things it names, no profit measure)
_METRIC_CUES = {"revenue": r"revenues?|sales|turnover",
                "profit": r"profits?|profitab\w*|net income|earnings|ebitda|margins?(?!\s+between\b)",
                "valuation": r"valuations?", "gdp": r"gdp|gross domestic product",
                # the singular before a counting noun names the measure too ('employee count', 'employee numbers')
                "employees": r"employees|employee\s+(?:counts?|numbers?)|headcount|staff|workforce", "users": r"users",
                "price": r"prices?|pricing", "financing": r"financing|funding|investments?|invested|raised",
                "shipments": r"shipments?|shipped", "downloads": r"downloads|downloaded",
                "subscribers": r"subscribers", "patents": r"patents?", "exports": r"exports|exported",
                "capex": r"capital expenditures?|capex|capital spending", "dividends": r"dividends?"}
# a measure word before a noun naming a service or who provides it ("investment advisory", "sales channels"),
# or a contest fought over it ("price war"), names that service or contest, not the measure asked
_SERVICE = r"\s+(?:advisory|advisers?|advisors?|banks?|banking|management|managers?|services?|firms?|"\
           r"institutions?|agenc(?:y|ies)|teams?|channels?|platforms?|departments?|wars?)\b"
_SERVICE_NOUN = rf"(?!{_SERVICE})"
_SERVICE_AFTER = re.compile(_SERVICE, re.I)
_METRIC_PATTERNS = tuple((m, re.compile(rf"\b({cue})\b{_SERVICE_NOUN}", re.I)) for m, cue in _METRIC_CUES.items())  # compiled once
# Words that choose one variant of a measure: real vs nominal GDP, net vs gross profit.
_QUALIFIERS = re.compile(r"\b(real|nominal|net|gross|operating|per[- ]capita|pre-tax|after-tax|adjusted|"
                         r"disposable|inflation-adjusted|training|inference|open[- ]source|closed[- ]source|"
                         # a basis names a variant of its measure: 'model-based revenues' are not 'deployment-based' ones
                         r"[a-z]+-based|"
                         # the period of an active-user count names its variant: daily active users are not monthly ones
                         r"(?:daily|weekly|monthly)(?=\s+active\b)|"
                         # a population counted by household registration (hukou) is not the resident (permanent) one
                         r"(?:registered|hukou|permanent|resident)(?=\s+(?:\(\w+\)\s+)?population\b))\b", re.I)
# 'were operating', 'is adjusted': a qualifier's -ing/-ed form after an auxiliary is a verb ('was real' is not), it picks no variant of a measure
_AS_VERB = re.compile(r"\b(?:is|are|was|were|be|been|being|am|still|currently)\s+$", re.I)
# The variant a passage may give instead of the one asked: nominal for real, gross for net.
OPPOSITE_QUALIFIERS = {"real": ("nominal",), "nominal": ("real", "inflation-adjusted"), "net": ("gross",),
                       "gross": ("net",), "pre-tax": ("after-tax", "net"), "after-tax": ("pre-tax", "gross"),
                       "inflation-adjusted": ("nominal",),
                       # the compute or cost of training a model is not that of running it (inference)
                       "training": ("inference",), "inference": ("training",),
                       # an open-source model's figure is not a closed one's
                       "open-source": ("closed-source",), "open source": ("closed-source",),
                       "closed-source": ("open-source",), "closed source": ("open-source",),
                       "registered": ("permanent", "resident"), "hukou": ("permanent", "resident"),
                       "permanent": ("registered", "hukou"), "resident": ("registered", "hukou"),
                       "daily": ("monthly", "weekly"), "weekly": ("daily", "monthly"), "monthly": ("daily", "weekly")}
BASIS = re.compile(r"\b([a-z]+)-based\b")


def opposite_qualifiers(qualifier: str, text: str) -> tuple[str, ...]:
    """The variants lower-case `text` gives instead of `qualifier`: the fixed opposites (nominal for
    real), or for a basis ('model-based') every other basis the text names ('deployment-based')."""
    if not qualifier.endswith("-based"):
        return OPPOSITE_QUALIFIERS.get(qualifier, ())
    return tuple(dict.fromkeys(m.group(0) for m in BASIS.finditer(text) if m.group(0) != qualifier))


def metrics_of(question: str) -> tuple[str, ...]:
    """The measures `question` asks ('revenue', 'financing'), not a service named by a measure word. A measure word
    inside a spelled-out measure a report abbreviates ('revenue' of 'revenue per available room') asks that measure
    ('revpar'), which a passage writes in either form (`measure_names`)."""
    spans = spelled_measures(question)
    out: list[str] = []
    for m, cue in _METRIC_PATTERNS:
        for hit in cue.finditer(question):
            inside = [a for a, s, e in spans if s <= hit.start() and hit.end() <= e]
            out.append(inside[0] if inside else m)
    return tuple(dict.fromkeys(out))


def generic_metrics(abbr: str) -> tuple[str, ...]:
    """The measures whose words an abbreviated measure's spelled-out forms use ('revpar': revenue)."""
    return tuple(m for m, cue in _METRIC_PATTERNS for f in ABBREVIATIONS.get(abbr, ()) if cue.search(f))


def qualifiers_of(question: str) -> tuple[str, ...]:
    """The variant words of `question` ('real', 'net', 'model-based'), lower case, in order; a
    qualifier's verb form after an auxiliary ('were operating') picks no variant."""
    return tuple(dict.fromkeys(m.group(1).lower() for m in _QUALIFIERS.finditer(question)
                               if not (m.group(1).lower().endswith(("ing", "ed")) and _AS_VERB.search(question[:m.start()]))))


def names_service(text: str, m: re.Match) -> bool:
    """Whether the money word matched names a service or who provides it by the noun after it
    ('investment advisory', 'investment banks', 'sales channels'): no amount is asked by it."""
    return bool(_SERVICE_AFTER.match(text, m.end()))
