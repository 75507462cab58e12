"""Retrieval over the bundled index: hybrid / dense / bm25 return passages with scores and all
chunk metadata, the report filter, the LangChain retriever interface, and a quick measurement
that hybrid does not lose to either list alone on questions whose figures we know."""

from __future__ import annotations

import pytest
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

CIC = "cic-foundation-model-market-2025"
FROST = "frost-leadleo-ai-empowerment-2025"
MODES = ("hybrid", "dense", "bm25")

# question -> (report, strings that must all be in one passage), written from reading the reports
KNOWN = [
    ("How big was the worldwide AI market in 2024?", FROST, ["615.7 billion"]),
    ("What size is the global AI market expected to reach by 2030?", FROST, ["2.6 trillion"]),
    ("How much money was invested in AI companies worldwide in 2024?", FROST, ["590 billion"]),
    ("What share of newly released large models came from China and the US in 2024?", FROST, ["86%"]),
    ("How many large models does China have?", FROST, ["1,509"]),
    ("How large was China's core AI industry in 2024?", FROST, ["700 billion"]),
    ("Which share of AI financing went to the AIGC segment?", FROST, ["AIGC", "56%"]),
    ("How much funding did large model projects raise in 2024?", FROST, ["6.47 billion"]),
    ("What share of consumer large model apps use subscriptions?", FROST, ["29%"]),
    ("What growth rate did intelligent computing achieve from 2020 to 2024?", FROST, ["70%", "CAGR"]),
    ("What is MiniMax's market share among foundation model technology companies?", CIC, ["MiniMax", "0.3%"]),
    ("What was China's nominal GDP in 2024?", CIC, ["134.9 trillion"]),
    ("How much was CIC paid to write the report?", CIC, ["115,000"]),
    ("How many languages can Whisper transcribe?", CIC, ["Whisper", "97 languages"]),
    ("What does Minimax M2 score on the Artificial Analysis Intelligence Index?", CIC, ["Minimax M2", "61"]),
    ("What is the disposable income per capita of urban residents in China in 2024?", CIC, ["54.2 thousand"]),
    ("How many developers has Claude 3.5 Sonnet powered?", CIC, ["30 million"]),
]
TOLERANCE = 1 / len(KNOWN) + 1e-9  # hybrid may miss at most one more question than the better list


def hit(passages, doc_id: str, needles: list[str]) -> bool:
    return any(p.chunk.doc_id == doc_id and all(n in p.chunk.text for n in needles) for p in passages)


@pytest.fixture(scope="module")
def retriever(bundled_app):
    return bundled_app.retriever


@pytest.mark.parametrize("mode", MODES)
def test_each_mode_returns_scored_passages_with_metadata(retriever, mode):
    result = retriever.search("global AI market size in 2024", k=5, mode=mode)
    passages = result.passages
    assert len(passages) == 5
    assert [p.rank for p in passages] == [1, 2, 3, 4, 5]
    scores = [p.score for p in passages]
    assert scores == sorted(scores, reverse=True) and all(isinstance(s, float) for s in scores)
    assert len({p.chunk_id for p in passages}) == 5
    for p in passages:
        c = p.chunk
        assert c.doc_id in (CIC, FROST) and c.title and c.publisher and c.date and c.source.endswith(".txt")
        assert c.page is not None or c.section
        if mode == "dense":
            assert p.dense_score == p.score and -1.0 <= p.score <= 1.0 and p.bm25_score is None
        elif mode == "bm25":
            assert p.bm25_score == p.score and p.score > 0 and p.dense_score is None
        else:
            assert p.dense_score is not None or p.bm25_score is not None
            assert 0 < p.score <= 2 / 61  # reciprocal rank fusion of two lists with k=60
    assert result.query_vector is not None and result.query_vector.shape == (384,)
    assert result.timings_ms["retrieve"] > 0


def test_k_is_respected(retriever):
    assert len(retriever.search("foundation model market", k=3).passages) == 3
    assert len(retriever.search("foundation model market", k=12).passages) == 12


def test_modes_differ_and_hybrid_fuses_both(retriever):
    q = "MiniMax market share ranking"
    ids = {m: [p.chunk_id for p in retriever.search(q, k=10, mode=m).passages] for m in MODES}
    assert ids["dense"] != ids["bm25"]
    fused = set(ids["hybrid"])
    assert fused & set(ids["dense"]) and fused & set(ids["bm25"])
    both = retriever.search(q, k=10, mode="hybrid").passages
    assert any(p.dense_score is not None and p.bm25_score is not None for p in both)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("doc_id", [CIC, FROST])
def test_report_filter(retriever, mode, doc_id):
    q = "market share of leading companies in 2024"
    unfiltered = {p.chunk.doc_id for p in retriever.search(q, k=10, mode=mode).passages}
    assert unfiltered == {CIC, FROST} or mode != "hybrid"
    passages = retriever.search(q, k=8, mode=mode, doc_ids=[doc_id]).passages
    assert passages and all(p.chunk.doc_id == doc_id for p in passages)


def test_filter_on_the_retriever_itself(bundled_app):
    r = bundled_app.retriever.model_copy(update={"doc_ids": [CIC], "k": 4})
    docs = r.invoke("global AI market size in 2024")
    assert len(docs) == 4 and {d.metadata["doc_id"] for d in docs} == {CIC}


def test_langchain_retriever_invoke(retriever):
    assert isinstance(retriever, BaseRetriever)
    docs = retriever.invoke("How big was the worldwide AI market in 2024?")
    assert len(docs) == retriever.k
    assert all(isinstance(d, Document) for d in docs)
    top = docs[0]
    for key in ("chunk_id", "doc_id", "title", "publisher", "date", "source", "char_start", "char_end",
                "score", "dense_score", "bm25_score", "rank"):
        assert key in top.metadata, key
    assert top.id == top.metadata["chunk_id"]
    assert any("615.7 billion" in d.page_content for d in docs)
    assert [d.metadata["rank"] for d in docs] == list(range(1, len(docs) + 1))


def test_langchain_retriever_batch_and_pipe(retriever):
    from langchain_core.runnables import RunnableLambda

    chain = retriever | RunnableLambda(lambda docs: [d.metadata["doc_id"] for d in docs])
    outs = chain.batch(["What was China's nominal GDP in 2024?", "global AI financing in 2024"])
    assert len(outs) == 2 and outs[0][0] == CIC and FROST in outs[1]


def test_hybrid_does_not_lose_to_either_list(retriever, capsys):
    """hit@5 on known question -> figure pairs: hybrid >= max(dense, bm25) - one question."""
    hits = {m: [hit(retriever.search(q, k=5, mode=m).passages, doc, needles) for q, doc, needles in KNOWN]
            for m in MODES}
    rate = {m: sum(h) / len(KNOWN) for m, h in hits.items()}
    with capsys.disabled():
        print(f"\nhit@5 over {len(KNOWN)} known questions: " + ", ".join(f"{m} {rate[m]:.2f}" for m in MODES))
        for (q, _, _), *row in zip(KNOWN, *(hits[m] for m in MODES)):
            if not all(row):
                print("   " + " ".join(f"{m}={'hit' if h else 'MISS'}" for m, h in zip(MODES, row)) + f"  {q}")
    assert rate["hybrid"] >= max(rate["dense"], rate["bm25"]) - TOLERANCE, rate
    assert rate["hybrid"] >= 0.8, rate


def test_an_unrelated_query_still_returns_ranked_passages(retriever):
    passages = retriever.search("recipe for banana bread with walnuts", k=5, mode="dense").passages
    assert len(passages) == 5
    relevant = retriever.search("global AI market size 2024", k=1, mode="dense").passages[0]
    assert relevant.score > passages[0].score
