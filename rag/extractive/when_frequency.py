"""'When is goodwill tested?' of 'tested annually (as of the first day of Q4), or more frequently if indicators of
impairment exist': a regular time and an alternative one on a condition are one answer to 'when'; the condition
alone is the alternative's half (what makes the test more frequent), not when the thing is done."""

from __future__ import annotations

import re

# a regular time ('annually', 'each year', 'on an annual basis', 'in its fourth fiscal quarter' follows), then the
# alternative of doing it more often on a condition (', or more frequently if ...', ' or more often when ...')
_ALTERNATION = re.compile(r"\b(?:(?:at\s+least\s+)?(?:annually|quarterly|monthly|yearly)|(?:on\s+an?\s+)?(?:annual|"
                          r"quarterly|monthly|yearly)\s+basis|(?:each|every|once\s+a)\s+(?:year|quarter|month))\b"
                          r"[^;.]{0,120}?,?\s+or\s+more\s+(?:frequently|often)\s+(?:if|when|whenever|where|should|as)\b",
                          re.I)


def frequency_alternation(tail: str) -> str | None:
    """The regular time and its conditional alternative that `tail` (the sentence after the question's words)
    states, from the regular time to the clause's end; None when it states no such pair."""
    m = _ALTERNATION.search(tail)
    if m is None:
        return None
    return tail[m.start():]
