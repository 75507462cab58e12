"""A lead figure said of a wider set than the one asked is no bold lead (rag/extractive/lead_scope.py):
one example of a listed group, a narrower kind of model. Smallest inputs, no model."""

from __future__ import annotations

from ingest.figures import parse_figures
from rag.extractive.features import Evidence
from rag.extractive.lead_scope import CLASS_WHY, example_member, narrower_kind_unsaid
from rag.extractive.slots import parse


def _sentence(text: str, row: bool = False) -> Evidence:
    return Evidence(0, 0, text, parse_figures(text), set(), set(), row, True)


def _lead(e: Evidence, unit: str = "percent"):
    return [f for f in e.figures if f.unit == unit][-1:]


GROUP = "The gap between the two narrowed on benchmarks such as Alpha, Beta, Gamma, and Delta to less than 4% by 2025."


def test_a_figure_of_a_listed_group_does_not_lead_one_member():
    e = _sentence(GROUP)
    why = example_member(parse("What was the gap on Alpha in 2025?"), e, _lead(e))
    assert why is not None and "Alpha" in why


def test_the_member_named_outside_the_list_or_the_whole_group_asked_leads():
    e = _sentence("On Alpha the gap was 3%, on benchmarks such as Alpha, Beta, and Gamma.")
    assert example_member(parse("What was the gap on Alpha?"), e, _lead(e)) is None
    e = _sentence(GROUP)
    assert example_member(parse("What was the gap on Alpha, Beta, Gamma and Delta in 2025?"), e, _lead(e)) is None


def test_one_figure_per_item_or_a_row_is_not_doubted():
    e = _sentence("Models scored 17.5%, 13.5% and 24.3% on benchmarks such as Alpha, Beta, and Gamma.")
    assert example_member(parse("What was the score on Alpha?"), e, _lead(e)) is None
    row = _sentence(GROUP, row=True)
    assert example_member(parse("What was the gap on Alpha in 2025?"), row, _lead(row)) is None


def test_a_narrower_kind_of_model_asked_and_models_at_large_given():
    e = _sentence("Large models now account for nearly 60% of intelligent computing demand.")
    asked = "What share of computing demand comes from industry large models?"
    assert narrower_kind_unsaid(asked, e, _lead(e)) == CLASS_WHY.format(kind="industry")
    assert narrower_kind_unsaid("Where has the share of vertical large models got to?", e, _lead(e)) is not None


def test_the_kind_said_in_any_form_or_not_asked_leads():
    e = _sentence("Industry-specific large models now account for nearly 60% of computing demand.")
    assert narrower_kind_unsaid("What share of demand comes from industry large models?", e, _lead(e)) is None
    plain = _sentence("Large models now account for nearly 60% of intelligent computing demand.")
    assert narrower_kind_unsaid("What share of computing demand comes from large models?", plain, _lead(plain)) is None


def test_a_list_holding_the_thing_asked_about_does_not_lead():
    from rag.extractive.lead_scope import sibling_list_led
    asked = "What do robotic-assisted surgeries use models for?"
    assert sibling_list_led(asked, "Imaging analysis; Assisted diagnosis; Robotic-assisted surgeries") is not None
    assert sibling_list_led(asked, "Surgical precision; Real-time guidance") is None  # what is asked of it
    assert sibling_list_led(asked, "Robotic-assisted surgeries") is None  # no list


def test_another_item_is_named_by_a_whole_word_not_inside_one():
    e = _sentence("The gap between the two narrowed on benchmarks such as Alpha, AI, Gamma, and Delta to less than 4% by 2025.")
    why = example_member(parse("What was the gap on Alpha that the report said in 2025?"), e, _lead(e))
    assert why is not None and "Alpha" in why  # 'AI' inside 'said' names no other item
