"""The answerer must not depend on the process's string-hash seed: Python orders sets of words by
hash, so a tie (two question terms equally rare) or a float sum taken in set order answered
differently from one `reportqa ask` to the next. Each check runs in fresh processes with other seeds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Two question terms with the same IDF ('alpha', 'gamma': each in one passage): which one is the
# rarest was the first the set yielded. The passage with 'gamma' only (the first, the lead) makes
# rare_term_missing depend on that choice. The overlap and coverage sums are printed exactly (repr).
SCRIPT = """
import json
from rag.extractive import verify
from rag.extractive.gates import term_coverage
from tests.test_extractive import decision
d = decision("Which alpha gamma delta omega kappa sigma figure was reported?",
             "The gamma delta omega kappa sigma figure was USD 5 billion.",
             "The alpha unit was small.", "Robots spread across factories.")
f = verify.features(d.ctx, d.slots, d.evidence, d.best, d.figures)
print(json.dumps([f["rare_term_missing"], f["rare_term_far"], repr(d.best.features["overlap"]),
                  repr(term_coverage(d.ctx, d.slots, d.best.text))]))
"""


def _run(seed: int) -> list:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_lead_features_are_the_same_under_every_hash_seed():
    runs = [_run(seed) for seed in range(6)]
    assert all(r == runs[0] for r in runs), runs
