"""Run the gold questions through the assistant exactly as a user would, and score them."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol

from ingest.errors import ReportQAError

from .gold import GoldQuestion
from .metrics import QuestionScore, score_question, summary

Progress = Callable[[int, int, GoldQuestion], None]  # (done, total, question just scored)


class Asker(Protocol):
    """Anything with `ask(question, mode=, k=) -> Answer` (the Assistant, the naive baseline)."""

    def ask(self, question: str, *, mode=None, k=None): ...


@dataclass
class EvalResult:
    """Per-question scores, the summary, and the configuration that produced them."""

    scores: list[QuestionScore]
    config: dict[str, Any] = field(default_factory=dict)
    summary: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.summary:
            self.summary = summary(self.scores)

    @property
    def overall(self) -> dict[str, Any]:
        return self.summary["overall"]

    @property
    def rows(self) -> list[dict[str, Any]]:
        return [s.as_row() for s in self.scores]

    @property
    def misses(self) -> list[QuestionScore]:
        return [s for s in self.scores if not s.correct]

    def as_dict(self) -> dict[str, Any]:
        return {"config": self.config, "summary": self.summary, "rows": self.rows}

    def write(self, out_dir: str | Path, *, charts: bool = True) -> dict[str, Path]:
        """results.json, report.md (every miss and why) and PNG charts in `out_dir`."""
        from .charts import write_charts
        from .report import write_markdown

        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        paths: dict[str, Path] = {}
        paths["json"] = out / "results.json"
        paths["json"].write_text(json.dumps(self.as_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        if charts:
            paths.update(write_charts(self, out))
        paths["markdown"] = out / "report.md"
        write_markdown(self, paths["markdown"], images={k: v.name for k, v in paths.items() if k.startswith("chart_")})
        return paths


def run_eval(app: Any, questions: Sequence[GoldQuestion], *, mode: str | None = None, k: int | None = None,
             assistant: Asker | None = None, progress: Progress | None = None,
             config: dict[str, Any] | None = None, warm: bool = True) -> EvalResult:
    """Ask every question through `assistant` (default `app.assistant`) and score the answers.

    One untimed question first (`warm`) so one-off start-up costs stay out of the latency figures.
    A question the assistant refuses (a ReportQAError) is scored as a miss with the error's message.
    """
    asker = assistant if assistant is not None else app.assistant
    if warm and questions:
        try:  # the first call pays one-off costs (snapshot load, lazy imports): keep them out of latency
            asker.ask(questions[0].question, mode=mode, k=k)
        except ReportQAError:
            pass
    scores: list[QuestionScore] = []
    for i, q in enumerate(questions, start=1):
        t = time.perf_counter()
        try:
            answer = asker.ask(q.question, mode=mode, k=k)
            scores.append(score_question(q, answer, latency_ms=(time.perf_counter() - t) * 1000))
        except ReportQAError as exc:
            scores.append(score_question(q, None, latency_ms=(time.perf_counter() - t) * 1000, error=str(exc)))
        if progress is not None:
            progress(i, len(questions), q)
    cfg = describe(app, asker, mode, k)
    cfg.update(config or {})
    cfg["questions"] = len(questions)
    cfg["finished_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    return EvalResult(scores, cfg)


def describe(app: Any, asker: Any, mode: str | None, k: int | None) -> dict[str, Any]:
    """The settings that matter for a run, for the report header."""
    settings = getattr(app, "settings", None)
    answerer = getattr(getattr(asker, "answerer", None), "name", None) or getattr(asker, "name", type(asker).__name__)
    cfg: dict[str, Any] = {"answerer": answerer}
    if settings is not None:
        cfg.update(mode=mode or settings.mode, k=k or settings.k, chunk_tokens=settings.chunk_tokens,
                   chunk_overlap_tokens=settings.chunk_overlap_tokens, abstain_threshold=settings.abstain_threshold,
                   embed_model=Path(settings.embed_model_path).name if settings.embed_model else "all-MiniLM-L6-v2")
    return cfg
