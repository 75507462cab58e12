"""One year's figures as restated beside as first reported ('2023 as restated', '2023 as previously reported'):
a question asking before the restatement reads the reported column, one asking after it the restated column."""

from __future__ import annotations

import re

# the question asks the figures as they stood before a restatement ('before the restatement', 'unrestated')
_BEFORE = re.compile(r"\b(?:before|prior\s+to|pre-?|without)\s*(?:the\s+|its\s+|any\s+)?restat\w*|\bunrestated\b"
                     r"|\b(?:originally|previously|initially|first)\s+(?:reported|published|stated)\b", re.I)
# the question asks the figures after it ('after the restatement', 'restated', 'as adjusted')
_AFTER = re.compile(r"\b(?:after|following|with)\s+(?:the\s+|its\s+)?restatement\b|(?<!un)restated\b", re.I)
_RESTATED = re.compile(r"\brestated\b|\badjusted\b|\brevised\b", re.I)
_REPORTED = re.compile(r"\b(?:reported|original(?:ly)?|previously|published|unrestated)\b", re.I)


def restated_column(cols: list[str], phrase: str) -> str | None:
    """Of one year's columns, the one reported before the restatement or the restated one, as the phrase asks;
    None unless the phrase asks one and exactly one column is of that kind."""
    if _BEFORE.search(phrase):
        kept = [c for c in cols if _REPORTED.search(c) and not re.search(r"(?<!un)restated", c, re.I)]
    elif _AFTER.search(phrase):
        kept = [c for c in cols if _RESTATED.search(c) and not re.search(r"\bunrestated\b", c, re.I)]
    else:
        return None
    return kept[0] if len(kept) == 1 else None
