"""`reportqa eval --tatqa FILE [--pages A:B] [--split dev|heldout] [--out DIR] [--json] [--write-outcomes]`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ingest.errors import UserError
from ingest.settings import Settings

from .data import load_tatqa, parse_pages


def outcomes_path(file: Path) -> Path:
    """Where a page benchmark's dev outcomes are committed: next to a file the project ships
    (eval/fresh/), else eval/tatqa_outcomes.json (TAT-QA's file lives outside the project)."""
    from eval.outcomes import EVAL_DIR, TATQA_OUTCOMES

    try:
        file.resolve().relative_to(EVAL_DIR.resolve())
    except ValueError:
        return TATQA_OUTCOMES
    return file.with_name(f"{file.stem}_outcomes.json")


def run_tatqa_cli(settings: Settings, opts: Any, out, err) -> int:
    """Run the benchmark on the chosen contexts, print per split and answer type, write outputs."""
    from eval.outcomes import dump, flip_report, flips, load_outcomes

    from .report import print_result, write_outputs
    from .run import run_tatqa

    if opts.tatqa is None:
        raise UserError("reportqa eval: --pages needs --tatqa FILE")
    if opts.gold or opts.matrix or opts.limit:
        raise UserError("reportqa eval: --tatqa runs on its own (no --gold/--limit/--matrix; use --pages or --split)")
    contexts = load_tatqa(opts.tatqa)
    chosen = [contexts[i] for i in parse_pages(opts.pages, len(contexts))
              if opts.split == "all" or contexts[i].split == opts.split]
    if not chosen:
        raise UserError(f"reportqa eval: no {opts.split} contexts in {opts.tatqa} within --pages {opts.pages}")
    if opts.write_outcomes and not {c.index for c in chosen} >= {c.index for c in contexts if c.split == "dev"}:
        raise UserError("reportqa eval: --write-outcomes with --tatqa needs every dev context (for TAT-QA --pages 0:139)")
    outcomes_file = outcomes_path(opts.tatqa)
    try:
        s = settings.with_overrides(mode=opts.mode, k=opts.k, llm=opts.llm)
    except Exception as exc:  # pydantic validation: name the flag
        raise UserError(f"reportqa eval: {exc}") from None
    quiet = opts.as_json or not err.is_terminal
    status = (lambda msg: None) if opts.as_json else (lambda msg: err.print(msg, highlight=False))
    if quiet:
        result = run_tatqa(s, chosen, on_status=status)
    else:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, transient=True) as bar:
            task = bar.add_task("TAT-QA", total=sum(len(c.questions) for c in chosen))
            result = run_tatqa(s, chosen, on_status=status,
                               progress=lambda i, n: bar.update(task, completed=i, total=n))
    result.config["file"] = str(opts.tatqa)
    paths = write_outputs(result, opts.out) if opts.out else {}
    if opts.as_json:
        sys.stdout.write(json.dumps(result.as_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        print_result(result, out)
        for p in paths.values():
            err.print(f"wrote {p}", highlight=False)
    current = result.outcomes("dev")
    committed = load_outcomes(outcomes_file)
    if current and committed and not opts.as_json:
        changed = flips({k: v for k, v in committed.items() if k in current}, current, {k: "dev" for k in current})
        texts = {sc.uid: sc.question or "" for sc in result.scores if sc.split == "dev"}
        err.print(f"{len(changed)} dev outcome(s) differ from {outcomes_file.name}", highlight=False)
        if changed:
            err.print(flip_report(changed, texts), highlight=False, markup=False)
    if opts.write_outcomes:
        outcomes_file.write_text(dump(current), encoding="utf-8")
        err.print(f"wrote {outcomes_file}", highlight=False)
    return 0
