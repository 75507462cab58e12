"""The domain a question narrows its measure to, said after it ('the AI penetration rate in
transportation', 'incidents caused by hallucinations'): a passage that never names that domain
gives the measure for other domains, or for all of them, not for the one asked."""

from __future__ import annotations

import re

from ingest.keyword import tokenize

from .direction_words import CHANGE_NOUNS
from .facts import sentence_before
from .question_names import BROAD, COUNTRY_FORMS, QUESTION_FILLER

# 'in logistics?', 'in the transportation sector?', 'caused by hallucinations': the domain closes the
# question (one lower-case noun; capitalised names and places have gates of their own)
_DOMAIN = re.compile(r"(?:\b(?:in|across|within)\s+(?:the\s+)?|\b(?:caused by|due to|attributed to|stemming from|"
                     r"driven by)\s+)([a-z][a-z-]+)"
                     r"(?:\s+(?:sector|sectors|industry|industries|field|segment|scenarios?))?"
                     r"(?:\s+(?:in|by|during|as of)\s+[\w\s]+)?\s*[?.]?\s*$")
# words after 'in' that name a unit, a currency, a period or a manner, not a domain
_NOT_DOMAIN = frozenset(tokenize(
    "total terms all general particular practice recent future past dollars dollar yuan rmb usd euro euros "
    "percent percentage percentages billion billions million millions thousand thousands trillion trillions "
    "value volume amount number numbers year years month months quarter quarters half first second last "
    "h1 h2 q1 q2 q3 q4 aggregate sum average figures words short brief detail details order rank ranking "
    "size share growth units comparison contrast addition absolute relative real nominal "
    # a part of the report, not a domain ('in the chart', 'in the example')
    "chart charts table tables figure series example examples report reports chapter section appendix text"))
_KIND = frozenset(tokenize("sector sectors industry industries field segment scenario scenarios"))  # what a domain is
# 'the change in revenue': after a change word, 'in' names the measure changed, not a domain
_CHANGE_BEFORE = re.compile(rf"\b(?:change|changes|{CHANGE_NOUNS}|increases|decreases|fall|"
                            r"difference|variance|movement|movements|rank|ranking|trend|trends)\s*$", re.I)
_PLACES = frozenset(f.lower() for forms in COUNTRY_FORMS for f in forms)


def asked_domain(question: str) -> tuple[str, list[str]]:
    """The domain closing `question` as written and its content terms ('What is the penetration rate
    in transportation?' -> ('transportation', ['transportation'])); ('', []) when it names none, or a
    unit, period or place."""
    m = _DOMAIN.search(question.strip())
    if not m or m.group(1).lower() in _PLACES or _CHANGE_BEFORE.search(question.strip()[:m.start()]):
        return "", []
    terms = [t for t in tokenize(m.group(1)) if not t.isdigit() and t not in _KIND]
    if not terms or any(t in _NOT_DOMAIN or t in BROAD or t in QUESTION_FILLER for t in terms):
        return "", []
    return m.group(1), terms


def domain_absent(question: str, passage: str) -> str | None:
    """The reason when a domain the question closes on is named nowhere in the lead's passage
    (lower-case text with its title and heading), or None."""
    phrase, terms = asked_domain(question)
    if not terms:
        return None
    said = set(tokenize(passage))
    missing = [t for t in terms if t not in said]
    if not missing:
        return None
    return f"the reports give no figure for {phrase}: the passage never names it"


def domain_missing(d) -> str | None:
    """Gate: a figure asked for a domain the question closes on, led by a sentence (not a table row)
    that never names it, nor does the sentence before it: the figure is for all domains or others."""
    s = d.slots
    if s.shape != "figure" or s.asks != "amount" or not d.figures or d.best.row:
        return None
    return domain_absent(s.text, f"{sentence_before(d.ctx, d.best)} {d.best.text}".lower())
