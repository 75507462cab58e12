"""The words that ask each unit ('how many' a count, 'share' a percent, 'revenue' an amount of money), read by the
slots parse and by anything asking whether a phrase names a unit (head_noun)."""

from __future__ import annotations

import re

UNIT_CUES: list[tuple[str, re.Pattern]] = [
    ("multiple", re.compile(r"\b(multiples?|how many times|\d+-fold|fold|by what factor)\b", re.I)),
    # 'per share' is an amount for each share ('dividend per share'), not a share of a whole; nor is a
    # share naming stock before another noun ('share-based compensation', 'share options', 'share price')
    ("percent", re.compile(r"\b((?<!per )(?<!per-)share(?![- ](?:based|options?|capital|prices?|awards?|units?|plans?|"
                           r"repurchases?|buy-?backs?|premium|count|outstanding|holders?|incentives?|compensation|"
                           r"grants?|rights?|schemes?|issues?)\b)|shares (?:of|in|did|do|were|are)|what shares|percent|percentage|proportion|%|"
                           r"cagr|growth rates?|rates?|ratios?|penetration|discounts?|"
                           # growth over the year before is a rate ('the year-on-year growth of X')
                           r"(?:year-on-year|year-over-year|yoy)\s+growth|"
                           # a measure's growth ('real GDP growth', 'revenue growth') is its rate of change
                           r"(?:gdp|revenues?|sales|income|profits?|earnings|spending|consumption)\s+growth|"
                           # and so is the growth of a measure named after it, or a measure growing faster than another
                           r"growth (?:in|of) (?:[\w-]+\s+){0,4}?(?:gdp|revenues?|sales|income|profits?|earnings|spending|consumption)|"
                           r"(?:grow|grew|grown|growing|rise|rose|risen|rising|increased?)\s+(?:faster|slower|more (?:quickly|rapidly|"
                           r"slowly)|less (?:quickly|rapidly))|"
                           r"what portion|what fraction|how much of|(?:slice|piece|chunk) of)\b|%", re.I)),
    ("money", re.compile(r"\b(how big|how large|market size|size of|worth|valued?|valuations?|value|revenue|revenues|sales|market|"
                         r"spend|spending|gdp|financing|investment|invested|funding|fee|price|cost|usd|rmb|dollars?|"
                         r"yuan|billion|trillion|income|capex|deal size|amount|funding round|round|raised|invest|money)\b", re.I)),
    # 'the deal numbers', 'user numbers': a plural 'numbers' after what is counted asks a count too
    # and deals, rounds or transactions named as the things compared ('China's AI financing deals: 2021 versus 2018')
    ("count", re.compile(r"\b(how many|number of|count of|total number|counts?|(?<=\w\s)numbers|"
                         r"(?<=\w\s)(?:deals|rounds|transactions)(?!\s+(?:worth|valued|total)))\b", re.I)),
    ("score", re.compile(r"\b(score|index|elo|rating|points?)\b", re.I)),
    ("rank", re.compile(r"\b(rank|ranks|ranked|ranking|position|place)\b", re.I)),
]


def money_words(question: str) -> list[str]:
    """The words of `question` that ask an amount of money ('revenue', 'cost', 'amount'), lower case."""
    return [m.group(0).lower() for m in dict(UNIT_CUES)["money"].finditer(question)]


def names_unit(text: str) -> bool:
    """Whether `text` holds a cue of a unit asked ('revenue', 'share', 'by what factor')."""
    return any(cue.search(text) for _, cue in UNIT_CUES)
