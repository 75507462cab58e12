"""`reportqa eval`: score the assistant on gold questions, print tables, write the report.

    reportqa eval [--gold FILE ...] [--split dev|heldout|all] [--mode M] [--k N] [--llm SPEC]
                  [--limit N] [--out DIR] [--json] [--matrix] [--gate] [--write-docs] [--write-outcomes]
    reportqa eval --tatqa FILE [--pages A:B] [--split dev|heldout] [--out DIR] [--json]

Exit codes: 0 done, 2 the user's input (gold file, flags), 1 a runtime failure or, with
--gate, a metric below eval/baseline.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ingest.errors import ReportQAError, RuntimeFailure, UserError
from ingest.settings import Settings

from .gold import GoldQuestion, load_gold, validate_gold

BASELINE = Path(__file__).resolve().parent / "baseline.json"
DOCS = Path(__file__).resolve().parents[1] / "docs" / "eval.md"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, like the rest of the CLI
        raise UserError(f"reportqa eval: {message}")


def parser() -> argparse.ArgumentParser:
    p = _Parser(prog="reportqa eval", description="Score answers against gold questions with known figures.")
    p.add_argument("--gold", action="append", type=Path, metavar="FILE",
                   help="gold YAML file or folder (repeatable; default: every eval/gold/*.yaml)")
    p.add_argument("--split", choices=("dev", "heldout", "all"), default="all",
                   help="which split to run (default all; with --tatqa, the pages of that split)")
    p.add_argument("--mode", choices=("hybrid", "dense", "bm25"), help="retrieval mode [env REPORTQA_MODE]")
    p.add_argument("--k", type=int, help="passages to retrieve [env REPORTQA_K]")
    p.add_argument("--llm", help="extractive | ollama:MODEL | openai:MODEL [env REPORTQA_LLM]; "
                                 "with --matrix: an extra answerer column")
    p.add_argument("--limit", type=int, help="only the first N questions (after --split)")
    p.add_argument("--out", type=Path, metavar="DIR", help="write results.json, report.md and PNG charts here")
    p.add_argument("--json", action="store_true", dest="as_json", help="print the results as JSON on stdout")
    p.add_argument("--matrix", action="store_true", help="compare modes, chunk sizes, answerers and a naive baseline")
    p.add_argument("--chunk-sizes", default="128,200,256", help="chunk sizes for --matrix (default 128,200,256)")
    p.add_argument("--gate", action="store_true", help="exit 1 when a metric is below eval/baseline.json (the floors are for the full gold set)")
    p.add_argument("--write-docs", action="store_true", help=argparse.SUPPRESS)  # regenerate docs/eval.md
    p.add_argument("--write-outcomes", action="store_true",
                   help="refresh the committed per-question outcomes (eval/outcomes.json; with --tatqa, eval/tatqa_outcomes.json, "
                        "or FILE_outcomes.json next to a page file the project ships, such as eval/fresh/)")
    p.add_argument("--tatqa", type=Path, metavar="FILE",
                   help="run a page benchmark in TAT-QA's format (its dev set, or eval/fresh/fresh_pages.json) instead of the gold set")
    p.add_argument("--pages", metavar="A:B", help="with --tatqa: only contexts A..B-1 (default all; 0:139 dev, 139:278 held-out)")
    return p


def select(questions: list[GoldQuestion], split: str, limit: int | None) -> list[GoldQuestion]:
    chosen = [q for q in questions if split == "all" or q.split == split]
    if limit is not None:
        if limit < 1:
            raise UserError("reportqa eval: --limit must be at least 1")
        chosen = chosen[:limit]
    if not chosen:
        raise UserError(f"reportqa eval: no questions in split {split!r}")
    return chosen


def load_baseline(path: Path = BASELINE) -> dict[str, float]:
    return json.loads(path.read_text(encoding="utf-8"))


def gate(overall: dict[str, Any], baseline: dict[str, float]) -> list[str]:
    """Metrics that fall short of the baseline ('max_' keys are ceilings), one line each."""
    failures = []
    for key, floor in baseline.items():
        if key.startswith("_"):
            continue
        if key.startswith("max_"):
            metric = key[4:]
            value = overall.get(metric)
            if value is None or value > floor:
                failures.append(f"{metric} {value} above the ceiling {floor}")
        else:
            value = overall.get(key)
            if value is None or value < floor:
                failures.append(f"{key} {value} below the floor {floor}")
    return failures


def ensure_reports(app: Any, questions: list[GoldQuestion], settings: Settings, err) -> None:
    """The reports the gold set asks about must be in the index: ingest them from reports_dir if missing."""
    wanted = {q.report for q in questions if q.report}
    records = app.library.docs()
    have = {d.doc_id for d in records}
    missing = wanted - have
    # a report an earlier reader chunked would measure that reader, not this one
    outdated = wanted & {d.doc_id for d in app.library.outdated(records)}
    if not missing and not outdated:
        if not have:
            raise UserError("the index is empty: run `reportqa ingest` first")
        return
    folder = Path(settings.reports_dir)
    if not (folder.is_dir() and any(p.stem in missing | outdated for p in folder.glob("*"))):
        if not missing:
            err.print(f"{', '.join(sorted(outdated))}: chunked by an earlier reader and not in {folder}; "
                      "measuring the index as it is", highlight=False)
            return
        raise UserError(f"the index lacks report(s) {', '.join(sorted(missing))} that the gold set asks about: "
                        "ingest them with `reportqa ingest PATH`")
    # the whole folder, as `reportqa ingest` would: the other reports are part of what retrieval sees
    what = "lacks " + ", ".join(sorted(missing)) if missing else "holds " + ", ".join(sorted(outdated)) + \
        " as an earlier reader chunked them"
    err.print(f"the index {what}: ingesting {folder} first ...", highlight=False)
    report = app.library.ingest([folder])
    if report.failed:
        raise UserError(f"could not ingest {report.failed[0].path}: {report.failed[0].error}")


def run_eval_cli(settings: Settings, args: list[str]) -> int:
    """Entry point of `reportqa eval` (ui/cli.py passes the settings and the raw arguments)."""
    from rich.console import Console

    err = Console(stderr=True, soft_wrap=True)
    out = Console()
    if not out.is_terminal:  # piped or captured: wide enough that tables are not folded
        out = Console(width=140)
    try:
        return _run(settings, args, out, err)
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    except ReportQAError as exc:
        err.print(f"[red]error:[/red] {exc}", markup=True, highlight=False, soft_wrap=True)
        return 1 if isinstance(exc, RuntimeFailure) else 2


def _run(settings: Settings, args: list[str], out, err) -> int:
    opts = parser().parse_args(args)
    if opts.k is not None and not 1 <= opts.k <= 50:
        raise UserError("reportqa eval: --k must be between 1 and 50")
    if opts.tatqa is not None or opts.pages is not None:
        from .tatqa.cli import run_tatqa_cli

        return run_tatqa_cli(settings, opts, out, err)
    if opts.write_outcomes and (opts.gold or opts.split != "all" or opts.limit or opts.matrix):
        raise UserError("reportqa eval: --write-outcomes needs the whole default gold set (no --gold/--split/--limit/--matrix)")
    questions = load_gold(opts.gold)
    problems = validate_gold(questions, settings.reports_dir, strict=False)
    for line in problems[:10]:
        err.print(f"[yellow]gold warning:[/yellow] {line}", highlight=False, soft_wrap=True)
    if len(problems) > 10:
        err.print(f"[yellow]gold warning:[/yellow] ... and {len(problems) - 10} more", highlight=False)
    questions = select(questions, opts.split, opts.limit)
    try:
        s = settings.with_overrides(mode=opts.mode, k=opts.k, llm=None if opts.matrix else opts.llm)
    except Exception as exc:  # pydantic validation: name the flag
        raise UserError(f"reportqa eval: {exc}") from None
    gold_files = [str(p) for p in (opts.gold or ["eval/gold/*.yaml"])]
    if opts.matrix:
        return _run_matrix(s, questions, opts, out, err, gold_files)

    from rag.factory import build_app

    user_questions = _user_gold(s, opts)
    app = build_app(s).warm_up()
    ensure_reports(app, questions, s, err)
    result = _with_progress(lambda progress: _eval(app, questions, progress, gold_files, opts.split), err,
                            len(questions), opts.as_json)
    user = _user_gold_result(app, s, user_questions, opts, err)  # apart: the gate sees the bundled set only
    paths = result.write(opts.out) if opts.out else {}
    if opts.as_json:
        data = result.as_dict()
        if user is not None:
            data["user_gold"] = user.as_dict()
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    else:
        from .report import print_result

        print_result(result, out)
        if user is not None:
            from .feedback import print_user_result

            print_user_result(user, out)
        for name, p in paths.items():
            err.print(f"wrote {p}", highlight=False)
    if opts.write_docs:
        _write_docs(result, None, err)
    if opts.write_outcomes:
        from .outcomes import write_outcomes

        err.print(f"wrote {write_outcomes(result.scores)}", highlight=False)
    if opts.gate:
        failures = gate(result.overall, load_baseline())
        for f in failures:
            err.print(f"[red]gate:[/red] {f}", highlight=False)
        return 1 if failures else 0
    return 0


def _user_gold(s: Settings, opts) -> list[GoldQuestion]:
    """The data directory's user gold questions (from chat feedback) when the bundled set runs
    (no --gold, all splits); read before any question is asked so a broken file fails fast."""
    from .feedback import load_user_gold

    return load_user_gold(s.data_dir) if opts.gold is None and opts.split == "all" else []


def _user_gold_result(app, s: Settings, questions: list[GoldQuestion], opts, err):
    """The user gold questions scored on their own (None when there are none)."""
    from .feedback import user_gold_path

    if not questions:
        return None
    gold = [str(user_gold_path(s.data_dir))]
    return _with_progress(lambda progress: _eval(app, questions, progress, gold, "user"), err,
                          len(questions), opts.as_json)


def _eval(app, questions, progress, gold_files, split):
    from .runner import run_eval

    return run_eval(app, questions, progress=lambda i, n, q: progress(i, n),
                    config={"gold": gold_files, "split": split})


def _with_progress(fn, err, total: int, quiet: bool):
    if quiet or not err.is_terminal:
        return fn(lambda i, n: None)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task("asking", total=total)
        return fn(lambda i, n: bar.update(task, completed=i, total=n))


def _run_matrix(s: Settings, questions, opts, out, err, gold_files) -> int:
    from .matrix import default_configs, run_matrix

    try:
        sizes = [int(x) for x in opts.chunk_sizes.split(",") if x.strip()]
    except ValueError:
        raise UserError(f"reportqa eval: --chunk-sizes must be numbers separated by commas, got {opts.chunk_sizes!r}") from None
    if any(not 32 <= n <= 512 for n in sizes):
        raise UserError("reportqa eval: chunk sizes must be between 32 and 512 tokens")
    if not Path(s.reports_dir).exists():
        raise UserError(f"{s.reports_dir}: no such folder (the matrix indexes the reports in REPORTQA_REPORTS_DIR)")
    configs = default_configs(s, llm=opts.llm, chunk_sizes=sizes)
    quiet = opts.as_json or not err.is_terminal

    def status(msg: str) -> None:
        if not opts.as_json:
            err.print(msg, highlight=False)

    if quiet:
        matrix = run_matrix(s, questions, configs=configs, on_status=status)
    else:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, transient=True) as bar:
            task = bar.add_task("matrix", total=len(questions))
            matrix = run_matrix(s, questions, configs=configs, on_status=status,
                                progress=lambda name, i, n: bar.update(task, completed=i, total=n, description=name))
    if opts.out:
        Path(opts.out).mkdir(parents=True, exist_ok=True)
        (Path(opts.out) / "matrix.json").write_text(json.dumps(matrix.as_dict(), indent=2) + "\n", encoding="utf-8")
        (Path(opts.out) / "matrix.md").write_text(matrix.markdown() + "\n", encoding="utf-8")
        first = matrix.rows[0].result
        first.config["gold"] = gold_files
        paths = first.write(opts.out)
        if not opts.as_json:
            for p in [Path(opts.out) / "matrix.json", Path(opts.out) / "matrix.md", *paths.values()]:
                err.print(f"wrote {p}", highlight=False)
    if opts.as_json:
        sys.stdout.write(json.dumps(matrix.as_dict(), indent=2) + "\n")
    else:
        from .report import print_result

        print_result(matrix.rows[0].result, out, misses=0)
        matrix.print(out)
    if opts.write_docs:
        first = matrix.rows[0].result
        first.config["gold"] = gold_files
        _write_docs(first, matrix, err)
    if opts.gate:
        failures = gate(matrix.rows[0].overall, load_baseline())
        for f in failures:
            err.print(f"[red]gate:[/red] {f}", highlight=False)
        return 1 if failures else 0
    return 0


def _write_docs(result, matrix, err) -> None:
    from .docs_page import write_docs

    path = write_docs(result, matrix, DOCS)
    err.print(f"wrote {path}", highlight=False)
