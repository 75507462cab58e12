"""rows.label_currency / noted_money: a row label's unit note ('Passenger revenue (€m)') makes its bare cells money;
figures.parse_figures: a fiscal year written 'FY2019' dates the figure after it."""

from ingest.figures import parse_figures
from rag.extractive.rows import label_currency, noted_money


def test_a_label_unit_note_names_the_currency():
    line = "Passenger revenue (€m) — FY2019: 6,842; FY2018: 6,395"
    assert label_currency(line) == "EUR"
    assert {f.currency for f in noted_money(line, parse_figures(line)) if f.unit == "count"} == {"EUR"}


def test_other_label_notes_name_none():
    assert label_currency("Fleet at year end (aircraft) — FY2019: 312; FY2018: 296") is None
    assert label_currency("Available seat kilometres (ASK, million) — FY2019: 98,420") is None
    assert label_currency("Load factor (%) — FY2019: 88.7%") is None


def test_fy_years_date_the_figures_after_them():
    figs = [f for f in parse_figures("Passenger revenue (€m) — FY2019: 6,842; FY2018: 6,395") if f.unit != "year"]
    assert [f.year for f in figs] == [2019, 2018]
