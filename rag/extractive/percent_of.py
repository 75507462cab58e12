"""'A as a percentage of B': the phrase asks a percent of B, whatever money words name A and B."""

from __future__ import annotations

import re

_PERCENT_OF = re.compile(r"\bas\s+(?:an?\s+)?(?:percent(?:age)?|share|proportion|fraction|%)\s+of\b|"
                         r"\bas\s+a\s*%\s+of\b", re.I)


def percent_of_at(question: str) -> int | None:
    """Where `question` asks one amount 'as a percentage / share / % / proportion of' another (the
    unit asked is a percent, named before any money word); None when it does not."""
    m = _PERCENT_OF.search(question)
    return m.start() if m else None
