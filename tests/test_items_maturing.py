"""items_maturing: instruments counted by their maturity year or by a year holding them (no embedding model)."""

from __future__ import annotations

from rag.extractive.items_maturing import MATURING, items_maturing
from rag.extractive.passage_tables import tables_of
from tests.test_shape_cues import _table_ctx

BONDS = [["", "Maturity", "2020", "2019"], ["Senior bonds", "", "", ""], ["EUR 750 million bond 2012/2022", "March 2022", "749", "748"],
         ["EUR 1,000 million bond 2017/2027", "October 2027", "994", "993"], ["EUR 500 million bond 2015/2075", "April 2075", "—", "498"],
         ["EUR 600 million bond 2020/2080", "March 2080", "594", "—"], ["Commercial paper", "", "150", "320"],
         ["Total", "", "2,487", "2,559"]]


def _ask(question, grid=BONDS):
    ctx = _table_ctx(question, grid)  # one passage holding the table
    return items_maturing(ctx, question, tables_of(ctx), "extractive")


def test_the_question_shape():
    assert MATURING.match("How many bonds mature after 2025?")
    assert MATURING.match("How many of the bonds outstanding at the end of 2020 mature after 2025?")
    assert MATURING.match("How many bonds were outstanding at the end of 2019?")
    assert not MATURING.match("How many bonds had a coupon above 1%?")


def test_items_are_the_rows_naming_the_thing_counted_by_maturity_and_year_held():
    got = _ask("How many bonds mature after 2025?")  # commercial paper is no bond
    assert got is not None and got.figure == "3" and got.answer.startswith("**3**")
    got = _ask("How many of the bonds outstanding at the end of 2020 mature after 2025?")  # the 2075 bond was redeemed
    assert got is not None and got.figure == "2"
    got = _ask("How many bonds were outstanding at the end of 2019?")
    assert got is not None and got.figure == "3"


def test_the_label_years_give_the_maturity_when_no_column_does():
    grid = [[r[0]] + r[2:] for r in BONDS]
    got = _ask("How many bonds mature before 2030?", grid)
    assert got is not None and got.figure == "2"
