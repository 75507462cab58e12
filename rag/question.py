"""What a question asks for: the unit of the answer, the years or period, and its key terms."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.figures import PERIOD_RE, YEAR_RE
from ingest.keyword import tokenize

_UNIT_CUES: list[tuple[str, re.Pattern]] = [
    ("percent", re.compile(r"\b(share|percent|percentage|proportion|%|cagr|growth rate|rate|ratio|penetration|"
                           r"what portion|what fraction|how much of)\b|%", re.I)),
    ("money", re.compile(r"\b(how big|how large|market size|size of|worth|valued?|value|revenue|revenues|sales|"
                         r"spend|spending|financing|investment|invested|funding|fee|price|cost|usd|rmb|dollars?|"
                         r"yuan|billion|trillion|income|capex)\b", re.I)),
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

    @property
    def unit(self) -> str | None:
        return self.units[0] if self.units else None


def analyse(question: str) -> QuestionInfo:
    """Cues of `question`; money beats count when both match ('how many billion')."""
    units = [name for name, cue in _UNIT_CUES if cue.search(question)]
    if "percent" in units and re.search(r"\b(how big|market size|revenue|worth)\b", question, re.I) and \
            not re.search(r"\b(share|%|percent|proportion|cagr|growth rate)\b", question, re.I):
        units.remove("percent")
    if "count" in units and "money" in units and re.search(r"how many (billion|million|trillion)", question, re.I):
        units.remove("count")
    years = [int(m.group(1)) for m in YEAR_RE.finditer(question)]
    years += [int(m.group(1)) for m in PERIOD_RE.finditer(question) if int(m.group(1)) not in years]
    return QuestionInfo(
        text=question, units=units, years=years, terms=tokenize(question),
        entity=bool(_ENTITY_CUE.search(question)) and not units[:1] == ["money"],
        forecast=bool(_FORECAST.search(question)),
    )
