"""`reportqa eval --matrix`: configurations side by side on the same gold set in one run.

Retrieval modes (hybrid / dense / bm25), chunk sizes (a separate temporary index per size, all
sharing one loaded embedding model), answerers (extractive; an LLM when --llm is given) and the
naive LangChain baseline (eval/naive.py). Every configuration indexes the same report files.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.embedding import Embedder
from ingest.settings import Settings

from .gold import GoldQuestion
from .report import fmt, md_table
from .runner import EvalResult, run_eval

NAIVE = "naive"
DEFAULT_CHUNK_SIZES = (128, 200, 256)
DEFAULT_MODES = ("hybrid", "dense", "bm25")

MatrixProgress = Callable[[str, int, int], None]  # (config name, questions done, total)


@dataclass(frozen=True)
class MatrixConfig:
    """One column of the comparison: retrieval mode, chunk size, answerer ('naive' = baseline)."""

    mode: str = "hybrid"
    chunk_tokens: int = 200
    answerer: str = "extractive"

    @property
    def name(self) -> str:
        if self.answerer == NAIVE:
            return "naive LangChain (1000/200 chars, top-4)"
        return f"{self.mode} · {self.chunk_tokens} tok · {self.answerer}"


def default_configs(settings: Settings, *, llm: str | None = None,
                    chunk_sizes: Sequence[int] = DEFAULT_CHUNK_SIZES,
                    modes: Sequence[str] = DEFAULT_MODES, naive: bool = True) -> list[MatrixConfig]:
    """The default settings first, then each other mode, chunk size and answerer, then the baseline."""
    base = settings.chunk_tokens
    answerer = settings.llm if settings.llm not in ("", "none", "default") else "extractive"
    configs = [MatrixConfig(settings.mode, base, answerer)]
    configs += [MatrixConfig(m, base, answerer) for m in modes if m != settings.mode]
    configs += [MatrixConfig(settings.mode, n, answerer) for n in chunk_sizes if n != base]
    if llm and llm != answerer:
        configs.append(MatrixConfig(settings.mode, base, llm))
    if naive:
        configs.append(MatrixConfig(answerer=NAIVE))
    return configs


@dataclass
class MatrixRow:
    config: MatrixConfig
    result: EvalResult
    index_seconds: float | None = None

    @property
    def overall(self) -> dict[str, Any]:
        return self.result.overall

    def split(self, name: str) -> dict[str, Any]:
        return self.result.summary["by_split"].get(name, {})


COLUMNS: list[tuple[str, str]] = [
    ("answer_accuracy", "answer acc."), ("heldout:answer_accuracy", "held-out acc."),
    ("strict_figure_accuracy", "strict figure"), ("hit_at_5", "hit@5"),
    ("mrr", "MRR"), ("citation_support", "citation"), ("abstention_recall", "abst. recall"),
    ("false_abstention_rate", "false abst."), ("latency_p50_ms", "p50"),
]


@dataclass
class MatrixResult:
    rows: list[MatrixRow] = field(default_factory=list)
    questions: int = 0

    def cells(self, row: MatrixRow) -> list[str]:
        out = []
        for key, _ in COLUMNS:
            if ":" in key:
                split, metric = key.split(":")
                out.append(fmt(metric, row.split(split).get(metric)))
            else:
                out.append(fmt(key, row.overall.get(key)))
        return out

    def as_dict(self) -> dict[str, Any]:
        return {"questions": self.questions, "configs": [
            {"name": r.config.name, "mode": r.config.mode, "chunk_tokens": r.config.chunk_tokens,
             "answerer": r.config.answerer, "index_seconds": r.index_seconds, "overall": r.overall,
             "by_split": r.result.summary["by_split"]} for r in self.rows]}

    def markdown(self) -> str:
        table = md_table(["configuration"] + [label for _, label in COLUMNS],
                         [[r.config.name] + self.cells(r) for r in self.rows])
        note = ("\n\nAnswer accuracy, hit@5, MRR and citation support over answerable questions; abstention recall over "
                "unanswerable ones; false abstention over answerable ones; p50 = median time per question. "
                "Strict figure: the answer's `figure` field is the expected figure (names: the answer text). "
                "The naive baseline retrieves 4 passages, so its hit@5 is hit@4; its answer is a whole "
                "1,000-character passage, which holds many numbers, so its answer accuracy flatters it: the strict "
                "figure column (it has no figure field) and abstention recall (it never abstains) show the difference.")
        return table + note

    def chart(self, path: Path) -> Path:
        """Grouped bars per configuration: answer accuracy, strict figure, hit@5, abstention recall."""
        import numpy as np

        from .charts import plt_agg, saved

        plt = plt_agg()
        metrics = [("answer_accuracy", "answer accuracy"), ("strict_figure_accuracy", "strict figure"),
                   ("hit_at_5", "hit@5"), ("abstention_recall", "abstention recall")]
        names = [r.config.name.replace(" (1000/200 chars, top-4)", "").replace(" · ", "\n", 1) for r in self.rows]
        x = np.arange(len(self.rows))
        width = 0.8 / len(metrics)
        fig, ax = plt.subplots(figsize=(max(7.0, 1.45 * len(self.rows) + 1.5), 4.4), dpi=110)
        colors = ["#3b6ea5", "#7fa7d1", "#e07b39", "#6aa56e"]
        for i, (key, label) in enumerate(metrics):
            vals = [100 * (r.overall.get(key) or 0.0) for r in self.rows]
            ax.bar(x + (i - (len(metrics) - 1) / 2) * width, vals, width, label=label, color=colors[i])
        ax.set_xticks(x, names, fontsize=8)
        ax.set_ylim(0, 119)
        ax.set_ylabel("%")
        ax.set_title(f"Configurations side by side ({self.questions} gold questions)", fontsize=10)
        ax.legend(fontsize=8, ncol=4, loc="upper center", frameon=False)
        return saved(plt, fig, ax, path)

    def print(self, console) -> None:
        from rich.table import Table

        t = Table(title=f"Configurations side by side ({self.questions} questions)", title_justify="left")
        t.add_column("configuration", no_wrap=True)
        for _, label in COLUMNS:
            t.add_column(label, justify="right")
        for r in self.rows:
            t.add_row(r.config.name, *self.cells(r))
        console.print(t)


def settings_for(settings: Settings, data_dir: Path, chunk_tokens: int) -> Settings:
    """The user's settings with a private embedded index (never the user's own, never a server)."""
    values = settings.model_dump()
    values.update(data_dir=data_dir, chunk_tokens=chunk_tokens, chroma_host=None)
    return Settings(**values)


def run_matrix(settings: Settings, questions: Sequence[GoldQuestion], *, configs: Sequence[MatrixConfig] | None = None,
               reports: Sequence[Path] | None = None, embedder: Embedder | None = None, base_app: Any = None,
               workdir: str | Path | None = None, progress: MatrixProgress | None = None,
               on_status: Callable[[str], None] | None = None) -> MatrixResult:
    """Evaluate every configuration on `questions`.

    Indexes of `reports` (default: settings.reports_dir) are built in `workdir` (default: a temp
    folder, removed afterwards), one per chunk size; `base_app` (already holding those reports)
    is reused for its own chunk size.
    """
    from rag.factory import build_answerer, build_app

    from .naive import NaiveBaseline

    configs = list(configs or default_configs(settings))
    reports = [Path(p) for p in (reports or [settings.reports_dir])]
    status = on_status or (lambda _msg: None)
    tmp = None
    if workdir is None:
        tmp = tempfile.TemporaryDirectory(prefix="reportqa-matrix-")
        workdir = tmp.name
    workdir = Path(workdir)
    if embedder is None:
        embedder = base_app.embedder if base_app is not None else Embedder(
            settings.embed_model_path, batch_size=settings.embed_batch_size, backend=settings.embed_backend,
            cache_dir=settings.cache_dir)
    embedder.warm_up()
    apps: dict[int, tuple[Any, float | None]] = {}
    if base_app is not None:
        apps[base_app.settings.chunk_tokens] = (base_app, None)
    result = MatrixResult(questions=len(questions))
    try:
        for cfg in configs:
            def step(done: int, total: int, _q: GoldQuestion, name: str = cfg.name) -> None:
                if progress is not None:
                    progress(name, done, total)

            if cfg.answerer == NAIVE:
                status("indexing for the naive LangChain baseline")
                t = time.perf_counter()
                naive = NaiveBaseline(embedder, workdir / "naive").build(reports)
                seconds = time.perf_counter() - t
                res = run_eval(None, questions, assistant=naive, progress=step,
                               config={"answerer": NAIVE, "mode": "dense", "k": naive.k, "chunk": "1000/200 chars"})
                naive.close()
                result.rows.append(MatrixRow(cfg, res, seconds))
                continue
            if cfg.chunk_tokens not in apps:
                status(f"indexing with {cfg.chunk_tokens}-token chunks")
                t = time.perf_counter()
                app = build_app(settings_for(settings, workdir / f"chunks-{cfg.chunk_tokens}", cfg.chunk_tokens),
                                embedder=embedder).warm_up()
                report = app.library.ingest(reports)
                if report.failed:
                    status(f"warning: {len(report.failed)} file(s) failed to ingest: {report.failed[0].error}")
                apps[cfg.chunk_tokens] = (app, time.perf_counter() - t)
            app, seconds = apps[cfg.chunk_tokens]
            if cfg.answerer == (app.settings.llm or "extractive") or (
                    cfg.answerer == "extractive" and app.settings.llm in ("", "extractive", "none", "default")):
                assistant = app.assistant
            else:
                assistant = app.with_answerer(build_answerer(app.settings.with_overrides(llm=cfg.answerer)))
                assistant.warm_up()
            status(f"asking {len(questions)} questions: {cfg.name}")
            res = run_eval(app, questions, mode=cfg.mode, assistant=assistant, progress=step,
                           config={"answerer": cfg.answerer, "chunk_tokens": cfg.chunk_tokens})
            result.rows.append(MatrixRow(cfg, res, seconds))
    finally:
        if tmp is not None:
            tmp.cleanup()
    return result
