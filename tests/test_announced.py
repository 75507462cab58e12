"""A sentence announcing items it does not name is quoted with the sentences naming them."""

from rag.extractive.announced import announced, announces
from tests.test_extractive import evidence

TEXT = ("The outlook is facing several challenges. Trade tensions have slowed growth. "
        "An aging population strains the labour force. Despite these challenges, investment continues.")


def test_an_announcement_is_told_from_a_sentence_naming_its_items():
    assert announces("The outlook is facing several challenges.")
    assert announces("Growth is driven by three factors.")
    assert not announces("The ratio is calculated as follows:")  # a table or list lines follow, not sentences
    assert not announces("The challenges include trade tensions, an aging population and debt.")


def test_the_items_after_an_announcement_are_quoted_with_it_until_a_summing_up():
    _, _, ev = evidence("What challenges does the outlook face?", TEXT)
    first = next(e for e in ev if e.text.startswith("The outlook"))
    ev2, best = announced(ev, first)
    assert "Trade tensions" in best.text and "aging population" in best.text and "Despite" not in best.text
    assert not any(e.text.startswith("Trade tensions") for e in ev2)  # not quoted twice
    other = next(e for e in ev if e.text.startswith("Trade"))
    assert announced(ev, other)[1] is other  # a sentence announcing nothing is left as it is
