"""One TAT-QA question's outcome (lead exact, answer holds the gold, abstained) and the
summaries per split, answer type and answer source."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from rag.types import lead_of

from .data import Context, TatQuestion
from .normalise import holds_gold, lead_exact

TYPES = ("span", "multi-span", "arithmetic", "count")
SOURCES = ("table", "text", "table-text")
RATES = ("holds", "lead_exact", "abstained", "confident_error")


@dataclass
class TatScore:
    """What one question scored; `answer` and `lead` are kept for dev questions only."""

    uid: str
    context: int
    split: str
    answer_type: str
    answer_from: str
    holds: bool
    lead_exact: bool
    abstained: bool
    confident_error: bool = False  # a bold lead (or figure field) and the answer does not hold the gold
    question: str | None = None
    gold: list[str] | None = None
    lead: str | None = None
    answer: str | None = None
    error: str | None = None
    evidence: dict[str, float] | None = None  # dev only: the bold call's named evidence (eval/fit_bold_call.py)

    @property
    def outcome(self) -> str:
        return outcome_of(self.abstained, self.lead_exact, self.holds)

    def as_row(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


def outcome_of(abstained: bool, lead_exact: bool, holds: bool) -> str:
    """right (lead exact), partial (answer holds the gold, lead not exact), abstained or wrong."""
    if abstained:
        return "abstained"
    if lead_exact:
        return "right"
    return "partial" if holds else "wrong"


def score_answer(ctx: Context, q: TatQuestion, answer: Any | None, error: str | None = None) -> TatScore:
    """Score an `Answer` (None with `error` when the assistant refused the question: an abstention).
    Held-out questions keep only their counts: no question text, answer or lead."""
    if answer is None:
        s = TatScore(q.uid, ctx.index, ctx.split, q.answer_type, q.answer_from, False, False, True, error=error)
    else:
        from eval.metrics import answer_text

        text = answer_text(answer)
        lead = lead_of(answer.figure, answer.answer or "")
        abstained = bool(answer.abstained)
        s = TatScore(q.uid, ctx.index, ctx.split, q.answer_type, q.answer_from,
                     holds=not abstained and holds_gold(text, q.answer, q.scale),
                     lead_exact=not abstained and lead_exact(lead, q.answer, q.answer_type, q.scale),
                     abstained=abstained)
        s.confident_error = not abstained and lead is not None and not s.holds
        if ctx.split == "dev":
            s.lead, s.answer = lead, text
            s.evidence = getattr(answer, "bold_evidence", None)
    if ctx.split == "dev":
        s.question, s.gold = q.question, list(q.answer)
    else:
        s.error = None
    return s


def _rates(scores: Sequence[TatScore]) -> dict[str, Any]:
    n = len(scores)
    out: dict[str, Any] = {"n": n}
    for key in RATES:
        out[key] = (sum(getattr(s, key) for s in scores) / n) if n else None
    return out


def summarise_tatqa(scores: Sequence[TatScore]) -> dict[str, Any]:
    """{split: {overall, by_type, by_from}} for 'dev', 'heldout' (those present) and 'all'."""
    result: dict[str, Any] = {}
    for split in ("dev", "heldout", "all"):
        chosen = [s for s in scores if split == "all" or s.split == split]
        if not chosen:
            continue
        result[split] = {
            "overall": _rates(chosen),
            "by_type": {t: _rates([s for s in chosen if s.answer_type == t]) for t in TYPES},
            "by_from": {f: _rates([s for s in chosen if s.answer_from == f]) for f in SOURCES},
            "contexts": len({s.context for s in chosen}),
        }
    return result
