"""Words that ask for a computation over the figures ('by how many times is X expected to grow'):
they name the operation, not the topic, so a passage holding the figures need not use them."""

from __future__ import annotations

from ingest.keyword import tokenize

# tokenized forms: 'times' -> 'time', 'expected' -> 'expect', 'increased' -> 'increas'
_MULTIPLE_WORDS = frozenset(tokenize("times fold factor multiple multiples grow grows grew grown growing increase "
                                     "increased expand expanded expected projected forecast forecasted rise rose"))

# how a trend question asks the direction ('how did X move / change / evolve from 2023 to 2024'): the
# passage gives the figures at both ends, in its own verb or none
_TREND_WORDS = frozenset(tokenize("change changes changed changing develop developed evolve evolved move moves moved "
                                  "moving shift shifted progress progressed fare fared behave behaved perform "
                                  "performed trend trends trended trajectory outlook head heading headed"))


def operation_words(units: tuple[str, ...] | list[str], trend: bool = False) -> frozenset[str]:
    """The question's words naming the computation it asks (a growth multiple) or the movement a trend
    question asks about; none for other questions."""
    return (_MULTIPLE_WORDS if "multiple" in units else frozenset()) | (_TREND_WORDS if trend else frozenset())
