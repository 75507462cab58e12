"""citation_numbers: several answers' citations joined in one list, a passage cited before keeping its number."""

from rag.citation_numbers import renumbered
from rag.types import Citation


def _cite(n: int, chunk: str) -> Citation:
    return Citation(n, "d", "T", "P", "2024", "s", 1, None, chunk, "text", "quote")


def test_a_passage_cited_before_keeps_its_number():
    citations = [_cite(1, "a")]
    assert renumbered([_cite(1, "b"), _cite(2, "a")], citations, join_own=True) == {1: 2, 2: 1}
    assert [c.chunk_id for c in citations] == ["a", "b"] and citations[1].n == 2


def test_two_quotes_of_one_passage_in_one_answer_join_only_when_asked():
    joined, kept = [], []
    assert renumbered([_cite(1, "a"), _cite(2, "a")], joined, join_own=True) == {1: 1, 2: 1}
    assert renumbered([_cite(1, "a"), _cite(2, "a")], kept, join_own=False) == {1: 1, 2: 2}
    assert len(joined) == 1 and len(kept) == 2
