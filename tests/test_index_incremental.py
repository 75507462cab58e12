"""The local index changes incrementally: one report in or out touches only that report, gives
the same result as building from scratch, and keyword scores stay bm25s's to the bit."""

from __future__ import annotations

import random

import numpy as np
import pytest

from ingest.index import Snapshot
from ingest.index_folder import IndexFolder
from ingest.keyword import KeywordIndex, tokenize
from ingest.store import decode_sentence_vectors, encode_sentence_vectors
from ingest.types import Chunk
from rag.retrieve import keyword_top

from conftest import REPORTS

DIM = 8
QUERIES = ["global AI market size 2024", "CAGR of the large model market", "MiniMax market share rank",
           "market market market", "RMB 590 billion", "zzzz unknown", "the of and"]


def corpus_sentences() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(REPORTS.glob("*.txt")))
    return [line.strip() for line in text.split("\n") if len(line.strip()) > 20]


def make_doc(doc_id: str, n: int, seed: int, version: str = "v1") -> tuple[list[Chunk], list[np.ndarray]]:
    rng = random.Random(seed)
    sents = corpus_sentences()
    chunks, vectors = [], []
    for j in range(n):
        parts = [rng.choice(sents) for _ in range(rng.randint(1, 4))]
        spans, pos = [], 0
        for p in parts:
            spans.append((pos, pos + len(p)))
            pos += len(p) + 1
        chunks.append(Chunk(chunk_id=f"{doc_id}-{version}-{j}", doc_id=doc_id, text=" ".join(parts), title=doc_id,
                            publisher="p", date="2025", source=f"{doc_id}.txt", page=j + 1, page_end=None, section=None,
                            char_start=j * 100, char_end=j * 100 + 99, content_hash=f"{doc_id}-{version}", sentences=spans))
        vecs = np.random.default_rng(seed * 1000 + j).normal(size=(len(spans), DIM)).astype(np.float32)
        vectors.append(vecs / np.linalg.norm(vecs, axis=1, keepdims=True))
    return chunks, vectors


def same_content(a: Snapshot, b: Snapshot) -> None:
    assert [c.chunk_id for c in a.chunks] == [c.chunk_id for c in b.chunks]
    for i in range(len(a.chunks)):
        assert np.array_equal(a.vectors_of(i), b.vectors_of(i))
        assert [(s.start, s.end, s.figures) for s in a.sentences[i]] == [(s.start, s.end, s.figures) for s in b.sentences[i]]
    for q in QUERIES:
        assert np.array_equal(a.keyword.scores(q), b.keyword.scores(q)), q


def test_keyword_scores_equal_bm25s_after_edits():
    bm25s = pytest.importorskip("bm25s")
    texts = [c.text for c in make_doc("a", 300, 1)[0]] + ["", "the of and"]
    index = KeywordIndex.build(texts)
    keep = np.array([i % 3 != 0 for i in range(len(texts))])
    extra = [c.text for c in make_doc("b", 50, 2)[0]]
    edited = index.replace(keep, extra)
    expected_texts = [t for t, k in zip(texts, keep) if k] + extra
    for idx, corpus in ((index, texts), (edited, expected_texts)):
        ref = bm25s.BM25()
        ref.index([tokenize(t) or ["<empty>"] for t in corpus], show_progress=False)
        for q in QUERIES:
            toks = [t for t in tokenize(q) if t in ref.vocab_dict]
            want = np.asarray(ref.get_scores(toks), np.float32) if toks else np.zeros(len(corpus), np.float32)
            assert np.array_equal(idx.scores(q, pairs=False), want), q
    assert index.size == len(texts)  # the old index is untouched


def test_replace_docs_equals_a_full_build(tmp_path):
    a, va = make_doc("a", 40, 1)
    b, vb = make_doc("b", 30, 2)
    b2, vb2 = make_doc("b", 25, 3, version="v2")
    c, vc = make_doc("c", 20, 4)
    base = Snapshot.build(1, a + b, va + vb, DIM)
    step = base.replace_docs(2, {"b"}, b2 + c, vb2 + vc)
    assert step.segments[0] is base.segments[0]  # report a is shared, not copied
    same_content(step, Snapshot.build(2, a + b2 + c, va + vb2 + vc, DIM))
    removed = step.replace_docs(3, {"a"}, [], [])
    same_content(removed, Snapshot.build(3, b2 + c, vb2 + vc, DIM))
    assert removed.doc_ids == {"b", "c"}
    assert removed.chunk_mask(["c"]).sum() == len(c)


def test_folder_writes_one_segment_per_change_and_readers_reuse_theirs(tmp_path):
    folder = IndexFolder(tmp_path / "idx")
    a, va = make_doc("a", 40, 1)
    b, vb = make_doc("b", 30, 2)
    first = Snapshot.build(1, a + b, va + vb, DIM)
    folder.save(first)
    reader = folder.load()
    same_content(reader, first)
    before = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "idx" / "segments").iterdir()}
    c, vc = make_doc("c", 20, 4)
    second = first.replace_docs(2, set(), c, vc)
    folder.save(second)
    after = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "idx" / "segments").iterdir()}
    assert len(after) == 3 and all(after[k] == v for k, v in before.items())  # old segments not rewritten
    refreshed = folder.load(previous=reader)
    assert refreshed.generation == 2 and refreshed.segments[0] is reader.segments[0]
    same_content(refreshed, second)
    third = second.replace_docs(3, {"a"}, [], [])
    folder.save(third)
    folder.save(third.replace_docs(4, {"b"}, [], []))
    names = {p.name for p in (tmp_path / "idx" / "segments").iterdir()}
    assert names == {s.key for s in third.segments}  # gen 3 (kept for readers) and gen 4 need only these
    assert sorted(p.name for p in (tmp_path / "idx").glob("gen-*")) == ["gen-3", "gen-4"]


def test_flat_generation_from_before_segments_still_loads(tmp_path):
    import json

    a, va = make_doc("a", 10, 1)
    gen = tmp_path / "idx" / "gen-5"
    gen.mkdir(parents=True)
    (gen / "chunks.json").write_text(json.dumps([{"id": c.chunk_id, "text": c.text, "meta": c.metadata()} for c in a]))
    counts = [len(c.sentences) for c in a]
    np.save(gen / "sentences.npy", np.concatenate(va).astype(np.float16))
    np.save(gen / "offsets.npy", np.concatenate(([0], np.cumsum(counts))).astype(np.int64))
    (tmp_path / "idx" / "CURRENT").write_text("gen-5\n")
    snap = IndexFolder(tmp_path / "idx").load()
    same_content(snap, Snapshot.build(5, a, va, DIM))


def test_keyword_ties_rank_by_chunk_id_whatever_the_order():
    a, va = make_doc("a", 5, 1)
    twins = [Chunk(**{**a[0].__dict__, "chunk_id": cid}) for cid in ("zz", "aa", "mm")]
    snap = Snapshot.build(1, twins + a[1:], [va[0]] * 3 + va[1:], DIM)
    flipped = Snapshot.build(1, a[1:] + twins[::-1], va[1:] + [va[0]] * 3, DIM)
    q = a[0].text
    assert keyword_top(snap, snap.keyword.scores(q), 4) == keyword_top(flipped, flipped.keyword.scores(q), 4)
    assert [cid for cid, _ in keyword_top(snap, snap.keyword.scores(q), 3)] == ["aa", "mm", "zz"]



def test_keyword_ties_rank_by_position_so_a_report_read_again_ranks_as_a_fresh_one():
    a, va = make_doc("a", 5, 1)
    # the same tied text at two places; read again, the report's chunks get other ids in the other order
    first = [Chunk(**{**a[0].__dict__, "chunk_id": cid, "char_start": at}) for cid, at in (("zz", 0), ("aa", 500))]
    again = [Chunk(**{**c.__dict__, "chunk_id": cid}) for c, cid in zip(first, ("bb", "cc"))]
    q = a[0].text
    ranks = []
    for twins in (first, again):
        snap = Snapshot.build(1, twins + a[1:], [va[0]] * 2 + va[1:], DIM)
        ranks.append([snap.chunks[snap.position[cid]].char_start for cid, _ in keyword_top(snap, snap.keyword.scores(q), 2)])
    assert ranks == [[0, 500], [0, 500]]  # by chunk id the first reading would rank 'aa' (at 500) first

def test_sentence_vectors_survive_chroma_metadata():
    vecs = np.random.default_rng(0).normal(size=(23, 384)).astype(np.float32)
    meta = encode_sentence_vectors(vecs)
    assert all(len(v) <= 4000 for v in meta.values())
    assert np.array_equal(decode_sentence_vectors(meta, 23), vecs.astype(np.float16))
    assert decode_sentence_vectors({}, 23) is None and decode_sentence_vectors(meta, 22) is None


@pytest.mark.parametrize("made_by", ["0123456789ab", None])
def test_keyword_index_saved_by_another_tokenizer_is_rebuilt_on_load(tmp_path, made_by):
    """The saved index keeps term counts: counts made by another tokenizer (or one saved before
    tokenizers were named) would miss the tokens a query makes now, so the load rebuilds them."""
    from ingest.keyword import TOKENIZER, StaleKeywordIndex

    a, va = make_doc("a", 30, 1)
    folder = IndexFolder(tmp_path / "idx")
    snap = Snapshot.build(1, a, va, DIM)
    folder.save(snap)
    bm25 = tmp_path / "idx" / "gen-1" / "bm25"
    assert (bm25 / "tokenizer.txt").read_text() == TOKENIZER
    # counts from other texts of the same size, as if another tokenizer had read these chunks
    KeywordIndex.build(["zzz"] * len(a)).save(bm25)
    assert not folder.load().keyword.scores(a[0].text).any()  # trusted: same tokenizer named
    if made_by is None:
        (bm25 / "tokenizer.txt").unlink()
    else:
        (bm25 / "tokenizer.txt").write_text(made_by)
    with pytest.raises(StaleKeywordIndex):
        KeywordIndex.load(bm25, len(a))
    same_content(folder.load(), snap)
