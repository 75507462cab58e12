"""A bold lead quoting a row or sentence that gives the product asked to another owner (rag/extractive/lead_owners.py)."""

from rag.extractive.lead_owners import quoted_owner_other

ROWS = ("**1,108**, **1,132**. Rank: 5; Company name: ElevenLabs; Model: Turbo v2.5; Arena ELO: 1,108 [1] "
        "Rank: 3; Company name: OpenAI; Model: TTS-1; Arena ELO: 1,132 [1]")


def test_a_second_row_of_another_owner_doubts_the_lead():
    why = quoted_owner_other("IBM's TTS-1 versus ElevenLabs' Turbo v2.5: what Arena ELO did each score?", ROWS)
    assert why and "OpenAI" in why and "IBM" in why


def test_a_possessive_sentence_of_another_owner_doubts_the_lead():
    assert quoted_owner_other("How many parameters has Mistral's Whisper?", "**1.6 billion**. OpenAI's Whisper has 1.6 billion parameters.")


def test_every_row_of_the_owner_asked_keeps_the_lead():
    assert quoted_owner_other("OpenAI's TTS-1 versus ElevenLabs' Turbo v2.5: what Arena ELO did each score?", ROWS) is None
    assert quoted_owner_other("What Arena ELO did TTS-1 score?", ROWS) is None
    assert quoted_owner_other("Minimax's Hailuo 02 Arena ELO?", "**1,331**. Company name: MiniMax; Model: Hailuo 02; Arena ELO: 1,331") is None


def test_a_place_is_no_owner():
    assert quoted_owner_other("What is China's Qwen ranked?", "**3**. Rank: 3; Company name: Alibaba; Model: Qwen") is None
