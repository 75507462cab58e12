"""Helpers for the reliability and security tests (issue 7): running the real CLI in
subprocesses, cloning an ingested data directory, reading Chroma's SQLite file read-only while
another process writes, generated reports, and one consistency check of a whole index."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

# free_port and stop are the tests' too (the benchmark's, from the package)
from eval.servers import free_port, port_open, stop, wait_until_up  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "data" / "reports"
CIC = "cic-foundation-model-market-2025"
FROST = "frost-leadleo-ai-empowerment-2025"

# Gold-style questions about the bundled reports: (question, report, figure the answer must hold)
GOLD = [
    ("What was the global AI market size in 2024?", FROST, "615.7"),
    ("How much did global AI financing exceed in 2024?", FROST, "590"),
    ("What was China's nominal GDP in 2024?", CIC, "134.9"),
    ("What fee did China Insights Consultancy charge for the report?", CIC, "115,000"),
]


# -- the CLI in a subprocess ---------------------------------------------------------------------
def cli_command() -> list[str]:
    script = Path(sys.executable).parent / "reportqa"
    return [str(script)] if script.exists() else [sys.executable, "-m", "ui.cli"]


def cli_env(**extra: str) -> dict[str, str]:
    """The environment of a CLI subprocess: offline, no developer REPORTQA_* settings, one
    torch thread (two processes on two cores otherwise spin against each other)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPORTQA_")}
    env.update(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", ANONYMIZED_TELEMETRY="False",
               GRADIO_ANALYTICS_ENABLED="False", TOKENIZERS_PARALLELISM="false", PYTHONUNBUFFERED="1",
               REPORTQA_BLOCK_REMOTE_LLM="1")
    env.update(extra)
    return env


# the login and the LLM API key the access tests set: recognisable, so any leak is found
AUTH_USER, AUTH_PASSWORD = "ana", "pw-SECRET-7f3a"
API_KEY = "sk-test-SECRET"


def secret_env(**extra: str) -> dict[str, str]:
    return cli_env(REPORTQA_AUTH=f"{AUTH_USER}:{AUTH_PASSWORD}", REPORTQA_LLM_API_KEY=API_KEY, **extra)


def popen_cli(args: list[str], data_dir: Path, env: dict[str, str] | None = None, **kw) -> subprocess.Popen:
    return subprocess.Popen(cli_command() + ["--data-dir", str(data_dir)] + list(args), cwd=ROOT,
                            env=env or cli_env(), **kw)


def run_cli(args: list[str], data_dir: Path, input: str | None = None, env: dict[str, str] | None = None,
            timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(cli_command() + ["--data-dir", str(data_dir)] + list(args), cwd=ROOT, input=input,
                          env=env or cli_env(), capture_output=True, text=True, timeout=timeout)


def wait_for_port(port: int, proc: subprocess.Popen | None = None, timeout: float = 180) -> None:
    wait_until_up(lambda: port_open(port), proc, timeout, interval=0.3, what=f"the server on 127.0.0.1:{port}",
                  error=AssertionError)


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


# -- data directories --------------------------------------------------------------------------------
def clone_data_dir(src: Path, dest: Path) -> Path:
    """A copy of an ingested data directory (Chroma files, local index); the source must be idle."""
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns("*.lock"))
    return dest


def _ro(data_dir: Path) -> sqlite3.Connection:
    db = data_dir / "chroma" / "chroma.sqlite3"
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.5)


def chroma_chunk_count_ro(data_dir: Path) -> int | None:
    """Chunk records in Chroma, read straight from its SQLite file (read-only), or None while
    the file or collection does not exist yet or is locked. Never opens a Chroma client, so it
    can watch another process write."""
    try:
        with _ro(data_dir) as con:
            row = con.execute(
                "SELECT count(*) FROM embeddings e JOIN segments s ON e.segment_id = s.id "
                "JOIN collections c ON s.collection = c.id WHERE c.name LIKE 'reportqa-%' "
                "AND c.name NOT LIKE '%-docs'").fetchone()
            return int(row[0])
    except sqlite3.Error:
        return None


def chroma_state_ro(data_dir: Path) -> dict[str, int] | None:
    """The chunk collection's generation and dirty flag, read-only from SQLite."""
    try:
        with _ro(data_dir) as con:
            rows = con.execute(
                "SELECT m.key, m.int_value FROM collection_metadata m JOIN collections c ON m.collection_id = c.id "
                "WHERE c.name LIKE 'reportqa-%' AND c.name NOT LIKE '%-docs'").fetchall()
    except sqlite3.Error:
        return None
    return {k: int(v) for k, v in rows if k in ("generation", "dirty") and v is not None} or None


# -- generated reports ---------------------------------------------------------------------------------
_WORDS = ("adoption vendors procurement integration regional customers enterprise pilots deployment "
          "regulation supply partners channel pricing maintenance training standards demand service "
          "infrastructure hospitals factories logistics retailers utilities operators integrators").split()


def synthetic_report(name: str, size: float, growth: float, sections: int = 30, seed: int = 0) -> str:
    """A Markdown report about the '{name} robotics' market with one market-size sentence (USD
    `size` billion in 2024) and `sections` sections of figure-free prose."""
    rng = random.Random(f"{name}-{seed}")
    title = name.capitalize()
    lines = [f"# {title} Robotics Market Outlook 2025", "",
             "## Market size",
             f"The global {name} robotics market reached USD {size} billion in 2024, up {growth}% from the year before.",
             ""]
    for i in range(sections):
        lines += [f"## {title} section {i + 1}", ""]
        for _ in range(6):
            words = " ".join(rng.choice(_WORDS) for _ in range(14))
            lines.append(f"The {name} segment saw {words}.")
        lines.append("")
    return "\n".join(lines)


def synthetic_question(name: str) -> str:
    return f"What was the global {name} robotics market size in 2024?"


# -- expected contents ------------------------------------------------------------------------------
def expected_chunks(paths: list[Path], settings, embedder) -> dict[str, tuple[str, set[str]]]:
    """doc_id -> (content hash, chunk ids) that an uninterrupted ingest of `paths` stores: the
    pipeline's own load, metadata and chunking steps, without the embedding."""
    from ingest.chunk import Chunker
    from ingest.loaders import load_file
    from ingest.manifest import doc_info

    chunker = Chunker(embedder.count_tokens_batch, settings.chunk_tokens, settings.chunk_overlap_tokens)
    out: dict[str, tuple[str, set[str]]] = {}
    for path in paths:
        loaded, data = load_file(path, int(settings.max_file_mb * 2**20))
        info = doc_info(path, loaded.sections)
        content_hash = hashlib.sha256(data).hexdigest()[:16]
        ids = [c.chunk_id for c in chunker.chunk(info, loaded.sections, content_hash)]
        assert len(ids) == len(set(ids))
        out[info.doc_id] = (content_hash, set(ids))
    return out


@dataclass
class IndexState:
    chroma_ids: list[str]
    registry: dict[str, tuple[str, int]]       # doc_id -> (content hash, chunks)
    chunk_owner: dict[str, tuple[str, str]]    # chunk id -> (doc_id, content hash)
    snapshot_ids: list[str]
    disk_ids: list[str] | None
    generation: int
    dirty: int
    dense_ids: set[str]

    def by_doc(self) -> dict[str, tuple[str, set[str]]]:
        out: dict[str, tuple[str, set[str]]] = {}
        for cid, (doc, h) in self.chunk_owner.items():
            out.setdefault(doc, (h, set()))[1].add(cid)
        return out

    def summary(self) -> dict:
        return {"docs": sorted(self.registry), "chunks": len(self.chroma_ids)}


def index_state(app) -> IndexState:
    """Everything both stores hold, read through the product's own classes."""
    import numpy as np

    from ingest.index_folder import IndexFolder

    lib = app.library
    store = lib.store
    ids: list[str] = []
    for batch in store._iter_ids():
        ids += batch
    owner = {c.chunk_id: (c.doc_id, c.content_hash) for c in store.iter_chunks()}
    registry = {d.doc_id: (d.content_hash, d.chunks) for d in store.docs()}
    snap = lib.snapshot()
    disk = IndexFolder(lib.folder.folder).load()
    state = store.state()
    dense: set[str] = set()
    if ids:  # Chroma's vector index must hold every record: a query for all of them returns all
        rng = np.random.default_rng(0)
        vec = rng.normal(size=app.embedder.dimension).astype(np.float32)
        dense = {cid for cid, _ in store.query(vec / np.linalg.norm(vec), len(ids))}
    return IndexState(ids, registry, owner, [c.chunk_id for c in snap.chunks],
                      None if disk is None else [c.chunk_id for c in disk.chunks],
                      state["generation"], state["dirty"], dense)


def assert_consistent(app, expected: dict[str, tuple[str, set[str]]] | None = None) -> IndexState:
    """No duplicates, no orphans, Chroma = registry = local snapshot = the snapshot on disk, and
    (when given) exactly the expected reports and chunk ids."""
    st = index_state(app)
    assert len(st.chroma_ids) == len(set(st.chroma_ids)), "duplicate chunk ids in Chroma"
    assert app.library.store.count() == len(st.chroma_ids)
    orphans = {cid: o for cid, o in st.chunk_owner.items() if st.registry.get(o[0], ("", 0))[0] != o[1]}
    assert not orphans, f"{len(orphans)} orphan chunks (report version not registered): {list(orphans.items())[:3]}"
    per_doc = st.by_doc()
    for doc, (h, n) in st.registry.items():
        assert doc in per_doc and per_doc[doc][0] == h, f"{doc}: registered but its chunks are missing"
        assert len(per_doc[doc][1]) == n, f"{doc}: registry says {n} chunks, Chroma holds {len(per_doc[doc][1])}"
    assert st.dirty == 0, "the dirty flag is still set"
    assert len(st.snapshot_ids) == len(set(st.snapshot_ids)), "duplicate chunk ids in the local index"
    assert set(st.snapshot_ids) == set(st.chroma_ids), "keyword/local index and Chroma disagree"
    assert st.disk_ids is not None, "no readable local index on disk"
    assert sorted(st.disk_ids) == sorted(st.chroma_ids), "the local index on disk and Chroma disagree"
    assert app.library.snapshot().keyword.size == len(st.chroma_ids)
    assert st.dense_ids == set(st.chroma_ids), "Chroma's vector index misses records"
    if expected is not None:
        assert set(st.registry) == set(expected), (sorted(st.registry), sorted(expected))
        for doc, (h, ids) in expected.items():
            assert st.registry[doc][0] == h, f"{doc}: wrong version registered"
            assert per_doc[doc][1] == ids, f"{doc}: chunk ids differ from an uninterrupted run"
    return st


def dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1)[:2000]


@contextlib.contextmanager
def tmpfs(path: Path, size: str):
    """A small tmpfs mounted at `path` (a disk that really fills up), unmounted afterwards; the test
    is skipped where mounting is not permitted."""
    path.mkdir(parents=True)
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a full-disk test needs a small tmpfs: `mount -t tmpfs` requires root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mount -t tmpfs is not permitted here: {done.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)
