"""Dev misses of an evaluation run, for tuning: `python -m eval.misses RUN.json [--kind K] [--prefix P]`.

An `--json` run holds every question, held-out ones included, and lists of misses made by hand from it showed
held-out questions to tuners twice (sessions 41 and 42). This lists a miss only when the gold set marks the question
tunable today (dev, not an unseen confirm part) and the run marked it dev too; every other miss is counted, never
shown. A page-benchmark run (`--tatqa`, rows with `lead_exact`) lists its dev pages' questions whose lead is not exact
and counts the held-out ones."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path

from .gold import load_gold, tunable


def tunable_misses(rows: Iterable[dict], tunable_ids: frozenset[str], kind: str | None = None,
                   prefix: str | None = None) -> tuple[list[dict], int]:
    """(the run's wrong rows that are tunable, filtered by kind and id prefix; how many wrong rows were held back)."""
    shown, held = [], 0
    for r in rows:
        if r.get("correct"):
            continue
        if r.get("split") != "dev" or r.get("id") not in tunable_ids:
            held += 1
            continue
        if (kind is None or r.get("kind") == kind) and (prefix is None or str(r["id"]).startswith(prefix)):
            shown.append(r)
    return shown, held


def page_misses(rows: Iterable[dict], kind: str | None = None, prefix: str | None = None) -> tuple[list[dict], int]:
    """(a page run's dev rows whose lead is not exact, filtered by answer type and uid prefix; held-out misses)."""
    shown, held = [], 0
    for r in rows:
        if r.get("lead_exact"):
            continue
        if r.get("split") != "dev":
            held += 1
            continue
        if (kind is None or r.get("answer_type") == kind) and (prefix is None or str(r["uid"]).startswith(prefix)):
            shown.append(r)
    return shown, held


def page_line(r: dict, width: int = 160) -> str:
    """One page miss on one line: uid, answer type and source, outcome, question, gold, lead and answer start."""
    what = "abstained" if r.get("abstained") else ("wrong in bold" if r.get("confident_error") else
                                                   ("holds, lead off" if r.get("holds") else "wrong"))
    answer = " ".join(str(r.get("answer") or "").split())[:width]
    return (f"{r['uid']}\t{r.get('answer_type')}/{r.get('answer_from')}\t{what}\t{r.get('question')}\t"
            f"gold {r.get('gold')}\tlead {r.get('lead')!r}\t-> {answer}")


def line(r: dict, width: int = 160) -> str:
    """One miss on one line: id, kind, what went wrong, the question and the start of the answer."""
    what = "abstained" if r.get("abstained") else ("wrong in bold" if r.get("bold") else "wrong")
    answer = " ".join(str(r.get("answer") or "").split())[:width]
    return f"{r['id']}\t{r.get('kind')}\t{what}\t{r.get('question')}\t-> {answer}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.misses", description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path, help="a `reportqa eval --json` output")
    parser.add_argument("--kind", help="only this kind (figure, comparison, list, ...; a page run: span, arithmetic, ...)")
    parser.add_argument("--prefix", help="only ids starting with this (e.g. d41-)")
    args = parser.parse_args(argv)
    try:
        rows = json.loads(args.run.read_text(encoding="utf-8"))["rows"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"error: {args.run}: not a `reportqa eval --json` output ({exc})", file=sys.stderr)
        return 2
    if rows and "lead_exact" in rows[0]:
        shown, held = page_misses(rows, args.kind, args.prefix)
        for r in shown:
            print(page_line(r))
    else:
        ids = frozenset(q.id for q in load_gold() if tunable(q))
        shown, held = tunable_misses(rows, ids, args.kind, args.prefix)
        for r in shown:
            print(line(r))
    print(f"{len(shown)} dev misses shown; {held} held-out, unseen-confirm or no-longer-dev misses counted, not shown",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
