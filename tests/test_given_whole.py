"""A part of a whole the question states (rag/extractive/given_whole.py): the part's amount from its percent, or
its share from its amount, computed on the smallest passage, without the embedding model."""

from __future__ import annotations


def _answer(question: str, sentences: list[str]):
    from ingest.figures import parse_figures
    from ingest.types import Chunk
    from rag.extractive.features import Evidence
    from rag.extractive.given_whole import given_whole
    from rag.extractive.slots import parse
    from rag.types import AnswerContext, Passage

    text = " ".join(sentences)
    chunk = Chunk("c1", "d1", text, "Report", "Pub", "2025", "r.txt", 1, 1, None, 0, len(text))
    evidence = [Evidence(0, i, s, parse_figures(s), set(), set(), False, True) for i, s in enumerate(sentences)]
    return given_whole(AnswerContext(question, [Passage(chunk, 1.0)]), parse(question), evidence, "extractive")


_INCIDENTS = ["Global AI-related risk incidents reached 220 cases in 2024.",
              "Among these, 32.7% stemmed from issues within AI systems, while 67.3% arose from risks during AI "
              "implementation."]
_INVESTMENT = ["The B2B models span six scenarios, with a total investment exceeding 700 million yuan.",
               "This reflects a shift to systematic use.",
               "Structurally, intelligent analysis and decision-making led with 272 million yuan."]


def test_an_amount_asked_of_a_part_given_as_a_percent_is_that_percent_of_the_given_whole():
    a = _answer("Of the 220 incidents in 2024, how many stemmed from AI implementation?", _INCIDENTS)
    assert a is not None and a.figure == "about 148" and a.derivation["op"] == "part_of"
    from rag.assistant import check_citations

    assert not check_citations(a).unsupported_figures  # the figure checker re-computes it


def test_a_share_asked_of_a_part_given_as_an_amount_is_it_over_the_given_whole():
    a = _answer("Intelligent decision-making's share of the ~700 million yuan B2B investment?", _INVESTMENT)
    assert a is not None and a.figure == "about 38.9%" and a.derivation["op"] == "share"


def test_no_answer_when_the_part_is_not_named_once_or_the_whole_is_not_stated():
    assert _answer("Of the 220 incidents in 2024, how many stemmed from AI?", _INCIDENTS) is None  # both name AI
    assert _answer("Of the 300 incidents in 2024, how many stemmed from AI implementation?", _INCIDENTS) is None
    assert _answer("Of the 220 lawsuits in 2024, how many stemmed from AI implementation?", _INCIDENTS) is None
    assert _answer("Digital humans' share of the ~700 million yuan B2B investment?", _INVESTMENT) is None


_SPLIT = ["Global AI risk incidents reached 220 cases in 2024.",
          "Among these, 32.7% stemmed from inherent security issues within AI systems, while 67.3% arose from "
          "security risks during AI implementation."]


def test_the_linking_verb_after_the_whole_and_the_cited_source_name_neither_whole_nor_part():
    from rag.extractive.given_whole import given_figure, part_words

    q = "How many of 2024's 220 AI risk incidents stemmed from inherent security issues, by Frost's split?"
    fig, whole = given_figure(q)
    assert whole == {"ai", "risk", "incident"}
    assert part_words(q, fig, whole, ("Frost",)) == {"inherent", "security", "issue"}


def test_words_between_two_percents_label_the_one_they_follow():
    a = _answer("Of the 220 incidents in 2024, how many stemmed from inherent security issues?", _SPLIT)
    assert a is not None and a.figure == "about 72"


def test_labels_before_their_figures_keep_the_whole_stretch():
    sents = ["Global AI risk incidents reached 220 cases in 2024.", "Lawsuits made up 32.7%, and regulator actions 67.3%."]
    a = _answer("Of the 220 incidents in 2024, how many were lawsuits?", sents)
    assert a is not None and a.figure == "about 72"
