"""Fit the extractive answerer's feature weights on the dev halves only (gold `split: dev`, TAT-QA
contexts 0-138): a conditional logistic regression in numpy over "is this the sentence that
answers" (per question, a softmax over its retrieved sentences), pulled towards the hand-set
weights, on their scale so the calibrated threshold keeps its meaning.

    python -m eval.fit_weights [--tatqa FILE [--tatqa-end 70]] [--out rag/extractive/weights.json]

A sentence answers when it holds the first expected figure (gold set, from the gold report) or a
gold span (TAT-QA span and multi-span questions). Questions where no retrieved sentence answers
give no signal and are skipped. Held-out questions are never read.
"""

from __future__ import annotations

import argparse
import json
import logging
import tempfile
from dataclasses import fields
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from eval.gold import collapse, load_gold, tunable
from rag.extractive.features import build
from rag.extractive.names import without_source_names
from rag.extractive.slots import parse
from rag.extractive.weights import FITTED, HAND, Weights
from rag.types import AnswerContext

log = logging.getLogger(__name__)
NAMES = HAND.feature_names()


def _rows(app, question: str, doc_ids, holds) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """(features, labels, hand scores) of every retrieved sentence of one question."""
    result = app.searcher.search(question, doc_ids=doc_ids)
    ctx = AnswerContext(question, result.passages, result.query_vector, result.snapshot)
    slots = without_source_names(parse(question), ctx.passages)
    ev = build(ctx, slots, HAND)
    if not ev:
        return None
    y = np.array([1.0 if holds(e, ctx) else 0.0 for e in ev])
    x = np.array([[e.features.get(n, 0.0) for n in NAMES] for e in ev])
    return x, y, np.array([e.score for e in ev])


def gold_rows(app) -> list:
    out = []
    for q in load_gold():
        if not tunable(q):
            continue
        if not q.answerable:  # no sentence answers: calibrates the abstention threshold only
            rows = _rows(app, q.question, None, lambda e, ctx: False)
            if rows is not None:
                out.append((rows[0], rows[1], rows[2], False))
            continue
        want = collapse(q.expected[0]).lower()
        rows = _rows(app, q.question, None, lambda e, ctx, q=q, want=want: want in collapse(e.text).lower()
                     and ctx.passages[e.passage_index].chunk.doc_id == q.report)
        if rows is not None:
            out.append((*rows, True))
    return out


def tatqa_rows(settings, path: Path, embedder, end: int = 139) -> list:
    """TAT-QA dev contexts 0..end-1 (never past 138) in a private temporary index, span questions only."""
    from rag.factory import build_app

    from .matrix import settings_for
    from .tatqa.data import DEV_END, load_tatqa, write_pages

    contexts = [c for c in load_tatqa(path) if c.index < min(end, DEV_END)]
    out = []
    with tempfile.TemporaryDirectory(prefix="reportqa-fit-") as tmp:
        pages = write_pages(contexts, Path(tmp) / "pages")
        app = build_app(settings_for(settings, Path(tmp) / "index", settings.chunk_tokens), embedder=embedder)
        report = app.warm_up().library.ingest(list(pages.values()))
        by_path = {Path(r.path).resolve(): r.doc_id for r in report.files if r.doc_id}
        for c in contexts:
            doc = by_path.get(pages[c.index].resolve())
            for q in c.questions:
                if doc is None or q.answer_type not in ("span", "multi-span"):
                    continue
                spans = [collapse(a).lower() for a in q.answer if a.strip()]
                rows = _rows(app, q.question, [doc],
                             lambda e, ctx, spans=spans: any(s in collapse(e.text).lower() for s in spans))
                if rows is not None:
                    out.append((*rows, True))
    return out


TEMPERATURE = 20.0  # softmax sharpness on the hand scale: a 0.1 lead is e^2 times likelier
# Pull towards the hand-set weights (a Gaussian prior around them), divided by the number of questions
# with the data term: 2.0 was a pull of ~0.002 per question, none at all. 300 (session 30, gold dev minus
# dev-17/18 + TAT-QA fold A) is the one of 2 / 8 / 30 / 300 / 3000 whose fit ranked the left-out questions
# first at least as often as the hand weights (dev-17/18 36 vs 35, TAT-QA fold B 188 vs 185 of 224).
PRIOR = 300.0


def fit_ranking(groups: list, start: np.ndarray, steps: int = 3000, rate: float = 0.02) -> np.ndarray:
    """Conditional logit: per question, a softmax over its sentences should put its mass on the
    sentences that answer; L2 pull towards `start`. Plain gradient ascent (Adam), numpy only."""
    w = start.copy()
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for t in range(1, steps + 1):
        grad = -PRIOR * (w - start)
        for x, y, *_ in groups:
            s = TEMPERATURE * (x @ w)
            p = np.exp(s - s.max())
            p /= p.sum()
            r = p * y
            r /= r.sum()
            grad += TEMPERATURE * (x.T @ (r - p))
        grad /= len(groups)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad ** 2
        w += rate * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def top1(groups: list, w: np.ndarray) -> int:
    """Questions whose best-scored sentence answers."""
    return sum(int(np.argmax(x @ w) in np.flatnonzero(y)) for x, y, *_ in groups)


def calibrate(groups: list, w: np.ndarray, threshold: float = 0.5) -> float:
    """The constant that best separates, by the best sentence's score against the threshold, dev
    questions the reports answer from those they don't; ties go to the constant nearest 0."""
    tops = np.array([(g[0] @ w).max() for g in groups])
    answerable = np.array([g[3] for g in groups])
    best, best_right = 0.0, -1
    for bias in sorted(np.concatenate([[0.0], threshold - tops + 1e-6]), key=abs):
        right = int(((tops + bias >= threshold) == answerable).sum())
        if right > best_right:
            best, best_right = float(bias), right
    return best


def fitted_weights(groups: list) -> tuple[Weights, dict]:
    """The fitted weights, and what the fit saw. Ranking is fitted on questions a retrieved sentence
    answers; the constant on all dev questions, answerable or not (`calibrate`)."""
    ranked = [g for g in groups if g[1].any()]
    start = np.array([getattr(HAND, n) for n in NAMES])
    w = fit_ranking(ranked, start)
    values = {n: float(c) for n, c in zip(NAMES, w)}
    values["bias"] = calibrate(groups, w)
    constants = {f.name: getattr(HAND, f.name) for f in fields(Weights) if f.name not in values}
    y = np.concatenate([g[1] for g in ranked])
    info = {"questions": len(groups), "ranked_questions": len(ranked), "sentences": int(len(y)),
            "positives": int(y.sum()), "top1_fitted": top1(ranked, w), "top1_hand": top1(ranked, start),
            "hand_bias_would_be": calibrate(groups, start), "temperature": TEMPERATURE, "prior": PRIOR}
    return Weights(**values, **constants), info


def main(argv: list[str] | None = None) -> int:
    from ingest.settings import Settings
    from rag.factory import build_app

    p = argparse.ArgumentParser(prog="python -m eval.fit_weights", description=__doc__.splitlines()[0])
    p.add_argument("--tatqa", type=Path, help="TAT-QA dev file (its contexts 0-138 join the training set)")
    p.add_argument("--tatqa-end", type=int, default=139, help="only TAT-QA contexts before this one (70: fold A, B kept to check)")
    p.add_argument("--out", type=Path, default=FITTED, help=f"where to write the weights (default {FITTED})")
    p.add_argument("--cache", type=Path, help="keep the extracted features here (.npz) and reuse them")
    opts = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if opts.cache and opts.cache.is_file():
        saved = np.load(opts.cache, allow_pickle=True)
        groups, sources = list(saved["groups"]), saved["sources"].item()
    else:
        settings = Settings()
        app = build_app(settings).warm_up()
        groups = gold_rows(app)
        sources = {"gold_dev_questions": len(groups)}
        if opts.tatqa:
            more = tatqa_rows(settings, opts.tatqa, app.embedder, opts.tatqa_end)
            sources["tatqa_dev_questions"] = len(more)
            groups += more
        if opts.cache:
            np.savez(opts.cache, groups=np.array(groups, dtype=object), sources=np.array(sources, dtype=object))
    weights, info = fitted_weights(groups)
    data = {"_note": f"Fitted by eval/fit_weights.py on the dev halves only (gold split dev; TAT-QA contexts 0-{min(opts.tatqa_end, 139) - 1}).",
            "fitted_at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "training": {**sources, **info},
            "weights": {k: round(v, 5) for k, v in weights.as_dict().items()}}
    opts.out.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    log.info("wrote %s: %s", opts.out, json.dumps(data["training"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
