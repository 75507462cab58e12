"""`reportqa chat`: a conversation in the terminal over the same store as the web UI.

Questions come one per line from stdin (typed, or piped); each answer is printed with its
sources and saved as a turn, and earlier questions of the conversation go along as history.
"""

from __future__ import annotations

import json
import logging
import sys
from typing import Any, TextIO

from ingest.errors import ReportQAError

from .conversations import Conversation, ConversationStore
from .turns import answer_record

log = logging.getLogger(__name__)
PROMPT = "you> "


def pick_conversation(store: ConversationStore, conversation_id: str | None, new: bool) -> Conversation:
    """The named conversation, a new one, or the most recent (a new one when there is none)."""
    if conversation_id:
        return store.get(conversation_id)
    latest = None if new else store.latest()
    return latest or store.create()


def list_conversations(store: ConversationStore, search: str, as_json: bool, out: TextIO) -> None:
    found = store.list(search)
    if as_json:
        out.write(json.dumps({"conversations": [c.__dict__ for c in found]}, ensure_ascii=False) + "\n")
        return
    for c in found:
        scope = ", ".join(c.doc_ids) if c.doc_ids else "all reports"
        out.write(f"{c.id}  {c.updated_at}  {c.title}  [{scope}]\n")


def run_chat(assistant: Any, store: ConversationStore, conv: Conversation, lines: TextIO, out: TextIO,
             err: TextIO, as_json: bool = False, shown: Any = str) -> int:
    """Answer each line of `lines` within `conv`; returns the number of questions that failed."""
    interactive = lines.isatty() and not as_json
    if interactive:
        scope = ", ".join(conv.doc_ids) if conv.doc_ids else "all reports"
        err.write(f"Conversation {conv.id} “{conv.title}” (searching {scope}); Ctrl-D ends it.\n")
    failed = 0
    while True:
        if interactive:
            err.write(PROMPT)
            err.flush()
        line = lines.readline()
        if not line:
            break
        question = line.strip()
        if not question:
            continue
        history = store.questions(conv.id)
        try:
            answer = None
            for item in assistant.stream(question, history=list(history), explain=True, doc_ids=conv.doc_ids or None):
                if isinstance(item, str):
                    if not as_json:
                        out.write(shown(item))
                        out.flush()
                else:
                    answer = item
            if answer is None:
                continue
            record = answer_record(answer)
            turn = store.add_turn(conv.id, question, record)
            if as_json:
                out.write(json.dumps({"conversation_id": conv.id, "turn_id": turn.id, **record}, ensure_ascii=False) + "\n")
            else:
                out.write("\n")
                if record.get("understood") and record["understood"] != question:
                    out.write(shown(f"(understood as: {record['understood']})") + "\n")
                for c in answer.citations:
                    out.write(shown(f"[{c.n}] {c.label()}") + "\n")
            out.flush()
        except ReportQAError as exc:
            failed += 1
            if as_json:
                out.write(json.dumps({"conversation_id": conv.id, "question": question, "error": str(exc)}) + "\n")
            else:
                err.write(f"error: {shown(exc)}\n")
    return failed


def stdin() -> TextIO:
    return sys.stdin
