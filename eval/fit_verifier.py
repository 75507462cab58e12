"""Fit the answer check (rag/extractive/verify.py) on the dev halves only: a logistic regression in
numpy over the lead's named features, label "the answer given is right" (gold dev: every expected
figure in the answer; TAT-QA contexts 0-69, fold A: the answer holds the gold). Fold B (contexts
70-138) and gold dev by file (cross-validation) check it; held-out halves give aggregates only.

    python -m eval.fit_verifier dump --soft all --dump /tmp/gold-dev.json
    python -m eval.fit_verifier dump --tatqa-only --tatqa FILE --dump /tmp/tatqa-dev.json
    python -m eval.fit_verifier fit --dump /tmp/gold-dev.json --dump /tmp/tatqa-dev.json --threshold 0.15
    python -m eval.fit_verifier curve --heldout [--tatqa FILE]   # aggregates per threshold, no rows

The gold dev questions are dumped with every gate weighed, not obeyed (`--soft all`): the gates
stop nearly every dev unanswerable question, so with them the check would see a dozen answers to
learn "not the answer" from; without them it sees every near miss's lead (130). The check then
runs after the gates (the committed model has no gate features, `soft` empty): it catches leads the
gates let through. `--gate-features` fits a model that weighs the gates instead of obeying them
(measured worse on gold dev by file: correct abstentions 75.6% vs the gates' 90.8%).

Only answers the gates let through carry the features (a gate's abstention stays a gate's).
"""

from __future__ import annotations

import argparse
import json
import logging
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from rag.extractive.verify import FEATURES, MODEL_FILE, Verifier

log = logging.getLogger(__name__)
THRESHOLDS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)


def _check(answer) -> dict | None:
    exp = getattr(answer, "explanation", None) or {}
    check = exp.get("check")
    return check["features"] if check and not answer.abstained else None


def gold_records(app, split: str) -> list[dict]:
    from eval.gold import load_gold, tunable
    from eval.metrics import score_question

    out = []
    for q in load_gold():
        if q.split != split or (split == "dev" and not tunable(q)):  # confirm parts are never fitted on
            continue
        answer = app.assistant.ask(q.question, explain=True)
        s = score_question(q, answer)
        out.append({"source": "gold", "group": Path(q.source).stem, "answerable": q.answerable,
                    "correct": bool(s.correct), "abstained": bool(answer.abstained), "features": _check(answer)})
    return out


def tatqa_records(settings, path: Path, embedder, start: int, end: int, verifier: Verifier | None = None) -> list[dict]:
    """TAT-QA contexts start..end-1 ingested into a private index, each question asked in its page."""
    from rag.factory import build_app

    from .matrix import settings_for
    from .tatqa.data import load_tatqa, write_pages
    from .tatqa.score import score_answer

    contexts = [c for c in load_tatqa(path) if start <= c.index < end]
    out = []
    with tempfile.TemporaryDirectory(prefix="reportqa-fitv-") as tmp:
        pages = write_pages(contexts, Path(tmp) / "pages")
        app = build_app(settings_for(settings, Path(tmp) / "index", settings.chunk_tokens), embedder=embedder).warm_up()
        if verifier is not None:
            app.assistant.answerer.verifier = verifier
        report = app.library.ingest(list(pages.values()))
        by_path = {Path(r.path).resolve(): r.doc_id for r in report.files if r.doc_id}
        for c in contexts:
            doc = by_path.get(pages[c.index].resolve())
            for q in c.questions:
                if doc is None:
                    continue
                answer = app.assistant.ask(q.question, doc_ids=[doc], explain=True)
                s = score_answer(c, q, answer)
                out.append({"source": "tatqa", "group": "A" if c.index < 70 else "B", "context": c.index,
                            "type": q.answer_type, "answerable": True, "correct": bool(s.holds),
                            "lead": bool(s.lead_exact), "abstained": bool(s.abstained), "features": _check(answer)})
    return out


def names_of(records: list[dict]) -> list[str]:
    """The verifier's features and the gate features (`gate_<name>`) the records carry."""
    gates = sorted({k for r in records if r["features"] for k in r["features"] if k.startswith("gate_")})
    return list(FEATURES) + gates


def judged(r: dict) -> bool:
    """A record the check judges: an answer with features whose lead is a sentence (verify.judges)."""
    return r["features"] is not None and not r["features"].get("row")


def matrix(records: list[dict], names: list[str] | None = None) -> tuple[np.ndarray, np.ndarray]:
    names = names or names_of(records)
    rows = [r for r in records if judged(r)]
    x = np.array([[r["features"].get(n, 0.0) for n in names] for r in rows], dtype=float)
    y = np.array([1.0 if r["correct"] else 0.0 for r in rows])
    return x, y


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 4000, weight=None) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression on standardised features (Newton steps), returned on the raw scale."""
    mu, sd = x.mean(0), x.std(0)
    sd[sd < 1e-9] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mu) / sd])
    sw = np.ones(len(y)) if weight is None else weight
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(z @ w, -40, 40)))
        g = z.T @ (sw * (p - y)) + reg * w
        h = (z * (sw * p * (1 - p))[:, None]).T @ z + np.diag(reg + 1e-9)
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    coef = w[1:] / sd
    return coef, float(w[0] - (coef * mu).sum())


def model(coef: np.ndarray, bias: float, threshold: float, means: np.ndarray, names: list[str],
          soft: frozenset[str] = frozenset()) -> Verifier:
    return Verifier({n: float(c) for n, c in zip(names, coef)}, bias, threshold,
                    {n: float(m) for n, m in zip(names, means)}, soft)


def effect(records: list[dict], v: Verifier, threshold: float) -> dict:
    """The metrics after the check abstains below `threshold`: gold answers / correct abstentions /
    false abstentions, TAT-QA holds / lead exact / abstained (shares)."""
    def checked(r):
        return judged(r) and v.probability(r["features"]) < threshold
    gold = [r for r in records if r["source"] == "gold"]
    tat = [r for r in records if r["source"] == "tatqa"]
    out = {}
    if gold:
        ans = [r for r in gold if r["answerable"]]
        una = [r for r in gold if not r["answerable"]]
        out["answers"] = sum(r["correct"] and not checked(r) for r in ans) / max(1, len(ans))
        out["correct_abst"] = sum(r["abstained"] or checked(r) for r in una) / max(1, len(una))
        out["false_abst"] = sum(r["abstained"] or checked(r) for r in ans) / max(1, len(ans))
    if tat:
        out["holds"] = sum(r["correct"] and not checked(r) for r in tat) / len(tat)
        out["lead"] = sum(r["lead"] and not checked(r) for r in tat) / len(tat)
        out["abstained"] = sum(r["abstained"] or checked(r) for r in tat) / len(tat)
        sm = [r for r in tat if r["type"] in ("span", "multi-span")]
        if sm:
            out["sm_holds"] = sum(r["correct"] and not checked(r) for r in sm) / len(sm)
            out["sm_abst"] = sum(r["abstained"] or checked(r) for r in sm) / len(sm)
    return {k: round(100 * v_, 1) for k, v_ in out.items()}


def curve(records: list[dict], v: Verifier, label: str) -> None:
    for t in THRESHOLDS:
        print(label, f"t={t:.2f}", json.dumps(effect(records, v, t)))


def fit(records: list[dict], l2: float, names: list[str]) -> tuple[np.ndarray, float, np.ndarray]:
    train = [r for r in records if r["source"] == "gold" or r["group"] == "A"]
    x, y = matrix(train, names)
    coef, bias = fit_logistic(x, y, l2)
    return coef, bias, x.mean(0)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval.fit_verifier", description=__doc__.splitlines()[0])
    p.add_argument("step", choices=("dump", "fit", "curve"))
    p.add_argument("--tatqa", type=Path, help="TAT-QA dev file")
    p.add_argument("--dump", type=Path, action="append", help="dev records (dump writes one, fit reads all given)")
    p.add_argument("--out", type=Path, default=MODEL_FILE)
    p.add_argument("--threshold", type=float, default=0.0)
    p.add_argument("--hedge", type=float, help="below it the lead is not bolded (verify.Verifier.hedge; default: the committed "
                   "model's, eval/fit_bold.py `hedge` chooses it)")
    p.add_argument("--l2", type=float, default=3.0)
    p.add_argument("--gate-features", action="store_true",
                   help="fit: weigh the soft gates' flags too (the model then replaces them: soft in the file)")
    p.add_argument("--tatqa-only", action="store_true", help="dump: TAT-QA records only")
    p.add_argument("--heldout", action="store_true", help="curve: the held-out halves, aggregates only")
    p.add_argument("--soft", default="", help="dump: gates weighed as features instead of obeyed ('all' or names, comma-separated)")
    opts = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    from ingest.settings import Settings
    from rag.extractive.verify import load
    from rag.factory import build_app

    if opts.step == "dump":
        from rag.extractive.gates import GATES

        soft = frozenset(n for n, _ in GATES) if opts.soft == "all" else frozenset(filter(None, opts.soft.split(",")))
        settings = Settings()
        app = build_app(settings).warm_up()
        app.assistant.answerer.verifier = Verifier(soft=soft)
        records = gold_records(app, "dev") if not opts.tatqa_only else []
        if opts.tatqa:
            records += tatqa_records(settings, opts.tatqa, app.embedder, 0, 139, app.assistant.answerer.verifier)
        opts.dump[0].write_text(json.dumps(records) + "\n", encoding="utf-8")
        return 0
    if opts.step == "fit":
        records = [r for path in opts.dump for r in json.loads(path.read_text(encoding="utf-8"))]
        names = names_of(records) if opts.gate_features else list(FEATURES)
        soft = frozenset(n[5:] for n in names if n.startswith("gate_")) | frozenset(filter(None, opts.soft.split(",")))
        coef, bias, means = fit(records, opts.l2, names)
        v = model(coef, bias, opts.threshold, means, names, soft)
        # cross-validation: gold dev by file (each file left out in turn), TAT-QA fold B untouched
        gold_files = sorted({r["group"] for r in records if r["source"] == "gold"})
        scores = []
        for g in gold_files:
            rest = [r for r in records if not (r["source"] == "gold" and r["group"] == g)]
            c, b, m = fit(rest, opts.l2, names)
            held = [r for r in records if r["source"] == "gold" and r["group"] == g]
            for r in held:
                if judged(r):
                    scores.append((model(c, b, 0, m, names).probability(r["features"]), r))
        for t in THRESHOLDS:
            gold = [r for r in records if r["source"] == "gold"]
            low = {id(r) for pr, r in scores if pr < t}
            ans = [r for r in gold if r["answerable"]]
            una = [r for r in gold if not r["answerable"]]
            print("gold-dev-cv", f"t={t:.2f}", json.dumps({
                "answers": round(100 * sum(r["correct"] and id(r) not in low for r in ans) / len(ans), 1),
                "correct_abst": round(100 * sum(r["abstained"] or id(r) in low for r in una) / len(una), 1),
                "false_abst": round(100 * sum(r["abstained"] or id(r) in low for r in ans) / len(ans), 1)}))
        curve([r for r in records if r["source"] == "gold"], v, "gold-dev-fit")
        curve([r for r in records if r["source"] == "tatqa" and r["group"] == "A"], v, "tatqa-A")
        curve([r for r in records if r["source"] == "tatqa" and r["group"] == "B"], v, "tatqa-B")
        for n, c in sorted(zip(names, coef), key=lambda t: -abs(t[1])):
            print(f"  {n:22s} {c:+.3f}")
        x, y = matrix([r for r in records if r["source"] == "gold" or r["group"] == "A"], names)
        hedge = opts.hedge if opts.hedge is not None else load(opts.out).hedge  # a refit keeps the hedge it had
        data = {"_note": "Fitted by eval/fit_verifier.py on the dev halves only (gold split dev; TAT-QA contexts 0-69); "
                         "checked on TAT-QA 70-138 and gold dev by file. threshold 0: the check is computed and "
                         "shown (--explain), never acted on.",
                "fitted_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "training": {"answers": int(len(y)), "right": int(y.sum()), "l2": opts.l2},
                "threshold": opts.threshold, "hedge": hedge, "bias": round(bias, 5), "soft": sorted(soft),
                "weights": {n: round(float(c), 5) for n, c in zip(names, coef)},
                "means": {n: round(float(m), 5) for n, m in zip(names, means)}}
        opts.out.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        return 0
    # curve on the held-out halves: only aggregates are printed, nothing is stored
    from dataclasses import replace

    v = load(opts.out)
    settings = Settings()
    app = build_app(settings).warm_up()
    app.assistant.answerer.verifier = replace(v, threshold=0.0)  # features of every answer, acted on here only
    if opts.heldout:
        curve(gold_records(app, "heldout"), v, "gold-heldout")
        if opts.tatqa:
            curve(tatqa_records(settings, opts.tatqa, app.embedder, 139, 278, app.assistant.answerer.verifier), v,
                  "tatqa-heldout")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
