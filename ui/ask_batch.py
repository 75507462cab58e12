"""`reportqa ask -`: one question (or JSON line with its history) per stdin line, one answer each.

Lines are read in bounded chunks, so memory stays flat; a failing question is reported on its own
line and the rest are still answered.
"""

from __future__ import annotations

import io
import json
import logging
import sys
from collections.abc import Callable, Iterator
from typing import IO

from ingest.errors import ReportQAError, UserError

log = logging.getLogger(__name__)


def batch_line(line: str) -> tuple[str, list[str] | None]:
    """A stdin line: a plain question, or a JSON object {"question": ..., "history": [...]}."""
    if line.lstrip().startswith("{"):
        try:
            data = json.loads(line)
        except ValueError:
            return line, None
        if isinstance(data, dict) and isinstance(data.get("question"), str):
            history = data.get("history")
            if history is not None and (not isinstance(history, list) or not all(isinstance(h, str) for h in history)):
                raise UserError("the JSON line's `history` must be a list of earlier questions (strings)")
            return data["question"], history
    return line, None


def bounded_lines(stream: IO[str], limit: int) -> Iterator[tuple[int, str | None]]:
    """(line number, line without its newline) for each line of `stream`, reading at most
    `limit` + 1 characters at a time: a longer line comes as None and the rest of it is skipped
    unread into memory, so one huge line never holds more than a chunk."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line.rstrip("\r\n")) <= limit:
            yield number, line.rstrip("\n")
            continue
        while line and not line.endswith("\n"):  # skip the rest of the over-long line
            line = stream.readline(1 << 16)
        yield number, None


def stdin_text() -> IO[str]:
    """Standard input as UTF-8 text, undecodable bytes replaced: one bad line must not end the stream."""
    raw = getattr(sys.stdin, "buffer", None)
    return io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="\n") if raw is not None else sys.stdin


def batch_answers(assistant, stream: IO[str], doc: list[str] | None, explain: bool,
                  known_fault: Callable[[Exception], ReportQAError | None]) -> Iterator[dict]:
    """Each line's answer as a dict (or {"error": ...}), in order; `known_fault` turns an
    environment fault into its one-line error."""
    from rag.validate import MAX_QUESTION_CHARS

    limit = MAX_QUESTION_CHARS * 16  # a JSON line carries the earlier questions too
    for number, line in bounded_lines(stream, limit):
        if line is None:  # never echoed back: it may be hundreds of megabytes
            yield {"line": number, "error": f"line {number} is over {limit:,} characters: keep each "
                                            f"question under {MAX_QUESTION_CHARS:,}"}
            continue
        question = line
        try:
            question, history = batch_line(line)
            yield assistant.ask(question, doc_ids=doc, history=history, explain=explain).as_dict()
        except ReportQAError as exc:
            yield {"question": question, "error": str(exc)}
        except Exception as exc:  # a bug on one question: report it on its line, answer the rest
            log.debug("question failed: %r", question, exc_info=True)
            known = known_fault(exc)
            yield {"question": question, "error": str(known) if known else
                   f"unexpected error ({type(exc).__name__}): {exc}"}
