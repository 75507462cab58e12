"""A question about what something will become, where it is headed or how it is changing ('What
might X eventually become?', 'Where are X headed next?') is answered by a sentence stating its
future or new state ('In the future, X may evolve into ...', 'X will evolve toward ...', 'its
evolution from A to B', 'is shifting towards B')."""

from __future__ import annotations

import re

_ASKED = re.compile(r"\b(?:eventually|ultimately|in the (?:future|long run|long term)|going forward|"
                    r"head(?:ed|ing)(?: next)?|go(?:ing)? next|(?:turn|develop|evolve|grow) into|"
                    r"what (?:might|could|will|may) .{0,60}\bbecome|how (?:is|are|has|have) .{0,60}\bchang(?:ing|ed))\b", re.I)
_OPENS_FUTURE = re.compile(r"^\W*(?:in the (?:future|long run|long term|coming years)|looking ahead|going forward|"
                           r"ultimately|eventually|over the next|in the next)\b", re.I)
_BECOMES = re.compile(r"\b(?:will|may|might|could|shall|(?:is|are) (?:expected|projected|poised|set|likely) to)\s+"
                      r"(?:\w+\s+){0,2}?(?:evolve|become|develop|shift|transform|transition|turn|move|grow)\b", re.I)


# a change of state stated as its two ends: 'evolution from "language generators" to "agents"'
_FROM_TO = re.compile(r"\b(?:evolution|evolv\w*|shift\w*|transition\w*|transform\w*|mov(?:e|es|ed|ing)|turn(?:s|ed|ing)?)"
                      r"\s+from\b.{1,80}?\bto(?:ward|wards)?\b", re.I)

# the new state a thing is moving towards: 'the trend has been shifting towards unified models'
_TOWARDS = re.compile(r"\b(?:shift|mov|evolv|transition|pivot|head)(?:s|es|ed|ing|e)?\b[^.;]{0,80}?\btowards?\b", re.I)


def future_asked(question: str) -> bool:
    """Whether the question asks what something will become or where it is headed."""
    return _ASKED.search(question) is not None


def states_future(text: str) -> bool:
    """Whether the sentence states a future state ('will evolve toward', 'In the future, ... may become')."""
    return _OPENS_FUTURE.search(text) is not None or _BECOMES.search(text) is not None \
        or _FROM_TO.search(text) is not None or _TOWARDS.search(text) is not None
