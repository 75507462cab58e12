"""The chat's extra HTML (understood question, "Why this answer", scope chips, page view,
progress) escapes report and user text; the evaluation headline and table share one source."""

from __future__ import annotations

from types import SimpleNamespace

from ui import render, render_turns
from ui.web.pageview import section_text
from ui.web.progress import IngestProgress


def test_understood_shows_only_when_the_question_changed_and_is_escaped():
    same = SimpleNamespace(question="How big?", understood="how  big?")
    changed = SimpleNamespace(question="and 2030?", understood="How big was the <b>AI</b> market in 2030?")
    assert render_turns.understood(same) == ""
    html = render_turns.understood(changed)
    assert "Understood as" in html and "&lt;b&gt;AI&lt;/b&gt;" in html and "<b>AI" not in html


def test_why_this_answer_fold_escapes_candidates_and_names_the_gate():
    answer = SimpleNamespace(explanation={"slots": {"year": 2030, "metric": "market size", "empty": None},
                                          "candidates": [{"text": "<script>x</script> USD 2.6 trillion", "score": 1.5,
                                                          "features": {"year_match": 1.0, "unit": -0.2}}],
                                          "gate": "figure present"})
    html = render_turns.explanation(answer)
    assert html.startswith('<details class="rq-why"><summary>Why this answer</summary>')
    assert "&lt;script&gt;" in html and "<script>" not in html and "year_match +1.00" in html
    assert "figure present" in html and "empty" not in html
    assert render_turns.explanation(SimpleNamespace(explanation=None)) == ""
    full = render.answer_message(SimpleNamespace(question="q", understood="q", answer="**1** [1]", abstained=False,
                                                 citations=[], unsupported_figures=[], warnings=[], backend="x",
                                                 timings_ms={}, explanation=answer.explanation))
    assert "Why this answer" in full


def test_scope_chips_say_all_or_name_the_reports_escaped():
    docs = [SimpleNamespace(doc_id="a", title="A <Report>"), SimpleNamespace(doc_id="b", title="B")]
    assert "all 2 reports" in render_turns.scope_line(docs, [])
    limited = render_turns.scope_line(docs, ["a"])
    assert "Searching only" in limited and "A &lt;Report&gt;" in limited and "1 of 2" in limited


def test_page_view_escapes_and_marks_the_sentence():
    html = render_turns.section_view("T <x>", "S", "before <i>", "the sentence", " after", "/gradio_api/file=/u/a.md")
    assert '<mark class="rq-quote">the sentence</mark>' in html and "&lt;i&gt;" in html and "T &lt;x&gt;" in html
    img = render_turns.page_image(b"\x89PNG", 'R"1', 3, "/gradio_api/file=/u/r.pdf")
    assert 'href="/gradio_api/file=/u/r.pdf#page=3"' in img and "data:image/png;base64," in img and 'R&quot;1' in img


def test_section_text_joins_the_section_chunks_without_the_overlap():
    def chunk(cid, start, text, section="S"):
        return SimpleNamespace(chunk_id=cid, doc_id="d", section=section, char_start=start, char_end=start + len(text),
                               text=text)

    chunks = [chunk("c2", 5, "Two. Three."), chunk("c1", 0, "One. Two. "), chunk("c3", 0, "Other.", "T")]
    text, section = section_text(chunks, "d", "c2")
    assert (text, section) == ("One. Two. Three.", "S")


def test_progress_follows_stage_events_and_old_embedding_counts():
    tracker = IngestProgress(["a.pdf", "b.md"])
    tracker({"stage": "reading", "file": "a.pdf", "done": 0, "total": 2})
    tracker(SimpleNamespace(stage="embedding", file="b.md", done=120, total=480))
    assert tracker.files["a.pdf"] == {"stage": "reading", "done": None, "total": None}
    html = tracker.html()
    assert "Embedding 120 / 480 chunks" in html and "width:25%" in html and "Reading" in html
    tracker(480, 480, "/tmp/x/b.md")  # the older (done, total, what) callback
    assert tracker.files["b.md"]["done"] == 480


def test_headline_and_metrics_share_one_source_and_misses_are_plain_text():
    scores = [SimpleNamespace(answerable=True, correct=True, split="dev"),
              SimpleNamespace(answerable=True, correct=False, split="dev"),
              SimpleNamespace(answerable=False, correct=True, split="dev")]
    miss = SimpleNamespace(id="q2", question="Q", expected=("USD 1 billion",), abstained=False, error=None,
                           answer="**USD 2 billion** (2024). [1]", why="wrong figure")
    result = SimpleNamespace(overall={"answer_accuracy": 0.5, "abstention_recall": 1.0}, scores=scores,
                             misses=[miss], config={})
    head = render.eval_headline(result)
    assert "Answer accuracy 50.0%: 1 of 2 answerable questions right" in head
    assert render.miss_rows(result).iloc[0]["Answer"] == "USD 2 billion (2024). [1]"


def test_a_computed_answer_shows_its_derivation_escaped_and_survives_a_reload():
    from rag.types import Answer, Citation
    from ui.render import answer_message
    from ui.turns import answer_from_record, answer_record

    c = Citation(n=1, doc_id="d", title="T", publisher="", date="", source="t.html", page=1, section=None,
                 chunk_id="c", text="Total sales — 2019: $1,496.5; 2018: $1,202.9", quote="", figure=None)
    a = Answer(question="What is the change in total sales?", answer="**293.6** (USD millions) [1]", figure="293.6",
               abstained=False, citations=[c], shape="computed",
               derivation={"op": "change", "result": "293.6", "derivation": "1,496.5 - 1,202.9 = 293.6",
                           "operands": [{"value": "1,496.5", "label": "<2019>", "citation": 1},
                                        {"value": "1,202.9", "label": "2018", "citation": 1}]})
    html = answer_message(a)
    assert "1,496.5 - 1,202.9 = 293.6" in html and "Computed (change)" in html
    assert "&lt;2019&gt;" in html and "<2019>" not in html and "[1]</li>" in html
    again = answer_message(answer_from_record(answer_record(a)))
    assert "1,496.5 - 1,202.9 = 293.6" in again
    plain = Answer(question="q", answer="**1** [1]", figure="1", abstained=False, citations=[c])
    assert "rq-derivation" not in answer_message(plain)


def test_the_library_table_says_which_reports_an_earlier_reader_chunked():
    docs = [SimpleNamespace(doc_id=i, title=i.upper(), publisher="", date="", pages=0, chunks=3,
                            ingested_at="2026-12-03T20:43:28", source=f"{i}.md") for i in ("a", "b")]
    rows = render.library_rows(docs, {"b"})
    assert [r[5].endswith("(earlier reader: re-ingest)") for r in rows] == [False, True]
    assert render.library_rows(docs) == [r[:5] + [r[5].split(" (")[0]] + r[6:] for r in rows]
