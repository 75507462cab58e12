"""The assistant: validate the question, retrieve, answer, check citations and figures."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence

from langchain_core.runnables import Runnable, RunnableLambda

from ingest.errors import QuestionError
from ingest.keyword import tokenize
from ingest.settings import RetrievalMode

from .followup import understand
from .retrieve import HybridRetriever
from .types import Answer, AnswerContext, Answerer, Citation
from .verify import check, derived

MAX_QUESTION_CHARS = 2000


def _well_formed(text: str | None) -> str:
    """The text with lone surrogates (from JSON escapes or undecodable input) replaced, which the
    tokenizer and JSON encoders refuse."""
    return (text or "").encode("utf-8", "replace").decode("utf-8")


def validate_question(question: str | None) -> str:
    """The question, stripped; a QuestionError when it is empty, too long or has no words."""
    q = _well_formed(question).replace("\x00", " ").strip()
    if not q:
        raise QuestionError("the question is empty: ask something about the reports")
    if len(q) > MAX_QUESTION_CHARS:
        raise QuestionError(f"the question is {len(q):,} characters long: keep it under {MAX_QUESTION_CHARS:,}")
    if not any(ch.isalnum() for ch in q):
        raise QuestionError("the question has no words or numbers in it: ask something about the reports")
    if any(ch.isalpha() and not ch.isascii() for ch in q) and not any(t[0].isalpha() for t in tokenize(q)):
        # e.g. Chinese: only its digits ('2024') would be searched, and a figure of that year
        # would come back as a confident, wrong answer
        raise QuestionError("the question has no English words: the reports are searched and answered in English, "
                            "so ask in English")
    terms = tokenize(q)
    if terms and all(re.fullmatch(r"[\d.,]+", t) for t in terms):
        # '2024?': only a number to search for, and any figure of that year would come back as the answer
        raise QuestionError("the question has only numbers in it: say what you want to know, "
                            "e.g. 'How big was the AI market in 2024?'")
    return q


def check_citations(answer: Answer) -> Answer:
    """Fill `unsupported_figures` from the cited passages (passage [n] is the citation numbered n)."""
    if answer.abstained:
        return answer
    by_n: dict[int, Citation] = {c.n: c for c in answer.citations}
    texts = [by_n[n].text if n in by_n else "" for n in range(1, max(by_n, default=0) + 1)]
    verdict = check(answer.answer, texts)
    for fig in derived(verdict.unsupported_figures, answer.derivation):
        if fig not in answer.unsupported_figures:
            answer.unsupported_figures.append(fig)
    warning = f"citations {verdict.invalid_markers} name no passage"
    if verdict.invalid_markers and warning not in answer.warnings:
        answer.warnings.append(warning)
    return answer


def _understood(question: str, history: Sequence[str] | None) -> str:
    """The validated full question: a follow-up ('and in 2030?') borrows what it lacks from `history`,
    so it is the borrowed question that must have words, not the bare turn."""
    if history and (question or "").strip():
        return validate_question(understand(_well_formed(question), [_well_formed(h) for h in history]))
    return validate_question(question)


def _finish(answer: Answer, question: str, ctx: AnswerContext, timings: dict[str, float], start: float,
            answer_start: float, explain: bool = False) -> Answer:
    """The answerer's Answer with its figures checked, the question as asked (and as understood),
    the passages, the timings, and the explanation when asked for."""
    answer = check_citations(answer)
    answer.question = _well_formed(question)
    answer.understood = ctx.question
    if not explain:
        answer.explanation = None
    answer.passages = ctx.passages
    timings["answer"] = (time.perf_counter() - answer_start) * 1000
    timings["total"] = (time.perf_counter() - start) * 1000
    answer.timings_ms = timings
    return answer


class Assistant:
    """Answers questions about the ingested reports with [n] citations."""

    def __init__(self, retriever: HybridRetriever, answerer: Answerer) -> None:
        self.retriever = retriever
        self.answerer = answerer

    def warm_up(self) -> None:
        self.retriever.library.warm_up()
        self.answerer.warm_up()

    def _context(self, question: str, mode: RetrievalMode | None, k: int | None,
                 doc_ids: Sequence[str] | None) -> tuple[AnswerContext, dict[str, float]]:
        result = self.retriever.search(question, k=k, mode=mode, doc_ids=doc_ids)
        ctx = AnswerContext(question, result.passages, result.query_vector, result.snapshot)
        return ctx, result.timings_ms

    def ask(self, question: str, *, mode: RetrievalMode | None = None, k: int | None = None,
            doc_ids: Sequence[str] | None = None, history: Sequence[str] | None = None,
            explain: bool = False) -> Answer:
        """One answer, with timings (retrieve, answer, total) in milliseconds; `history` = the
        conversation's earlier questions, oldest first (a follow-up borrows from them)."""
        start = time.perf_counter()
        ctx, timings = self._context(_understood(question, history), mode, k, doc_ids)
        t = time.perf_counter()
        return _finish(self.answerer.answer(ctx), question, ctx, timings, start, t, explain)

    def stream(self, question: str, *, mode: RetrievalMode | None = None, k: int | None = None,
               doc_ids: Sequence[str] | None = None, history: Sequence[str] | None = None,
               explain: bool = False) -> Iterator[str | Answer]:
        """Text deltas as the answerer produces them, then the final checked Answer."""
        start = time.perf_counter()
        ctx, timings = self._context(_understood(question, history), mode, k, doc_ids)
        t = time.perf_counter()
        for item in self.answerer.stream(ctx):
            yield _finish(item, question, ctx, timings, start, t, explain) if isinstance(item, Answer) else item

    def as_runnable(self) -> Runnable[str, Answer]:
        """The assistant as a LangChain runnable (question in, Answer out)."""
        return RunnableLambda(self.ask, name="reportqa")
