"""An executive's yes/no question ('Was the X in 2024 20%?', 'Did the X pass 10%?', 'Does the report put the X above
10%?', 'Is Company A the X?') asks what the X is: the quoted figure or name is a claim to check against the report's,
so it is neither a term a passage must match nor the answer (as in figure_claim.py)."""

from __future__ import annotations

import re

from .figure_claim import CLAIMED_FIGURE

# after the figure only a date or a source ('in 2024', ', according to CIC'); anything more is a second claim
_REST = r"(?P<rest>(?:,?\s+(?:in|by|as\s+of|for|according\s+to|per)\b[^.;!?]*)?)\s*\??\s*$"
_HEDGE = r"(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|above\s+|below\s+|under\s+|more\s+than\s+|less\s+than\s+|at\s+least\s+)?"
# the subject is a noun phrase: an article or a capitalised name opens it ('it', 'that', 'there' open a clause)
_SUBJECT = r"(?P<subject>(?:the|a|an)\s+\S.*?|(?-i:[A-Z]|[a-z]+[A-Z])[\w&.-]*(?:'s|’s)?\s+\S.*?)"  # 'xAI' too
# a bare year is a date, never the claimed figure ('Is A the leader in 2024?')
_FIG = rf"(?!(?:19|20)\d\d(?![\d.,]|\s*(?:%|percent|[BMKT]\b|bn|mn|billion|million)))(?:{CLAIMED_FIGURE})"
_BE = re.compile(rf"^\s*(?P<aux>was|is|are|were|will)\s+{_SUBJECT}\s+(?:be\s+)?{_HEDGE}{_FIG}{_REST}", re.I)
_PASSED = re.compile(rf"^\s*(?P<aux>did|does|do)\s+{_SUBJECT}\s+(?:pass|exceed|top|surpass|reach|hit|cross|break)\s+"
                     rf"{_HEDGE}{_FIG}{_REST}", re.I)
_PUT = re.compile(rf"^\s*does\s+(?:the\s+)?(?:report|study|document|source|it)\s+(?:put|place|estimate|show|give|forecast|"
                  rf"project)\s+{_SUBJECT}\s+(?:at|above|below|over|under|around|as|near)\s+{_HEDGE}{_FIG}{_REST}",
                  re.I)
# 'Is Company A the largest player?': a name of one to four capitalised words, then the X it is claimed to be
_NAMED = re.compile(r"^\s*(?P<aux>is|was|are|were)\s+(?P<label>(?-i:[A-Z0-9])[\w&.’'-]*(?:\s+(?-i:[A-Z0-9])[\w&.’'-]*){0,3})"
                    r"\s+(?P<x>the\s+\S.*?)\s*\?\s*$", re.I)
# a figure after the date or source makes it a second claim ('in 2024 and 30% in 2025'); a clause joined on too
_MORE_AFTER = re.compile(r"\d|\b(?:but|so|why|how|while|whereas|and|or)\b", re.I)
_DATE = re.compile(r"\b(?:(?:FY|CY)?(?:19|20)\d\d|[QH][1-4])\b", re.I)


# a figure in the subject makes two claims ('the X in 2024 20% and ... 30%')
_FIGURE_IN = re.compile(r"\d\s*(?:%|percent|billion|million|trillion|bn|mn)\b|\d%|(?:USD|RMB|US\$|\$|€|£|¥)\s?\d", re.I)


def _rest_only_dates(m: re.Match) -> bool:
    """Whether only a date or a source follows the claimed figure, and the subject claims no figure of its own."""
    return not _MORE_AFTER.search(_DATE.sub("", m.group("rest"))) and not _FIGURE_IN.search(m.group("subject"))


def as_asked_question(question: str) -> str | None:
    """The what-question a yes/no question quoting a figure or a name asks ('Was the X in 2024 20%?' -> 'What was
    the X in 2024?', 'Is Company A the X?' -> 'Which is the X?'); None for any other question."""
    if (m := _BE.match(question)) and _rest_only_dates(m):
        aux = m.group("aux").lower()
        subject, rest = m.group("subject"), m.group("rest")
        return f"What will {subject} be{rest}?" if aux == "will" else f"What {aux} {subject}{rest}?"
    if (m := _PASSED.match(question)) and _rest_only_dates(m):
        aux = "was" if m.group("aux").lower() == "did" else "is"
        return f"What {aux} {m.group('subject')}{m.group('rest')}?"
    if (m := _PUT.match(question)) and _rest_only_dates(m):
        return f"What is {m.group('subject')}{m.group('rest')}?"
    if (m := _NAMED.match(question)) and not re.search(r"\d", m.group("label")) and not re.search(r"\bor\b", m.group("x")):
        return f"Which {m.group('aux').lower()} {m.group('x')}?"
    return None
