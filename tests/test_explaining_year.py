"""An explanation asked of one year: the sentence speaking of that year, itself or through the statement
it refers back to ('X increased ... for fiscal 2018 as compared to fiscal 2017. The increase was ...')."""

from __future__ import annotations

from ingest.figures import parse_figures
from rag.extractive.explaining import explaining
from rag.extractive.features import Evidence
from rag.extractive.slots import parse


def _ev(i: int, text: str, score: float, overlap: float = 0.5) -> Evidence:
    return Evidence(0, i, text, parse_figures(text), set(), set(), False, True,
                    features={"overlap": overlap}, score=score)


_LATER = _ev(0, "Net cash provided by operating activities increased $224 million for fiscal 2019 as compared to fiscal 2018.", 0.9)
_LATER_WHY = _ev(1, "The increase was primarily due to more favorable timing of working capital changes.", 0.6)
_EARLIER = _ev(2, "Net cash provided by operating activities increased $242 million for fiscal 2018 as compared to fiscal 2017.", 0.85)
_EARLIER_WHY = _ev(3, "The increase was primarily due to lower payments for taxes.", 0.55)
_ALL = [_LATER, _EARLIER, _LATER_WHY, _EARLIER_WHY]


def _why(year: int) -> str:
    q = f"What caused the increase in net cash provided by operating activities in {year}?"
    return explaining(_ALL, _LATER, lambda e: True, 0.5, parse(q)).text


def test_the_cause_of_the_year_asked_is_quoted():
    assert _why(2018) == _EARLIER_WHY.text


def test_the_other_year_keeps_its_own_cause():
    assert _why(2019) == _LATER_WHY.text
