"""Per-question outcomes committed to the repository (eval/outcomes.json for the gold set,
eval/tatqa_outcomes.json for TAT-QA's dev half) and the flips of a new run against them, so a
change shows exactly which questions it broke and which it fixed. Held-out ids are listed
without their text."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .metrics import QuestionScore

EVAL_DIR = Path(__file__).resolve().parent
OUTCOMES = EVAL_DIR / "outcomes.json"
TATQA_OUTCOMES = EVAL_DIR / "tatqa_outcomes.json"


def outcome_of(s: QuestionScore) -> str:
    """right (scored correct, including a correct abstention), abstained (a false one) or wrong."""
    if s.correct:
        return "right"
    return "abstained" if s.abstained else "wrong"


def outcomes_of(scores: Iterable[QuestionScore]) -> dict[str, str]:
    return {s.id: outcome_of(s) for s in sorted(scores, key=lambda s: s.id)}


def dump(outcomes: Mapping[str, str]) -> str:
    """Stable formatting: one `"id": "outcome"` per line, sorted by id."""
    return json.dumps(dict(sorted(outcomes.items())), indent=1, ensure_ascii=False) + "\n"


def load_outcomes(path: Path = OUTCOMES) -> dict[str, str]:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def write_outcomes(scores: Iterable[QuestionScore], path: Path = OUTCOMES) -> Path:
    path.write_text(dump(outcomes_of(scores)), encoding="utf-8")
    return path


@dataclass(frozen=True)
class Flip:
    """A question whose outcome changed (`before` or `after` is None when it is new or gone)."""

    id: str
    split: str
    before: str | None
    after: str | None

    @property
    def fixed(self) -> bool:
        return self.after == "right" and self.before != "right"


# Flips reported as counts only: the held-out split, and the dev files tuners never read (eval.gold.UNSEEN_CONFIRM).
HIDDEN_SPLITS = {"heldout": "held-out", "confirm": "unseen confirm parts"}


def flips(before: Mapping[str, str], after: Mapping[str, str], splits: Mapping[str, str]) -> list[Flip]:
    """Every id whose outcome differs between two outcome maps: fixes first, then the rest; dev before held-out."""
    changed = [Flip(i, splits.get(i, "?"), before.get(i), after.get(i))
               for i in sorted(set(before) | set(after)) if before.get(i) != after.get(i)]
    order = {"dev": 0, "heldout": 1}
    return sorted(changed, key=lambda f: (not f.fixed, order.get(f.split, 2), f.id))


def flip_report(changed: Sequence[Flip], texts: Mapping[str, str]) -> str:
    """One line per dev flip (id, before -> after, question text); held-out flips and flips of the unseen
    confirm parts (split "confirm") only as counts, so nobody running the tests learns which to tune on."""
    lines: list[str] = []
    hidden = {split: {"fixed": 0, "broke": 0, "changed": 0} for split in HIDDEN_SPLITS}
    for f in changed:
        verb = "fixed" if f.fixed else "broke" if f.before == "right" else "changed"
        if f.split in hidden:
            hidden[f.split][verb] += 1
            continue
        text = f": {texts[f.id]}" if f.id in texts else ""
        lines.append(f"{verb} {f.id} [{f.split}] {f.before or 'new'} -> {f.after or 'gone'}{text}")
    for split, counts in hidden.items():
        if any(counts.values()):
            lines.append(f"{HIDDEN_SPLITS[split]} (ids not shown): " + ", ".join(f"{n} {verb}" for verb, n in counts.items() if n))
    return "\n".join(lines)
