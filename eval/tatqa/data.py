"""TAT-QA contexts: loading the dataset file (one-line errors), the dev / held-out halves, and
each context written as an HTML page (a real <table> with <thead>/<th>, then its paragraphs)."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.errors import UserError

DEV_END = 139  # contexts 0-138 may guide tuning; 139-277 are held out (counts only, never their misses)
_YEARISH = re.compile(r"^(?:(?:fy|fiscal)\s*)?(?:19|20)\d{2}[a-z]?$", re.I)
_NUMERIC = re.compile(r"^[\s$€£¥(\-–—+]*\d[\d,.\s]*%?\)?$")


@dataclass(frozen=True)
class TatQuestion:
    """One TAT-QA question with its gold answer (spans, or a number) and types."""

    uid: str
    question: str
    answer: tuple[str, ...]
    answer_type: str   # span | multi-span | arithmetic | count
    answer_from: str   # table | text | table-text
    scale: str         # thousand | million | billion | percent | ''


@dataclass(frozen=True)
class Context:
    """One annual-report page: its index in the file, table rows and paragraphs, and questions."""

    index: int
    uid: str
    table: tuple[tuple[str, ...], ...]
    paragraphs: tuple[str, ...]
    questions: tuple[TatQuestion, ...]
    half: str = ""  # the page's own "split" field (dev | heldout); empty: TAT-QA's halves by index

    @property
    def split(self) -> str:
        return self.half or split_of(self.index)

    @property
    def name(self) -> str:
        return f"tatqa-{self.index:03d}"


def split_of(index: int) -> str:
    """TAT-QA's halves: contexts 0-138 dev, the rest held out."""
    return "dev" if index < DEV_END else "heldout"


def _half(p: Path, i: int, item: dict[str, Any]) -> str:
    """A page's own split ("dev" | "heldout"), which files written for this project carry
    (eval/fresh/); TAT-QA's pages have none and split by index."""
    half = item.get("split", "")
    if half not in ("", "dev", "heldout"):
        raise UserError(f"{p}: context {i} has split {half!r}; use \"dev\" or \"heldout\" (or leave it out)")
    return half


def parse_pages(spec: str | None, total: int) -> range:
    """'A:B' (Python slice bounds, either may be empty) -> the context indexes; default all."""
    if not spec:
        return range(total)
    m = re.fullmatch(r"\s*(\d*)\s*:\s*(\d*)\s*", spec)
    if not m:
        raise UserError(f"reportqa eval: --pages must look like A:B (for example 0:139), got {spec!r}")
    start = int(m.group(1)) if m.group(1) else 0
    stop = min(int(m.group(2)) if m.group(2) else total, total)
    if start >= stop:
        raise UserError(f"reportqa eval: --pages {spec} selects no contexts (the file has {total})")
    return range(start, stop)


def _answer(raw: Any) -> tuple[str, ...]:
    if isinstance(raw, list):
        return tuple(str(a) for a in raw)
    return (str(raw),)


def load_tatqa(path: str | Path) -> list[Context]:
    """Every context of a TAT-QA JSON file (the dataset_raw format), in file order."""
    p = Path(path)
    if not p.is_file():
        raise UserError(f"{p}: no such TAT-QA file (the dev set is tatqa_dataset_dev.json)")
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError(f"{p}: not a TAT-QA JSON file ({type(exc).__name__}: {exc})".splitlines()[0]) from None
    if not isinstance(data, list):
        raise UserError(f"{p}: expected a JSON list of contexts (TAT-QA dataset_raw format)")
    contexts = []
    for i, item in enumerate(data):
        try:
            table = tuple(tuple(str(c) for c in row) for row in item["table"]["table"])
            paragraphs = tuple(str(par["text"]) for par in sorted(item["paragraphs"], key=lambda x: x.get("order", 0)))
            questions = tuple(
                TatQuestion(uid=str(q["uid"]), question=str(q["question"]), answer=_answer(q["answer"]),
                            answer_type=str(q["answer_type"]), answer_from=str(q.get("answer_from", "")),
                            scale=str(q.get("scale") or ""))
                for q in sorted(item["questions"], key=lambda x: x.get("order", 0)))
        except (KeyError, TypeError, AttributeError) as exc:
            raise UserError(f"{p}: context {i} lacks a field TAT-QA contexts have ({exc})") from None
        contexts.append(Context(i, str(item["table"].get("uid", i)), table, paragraphs, questions, _half(p, i, item)))
    if not contexts:
        raise UserError(f"{p}: the file has no contexts")
    return contexts


def header_rows(table: Sequence[Sequence[str]]) -> int:
    """How many leading rows are headers: the first row always, then rows whose cells are all
    labels or years ('2019', 'Years Ended September 30,'), never amounts."""
    n = 0
    for row in table[:3]:
        cells = [c.strip() for c in row[1:] if c.strip()]
        amounts = [c for c in cells if _NUMERIC.match(c) and not _YEARISH.match(c)]
        if n and (amounts or not cells):
            break
        n += 1
    return max(1, min(n, len(table) - 1)) if len(table) > 1 else len(table)


def _cell(text: str) -> str:
    """A body cell escaped, its leading spaces kept as non-breaking ones: HTML collapses plain spaces, and a
    page's indented sub-row ('  Dry food' under 'Pet food') must reach the reader indented, as a filing prints it."""
    body = text.lstrip(" ")
    return "&nbsp;" * (len(text) - len(body)) + html.escape(body)


def page_html(ctx: Context) -> str:
    """The context as a filing page would arrive: a titled HTML page, the table, then the text."""
    e = html.escape
    heads = header_rows(ctx.table)
    rows_h = "".join("<tr>" + "".join(f"<th>{e(c)}</th>" for c in row) + "</tr>\n" for row in ctx.table[:heads])
    rows_b = "".join("<tr>" + "".join(f"<td>{_cell(c)}</td>" for c in row) + "</tr>\n" for row in ctx.table[heads:])
    paras = "".join(f"<p>{e(t)}</p>\n" for t in ctx.paragraphs)
    title = f"Annual report page {ctx.index}"
    return (f"<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>\n"
            f"<h1>{title}</h1>\n<table>\n<thead>\n{rows_h}</thead>\n<tbody>\n{rows_b}</tbody>\n</table>\n"
            f"{paras}</body></html>\n")


def write_pages(contexts: Sequence[Context], folder: Path) -> dict[int, Path]:
    """One HTML file per context in `folder`; returns index -> path."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for ctx in contexts:
        p = folder / f"{ctx.name}.html"
        p.write_text(page_html(ctx), encoding="utf-8")
        paths[ctx.index] = p
    return paths
