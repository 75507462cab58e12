"""Chroma's HNSW ef_search settings compared in one process on an existing index (session 22):
`python -m eval.bench.ef_search DATA_DIR 100,200,512 ROUNDS [QUESTIONS]`.

Per setting (alternated round by round; the embedded client is reopened after each change, since
a `collection.modify` does not reach an index the process has already loaded): vector query p50
(wall and CPU), recall of the dense list's chunks against exact cosine over every stored vector,
full answers (p50 wall and CPU) and whether they equal the last setting's. Prints one JSON object.
Build a synthetic index first with `eval.bench.synthetic.build_synthetic_index` (`--scale` deletes its own).
"""
import json
import os
import statistics as st
import sys
import time
from pathlib import Path

import numpy as np

from ingest.settings import Settings, use_offline_env

import ingest.store as S
from eval.bench.cases import make_embedder
from eval.bench.common import embedded, load_questions
from rag.factory import build_app


def main() -> None:
    use_offline_env()
    data = Path(sys.argv[1]); efs = [int(x) for x in sys.argv[2].split(",")]; rounds = int(sys.argv[3])
    nq = int(sys.argv[4]) if len(sys.argv) > 4 else 40
    settings = embedded(Settings(), data, embed_backend="onnx")
    emb, _ = make_embedder(settings, "onnx")
    app = build_app(settings, embedder=emb).warm_up()
    store = app.library.store
    col = store.chunks
    N = col.count()
    qs = load_questions(nq)
    vecs = [emb.embed([q])[0] for q in qs]
    depth = max(app.searcher.candidates, 2 * app.settings.k) + 10
    # exact neighbours
    ids, embs = [], []
    off = 0
    while True:
        g = col.get(limit=store.page, offset=off, include=["embeddings"])
        if not g["ids"]:
            break
        ids += g["ids"]; embs.append(np.asarray(g["embeddings"], dtype=np.float32)); off += len(g["ids"])
    E = np.concatenate(embs); E /= np.linalg.norm(E, axis=1, keepdims=True)
    ids = np.array(ids)
    exact = []
    t = time.process_time()
    for v in vecs:
        s = E @ (v / np.linalg.norm(v))
        top = np.argpartition(-s, depth)[:depth]
        exact.append(set(ids[top[np.argsort(-s[top])]][:depth]))
    np_ms = (time.process_time() - t) * 1000 / len(vecs)
    print(f"N={N} depth={depth} numpy exact search cpu/query {np_ms:.2f} ms (matrix {E.nbytes/2**20:.0f} MiB)", flush=True)
    res = {ef: {"q_wall": [], "q_cpu": [], "a_wall": [], "a_cpu": [], "dense": [], "recall": [], "answers": None} for ef in efs}
    def setef(ef):
        nonlocal store, col
        S.SEARCH_EF = ef  # the reopened ChunkStore sets it on the collection (_widen_search)
        app.library._reopen()  # a fresh embedded client: the HNSW index is loaded again with this ef
        store = app.library.store; col = store.chunks
        assert (col.configuration.get("hnsw") or {}).get("ef_search") == ef, col.configuration
    for rnd in range(rounds):
        order = efs if rnd % 2 == 0 else efs[::-1]
        for ef in order:
            setef(ef)
            for v in vecs[:3]: store.query(v, depth)  # warm
            R = res[ef]; rec = []
            for v, ex in zip(vecs, exact):
                t, c = time.perf_counter(), time.process_time()
                hits = store.query(v, depth)
                R["q_wall"].append((time.perf_counter() - t) * 1000); R["q_cpu"].append((time.process_time() - c) * 1000)
                rec.append(len({h for h, _ in hits} & ex) / depth)
            R["recall"].append(sum(rec) / len(rec))
            answers = []
            for q in qs:
                t, c = time.perf_counter(), time.process_time()
                a = app.assistant.ask(q)
                R["a_wall"].append((time.perf_counter() - t) * 1000); R["a_cpu"].append((time.process_time() - c) * 1000)
                R["dense"].append(a.timings_ms.get("dense", 0))
                answers.append((a.answer, a.abstained, tuple(p.chunk.chunk_id for p in a.passages)))
            if R["answers"] is None: R["answers"] = answers
            elif R["answers"] != answers: print(f"ef {ef}: answers differ between rounds", flush=True)
        print(f"round {rnd} done", flush=True)
    out = {"N": N, "load": os.getloadavg(), "numpy_exact_cpu_ms": round(np_ms, 3)}
    base = res[efs[-1]]["answers"]
    for ef in efs:
        R = res[ef]
        same = sum(a == b for a, b in zip(R["answers"], base))
        out[ef] = {k: round(st.median(R[k]), 3) for k in ("q_wall", "q_cpu", "a_wall", "a_cpu", "dense")}
        out[ef]["recall_at_depth"] = round(sum(R["recall"]) / len(R["recall"]), 4)
        out[ef][f"answers_same_as_ef{efs[-1]}"] = f"{same}/{len(base)}"
        out[ef]["answer_text_same"] = sum(a[:2] == b[:2] for a, b in zip(R["answers"], base))
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
