"""Feedback becomes gold: a reviewed 👎 answer turns into a gold question in the data directory's
user gold file (`<data dir>/gold/user.yaml`, split `user`), which `reportqa eval` then scores
beside, not inside, the bundled set.

The question is the one the assistant understood (a follow-up's full form), the expected figure
is parsed from the user's correction ("the right answer is USD 48.2 billion"), and the quote is
the sentence of the passage the user pointed at that holds that figure.
"""

from __future__ import annotations

import json
import logging
import os
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import yaml
from filelock import FileLock

from ingest.errors import UserError
from ingest.sentences import split_sentences

from .gold import GoldQuestion, collapse, expected_in_quote, load_gold

log = logging.getLogger(__name__)

USER_GOLD = Path("gold") / "user.yaml"
USER_SPLIT = "user"
_HEADER = ("# Gold questions made from reviewed feedback in the chat (eval/feedback.py).\n"
           "# Fields: see eval/gold.py. Edit freely; `reportqa eval` scores them as the `user` split.\n")
_CURRENCY = r"(?:USD|US\$|RMB|CNY|EUR|GBP|JPY|HKD|\$|€|£|¥)"
_SCALE = r"(?:trillion|billion|million|thousand|bn|mn|tn|[kKmMbB](?![a-z]))"
_FIGURE = re.compile(rf"(?:{_CURRENCY}\s?)?\d[\d,]*(?:\.\d+)?(?:\s?%|\s?{_SCALE})?", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_NO_ANSWER = re.compile(r"\b(not (?:in|stated in|given in) the reports?|no answer|unanswerable|the reports? (?:do|does) not say)\b",
                        re.IGNORECASE)
_LEAD_IN = re.compile(r"^\s*(?:the\s+)?(?:right|correct)\s+answer\s+(?:is|was|would be)\s*:?\s*", re.IGNORECASE)


def user_gold_path(data_dir: Path) -> Path:
    """Where the user gold file of a data directory lives (it may not exist yet)."""
    return Path(data_dir) / USER_GOLD


def load_user_gold(data_dir: Path) -> list[GoldQuestion]:
    """The questions of the data directory's user gold file; [] when there is none."""
    path = user_gold_path(data_dir)
    return load_gold(path) if path.is_file() else []


def append_gold(data_dir: Path, turn: dict, correction: str | None, passage: dict | None) -> str:
    """Turn a reviewed 👎 answer into a gold question appended to the user gold file; its id.

    `turn`: {"question": str, "answer": Answer.as_dict() or its JSON text} (the answer's
    `understood` is used when present). `correction`: the user's "the right answer is ..." (a figure, a name, or
    "not in the reports"). `passage`: the source the user points at, {"doc_id", "page",
    "section", "text"} (a citation dict). The same question with the same expected answer is
    not added twice: its existing id comes back. UserError when there is nothing to learn from.
    """
    item = gold_item(turn, correction, passage)
    path = user_gold_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(path) + ".lock", timeout=30):
        existing = load_gold(path) if path.is_file() else []
        for q in existing:
            if collapse(q.question).lower() == collapse(item["question"]).lower() and \
                    [e.lower() for e in q.expected] == [e.lower() for e in item["expected"]]:
                return q.id
        item = {"id": _next_id(existing), **item}
        body = path.read_text(encoding="utf-8") if path.is_file() else _HEADER + "questions:\n"
        if not body.endswith("\n"):
            body += "\n"
        block = yaml.safe_dump([item], allow_unicode=True, sort_keys=False, width=10_000)
        body += "".join("  " + line + "\n" for line in block.splitlines())
        tmp = path.with_suffix(".yaml.tmp")
        tmp.write_text(body, encoding="utf-8")
        load_gold(tmp)  # the file must still load before it replaces the old one
        os.replace(tmp, path)
    log.info("added gold question %s to %s", item["id"], path)
    return item["id"]


def gold_item(turn: dict, correction: str | None, passage: dict | None) -> dict[str, Any]:
    """The gold-question fields (all but `id`) for a reviewed answer; UserError when the
    correction says nothing (no figure, no name, no 'not in the reports')."""
    answer = turn.get("answer")
    if isinstance(answer, str):  # the answer JSON as a conversation store keeps it
        try:
            answer = json.loads(answer)
        except ValueError:
            answer = {"answer": answer}
    answer = answer if isinstance(answer, dict) else {}
    question = str(answer.get("understood") or turn.get("question") or answer.get("question") or "").strip()
    if not question:
        raise UserError("feedback: the turn has no question to make a gold question from")
    said = _LEAD_IN.sub("", (correction or "").strip()).strip().rstrip(".").strip()
    if not said:
        raise UserError("feedback: write the right answer (a figure, a name, or 'not in the reports') "
                        "before adding it to the gold set")
    given = str(answer.get("answer") or "").strip()
    notes = f"From chat feedback on {datetime.now(timezone.utc).date().isoformat()}; the answer given was: {given[:200]}"
    base = {"question": question}
    if _NO_ANSWER.search(said):
        return {**base, "answerable": False, "expected": [], "unit": "none", "report": _report(answer, passage),
                "page": None, "section": None, "quote": None, "kind": "unanswerable", "split": USER_SPLIT,
                "phrasing": "analyst", "notes": notes}
    text = collapse(str((passage or {}).get("text") or ""))
    quote = _sentence_with(text, said)
    expected = parse_expected(said, quote)
    numeric = bool(_NUMBER.search(expected))
    page = (passage or {}).get("page")
    return {**base, "answerable": True, "expected": [expected], "unit": _unit(expected) if numeric else "text",
            "report": _report(answer, passage), "page": page if isinstance(page, int) and not isinstance(page, bool) else None,
            "section": (passage or {}).get("section") or None, "quote": quote,
            "kind": "figure" if numeric else "entity", "split": USER_SPLIT, "phrasing": "analyst", "notes": notes}


def parse_expected(correction: str, quote: str | None = None) -> str:
    """The figure (or name) a correct answer must contain: the longest figure of the correction
    as the quote spells it ('USD 48.2 billion'), else its bare number, else the correction."""
    figures = [m.group().strip() for m in _FIGURE.finditer(correction)]
    if not figures:
        return " ".join(correction.split())
    if quote:
        for figure in sorted(figures, key=len, reverse=True):
            if expected_in_quote(figure, quote):
                return figure
            number = _NUMBER.search(figure).group()
            if expected_in_quote(number, quote):
                return number
    return max(figures, key=len)


def _sentence_with(text: str, said: str) -> str | None:
    """The sentence of `text` holding the correction's figure (or the most of its words)."""
    if not text:
        return None
    sentences = [text[s:e] for s, e in split_sentences(text)] or [text]
    numbers = _NUMBER.findall(said)
    for number in numbers:
        hits = [s for s in sentences if expected_in_quote(number, s)]
        if hits:
            return max(hits, key=lambda s: _overlap(s, said))
    if numbers:
        return None  # the passage does not hold the figure: no quote rather than a wrong one
    best = max(sentences, key=lambda s: _overlap(s, said))
    return best if _overlap(best, said) else None


def _overlap(sentence: str, said: str) -> int:
    words = set(re.findall(r"\w+", said.lower()))
    return len(words & set(re.findall(r"\w+", sentence.lower())))


def _unit(expected: str) -> str:
    if "%" in expected:
        return "percent"
    if re.search(_CURRENCY, expected, re.IGNORECASE):
        return "money"
    if re.fullmatch(r"(19|20)\d\d", expected):
        return "year"
    return "count"


def _report(answer: dict, passage: dict | None) -> str | None:
    if passage and passage.get("doc_id"):
        return str(passage["doc_id"])
    cites = answer.get("citations") or []
    return str(cites[0].get("doc_id")) if cites and isinstance(cites[0], dict) and cites[0].get("doc_id") else None


def _next_id(existing: list[GoldQuestion]) -> str:
    numbers = [int(m.group(1)) for q in existing if (m := re.fullmatch(r"user-(\d+)", q.id))]
    return f"user-{max(numbers, default=0) + 1:03d}"


def print_user_result(result: Any, console: Any) -> None:
    """The user gold questions' score, apart from the bundled set's table, and each question."""
    from rich.markup import escape
    from rich.table import Table

    right = sum(1 for s in result.scores if s.correct)
    n = len(result.scores)
    t = Table(title=f"user gold (from feedback): {right} of {n} right ({100 * right / n:.1f}%)",
              title_justify="left")
    for name in ("id", "question", "expected", "right"):
        t.add_column(name)
    for s in result.scores:
        t.add_row(escape(s.id), escape(s.question), escape(", ".join(s.expected) or "(not in the reports)"),
                  "[green]yes[/green]" if s.correct else "[red]no[/red]")
    console.print(t)
