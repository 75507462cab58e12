"""A place's share of a world count, session 27 (rag/extractive/part_of_whole.py): computed from the
world count and the place's count in the next sentence, on the smallest passage, without the embedding model."""

from __future__ import annotations


def _answer(question: str, sentences: list[str]):
    from ingest.figures import parse_figures
    from ingest.types import Chunk
    from rag.extractive.features import Evidence
    from rag.extractive.part_of_whole import share_of_world
    from rag.extractive.slots import parse
    from rag.types import AnswerContext, Passage

    text = " ".join(sentences)
    chunk = Chunk("c1", "d1", text, "Report", "Pub", "2025", "r.txt", 1, 1, None, 0, len(text))
    evidence = [Evidence(0, i, s, parse_figures(s), set(), set(), False, True) for i, s in enumerate(sentences)]
    return share_of_world(AnswerContext(question, [Passage(chunk, 1.0)]), parse(question), evidence, "extractive")


_SENTENCES = ["By May 2025, the number of global AI unicorns exceeded 370, with a combined valuation above USD 1 trillion.",
              "The U.S. led with 160+, dominated by generative AI and AI chips."]


def test_a_places_share_of_a_world_count_is_its_count_over_the_world_count():
    answer = _answer("What share of the world's AI unicorns are American?", _SENTENCES)
    assert answer is not None and answer.figure == "about 43.2%"
    assert answer.derivation["op"] == "share" and answer.derivation["derivation"] == "160 / 370 = 43.2%"
    from rag.assistant import check_citations

    assert not check_citations(answer).unsupported_figures  # the figure checker re-computes it


def test_no_share_without_the_places_count_or_the_subject_in_the_world_sentence():
    assert _answer("What share of the world's AI unicorns are Japanese?", _SENTENCES) is None  # no place's count
    assert _answer("What share of the world's AI startups are American?", _SENTENCES) is None  # not the subject
