"""PNG charts of an evaluation run (matplotlib, Agg backend: no display needed)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .runner import EvalResult

# points; at the charts' 110 dpi shown at their own size, 10 pt is 15 px (the web page wants >= 11 px)
CHART_FONT = 10


def plt_agg():
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    plt.rcParams.update({"font.size": CHART_FONT, "axes.labelsize": CHART_FONT, "xtick.labelsize": CHART_FONT,
                         "ytick.labelsize": CHART_FONT})

    return plt


def saved(plt, fig, ax, path: Path) -> Path:
    """The chart finished the one way every chart is (no top or right frame, laid out tight) and written to `path`."""
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def bar_by(result: "EvalResult", group: str, path: Path, title: str) -> Path:
    """Share of questions right per group, dev and held-out side by side, with counts."""
    import numpy as np

    plt = plt_agg()
    names = list(result.summary[f"by_{group}"])
    splits = [s for s in ("dev", "heldout") if s in result.summary["by_split"]]
    series: list[tuple[str, list[float], list[int]]] = []
    for sp in splits or ["all"]:
        vals, ns = [], []
        for name in names:
            members = [s for s in result.scores if str(getattr(s, group) or "(no report)") == name
                       and (sp == "all" or s.split == sp)]
            ns.append(len(members))
            vals.append(100 * sum(s.correct for s in members) / len(members) if members else 0.0)
        series.append((sp, vals, ns))
    fig, ax = plt.subplots(figsize=(max(6.0, 1.3 * len(names) + 2), 4.2), dpi=110)
    x = np.arange(len(names))
    width = 0.8 / len(series)
    colors = {"dev": "#3b6ea5", "heldout": "#e07b39", "all": "#3b6ea5"}
    for i, (sp, vals, ns) in enumerate(series):
        bars = ax.bar(x + (i - (len(series) - 1) / 2) * width, vals, width, label=sp, color=colors.get(sp))
        for b, v, n in zip(bars, vals, ns):
            if n:
                ax.text(b.get_x() + b.get_width() / 2, v + 1, f"{v:.0f}%\nn={n}", ha="center", va="bottom", fontsize=CHART_FONT - 1)
    ax.set_xticks(x, [n.replace("-2025", "").replace("-", "-\n", 1) if len(n) > 14 else n for n in names], fontsize=CHART_FONT)
    ax.set_ylim(0, 135)
    ax.set_ylabel("questions right (%)")
    ax.axhline(90, color="#999", lw=0.8, ls="--")
    ax.set_title(title, fontsize=CHART_FONT + 2)
    ax.legend(fontsize=CHART_FONT, loc="upper right", ncol=2, frameon=False)
    return saved(plt, fig, ax, path)


def latency_hist(result: "EvalResult", path: Path) -> Path:
    plt = plt_agg()
    values = [s.latency_ms for s in result.scores if s.error is None]
    fig, ax = plt.subplots(figsize=(6.4, 3.6), dpi=110)
    ax.hist(values, bins=30, color="#3b6ea5")
    for key, style in (("latency_p50_ms", "-"), ("latency_p95_ms", "--")):
        v = result.overall.get(key)
        if v is not None:
            ax.axvline(v, color="#e07b39", ls=style, lw=1.2, label=f"{key.split('_')[1]} {v:.0f} ms")
    ax.set_xlabel("time per question, retrieve + answer (ms)")
    ax.set_ylabel("questions")
    ax.set_title("Answer latency", fontsize=CHART_FONT + 2)
    ax.legend(fontsize=CHART_FONT)
    return saved(plt, fig, ax, path)


def write_charts(result: "EvalResult", out_dir: Path, prefix: str = "") -> dict[str, Path]:
    """accuracy_by_kind.png, accuracy_by_report.png, latency.png in `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    return {
        "chart_accuracy_by_kind": bar_by(result, "kind", out_dir / f"{prefix}accuracy_by_kind.png",
                                          "Questions right by kind (unanswerable: correct abstention)"),
        "chart_accuracy_by_report": bar_by(result, "report", out_dir / f"{prefix}accuracy_by_report.png",
                                            "Questions right by report"),
        "chart_latency": latency_hist(result, out_dir / f"{prefix}latency.png"),
    }
