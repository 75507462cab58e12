"""Plan and actual columns: a header whose own words name a planned figure (budget, target, forecast, guidance) or the
figure that came out (actual, outturn); a year's figure, asked with no plan named, is the actual one."""

from __future__ import annotations

import re

from ingest.tables import SEP

# header words of a planned figure, and of the figure that came out
PLAN = re.compile(r"\b(?:budget(?:ed)?|plan(?:ned)?|target(?:ed)?|forecast|guidance|consensus|goal)\b", re.I)
ACTUAL = re.compile(r"\b(?:actual|outturn|achieved|reported|realised|realized)\b", re.I)


def kind(header: str) -> str | None:
    """'plan' or 'actual' as a column's own header words say ('Budget 2023/24', '2024 target'; 'Actual 2023/24'), or
    None for a header that says neither."""
    own = header.split(SEP)[-1]
    if PLAN.search(own) and not ACTUAL.search(own):
        return "plan"
    return "actual" if ACTUAL.search(own) else None


def actual_column(cols: list[str], phrase: str) -> str | None:
    """Among a year's columns the phrase names equally, the one actual figure when the others are plans and the
    phrase names no plan ('the change from 2023 to 2024' reads '2024 actual', not '2024 target'); else None."""
    if PLAN.search(phrase) or not any(kind(c) == "plan" for c in cols):
        return None
    kept = [c for c in cols if kind(c) != "plan"]
    return kept[0] if len(kept) == 1 else None


def plan_used(derivation: dict) -> bool:
    """Whether a computed share divides one row's actual figure by its plan of the same row ('Actual 2023/24' over
    'Budget 2023/24'): the share of a plan achieved may pass 100%, as no part of a whole may."""
    operands = derivation.get("operands") or []
    if len(operands) != 2 or len({o.get("row") for o in operands}) != 1:
        return False
    return kind(str(operands[0].get("column") or "")) != "plan" and kind(str(operands[1].get("column") or "")) == "plan"
