"""measure_row: a percent asked by its measure noun is held by a table row (or the heading owning it) naming it."""
from ingest.figures import parse_figures

from rag.extractive.features import Evidence
from rag.extractive.gates_unit_figure import measure_row


def _ev(text: str, row: bool = True) -> Evidence:
    return Evidence(0, 0, text, parse_figures(text), set(), set(), row, True)


def test_row_under_a_ratio_heading_holds_the_ratio() -> None:
    e = _ev("Loss ratio › Homeowners — Year ended › 2023: 81.7; Year ended › 2022: 76.9")
    assert measure_row("What was the homeowners loss ratio in 2023?", [e], [2023])


def test_row_labelled_with_the_ratio_without_row_flag() -> None:
    e = _ev("Intensity ratio (tCO2e per £m revenue) — 2021 › Group: 139.9; 2020 › Group: 157.0", row=False)
    assert measure_row("What was the intensity ratio in 2020?", [e], [2020])


def test_row_naming_no_measure_noun_or_other_year_does_not() -> None:
    e = _ev("Net premiums earned — 2023: 1,200; 2022: 1,100")
    assert not measure_row("What was the loss ratio in 2023?", [e], [2023])
    r = _ev("Loss ratio — 2022: 60.2; 2021: 65.4")
    assert not measure_row("What was the loss ratio in 2023?", [r], [2023])
    assert not measure_row("What was the loss ratio in 2023?", [_ev("The loss ratio was 60.2 in 2023.", row=False)], [2023])


def test_a_heading_in_units_counts_the_measure():
    """'Heat pump sales (thousand units)': the measure is counted, no money; a plain '(USD million)' heading is not."""
    from rag.extractive.gates_unit_figure import _COUNT_UNIT

    assert _COUNT_UNIT.search("Heat pump sales (thousand units) | 2020 | 2021")
    assert _COUNT_UNIT.search("Shipments (units) | 2024") and _COUNT_UNIT.search("sold 4.2 million units")
    assert not _COUNT_UNIT.search("Revenue (USD million) | 2024") and not _COUNT_UNIT.search("business units")


def test_a_price_note_in_the_heading_states_money_per_unit():
    """'(US cents per lb)' over a table: its bare figures are prices; a count per thing or a plain unit is no price note."""
    from rag.extractive.gates_unit_figure import price_note

    assert price_note("Average ICE futures prices (US cents per lb)\nCommodity | 2022 | 2023")
    assert price_note("Realised price (USD/t) | 2024") and price_note("Wholesale power (EUR per MWh)")
    assert price_note("Gas (pence per therm)")
    assert not price_note("Revenue (USD million) | 2024") and not price_note("Density (units per 10,000 people)")
    assert not price_note("Vehicle deliveries (in thousands of units)") and not price_note("LTIFR (per million hours)")
