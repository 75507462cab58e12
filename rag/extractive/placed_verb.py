"""'Where does Frost place the three hubs', 'how does CIC position its models': 'place' and 'position' used as a
verb with an object say where a report puts something (a description), not a rank or any figure asked."""

from __future__ import annotations

import re

# the verb after its subject ('does Frost place', 'did the report position'), followed by its object; 'place in',
# 'place first', 'place?' are the intransitive 'to come in a rank', which asks a rank
_PLACED = re.compile(r"\b((?:do|does|did)\s+(?:[\w&.'’-]+\s+){1,4}?)(?:place|position)(?=\s+(?!(?:in|on|at|among|within|"
                     r"first|second|third|fourth|fifth|last|top|bottom|ahead|behind|above|below|higher|lower|"
                     r"overall|globally|worldwide)\b)[\w'’])", re.I)


def without_placing(question: str) -> str:
    """The question with such a verb read as 'put' (which asks no rank), for the unit and answer-kind cues."""
    return _PLACED.sub(lambda m: m.group(1) + "put", question)
