"""The ingest pipeline: files -> cleaned sections -> chunks -> vectors -> Chroma + local index.

Crash-safe by ordering: a new version's chunks (ids include the version) are added beside the
old, the registry record is flipped in one write, and only then is the old version deleted; a
`dirty` flag marks a run under way, and the next run removes what no registered version owns
(never a registered version's chunks) and re-reads a report whose registered version lost chunks. One ingest at a time per data directory
(a file lock); readers keep answering from the last complete snapshot.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path

import numpy as np
from filelock import FileLock, Timeout

from .chunk import Chunker
from .embedding import Embedder
from .errors import IndexBusy, UserError
from .exact import EXACT_MAX, ExactVectors
from .index import Snapshot
from .index_folder import IndexFolder
from .ingest_run import IngestReport, Stages, expand_paths, windows
from .matching import damaged_reports, prepare, with_repairs
from .originals import record_originals
from .progress import ProgressEvents, ProgressRelay
from .recipe import reader_id
from .settings import Settings
from .store import ChunkStore, DocRecord, open_client, reopen_client
from .types import Chunk

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # (done, total, what) — chunks embedded so far
EMBED_WINDOW = 1024  # chunks embedded together (whole reports) before they are stored


class Library:
    """Ingests, lists and removes reports, and serves consistent snapshots to the answer path."""

    def __init__(self, settings: Settings, embedder: Embedder) -> None:
        self.settings = settings
        self.embedder = embedder
        self._store: ChunkStore | None = None
        self._snapshot: Snapshot | None = None
        self._folder: IndexFolder | None = None
        self._reopen_lock = threading.Lock()
        self._exact: tuple[weakref.ref, ExactVectors | None] | None = None  # the last snapshot's vectors

    # -- lifecycle ----------------------------------------------------------------------------
    def warm_up(self) -> None:
        """Open Chroma and load the model; nothing heavy happens before this. The model loads in a
        second thread meanwhile (onnxruntime builds its session outside the GIL), which cuts a
        cold `reportqa ask`."""
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(1, thread_name_prefix="model-load") as pool:
            loading = pool.submit(self.embedder.warm_up)
            self._open()
            loading.result()

    def _open(self) -> None:
        """Open Chroma and the local index folder. The collection name comes from the model's
        name, so listing or removing reports never loads the model (it loads on first use)."""
        if self._store is None:
            self._store = ChunkStore(open_client(self.settings), self.embedder.collection_name, self._db_dir())
            self._folder = IndexFolder(self.settings.index_dir / self.embedder.collection_name)

    @property
    def store(self) -> ChunkStore:
        self._open()
        assert self._store is not None
        return self._store

    @property
    def folder(self) -> IndexFolder:
        self._open()
        assert self._folder is not None
        return self._folder

    def _reopen(self) -> None:
        """Recreate the embedded Chroma client and collections (once per outside change)."""
        with self._reopen_lock:
            self._store = ChunkStore(reopen_client(self.settings), self._store.name if self._store else
                                     self.embedder.collection_name, self._db_dir())

    def _db_dir(self):
        """The embedded Chroma's folder (its files tell the store when its state may have changed); None
        against a server."""
        return None if self.settings.server_mode else self.settings.chroma_dir

    def _lock(self, name: str, timeout: float) -> FileLock:
        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        return FileLock(str(self.settings.data_dir / f"{name}.lock"), timeout=timeout)

    # -- reading ------------------------------------------------------------------------------
    def docs(self) -> list[DocRecord]:
        return self.store.docs()

    def outdated(self, records: Iterable[DocRecord]) -> list[DocRecord]:
        """The reports whose chunks an earlier version of the reader made (ingest/recipe.py): an
        ingest of their files, or `reportqa reingest`, reads them again."""
        reader = reader_id(self.settings.chunk_tokens, self.settings.chunk_overlap_tokens)
        return [r for r in records if r.reader != reader]

    def snapshot(self) -> Snapshot:
        """The current consistent index; reloaded or re-synced from Chroma when it changed."""
        state = self.store.state()
        snap = self._snapshot
        if snap is not None and snap.generation == state["generation"] and not state["dirty"]:
            return snap
        if snap is not None and state["dirty"]:
            return snap  # an ingest is writing: keep answering from the last complete version
        if snap is not None and not self.settings.server_mode:
            self._reopen()  # another process wrote: see its vectors, not the ones loaded at start
        local = self.folder.load(previous=snap)
        if local is not None and local.generation == state["generation"] and not state["dirty"]:
            self._snapshot = local
            return local
        with self._lock("index", timeout=600):
            self._snapshot = self._sync(local or snap, state["generation"])
        return self._snapshot

    def exact_vectors(self, snap: Snapshot) -> ExactVectors | None:
        """The snapshot's chunk vectors for an exact dense search (ingest/exact.py), read from
        Chroma once per snapshot; None (Chroma's own query then) above EXACT_MAX chunks, against a
        Chroma server (the vectors would come as JSON over HTTP: not measured, left as it was), or
        while Chroma's state is not exactly the snapshot's (a write under way or since: read again
        at the next question)."""
        held = self._exact
        if held is not None and held[0]() is snap:
            return held[1]
        if len(snap.chunks) > EXACT_MAX or self.settings.server_mode:
            self._exact = (weakref.ref(snap), None)
            return None
        store = self.store
        state = store.state()
        if state["dirty"] or state["generation"] != snap.generation:
            return None
        ids, matrix = store.vectors()
        if store.state() != state:  # a writer started meanwhile: these may be another version's
            return None
        exact = ExactVectors.build(snap.position, ids, matrix)
        self._exact = (weakref.ref(snap), exact)
        return exact

    def _sync(self, base: Snapshot | None, generation: int, save_empty: bool = True) -> Snapshot:
        """Bring a (possibly missing or stale) local snapshot in line with Chroma's registry.
        `save_empty=False` leaves an empty index unwritten (an ingest into an empty library saves
        its own at the end: one index build and write instead of two)."""
        registry = {d.doc_id: d.content_hash for d in self.store.docs()}
        have: dict[str, str] = {}
        if base is not None:
            for c in base.chunks:
                have.setdefault(c.doc_id, c.content_hash)
        stale = {d for d, h in have.items() if registry.get(d) != h}
        missing = [d for d, h in registry.items() if have.get(d) != h]
        chunks: list[Chunk] = []
        vectors: list[np.ndarray | None] = []
        for doc_id in missing:
            for chunk, stored in self.store.iter_chunks_with_vectors(doc_id):
                if chunk.content_hash == registry[doc_id]:
                    chunks.append(chunk)
                    vectors.append(stored)
        # sentence vectors come stored with the chunks; only chunks written without them
        # (by an older version) go through the model again
        redo = [i for i, v in enumerate(vectors) if v is None or v.shape[1] != self.embedder.dimension]
        if redo:
            for i, v in zip(redo, self._sentence_vectors([chunks[i] for i in redo])):
                vectors[i] = v
        log.info("synced local index with Chroma: %d reports re-read (%d chunks re-embedded), %d dropped",
                 len(missing), len(redo), len(stale))
        if base is None:
            snap = Snapshot.build(generation, chunks, vectors, self.embedder.dimension)
        else:
            snap = base.replace_docs(generation, stale | set(missing), chunks, vectors)
        if snap.chunks or save_empty:
            self.folder.save(snap)
        return snap

    def _sentence_vectors(self, chunks: Sequence[Chunk], progress: Progress | None = None,
                          total: int = 0, done: int = 0) -> list[np.ndarray]:
        """Chunk vectors are in Chroma; sentence vectors come from the same forward pass."""
        _, vecs = self._embed(chunks, progress, total, done)
        return vecs

    def _embed(self, chunks: Sequence[Chunk], progress: Progress | None, total: int, done: int):
        """Chunk vectors and per-chunk sentence vectors, in the order of `chunks`.

        Chunks are fed to the model longest first, so each batch holds chunks of similar length
        and little padding is computed (the model's own length sort only sees one call's texts).
        """
        batch = max(self.settings.embed_batch_size * 2, 32)
        dim = self.embedder.dimension
        order = sorted(range(len(chunks)), key=lambda i: -len(chunks[i].text))
        chunk_mat = np.zeros((len(chunks), dim), np.float32)
        sent_vecs: list[np.ndarray] = [np.zeros((0, dim), np.float32)] * len(chunks)
        groups = [order[i:i + batch] for i in range(0, len(order), batch)]
        parts = [[chunks[j] for j in idx] for idx in groups]
        inputs = [([c.text for c in part], [c.sentences for c in part]) for part in parts]
        many = getattr(self.embedder, "embed_with_spans_groups", None)  # the next group runs while this one is taken
        outs = many(inputs) if many is not None else (self.embedder.embed_with_spans(*x) for x in inputs)
        for idx, part, (cv, sv) in zip(groups, parts, outs):
            chunk_mat[idx] = cv
            for j, v in zip(idx, sv):
                sent_vecs[j] = v
            done += len(part)
            if progress:
                progress(done, total, part[-1].source)
        return chunk_mat, sent_vecs

    # -- writing ------------------------------------------------------------------------------
    def ingest(self, paths: Sequence[Path], progress: Progress | None = None, lock_timeout: float = 300,
               source_names: dict[Path, str] | None = None, keys: dict[Path, str] | None = None,
               on_progress: ProgressEvents | None = None, rebuild: Collection[str] = ()) -> IngestReport:
        """Ingest files and folders; bad files are reported and skipped, the rest go in. Reports
        in `rebuild` (doc ids) are chunked again even when their file is unchanged.

        A file is the report with its identity (`keys`, else the upload name when `source_names`
        gives one, else its resolved path) or with its bytes; any other file is a new report.
        `progress(done, total, what)` hears chunks embedded; `on_progress(IngestProgress)` hears
        every file's stages (reading, chunking, embedding, storing; see ingest/progress.py)."""
        started = time.perf_counter()
        files = expand_paths(paths, skip=self.settings.data_dir)
        progress = ProgressRelay(progress, on_progress, len(files))  # still a (done, total, what) callback
        self.warm_up()
        stages = Stages()
        try:
            with self._lock("ingest", timeout=lock_timeout):
                results, added, warnings = self._ingest_locked(files, progress, dict(source_names or {}),
                                                               dict(keys or {}), stages, frozenset(rebuild))
        except Timeout as exc:
            raise IndexBusy(f"{self.settings.data_dir}: another ingest is running on this data directory; "
                            "wait for it to finish and retry") from exc
        record_originals(self.settings, results)  # where each report was read from (reingest, page view)
        total = self.store.count()
        seconds = time.perf_counter() - started
        return IngestReport(results, total, seconds, added, [r for r in results if r.status == "error"],
                            warnings, {**stages, "total": seconds * 1000})

    def _ingest_locked(self, files: list[Path], progress: Progress | None, names: dict[Path, str],
                       keys: dict[Path, str], stages: Stages | None = None, rebuild: Collection[str] = ()):
        stages = stages if stages is not None else Stages()
        store = self.store
        state = store.state()
        registry = {d.doc_id: d for d in store.docs()}
        damaged = damaged_reports(store, registry)
        if state["dirty"]:
            removed = store.delete_orphans({d: r.content_hash for d, r in registry.items()}, keep_docs=damaged)
            log.warning("previous ingest was interrupted: removed %d orphan chunks", removed)
        files = with_repairs(files, damaged, registry, names, keys)
        base = self.snapshot_for_write(state)
        stages.lap("store")  # registry read, orphan clean-up, snapshot
        chunker = Chunker(self.embedder.count_tokens_batch, self.settings.chunk_tokens, self.settings.chunk_overlap_tokens)
        prepared, results = prepare(files, names, keys, registry, damaged, store, chunker,
                                    int(self.settings.max_file_mb * 2**20), progress, stages, rebuild)
        warnings = [f"{doc}: the index holds {have} of its {registry[doc].chunks} chunks and its file was not "
                    f"found; ingest the file again (`reportqa ingest FILE`) to repair it"
                    for doc, have in damaged.items() if doc not in {r.doc_id for _, r, _ in prepared}]
        for line in warnings:
            log.warning(line)
        if not prepared:
            if state["dirty"]:
                store.set_state(state["generation"] + 1, 0)
            return results, 0, warnings
        store.set_state(state["generation"], 1)
        relay = ProgressRelay.of(progress)
        total = sum(len(c) for _, _, c in prepared)
        done = 0
        new_chunks: list[Chunk] = []
        new_vectors: list[np.ndarray] = []
        replaced: set[str] = set()
        for window in windows(prepared, EMBED_WINDOW):
            # embed a window of whole reports at once (length-sorted batches), then store them
            # in the crash-safe order: write the new versions beside the old (chunk ids include
            # the version), flip their registry records, then delete the old versions. The
            # window's chunks go in one write (in report order, as one write per report would
            # put them) and its records in another: each Chroma write has a fixed cost
            window_chunks = [c for _, _, chunks in window for c in chunks]
            stages.lap("store")
            chunk_vecs, sent_vecs = self._embed(window_chunks, progress, total, done)
            stages.lap("embed")
            store.add(window_chunks, chunk_vecs, sent_vecs)
            # two files of one run may be one report (two uploads of one name): its last version
            # stands, as one write per report left it, and the deletes keep that version only
            last = {record.doc_id: record for _, record, _ in window}
            store.put_doc(*last.values())
            at = done
            done += len(window_chunks)
            for _, record, chunks in window:
                at += len(chunks)
                store.delete_doc(record.doc_id, keep_hash=last[record.doc_id].content_hash)
                replaced.add(record.doc_id)
                relay.stored(record.source, at, total)
            new_chunks += window_chunks
            new_vectors += sent_vecs
            stages.lap("store")
        generation = state["generation"] + 1
        held = {record.doc_id: record.content_hash for _, record, _ in prepared}  # a version superseded in the run is gone
        kept = [i for i, c in enumerate(new_chunks) if held[c.doc_id] == c.content_hash]
        if len(kept) < len(new_chunks):
            new_chunks, new_vectors = [new_chunks[i] for i in kept], [new_vectors[i] for i in kept]
        snap = base.replace_docs(generation, replaced, new_chunks, new_vectors)
        self.folder.save(snap)
        stages.lap("index")
        store.set_state(generation, 0)
        self._snapshot = snap
        return results, total, warnings

    def snapshot_for_write(self, state: dict) -> Snapshot:
        """The snapshot an ingest extends: the current one, synced with Chroma first if stale."""
        local = self._snapshot
        if local is None or local.generation != state["generation"]:
            local = self.folder.load(previous=local) or local
        if local is not None and local.generation == state["generation"] and not state["dirty"]:
            return local
        with self._lock("index", timeout=600):
            return self._sync(local, state["generation"], save_empty=False)

    def remove(self, doc_id: str) -> DocRecord:
        """Delete a report from Chroma and the local index; unknown ids are a user error."""
        try:
            with self._lock("ingest", timeout=300):
                store = self.store
                record = next((d for d in store.docs() if d.doc_id == doc_id), None)
                if record is None:
                    known = ", ".join(d.doc_id for d in store.docs()) or "none"
                    raise UserError(f"no report with id {doc_id!r} (known: {known}); see `reportqa docs`")
                state = store.state()
                base = self.snapshot_for_write(state)
                store.set_state(state["generation"], 1)
                store.remove_doc(doc_id)
                store.delete_doc(doc_id)
                generation = state["generation"] + 1
                snap = base.replace_docs(generation, {doc_id}, [], [])
                self.folder.save(snap)
                store.set_state(generation, 0)
                self._snapshot = snap
                return record
        except Timeout as exc:
            raise IndexBusy(f"{self.settings.data_dir}: an ingest is running; retry when it has finished") from exc
