"""An Answer as the JSON a conversation turn keeps, and back; and asking with the conversation's history.

The stored JSON is `Answer.as_dict()` plus what the page needs to show the answer again later
(each citation's figure, the warnings), so a reopened conversation renders as it first did.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator, Sequence
from typing import Any

from rag.types import Answer, Citation

CITATION_FIELDS = ("n", "doc_id", "title", "publisher", "date", "source", "page", "section", "chunk_id", "text",
                   "quote", "figure")


def answer_record(answer: Answer) -> dict[str, Any]:
    """The full answer JSON of a turn."""
    record = answer.as_dict()
    record["citations"] = [{**c.as_dict(), "figure": c.figure} for c in answer.citations]
    record["warnings"] = list(answer.warnings)
    record.setdefault("understood", getattr(answer, "understood", None) or answer.question)
    explanation = getattr(answer, "explanation", None)
    if explanation is not None:
        record.setdefault("explanation", explanation)
    return record


def answer_from_record(record: dict[str, Any]) -> Answer:
    """The Answer a turn's JSON describes (what render.py needs to draw it again)."""
    citations = [Citation(**{k: c.get(k) for k in CITATION_FIELDS}) for c in record.get("citations", [])]
    answer = Answer(question=record.get("question", ""), answer=record.get("answer", ""), figure=record.get("figure"),
                    abstained=bool(record.get("abstained")), citations=citations,
                    unsupported_figures=list(record.get("unsupported_figures", [])),
                    backend=record.get("backend", ""), timings_ms=dict(record.get("timings_ms", {})),
                    warnings=list(record.get("warnings", [])))
    for key in ("understood", "explanation"):  # fields of the shared Answer contract (issue 12)
        if key in record:
            setattr(answer, key, record[key])
    return answer


def accepts(method: Any, name: str) -> bool:
    """Whether `method` takes the keyword `name` (the answerer branch adds `history` and `explain`)."""
    try:
        params = inspect.signature(method).parameters
    except (TypeError, ValueError):
        return False
    return name in params or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())


def stream_with_history(assistant: Any, question: str, history: Sequence[str], **kw: Any) -> Iterator[str | Answer]:
    """`assistant.stream(question, history=..., explain=True, **kw)`; the keywords it does not take yet are left out."""
    for name, value in (("history", list(history)), ("explain", True)):
        if accepts(assistant.stream, name):
            kw[name] = value
    return assistant.stream(question, **kw)
