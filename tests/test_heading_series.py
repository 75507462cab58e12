"""A list asked of a series written as numbered headings 'STEM (k/n): LABEL': its n labels, or nothing."""

from dataclasses import replace

from rag.extractive.features import Evidence
from rag.extractive.heading_series import other_count_led, series_count, series_mark, series_parts, stem_asked
from rag.types import AnswerContext, Passage
from tests.test_extractive import chunk

_STEM = "From red to blue"
_PAGES = [(f"{_STEM} (1/3): Warm tones", "Text."), (f"{_STEM} (2/3): Mid tones", "Text."),
          (f"{_STEM} (3/3): Cold tones", "Text."), ("Other section", "Text.")]


def test_a_mark_names_stem_part_count_and_label():
    assert series_mark("From red to blue (2/3): Mid tones") == ("From red to blue", 2, 3, "Mid tones")
    assert series_mark("Leading across text and speech (1/3).") == ("Leading across text and speech", 1, 3, "")
    assert series_mark("Revenue (2024)") is None
    assert series_mark("Ratio (4/3): odd") is None


def test_every_marked_part_is_read_in_order():
    assert series_parts(reversed(_PAGES), _STEM, 3) == ["Warm tones", "Mid tones", "Cold tones"]


def test_another_count_or_unnamed_pages_give_nothing():
    assert series_parts(_PAGES, _STEM, 4) is None
    unnamed = [(f"{_STEM} (1/2).", "x"), (f"{_STEM} (2/2).", "y")]
    assert series_parts(unnamed, _STEM, 2) is None


def test_a_part_without_its_mark_is_read_from_the_overview():
    pages = _PAGES[:2] + [(_STEM, "From red to blue\n- Intro sentence.\n*Warm tones*\n*Mid tones*\n*Cold tones*")]
    assert series_parts(pages, _STEM, 3) == ["Warm tones", "Mid tones", "Cold tones"]


def test_an_overview_that_does_not_hold_the_marked_parts_gives_nothing():
    pages = _PAGES[:2] + [(_STEM, "*Warm tones*\n*Cold tones*\n*Other tones*")]
    assert series_parts(pages, _STEM, 3) is None
    assert series_parts(_PAGES[:2], _STEM, 3) is None  # a part the report never names


def test_the_stem_is_asked_as_a_run_of_words():
    assert stem_asked("What are the three parts of the 'red to blue' series?", _STEM)
    assert not stem_asked("What are the three parts of the 'red to green' series, blue?", _STEM)


def _ctx(question: str, sections: list[str]):
    passages = [Passage(replace(chunk("Text.", i), section=s), 1.0, rank=i + 1) for i, s in enumerate(sections)]
    return AnswerContext(question, passages), Evidence(0, 0, "Text.", [], set(), set(), False, True)


def test_series_count_reads_the_marks():
    assert series_count([t for t, _ in _PAGES], _STEM) == 3
    assert series_count(["Other section"], _STEM) is None


def test_a_lead_of_a_series_asked_with_another_count_is_doubted():
    ctx, best = _ctx("What are the four parts of the 'red to blue' series?", [_STEM, *(t for t, _ in _PAGES)])
    assert other_count_led(ctx, best) == "the report writes 'From red to blue' as 3 parts and the question asks 4"
    ctx, best = _ctx("What are the three parts of the 'red to blue' series?", [_STEM, *(t for t, _ in _PAGES)])
    assert other_count_led(ctx, best) is None
    ctx, best = _ctx("What are the four parts of the 'red to green' series?", [_STEM, *(t for t, _ in _PAGES)])
    assert other_count_led(ctx, best) is None
