"""TAT-QA results for people: Markdown (dev and held-out side by side, the published results
for orientation, dev misses only), a matplotlib chart, and a terminal table."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eval.charts import plt_agg, saved
from eval.report import clip, md_table

from .score import SOURCES, TYPES

if TYPE_CHECKING:  # pragma: no cover
    from rich.console import Console

    from .run import TatResult

PUBLISHED = [("TAGOP (supervised tagging + operators, 2021)", "50.1"), ("GPT-3.5-Turbo", "59.5"), ("GPT-4", "71.9"),
             ("TAT-LLM 70B (fine-tuned LLaMA 2)", "82.2"), ("human experts", "84.1")]
LABELS = {"holds": "holds the gold", "lead_exact": "lead exact", "abstained": "abstained",
          "confident_error": "wrong bold lead"}


def pct(v: float | None) -> str:
    return "—" if v is None else f"{100 * v:.1f}%"


def side_by_side_md(summary: dict[str, Any]) -> str:
    """Rows: answer types, answer sources, all; per split: n, holds the gold, lead exact, abstained."""
    splits = [s for s in ("dev", "heldout") if s in summary]
    header = ["group"] + [f"{sp} {label}" for sp in splits for label in ("n", *LABELS.values())]
    rows = []
    for group, names in (("by_type", TYPES), ("by_from", SOURCES), ("overall", ("all",))):
        for name in names:
            row = [name if group != "by_from" else f"from {name}"]
            for sp in splits:
                r = summary[sp][group] if group == "overall" else summary[sp][group][name]
                row += [str(r["n"])] + [pct(r[k]) for k in LABELS]
            rows.append(row)
    return md_table(header, rows)


def result_md(result: "TatResult", chart: str | None = None, misses: int = 80) -> str:
    cfg = result.config
    parts = ["# TAT-QA: questions over real annual-report pages", "",
             f"Contexts {cfg.get('contexts')}, {cfg.get('questions')} questions; each context ingested as one HTML "
             f"page (table + paragraphs) in one batch ({cfg.get('ingest_s')} s), each question asked within its page. "
             f"Answerer {cfg.get('answerer')}, {cfg.get('mode')} retrieval, k={cfg.get('k')}, "
             f"{cfg.get('chunk_tokens')}-token chunks; answer p50 {cfg.get('latency_p50_ms')} ms.", "",
             "*lead exact*: the answer's figure (else its bold lead) equals the gold under TAT-QA's normalisation "
             "(scale words, commas, signs and parentheses, percent, $; multi-span: the set of spans). "
             "*holds the gold*: every gold span or number appears in the answer text. Contexts 0-138 are the dev "
             "half (may guide tuning), 139-277 the held-out half (counts only: its misses are never listed).", "",
             side_by_side_md(result.summary), ""]
    if chart:
        parts += [f"![TAT-QA by answer type]({chart})", ""]
    parts += ["Published exact match on the TAT-QA *test* set, for orientation (README of the benchmark):", "",
              md_table(["system", "EM"], PUBLISHED), ""]
    dev_misses = [s for s in result.scores if s.split == "dev" and not s.lead_exact]
    if dev_misses:
        parts += [f"## Dev misses (lead not exact): {len(dev_misses)}" +
                  (f", the first {misses}" if len(dev_misses) > misses else ""), ""]
        for s in dev_misses[:misses]:
            parts.append(f"- `{s.uid[:8]}` page {s.context}, {s.answer_type} from {s.answer_from}, {s.outcome}: "
                         f"{s.question} — gold {s.gold}; lead {s.lead!r}; answer: {clip(s.answer or s.error or '', 200)}")
        parts.append("")
    held = [s for s in result.scores if s.split == "heldout"]
    if held:
        parts += [f"Held-out half: {len(held)} questions, {sum(not s.lead_exact for s in held)} without an exact "
                  "lead (not listed).", ""]
    return "\n".join(parts)


def write_chart(result: "TatResult", path: Path) -> Path:
    """Holds the gold and lead exact per answer type, dev and held-out side by side."""
    import numpy as np

    plt = plt_agg()
    splits = [s for s in ("dev", "heldout") if s in result.summary]
    series = [(sp, key) for sp in splits for key in ("holds", "lead_exact")]
    colors = {("dev", "holds"): "#3b6ea5", ("dev", "lead_exact"): "#9cb9d9",
              ("heldout", "holds"): "#e07b39", ("heldout", "lead_exact"): "#f2bf9b"}
    fig, ax = plt.subplots(figsize=(7.5, 4.2), dpi=110)
    x = np.arange(len(TYPES))
    width = 0.8 / max(1, len(series))
    for i, (sp, key) in enumerate(series):
        vals = [100 * (result.summary[sp]["by_type"][t][key] or 0.0) for t in TYPES]
        bars = ax.bar(x + (i - (len(series) - 1) / 2) * width, vals, width, label=f"{sp}: {LABELS[key]}",
                      color=colors[(sp, key)])
        for b, v in zip(bars, vals):
            ax.text(b.get_x() + b.get_width() / 2, v + 1, f"{v:.0f}", ha="center", va="bottom", fontsize=7)
    ax.set_xticks(x, [f"{t}\nn={sum(result.summary[sp]['by_type'][t]['n'] for sp in splits)}" for t in TYPES],
                  fontsize=8)
    ax.set_ylim(0, 110)
    ax.set_ylabel("questions (%)")
    ax.set_title("TAT-QA by answer type: answer holds the gold / lead exact", fontsize=10)
    ax.legend(fontsize=7, loc="upper right", ncol=2, frameon=False)
    return saved(plt, fig, ax, path)


def write_outputs(result: "TatResult", out_dir: str | Path) -> dict[str, Path]:
    """tatqa.json, tatqa.md and tatqa_by_type.png in `out_dir`."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {"json": out / "tatqa.json", "chart": out / "tatqa_by_type.png", "markdown": out / "tatqa.md"}
    paths["json"].write_text(json.dumps(result.as_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    write_chart(result, paths["chart"])
    paths["markdown"].write_text(result_md(result, chart=paths["chart"].name) + "\n", encoding="utf-8")
    return paths


def print_result(result: "TatResult", console: "Console") -> None:
    from rich.table import Table

    splits = [s for s in ("dev", "heldout") if s in result.summary]
    t = Table(title="TAT-QA (each question within its page)")
    t.add_column("group")
    for sp in splits:
        for label in ("n", *LABELS.values()):
            t.add_column(f"{sp} {label}", justify="right")
    for group, names in (("by_type", TYPES), ("by_from", SOURCES), ("overall", ("all",))):
        for name in names:
            row = [name if group != "by_from" else f"from {name}"]
            for sp in splits:
                r = result.summary[sp][group] if group == "overall" else result.summary[sp][group][name]
                row += [str(r["n"])] + [pct(r[k]) for k in LABELS]
            t.add_row(*row)
    console.print(t)
