"""Years a question offers as choices ('larger in 2019 or 2018?', 'in 2019, 2018 or 2017'): the answer
is one of them, so years it does not offer are no candidates, and a yes/no opening asks which."""

from __future__ import annotations

import re

_Y = r"(?:FY\s*|fiscal\s+)?(?:19|20)\d\d"
_OFFERED = re.compile(rf"\b{_Y}(?:\s*,\s*(?:in\s+)?{_Y})*,?\s+or\s+(?:in\s+)?{_Y}\b", re.I)
_COMPARATIVE = r"larger|higher|bigger|greater|more|smaller|lower|less|fewer"
# 'Was X larger in 2019 or 2018?': an opening that asks yes or no, a comparative, and years offered
CHOICE_OF_YEARS = re.compile(rf"^\s*(?:was|were|is|are|did|does|do)\b(?=[^?]*\b(?:{_COMPARATIVE})\b)"
                             rf"(?=[^?]*\b{_Y},?\s+or\s+(?:in\s+)?{_Y}\b)", re.I)


def offered_years(question: str) -> list[int]:
    """The years `question` joins with 'or' ('2019 or 2018', '2019, 2018 or 2017'); [] when it offers none."""
    m = _OFFERED.search(question)
    return [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group())] if m else []


def asks_choice_of_years(question: str) -> bool:
    """'Was X larger in 2019 or 2018?': a yes/no opening with a comparative asks which year offered."""
    return CHOICE_OF_YEARS.search(question) is not None
