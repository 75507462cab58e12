"""A list asked of a series a report writes as numbered headings ('From A to B (1/3): Visual understanding',
'(2/3): Audio generation', ...): its parts are the labels after the k/n marks, n of them.

General properties, of questions and passages:
- a heading 'STEM (k/n): LABEL' is part k of a series of n parts named STEM; its label names the part
  (a series of pages with no labels, 'STEM (1/3).', names no parts);
- the question asks that series when the stem's words are a run of the question's words and the count it
  states (if any) is n;
- a part whose page drops its mark is named by the series' overview (the section headed by the bare stem),
  whose emphasised lines ('*Visual generation*') list the parts: they answer only when they hold every
  marked label and number exactly n. A series missing parts otherwise is not answered."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ingest.keyword import tokenize

from ..types import Answer, AnswerContext, Citation
from .cited_pages import page_chunks
from .features import Evidence
from .listing import best_passages
from .parallel_labels import asked_count

_MARK = re.compile(r"^(?P<stem>.*?\S)\s*\(\s*(?P<k>\d{1,2})\s*/\s*(?P<n>\d{1,2})\s*\)\s*[:：\-–]?\s*(?P<label>.*?)\s*$")
_EMPHASIS = re.compile(r"^\s*\*{1,2}([^*\n]{1,60}?)\*{1,2}\s*$")
_MAX_PARTS = 12


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def series_mark(title: str | None) -> tuple[str, int, int, str] | None:
    """'STEM (k/n): LABEL' -> (stem, k, n, label) when 1 <= k <= n, 2 <= n <= 12 (one part is no series); else None."""
    m = _MARK.match(title or "")
    if m is None:
        return None
    k, n = int(m.group("k")), int(m.group("n"))
    if not 1 <= k <= n <= _MAX_PARTS or n < 2:
        return None
    return m.group("stem").strip(), k, n, m.group("label").strip(" .")


def series_parts(sections: Iterable[tuple[str | None, str]], stem: str, n: int) -> list[str] | None:
    """The labels of parts 1..n of the series `stem` of n parts in (section title, text) pairs of one report,
    in order; a part without its mark is read from the bare stem's overview; None when they do not make n."""
    sections = list(sections)
    labels: dict[int, str] = {}
    for title, _ in sections:
        got = series_mark(title)
        if got is None or _key(got[0]) != _key(stem) or got[2] != n:
            continue
        if not got[3]:
            return None  # pages marked but not named: no parts to list
        if labels.setdefault(got[1], got[3]) != got[3]:
            return None  # one mark, two labels: not one series
    if not labels:
        return None
    if len(labels) == n:
        return [labels[k] for k in range(1, n + 1)]
    listed: list[str] = []
    for title, text in sections:
        if _key(title or "") != _key(stem):
            continue
        for line in text.splitlines():
            m = _EMPHASIS.match(line)
            if m and _key(m.group(1)) not in {_key(x) for x in listed}:
                listed.append(m.group(1).strip())
    marked = {_key(x) for x in labels.values()}
    if len(listed) != n or not marked <= {_key(x) for x in listed}:
        return None
    if any(_key(listed[k - 1]) != _key(label) for k, label in labels.items()):
        return None  # the overview orders the parts otherwise than their marks
    return listed


def stem_asked(question: str, stem: str) -> bool:
    """The words of the series' stem, in order, are a run of the question's words (its name, not its vocabulary)."""
    words, asked = tokenize(stem), tokenize(question)
    return bool(words) and any(asked[i:i + len(words)] == words for i in range(len(asked) - len(words) + 1))


def series_listed(ctx: AnswerContext, evidence: list[Evidence], usable: Callable[[Evidence], bool], backend: str,
                  depth: int = 3) -> Answer | None:
    """The list answer '**A; B; C**.' when one of the best `depth` passages (on topic: `usable`) is a page of a
    numbered heading series the question asks (its stem, its count), read from every page of that report."""
    count = asked_count(ctx.question)
    for e, passage in best_passages(ctx, evidence, usable, depth):
        title = passage.chunk.section
        got = series_mark(title)
        stem, n = (got[0], got[2]) if got else (title or "", count)
        if n is None or (count is not None and count != n) or not stem_asked(ctx.question, stem):
            continue
        doc = passage.chunk.doc_id
        parts = series_parts(((c.section, c.text) for c in page_chunks(ctx) if c.doc_id == doc), stem, n)
        if parts is None:
            continue
        quote = f"{stem}: " + "; ".join(parts)
        citation = Citation.from_passage(1, passage, quote=quote)
        return Answer(question=ctx.question, answer=f"**{'; '.join(parts)}**. {quote} [1]", figure=None,
                      abstained=False, citations=[citation], backend=backend, passages=list(ctx.passages),
                      confidence=e.score, shape="list")
    return None


def series_count(titles: Iterable[str | None], stem: str) -> int | None:
    """The n of the marks 'STEM (k/n)' among section `titles` (one report's), or None (no mark, or two counts)."""
    counts = {got[2] for got in map(series_mark, titles) if got and _key(got[0]) == _key(stem)}
    return counts.pop() if len(counts) == 1 else None


WHY = "the report writes '{stem}' as {n} parts and the question asks {k}"


def other_count_led(ctx: AnswerContext, best: Evidence) -> str | None:
    """Why a lead from a page of a numbered heading series the question names is not bold when the question
    asks another count of its parts than the series has (parts the report does not write), or None."""
    count = asked_count(ctx.question)
    if count is None:
        return None
    chunk = ctx.passages[best.passage_index].chunk
    got = series_mark(chunk.section)
    stem = got[0] if got else (chunk.section or "")
    if not stem or not stem_asked(ctx.question, stem):
        return None
    n = got[2] if got else series_count((c.section for c in page_chunks(ctx) if c.doc_id == chunk.doc_id), stem)
    return WHY.format(stem=stem, n=n, k=count) if n is not None and n != count else None
