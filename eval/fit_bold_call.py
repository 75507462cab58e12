"""Fit the bold call (rag/extractive/bold_call.py) on the dev halves' eval rows, judged leave-one-set-out.

Each dev eval JSON (`reportqa eval ... --json`, gold dev, TAT-QA dev 0-138, fresh dev halves) carries,
per question whose answer led in bold, the call's named evidence (`evidence`). A logistic model "this
bold lead is right" is fitted on every set but one and its cut chosen on those sets (the cut hedging the
most wrong leads beyond twice the right ones it hedges: a wrong bold lead counts double); the left-out
set then reports bold-wrong hedged / bold-right lost. `--check` files (fresh_pages_16 dev) are never
fitted on: they are scored by the final model only, after the fit. `--write` saves the final model,
fitted on every training set, to bold-call-fitted.json.

Session 58 (w-cal58; 17 training sets, 3,523 bold leads, 100 wrong: gold dev 28/810, TAT-QA 16/776,
fp1-15 0-9 each; fresh_pages_16 dev 15/119 checked only): the answerer's confidence and the quote's
share of the question's words carry most of the weight; a rival figure in another passage leans wrong
(-0.8) but fires on few leads (4 wrong / 87 right with the rival covering the question as fully). The
model ranks fresh_pages_16 well (AUC 0.87 against 0.76 on the training sets) but the training sets'
bold leads are 97% right, so every cut that hedges loses more right leads than it catches wrong ones:
left out, pooled, 0 wrong / 1-4 right without a prior; with --prior 0.1 and gold left out of the fit,
9 wrong / 8 right (fresh_pages_16: 2 wrong / 0 right), but gold left out then loses 36 right for 6
wrong; fitted with gold the best cut is 0. Committed: cut 0 (every bold lead stays bold).

    python -m eval.fit_bold_call /tmp/run/gold.json /tmp/run/tat.json /tmp/run/f1.json ... --check /tmp/run/f16.json [--write]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from eval.fit_verifier import fit_logistic
from rag.extractive.bold_call import NAMES, BoldCall, save

CUTS = tuple(round(0.05 * k, 2) for k in range(1, 18)) + (0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98, 0.985, 0.99)
RIGHT_COST = 2.0  # a right bold lead hedged costs half what a wrong bold lead hedged gains
USED = [n for n in NAMES if n not in ("operation_copied", "unit_other")]  # recorded from session 58's runs on only some sets


def rows_of(path: Path) -> list[dict]:
    """A set's bold leads: the call's evidence and whether the answer is right (gold: correct and
    answerable; page sets: holds the gold). Rows whose answer was unbolded after the call are left out."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for r in data["rows"]:
        ev = r.get("evidence")
        if not ev or r.get("split", "dev") != "dev":
            continue
        if "bold" in r:  # gold
            if not r["bold"]:
                continue
            right = bool(r["answerable"] and r["correct"])
        else:
            if r.get("abstained") or r.get("lead") is None:
                continue
            right = bool(r["holds"])
        out.append({"x": [float(ev.get(n, 0.0)) for n in NAMES], "right": right})
    return out


def fit(rows: list[dict], l2: float) -> BoldCall:
    """The logistic call fitted on `rows` (L2 penalty `l2`) over the `USED` evidence, cut 0 (`best_cut` sets it)."""
    keep = [NAMES.index(n) for n in USED]
    x = np.array([[r["x"][i] for i in keep] for r in rows]); y = np.array([float(r["right"]) for r in rows])
    coef, bias = fit_logistic(x, y, l2)
    return BoldCall(**{n: float(c) for n, c in zip(USED, coef)}, bias=bias)


def trade(call: BoldCall, rows: list[dict], cut: float) -> tuple[int, int]:
    """(bold-wrong hedged, bold-right lost) when leads under `cut` are hedged."""
    low = [r for r in rows if call.p(dict(zip(NAMES, r["x"]))) < cut]
    return sum(not r["right"] for r in low), sum(r["right"] for r in low)


def best_cut(call: BoldCall, rows: list[dict], prior: float = 0.0) -> float:
    """The cut maximising wrong hedged - RIGHT_COST x right hedged on `rows` (0: none gains), the wrong
    leads weighted up to `prior`, the wrong rate of bold leads expected on pages nobody tuned on (0: as is)."""
    wrong = sum(not r["right"] for r in rows) / max(1, len(rows))
    k = (prior / (1 - prior)) / (wrong / (1 - wrong)) if prior and 0 < wrong < 1 else 1.0
    gains = {c: (k * w - RIGHT_COST * r) for c in CUTS for w, r in [trade(call, rows, c)]}
    best = max(gains, key=lambda c: (gains[c], -c))
    return best if gains[best] > 0 else 0.0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval.fit_bold_call", description=__doc__.splitlines()[0])
    p.add_argument("runs", type=Path, nargs="+", help="dev eval JSONs to fit on (one set each)")
    p.add_argument("--check", type=Path, nargs="*", default=[], help="dev eval JSONs never fitted on, scored at the end")
    p.add_argument("--l2", type=float, default=3.0)
    p.add_argument("--prior", type=float, default=0.0, help="wrong rate of bold leads expected on unseen pages (0: the training sets')")
    p.add_argument("--write", action="store_true", help="save the final model to rag/extractive/bold-call-fitted.json")
    opts = p.parse_args(argv)
    sets = {f.stem: rows_of(f) for f in opts.runs}
    print("leave-one-set-out (cut chosen on the other sets): set bold wrong | cut hedged-wrong/right-lost")
    tw = tr = 0
    for name, rows in sets.items():
        train = [r for n, rs in sets.items() if n != name for r in rs]
        call = fit(train, opts.l2)
        cut = best_cut(call, train, opts.prior)
        w, r = trade(call, rows, cut) if cut else (0, 0)
        tw, tr = tw + w, tr + r
        print(f"  {name:8s} {len(rows):5d} {sum(not x['right'] for x in rows):4d} | cut {cut:.3f} {w}/{r}")
    print(f"  pooled left-out: hedged wrong {tw}, right lost {tr}")
    every = [r for rs in sets.values() for r in rs]
    call = fit(every, opts.l2)
    cut = best_cut(call, every, opts.prior)
    final = BoldCall(**{**{n: getattr(call, n) for n in NAMES}, "bias": call.bias, "cut": cut})
    print("final:", json.dumps({n: round(getattr(final, n), 3) for n in NAMES + ("bias", "cut")}))
    for c in CUTS[-9:]:
        w, r = trade(call, every, c)
        print(f"  training cut {c:.3f}: hedged wrong {w} / right {r}")
    for f in opts.check:  # scored only: never fitted on
        rows = rows_of(f)
        w, r = trade(final, rows, cut) if cut else (0, 0)
        print(f"check {f.stem}: bold {len(rows)} wrong {sum(not x['right'] for x in rows)} | hedged wrong {w} / right lost {r}")
    if opts.write:
        save(final)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
