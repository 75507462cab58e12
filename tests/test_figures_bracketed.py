"""Money written in brackets is negative and keeps its currency and scale."""

from ingest.figures import parse_figures


def _one(text):
    figs = [f for f in parse_figures(text) if f.unit != "year"]
    assert len(figs) == 1
    return figs[0]


def test_bracketed_money_with_a_scale_inside():
    f = _one("adjustments of (2017/18: £(8.1m)) relate")
    assert (f.text, f.unit, f.currency, f.value) == ("£(8.1m)", "money", "GBP", -8.1e6)


def test_bracketed_money_with_a_scale_after():
    f = _one("a loss of $(0.5) million")
    assert (f.text, f.unit, f.currency, f.value, f.number) == ("$(0.5) million", "money", "USD", -0.5e6, -0.5)


def test_an_unclosed_bracket_is_no_negative():
    f = _one("see $(12 and more")
    assert (f.text, f.value) == ("12", 12.0)


def test_plain_money_is_unchanged():
    f = _one("revenue of £8.1m")
    assert (f.value, f.currency) == (8.1e6, "GBP")


def test_another_dollars_mark_is_money_in_that_dollar():
    f = _one("receivables include sales of A$236 million (as written)")
    assert (f.text, f.unit, f.currency, f.value) == ("A$236 million", "money", "AUD", 236e6)
    assert _one("a tariff of C$68.42 a vehicle").currency == "CAD"
    assert _one("revenue of HK$5 bn").currency == "HKD"
