"""'What score does X post in the Artificial Analysis ranking?': a ranking named as the table a figure is
read from asks no rank when another measure is asked; a rank asked in words ('ranked', 'position') stays."""

from rag.extractive.slots import parse


def test_a_ranking_named_as_the_table_asks_no_rank():
    assert "rank" not in parse("What Intelligence Index score does Model M post in the Artificial Analysis ranking?").units
    assert parse("In the pureplay ranking, what share does Company D hold?").units == ("percent",)


def test_a_rank_asked_stays():
    assert "rank" in parse("Where is Company D ranked by revenue?").units
    assert "rank" in parse("What position does Company D hold in the ranking?").units
    assert "rank" in parse("Where does Company D stand in the ranking?").units
