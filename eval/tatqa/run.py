"""Run TAT-QA through the product as a user would: every context written as an HTML page,
all pages ingested in one `Library.ingest` call into a private index, and every question
asked within its own page (doc_ids filter) with the default settings."""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ingest.errors import ReportQAError, RuntimeFailure
from ingest.settings import Settings

from ..matrix import settings_for
from .data import Context, write_pages
from .score import TatScore, score_answer, summarise_tatqa

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]


@dataclass
class TatResult:
    """Per-question scores (held-out ones as counts only), the summary and the run's settings."""

    scores: list[TatScore]
    config: dict[str, Any] = field(default_factory=dict)
    summary: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.summary:
            self.summary = summarise_tatqa(self.scores)

    def outcomes(self, split: str = "dev") -> dict[str, str]:
        """uid -> right | partial | wrong | abstained, sorted by uid (the committed outcomes file)."""
        return {s.uid: s.outcome for s in sorted(self.scores, key=lambda s: s.uid) if s.split == split}

    def as_dict(self) -> dict[str, Any]:
        return {"config": self.config, "summary": self.summary,
                "rows": [s.as_row() for s in self.scores if s.split == "dev"]}


def run_tatqa(settings: Settings, contexts: Sequence[Context], *, embedder: Any = None,
              workdir: str | Path | None = None, progress: Progress | None = None,
              on_status: Callable[[str], None] | None = None) -> TatResult:
    """Ingest `contexts` as pages and ask each question within its page; the dev half and the
    held-out half each get their own index, so a half's figures do not depend on which other
    pages the run holds (keyword statistics are the index's: a full run answered 10 dev
    questions otherwise than a dev-half run)."""
    from rag.factory import build_app

    status = on_status or (lambda _msg: None)
    tmp = tempfile.TemporaryDirectory(prefix="reportqa-tatqa-") if workdir is None else None
    work = Path(tmp.name if tmp is not None else workdir)
    total = sum(len(c.questions) for c in contexts)
    scores: list[TatScore] = []
    latencies: list[float] = []
    ingest_s, failed = 0.0, 0
    used, answerer = settings, "?"
    try:
        for half in ("dev", "heldout"):
            group = [c for c in contexts if c.split == half]
            if not group:
                continue
            paths = write_pages(group, work / half / "pages")
            # a private embedded index: never the user's own, never a server
            app = build_app(settings_for(settings, work / half / "index", settings.chunk_tokens),
                            embedder=embedder).warm_up()
            embedder = app.embedder if embedder is None else embedder  # load the model once
            used, answerer = app.settings, getattr(app.assistant.answerer, "name", "?")
            status(f"ingesting {len(paths)} TAT-QA pages ({half} half)")
            t = time.perf_counter()
            report = app.library.ingest(list(paths.values()))
            ingest_s += time.perf_counter() - t
            failed += len(report.failed)
            by_path = {Path(r.path).resolve(): r.doc_id for r in report.files if r.doc_id}
            if report.failed:
                log.warning("%d TAT-QA page(s) failed to ingest: %s", len(report.failed), report.failed[0].error)
            status(f"asking {sum(len(c.questions) for c in group)} questions, each within its page")
            for ctx in group:
                doc_id = by_path.get(paths[ctx.index].resolve())
                for q in ctx.questions:
                    t = time.perf_counter()
                    try:
                        if doc_id is None:
                            raise RuntimeFailure(f"page {ctx.name} was not ingested")
                        answer = app.assistant.ask(q.question, doc_ids=[doc_id])
                        scores.append(score_answer(ctx, q, answer))
                    except ReportQAError as exc:
                        scores.append(score_answer(ctx, q, None, error=str(exc)))
                    latencies.append((time.perf_counter() - t) * 1000)
                    if progress is not None:
                        progress(len(scores), total)
        latencies.sort()
        config = {"answerer": answerer, "mode": used.mode, "k": used.k, "chunk_tokens": used.chunk_tokens,
                  "contexts": [contexts[0].index, contexts[-1].index] if contexts else [],
                  "questions": len(scores), "ingest_s": round(ingest_s, 1), "failed_pages": failed,
                  "index": "one per half (dev, held-out)",
                  "latency_p50_ms": round(latencies[len(latencies) // 2], 1) if latencies else None,
                  "finished_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        return TatResult(scores, config)
    finally:
        if tmp is not None:
            tmp.cleanup()
