"""Conversations kept in SQLite in the data directory, shared by the web UI and `reportqa chat`.

Two tables: conversations (title, the reports it searches) and turns (the question, the full
answer JSON, and the user's feedback on it). One short-lived connection per call, so the web
UI's worker threads never share one.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ingest.errors import UserError

FILE_NAME = "conversations.sqlite3"
TITLE_CHARS = 60

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    doc_ids TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS turns (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    question TEXT NOT NULL,
    answer_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    rating INTEGER,
    correction TEXT,
    passage TEXT,
    feedback_at TEXT,
    gold_id TEXT
);
CREATE INDEX IF NOT EXISTS turns_by_conversation ON turns(conversation_id, id);
"""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


@dataclass
class Conversation:
    """One conversation: its title and the reports it searches (empty: all of them)."""

    id: str
    title: str
    doc_ids: list[str] = field(default_factory=list)
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Turn:
    """One question and its answer (the `Answer.as_dict()` JSON), with the user's feedback."""

    id: int
    conversation_id: str
    question: str
    answer: dict[str, Any]
    created_at: str = ""
    rating: int | None = None        # 1 = 👍, -1 = 👎
    correction: str | None = None    # "the right answer is ..."
    passage: str | None = None       # the passage the user points at
    feedback_at: str | None = None
    gold_id: str | None = None       # set once the turn became a gold question

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class ConversationStore:
    """CRUD over the conversations database (`<data_dir>/conversations.sqlite3`)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._db() as db:
            db.executescript(SCHEMA)

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> "ConversationStore":
        return cls(Path(data_dir) / FILE_NAME)

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=15)
        db.row_factory = sqlite3.Row
        try:
            db.execute("PRAGMA foreign_keys = ON")
            with db:  # one transaction, committed on success
                yield db
        finally:
            db.close()

    # -- conversations ----------------------------------------------------------------------
    def create(self, title: str = "New conversation", doc_ids: Sequence[str] = ()) -> Conversation:
        now = _now()
        conv = Conversation(uuid.uuid4().hex[:12], _title(title), list(doc_ids), now, now)
        with self._db() as db:
            db.execute("INSERT INTO conversations VALUES (?, ?, ?, ?, ?)",
                       (conv.id, conv.title, json.dumps(conv.doc_ids), now, now))
        return conv

    def get(self, conversation_id: str) -> Conversation:
        with self._db() as db:
            row = db.execute("SELECT * FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
        if row is None:
            raise UserError(f"no conversation with id {conversation_id!r}: it may have been deleted")
        return _conversation(row)

    def list(self, search: str = "", limit: int = 200) -> list[Conversation]:
        """Newest first; `search` matches the title, the questions and the answers' text."""
        query = "SELECT c.* FROM conversations c"
        args: list[Any] = []
        if search.strip():
            like = f"%{_like_escape(search.strip())}%"
            query += (" WHERE c.title LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM turns t WHERE "
                      "t.conversation_id = c.id AND (t.question LIKE ? ESCAPE '\\' OR "
                      "json_extract(t.answer_json, '$.answer') LIKE ? ESCAPE '\\'))")
            args = [like, like, like]
        query += " ORDER BY c.updated_at DESC, c.rowid DESC LIMIT ?"
        with self._db() as db:
            return [_conversation(r) for r in db.execute(query, [*args, limit])]

    def latest(self) -> Conversation | None:
        found = self.list(limit=1)
        return found[0] if found else None

    def rename(self, conversation_id: str, title: str) -> Conversation:
        if not title.strip():
            raise UserError("a conversation's name cannot be empty")
        self._update(conversation_id, "title", _title(title))
        return self.get(conversation_id)

    def set_scope(self, conversation_id: str, doc_ids: Sequence[str]) -> Conversation:
        """The reports this conversation searches (empty: all)."""
        self._update(conversation_id, "doc_ids", json.dumps(sorted(set(doc_ids))))
        return self.get(conversation_id)

    def delete(self, conversation_id: str) -> None:
        with self._db() as db:
            db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))

    def _update(self, conversation_id: str, column: str, value: Any) -> None:
        with self._db() as db:
            done = db.execute(f"UPDATE conversations SET {column} = ?, updated_at = ? WHERE id = ?",  # noqa: S608
                              (value, _now(), conversation_id))
        if done.rowcount == 0:
            raise UserError(f"no conversation with id {conversation_id!r}: it may have been deleted")

    # -- turns ------------------------------------------------------------------------------
    def add_turn(self, conversation_id: str, question: str, answer: dict[str, Any]) -> Turn:
        """Store a question and its answer; the first question names an unnamed conversation."""
        now = _now()
        with self._db() as db:
            conv = db.execute("SELECT title FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
            if conv is None:
                raise UserError(f"no conversation with id {conversation_id!r}: it may have been deleted")
            cur = db.execute("INSERT INTO turns (conversation_id, question, answer_json, created_at) VALUES (?, ?, ?, ?)",
                             (conversation_id, question, json.dumps(answer, ensure_ascii=False), now))
            first = db.execute("SELECT COUNT(*) FROM turns WHERE conversation_id = ?", (conversation_id,)).fetchone()[0] == 1
            title = _title(question) if first and conv["title"] == "New conversation" else conv["title"]
            db.execute("UPDATE conversations SET updated_at = ?, title = ? WHERE id = ?", (now, title, conversation_id))
        return Turn(int(cur.lastrowid or 0), conversation_id, question, answer, now)

    def turns(self, conversation_id: str) -> list[Turn]:
        with self._db() as db:
            rows = db.execute("SELECT * FROM turns WHERE conversation_id = ? ORDER BY id", (conversation_id,))
            return [_turn(r) for r in rows]

    def turn(self, turn_id: int) -> Turn:
        with self._db() as db:
            row = db.execute("SELECT * FROM turns WHERE id = ?", (int(turn_id),)).fetchone()
        if row is None:
            raise UserError(f"no answer with id {turn_id}: its conversation may have been deleted")
        return _turn(row)

    def questions(self, conversation_id: str) -> list[str]:
        """The conversation's earlier questions, oldest first (the `history` of Assistant.ask)."""
        return [t.question for t in self.turns(conversation_id)]

    # -- feedback ---------------------------------------------------------------------------
    def set_feedback(self, turn_id: int, rating: int | None, correction: str | None = None,
                     passage: str | None = None) -> Turn:
        """👍 (1) / 👎 (-1) on an answer, with the right answer and the passage the user points at."""
        if rating not in (1, -1, None):
            raise UserError("feedback is 1 (right) or -1 (wrong)")
        with self._db() as db:
            done = db.execute("UPDATE turns SET rating = ?, correction = ?, passage = ?, feedback_at = ? WHERE id = ?",
                              (rating, (correction or "").strip() or None, (passage or "").strip() or None,
                               _now(), int(turn_id)))
        if done.rowcount == 0:
            raise UserError(f"no answer with id {turn_id}: its conversation may have been deleted")
        return self.turn(turn_id)

    def feedback(self) -> list[Turn]:
        """Every turn with feedback, newest first."""
        with self._db() as db:
            rows = db.execute("SELECT * FROM turns WHERE rating IS NOT NULL ORDER BY feedback_at DESC, id DESC")
            return [_turn(r) for r in rows]

    def mark_gold(self, turn_id: int, gold_id: str) -> None:
        with self._db() as db:
            db.execute("UPDATE turns SET gold_id = ? WHERE id = ?", (gold_id, int(turn_id)))


def _title(text: str) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 1].rstrip() + "…"


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _conversation(row: sqlite3.Row) -> Conversation:
    return Conversation(row["id"], row["title"], json.loads(row["doc_ids"] or "[]"), row["created_at"], row["updated_at"])


def _turn(row: sqlite3.Row) -> Turn:
    return Turn(row["id"], row["conversation_id"], row["question"], json.loads(row["answer_json"]), row["created_at"],
                row["rating"], row["correction"], row["passage"], row["feedback_at"], row["gold_id"])
