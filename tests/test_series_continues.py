"""A trend's other end is the next sentence continuing its series in the same unit (a count after a
count), before another measure's figure for that year."""

from dataclasses import replace

from rag.extractive.compose import complement
from tests.test_extractive import evidence

TEXT = ("Since 2015, the number of financing deals rose from 501 to a peak of 1,024 in 2018. "
        "Activity rebounded to 1,076 in 2021, but declined, reaching 696 in 2024.")
CHART = "Financing trends, the amount of financing: RMB 301 billion in 2015; RMB 1,053 billion in 2024"


def _ranked(q, *texts):
    """The best sentence first, then the chart line, then the rest, all scoring alike (the ranking given)."""
    _, slots, ev = evidence(q, *texts)
    best = next(e for e in ev if e.text.startswith("Since 2015"))
    rest = sorted((e for e in ev if e is not best), key=lambda e: "RMB" not in e.text)
    return slots, [best] + [replace(e, score=best.score) for e in rest]


def test_the_next_sentence_in_the_same_unit_is_the_other_end():
    slots, ordered = _ranked("Trace the financing deal count from 2015 through 2024.", TEXT, CHART)
    assert complement(slots, ordered, ordered[0]).text.startswith("Activity rebounded")

