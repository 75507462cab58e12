"""Importing chromadb with the `overrides` signature checks skipped and its unused modules deferred:
same classes, checks restored, the deferred modules real when used."""

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
    import importlib

    from ingest.store import open_client

    checks = importlib.import_module("overrides.overrides")
    original = checks._overrides
    client = open_client(make_settings())
    assert checks._overrides is original  # skipped only while the client was created
    col = client.get_or_create_collection("t-import")
    col.add(ids=["a", "b"], embeddings=[[1.0, 0.0], [0.0, 1.0]], documents=["x", "y"])
    assert col.query(query_embeddings=[[0.9, 0.1]], n_results=1)["ids"] == [["a"]]


DEFERRED_SCRIPT = """
import sys, tempfile
from ingest.chroma_import import DEFERRED, import_chromadb
chromadb = import_chromadb()
unused = ('jsonschema', 'grpc', *DEFERRED)
assert not [m for m in unused if m in sys.modules], [m for m in unused if m in sys.modules]

# chromadb's own references load the real module on first use
import chromadb.api.collection_configuration as cc
assert 'default' in cc.known_embedding_functions and len(cc.known_embedding_functions) > 5
from chromadb.utils.embedding_functions import known_embedding_functions, DefaultEmbeddingFunction
assert cc.known_embedding_functions['default'] is known_embedding_functions['default']
assert type(sys.modules['chromadb.utils.embedding_functions']).__name__ == 'module'
assert not getattr(sys.modules['chromadb.utils.embedding_functions'], '__reportqa_deferred__', False)

# a collection whose stored configuration names an embedding function reopens with it
client = chromadb.PersistentClient(path=tempfile.mkdtemp())
client.create_collection('with-ef', embedding_function=DefaultEmbeddingFunction())
col = chromadb.PersistentClient(path=client.get_settings().persist_directory).get_collection('with-ef')
assert col._embedding_function is not None and col._embedding_function.name() == 'default'

# telemetry's exporter is the real class when it is built
import chromadb.telemetry.opentelemetry as otel
from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
assert isinstance(otel.OTLPSpanExporter(endpoint='localhost:1', insecure=True), OTLPSpanExporter)
print('REAL')
"""


def test_unused_chromadb_modules_are_deferred_and_real_when_used():
    done = subprocess.run([sys.executable, "-c", DEFERRED_SCRIPT], capture_output=True, text=True, timeout=300,
                          cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                                         "ANONYMIZED_TELEMETRY": "False", "HF_HUB_OFFLINE": "1"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "REAL"


def test_deferred_mapping_reads_through(monkeypatch):
    import types

    from ingest import chroma_import

    real = types.ModuleType("rq_fake_deferred")
    real.table = {"a": 1}
    real.double = lambda x: 2 * x
    monkeypatch.setitem(sys.modules, "rq_fake_deferred", real)
    table = chroma_import._Deferred("rq_fake_deferred", "table")
    assert table["a"] == 1 and "a" in table and list(table) == ["a"] and len(table) == 1 and dict(table) == {"a": 1}
    real.table["b"] = 2  # registrations after the import are seen
    assert table.get("b") == 2
    assert chroma_import._deferred_call("rq_fake_deferred", "double")(4) == 8
