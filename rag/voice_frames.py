"""Voices a question is asked in, read as the question they wrap: a greeting and filler sentences before it
('Hi, my manager asked me to find this out.'), a ballpark lead-in ('Roughly', 'Ballpark,'), and a question put
last ('The X in 2024 — what was it?')."""

from __future__ import annotations

import re

# words of greetings and of passing a request on: a sentence made only of these names nothing the question asks
_FILLER_WORDS = frozenset("""hi hello hey dear morning afternoon evening all team folks there quick one question request
from for to the a an my our your me i we you us this that it something some thing things manager boss board client
clients colleague colleagues ceo cfo exec execs executive director investor investors partner asked asks ask asking
wants want wanted needs need wondering wonder find found out look up know check confirm verify could can would please
forwarding forwarded forward passing on has have had got just thanks thank help with of""".split())
_SENTENCE = re.compile(r"^\s*(?P<lead>[^.?!:]*?)\s*[.?!:]\s+(?=\S)")
# 'Roughly', 'Ballpark,', 'About', 'Approximately', 'Give or take' before the question word: the figure is still asked
_BALLPARK = re.compile(r"^\s*(?:roughly|ballpark|approximately|about|around|give\s+or\s+take|in\s+round\s+numbers)\s*,?\s+"
                       r"(?=(?:what|how|which)\b)", re.I)


def without_filler(question: str) -> str:
    """`question` without the greeting and filler sentences before it ('Quick one from the board: X' -> 'X'); a
    first sentence that names anything beyond greeting and request words is kept."""
    original = question
    # a number is a word too: '2024: what was X?' dates the question
    while (m := _SENTENCE.match(question)) and set(re.findall(r"[a-z0-9]+", m.group("lead").lower())) <= _FILLER_WORDS:
        question = question[m.end():]
    question = _BALLPARK.sub("", question, count=1)
    return question[0].upper() + question[1:] if question != original and question else question


# 'The X in 2024 — what was it?': the question put after its subject
_PUT_LAST = re.compile(r"^\s*(?P<subject>\S.*?)\s*(?:—|–|--|-|:|,)\s*what\s+(?P<aux>is|was|are|were|will)\s+"
                       r"(?:it|they)(?:\s+be)?\s*\??\s*$", re.I)


def as_plain_question(question: str) -> str | None:
    """The what-question a question put last asks ('The X in 2024 — what was it?' -> 'What was the X in 2024?');
    None for any other question."""
    if m := _PUT_LAST.match(question):
        aux = m.group("aux").lower()
        subject = m.group("subject")
        subject = subject[0].lower() + subject[1:] if subject.startswith(("The ", "A ", "An ")) else subject
        return f"What will {subject} be?" if aux == "will" else f"What {aux} {subject}?"
    return None
