"""A question about what something will become or where it is headed ('What might X eventually
become?', 'Where are X headed next?') is answered by a sentence stating its future state ('In the
future, X may evolve into ...', 'Looking ahead, X will further evolve toward ...')."""

from __future__ import annotations

import re

_ASKED = re.compile(r"\b(?:eventually|ultimately|in the (?:future|long run|long term)|going forward|"
                    r"head(?:ed|ing)(?: next)?|go(?:ing)? next|(?:turn|develop|evolve|grow) into|"
                    r"what (?:might|could|will|may) .{0,60}\bbecome)\b", re.I)
_OPENS_FUTURE = re.compile(r"^\W*(?:in the (?:future|long run|long term|coming years)|looking ahead|going forward|"
                           r"ultimately|eventually|over the next|in the next)\b", re.I)
_BECOMES = re.compile(r"\b(?:will|may|might|could|shall|(?:is|are) (?:expected|projected|poised|set|likely) to)\s+"
                      r"(?:\w+\s+){0,2}?(?:evolve|become|develop|shift|transform|transition|turn|move|grow)\b", re.I)


def future_asked(question: str) -> bool:
    """Whether the question asks what something will become or where it is headed."""
    return _ASKED.search(question) is not None


def states_future(text: str) -> bool:
    """Whether the sentence states a future state ('will evolve toward', 'In the future, ... may become')."""
    return _OPENS_FUTURE.search(text) is not None or _BECOMES.search(text) is not None
