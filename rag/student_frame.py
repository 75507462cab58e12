"""A request to be taught ('Explain to me why X', 'Can you help me understand how X', "I don't get what X means")
asks the why/how/what question it wraps."""

from __future__ import annotations

import re

# 'explain to me', 'can you help me understand', 'I'd like to understand', before why/how/what
_TEACH = re.compile(r"^\s*(?:(?:can|could|would)\s+you\s+(?:please\s+)?|please\s+)?(?:help\s+me\s+(?:to\s+)?understand|"
                    r"explain(?:\s+(?:to|for)\s+me)?|walk\s+me\s+through|tell\s+me)\s*,?\s+(?=(?:why|how|what)\b)|"
                    r"^\s*i\s*(?:'d|’d|\s+would)\s+like\s+to\s+(?:understand|know)\s+(?=(?:why|how|what)\b)", re.I)
# "I don't get / understand / see why X", "I don't get what X means"
_LOST = re.compile(r"^\s*i\s+(?:don't|don’t|do\s+not|can't|can’t|cannot)\s+(?:get|understand|see|follow|figure\s+out)\s+"
                   r"(?=(?:why|how|what)\b)", re.I)
_MEANS = re.compile(r"^what\s+(?P<x>.+?)\s+(?:means|stands\s+for)(?P<rest>\W.*)?$", re.I | re.S)


def as_wrapped_question(question: str) -> str | None:
    """The why/how/what question a request to be taught wraps ('Explain to me why X' -> 'Why X', "I don't get what
    X means" -> 'What does X mean'); None when the question is not so wrapped or goes on past its first sentence."""
    m = _TEACH.match(question) or _LOST.match(question)
    if m is None:
        return None
    inner = question[m.end():]
    if re.search(r"(?<!\.[A-Z])[.?!]\s+[A-Z]", inner):  # a second sentence asks its own question ("I don't get why X. What does Y say?")
        return None
    if means := _MEANS.match(inner):
        inner = f"what does {means.group('x')} mean{means.group('rest') or ''}"
    return inner[0].upper() + inner[1:]
