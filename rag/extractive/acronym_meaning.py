"""A question asking what an acronym stands for, or which term a report gives for it, is answered by the
report's own definition line ('CPC: Cost per click 每次点击成本'), and only when the reports define every
acronym it names (an undefined one leaves the question to the ordinary path)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..acronym_table import defined_forms, definitions, snapshot_table
from ..types import Answer, AnswerContext, Citation

# the question asks a meaning or a term: 'stand for', 'mean', 'refer to', 'which (Chinese) term / full form'
_ASKS_MEANING = re.compile(r"\bstands?\s+for\b|\bwhat\s+(?:does|do)\b.*\b(?:mean|refer\s+to)\b|"
                           r"\b(?:which|what)\s+(?:\w+\s+)?(?:term|word|expansion|full\s+form)s?\b|"
                           # 'what does BERT expand to': the acronym itself expands (a market 'expands to' a size)
                           r"\b(?:does|do)\s+(?-i:[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*)\s+expand\s+(?:to|into)\b", re.I)
# an acronym token (no apostrophe inside: "CIC's" reads as 'CIC')
_TOKEN = re.compile(r"(?<![\w-])[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?![\w-])")


def acronyms_asked(question: str, table: Mapping[str, frozenset[str]], sources: tuple[str, ...] = ()) -> list[str]:
    """The acronyms whose meaning the question asks, [] unless it asks a meaning and the reports define
    every acronym it names (a publisher named as the source excepted)."""
    if not _ASKS_MEANING.search(question):
        return []
    named = [t for t in dict.fromkeys(_TOKEN.findall(question)) if t.lower() not in {s.lower() for s in sources}]
    if not named or any(not defined_forms(table, t) for t in named):
        return []
    return named


def defining_line(acronym: str, text: str) -> str | None:
    """The line or sentence of `text` that defines `acronym` ('MaaS: Model-as-a-Service ...'), or None."""
    for line in text.splitlines():
        for unit in re.split(r"(?<=[.;])\s+", line):
            if defined_forms(definitions([unit]), acronym):
                return unit.strip()
    return None


def meaning_answer(ctx: AnswerContext, sources: tuple[str, ...], backend: str) -> Answer | None:
    """Each asked acronym's definition line from the retrieved passages, cited; None unless all are found."""
    asked = acronyms_asked(ctx.question, snapshot_table(ctx.snapshot), sources)
    if not asked:
        return None
    parts: list[str] = []
    citations: list[Citation] = []
    for acronym in asked:
        found = next(((p, line) for p in ctx.passages if (line := defining_line(acronym, p.chunk.text))), None)
        if found is None:
            return None
        passage, line = found
        n = next((c.n for c in citations if c.chunk_id == passage.chunk.chunk_id), len(citations) + 1)
        if n > len(citations):
            citations.append(Citation.from_passage(n, passage, quote=line))
        parts.append(f"{line} [{n}]")
    return Answer(question=ctx.question, answer=" ".join(parts), figure=None, abstained=False, citations=citations,
                  backend=backend, passages=list(ctx.passages), confidence=1.0)
