"""Importing chromadb with the `overrides` signature checks skipped: same classes, checks restored."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

SCRIPT = """
import importlib, inspect, sys
checks = importlib.import_module("overrides.overrides")
original = checks._overrides
from ingest.chroma_import import import_chromadb
chromadb = import_chromadb()
assert "chromadb" in sys.modules and chromadb is sys.modules["chromadb"]
assert checks._overrides is original, "the signature check is restored after the import"
assert import_chromadb() is chromadb  # a second call is the plain module lookup
from chromadb.api.rust import RustBindingsAPI
assert RustBindingsAPI.start.__override__ is True  # marked, as the checking decorator marks it

# after the import the decorator checks signatures again
from overrides import override
class Base:
    def f(self, x: int) -> int:
        return x
try:
    class Child(Base):
        @override
        def f(self, x: int, y: int) -> int:
            return x
except TypeError:
    print("CHECKED")
"""


def test_chromadb_imports_with_checks_skipped_then_restored():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300, cwd=ROOT,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "ANONYMIZED_TELEMETRY": "False"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "CHECKED"


def test_a_client_opens_and_stores_through_the_patched_import(make_settings):
    from ingest.store import open_client

    client = open_client(make_settings())
    col = client.get_or_create_collection("t-import")
    col.add(ids=["a", "b"], embeddings=[[1.0, 0.0], [0.0, 1.0]], documents=["x", "y"])
    assert col.query(query_embeddings=[[0.9, 0.1]], n_results=1)["ids"] == [["a"]]
