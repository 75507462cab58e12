"""A question asking the length of a period ('What is the warranty period?', 'How long is the lease term?') is
answered by a duration: a number of time units ('3 years or 60,000 kilometers', 'within 30 days', 'five years'); a
phrase or sentence stating none says something else of the period's subject (how its provision is estimated)."""

from __future__ import annotations

import re

# 'how long', or a named period asked as a thing ('the warranty period', 'the remaining lease term', 'the useful
# life'), not a period a date ends or a report covers ('the period ended ...', 'the period covered')
_PERIOD_Q = re.compile(r"^\s*(?:how long\b|what (?:is|was|are|were) the (?:(?!(?:for|of|in|during|the|this|that)\b)[\w-]+\s+){1,3}?"
                       r"(?:period|term|life|lives|duration)\s*\?)", re.I)
_COUNT = (r"(?:\d+(?:\.\d+)?(?:\s*(?:to|-|–)\s*\d+(?:\.\d+)?)?|one|two|three|four|five|six|seven|eight|nine|ten|"
          r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|a|an)")
DURATION = re.compile(rf"\b{_COUNT}[\s-]+(?:calendar\s+|business\s+|working\s+)?(?:days?|weeks?|months?|quarters?|"
                      r"years?)\b", re.I)


def asks_duration(question: str) -> bool:
    """Whether `question` asks how long a period is."""
    return _PERIOD_Q.match(question) is not None


def no_duration(question: str, text: str) -> bool:
    """A question asking how long a period is, and `text` (a phrase or sentence) states no duration."""
    return asks_duration(question) and DURATION.search(text) is None
