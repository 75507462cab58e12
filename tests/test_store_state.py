"""The index's state (generation, dirty) is read from Chroma unless the embedded database's files
are unchanged and settled since the last read: a question then skips the read, and a write (this
process's or another's) is always seen at the next question."""

from __future__ import annotations

import os
import time

from ingest.chroma_import import import_chromadb
from ingest.store import ChunkStore


class CountingClient:
    """A real Chroma client that counts `get_collection` reads."""

    def __init__(self, client) -> None:
        self.client, self.reads = client, 0

    def get_collection(self, *args, **kwargs):
        self.reads += 1
        return self.client.get_collection(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.client, name)


def _age(folder, seconds: float) -> None:
    """Date the database's files `seconds` back, as if the last write were that old."""
    then = time.time() - seconds
    for name in os.listdir(folder):
        if name.startswith("chroma.sqlite3"):
            os.utime(folder / name, (then, then))


def test_settled_unchanged_files_skip_the_read_and_a_write_is_seen_next(tmp_path):
    chromadb = import_chromadb()
    client = CountingClient(chromadb.PersistentClient(str(tmp_path)))
    store = ChunkStore(client, "state-test", tmp_path)
    writer = ChunkStore(chromadb.PersistentClient(str(tmp_path)), "state-test", tmp_path)
    _age(tmp_path, 10)
    assert store.state() == {"generation": 0, "dirty": 0}
    reads = client.reads
    assert store.state() == {"generation": 0, "dirty": 0}
    assert client.reads == reads  # files as they were: no read
    writer.set_state(7, 1)
    assert store.state() == {"generation": 7, "dirty": 1}
    assert client.reads == reads + 1


def test_recently_written_files_are_not_trusted(tmp_path):
    """A write in the same timestamp tick as the last stat could leave size and mtime as they were."""
    chromadb = import_chromadb()
    client = CountingClient(chromadb.PersistentClient(str(tmp_path)))
    store = ChunkStore(client, "state-test", tmp_path)
    store.set_state(3, 0)  # the files changed just now
    reads = client.reads
    assert store.state()["generation"] == 3
    assert store.state()["generation"] == 3
    assert client.reads == reads + 2


def test_without_a_database_folder_every_call_reads(tmp_path):
    """Against a Chroma server there are no files to watch."""
    chromadb = import_chromadb()
    client = CountingClient(chromadb.PersistentClient(str(tmp_path)))
    store = ChunkStore(client, "state-test")
    _age(tmp_path, 10)
    reads = client.reads
    store.state()
    store.state()
    assert client.reads == reads + 2
