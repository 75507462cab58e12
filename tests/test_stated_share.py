"""A part the page gives only as its share of a whole another sentence states is that share of the whole's
amount; a share of a whole the amount's sentence does not name gives nothing from here."""

from rag.extractive.stated_share import row_share, stated_share
from tests.test_extractive import evidence

MARKET = ("The global IT operations market reached USD 24.0bn in 2024. By component, software accounted for 38% of "
          "the market, services for 45% and hardware for the remaining 17%.")


def test_the_parts_share_of_the_stated_whole_gives_its_amount():
    ctx, slots, ev = evidence("How large was the software segment in 2024?", MARKET)
    a = stated_share(ctx, slots, ev, "extractive")
    assert a is not None and a.figure == "about USD 9.1bn" and a.derivation["op"] == "part_of"


def test_a_later_part_in_the_same_list_takes_its_own_share():
    ctx, slots, ev = evidence("What was the value of services in 2024?", MARKET)
    assert stated_share(ctx, slots, ev, "extractive").figure == "about USD 10.8bn"


def test_the_whole_asked_is_no_part():
    ctx, slots, ev = evidence("How large was the IT operations market in 2024?", MARKET)
    assert stated_share(ctx, slots, ev, "extractive") is None


def test_a_share_of_another_whole_gives_nothing():
    text = "The government budget was EUR 214bn in 2024. Research took 2.2% of GDP in 2024."
    ctx, slots, ev = evidence("How much did the government spend on research in 2024?", text)
    assert stated_share(ctx, slots, ev, "extractive") is None


def test_a_share_asked_is_not_computed_here():
    ctx, slots, ev = evidence("What share of the market was software in 2024?", MARKET)
    assert stated_share(ctx, slots, ev, "extractive") is None


ROW = "Chief Executive Officer — Base salary (AUD '000): 1,450; Target STI (% of salary): 60%; Maximum STI (% of salary): 120%"


def _row_evidence(question: str):
    ctx, slots, ev = evidence(question, "The remuneration report covers four executives.")
    ev[0].text, ev[0].row = ROW, True
    return ctx, slots, ev


def test_a_row_cell_headed_as_a_share_of_another_cell_gives_the_amount():
    ctx, slots, ev = _row_evidence("What is the target STI for the Chief Executive Officer?")
    a = row_share(ctx, slots, ev, "extractive")
    assert a is not None and a.figure == "870" and a.derivation["op"] == "part_of"


def test_a_row_share_asked_as_a_percent_is_not_computed():
    ctx, slots, ev = _row_evidence("What percentage of salary is the target STI for the Chief Executive Officer?")
    assert row_share(ctx, slots, ev, "extractive") is None
    ctx, slots, ev = _row_evidence("What is the bonus for the Chief Executive Officer?")
    assert row_share(ctx, slots, ev, "extractive") is None  # no column headed as the measure asked


def test_a_name_asked_is_not_computed():
    ctx, slots, ev = evidence("Which component accounted for 38% of the market?", MARKET)
    assert stated_share(ctx, slots, ev, "extractive") is None
