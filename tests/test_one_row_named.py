"""one_row_for_several: 'which <things>' led by one table row's name is no bold list."""
from rag.extractive.one_row_named import one_row_for_several

_ROW = "**Orion Pigments**. Rank: 1; Company: Orion Pigments; Capacity 2024 (kt/yr): 1,280; Process route: Chloride [1]"


def test_one_rows_name_for_a_plural_kind_is_doubted() -> None:
    assert one_row_for_several("Which ranked producers operate only chloride-route capacity?", _ROW)
    assert one_row_for_several("Which companies place exactly two models in the top 10?", _ROW)


def test_a_list_a_superlative_or_a_choice_is_not_doubted() -> None:
    listed = "**Orion Pigments and Kestrel Chemicals**. Rank: 1; Company: Orion Pigments; Capacity: 1,280 [1]"
    assert one_row_for_several("Which ranked producers operate chloride-route capacity?", listed) is None
    assert one_row_for_several("Which producers have the largest capacity?", _ROW) is None
    assert one_row_for_several("Which ranks higher, Orion Pigments or Kestrel Chemicals?", _ROW) is None
    assert one_row_for_several("Which company operates chloride-route capacity?", _ROW) is None  # one thing asked
    assert one_row_for_several("Which years saw a decline?", _ROW) is None  # periods, often one


def test_a_name_led_by_a_sentence_is_not_doubted() -> None:
    said = "**Orion Pigments**. Orion Pigments was the only producer to add capacity in 2024. [1]"
    assert one_row_for_several("Which producers added capacity in 2024?", said) is None


def test_a_name_among_a_lines_labels_has_the_other_items_read() -> None:
    across = "**General merchandise**. 2025 — Grocery: 2.9%; Clothing & Home: 0.2%; General merchandise: (2.1)% [1]"
    assert one_row_for_several("Which divisions had negative LFL growth in FY 2024/25?", across) is None
