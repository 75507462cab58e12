"""An answer's explanation (Answer.explanation) as readable lines: the parsed slots, the top
candidates with their features and score, and the gate that fired."""

from __future__ import annotations

from typing import Any


def explanation_lines(explanation: dict[str, Any] | None, candidates: int = 3) -> list[str]:
    """Plain-text lines for `reportqa ask --explain` (and any front end that wants text)."""
    if not explanation:
        return ["no explanation: this answerer does not give one"]
    if explanation.get("parts"):  # a two-part answer: each part explained from its own evidence
        return [line for i, part in enumerate(explanation["parts"], 1)
                for line in [f"part ({i}): {part.get('question', '')}"]
                + ["  " + x for x in explanation_lines(part, candidates)]]
    slots = {k: v for k, v in (explanation.get("slots") or {}).items() if v not in (None, [], "", False)}
    lines = ["slots: " + "; ".join(f"{k} {', '.join(map(str, v)) if isinstance(v, list) else v}"
                                   for k, v in slots.items() if k != "periods")]
    gate = explanation.get("gate")
    lines.append(f"gate: {gate or 'none fired (answered)'}")
    check = explanation.get("check")
    if check:  # the answer check (rag/extractive/verify.py): is the lead the answer
        lines.append(f"answer check: {check['p']:.2f} that the lead answers")
        f = check.get("features") or {}
        if f.get("rival_gap", 0.5) < 0.5:  # rag/extractive/rivalry.py: another figure of the unit close behind
            where = "another passage" if f.get("rival_other_passage") else "the same passage"
            lines.append(f"rival figure: {f['rival_gap']:.3f} behind the lead, in {where}; the lead's sentence covers "
                         f"{f.get('sentence_coverage', 0):.0%} of the question's key terms")
    listed = explanation.get("candidates") or []
    # every candidate the gates judged is shown (blocked, or the one that answers), at least `candidates`
    judged = [i for i, c in enumerate(listed, start=1) if c.get("blocked") or c.get("answers")]
    for i, c in enumerate(listed[:max([candidates] + judged)], start=1):
        text = c.get("text", "")
        text = text if len(text) <= 160 else text[:157] + "..."
        feats = ", ".join(f"{k} {v:g}" for k, v in sorted(c.get("features", {}).items(), key=lambda kv: -abs(kv[1])))
        lines.append(f"candidate {i} (passage [{c.get('passage', '?')}], score {c.get('score', 0):.3f}): {text}")
        lines.append(f"    features: {feats}")
        if c.get("blocked"):
            lines.append(f"    blocked by {c['blocked']['gate']}: {c['blocked']['reason']}")
        elif c.get("answers"):
            lines.append("    answers (passes every gate)")
    return lines
