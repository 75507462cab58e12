"""The reader id covers every module that shapes chunk text: a module split out of one of them (a
table's cell values, a heading grid) must join SHAPING, or a change to it would leave old chunks."""

from __future__ import annotations

import re
from pathlib import Path

from ingest.recipe import SHAPING

# siblings a shaping module imports that decide no chunk text: error messages, types, a report's id
_NOT_SHAPING = {"errors", "types", "identity"}


def test_every_sibling_a_shaping_module_imports_shapes_too():
    here = Path(__file__).resolve().parents[1] / "ingest"
    missing = {}
    for name in SHAPING:
        imported = set(re.findall(r"^\s*from \.(\w+) import", (here / f"{name}.py").read_text(encoding="utf-8"), re.M))
        if left := imported - set(SHAPING) - _NOT_SHAPING:
            missing[name] = sorted(left)
    assert not missing, f"add to ingest/recipe.py SHAPING (or _NOT_SHAPING here): {missing}"
