"""Conversations in SQLite: create, name from the first question, rename, scope, search, delete,
feedback on a turn; the stored answer JSON draws the same bubble again; `reportqa chat` over the store."""

from __future__ import annotations

import io

import pytest

from ingest.errors import UserError
from rag.types import Answer, Citation
from ui import render
from ui.chat_cli import pick_conversation, run_chat
from ui.conversations import ConversationStore
from ui.turns import answer_from_record, answer_record


def answer(question: str, text: str = "**USD 615.7 billion** (2024). The market reached it. [1]") -> Answer:
    c = Citation(n=1, doc_id="frost", title="AI <White> Paper", publisher="Frost", date="2025", source="frost.pdf",
                 page=4, section=None, chunk_id="c1", text="In 2024 the market reached USD 615.7 billion.",
                 quote="In 2024 the market reached USD 615.7 billion.", figure="USD 615.7 billion")
    return Answer(question=question, answer=text, figure="USD 615.7 billion", abstained=False, citations=[c],
                  warnings=["a warning"])


def test_conversations_are_named_searched_scoped_renamed_and_deleted(tmp_path):
    store = ConversationStore.in_data_dir(tmp_path)
    first, second = store.create(), store.create()
    store.add_turn(first.id, "How big was the global AI market in 2024?", answer_record(answer("q")))
    store.add_turn(first.id, "and what about 2030?", answer_record(answer("q", "**USD 1.8 trillion** (2030). [1]")))
    assert store.get(first.id).title == "How big was the global AI market in 2024?"  # named by its first question
    assert store.questions(first.id) == ["How big was the global AI market in 2024?", "and what about 2030?"]
    assert [c.id for c in store.list("1.8 trillion")] == [first.id]      # an answer's text
    assert [c.id for c in store.list("what about")] == [first.id]        # a question
    assert store.list("100%_") == []                                      # LIKE wildcards are literal
    assert store.latest().id == first.id
    store.rename(second.id, "Robotics")
    store.set_scope(second.id, ["zephyrine", "frost", "frost"])
    assert store.get(second.id).doc_ids == ["frost", "zephyrine"]
    assert [c.id for c in store.list("robot")] == [second.id]
    with pytest.raises(UserError, match="cannot be empty"):
        store.rename(second.id, "  ")
    store.delete(first.id)
    assert store.turns(first.id) == [] and [c.id for c in store.list()] == [second.id]
    with pytest.raises(UserError, match="no conversation"):
        store.add_turn(first.id, "q", {})


def test_feedback_is_stored_with_the_turn(tmp_path):
    store = ConversationStore.in_data_dir(tmp_path)
    conv = store.create()
    turn = store.add_turn(conv.id, "q", answer_record(answer("q")))
    store.set_feedback(turn.id, -1, "USD 620 billion", "[1] In 2024 the market reached USD 615.7 billion.")
    got = store.feedback()
    assert [(t.id, t.rating, t.correction) for t in got] == [(turn.id, -1, "USD 620 billion")]
    store.mark_gold(turn.id, "user-0001")
    assert store.turn(turn.id).gold_id == "user-0001"
    with pytest.raises(UserError):
        store.set_feedback(turn.id, 5)


def test_stored_answer_json_draws_the_same_bubble_and_sources():
    original = answer("How big?")
    again = answer_from_record(answer_record(original))
    assert render.answer_message(again) == render.answer_message(original)
    assert render.sources_panel(again) == render.sources_panel(original)


class HistoryAssistant:
    """Records the history it was given (the shared `Assistant.stream(history=...)` contract)."""

    def __init__(self):
        self.calls = []

    def stream(self, question, *, mode=None, k=None, doc_ids=None, history=None, explain=False):
        self.calls.append((question, list(history or []), doc_ids))
        result = answer(question)
        result.understood = "What was the global AI market in 2030?" if history else question
        yield "USD 615.7 billion"
        yield result


def test_terminal_chat_passes_history_and_saves_turns(tmp_path):
    store = ConversationStore.in_data_dir(tmp_path)
    conv = pick_conversation(store, None, new=False)
    store.set_scope(conv.id, ["frost"])
    conv = store.get(conv.id)
    bot = HistoryAssistant()
    out, err = io.StringIO(), io.StringIO()
    lines = io.StringIO("How big was the global AI market in 2024?\n\nand what about 2030?\n")
    assert run_chat(bot, store, conv, lines, out, err) == 0
    assert bot.calls == [("How big was the global AI market in 2024?", [], ["frost"]),
                         ("and what about 2030?", ["How big was the global AI market in 2024?"], ["frost"])]
    assert "(understood as: What was the global AI market in 2030?)" in out.getvalue()
    assert "[1] AI <White> Paper, Frost, 2025, page 4" in out.getvalue()
    assert [t.question for t in store.turns(conv.id)] == ["How big was the global AI market in 2024?",
                                                          "and what about 2030?"]
    assert pick_conversation(store, None, new=False).id == conv.id  # the latest is continued
    assert pick_conversation(store, None, new=True).id != conv.id


def test_reportqa_chat_lists_the_web_conversations(tmp_path):
    import json

    from typer.testing import CliRunner

    from ui.cli import app

    store = ConversationStore.in_data_dir(tmp_path)
    conv = store.create()
    store.add_turn(conv.id, "How big was the robotics market?", answer_record(answer("q")))
    store.create("Empty one")
    runner = CliRunner()
    done = runner.invoke(app, ["--data-dir", str(tmp_path), "chat", "--list", "--json", "--search", "robotics"])
    assert done.exit_code == 0, done.output
    listed = json.loads(done.stdout)["conversations"]
    assert [(c["id"], c["title"]) for c in listed] == [(conv.id, "How big was the robotics market?")]
