"""The assistant: validate the question, retrieve, answer, check citations and figures."""

from __future__ import annotations

import time
from dataclasses import replace
from collections.abc import Callable, Iterator, Sequence

from ingest.faults import backend_errors
from ingest.settings import RetrievalMode

from .compound import answer_parts, part_texts, parts
from .followup import understand
from .retrieve import HybridSearch
from .snapshot_memo import kept
from .types import Answer, AnswerContext, Answerer, Citation
from .validate import MAX_QUESTION_CHARS, validate_k, validate_mode, validate_question  # noqa: F401
from .asking_frame import without_frame  # 'For a slide: X': X is searched for, closed by its '?'
from .validate import well_formed as _well_formed
from .verify import check, derived, passage_figures


def check_citations(answer: Answer, snapshot=None) -> Answer:
    """Fill `unsupported_figures` from the cited passages (passage [n] is the citation numbered n);
    with the index `snapshot`, a passage's figures are parsed once and kept with it."""
    if answer.abstained:
        return answer
    by_n: dict[int, Citation] = {c.n: c for c in answer.citations}
    texts = [by_n[n].text if n in by_n else "" for n in range(1, max(by_n, default=0) + 1)]
    # a two-part answer: each part's figures against the passages that part cites (its '(1)' is no figure)
    for piece in part_texts(answer.answer):
        verdict = check(piece, texts, lambda t: kept(snapshot, ("passage_figures", t), lambda: passage_figures(t)))
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
    answer = check_citations(answer, ctx.snapshot)
    answer.question = _well_formed(question)
    answer.understood = ctx.question
    if not explain:
        answer.explanation = None
    answer.passages = ctx.passages
    timings["answer"] = (time.perf_counter() - answer_start) * 1000
    timings["total"] = (time.perf_counter() - start) * 1000
    answer.timings_ms = timings
    return answer


def _answered_from(ctx: AnswerContext, answer: Answer, alone: Answer) -> AnswerContext:
    """The context whose passages `answer` was answered from: the parts' own when it was composed from parts."""
    return ctx if answer is alone else replace(ctx, passages=answer.passages)


class Assistant:
    """Answers questions about the ingested reports with [n] citations."""

    def __init__(self, retriever: HybridSearch, answerer: Answerer) -> None:
        self.retriever = retriever
        self.answerer = answerer

    def warm_up(self) -> None:
        self.retriever.library.warm_up()
        self.answerer.warm_up()

    def _context(self, question: str, mode: RetrievalMode | None, k: int | None,
                 doc_ids: Sequence[str] | None, explain: bool = True) -> tuple[AnswerContext, dict[str, float]]:
        mode, k = validate_mode(mode), validate_k(k)
        with backend_errors(self.retriever.library.settings):
            result = self.retriever.search(without_frame(question), k=k, mode=mode, doc_ids=doc_ids)
        ctx = AnswerContext(question, result.passages, result.query_vector, result.snapshot, explain)
        return ctx, result.timings_ms

    def ask(self, question: str, *, mode: RetrievalMode | None = None, k: int | None = None,
            doc_ids: Sequence[str] | None = None, history: Sequence[str] | None = None,
            explain: bool = False) -> Answer:
        """One answer, with timings (retrieve, answer, total) in milliseconds; `history` = the
        conversation's earlier questions, oldest first (a follow-up borrows from them)."""
        start = time.perf_counter()
        ctx, timings = self._context(_understood(question, history), mode, k, doc_ids, explain)
        t = time.perf_counter()
        # two things asked at once: where the whole leaves a part unanswered, each part from its own evidence
        alone = self.answerer.answer(ctx)
        whole = answer_parts(ctx.question, alone, self._part_answerer(mode, k, doc_ids, explain))
        return _finish(whole, question, _answered_from(ctx, whole, alone), timings, start, t, explain)

    def stream(self, question: str, *, mode: RetrievalMode | None = None, k: int | None = None,
               doc_ids: Sequence[str] | None = None, history: Sequence[str] | None = None,
               explain: bool = False) -> Iterator[str | Answer]:
        """Text deltas as the answerer produces them, then the final checked Answer."""
        start = time.perf_counter()
        ctx, timings = self._context(_understood(question, history), mode, k, doc_ids, explain)
        t = time.perf_counter()
        # a question that splits in two is held back until its parts are known, so the chat shows what `ask` gives
        held: list[str] | None = [] if parts(ctx.question) else None
        for item in self.answerer.stream(ctx):
            if not isinstance(item, Answer):
                if held is None:
                    yield item
                else:
                    held.append(item)
                continue
            if held is not None:
                final = answer_parts(ctx.question, item, self._part_answerer(mode, k, doc_ids, explain))
                yield from ([final.answer] if final is not item else held)
                ctx, item = _answered_from(ctx, final, item), final
            yield _finish(item, question, ctx, timings, start, t, explain)

    def _part_answerer(self, mode: RetrievalMode | None, k: int | None, doc_ids: Sequence[str] | None,
                       explain: bool) -> Callable[[str], Answer]:
        """Answers one part-question of a compound question with its own retrieval, under the same settings."""
        def answered(part: str) -> Answer:
            ctx = self._context(part, mode, k, doc_ids, explain)[0]
            got = self.answerer.answer(ctx)
            got.passages = got.passages or list(ctx.passages)  # what the part's [n] and candidates point into
            return got
        return answered

    def as_runnable(self):
        """The assistant as a LangChain runnable (question in, Answer out); LangChain loads here."""
        from langchain_core.runnables import RunnableLambda

        return RunnableLambda(self.ask, name="reportqa")
