"""A two-part question led by one part (rag/extractive/lead_half.py): a lone figure answers the amount, not the
name or the 'whether' asked beside it."""

from rag.extractive.lead_half import figure_for_two_parts


def test_a_lone_figure_does_not_name_the_one_asked():
    assert figure_for_two_parts("Which region scores lowest, and how many firms does it have?", "**over 2.03 million**. x")


def test_a_lone_figure_does_not_say_whether():
    assert figure_for_two_parts("Confirm the fee paid, and whether the report was independent?",
                                "**USD 115,000**. It was paid a fee of USD 115,000.")


def test_kept_when_the_quote_says_whether_or_the_lead_names():
    assert figure_for_two_parts("Confirm the fee paid, and whether the report was independent?",
                                "**USD 115,000**. The independent report was paid a fee of USD 115,000.") is None
    assert figure_for_two_parts("Which segment drew most, and how much?", "**AIGC** (56%). x") is None


def test_kept_for_one_ask_a_year_or_no_amount():
    assert figure_for_two_parts("How many firms are there?", "**30,000**. x") is None
    assert figure_for_two_parts("Which year peaked, and how much was raised?", "**RMB 5B** (2024). x") is None
    assert figure_for_two_parts("Is the rate trending up or down, and where did it stand?", "**67.0%**. x") is None


def test_kept_for_a_period_asked_in_the_plural():
    # 'which months' asks dates, as 'which month' and 'which years' do: the figure's dates can answer it
    shown = "**$5,000**. The fee of $5,000 covered March and April."
    assert figure_for_two_parts("How much was the fee, and which months did it cover?", shown) is None
    assert figure_for_two_parts("How much was the fee, and which quarters did it cover?", shown) is None
