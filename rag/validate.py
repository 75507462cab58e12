"""One input rule for every front end (CLI, web UI, API): the question, the retrieval mode and k
are checked here, and a bad value is a one-line QuestionError naming the field."""

from __future__ import annotations

import re
from typing import get_args

from ingest.errors import QuestionError
from ingest.keyword import tokenize
from ingest.settings import RetrievalMode

MAX_QUESTION_CHARS = 2000
MODES: tuple[str, ...] = get_args(RetrievalMode)
MIN_K, MAX_K = 1, 50


def well_formed(text: str | None) -> str:
    """The text with lone surrogates (from JSON escapes or undecodable input) replaced, which the
    tokenizer and JSON encoders refuse."""
    return (text or "").encode("utf-8", "replace").decode("utf-8")


_UNCLOSED = re.compile(r"[\w)\]%'’\"”]\s*$")


def closed(question: str) -> str:
    """`question` with the closing '?' it was typed without ('CIC 2030 China market size'), so that
    retrieval reads it as it reads the same question with its mark; other closing marks are kept."""
    return question.rstrip() + "?" if _UNCLOSED.search(question) else question


def validate_question(question: str | None) -> str:
    """The question, stripped; a QuestionError when it is empty, too long or has no words."""
    if question is not None and not isinstance(question, str):
        raise QuestionError("the question must be text")
    q = well_formed(question).replace("\x00", " ").strip()
    if not q:
        raise QuestionError("the question is empty: ask something about the reports")
    if len(q) > MAX_QUESTION_CHARS:
        raise QuestionError(f"the question is {len(q):,} characters long: keep it under {MAX_QUESTION_CHARS:,}")
    if not any(ch.isalnum() for ch in q):
        raise QuestionError("the question has no words or numbers in it: ask something about the reports")
    if any(ch.isalpha() and not ch.isascii() for ch in q) and not any(t[0].isalpha() for t in tokenize(q)):
        # e.g. Chinese: only its digits ('2024') would be searched, and a figure of that year
        # would come back as a confident, wrong answer
        raise QuestionError("the question has no English words: the reports are searched and answered in English, "
                            "so ask in English")
    terms = tokenize(q)
    if terms and all(re.fullmatch(r"[\d.,]+", t) for t in terms) and not _NAMES_A_ROW.search(q):
        # '2024?': only a number to search for, and any figure of that year would come back as the answer
        raise QuestionError("the question has only numbers in it: say what you want to know, "
                            "e.g. 'How big was the AI market in 2024?'")
    return q


# 'Other' is a search stop word but also the label of a breakdown's remaining row: 'What was Other in 2019?'
_NAMES_A_ROW = re.compile(r"\bother\b", re.I)


def validate_mode(mode: object) -> RetrievalMode | None:
    """None (the configured default) or one of hybrid | dense | bm25; a QuestionError otherwise."""
    if mode is None or mode == "":
        return None
    if not isinstance(mode, str) or mode.strip().lower() not in MODES:
        shown = repr(mode)[:40]
        raise QuestionError(f"mode {shown} is not a retrieval mode: use one of {' | '.join(MODES)}")
    return mode.strip().lower()  # type: ignore[return-value]


def validate_k(k: object) -> int | None:
    """None (the configured default) or a whole number of passages within 1..50; a QuestionError otherwise."""
    if k is None:
        return None
    if isinstance(k, bool) or not isinstance(k, (int, float, str)):
        raise QuestionError(f"k must be a whole number from {MIN_K} to {MAX_K}")
    try:
        value = float(k)
    except ValueError:
        raise QuestionError(f"k={str(k)[:20]!r} is not a number: use a whole number from {MIN_K} to {MAX_K}") from None
    if value != value or not value.is_integer() or not MIN_K <= value <= MAX_K:
        shown = str(k) if len(str(k)) <= 20 else f"{str(k)[:17]}..."
        raise QuestionError(f"k={shown} is out of range: use a whole number from {MIN_K} to {MAX_K}")
    return int(value)
