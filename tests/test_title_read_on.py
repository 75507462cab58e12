"""A list asked and led by a title ending its passage quotes what is printed under the title from the report's
next chunk, cited, never in bold (title_read_on.py)."""

from types import SimpleNamespace

from ingest.types import Chunk
from rag.extractive.features import Evidence
from rag.extractive.title_read_on import ends_passage, items_read_on, next_chunk, text_after
from rag.types import Answer, AnswerContext, Citation, Passage

_TITLED = "Safety rose in 2024.\nRisk matrix\nRisk type Risk description"
_UNDER = "Risk type Risk description\nData privacy Data is leaked Model drift Performance declines\nNext section"


def _chunk(cid: str, text: str, start: int, doc: str = "r") -> Chunk:
    return Chunk(cid, doc, text, "T", "P", "2025", "s", 1, 1, None, start, start + len(text))


def test_a_title_or_a_title_over_its_header_ends_the_passage():
    assert ends_passage(_TITLED, "Risk matrix")
    assert not ends_passage(_TITLED, "Safety rose in 2024.")


def test_the_next_chunk_starts_within_the_chunk_and_is_of_the_same_report():
    own = _chunk("a", _TITLED, 0)
    later, other = _chunk("b", _UNDER, 30), _chunk("c", _UNDER, 30, doc="x")
    assert next_chunk([own, other, later, _chunk("d", "far", 400)], own) is later
    assert next_chunk([own, other], own) is None


def test_the_overlap_is_skipped_and_the_text_cut_at_a_word():
    assert text_after(_UNDER, _TITLED).startswith("Data privacy Data is leaked")
    assert text_after(_UNDER, _TITLED, limit=21) == "Data privacy Data is"
    assert text_after("Risk type Risk description", _TITLED) == ""


def test_a_list_led_by_a_title_reads_on_and_cites_the_next_chunk():
    own, later = _chunk("a", _TITLED, 0), _chunk("b", _UNDER, 30)
    ctx = AnswerContext(question="Name the risk types in the risk matrix.", passages=[Passage(own, 0.5)],
                        snapshot=SimpleNamespace(chunks=[own, later]))
    best = Evidence(0, 1, "Risk matrix", [], set(), set(), False, True, {}, 0.5)
    answer = Answer(question=ctx.question, answer="Risk matrix [1]", figure=None, abstained=False,
                    citations=[Citation.from_passage(1, ctx.passages[0], quote="Risk matrix")], backend="t")
    read = items_read_on(ctx, answer, best, "list")
    assert read is not None and "Data privacy" in read.answer and "**" not in read.answer
    assert read.citations[-1].chunk_id == "b" and read.answer.endswith("[2]")
    assert items_read_on(ctx, answer, best, "figure") is None
    first = Evidence(0, 0, "Safety rose in 2024.", [], set(), set(), False, True, {}, 0.5)
    assert items_read_on(ctx, answer, first, "list") is None
