"""What a question asks for: the unit of the answer, the years or period, and its key terms."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.figures import PERIOD_RE, YEAR_RE
from ingest.keyword import tokenize

_UNIT_CUES: list[tuple[str, re.Pattern]] = [
    ("multiple", re.compile(r"\b(multiples?|how many times|\d+-fold|fold)\b", re.I)),
    ("percent", re.compile(r"\b(share|shares (?:of|in|did|do|were|are)|what shares|percent|percentage|proportion|%|"
                           r"cagr|growth rates?|rates?|ratios?|penetration|discounts?|"
                           r"what portion|what fraction|how much of)\b|%", re.I)),
    ("money", re.compile(r"\b(how big|how large|market size|size of|worth|valued?|value|revenue|revenues|sales|market|"
                         r"spend|spending|gdp|financing|investment|invested|funding|fee|price|cost|usd|rmb|dollars?|"
                         r"yuan|billion|trillion|income|capex|deal size|amount|funding round|round|raised|invest)\b", re.I)),
    ("count", re.compile(r"\b(how many|number of|count of|total number)\b", re.I)),
    ("score", re.compile(r"\b(score|index|elo|rating|points?)\b", re.I)),
    ("rank", re.compile(r"\b(rank|ranks|ranked|ranking|position|place)\b", re.I)),
]
_ENTITY_CUE = re.compile(r"^\s*(which|who|what (company|firm|model|country|player|vendor))\b", re.I)
_FORECAST = re.compile(r"\b(by|in|for)\s+(20[3-9]\d)|\b(forecast|projected?|expected|will)\b", re.I)


@dataclass
class QuestionInfo:
    """Parsed cues: expected unit(s), years, whether a forecast is asked, key terms."""

    text: str
    units: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    entity: bool = False
    forecast: bool = False
    names: list[str] = field(default_factory=list)  # proper names and acronyms in the question
    sources: list[str] = field(default_factory=list)  # names of a publisher ('according to CIC')
    rank: int | None = None  # "ranked first" -> 1
    scopes: list[str] = field(default_factory=list)  # "the logistics chapter" -> "logistics"

    @property
    def unit(self) -> str | None:
        return self.units[0] if self.units else None


_QUESTION_WORDS = {"what", "which", "who", "how", "when", "where", "why", "in", "by", "for", "the", "is", "was",
                   "did", "does", "do", "according", "among", "a", "an", "of", "on", "and", "are", "were", "has", "have"}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
             "fifteenth": 15, "top": 1, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "10th": 10, "15th": 15}


def proper_names(question: str) -> list[str]:
    """Capitalised words and acronyms that are not question words: 'MiniMax', 'AIGC', 'OpenAI'."""
    # "Company A" is one name: a capitalised word followed by a lone capital letter
    question = re.sub(r"\b([A-Z][a-z]+) ([A-Z])(?=['’\s,?;:)]|$)", r"\1_\2", question)
    words = [w.replace("_", " ") for w in re.findall(r"[A-Za-z][A-Za-z0-9&.+_-]*[A-Za-z0-9+]|[A-Z]", question)]
    out = []
    for i, w in enumerate(words):
        if w.lower() in _QUESTION_WORDS or not any(c.isupper() for c in w):
            continue
        if i == 0 and not any(c.isupper() for c in w[1:]):
            continue  # the first word is capitalised anyway
        if w.lower() == "ai" or len(w) < 2:
            continue  # too common in these reports to tell passages apart
        out.append(w)
    return out


# Words that say how a question is asked, not what it is about: no passage needs to contain them.
QUESTION_FILLER = frozenset(tokenize(
    "how big large much many size sized worth total amount number value level figure according report reported "
    "white paper say says state states stated give given kind type exact exactly approximately roughly about"))


_SCOPE = re.compile(r"\b([A-Za-z][\w-]*)\s+(?:industry|industries|sector|sectors|chapter|segment|section|vertical|"
                    r"verticals|market|field|domain)\b", re.I)
# Words before 'market' or 'industry' that do not narrow what is asked about.
_BROAD = frozenset(tokenize("ai global worldwide overall total whole entire core model foundation application "
                            "domestic international china chinese world us u.s which what many this that its their"))


def scopes(question: str) -> list[str]:
    """What narrows the question to one part of a report: 'logistics' in 'the logistics chapter',
    'education' in 'China's education sector'; broad words ('global', 'AI') do not count."""
    out = []
    for m in _SCOPE.finditer(question):
        word = m.group(1)
        terms = tokenize(word)
        if terms and not any(t in _BROAD or t in QUESTION_FILLER or t.isdigit() for t in terms) and word not in out:
            out.append(word)
    return out


def analyse(question: str) -> QuestionInfo:
    """Cues of `question`; money beats count when both match ('how many billion')."""
    units = [name for name, cue in _UNIT_CUES if cue.search(question)]
    if "money" in units and re.search(r"\bmarket share\b", question, re.I) and not re.search(
            r"\b(how big|size|revenue|worth|usd|rmb|billion)\b", question, re.I):
        units.remove("money")
    if "percent" in units and re.search(r"\b(how big|market size|revenue|worth)\b", question, re.I) and \
            not re.search(r"\b(share|%|percent|proportion|cagr|growth rate)\b", question, re.I):
        units.remove("percent")
    if "count" in units and "money" in units and re.search(r"how many (billion|million|trillion)", question, re.I):
        units.remove("count")
    years = [int(m.group(1)) for m in YEAR_RE.finditer(question)]
    years += [int(m.group(1)) for m in PERIOD_RE.finditer(question) if int(m.group(1)) not in years]
    ordinal = re.search(r"\b(\d{1,3})(?:st|nd|rd|th)\b", question)
    return QuestionInfo(
        text=question, units=units, years=years, terms=tokenize(question),
        entity=bool(_ENTITY_CUE.search(question)) and not units[:1] == ["money"],
        forecast=bool(_FORECAST.search(question)),
        names=proper_names(question), scopes=scopes(question),
        rank=int(ordinal.group(1)) if ordinal else next((n for w, n in _ORDINALS.items() if re.search(
            rf"\b(rank(ed|s)?|is|was|placed?|in)\s+{w}\b|\b{w}[- ](ranked|place)\b", question, re.I)), None) or (
            # 'which models top the index'
            1 if re.search(r"^\s*(which|who)\b.*\btops?\s+(the|a|its)\b", question, re.I) else None),
    )
