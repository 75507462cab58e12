"""asks_of: the kind of answer a question asks."""
from rag.extractive.answer_kind import asks_of



def test_participle_modifier_over_two_years_asks_amount() -> None:
    # 'included in X' modifying the noun asked, asked at two dates: a figure per year, not a description
    assert asks_of("What were the brokered deposits included in time deposits at December 31, 2020 and 2019?") == "amount"
    assert asks_of("What is included in other income?") == "description"
    assert asks_of("What is revenue defined as?") == "description"
    assert asks_of("What were the costs included in cost of sales in 2019?") == "description"


def test_causes_asked_by_their_noun_ask_words():
    from rag.extractive.answer_kind import asks_of
    assert asks_of("What factors support the growth of X?") == "description"
    assert asks_of("What share of firms cite barriers?") == "amount"
