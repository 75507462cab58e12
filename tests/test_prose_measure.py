"""A figure in prose leads with the unit of measure written after it."""

from ingest.figures import parse_figures
from rag.extractive.prose_measure import with_measure


def _lead(text: str) -> str:
    f = next(f for f in parse_figures(text) if f.unit != "year")
    return with_measure(f, text).display


def test_a_physical_unit_after_the_figure_is_part_of_it():
    assert _lead("Use was 219.8 kg in 2024.") == "219.8 kg"
    assert _lead("It adds 96 million tonnes to output.") == "96 million tonnes"
    assert _lead("Shipments rose to about 560 GW AC.") == "560 GW AC"


def test_money_and_plain_words_take_no_unit():
    assert _lead("Revenue was USD 5 million units.") == "USD 5 million"
    assert _lead("It had 12 kgx of it.") == "12"
