"""An explanation's cause read on from the sentence the question matched: over a chunk boundary
(read_on.py), one sentence of detail between, and before a sentence stating the effect ('Consequently, ...')."""

from __future__ import annotations

from ingest.figures import parse_figures
from ingest.types import Chunk
from rag.extractive.explaining import carried, explaining
from rag.extractive.features import Evidence
from rag.extractive.read_on import read_on
from rag.extractive.slots import parse
from rag.types import Passage


def _ev(p: int, i: int, text: str, score: float, **features: float) -> Evidence:
    return Evidence(p, i, text, parse_figures(text), set(), set(), False, True,
                    features={"overlap": 0.5, **features}, score=score)


def _passage(text: str, start: int, doc: str = "r") -> Passage:
    return Passage(Chunk(f"{doc}{start}", doc, text, "T", "P", "2025", "s", 1, 1, None, start, start + len(text)), 0.0)


_CLAIM = "Consumer apps face dual challenges of profitability though they grew through functional innovation."
_DETAIL = "Half of consumer apps still primarily operate on free models."
_CAUSE = "The core pain points lie in a weak willingness to pay."
_WHY = "Why do consumer apps struggle to make money?"


def test_the_sentence_after_the_last_of_a_passage_is_the_first_of_the_one_starting_where_it_ends():
    first, second = _passage(f"Intro here. {_CLAIM}", 0), _passage(f"{_DETAIL} {_CAUSE}", len(f"Intro here. {_CLAIM}") + 1)
    claim, detail, cause = _ev(0, 1, _CLAIM, 0.9), _ev(1, 0, _DETAIL, 0.6), _ev(1, 1, _CAUSE, 0.5)
    evidence = [claim, detail, cause]
    assert read_on([first, second], evidence, claim) is detail
    assert read_on([first, second], evidence, detail) is cause
    other = _passage(f"{_DETAIL} {_CAUSE}", len(f"Intro here. {_CLAIM}") + 1, doc="q")  # another report's chunk
    assert read_on([first, other], evidence, claim) is None


def test_a_why_question_reads_on_over_one_sentence_of_detail_to_the_cause():
    claim, detail, cause = _ev(0, 0, _CLAIM, 0.9), _ev(0, 1, _DETAIL, 0.6), _ev(0, 2, _CAUSE, 0.5)
    got = explaining([claim, detail, cause], claim, lambda e: True, 0.85, parse(_WHY))
    assert got.text == _CAUSE and got.score == claim.score
    # the sentence between off topic: another matter, its cause is not the one asked
    got = explaining([claim, detail, cause], claim, lambda e: e is not detail, 0.85, parse(_WHY))
    assert got.text == _CLAIM


def test_a_cause_read_on_into_the_next_chunk_keeps_the_measure_its_claim_names():
    claim, cause = _ev(0, 3, _CLAIM, 0.9, metric_missing=0.0), _ev(1, 0, _CAUSE, 0.5, metric_missing=1.0)
    assert carried(cause, claim).features["metric_missing"] == 0.0
    assert carried(_ev(0, 4, _CAUSE, 0.5, metric_missing=1.0), claim).features["metric_missing"] == 1.0  # same passage


def test_a_sentence_stating_the_effect_is_answered_by_the_one_before_it():
    cause = _ev(0, 0, "These traits mark the shift from offering tools to delivering results.", 0.6)
    effect = _ev(0, 1, "Consequently, the market for agents will expand into labor services.", 0.9)
    got = explaining([effect, cause], effect, lambda e: True, 0.85, parse("What makes agents expand the market?"))
    assert got.text == cause.text and got.score == effect.score
