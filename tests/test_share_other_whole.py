"""A share asked of one whole is not answered by a percent the sentence gives of another whole."""

from rag.extractive import gates
from tests.test_extractive import decision

FILLER = ("Zentro is a software company.", "Its offices are in Lisbon.")


def test_a_share_of_another_whole_is_not_the_share_asked():
    q = "What share of the 2024 budget went to research?"
    d = decision(q, "Research spending reached 2.2% of GDP in 2024.", *FILLER)
    assert "GDP" in (gates.share_of_other_whole(d) or "")


def test_a_share_of_the_whole_asked_passes():
    q = "What share of the 2024 budget went to research?"
    assert gates.share_of_other_whole(decision(q, "Research took 4.9% of the budget in 2024.", *FILLER)) is None
    q = "What share of Zentro's revenue comes from on-premise deployment?"
    assert gates.share_of_other_whole(decision(q, "On-premise deployment brings 35% of Zentro's revenue.",
                                               *FILLER)) is None


def test_a_percent_naming_no_whole_or_the_whole_asked_elsewhere_passes():
    q = "What share of the 2024 budget went to research?"
    assert gates.share_of_other_whole(decision(q, "Research took 4.9% in 2024.", *FILLER)) is None
    assert gates.share_of_other_whole(decision(q, "Of the budget, research took 4.9% of spending.", *FILLER)) is None


def test_a_share_of_the_same_whole_in_other_words_passes():
    q = "What share of the world's large models did China account for as of 1H 2025?"
    text = "China ranked first with 1,509 models as of 1H 2025 (40% of the global total)."
    assert gates.share_of_other_whole(decision(q, text, *FILLER)) is None
