"""Test helper: writes local-index generations in a loop until killed (SIGKILL from the test).

usage: python rq_index_writer.py INDEX_FOLDER

Loads the current snapshot and saves it again and again as generation N+1, N+2, ... with the
first report's segment under a new version key each time, so every round writes a segment, a
manifest, the keyword index and the CURRENT pointer: the test kills it at random moments inside
`IndexFolder.save`. Prints "ready" once the first generation is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest.index import Segment, Snapshot  # noqa: E402
from ingest.index_folder import IndexFolder  # noqa: E402


def main() -> None:
    folder = IndexFolder(Path(sys.argv[1]))
    snap = folder.load()
    assert snap is not None, "no local index to rewrite"
    gen = snap.generation
    first, rest = snap.segments[0], snap.segments[1:]
    i = 0
    while True:
        i += 1
        gen += 1
        seg = Segment(first.doc_id, f"{first.content_hash}-w{i}", first.chunks, first.vectors, first.offsets)
        folder.save(Snapshot(gen, segments=[seg] + rest, keyword=snap.keyword, dim=snap.dim))
        if i == 1:
            print("ready", flush=True)


if __name__ == "__main__":
    main()
