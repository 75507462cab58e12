"""Words that ask for a computation over the figures ('by how many times is X expected to grow'):
they name the operation, not the topic, so a passage holding the figures need not use them."""

from __future__ import annotations

from ingest.keyword import tokenize

# tokenized forms: 'times' -> 'time', 'expected' -> 'expect', 'increased' -> 'increas'
_MULTIPLE_WORDS = frozenset(tokenize("times fold factor multiple multiples grow grows grew grown growing increase "
                                     "increased expand expanded expected projected forecast forecasted rise rose"))


def operation_words(units: tuple[str, ...] | list[str]) -> frozenset[str]:
    """The question's words naming the computation it asks (a growth multiple), none for other questions."""
    return _MULTIPLE_WORDS if "multiple" in units else frozenset()
