"""cited_pages: the lower-case texts an answer stands on (its cited pages, its cited reports), lower-cased once per
index snapshot; measure words found with one pattern per measure."""

from types import SimpleNamespace

from rag.extractive.cited_pages import cited_texts, lower_texts, report_texts
from rag.extractive.features import metric_covered
from rag.extractive.slots import parse_unframed
from rag.extractive.slots_covered import names_unwritten
from rag.types import Answer, AnswerContext, Citation


def _chunk(doc: str, page: int, text: str):
    return SimpleNamespace(doc_id=doc, page=page, text=text)


class _Snap:
    """The two things cited_pages reads of a snapshot: its chunks and its memo."""

    def __init__(self, chunks):
        self.chunks, self.memo, self.made = chunks, {}, 0

    def derived(self, key, make):
        if key not in self.memo:
            self.made += 1
            self.memo[key] = make()
        return self.memo[key]


def _answer(doc: str, page: int) -> Answer:
    c = Citation(1, doc, "Title", "Pub", "2025", "src", page, "Sec", "c1", "Text", "Quote")
    return Answer("q", "a", None, False, [c])


def test_lower_texts_by_page_and_report_skip_empty_texts():
    pages, docs = lower_texts([_chunk("d", 1, "A Caption"), _chunk("d", 2, ""), _chunk("e", 1, "Other")])
    assert pages == {("d", 1): ["a caption"], ("e", 1): ["other"]}
    assert docs == {"d": ["a caption"], "e": ["other"]}


def test_cited_page_and_report_texts_are_lowered_once_per_snapshot():
    snap = _Snap([_chunk("d", 1, "Revenue 2024"), _chunk("d", 2, "Headcount"), _chunk("e", 1, "Elsewhere")])
    ctx = AnswerContext("q", [], None, snap)
    assert cited_texts(ctx, _answer("d", 1)) == ["text", "quote", "sec", "revenue 2024"]
    assert report_texts(ctx, _answer("d", 1)) == ["title", "pub", "revenue 2024", "headcount"]
    assert snap.made == 1


def test_measure_words_match_at_a_word_start_only():
    assert metric_covered("net sales rose", "revenue") and not metric_covered("wholesales rose", "revenue")
    assert metric_covered("the widget count", "widget count")


def test_names_unwritten_lists_names_no_text_writes():
    s = parse_unframed("How did growth in disposable income differ between Thailand's urban and rural residents?")
    assert names_unwritten(s, ["urban residents in china"]) == ["Thailand"]
    assert names_unwritten(s, ["thailand's urban residents"]) == []
