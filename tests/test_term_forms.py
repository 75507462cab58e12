"""A field acronym ('LLM') and the forms the reports write it out in ('large model')."""

from __future__ import annotations

from rag.extractive.names import mentions_entity
from rag.extractive.question_names import entities_of
from rag.extractive.term_forms import term_forms


def test_an_acronym_of_the_field_takes_its_written_out_forms():
    assert "large model" in term_forms("LLM") and "large models" in term_forms("LLMs")
    assert term_forms("MiniMax") == () and term_forms("LLMX") == ()


def test_a_passage_writing_large_models_names_an_llm():
    (llm,) = entities_of(["LLM"])
    assert not llm.place
    assert mentions_entity("to bid for applications of b-end large models", llm)
    assert not mentions_entity("the size of the ai market in china's algorithm framework", llm)

