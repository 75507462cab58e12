"""A question about a table itself ('What does the table show?', 'What financial information does
the table present?') asks what the table is about: its words for the table and for showing are how
it asks, not terms a passage must repeat. The answer is the sentence or title introducing the table
('Aggregate emoluments of the Directors were as follows:'), which seldom says 'table'."""

from __future__ import annotations

import re

from ingest.keyword import tokenize

# 'what does the table show', 'what information is presented in the table', 'what does this table represent'
_VERB = (r"show|shows|present|presents|provide|provides|represent|represents|summari[sz]e|summari[sz]es|depict|"
         r"depicts|illustrate|illustrates|describe|describes|detail|details|display|displays")
_ABOUT_TABLE = re.compile(rf"^\s*what\s+(?:[\w-]+\s+){{0,2}}?(?:does|do)\s+(?:the|this)\s+table\s+(?:{_VERB})\s*\??\s*$|"
                          r"^\s*what\s+(?:financial\s+)?(?:information|data)\s+(?:is|are)\s+(?:shown|presented|provided|"
                          r"displayed|summari[sz]ed|contained)\s+in\s+(?:the|this)\s+table\s*\??\s*$", re.I)
_HOW_ASKED = frozenset(tokenize("table tables show shows shown present presents presented provide provides provided "
                                "represent represents summarize summarizes summarise summarises depict depicts "
                                "illustrate illustrates contain contains describe describes detail details display "
                                "displays list lists financial information data items"))


def table_asked(question: str) -> bool:
    """The question asks what a table shows, naming nothing else it is about."""
    return bool(_ABOUT_TABLE.match(question))


def how_table_asked(question: str) -> frozenset[str]:
    """The question's words that only say it asks about a table ('table', 'show', 'financial
    information'); none for any other question."""
    return _HOW_ASKED if table_asked(question) else frozenset()


# 'X consisted of the following:', 'X were as follows:', 'X are summarized below:': X is what the table shows
_INTRODUCED = re.compile(r"^(?:The\s+)?(?P<x>[A-Z][^:;]{3,150}?)\s+(?:consist(?:s|ed)?\s+of|compris(?:e|es|ed)|"
                         r"(?:is|are|was|were)(?:\s+(?:summari[sz]ed|presented|shown|set\s+out|detailed))?)\s+"
                         r"(?:as\s+follows|the\s+following|below)\s*:?\s*$")


def table_subject(sentence: str) -> str | None:
    """What a sentence introducing a table says the table holds: 'Aggregate emoluments of the Directors
    were as follows:' -> 'Aggregate emoluments of the Directors'; None for any other sentence."""
    m = _INTRODUCED.match(sentence.strip())
    return m.group("x").strip() if m else None
