"""Values derived from an index snapshot's contents, kept with the snapshot: one way to ask for them everywhere."""

from __future__ import annotations

from typing import Any, Callable, TypeVar

T = TypeVar("T")


def kept(snap: Any, key: Any, make: Callable[[], T]) -> T:
    """`make()`, kept with the index snapshot under `key` (made again each time without one, e.g. a test's stand-in).
    For values that depend on the snapshot's contents alone, never on the question."""
    return snap.derived(key, make) if hasattr(snap, "derived") else make()
