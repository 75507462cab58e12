"""A number written as a name's version is not the figure answering (rag/extractive/name_versions.py)."""

from ingest.figures import parse_figures
from rag.extractive.name_versions import is_name_version
from rag.extractive.pick import pick_figures
from rag.extractive.slots import parse

TEXT = "Within the typical models, DALL-E 3 excels in natural language interactions."


def _three():
    return next(f for f in parse_figures(TEXT) if f.text == "3")


def test_the_name_asked_with_its_number_owns_it():
    assert is_name_version(TEXT, _three(), "DALL-E 3 vs Stable Diffusion: what does each do best?")


def test_another_form_of_the_same_name_owns_it_too():
    assert is_name_version(TEXT, _three(), "What does DALLE-3 do best?")


def test_another_version_or_a_bare_number_does_not():
    assert not is_name_version(TEXT, _three(), "What does DALL-E 2 do best?")
    assert not is_name_version(TEXT, _three(), "Which of the 3 models is best?")


def test_a_figure_after_the_name_is_kept():
    text = "Veo 3 reached 12 million users."
    picked = pick_figures(text, parse_figures(text), parse("How many users did Veo 3 reach?"))
    assert [f.text for f in picked] == ["12 million"]


def test_the_name_number_alone_is_no_answer():
    picked = pick_figures(TEXT, parse_figures(TEXT), parse("What does DALL-E 3 excel in?"))
    assert picked == []
