"""Two rows (or two columns of one row) compared by a verb (computed_pairs.items): 'by how much did A exceed B' is
A - B, 'by how much does B trail / lag A' is A - B too (the subject is the smaller), in the unit of the two figures;
a name of several capitalised words ('Yangtze River Delta') is one row."""

from __future__ import annotations

from rag.extractive.pair_questions import compared
from tests.test_compute import _ask, _lead

_REGIONS = [["Region", "2024", "2025E"], ["Beijing-Tianjin-Hebei", "131.6", "205.0"],
            ["Yangtze River Delta", "168.3", "262.5"], ["Chengdu-Chongqing", "45.8", "78.2"], ["Total", "345.7", "545.7"]]
_EXPORTS = [["Destination", "2023", "2024"], ["United States", "6,320", "6,890"], ["European Union", "3,690", "4,020"],
            ["United Kingdom", "1,110", "1,190"]]
_WINE = [["", "Production", "", "Consumption", ""], ["", "2023", "2024", "2023", "2024"],
         ["Italy", "38.3", "44.1", "21.8", "22.3"], ["Spain", "28.3", "31.0", "9.8", "9.9"]]


def test_a_verb_of_comparison_asks_a_change():
    assert compared("By how much did exports to the United States exceed those to the European Union in 2024?") == "change"
    assert compared("By how many percentage points does China's penetration trail Japan's?") == "change"
    assert compared("What was revenue in 2024?") is None


def test_a_exceeds_b_by_a_less_b_of_two_rows():
    assert _lead(_ask("By how much does the Yangtze River Delta's 2025E figure exceed Beijing-Tianjin-Hebei's?",
                      _REGIONS)) == "57.5"
    assert _lead(_ask("By how much did exports to the United States exceed those to the European Union in 2024?",
                      _EXPORTS)) == "2,870"


def test_b_trails_a_by_a_less_b():
    assert _lead(_ask("By how much did exports to the European Union trail those to the United States in 2024?",
                      _EXPORTS)) == "2,870"
    assert _lead(_ask("By how much does Chengdu-Chongqing lag behind the Yangtze River Delta in 2024?",
                      _REGIONS)) == "122.5"


def test_a_exceeds_b_of_two_columns_of_one_row():
    assert _lead(_ask("By how much did Spain's production exceed its consumption in 2024?", _WINE)) == "21.1"
