"""Typed results of the answer path: passages, citations, answers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from collections.abc import Iterator
from typing import Any, Protocol

from ingest.types import Chunk


@dataclass
class Passage:
    """A retrieved chunk with its scores (fused, dense, keyword) and rank."""

    chunk: Chunk
    score: float
    dense_score: float | None = None
    bm25_score: float | None = None
    rank: int = 0

    @property
    def chunk_id(self) -> str:
        return self.chunk.chunk_id


@dataclass
class Citation:
    """Passage [n] of an answer: where it comes from and the sentence used."""

    n: int
    doc_id: str
    title: str
    publisher: str
    date: str
    source: str
    page: int | None
    section: str | None
    chunk_id: str
    text: str
    quote: str
    figure: str | None = None

    @classmethod
    def from_passage(cls, n: int, passage: Passage, quote: str = "", figure: str | None = None) -> "Citation":
        c = passage.chunk
        return cls(n=n, doc_id=c.doc_id, title=c.title, publisher=c.publisher, date=c.date, source=c.source,
                   page=c.page, section=c.section, chunk_id=c.chunk_id, text=c.text, quote=quote, figure=figure)

    def label(self) -> str:
        """'Title, Publisher, date, page N' for a reference list."""
        where = f"page {self.page}" if self.page is not None else (f"section “{self.section}”" if self.section else "")
        return ", ".join(p for p in (self.title, self.publisher, self.date, where) if p)

    def as_dict(self) -> dict[str, Any]:
        return {"n": self.n, "doc_id": self.doc_id, "title": self.title, "publisher": self.publisher,
                "date": self.date, "source": self.source, "page": self.page, "section": self.section,
                "chunk_id": self.chunk_id, "text": self.text, "quote": self.quote}


@dataclass
class Answer:
    """What `Assistant.ask` returns; `as_dict()` is the `reportqa ask --json` contract."""

    question: str
    answer: str
    figure: str | None
    abstained: bool
    citations: list[Citation]
    unsupported_figures: list[str] = field(default_factory=list)
    backend: str = "extractive"
    timings_ms: dict[str, float] = field(default_factory=dict)
    passages: list[Passage] = field(default_factory=list)  # everything retrieved, best first
    confidence: float = 0.0
    warnings: list[str] = field(default_factory=list)
    understood: str = ""  # the full question answered (a follow-up with what it borrowed); "" = `question`
    explanation: dict[str, Any] | None = None  # {"slots", "candidates", "gate"} when asked to explain
    shape: str | None = None  # figure | comparison | which | list | computed, when read from table cells
    derivation: dict[str, Any] | None = None  # computed: {"op", "operands": [{"value", "citation", "row", "column", ...}], "result"}
    bold_evidence: dict[str, float] | None = None  # the named evidence the bold call weighed (extractive/bold_call.py)

    def as_dict(self) -> dict[str, Any]:
        d = {
            "question": self.question, "understood": self.understood or self.question, "answer": self.answer,
            "figure": self.figure, "abstained": self.abstained,
            "citations": [c.as_dict() for c in self.citations], "unsupported_figures": list(self.unsupported_figures),
            "backend": self.backend, "timings_ms": {k: round(v, 2) for k, v in self.timings_ms.items()},
        }
        if self.explanation is not None:
            d["explanation"] = self.explanation
        if self.shape is not None:
            d["shape"] = self.shape
        if self.derivation is not None:
            d["derivation"] = self.derivation
        return d

    def with_sources(self) -> str:
        """The answer followed by its numbered sources, for copying."""
        lines = [self.answer, ""] + [f"[{c.n}] {c.label()}" for c in self.citations]
        return "\n".join(lines).strip()


_BOLD_LEAD = re.compile(r"^\s*\*\*(.+?)\*\*")


def bold_lead(text: str | None) -> str | None:
    """The bold text an answer opens with ('**USD 5 billion** in 2024 ...' -> 'USD 5 billion'), or None."""
    m = _BOLD_LEAD.match(text or "")
    return m.group(1).strip() if m else None


def lead_of(figure: str | None, text: str | None) -> str | None:
    """What an answer leads with: its figure field, else the bold text it opens with, else None."""
    if figure and figure.strip():
        return figure.strip()
    return bold_lead(text)


@dataclass
class AnswerContext:
    """Everything an answerer may use: the question, the retrieved passages (passage [n] is
    passages[n-1]), and for the extractive answerer the query vector and index snapshot."""

    question: str
    passages: list[Passage]
    query_vector: Any = None  # np.ndarray, normalised
    snapshot: Any = None      # ingest.index.Snapshot
    explain: bool = True      # whether the answer's explanation is wanted (built only then)
    memo: dict = field(default_factory=dict, repr=False, compare=False)  # values steps derive for this question
    # (passage_tables.tables_of's last reading): `replace` shares it, so a context derived from this one keeps them


class Answerer(Protocol):
    """Turns retrieved passages into an Answer with [n] citations; `stream` yields text deltas
    and then the final Answer as its last item."""

    name: str

    def warm_up(self) -> None: ...

    def answer(self, ctx: AnswerContext) -> Answer: ...

    def stream(self, ctx: AnswerContext) -> Iterator[str | Answer]: ...
