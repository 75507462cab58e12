"""Which gate decided each abstention on the DEV gold set: correct (unanswerable) vs false (answerable).

`python -m eval.gate_audit [--json FILE]`; refuses the held-out split (its per-question outcomes stay unread)."""
from __future__ import annotations

import argparse
import collections
import json
import logging

from eval.gold import load_gold, tunable

log = logging.getLogger(__name__)


def audit(app, questions) -> list[dict]:
    """One row per question: answerable, abstained, the deciding gate and the candidates' blocking gates."""
    rows = []
    for q in questions:
        a = app.assistant.ask(q.question, explain=True)
        ex = getattr(a, "explanation", None) or {}
        rows.append({"id": q.id, "answerable": q.answerable, "abstained": a.abstained, "gate": ex.get("gate"),
                     "blocked": [b["gate"] for b in ex.get("blocked", [])]})
    return rows


def tally(rows: list[dict]) -> dict[str, tuple[int, int]]:
    """gate -> (correct abstentions, false abstentions), most firing first."""
    c: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for r in rows:
        if r["abstained"]:
            c[str(r["gate"])][1 if r["answerable"] else 0] += 1
    return {g: (ok, bad) for g, (ok, bad) in sorted(c.items(), key=lambda x: -sum(x[1]))}


def main() -> None:
    from rag.factory import build_app
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--json", help="write the per-question rows here")
    args = p.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    rows = audit(build_app(), [q for q in load_gold() if tunable(q)])
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=1)
    for gate, (ok, bad) in tally(rows).items():
        log.info("%-28s correct %4d  false %4d", gate, ok, bad)


if __name__ == "__main__":
    main()
