"""Import chromadb without the `overrides` package's import-time signature checks.

chromadb marks ~170 methods `@override`; for each one, at import, the `overrides` package
disassembles the calling frame to find the base classes and compares the two signatures type
hint by type hint. That check only ever raises on a broken chromadb release and costs about a
fifth of `import chromadb` (1.65-1.88 -> 1.48-1.64 s in alternated fresh processes on the
shared 2-core machine), which is on the path of every cold `reportqa ask`. While chromadb is
imported, the decorator only marks the method (`__override__`, which `EnforceOverrides` checks)
and returns it unchanged, as it does after a passing check; afterwards it is restored.
"""

from __future__ import annotations

import importlib
import sys
import threading
from types import ModuleType

_LOCK = threading.Lock()


def import_chromadb() -> ModuleType:
    """`import chromadb`, with `overrides`' signature checks skipped if this import loads it."""
    if "chromadb" in sys.modules:
        return sys.modules["chromadb"]
    with _LOCK:
        try:
            checks = importlib.import_module("overrides.overrides")  # the module, not the function
            original = checks._overrides
        except (ImportError, AttributeError):  # another `overrides` version: import as it is
            return importlib.import_module("chromadb")
        checks._overrides = _mark_only
        try:
            return importlib.import_module("chromadb")
        finally:
            checks._overrides = original


def _mark_only(method, check_signature, check_at_runtime):  # noqa: ARG001 - the checked function's signature
    method.__override__ = True
    return method
