"""What a person reads: terminal tables (rich) and a Markdown report with every miss and why
(charts in eval/charts.py, docs/eval.md in eval/docs_page.py)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .gold import unseen_confirm_ids
from .metrics import QuestionScore, group_by

if TYPE_CHECKING:  # pragma: no cover
    from rich.console import Console

    from .runner import EvalResult

METRICS: list[tuple[str, str]] = [
    ("answer_accuracy", "Answer accuracy"),
    ("strict_figure_accuracy", "Strict figure accuracy"),
    ("hit_at_1", "Retrieval hit@1"),
    ("hit_at_3", "Retrieval hit@3"),
    ("hit_at_5", "Retrieval hit@5"),
    ("mrr", "MRR"),
    ("citation_support", "Citation support"),
    ("abstention_precision", "Abstention precision"),
    ("abstention_recall", "Abstention recall (correct abstentions)"),
    ("false_abstention_rate", "False abstention rate"),
    ("unsupported_figure_rate", "Unsupported-figure rate"),
    ("confident_error_rate", "Confident errors (wrong answer in bold)"),
    ("latency_p50_ms", "Latency p50"),
    ("latency_p95_ms", "Latency p95"),
]
GROUP_COLUMNS: list[tuple[str, str]] = [
    ("n", "n"), ("accuracy", "correct"), ("answer_accuracy", "answer acc."), ("hit_at_5", "hit@5"),
    ("mrr", "MRR"), ("citation_support", "citation"), ("abstention_recall", "abst. recall"),
    ("false_abstention_rate", "false abst."),
]
TARGETS = {"hit_at_5": 0.95, "answer_accuracy": 0.90, "citation_support": 0.95, "abstention_recall": 0.80,
           "false_abstention_rate": 0.05}


def fmt(key: str, value: Any) -> str:
    """Rates as percentages, MRR as a fraction, latency in ms, counts as integers; '—' for None."""
    if value is None:
        return "—"
    if key.startswith("latency"):
        return f"{value:,.0f} ms"
    if key == "mrr":
        return f"{value:.3f}"
    if key in ("n", "answerable", "unanswerable", "errors"):
        return str(value)
    return f"{100 * value:.1f}%"


def meets(key: str, value: float | None) -> bool | None:
    if value is None or key not in TARGETS:
        return None
    return value <= TARGETS[key] if key == "false_abstention_rate" else value >= TARGETS[key]


def split_columns(result: "EvalResult") -> list[tuple[str, dict[str, Any]]]:
    cols = [("all", result.overall)]
    for name in ("dev", "heldout"):
        if name in result.summary["by_split"]:
            cols.append((name, result.summary["by_split"][name]))
    return cols


# -- Markdown --------------------------------------------------------------------------------
def md_table(header: Sequence[str], rows: Sequence[Sequence[str]], align: str | None = None) -> str:
    align = align or "l" + "r" * (len(header) - 1)
    sep = ["---:" if a == "r" else "---" for a in align]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(sep) + " |"]
    lines += ["| " + " | ".join(str(c).replace("|", "\\|") for c in row) + " |" for row in rows]
    return "\n".join(lines)


def summary_md(result: "EvalResult", targets: bool = True) -> str:
    cols = split_columns(result)
    header = ["Metric"] + [f"{name} (n={s['n']})" for name, s in cols] + (["target"] if targets else [])
    rows = []
    for key, label in METRICS:
        row = [label] + [fmt(key, s.get(key)) for _, s in cols]
        if targets:
            t = TARGETS.get(key)
            row.append("—" if t is None else (f"≤ {100 * t:.0f}%" if key == "false_abstention_rate" else f"≥ {100 * t:.0f}%"))
        rows.append(row)
    return md_table(header, rows)


def group_md(result: "EvalResult", group: str) -> str:
    groups = result.summary[f"by_{group}"]
    rows = [[name] + [fmt(k, s.get(k)) for k, _ in GROUP_COLUMNS] for name, s in groups.items()]
    return md_table([group] + [label for _, label in GROUP_COLUMNS], rows)


def clip(text: str, n: int = 300) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def miss_md(s: QuestionScore) -> str:
    lines = [f"#### {s.id} ({s.kind}, {s.split}, {s.phrasing}) — {s.question}", ""]
    lines.append(f"- expected: {', '.join(f'`{e}`' for e in s.expected) or '(abstain)'}"
                 + (f" from `{s.report}`" if s.report else ""))
    lines.append(f"- answer: {'(abstained) ' if s.abstained else ''}{clip(s.answer)}")
    if s.figure:
        lines.append(f"- figure field: `{s.figure}`")
    lines.append(f"- why: **{s.why}**")
    lines.append(f"- retrieval: " + (f"hit at rank {s.hit_rank}" if s.hit_rank else "no hit")
                 + (f"; top passage: {clip(s.top_passage, 220)}" if s.top_passage else ""))
    if s.cited:
        lines.append(f"- cited: {', '.join(s.cited)}")
    return "\n".join(lines)


def result_md(result: "EvalResult", images: dict[str, str] | None = None, title: str = "ReportQA evaluation",
              heading: int = 1) -> str:
    h = "#" * heading
    cfg = result.config
    parts = [f"{h} {title}", ""]
    parts.append(", ".join(f"{k}: `{v}`" for k, v in cfg.items() if v is not None and k not in ("gold",)))
    if cfg.get("gold"):
        parts.append("")
        parts.append("Gold files: " + ", ".join(f"`{g}`" for g in cfg["gold"]))
    parts += ["", f"{h}# Summary (all questions, dev split, held-out split)", "", summary_md(result), ""]
    images = images or {}
    for key in ("chart_accuracy_by_kind", "chart_accuracy_by_report", "chart_latency"):
        if key in images:
            parts += [f"![{key[6:].replace('_', ' ')}]({images[key]})", ""]
    for group in ("kind", "report", "split", "phrasing"):
        parts += [f"{h}# By {group}", "", group_md(result, group), ""]
    misses = result.misses
    parts += [f"{h}# Misses ({len(misses)} of {len(result.scores)})", ""]
    if not misses:
        parts += ["None.", ""]
    for s in misses:
        parts += [miss_md(s), ""]
    flagged = [s for s in result.scores if s.correct and s.why]
    if flagged:
        parts += [f"{h}# Right, with a caveat ({len(flagged)})", "",
                  "Answers that contain the expected figures, but whose `figure` field, citations or figure check fell short.", ""]
        parts += [f"- **{s.id}** — {s.question} — {s.why}" for s in flagged]
        parts.append("")
    return "\n".join(parts)


def write_markdown(result: "EvalResult", path: Path, images: dict[str, str] | None = None) -> Path:
    path.write_text(result_md(result, images), encoding="utf-8")
    return path


# -- terminal --------------------------------------------------------------------------------
def print_result(result: "EvalResult", console: "Console", misses: int = 10) -> None:
    """Summary table (all / dev / held-out), per kind and per report, and the first misses."""
    from rich.table import Table

    cols = split_columns(result)
    t = Table(title="ReportQA evaluation", title_justify="left")
    t.add_column("metric")
    for name, s in cols:
        t.add_column(f"{name} (n={s['n']})", justify="right")
    t.add_column("target", justify="right")
    for key, label in METRICS:
        cells = []
        for _, s in cols:
            ok = meets(key, s.get(key))
            cell = fmt(key, s.get(key))
            cells.append(cell if ok is None else (f"[green]{cell}[/green]" if ok else f"[red]{cell}[/red]"))
        target = TARGETS.get(key)
        t.add_row(label, *cells, "" if target is None else
                  (f"≤ {100 * target:.0f}%" if key == "false_abstention_rate" else f"≥ {100 * target:.0f}%"))
    console.print(t)
    for group in ("kind", "report"):
        g = Table(title=f"by {group}", title_justify="left")
        g.add_column(group)
        for _, label in GROUP_COLUMNS:
            g.add_column(label, justify="right")
        for name, s in result.summary[f"by_{group}"].items():
            g.add_row(name, *[fmt(k, s.get(k)) for k, _ in GROUP_COLUMNS])
        console.print(g)
    # dev misses only: a held-out or unseen-confirm miss is counted, never shown (nobody tunes on it)
    confirm = unseen_confirm_ids()
    dev = [s for s in result.misses if s.split != "heldout" and s.id not in confirm]
    shown = dev[:misses]
    if shown:
        held = len(result.misses) - len(dev)
        m = Table(title=f"dev misses ({len(dev)}; first {len(shown)}; {held} held-out or unseen-confirm misses not shown)",
                  title_justify="left", show_lines=False)
        m.add_column("id", no_wrap=True)
        m.add_column("expected")
        m.add_column("why")
        for s in shown:
            m.add_row(s.id, ", ".join(s.expected) or "(abstain)", s.why)
        console.print(m)
