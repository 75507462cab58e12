"""The explanation an extractive answer carries when asked: its slots, the candidates the gates judged and
the gate that decided."""

from __future__ import annotations

from ..types import Answer, AnswerContext
from .fallthrough import Verdict
from .features import Evidence
from .slots import Slots


EXPLAINED = 5  # candidates listed in an explanation


def explained(ctx: AnswerContext, answer: Answer, slots: Slots, evidence: list[Evidence], gate: str | None,
              verdicts: list[Verdict] | None = None, check: tuple[float, dict] | None = None) -> Answer:
    """The explanation: slots, the top candidates (those the gates judged first, in the order
    judged, each with the gate that blocked it or `answers`) and the gate that decided; built
    only when `ctx.explain` asks for it (the assistant drops it otherwise)."""
    if not ctx.explain:
        return answer
    judged = {id(v.evidence): v for v in verdicts or []}
    shown = [v.evidence for v in verdicts or []] + [e for e in evidence if id(e) not in judged]
    candidates = []
    for e in shown[:max(EXPLAINED, len(judged))]:
        c = {"text": e.text, "score": round(e.score, 4), "passage": e.passage_index + 1,
             "features": {k: round(v, 4) for k, v in e.features.items() if v}}
        v = judged.get(id(e))
        if v is not None and v.gate:
            c["blocked"] = {"gate": v.gate[0], "reason": v.gate[1]}
        elif v is not None and not answer.abstained:
            c["answers"] = True
        candidates.append(c)
    answer.explanation = {"slots": slots.as_dict(), "candidates": candidates, "gate": gate,
                          "blocked": [{"candidate": n, **c["blocked"]} for n, c in enumerate(candidates, 1)
                                      if "blocked" in c]}
    if check is not None:
        answer.explanation["check"] = {"p": round(check[0], 4), "features": {k: round(v, 4) for k, v in check[1].items()}}
    return answer
