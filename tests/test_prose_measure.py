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


def _written(text: str, question: str = "", nth: int = 0) -> str:
    from rag.extractive.prose_measure import with_per_unit, with_range
    f = [f for f in parse_figures(text) if f.unit != "year"][nth]
    return with_per_unit(with_measure(with_range(f, text, question), text), text).display


def test_a_range_is_one_figure():
    assert _written("Contract prices fell by 3-8% during the quarter.") == "3-8%"
    assert _written("Contract prices fell by 3-8% during the quarter.", nth=1) == "3-8%"
    assert _written("We expect value to land between USD 27 billion and USD 33 billion.") == \
        "between USD 27 billion and USD 33 billion"
    assert _written("Revenue is to fall by 5–10% in Q1.") == "5–10%"


def test_a_range_with_its_currency_at_one_end_and_its_scale_at_the_other():
    assert _written("For 2025 we forecast gross issuance of EUR 520-540 bn, with IG easing.") == "EUR 520-540 bn"
    assert _written("We expect sales of EUR 77-79 billion in 2025.", nth=1) == "EUR 77-79 billion"
    assert _written("Sales were EUR 77 million and 79 staff joined.") == "EUR 77 million"


def test_an_end_asked_and_figures_apart_stay_as_they_are():
    assert _written("Prices fell by 3-8% in the quarter.", "What is the upper end of the fall?", nth=1) == "8%"
    assert _written("Sales rose from 10% to 20%.") == "10%"
    assert _written("Between 2020 and 2024 sales were 5 and 7 units.") == "5"
    assert _written("It grew 12% and 8% in two years.") == "12%"


def test_a_per_unit_suffix_belongs_to_the_figure():
    assert _written("Total capex reaches USD 0.68/W by 2027E.") == "USD 0.68/W"
    assert _written("Our incentive price is USD 18,500/t LCE.") == "USD 18,500/t LCE"
    assert _written("Cost is USD 92/kWh, above China.") == "USD 92/kWh"
    assert _written("Subscriptions (e.g., $50/user/month).") == "$50/user/month"
    assert _written("Prices fall below USD 0.25 per million tokens by mid-2026.") == "below USD 0.25 per million tokens"
    assert _written("Margins were 20 per cent in 2024.") == "20 per cent"


def test_a_unit_symbol_or_a_duration_after_the_number_leads_with_it():
    for text, want in (("nameplate capacity of 2,250 kt.", "2,250 kt"), ("dropped by 311 Ml/d after", "311 Ml/d"),
                       ("a portfolio of 10 mtpa by 2030", "10 mtpa"), ("the average age was 12.3 years", "12.3 years"),
                       ("equivalent to 1.36 billion cubic metres of gas", "1.36 billion cubic metres")):
        f = [g for g in parse_figures(text) if g.unit != "year"][0]
        assert with_measure(f, text).text == want


def test_a_symbol_is_matched_in_its_own_case_and_whole():
    text = "rose to 5 MTs and 7 ha-ha"
    assert [with_measure(f, text).text for f in parse_figures(text) if f.unit != "year"] == ["5", "7"]
