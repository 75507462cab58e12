"""The evaluation tab's HTML and tables: the headline, the metrics table, the misses and chart captions,
all from the figures an eval run returns (eval/report.py formats them).
"""

from __future__ import annotations

from typing import Any

from .html_text import clip_text, esc

CHART_CAPTIONS = {"chart_accuracy_by_kind": "Right by question kind", "chart_accuracy_by_report": "Right by report",
                  "chart_latency": "Latency"}


def chart_caption(key: str) -> str:
    """The caption shown under an evaluation chart: its own, or its key written as words."""
    return CHART_CAPTIONS.get(key, key.removeprefix("chart_").replace("_", " ").capitalize())


def eval_headline(result: Any) -> str:
    """The headline, from the same `result.overall` figures the metrics table shows (no recount)."""
    from eval.report import fmt

    o = result.overall
    answerable = [s for s in result.scores if s.answerable]
    right = sum(1 for s in answerable if s.correct)
    cfg = result.config or {}
    setup = ", ".join(f"{k} {cfg[k]}" for k in ("answerer", "mode", "k") if cfg.get(k) is not None)
    splits = ", ".join(f"{name} {len(v)}" for name, v in _by_split(result).items())
    unanswerable = len(result.scores) - len(answerable)
    abstentions = (f' Correct abstentions {fmt("abstention_recall", o.get("abstention_recall"))} of {unanswerable} '
                   "unanswerable." if unanswerable else "")
    return (f'<div class="rq-status-box rq-notice-ok" id="rq-eval-headline"><b>Answer accuracy '
            f'{fmt("answer_accuracy", o.get("answer_accuracy"))}: {right} of {len(answerable)} answerable questions '
            f'right.</b>{abstentions} {len(result.misses)} misses listed below. '
            f'<span class="rq-muted">{len(result.scores)} questions ({esc(splits)}); {esc(setup)}</span></div>')


def _by_split(result: Any) -> dict[str, list[Any]]:
    groups: dict[str, list[Any]] = {}
    for s in result.scores:
        groups.setdefault(getattr(s, "split", None) or "all", []).append(s)
    return groups


def metric_rows(result: Any) -> Any:
    """The metrics table (rows: metrics; columns: all / dev / held-out and the target)."""
    import pandas as pd
    from eval.report import METRICS, TARGETS, fmt, split_columns

    cols = split_columns(result)
    if "user" in result.summary.get("by_split", {}):  # gold questions made from chat feedback
        cols.append(("user", result.summary["by_split"]["user"]))
    rows = []
    for key, label in METRICS:
        target = TARGETS.get(key)
        shown = "—" if target is None else (f"≤ {100 * target:.0f}%" if key == "false_abstention_rate" else f"≥ {100 * target:.0f}%")
        rows.append([label] + [fmt(key, s.get(key)) for _, s in cols] + [shown])
    header = ["Metric"] + [f"{name} (n={s['n']})" for name, s in cols] + ["target"]
    return pd.DataFrame(rows, columns=header)



def miss_rows(result: Any) -> Any:
    """The evaluation tab's table of misses: each question, what was expected, the answer given and why."""
    import pandas as pd

    rows = [[s.id, s.question, ", ".join(s.expected) or "(abstain)",
             ("(abstained) " if s.abstained else "") + clip_text((s.error or s.answer or "").replace("**", "")),
             s.why] for s in result.misses]
    return pd.DataFrame(rows, columns=["ID", "Question", "Expected", "Answer", "Why"])
