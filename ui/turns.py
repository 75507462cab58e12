"""An Answer as the JSON a conversation turn keeps, and back.

The stored JSON is `Answer.as_dict()` plus what the page needs to show the answer again later
(each citation's figure, the warnings), so a reopened conversation renders as it first did.
"""

from __future__ import annotations

from typing import Any

from rag.types import Answer, Citation

CITATION_FIELDS = ("n", "doc_id", "title", "publisher", "date", "source", "page", "section", "chunk_id", "text",
                   "quote", "figure")


def answer_record(answer: Answer) -> dict[str, Any]:
    """The full answer JSON of a turn."""
    record = answer.as_dict()
    record["citations"] = [{**c.as_dict(), "figure": c.figure} for c in answer.citations]
    record["warnings"] = list(answer.warnings)
    record.setdefault("understood", answer.understood or answer.question)
    return record


def answer_from_record(record: dict[str, Any]) -> Answer:
    """The Answer a turn's JSON describes (what render.py needs to draw it again)."""
    citations = [Citation(**{k: c.get(k) for k in CITATION_FIELDS}) for c in record.get("citations", [])]
    answer = Answer(question=record.get("question", ""), answer=record.get("answer", ""), figure=record.get("figure"),
                    abstained=bool(record.get("abstained")), citations=citations,
                    unsupported_figures=list(record.get("unsupported_figures", [])),
                    backend=record.get("backend", ""), timings_ms=dict(record.get("timings_ms", {})),
                    warnings=list(record.get("warnings", [])))
    answer.understood = record.get("understood") or answer.question
    answer.explanation = record.get("explanation")
    answer.shape, answer.derivation = record.get("shape"), record.get("derivation")
    return answer
