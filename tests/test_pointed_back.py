"""A counted list whose sentence points back ('These traits ...') at the sentence coordinating the items."""

from rag.extractive.pointed_back import coordinated, pointed_items

_TEXT = ("Widgets\n*Widgets are capable of folding at a small size, floating freely, and lasting for years, "
         "ultimately saving money*\n- Folding small helps storage. Floating helps transport. "
         "These traits mark the turning point for widget makers moving into boats.")


def test_coordinated_items_share_their_form():
    s = "Widgets are capable of folding at a small size, floating freely, and lasting for years, ultimately saving"
    assert coordinated(s, 3) == ["folding at a small size", "floating freely", "lasting for years"]
    assert coordinated("Uses include boats, cars and planes.", 3) == ["boats", "cars", "planes"]


def test_another_number_of_items_is_none():
    assert coordinated("Uses include boats, cars and planes.", 2) is None
    assert coordinated("Uses include boats, cars and planes.", 4) is None
    assert coordinated("Floating helps transport.", 2) is None


def test_the_pointing_sentence_takes_the_items_before_it():
    got = pointed_items(_TEXT, "three traits that mark the widget turning point?", 3)
    assert got is not None and got[1] == ["folding at a small size", "floating freely", "lasting for years"]


def test_no_items_when_the_pointing_sentence_is_off_the_question():
    assert pointed_items(_TEXT, "three risks of cheese markets abroad?", 3) is None
    assert pointed_items(_TEXT, "two traits that mark the widget turning point?", 2) is None
