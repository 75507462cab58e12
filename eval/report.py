"""What a person reads: terminal tables (rich), a Markdown report with every miss and why,
and PNG charts (matplotlib, Agg backend: no display needed)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

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


def _clip(text: str, n: int = 300) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def miss_md(s: QuestionScore) -> str:
    lines = [f"#### {s.id} ({s.kind}, {s.split}, {s.phrasing}) — {s.question}", ""]
    lines.append(f"- expected: {', '.join(f'`{e}`' for e in s.expected) or '(abstain)'}"
                 + (f" from `{s.report}`" if s.report else ""))
    lines.append(f"- answer: {'(abstained) ' if s.abstained else ''}{_clip(s.answer)}")
    if s.figure:
        lines.append(f"- figure field: `{s.figure}`")
    lines.append(f"- why: **{s.why}**")
    lines.append(f"- retrieval: " + (f"hit at rank {s.hit_rank}" if s.hit_rank else "no hit")
                 + (f"; top passage: {_clip(s.top_passage, 220)}" if s.top_passage else ""))
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


# -- charts ----------------------------------------------------------------------------------
# points; at the charts' 110 dpi shown at their own size, 10 pt is 15 px (the web page wants >= 11 px)
CHART_FONT = 10


def _plt():
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    plt.rcParams.update({"font.size": CHART_FONT, "axes.labelsize": CHART_FONT, "xtick.labelsize": CHART_FONT,
                         "ytick.labelsize": CHART_FONT})

    return plt


def _bar_by(result: "EvalResult", group: str, path: Path, title: str) -> Path:
    """Share of questions right per group, dev and held-out side by side, with counts."""
    import numpy as np

    plt = _plt()
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
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def _latency(result: "EvalResult", path: Path) -> Path:
    plt = _plt()
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
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def write_charts(result: "EvalResult", out_dir: Path, prefix: str = "") -> dict[str, Path]:
    """accuracy_by_kind.png, accuracy_by_report.png, latency.png in `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    return {
        "chart_accuracy_by_kind": _bar_by(result, "kind", out_dir / f"{prefix}accuracy_by_kind.png",
                                          "Questions right by kind (unanswerable: correct abstention)"),
        "chart_accuracy_by_report": _bar_by(result, "report", out_dir / f"{prefix}accuracy_by_report.png",
                                            "Questions right by report"),
        "chart_latency": _latency(result, out_dir / f"{prefix}latency.png"),
    }


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
    # dev misses only: a held-out miss is counted, never shown (nobody tunes on it)
    dev = [s for s in result.misses if s.split != "heldout"]
    shown = dev[:misses]
    if shown:
        held = len(result.misses) - len(dev)
        m = Table(title=f"dev misses ({len(dev)}; first {len(shown)}; {held} held-out misses not shown)",
                  title_justify="left", show_lines=False)
        m.add_column("id", no_wrap=True)
        m.add_column("expected")
        m.add_column("why")
        for s in shown:
            m.add_row(s.id, ", ".join(s.expected) or "(abstain)", s.why)
        console.print(m)


def config_label(cfg: dict[str, Any]) -> str:
    return " · ".join(str(cfg[k]) for k in ("mode", "chunk_tokens", "answerer") if cfg.get(k) is not None)


# -- docs/eval.md ------------------------------------------------------------------------------
KEEP_MARK = "<!-- sections below are kept by --write-docs -->"
DOCS_INTRO = """\
# Evaluation

ReportQA is only worth using if its figures are right. `eval/` checks every answer against
gold questions whose figures were read off the two bundled reports by a person, and reports
how often retrieval finds the passage, how often the answer states the figure, whether the
citations hold it, and whether the assistant says "the reports don't state this" when they don't.
No LLM judge: figures are compared exactly, in any spelling (`USD 615.7 billion` = `$615.7B` =
`615,700 million`; `RMB 700 billion` = `7,000 (100 million yuan)`; `31.6%` never equals `31.6`).

## Running it

```bash
reportqa eval                                   # all of eval/gold/*.yaml, default settings
reportqa eval --split heldout --out eval-out    # one split; JSON, Markdown report and charts in eval-out/
reportqa eval --gold my-questions.yaml --mode bm25 --k 8 --llm ollama:llama3.1
reportqa eval --matrix --out eval-out           # modes, chunk sizes, answerers and a naive baseline side by side
reportqa eval --json | jq .summary.overall      # machine-readable
reportqa eval --gate                            # exit 1 when a metric is below eval/baseline.json
reportqa eval --write-outcomes                  # refresh eval/outcomes.json (each question: right/wrong/abstained)
reportqa eval --tatqa ../shared/benchmarks/tatqa/tatqa_dataset_dev.json --out eval-out   # the public TAT-QA benchmark
reportqa eval --tatqa FILE --pages 0:139        # only the dev half (contexts 0-138)
```

Flags: `--gold FILE` (repeatable; a folder means its `*.yaml`), `--split dev|heldout|all`,
`--mode hybrid|dense|bm25`, `--k N`, `--llm SPEC`, `--limit N`, `--out DIR`, `--json`,
`--matrix` (with `--chunk-sizes 128,200,256`), `--gate`. The reports the gold set names must be
in the index; missing ones are ingested from `REPORTQA_REPORTS_DIR` (default `data/reports/`).
`--out` writes `results.json` (every question: answer, figure, hit rank, why it missed),
`report.md` (the tables below plus every miss and why) and three PNG charts; with `--matrix`
also `matrix.md` and `matrix.json`. `make test` runs the gate (`tests/test_eval.py`).
`--tatqa FILE [--pages A:B]` runs the TAT-QA benchmark instead (see [TAT-QA](#tat-qa-a-public-benchmark));
`--write-outcomes` rewrites the committed outcome files (see [Outcomes and flips](#outcomes-and-flips)).

## The gold set

`eval/gold/*.yaml`, a top-level `questions:` list. Each question:

| field | meaning |
| --- | --- |
| `id` | unique id |
| `question` | as a user would type it |
| `answerable` | `false` when the reports do not hold the answer (the assistant must abstain) |
| `expected` | the figures or names a correct answer must contain, as spelled in the report (`["615.7"]`, `["31.6%", "3.7%"]`, `["MiniMax"]`); empty when unanswerable |
| `unit` | money, percent, count, rank, score, year, text or none |
| `report`, `page`, `section` | where the answer is (`report` is the doc id) |
| `quote` | an exact span of the report text holding the answer (whitespace runs count as one space) |
| `kind` | figure, comparison, entity, list, trend, larger (which-is-larger / ranking / superlative), explanation, computed or unanswerable |
| `split` | `dev` (may guide tuning), `heldout` (never looked at while tuning) or `user` (from chat feedback) |
| `phrasing` | `analyst` (other words than the report's) or `report` (the report's own words) |
| `notes` | optional |

`tests/test_gold.py` checks that every quote is an exact span of its report, every expected
string is in its quote, ids are unique, and the set's shape (size, unanswerable share, splits,
phrasings). Your own file in this format works with `--gold`; a bad field is a one-line error
naming the file, the question and the field.

Answers marked wrong in the chat (👎 with "the right answer is ...") become questions in
`<data dir>/gold/user.yaml` (`eval/feedback.py`: the question as understood, the report, the
sentence of the pointed-at passage holding the figure as quote, the figure as expected). When
that file exists, `reportqa eval` (without `--gold`) scores it in its own table, and in `--json`
under `user_gold`; the bundled set's figures and `--gate` do not include it.

## What each metric means

| metric | definition |
| --- | --- |
| answer accuracy | answerable questions answered (not abstained) with **every** expected figure in the answer text (citation markers removed) |
| strict figure accuracy | the answer's `figure` field matches the first expected figure (when that is a name, not a number: the answer text) |
| retrieval hit@k | a passage among the top k holds every expected figure and comes from the gold report |
| MRR | mean of 1 / rank of that first passage (0 when none of the retrieved passages holds it) |
| citation support | answered answerable questions citing a passage from the gold report that holds an expected figure |
| abstention precision | of all abstentions, the share on unanswerable questions |
| abstention recall | of unanswerable questions, the share the assistant declined (correct abstentions) |
| false abstention rate | of answerable questions, the share the assistant declined |
| unsupported-figure rate | answered questions whose answer states a figure none of its cited passages holds |
| latency p50 / p95 | time per question, retrieval plus answer, in the same process |

"correct" in the group tables is per question: the answer accuracy rule for answerable
questions and a correct abstention for unanswerable ones.

## Keeping the held-out split honest

The held-out split measures whether tuning generalises, so nothing that tunes may look at it:
this page lists the dev misses only and counts the held-out ones (`reportqa eval --split heldout
--out DIR` lists them for an audit, after which those questions belong in dev).

On 2026-12-02 the answerer was tuned against the misses of the 156-question set, and some
held-out misses were looked at while doing so. Those 15 questions are marked in their files and
moved to dev (`split: "dev"  # was heldout: ...`). 45 fresh questions (`heldout-fresh.yaml`, 37
answerable, 8 unanswerable) were then written from the reports by someone who never ran the
answerer on them. Their first measurement, before any further change: answer accuracy 81.1%
(30 of 37), strict figure 70.3%, 3 false abstentions, 5 of 8 correct abstentions, against
88.8% answer accuracy on dev at the same commit. Two more dev-driven changes followed (the
passage's topic sentence as context; 'how many X' needs X); the fresh questions' texts and
answers were not looked at. The dev / held-out gap in the tables below is the over-fitting.
"""


def write_docs(result: "EvalResult", matrix: Any, path: Path, img_dir: Path | None = None) -> Path:
    """docs/eval.md from a real run: the intro above, both splits, groups, charts, the matrix."""
    path = Path(path)
    img_dir = img_dir or path.parent / "img"
    charts = write_charts(result, img_dir, prefix="eval_")
    rel = {k: f"{img_dir.relative_to(path.parent).as_posix()}/{v.name}" for k, v in charts.items()}
    cfg = result.config
    parts = [DOCS_INTRO, "## Results", ""]
    parts.append(f"Measured {str(cfg.get('finished_at', ''))[:10]} on {result.overall['n']} gold questions "
                 f"({result.overall['answerable']} answerable, {result.overall['unanswerable']} unanswerable) with the "
                 f"default settings: {cfg.get('mode')} retrieval, k={cfg.get('k')}, {cfg.get('chunk_tokens')}-token chunks, "
                 f"the {cfg.get('answerer')} answerer (no LLM), {cfg.get('embed_model')}.")
    parts += ["", summary_md(result), ""]
    status = []
    for key, target in TARGETS.items():
        for name, s in split_columns(result):
            ok = meets(key, s.get(key))
            if ok is not None and name == "all":
                label = dict(METRICS)[key].split(" (")[0].lower()
                status.append(f"{label} {fmt(key, s.get(key))} ({'meets' if ok else 'misses'} the target)")
    parts += ["Against the issue's targets: " + "; ".join(status) + ". The held-out split is for measuring, not "
              "for tuning: the gap between the dev and held-out columns is the measure of over-fitting.", "",
              "Latency is measured in the same process on a shared 2-core machine with other work running, so it "
              "moves by tens of milliseconds between runs; the accuracy figures are deterministic.", ""]
    for key in ("chart_accuracy_by_kind", "chart_accuracy_by_report", "chart_latency"):
        parts += [f"![{key[6:].replace('_', ' ')}]({rel[key]})", ""]
    for group in ("kind", "report", "phrasing", "split"):
        parts += [f"### By {group}", "", group_md(result, group), ""]
    if matrix is not None:
        parts += ["## Configurations side by side", "",
                  f"`reportqa eval --matrix`, same {matrix.questions} questions for every configuration; each chunk "
                  "size is a separate index of the same reports. The naive baseline is what a user would otherwise "
                  "build with LangChain: `RecursiveCharacterTextSplitter(1000, 200)` over the raw report text, "
                  "langchain-chroma with the same MiniLM model, top-4, the top passage as the answer (it never abstains).",
                  "", matrix.markdown(), ""]
        chart = matrix.chart(img_dir / "eval_matrix.png")
        parts += [f"![configurations side by side]({img_dir.relative_to(path.parent).as_posix()}/{chart.name})", ""]
    misses = [s for s in result.misses if s.split != "heldout"]
    held = sum(1 for s in result.misses if s.split == "heldout")
    parts += [f"## Where it still misses on dev ({len(misses)})", "",
              f"From the run above; the held-out split's {held} misses are counted, not listed (see above). "
              "`reportqa eval --out DIR` writes every miss with its answer to `report.md`.", ""]
    parts += [md_table(["id", "split", "kind", "expected", "why"],
                       [[s.id, s.split, s.kind, ", ".join(s.expected) or "(abstain)", s.why] for s in misses],
                       align="lllll")] if misses else ["None."]
    parts += ["", "## The regression gate", "",
              "`tests/test_eval.py` runs the whole gold set with the default settings on every `make test` and "
              "fails when answer accuracy, hit@5, citation support or abstention recall drops below, or the false "
              "abstention rate "
              "rises above, the figures in `eval/baseline.json`. Raising the baseline is a deliberate commit.", ""]
    if path.is_file() and KEEP_MARK in (kept := path.read_text(encoding="utf-8")):
        parts += ["", kept[kept.index(KEEP_MARK):].rstrip("\n"), ""]  # hand-written sections (TAT-QA, outcomes)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(parts), encoding="utf-8")
    return path
