"""A publisher named by the first word of its name alone, as the source of what is asked ('Frost's chart',
'per Frost', 'does Frost say'): the word says which report to read, not a subject a sentence must name."""

from __future__ import annotations

from collections.abc import Iterable

from ..sources import attributed, first_word
from .question_names import Entity


def attributed_first_words(question: str, publishers: Iterable[str], entities: Iterable[Entity]) -> set[str]:
    """The first words of publishers' names (lower-case) that the question writes alone as the source
    of what it asks (`rag.sources.attributed`). A place ('China' of China Insights Consultancy) stays a
    subject: 'China's market' is the topic, not the publisher."""
    places = {e.name.lower() for e in entities if e.place}
    out = set()
    for pub in publishers:
        word = first_word(pub)
        if word and word.lower() not in places and attributed(question, word):
            out.add(word.lower())
    return out
