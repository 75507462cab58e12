"""The frame a question is wrapped in, taken off so the slots read what it asks: a purpose lead-in
('For a slide: X'), a request for the figure to use ('What's the number I should use for X'), and a
source given as 'per CIC' at the end (the same as 'according to CIC'); a missing closing '?' is put back."""

from __future__ import annotations

import re

from .validate import closed

# 'For a slide:', 'For the board memo:', 'In my deck:': what the answer is for, before a colon; no topic
_PURPOSE = re.compile(r"^\s*(?:for|in)\s+(?:a|an|the|my|our|this|your)\s+[\w-]+(?:\s+[\w-]+)?\s*:\s*", re.I)
# 'What's the number I should use for X', 'what figure can we quote for X': the figure of X is asked; the
# clause saying what the asker will do with it names no topic ('what is the number for X')
_FIGURE_TO_USE = re.compile(r"^\s*what(?:'s|’s|\s+is)\s+(?P<noun>(?:the\s+)?(?:right\s+|best\s+)?(?:number|figure|value|"
                            r"stat|statistic|data point|estimate))\s+(?:that\s+)?(?:i|we|one)\s+(?:should|can|could|would|"
                            r"must|need to|ought to)\s+(?:use|quote|cite|put|take|give|show)\s+(?P<prep>for|on|as)\s+", re.I)
# ', per CIC?', ', per Frost & Sullivan': a capitalised name after 'per' at the end names the source ('per
# share', 'per head' are a rate and written in lower case, and are no clause of their own after a comma)
_PER_SOURCE = re.compile(r",\s*per\s+(?=[A-Z][\w&.’' -]*\??\s*$)")


def without_frame(question: str) -> str:
    """`question` with its purpose lead-in and request frame taken off, and a closing 'per <Name>'
    said as 'according to <Name>'; a question with no such frame is returned as it is."""
    plain = _PURPOSE.sub("", question, count=1)
    m = _FIGURE_TO_USE.match(plain)
    if m:
        plain = f"What is {m.group('noun')} {m.group('prep')} {plain[m.end():]}"
    plain = _PER_SOURCE.sub(", according to ", plain)
    plain = closed(plain)  # 'CIC 2030 China market size': the same question as with its '?'
    return plain if plain.strip() else question
