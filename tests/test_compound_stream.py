"""A compound question (two things asked at once) gets the same answer in the streaming chat as from `ask`:
the chat streams through `Assistant.stream`, the CLI and batch answers through `Assistant.ask`."""

from __future__ import annotations

import pytest

from rag.compound import parts
from rag.types import Answer

COMPOUND = [  # gold dev questions whose whole answer leaves a part unanswered, so `ask` composes the parts
    "Could you kindly confirm the fee for which CIC was commissioned, and whether the report was prepared "
    "independently of The Company?",
    "Cloud-based API calls in CIC's business-model table: priced per user or per token, and what's the other "
    "option listed?",
]


@pytest.mark.parametrize("question", COMPOUND)
def test_stream_gives_the_composed_answer_ask_gives(bundled_app, question):
    assert parts(question) is not None
    asked = bundled_app.assistant.ask(question)
    items = list(bundled_app.assistant.stream(question))
    final = items[-1]
    assert isinstance(final, Answer)
    assert asked.answer.startswith("(1) ")  # composed from its parts, not the whole's half answer
    assert final.answer == asked.answer
    assert [c.n for c in final.citations] == [c.n for c in asked.citations]
    assert "".join(i for i in items if isinstance(i, str)) == final.answer  # what was streamed is what is kept


def test_a_plain_question_streams_its_answer_as_before(bundled_app):
    question = "What is the global AI market size in 2024?"
    assert parts(question) is None
    items = list(bundled_app.assistant.stream(question))
    assert isinstance(items[-1], Answer)
    assert items[-1].answer == bundled_app.assistant.ask(question).answer
    assert "".join(i for i in items if isinstance(i, str)) == items[-1].answer


@pytest.mark.parametrize("question", COMPOUND)
def test_each_part_is_cited_and_explained_from_its_own_evidence(bundled_app, question):
    asked = bundled_app.assistant.ask(question, explain=True)
    final = list(bundled_app.assistant.stream(question, explain=True))[-1]
    assert asked.answer.startswith("(1) ") and asked.unsupported_figures == []  # every part's figure in its passages
    ids = [p.chunk_id for p in asked.passages]
    assert len(ids) == len(set(ids)) and {c.chunk_id for c in asked.citations} <= set(ids)
    assert len({c.chunk_id for c in asked.citations}) == len(asked.citations)  # a shared passage is cited once
    shown = asked.explanation["parts"]
    assert [p["question"] for p in shown] == list(parts(question)) and all("slots" in p for p in shown)
    assert all(1 <= c["passage"] <= len(ids) for p in shown for c in p["candidates"])
    d, s = asked.as_dict(), final.as_dict()
    for key in ("answer", "citations", "unsupported_figures", "explanation"):
        assert d[key] == s[key], key
    assert [p.chunk_id for p in final.passages] == ids
