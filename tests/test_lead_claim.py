"""Leads that restate the question (rag/extractive/lead_claim.py): each check on the smallest input."""

from rag.extractive.lead_claim import index_number_led, restated_claim
from rag.extractive.slots import parse


def test_restated_claim_doubts_the_claim_without_its_cause():
    slots = parse("Why is so much of China's data left unstored?")
    assert restated_claim(slots, "China stored only 2 ZB, meaning 95% of data was left unstored.")


def test_restated_claim_sets_aside_the_place_pointed_at():
    slots = parse("In the section on agent applications, why could the feedback loop make AI the fastest revolution?")
    assert restated_claim(slots, "This feedback loop could make AI the fastest revolution in history.")


def test_restated_claim_keeps_a_sentence_with_a_cause_or_another_topic():
    slots = parse("Why is so much of China's data left unstored?")
    assert restated_claim(slots, "Data is left unstored because production outpaces storage.") is None
    assert restated_claim(slots, "Storage capacity grows from 640 EB to 1,800 EB.") is None
    assert restated_claim(parse("How much data did China store in 2024?"), "China stored 2 ZB of data in 2024.") is None


def test_index_number_led_doubts_a_panel_number():
    assert index_number_led("What status line does the chat panel show?", "**1**. Panel 1: Chat", "Panel 1: Chat")


def test_index_number_led_keeps_a_number_said_as_an_amount_or_a_part_asked():
    assert index_number_led("How many panels?", "**3**. Panel 3: Menu", "Panel 3: Menu") is None
    assert index_number_led("Which panel shows the menu?", "**3**", "Panel 3: Menu") is None
    assert index_number_led("How many firms joined?", "**3**", "Panel 3 shows 3 firms") is None
    assert index_number_led("How many firms joined?", "**12**", "12 firms joined") is None


def test_restated_claim_keeps_a_purpose_and_a_definition():
    slots = parse("Why are swaps entered into with different counterparties?")
    assert restated_claim(slots, "Swaps are entered into with different counterparties to reduce risk.") is None
    slots = parse("What does working capital consist of?")
    assert restated_claim(slots, "Working capital consists of current assets less current liabilities.") is None


def test_restated_claim_keeps_a_sentence_that_corrects_the_premise():
    slots = parse("Why has the performance gap between Chinese and U.S. models widened?")
    assert restated_claim(slots, "The performance gap between Chinese and U.S. models is narrowing.") is None
    assert restated_claim(slots, "The performance gap between Chinese and U.S. models has widened.")


def test_restated_claim_sets_aside_the_place_put_last():
    question = "Why could the feedback loop make AI the fastest revolution, in the section on agent applications?"
    assert restated_claim(parse(question), "This feedback loop could make AI the fastest revolution in history.")


def test_index_number_led_counts_a_number_that_ends_a_sentence_or_clause_as_said():
    # '3.' closing a sentence and '3,' closing a clause are the number said, not the start of a decimal
    text = "Panel 3: Firms. The number of firms rose to 3."
    assert index_number_led("What did the number of firms rise to?", "**3**", text) is None
    assert index_number_led("What did the number of firms rise to?", "**3**", "Panel 3: Firms rose to 3, then fell") is None
    assert index_number_led("What status line does the chat panel show?", "**1**", "Panel 1. Chat")


def test_index_number_led_doubts_a_panel_number_for_a_count_of_other_things():
    assert index_number_led("How many firms joined?", "**3**", "Panel 3: Firms")
    assert index_number_led("How many review steps are there?", "**3**", "Step 3: Review") is None
