"""Chunking: sized in model tokens (nothing MiniLM would truncate), citation metadata on every
chunk, stable ids, sentences never cut, and known sentences of each bundled report whole in one
chunk with the right report and page or section."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.chunk import Chunker, document_text
from ingest.loaders import load_file
from ingest.manifest import doc_info, manifest_entries
from ingest.sentences import split_sentences

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
CIC = "cic-foundation-model-market-2025"
FROST = "frost-leadleo-ai-empowerment-2025"
MODEL_LIMIT = 256


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def loaded():
    """Both bundled reports loaded and cleaned: {doc_id: (DocInfo, sections)}."""
    out = {}
    for doc_id in (CIC, FROST):
        path = REPORTS / f"{doc_id}.txt"
        doc, _ = load_file(path, 2**30)
        out[doc_id] = (doc_info(path, doc.sections), doc.sections)
    return out


@pytest.fixture(scope="module")
def stored(bundled_app):
    """The chunks as the bundled index holds them (written to Chroma and read back)."""
    return bundled_app.library.snapshot().chunks


def test_no_chunk_is_truncated_by_the_model_and_the_default_budget_holds(stored, embedder, bundled_app):
    assert embedder.max_tokens == MODEL_LIMIT
    budget = bundled_app.settings.chunk_tokens
    assert budget == 200
    counts = embedder.count_tokens_batch([c.text for c in stored])
    assert len(counts) > 150
    assert max(counts) <= budget, max(counts)
    assert max(counts) > budget * 0.8  # the budget is used, not wasted on tiny chunks


@pytest.mark.parametrize("max_tokens", [
    200, 128,
    64,
])
def test_chunks_stay_within_any_budget(loaded, embedder, max_tokens):
    for doc_id, (info, sections) in loaded.items():
        chunks = Chunker(embedder.count_tokens_batch, max_tokens, min(32, max_tokens // 4)).chunk(info, sections, "h")
        counts = embedder.count_tokens_batch([c.text for c in chunks])
        over = [(n, c.text[:80]) for n, c in zip(counts, chunks) if n > max_tokens]
        assert not over, f"{doc_id}: {len(over)} chunks over {max_tokens}: {over[:3]}"


def test_every_chunk_carries_its_citation_metadata(stored):
    manifest = manifest_entries(REPORTS)
    by_doc = {e["doc_id"]: e for e in manifest.values()}
    assert {c.doc_id for c in stored} == {CIC, FROST}
    for c in stored:
        entry = by_doc[c.doc_id]
        assert re.fullmatch(r"[0-9a-f]{20}", c.chunk_id)
        assert (c.title, c.publisher, c.date, c.source) == (entry["title"], entry["publisher"], str(entry["date"]),
                                                          entry["file"])
        assert isinstance(c.char_start, int) and isinstance(c.char_end, int)
        assert 0 <= c.char_start < c.char_end
        assert c.text.strip()
        assert c.page is not None or c.section, c.chunk_id
        if c.doc_id == FROST:
            assert isinstance(c.page, int) and c.page >= 1 and c.page_end == c.page
        else:
            assert c.page is None and isinstance(c.section, str) and c.section


def test_chunk_ids_unique(stored):
    ids = [c.chunk_id for c in stored]
    assert len(ids) == len(set(ids))


def test_chunk_ids_stable_across_runs(loaded, stored, embedder):
    """Re-chunking today gives the ids the index was built with (and the ones Chroma holds)."""
    version = {c.doc_id: c.content_hash for c in stored}
    again, other_version = [], []
    for info, sections in loaded.values():
        again += Chunker(embedder.count_tokens_batch).chunk(info, sections, version[info.doc_id])
        other_version += Chunker(embedder.count_tokens_batch).chunk(info, sections, "another-hash")
    assert sorted(c.chunk_id for c in again) == sorted(c.chunk_id for c in stored)
    # the version is part of the id: a new version is written beside the old, never over it
    assert not {c.chunk_id for c in other_version} & {c.chunk_id for c in stored}
    info, sections = loaded[FROST]
    other = type(info)("some-other-report", info.title, info.publisher, info.date, info.source)
    moved = Chunker(embedder.count_tokens_batch).chunk(other, sections, "h")
    assert not {c.chunk_id for c in moved} & {c.chunk_id for c in stored}  # the doc id is part of the hash


def test_char_offsets_point_into_the_cleaned_document(loaded, embedder):
    for doc_id, (info, sections) in loaded.items():
        full = document_text(sections)
        chunks = Chunker(embedder.count_tokens_batch).chunk(info, sections, "h")
        for c in chunks:
            assert c.char_end <= len(full)
            span = full[c.char_start:c.char_end]
            if "\t" in span:  # a table: rows are labelled in the chunk, raw in the document
                continue
            s, e = c.sentences[-1]
            assert span.rstrip().endswith(c.text[s:e]), (doc_id, c.text[s:e][:60], span[-60:])
        row = next(c for c in chunks if "Rank: 10; Company name: MiniMax" in c.text) if doc_id == CIC else None
        if row is not None:
            assert "10\tMiniMax\t0.3%" in full[row.char_start:row.char_end]


def test_sentences_are_never_cut(loaded, stored):
    """Every sentence of every cleaned report is found whole in some chunk."""
    for doc_id, (_, sections) in loaded.items():
        texts = [squash(c.text) for c in stored if c.doc_id == doc_id]
        missing = []
        for sec in sections:
            for line in sec.text.split("\n"):
                if "\t" in line or line.startswith("#"):
                    continue
                for s, e in split_sentences(line):
                    sentence = squash(line[s:e])
                    if len(sentence) > 2 and not any(sentence in t for t in texts):
                        missing.append(sentence)
        assert not missing, f"{doc_id}: {len(missing)} cut sentences, e.g. {missing[:2]}"


def test_pages_are_boundaries(loaded, stored):
    """A Frost chunk's body comes from its own page only."""
    pages = {s.page: squash(s.text) for s in loaded[FROST][1]}
    for c in (c for c in stored if c.doc_id == FROST):
        body = [squash(c.text[s:e]) for s, e in c.sentences[-3:]]
        assert all(b in pages[c.page] for b in body), (c.page, body)


def test_consecutive_chunks_overlap(stored):
    """A small overlap: the next chunk of a section often starts with the previous one's last sentence."""
    frost = [c for c in stored if c.doc_id == FROST]
    shared = 0
    for a, b in zip(frost, frost[1:]):
        if a.page == b.page:
            s, e = a.sentences[-1]
            shared += squash(a.text[s:e]) in squash(b.text)
    assert shared >= 10


KNOWN = [
    (FROST, "In 2024, the global AI market reached approximately USD 615.7 billion and is projected to exceed "
            "USD 2.6 trillion by 2030.", 3, None),
    (FROST, "In 2024, global AI financing exceeded RMB 590 billion, with China and the United States together "
            "accounting for 92%.", 3, None),
    (FROST, "Overall, China’s core AI industry surpassed RMB 700 billion in 2024, entering a phase of rapid growth "
            "driven by the combined forces of policy, technology, and application.", 3, None),
    (CIC, "China Insights Consultancy was commissioned to conduct research, provide an analysis of, and to produce "
          "a report on the global foundation model industry, and other related economic data, at a fee of USD 115,000.",
     None, "China Insight Consultancy introduction, methodologies and assumptions"),
    (CIC, "China's economy has shown significant growth in recent years, with its nominal GDP rising from RMB 99.1 "
          "trillion in 2019 to RMB 134.9 trillion in 2024 and is projected to reach RMB 161.9 trillion by 2029.",
     None, "Key analysis"),
    (CIC, "Rank: 10; Company name: MiniMax; Market share, %: 0.3%", None,
     "MiniMax is the tenth largest foundation model technology company globally, and the second largest non-U.S. "
     "player, in terms of model-based revenues in 2024."),
    (CIC, "Rank: 4; Company name: MiniMax; Market share, %: 0.3%", None,
     "MiniMax is the fourth largest pureplay foundation model technology company globally, and the largest "
     "non-U.S. player, in terms of model-based revenues in 2024."),
]


@pytest.mark.parametrize("doc_id, sentence, page, section", KNOWN, ids=[k[1][:40] for k in KNOWN])
def test_known_sentence_whole_in_one_chunk(stored, doc_id, sentence, page, section):
    holding = [c for c in stored if sentence in squash(c.text)]
    assert holding, f"no chunk holds {sentence!r}"
    for c in holding:
        assert c.doc_id == doc_id
        assert c.page == page
        if section is not None:
            assert c.section == section


@pytest.mark.parametrize("row", ["Rank: 10; Company name: MiniMax; Market share, %: 0.3%",
                                 "Rank: 4; Company name: MiniMax; Market share, %: 0.3%"])
def test_ranking_row_travels_with_its_column_names_and_caption(stored, row):
    c = next(c for c in stored if row in c.text)
    lines = c.text.split("\n")
    assert "Rank | Company name | Market share, %" in lines
    assert any(l.startswith("Ranking of global") and "model-based revenues in 2024" in l for l in lines)
    assert lines.index("Rank | Company name | Market share, %") < lines.index(row)
