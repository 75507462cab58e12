"""Compound questions: two things asked at once ('What was the fee, and whether the report was prepared
independently?', 'What was X in 2024, and in 2030?') are split into two part-questions, each answered from
its own evidence, and the answer composes both with each part's own citations."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from .citation_numbers import renumbered
from .followup import understand
from .types import Answer, Citation, Passage

# ', and which ...', ', and how many ...', ', and whether ...': a second clause with its own asking word
_SECOND_ASK = re.compile(r",\s*and\s+(?=(?:what|which|how|when|where|who|whose|whether)\b)", re.I)
_ANY_ASK = re.compile(r"\band\s+(?:what|which|how|when|where|who|whose|whether)\b", re.I)  # with or without a comma
# ', and in 2030?': a second period asked of the same thing (a follow-up of the first clause)
_SECOND_YEAR = re.compile(r",\s*(?P<turn>and\s+(?:in|for|by)\s+(?:19|20)\d\d)\s*\??\s*$", re.I)
_AUX = re.compile(r"\b(is|are|was|were|has|have|had|does|do|did|can|will)\b", re.I)
_HALF = "the question asks two things"
_PART_NUMBER = re.compile(r"(?:^|\s)\([12]\)\s")  # '(1) ', '(2) ' opening a composed answer's parts
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


def _merged(first: Answer, second: Answer) -> tuple[list[Passage], dict[int, dict[int, int]]]:
    """Both parts' retrieved passages in one list (a passage both retrieved, once), and for each part its
    passage numbers -> their numbers in that list."""
    passages: list[Passage] = []
    at: dict[str, int] = {}
    moved: dict[int, dict[int, int]] = {}
    for i, part in enumerate((first, second), 1):
        moved[i] = {}
        for n, p in enumerate(part.passages, 1):
            if p.chunk_id not in at:
                passages.append(p)
                at[p.chunk_id] = len(passages)
            moved[i][n] = at[p.chunk_id]
    return passages, moved


def _cited(answer: Answer, citations: list[Citation]) -> str:
    """The part's text, bold taken off (a part's lead is not vouched for as the whole's), its citations
    added to `citations` (a passage an earlier part cites keeps that number) and its [n] renumbered."""
    # within one part, a passage cited twice (two quotes) keeps both citations
    number = renumbered(answer.citations, citations, join_own=False)
    return re.sub(r"\[(\d+)\]", lambda m: f"[{number.get(int(m.group(1)), int(m.group(1)))}]",
                  answer.answer.strip().replace("**", ""))


def _explained(asked: tuple[str, str], answers: tuple[Answer, Answer],
               moved: dict[int, dict[int, int]]) -> dict[str, Any] | None:
    """Each part's own explanation (slots, candidates, gate) under its part-question, its candidates'
    passage numbers those of the composed answer's passages; None when no part was explained."""
    if all(a.explanation is None for a in answers):
        return None
    shown = []
    for i, (q, a) in enumerate(zip(asked, answers), 1):
        e = dict(a.explanation or {})
        e["candidates"] = [{**c, "passage": moved[i].get(c.get("passage"), c.get("passage"))}
                           for c in e.get("candidates") or []]
        shown.append({"question": q, **e})
    return {"parts": shown}


def composed(whole: Answer, first: Answer, second: Answer, asked: tuple[str, str]) -> Answer | None:
    """Both parts' answers in one, each with its own citations; None (keep `whole`) when neither part is
    answered, or when one is not and `whole` abstained (a part alone must not answer what was refused)."""
    if first.abstained and second.abstained:
        return None
    if whole.abstained and (first.abstained or second.abstained):
        return None
    passages, moved = _merged(first, second)
    pieces: list[str] = []
    citations: list[Citation] = []
    for i, part in enumerate((first, second), 1):
        pieces.append(f"({i}) The reports don't give this part." if part.abstained else f"({i}) {_cited(part, citations)}")
    return replace(whole, answer=" ".join(pieces), figure=None, abstained=False, citations=citations,
                   confidence=min(first.confidence, second.confidence), shape=None, derivation=None,
                   unsupported_figures=[], passages=passages, explanation=_explained(asked, (first, second), moved))


def part_texts(text: str) -> list[str]:
    """A composed answer's parts without their '(1) ', '(2) ' numbers, each to be checked against its own
    citations; any other answer as it is."""
    if not text.startswith("(1) ") or " (2) " not in text:
        return [text]
    return [p for p in _PART_NUMBER.split(text) if p.strip()]


def answer_parts(question: str, whole: Answer, ask: Callable[[str], Answer]) -> Answer:
    """`whole`, or where it leaves a part unanswered and the question splits cleanly in two, the parts'
    answers (`ask` answers one part-question) composed."""
    if not wants_parts(whole) or (asked := parts(question)) is None:
        return whole
    return composed(whole, ask(asked[0]), ask(asked[1]), asked) or whole
