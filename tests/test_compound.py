"""A question asking two things at once is split into part-questions, each answered from its own evidence and
composed with its own citations (rag/compound.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rag.compound import answer_parts, parts
from rag.types import Answer, Citation


def _cite(n: int) -> Citation:
    return Citation(n, "doc", "T", "P", "2025", "s", 1, None, f"c{n}", "text", "quote")


def _answer(text: str, abstained: bool = False, n: int = 1) -> Answer:
    return Answer("q", text, None, abstained, [] if abstained else [_cite(n)])


@pytest.mark.parametrize("question, expected", [
    ("What was the fee paid to CIC, and whether the report was prepared independently?",
     ("What was the fee paid to CIC?", "Was the report prepared independently?")),
    ("How big was the global AI market in 2024, and in 2030?",
     ("How big was the global AI market in 2024?", "How big was the global AI market in 2030?")),
    ("Which firm prepared the market report, and where was the firm established?",
     ("Which firm prepared the market report?", "Where was the firm established?")),
])
def test_two_clauses_with_their_own_asking_words_split(question, expected):
    assert parts(question) == expected


@pytest.mark.parametrize("question", [
    "What was the change in revenue between 2018 and 2019?",  # 'and' inside one ask
    "Which region scores lowest, and how many firms does it have?",  # the second part leans on the first's answer
    "What are the drivers and what are the risks, and what are the costs?",  # more than one join: not clean
])
def test_one_ask_or_an_unclean_split_is_kept_whole(question):
    assert parts(question) is None


def test_parts_compose_with_their_own_citations_and_no_bold():
    whole = _answer("Not certain: the question asks two things; the lead X answers only the amount. [1]")
    got = answer_parts("What was the fee paid to CIC, and whether the report was prepared independently?", whole,
                       lambda q: _answer("**USD 115,000** at a fee. [1]") if "fee" in q else
                       replace(_answer("**Yes.** [1]"), citations=[replace(_cite(1), chunk_id="other")]))
    assert got.answer == "(1) USD 115,000 at a fee. [1] (2) Yes. [2]"
    assert [c.n for c in got.citations] == [1, 2] and not got.abstained and got.figure is None


def test_a_refused_whole_stays_refused_unless_both_parts_answer():
    whole = _answer("The reports don't state this.", abstained=True)
    q = "What was the fee paid to CIC, and whether the report was prepared independently?"
    assert answer_parts(q, whole, lambda p: _answer("x", abstained="fee" in p)) is whole


def test_a_whole_answer_that_covers_both_parts_is_kept():
    whole = _answer("**USD 115,000**, prepared independently. [1]")
    q = "What was the fee paid to CIC, and whether the report was prepared independently?"
    assert answer_parts(q, whole, lambda p: _answer("other")) is whole


def _passage(cid: str):
    from ingest.types import Chunk
    from rag.types import Passage
    import dataclasses
    fields = {f.name: None for f in dataclasses.fields(Chunk)}
    fields.update(chunk_id=cid, doc_id="doc", text=f"text of {cid}")
    return Passage(Chunk(**fields), 1.0)


def _cited(cid: str, n: int = 1) -> Citation:
    return Citation(n, "doc", "T", "P", "2025", "s", 1, None, cid, f"text of {cid}", "quote")


def test_a_passage_both_parts_cite_is_listed_once_and_each_part_keeps_its_own_evidence():
    q = "What was the fee paid to CIC, and whether the report was prepared independently?"
    whole = _answer("Not certain: the question asks two things; the lead X answers only the amount. [1]")
    whole.passages = [_passage("w")]
    first = Answer("q", "**USD 115,000** [1] [2]", None, False, [_cited("a", 1), _cited("b", 2)],
                   passages=[_passage("x"), _passage("a"), _passage("b")],
                   explanation={"slots": {}, "candidates": [{"passage": 2, "text": "fee"}], "gate": None})
    second = Answer("q", "**Yes.** [1] [2]", None, False, [_cited("c", 1), _cited("b", 2)],
                    passages=[_passage("b"), _passage("c")],
                    explanation={"slots": {}, "candidates": [{"passage": 2, "text": "independent"}], "gate": "g"})
    got = answer_parts(q, whole, lambda p: first if "fee" in p else second)
    assert got.answer == "(1) USD 115,000 [1] [2] (2) Yes. [3] [2]"
    assert [(c.n, c.chunk_id) for c in got.citations] == [(1, "a"), (2, "b"), (3, "c")]
    assert [p.chunk_id for p in got.passages] == ["x", "a", "b", "c"]  # the parts' passages, not the whole's
    shown = got.explanation["parts"]
    assert [p["question"] for p in shown] == list(parts(q)) and shown[1]["gate"] == "g"
    assert shown[0]["candidates"][0]["passage"] == 2 and shown[1]["candidates"][0]["passage"] == 4


def test_a_composed_answer_checks_each_part_against_its_own_citations():
    from rag.assistant import check_citations
    from rag.compound import part_texts
    assert part_texts("(1) USD 5 [1] (2) Yes [2]") == ["USD 5 [1]", "Yes [2]"]
    assert part_texts("USD 5 (2) [1]") == ["USD 5 (2) [1]"]
    a = Answer("q", "(1) USD 5 million [1] (2) 7 firms [2]", None, False,
               [Citation(1, "d", "T", "P", "2025", "s", 1, None, "a", "a fee of USD 5 million", "q"),
                Citation(2, "d", "T", "P", "2025", "s", 1, None, "b", "there are 7 firms", "q")])
    assert check_citations(a).unsupported_figures == []  # neither the part numbers nor a part's figure
    b = Answer("q", "(1) USD 5 million [2] (2) 7 firms [1]", None, False, list(a.citations))
    assert set(check_citations(b).unsupported_figures) == {"USD 5 million", "7"}


def test_the_explanation_of_a_composed_answer_shows_each_part():
    from rag.explain import explanation_lines
    from ui.render_turns import explanation
    data = {"parts": [{"question": "What was the fee?", "slots": {"unit": "money"}, "candidates": [], "gate": None},
                      {"question": "Was it independent?", "slots": {}, "candidates": [], "gate": "no evidence"}]}
    lines = explanation_lines(data)
    assert lines[0] == "part (1): What was the fee?" and "part (2): Was it independent?" in lines
    assert "  gate: no evidence" in lines
    html = explanation(Answer("q", "a", None, False, [], explanation=data))
    assert "Part (1): What was the fee?" in html and "no evidence" in html
