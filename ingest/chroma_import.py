"""Import chromadb without the work it does at import for features ReportQA never uses.

1. The `overrides` package's signature checks (on import and while a client is created). chromadb marks ~170 methods `@override`; for each
   one, at import, `overrides` disassembles the calling frame to find the base classes and
   compares the two signatures type hint by type hint. That check only ever raises on a broken
   chromadb release and costs about a fifth of `import chromadb` (1.65-1.88 -> 1.48-1.64 s in
   alternated fresh processes on the shared 2-core machine), which is on the path of every cold
   `reportqa ask`. While chromadb is imported, the decorator only marks the method
   (`__override__`, which `EnforceOverrides` checks) and returns it unchanged, as it does after a
   passing check; afterwards it is restored.
2. Modules chromadb imports eagerly but uses only for features ReportQA leaves off:
   `chromadb.utils.embedding_functions` (every hosted embedding function with its JSON schemas:
   jsonschema, httpx, ...; we always pass our own vectors), the OpenTelemetry gRPC span
   exporter (grpc, protobuf; only built when an OTLP endpoint is configured) and httpx's
   command line (`httpx._main`: click, pygments; httpx imports it for its `httpx` script). While chromadb is
   imported they are stand-ins whose names load the real module on first use (`_Deferred`), so
   nothing changes when a collection's stored configuration does name an embedding function or
   telemetry is configured; afterwards the stand-ins leave `sys.modules`, so a later import of
   those modules gets the real ones.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from types import ModuleType

_LOCK = threading.RLock()

# module -> (names bound by `from module import name` during chromadb's import, which are dicts)
DEFERRED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "chromadb.utils.embedding_functions": (("register_embedding_function",), ("known_embedding_functions",)),
    "opentelemetry.exporter.otlp.proto.grpc.trace_exporter": (("OTLPSpanExporter",), ()),
    "httpx._main": (("main",), ()),  # httpx's command line (click, pygments), imported by `import httpx`
}


def import_chromadb() -> ModuleType:
    """`import chromadb`, with `overrides`' signature checks skipped and the unused modules
    deferred, if this import loads it."""
    if "chromadb" in sys.modules:
        return sys.modules["chromadb"]
    with chroma_loading():
        return importlib.import_module("chromadb")


@contextmanager
def chroma_loading() -> Iterator[None]:
    """While chromadb loads modules (its import, and creating a client, which imports the client's
    implementation and telemetry: 38 more `@override` checks, ~0.3 s CPU): signature checks
    skipped and the unused modules deferred; one thread at a time."""
    with _LOCK:
        stubs = _install_stubs()
        try:
            checks = importlib.import_module("overrides.overrides")  # the module, not the function
            original = checks._overrides
        except (ImportError, AttributeError):  # another `overrides` version: load as it is
            checks = None
        try:
            if checks is not None:
                checks._overrides = _mark_only
            yield
        finally:
            if checks is not None:
                checks._overrides = original
            for name, stub in stubs.items():
                if sys.modules.get(name) is stub:
                    del sys.modules[name]


def _mark_only(method, check_signature, check_at_runtime):  # noqa: ARG001 - the checked function's signature
    method.__override__ = True
    return method


# -- deferred modules ------------------------------------------------------------------------------
def real_module(name: str) -> ModuleType:
    """The module `name`, imported for real (replacing its stand-in) if it is not yet."""
    mod = sys.modules.get(name)
    if mod is None or getattr(mod, "__reportqa_deferred__", False):
        if mod is not None and sys.modules.get(name) is mod:
            del sys.modules[name]
        mod = importlib.import_module(name)
    return mod


def _install_stubs() -> dict[str, ModuleType]:
    """Stand-ins for the DEFERRED modules that are neither imported yet nor missing."""
    stubs: dict[str, ModuleType] = {}
    for name, (functions, mappings) in DEFERRED.items():
        if name in sys.modules:
            continue
        try:
            if importlib.util.find_spec(name.split(".")[0]) is None:  # not installed: chromadb fails as it would
                continue
        except (ImportError, ValueError):
            continue
        stub = ModuleType(name, f"stand-in for {name} while chromadb is imported (ingest/chroma_import.py)")
        stub.__reportqa_deferred__ = True
        for attr in functions:
            setattr(stub, attr, _deferred_call(name, attr))
        for attr in mappings:
            setattr(stub, attr, _Deferred(name, attr))
        stub.__getattr__ = _fallback(name)
        sys.modules[name] = stub
        stubs[name] = stub
    return stubs


def _fallback(module: str):
    """The stand-in's other names: the real module's, loaded now (correct, only not deferred).
    Dunder names are the import system's probes (`__path__`, `__spec__`), not uses: absent."""
    def __getattr__(attr: str):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(real_module(module), attr)

    return __getattr__


def _deferred_call(module: str, name: str):
    def call(*args, **kwargs):
        return getattr(real_module(module), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__doc__ = f"{module}.{name}, imported on the first call."
    return call


class _Deferred(Mapping):
    """A module-level dict of a deferred module, read through on every use."""

    def __init__(self, module: str, name: str) -> None:
        self._module, self._name = module, name

    def _target(self) -> Mapping:
        return getattr(real_module(self._module), self._name)

    def __getitem__(self, key):
        return self._target()[key]

    def __iter__(self) -> Iterator:
        return iter(self._target())

    def __len__(self) -> int:
        return len(self._target())

    def __contains__(self, key) -> bool:
        return key in self._target()

    def __repr__(self) -> str:
        return f"<deferred {self._module}.{self._name}>"
