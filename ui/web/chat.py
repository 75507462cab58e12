"""Chat callbacks: answering within a conversation (its history and its reports), and the
conversation list (open, new, rename, delete, search) kept in ui/conversations.py.

Each assistant message at chat index 2j+1 is turn j of the conversation (errors are turns too),
so feedback on a message finds its stored turn.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import gradio as gr

from ingest.errors import ReportQAError, UserError
from ingest.faults import backend_error

from .. import render, render_turns
from ..conversations import Conversation, ConversationStore
from ..turns import answer_from_record, answer_record

log = logging.getLogger(__name__)
UNEXPECTED = "something went wrong ({name}); the details are in the server log"


def unexpected(exc: Exception, settings: Any = None) -> str:
    """The one line for an exception no callback expected: an environment fault's own message
    (disk full, damaged index, Chroma server gone), or 'something went wrong' with the log."""
    known = backend_error(exc, settings) if settings is not None else None
    if known is not None:
        log.warning("web UI callback failed: %s", known)
        return str(known)
    log.exception("web UI callback failed")
    return UNEXPECTED.format(name=type(exc).__name__)


def error_notice(exc: Exception, settings: Any) -> str:
    """The notice for a failed callback: a ReportQAError's own line, else `unexpected`'s."""
    return render.notice(str(exc) if isinstance(exc, ReportQAError) else unexpected(exc, settings), "error")


class ChatCallbacks:
    """Mixed into WebUI: needs `app`, `store` (a ConversationStore) and `assistant_for(spec)`."""

    app: Any
    store: ConversationStore

    def assistant_for(self, spec: str | None) -> Any:  # pragma: no cover - WebUI defines it
        raise NotImplementedError

    # -- answering --------------------------------------------------------------------------
    def _history(self, conv_id: str | None) -> list[str]:
        if not conv_id:
            return []
        return [t.question for t in self.store.turns(conv_id) if "error" not in t.answer]

    def _save(self, conv_id: str | None, question: str, record: dict) -> None:
        if conv_id:
            try:
                self.store.add_turn(conv_id, question, record)
            except ReportQAError as exc:  # deleted meanwhile: the answer still shows
                gr.Warning(str(exc))

    def respond(self, question: str, history: list | None, mode: str, k: float, answerer: str,
                doc_ids: list[str] | None, panels: dict | None, conv_id: str | None = None) -> Iterator[tuple]:
        """Stream one answer into the chat and save it as a turn of `conv_id`;
        yields (history, textbox, sources, copy text, panels)."""
        question = (question or "").strip()
        history = list(history or [])
        panels = dict(panels or {})
        if not question:
            gr.Warning("Type a question about the reports first.")
            yield history, "", gr.skip(), gr.skip(), panels
            return
        history.append({"role": "user", "content": render.user_message(question)})
        history.append({"role": "assistant", "content": render.streaming_message("")})
        yield history, "", gr.skip(), gr.skip(), panels
        idx = str(len(history) - 1)
        try:
            if not self.app.library.docs():
                raise UserError("the library is empty: add reports in the Library tab (or run `reportqa ingest`)")
            assistant = self.assistant_for(answerer)
            text = ""
            for item in assistant.stream(question, history=self._history(conv_id), explain=True, mode=mode or None,
                                            k=int(k) if k else None, doc_ids=list(doc_ids) if doc_ids else None):
                if isinstance(item, str):
                    text += item
                    history[-1] = {"role": "assistant", "content": render.streaming_message(text)}
                    yield history, "", gr.skip(), gr.skip(), panels
                else:
                    panel, copy = render.sources_panel(item), item.with_sources()
                    panels[idx] = (panel, copy)
                    history[-1] = {"role": "assistant", "content": render.answer_message(item)}
                    self._save(conv_id, question, answer_record(item))
                    yield history, "", panel, copy, panels
        except ReportQAError as exc:
            history[-1] = {"role": "assistant", "content": render.error_message(str(exc))}
            self._save(conv_id, question, {"question": question, "error": str(exc)})
            yield history, "", render.empty_panel(), "", panels
        except Exception as exc:  # never a traceback in the page
            message = unexpected(exc, self.settings)
            history[-1] = {"role": "assistant", "content": render.error_message(message)}
            self._save(conv_id, question, {"question": question, "error": message})
            yield history, "", render.empty_panel(), "", panels

    @staticmethod
    def show_sources(panels: dict | None, evt: gr.SelectData) -> tuple:
        """Clicking an answer in the chat shows its sources again."""
        index = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        for i in (index, (index or 0) + 1):  # a click on a question shows its answer's sources
            got = (panels or {}).get(str(i))
            if got:
                return got[0], got[1]
        return gr.skip(), gr.skip()

    # -- conversations ----------------------------------------------------------------------
    def conversation_list(self, conv_id: str | None = None, search: str = "") -> Any:
        """The sidebar's radio list (newest first), the open conversation selected."""
        found = self.store.list(search or "")
        choices = [(c.title, c.id) for c in found]
        value = conv_id if any(c.id == conv_id for c in found) else None
        return gr.update(choices=choices, value=value)

    def _docs(self) -> list:
        try:
            return self.app.library.docs()
        except ReportQAError:
            return []

    def open_conversation(self, conv_id: str | None, search: str = "") -> tuple:
        """(conversation id, sidebar list, chat, panels, sources, copy text, scope, scope chips, name)."""
        conv: Conversation | None = None
        if conv_id:
            try:
                conv = self.store.get(conv_id)
            except UserError:
                conv = None
        chat: list[dict] = []
        panels: dict[str, tuple[str, str]] = {}
        for turn in self.store.turns(conv.id) if conv else []:
            chat.append({"role": "user", "content": render.user_message(turn.question)})
            if "error" in turn.answer:
                chat.append({"role": "assistant", "content": render.error_message(str(turn.answer["error"]))})
                continue
            answer = answer_from_record(turn.answer)
            chat.append({"role": "assistant", "content": render.answer_message(answer)})
            panels[str(len(chat) - 1)] = (render.sources_panel(answer), answer.with_sources())
        last = panels[max(panels, key=int)] if panels else (render.empty_panel(), "")
        scope = conv.doc_ids if conv else []
        return (conv.id if conv else None, self.conversation_list(conv.id if conv else None, search), chat, panels,
                last[0], last[1], scope, render_turns.scope_line(self._docs(), scope),
                conv.title if conv else "")

    def reopen(self, stored_id: str | None, search: str = "") -> tuple:
        """After a page load: the conversation this browser had open, else the most recent one."""
        if stored_id:
            try:
                return self.open_conversation(self.store.get(stored_id).id, search)
            except UserError:
                pass
        latest = self.store.latest()
        return self.open_conversation(latest.id if latest else None, search)

    def new_conversation(self, search: str = "") -> tuple:
        return self.open_conversation(self.store.create().id, search)

    def ensure_conversation(self, conv_id: str | None, doc_ids: list[str] | None) -> str:
        """The open conversation, or a new one (searching `doc_ids`) when none is open."""
        if conv_id:
            try:
                return self.store.get(conv_id).id
            except UserError:
                pass
        return self.store.create(doc_ids=doc_ids or []).id

    def rename_conversation(self, conv_id: str | None, name: str, search: str = "") -> Any:
        if not conv_id:
            gr.Warning("Open or start a conversation first.")
            return gr.skip()
        try:
            self.store.rename(conv_id, name or "")
        except UserError as exc:
            gr.Warning(str(exc))
        return self.conversation_list(conv_id, search)

    def delete_conversation(self, conv_id: str | None, search: str = "") -> tuple:
        """Delete the open conversation (after the page's confirm; 'keep:<id>' when declined)."""
        if conv_id and conv_id.startswith("keep:"):
            return self.open_conversation(conv_id.removeprefix("keep:"), search)
        if conv_id:
            self.store.delete(conv_id)
        latest = self.store.latest()
        return self.open_conversation(latest.id if latest else None, search)

    def set_scope(self, conv_id: str | None, doc_ids: list[str] | None) -> str:
        """Save which reports the conversation searches; the chips above the input show it."""
        doc_ids = list(doc_ids or [])
        if conv_id:
            try:
                self.store.set_scope(conv_id, doc_ids)
            except UserError:
                pass
        return render_turns.scope_line(self._docs(), doc_ids)

    def scope_view(self, doc_ids: list[str] | None) -> str:
        """The scope chips for the reports now in the library."""
        return render_turns.scope_line(self._docs(), list(doc_ids or []))
