"""Compound questions: two things asked at once ('What was the fee, and whether the report was prepared
independently?', 'What was X in 2024, and in 2030?') are split into two part-questions, each answered from
its own evidence, and the answer composes both with each part's own citations."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .followup import understand
from .types import Answer, Citation

# ', and which ...', ', and how many ...', ', and whether ...': a second clause with its own asking word
_SECOND_ASK = re.compile(r",\s*and\s+(?=(?:what|which|how|when|where|who|whose|whether)\b)", re.I)
_ANY_ASK = re.compile(r"\band\s+(?:what|which|how|when|where|who|whose|whether)\b", re.I)  # with or without a comma
# ', and in 2030?': a second period asked of the same thing (a follow-up of the first clause)
_SECOND_YEAR = re.compile(r",\s*(?P<turn>and\s+(?:in|for|by)\s+(?:19|20)\d\d)\s*\??\s*$", re.I)
_AUX = re.compile(r"\b(is|are|was|were|has|have|had|does|do|did|can|will)\b", re.I)
_HALF = "the question asks two things"
# 'how many enterprises does it have', 'whose is it': a part pointing back at the first part's answer
_POINTS_BACK = re.compile(r"\b(it|its|they|their|them|this|that|these|those|whose)\b", re.I)


def _asked(clause: str) -> str:
    """A clause as a question: 'whether the report was prepared ...' -> 'Was the report prepared ...?'."""
    clause = clause.strip().rstrip("?.").strip()
    if m := re.match(r"whether\s+(.*)$", clause, re.I):
        rest = m.group(1)
        aux = _AUX.search(rest)
        if aux is None:
            return ""
        subject, after = rest[:aux.start()].strip(), rest[aux.end():].strip()
        clause = f"{aux.group(1).capitalize()} {subject} {after}".replace("  ", " ")
    return clause[:1].upper() + clause[1:] + "?"


def parts(question: str) -> tuple[str, str] | None:
    """The two part-questions of a question asking two things in clauses joined by ', and' + an asking word
    or a second period; None when the question asks one thing (or the split is not clean)."""
    q = (question or "").strip()
    if m := _SECOND_YEAR.search(q):
        first = q[:m.start()].strip().rstrip(",") + "?"
        second = understand(m.group("turn") + "?", [first])
        return (first, second) if second != first and not second.lower().startswith("and") else None
    found = list(_SECOND_ASK.finditer(q))
    if len(found) != 1 or len(_ANY_ASK.findall(q)) != 1:  # three things asked, or a join read two ways
        return None
    first = q[:found[0].start()].strip().rstrip(",")
    second = _asked(q[found[0].end():])
    if len(first.split()) < 3 or len(second.split()) < 3 or _POINTS_BACK.search(second):
        return None  # a part leaning on the other's answer is not a question of its own
    return first + "?", second


def wants_parts(whole: Answer) -> bool:
    """Today's answer leaves a part unanswered: it abstained, or it says it answers only one of two things."""
    return whole.abstained or _HALF in whole.answer


def _renumbered(answer: Answer, shift: int) -> tuple[str, list[Citation]]:
    """The answer's text, bold taken off (a part's lead is not vouched for as the whole's), and citations with
    every [n] moved to [n + shift]."""
    text = re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + shift}]", answer.answer.strip().replace("**", ""))
    return text, [replace(c, n=c.n + shift) for c in answer.citations]


def composed(whole: Answer, first: Answer, second: Answer, asked: tuple[str, str]) -> Answer | None:
    """Both parts' answers in one, each with its own citations; None (keep `whole`) when neither part is
    answered, or when one is not and `whole` abstained (a part alone must not answer what was refused)."""
    if first.abstained and second.abstained:
        return None
    if whole.abstained and (first.abstained or second.abstained):
        return None
    pieces, citations = [], []
    for i, (part, q) in enumerate(zip((first, second), asked), 1):
        if part.abstained:
            pieces.append(f"({i}) The reports don't give this part.")
            continue
        text, cites = _renumbered(part, len(citations))
        pieces.append(f"({i}) {text}")
        citations.extend(cites)
    return replace(whole, answer=" ".join(pieces), figure=None, abstained=False, citations=citations,
                   confidence=min(first.confidence, second.confidence), shape=None, derivation=None,
                   unsupported_figures=[])


def answer_parts(question: str, whole: Answer, ask: Callable[[str], Answer]) -> Answer:
    """`whole`, or where it leaves a part unanswered and the question splits cleanly in two, the parts'
    answers (`ask` answers one part-question) composed."""
    if not wants_parts(whole) or (asked := parts(question)) is None:
        return whole
    return composed(whole, ask(asked[0]), ask(asked[1]), asked) or whole
