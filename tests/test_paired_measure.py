"""A measure carried across a parallel pair of sentences on the smallest inputs: 'The U.S. dominated with 78% of
global AI financing. China ranked second with 14%.' gives China a share of that measure, named in the other
side's sentence just before; and a place the question itself names is no other owner for the global gate."""

from __future__ import annotations

from dataclasses import replace

from rag.extractive import gates
from rag.extractive.paired_measure import carried_by_pair
from tests.test_claim import FILLER
from tests.test_extractive import decision, evidence

PAIR = "By region, Europe dominated with 78% of global AI financing. China ranked second with 14%."


def _sentence(ev, start):
    return next(e for e in ev if e.text.startswith(start))


def test_the_other_sides_sentence_carries_the_measure():
    _, _, ev = evidence("How did Europe and China compare in their share of global AI financing?", PAIR)
    assert carried_by_pair(ev, _sentence(ev, "China"), ("Europe", "China"), "financing")


def test_no_measure_carried_without_the_other_side_before():
    _, _, ev = evidence("How did Europe and China compare in their share of global AI financing?",
                        "Global AI financing doubled. China ranked second with 14%.")
    assert not carried_by_pair(ev, _sentence(ev, "China"), ("Europe", "China"), "financing")
    _, _, ev = evidence("How did Europe and China compare in their share of global AI financing?",
                        "By region, Europe led with 34% of AI enterprises. China ranked second with 15%.")
    assert not carried_by_pair(ev, _sentence(ev, "China"), ("Europe", "China"), "financing")


def test_a_place_the_question_names_is_asked_not_another_owner():
    d = decision("How much did global AI financing in China and elsewhere total?",
                 "Since 2022, China's AI investment has stabilized at RMB 100 billion.", *FILLER)
    d = replace(d, slots=replace(d.slots, entities=()))  # each side judged with the sides left out of its slots
    assert gates.figure_owner(d) is None
