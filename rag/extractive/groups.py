"""'Who are the main users of X?' asks for a group of people (professional creators in design, film
and advertising), not for named companies or products: a sentence naming products earns nothing for it."""

from __future__ import annotations

import re

_GROUP = re.compile(r"^\s*who\s+(?:are|were|is)\s+(?:the\s+)?(?:\w+\s+)?(?:users?|customers?|buyers?|audiences?|"
                    r"adopters?|consumers?|clients?|user base|target (?:users?|customers?|groups?))\b", re.I)


def asks_group(question: str) -> bool:
    """Whether a 'who' question asks for the group of people using or buying something."""
    return _GROUP.search(question) is not None
