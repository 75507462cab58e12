"""The ONNX Runtime backend: same vectors as torch, no torch on the answer path, a cached export
that is reused, and a broken cache file that is exported again with a log line, not a traceback."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import REPORTS, ROOT
from ingest import embed_onnx, onnx_export
from ingest.chunk import Chunker
from ingest.embedding import Embedder
from ingest.loaders import load_file
from ingest.manifest import doc_info
from ingest.onnx_export import cache_path
from ingest.settings import Settings


@pytest.fixture(scope="module")
def torch_embedder():
    emb = Embedder(Settings().embed_model_path, backend="torch")
    emb.warm_up()
    return emb


@pytest.fixture(scope="module")
def report_chunks(embedder):
    """Chunks of both bundled reports, as an ingest makes them (text + sentence spans)."""
    chunker = Chunker(embedder.count_tokens_batch, 200, 32)
    chunks = []
    for path in sorted(REPORTS.glob("*.txt")):
        loaded, _ = load_file(path, 10 * 2**20)
        chunks += chunker.chunk(doc_info(path, loaded.sections), loaded.sections, "h")
    return chunks


def test_onnx_vectors_are_pinned_to_torch_on_the_bundled_reports(embedder, torch_embedder, report_chunks):
    assert embedder.backend_name == "onnx" and torch_embedder.backend_name == "torch"
    texts = [c.text for c in report_chunks]
    spans = [c.sentences for c in report_chunks]
    assert len(texts) > 100
    assert embedder.count_tokens_batch(texts) == torch_embedder.count_tokens_batch(texts)
    onnx_chunks, onnx_sents = embedder.embed_with_spans(texts, spans)
    torch_chunks, torch_sents = torch_embedder.embed_with_spans(texts, spans)
    assert onnx_chunks.shape == torch_chunks.shape == (len(texts), 384)
    assert float((onnx_chunks * torch_chunks).sum(axis=1).min()) >= 0.9999
    cos = np.concatenate([(a * b).sum(axis=1) for a, b in zip(onnx_sents, torch_sents)])
    assert cos.size == sum(len(s) for s in spans) and float(cos.min()) >= 0.9999
    question = "How big was the worldwide AI market in 2024?"
    assert float(embedder.embed([question])[0] @ torch_embedder.embed([question])[0]) >= 0.9999
    assert np.allclose(np.linalg.norm(embedder.embed(texts[:40]), axis=1), 1.0, atol=1e-5)


def test_ask_does_not_import_torch(bundled_app, embedder):
    """A whole `reportqa ask` in a fresh process answers without torch or sentence-transformers, and
    without what it never uses: LangChain (and the `requests` it brings), chromadb's hosted embedding
    functions (jsonschema) and its OpenTelemetry gRPC exporter."""
    script = (
        "import sys\n"
        "from ui.cli import main\n"
        "sys.argv = ['reportqa', '--data-dir', sys.argv[1], 'ask', '--json', 'How big was the AI market in 2024?']\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
        "heavy = sorted(m for m in ('torch', 'sentence_transformers', 'transformers', 'gradio', 'langchain_chroma',"
        " 'langchain_core', 'requests', 'jsonschema', 'grpc', 'chromadb.utils.embedding_functions')"
        " if m in sys.modules)\n"
        "print('HEAVY=' + ','.join(heavy))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "REPORTQA_CACHE_DIR": str(embedder.cache_dir)}
    done = subprocess.run([sys.executable, "-c", script, str(bundled_app.settings.data_dir)], capture_output=True,
                          text=True, env=env, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout[:done.stdout.rindex("HEAVY=")])
    assert "615.7" in answer["answer"]
    assert done.stdout.strip().endswith("HEAVY="), done.stdout[-200:]


def _cached_copy(embedder: Embedder, cache_dir: Path) -> Path:
    """The session's export placed in a fresh cache folder, at the path that cache would use."""
    target = cache_path(Path(embedder.model_name), cache_dir)
    target.parent.mkdir(parents=True)
    shutil.copyfile(cache_path(Path(embedder.model_name), embedder.cache_dir), target)
    return target


def test_a_cached_export_is_reused_without_torch(embedder, tmp_path, monkeypatch):
    _cached_copy(embedder, tmp_path / "cache")

    def no_export(*args):
        raise AssertionError("exported again although the cache holds the model")

    monkeypatch.setattr(onnx_export, "_export", no_export)
    fresh = Embedder(embedder.model_name, cache_dir=tmp_path / "cache")
    fresh.warm_up()
    assert fresh.backend_name == "onnx"
    assert float(fresh.embed(["market size"])[0] @ embedder.embed(["market size"])[0]) >= 0.99999


def test_a_changed_model_folder_gets_a_new_cache_entry(tmp_path):
    model = tmp_path / "m"
    model.mkdir()
    (model / "config.json").write_text('{"a": 1}')
    first = cache_path(model, tmp_path / "cache")
    (model / "config.json").write_text('{"a": 2}')
    assert cache_path(model, tmp_path / "cache") != first


def test_a_partial_cache_file_is_exported_again_with_a_log_line(embedder, tmp_path, caplog):
    """A truncated file (a copy cut short, a full disk) is replaced by a real export from torch."""
    target = _cached_copy(embedder, tmp_path / "cache")
    data = target.read_bytes()
    target.write_bytes(data[: len(data) // 3])
    with caplog.at_level(logging.WARNING, logger="ingest"):
        fresh = Embedder(embedder.model_name, cache_dir=tmp_path / "cache")
        fresh.warm_up()
    assert any("unreadable" in r.getMessage() and "exporting it again" in r.getMessage() for r in caplog.records)
    assert target.stat().st_size == len(data)
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".export-")]  # no temp file left
    assert float(fresh.embed(["market size"])[0] @ embedder.embed(["market size"])[0]) >= 0.9999


def test_a_garbage_cache_file_is_replaced_not_a_traceback(embedder, tmp_path, monkeypatch, caplog):
    target = _cached_copy(embedder, tmp_path / "cache")
    good = tmp_path / "good.onnx"
    shutil.copyfile(target, good)
    target.write_bytes(b"not an onnx model")
    monkeypatch.setattr(onnx_export, "_export", lambda model_dir, out: shutil.copyfile(good, out))
    with caplog.at_level(logging.WARNING, logger="ingest"):
        fresh = Embedder(embedder.model_name, cache_dir=tmp_path / "cache")
        fresh.warm_up()
    assert any("exporting it again" in r.getMessage() for r in caplog.records)
    assert fresh.backend_name == "onnx" and target.read_bytes() == good.read_bytes()


def test_backend_setting_flag_env_default(monkeypatch):
    assert Settings().embed_backend == "onnx"
    monkeypatch.setenv("REPORTQA_EMBED_BACKEND", "torch")
    assert Settings().embed_backend == "torch"
    assert Settings().with_overrides(embed_backend="onnx").embed_backend == "onnx"
    monkeypatch.setenv("REPORTQA_EMBED_BACKEND", "tensorflow")
    with pytest.raises(Exception, match="embed_backend"):
        Settings()


def test_the_optimised_graph_is_saved_once_and_a_broken_one_rebuilt(embedder, tmp_path, caplog):
    target = _cached_copy(embedder, tmp_path / "cache")
    first = Embedder(embedder.model_name, cache_dir=tmp_path / "cache")
    first.warm_up()
    fast = target.with_name(embed_onnx.FAST)
    assert fast.stat().st_size > 0
    expected = first.embed(["market size"])[0]
    fast.write_bytes(b"\x00" * 100)
    with caplog.at_level(logging.WARNING, logger="ingest"):
        again = Embedder(embedder.model_name, cache_dir=tmp_path / "cache")
        again.warm_up()
    assert any("optimising the export again" in r.getMessage() for r in caplog.records)
    assert fast.stat().st_size > 100 and not [p for p in fast.parent.iterdir() if p.name.startswith(".opt-")]
    assert float(again.embed(["market size"])[0] @ expected) >= 0.99999


def test_the_optimised_graph_keeps_its_weights_beside_it_and_gives_the_same_vectors(embedder, tmp_path, caplog):
    """The saved graph names a side file of weights (memory-mapped on load, so a cold session is
    cheap): loading it gives the optimising session's vectors bit for bit; a missing or cut side
    file makes the graph again, and only the side file of the published graph is kept."""
    target = _cached_copy(embedder, tmp_path / "cache")
    texts = ["market size", "How big was the worldwide AI market in 2024?", "AI " * 300]
    first = Embedder(embedder.model_name, cache_dir=tmp_path / "cache")
    first.warm_up()
    expected = first.embed(texts)
    fast = target.with_name(embed_onnx.FAST)
    sides = [p for p in target.parent.iterdir() if p.name.startswith(embed_onnx.DATA_PREFIX) and p.suffix == ".data"]
    assert len(sides) == 1 and sides[0].stat().st_size > fast.stat().st_size * 100
    assert sides[0].name.encode() in fast.read_bytes()
    loaded = Embedder(embedder.model_name, cache_dir=tmp_path / "cache")
    loaded.warm_up()
    assert np.array_equal(loaded.embed(texts), expected)
    assert np.array_equal(loaded.embed(texts[:1]), expected[:1])

    del first, loaded  # their sessions map the side file: cut short under them it would fault
    with open(sides[0], "r+b") as f:  # cut short, as by a crash of something else writing it
        f.truncate(1000)
    with caplog.at_level(logging.WARNING, logger="ingest"):
        again = Embedder(embedder.model_name, cache_dir=tmp_path / "cache")
        again.warm_up()
    assert any("optimising the export again" in r.getMessage() for r in caplog.records)
    assert np.array_equal(again.embed(texts), expected)
    now = sorted(p.name for p in target.parent.iterdir()
                 if p.name.startswith((embed_onnx.DATA_PREFIX, ".opt-")) and not p.name.endswith(".lock"))
    assert len(now) == 2 and embed_onnx.FAST in now and now != sorted([embed_onnx.FAST, sides[0].name])


def test_counting_word_pieces_does_not_truncate_but_embedding_does(embedder):
    backend = embedder.backend
    long_text = "market " * 1000
    assert backend.count_tokens_batch([long_text]) == [1002]
    assert len(backend._encode([long_text])[0].ids) == backend.max_tokens
    assert backend.count_tokens_batch(["market size"]) == [len(backend._encode(["market size"])[0].ids)]


def test_an_unwritable_cache_folder_is_a_one_line_settings_error(embedder, tmp_path):
    from ingest.errors import SettingsError

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    with pytest.raises(SettingsError, match="REPORTQA_CACHE_DIR=.*cannot write the ONNX export"):
        Embedder(embedder.model_name, cache_dir=blocker / "cache").warm_up()


def test_groups_streamed_to_the_workers_give_each_group_its_own_vectors_bit_for_bit(embedder, report_chunks):
    """Ingest queues the next group's runs before it takes this group's (embed_with_spans_groups):
    every group must come out exactly as when embedded alone, an empty group included."""
    parts = [report_chunks[:40], [], report_chunks[40:45], report_chunks[45:120]]
    inputs = [([c.text for c in p], [c.sentences for c in p]) for p in parts]
    streamed = list(embedder.embed_with_spans_groups(inputs))
    assert len(streamed) == len(parts)
    for (texts, spans), (chunk_vecs, sent_vecs) in zip(inputs, streamed):
        alone_chunks, alone_sents = embedder.embed_with_spans(texts, spans)
        assert np.array_equal(chunk_vecs, alone_chunks) and len(sent_vecs) == len(alone_sents) == len(texts)
        assert all(np.array_equal(a, b) for a, b in zip(sent_vecs, alone_sents))


def test_the_run_size_does_not_change_a_vector_bit(embedder, report_chunks, monkeypatch):
    """Ingest runs RUN_BATCH texts per run (chosen for speed): padding a text to a longer
    neighbour's length, or running it alone, must give the same token and text vectors bitwise."""
    texts = [c.text for c in report_chunks[:24]]
    got = []
    for size in (1, 2, 8):
        monkeypatch.setattr(embed_onnx, "RUN_BATCH", size)
        vecs, rows = embedder.backend.token_embeddings(texts)
        got.append((vecs, rows))
    (ref, ref_rows), *others = got
    for vecs, rows in others:
        assert np.array_equal(vecs, ref)
        assert all(np.array_equal(a, b) and oa == ob for (a, oa), (b, ob) in zip(rows, ref_rows))


def test_a_question_runs_on_both_cores_with_the_vectors_of_one_thread(embedder, monkeypatch):
    """A question (a few texts) runs in the calling thread on a session with one intra-op thread
    per core up to QUESTION_THREADS (faster on a 2-core machine); its vectors are bitwise those of
    the one-thread session ingest uses. One core: one thread."""
    backend = embedder.backend
    questions = ["What was the total revenue in 2023?", "How many MW of solar capacity were added?"]
    used: list[int] = []
    real = backend._session

    def spy(threads, spin=False):
        used.append(threads)
        return real(threads, spin)

    monkeypatch.setattr(embed_onnx, "cores", lambda: 2)
    monkeypatch.setattr(backend, "_session", spy)
    got = embedder.embed(questions[:1])
    assert used == [2] == [min(embed_onnx.QUESTION_THREADS, 2)]
    one_thread = np.zeros_like(got)
    tokens, mask = backend._run(backend._encode(questions[:1]), 1)
    one_thread[0] = embed_onnx.mean_pool(tokens, mask)
    assert np.array_equal(got, one_thread)
    both = embedder.embed(questions)  # one padded batch of two, run the same way on one thread
    enc = backend._encode(questions)
    order = backend._batches(enc)[0]
    tokens, mask = backend._run([enc[i] for i in order], 1)
    assert np.array_equal(both[order], embed_onnx.mean_pool(tokens, mask))
    used.clear()
    monkeypatch.setattr(embed_onnx, "cores", lambda: 1)
    embedder.embed(questions[:1])
    assert used == [1]


def test_a_question_spins_only_while_no_other_thread_wants_a_core(embedder, monkeypatch):
    """Spin-waiting between operators is taken only when the machine's other core is idle; the
    vectors are those of the sleeping session bit for bit."""
    backend = embedder.backend
    used: list[tuple[int, bool]] = []
    real = backend._session

    def spy(threads, spin=False):
        used.append((threads, spin))
        return real(threads, spin)

    monkeypatch.setattr(embed_onnx, "cores", lambda: 2)
    monkeypatch.setattr(backend, "_session", spy)
    question = ["How large was the market in 2024?"]
    monkeypatch.setattr(embed_onnx, "others_running", lambda: False)
    spun = embedder.embed(question)
    monkeypatch.setattr(embed_onnx, "others_running", lambda: True)
    slept = embedder.embed(question)
    assert used == [(2, True), (2, False)]
    assert np.array_equal(spun, slept)


def test_others_running_reads_the_instantaneous_count_of_runnable_threads(tmp_path):
    loadavg = tmp_path / "loadavg"
    loadavg.write_text("0.52 0.40 0.31 1/412 9876\n")
    assert embed_onnx.others_running(str(loadavg)) is False  # only the caller
    loadavg.write_text("1.52 0.40 0.31 3/412 9876\n")
    assert embed_onnx.others_running(str(loadavg)) is True
    assert embed_onnx.others_running(str(tmp_path / "missing")) is True  # unknown: do not spin
    loadavg.write_text("garbage\n")
    assert embed_onnx.others_running(str(loadavg)) is True


def test_one_unpadded_text_pools_to_the_masked_mean_bit_for_bit():
    rng = np.random.default_rng(0)
    for n in (2, 3, 7, 18, 64, 257, 512):
        tokens = rng.standard_normal((1, n, 384)).astype(np.float32)
        mask = np.ones((1, n), np.int64)
        m = mask[..., None].astype(np.float32)
        masked = embed_onnx.normalise_rows((tokens * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None))
        assert embed_onnx.mean_pool(tokens, mask).tobytes() == masked.tobytes()
