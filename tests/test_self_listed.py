"""self_listed: the parts of X asked are not led by a list holding X itself (X's siblings)."""
from rag.extractive.self_listed import self_listed


def test_a_list_holding_the_thing_asked_the_parts_of_is_doubted() -> None:
    said = "**Government, Investment grade corporate, High yield and Other fixed income**. Fixed income lists: ... [1]"
    assert self_listed("What types of ETFs are included in other fixed income?", said)
    assert self_listed("What are the components of Grid expansion?", "**Grid expansion and Asset renewal**. [1]")


def test_the_parts_themselves_or_one_item_are_not_doubted() -> None:
    said = "**inflation-linked, securitised and ultra-short bond ETFs**. Other fixed income includes ... [1]"
    assert self_listed("What types of ETFs are included in other fixed income?", said) is None
    assert self_listed("What is included in other income?", "**Other income**. [1]") is None  # one item: no list
    assert self_listed("Which regions grew?", "**Europe and Asia**. [1]") is None
