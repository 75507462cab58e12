"""A list asked by a heading's own words: 'what are the competitive barriers' of a section headed
'Competitive barriers' whose parts are each a short title line followed by its text. The items are
those title lines (a report lays out a list of things this way as often as in one sentence).

General properties, of questions and passages:
- a heading naming a plural (no sentence end, a few words) introduces a list of what it names;
- the question asks that list when every word of the heading is a word of the question;
- an item is a title line (a few words, no sentence end, no bullet) that its own text follows
  (a bullet or a longer sentence on the next line): chart labels and units ('Unit: items') are none;
- a slide may state the list as a run of short unbulleted clause lines under its (numbered) heading;
- a row line 'Label: a; b; c' (a short label, two or more short items, no other cell) lists the
  label's items: the question asks them when every word of the label is a word of the question."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ingest.keyword import tokenize

from ..types import Answer, AnswerContext, Citation, Passage
from .features import Evidence
from .rows import is_row

_MAX_HEADING_WORDS = 6
_MAX_ITEM_WORDS = 8
_BODY_WORDS = 12
_BULLET = re.compile(r"^\s*(?:[-–•*·]|\(?\d{1,2}[.)])\s+")
_ENDS = re.compile(r"[.!?:;,]$")


def _title_like(line: str, limit: int) -> bool:
    words = line.split()
    return (0 < len(words) <= limit and not _ENDS.search(line) and not _BULLET.match(line)
            and re.match(r"[A-Z]", line) is not None and not is_row(line) and ":" not in line
            and not re.fullmatch(r"[\d\s.,%-]+", line))


def _body(line: str) -> bool:
    return bool(_BULLET.match(line)) or len(line.split()) >= _BODY_WORDS


def heading_items(text: str, question_terms) -> tuple[str, list[str]] | None:
    """(heading, its items) when a line of `text` is a heading naming a plural whose words are all
    words of the question, followed by two or more title lines each followed by its own text; else None."""
    asked = set(question_terms)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for i, line in enumerate(lines):
        terms = set(tokenize(line))
        last = line.split()[-1] if line.split() else ""
        if not (_title_like(line, _MAX_HEADING_WORDS) and terms and terms <= asked
                and re.search(r"[a-z](?<!s)s$", last) and not _body(lines[i + 1] if i + 1 < len(lines) else "")):
            continue
        items = [ln for j, ln in enumerate(lines[i + 1:], i + 1)
                 if _title_like(ln, _MAX_ITEM_WORDS) and j + 1 < len(lines) and _body(lines[j + 1])]
        if len(items) >= 2:
            return line, items
    return None


_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})[.)]?\s+(?=[A-Z])")
_MIN_STATEMENTS = 3
_PLURAL_END = re.compile(r"[a-z](?<![siu])s$")  # 'leaps', not 'business', 'analysis' or 'focus' (no plurals)
_STATEMENT_WORDS = (4, 16)


def _statement(line: str) -> bool:
    n = len(line.split())
    return (_STATEMENT_WORDS[0] <= n <= _STATEMENT_WORDS[1] and not _ENDS.search(line) and not _BULLET.match(line)
            and re.match(r"[A-Z0-9]", line) is not None and not is_row(line) and ":" not in line
            and not re.search(r"\d{3}|%", line))


def heading_statements(text: str, question_terms) -> tuple[str, list[str]] | None:
    """(heading, its statement lines) when a heading naming a plural (a section number may open it) whose
    words are all words of the question is followed in its passage by three or more unbulleted lines in a row,
    each a clause of a few words with no sentence end ('GPT-4 tapped into professional domains'): a slide
    states its list so."""
    asked = set(question_terms)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for i, line in enumerate(lines):
        head = _SECTION_NUMBER.sub("", line)
        terms = set(tokenize(head))
        if not (_title_like(head, _MAX_HEADING_WORDS) and len(terms) >= 2 and terms <= asked
                and _PLURAL_END.search(head)):  # a heading naming a plural
            continue
        run: list[str] = []
        for ln in lines[i + 1:]:
            if _statement(ln):
                run.append(ln)
            elif len(run) >= _MIN_STATEMENTS:
                break
            else:
                run = []
        if len(run) >= _MIN_STATEMENTS:
            return head, run
    return None


_LABEL_ROW = re.compile(r"^([A-Z][^:;]{0,40}):\s+([^:]+)$")


def row_items(text: str, question_terms) -> tuple[str, list[str]] | None:
    """(label, its items) of the first line 'Label: a; b; c' in `text` whose label's words are all
    words of the question and that lists two or more short items (words, not figures); else None."""
    asked = set(question_terms)
    for line in (ln.strip() for ln in text.splitlines()):
        m = _LABEL_ROW.match(line)
        if m is None or len(m.group(1).split()) > _MAX_HEADING_WORDS:
            continue
        terms = set(tokenize(m.group(1)))
        items = [i.strip() for i in m.group(2).split(";")]
        if (terms and terms <= asked and len(items) >= 2 and all(
                0 < len(i.split()) <= _MAX_ITEM_WORDS and re.search(r"[A-Za-z]{3}", i) for i in items)):
            return m.group(1), items
    return None


_LABEL_WORDS = 3
_MIN_LABELS = 3


def _label_line(line: str) -> bool:
    words = line.split()
    return (0 < len(words) <= _LABEL_WORDS and not _ENDS.search(line) and not _BULLET.match(line)
            and not is_row(line) and ":" not in line and re.search(r"[A-Za-z]{2}", line) is not None
            and not re.search(r"\d{3}|%", line))


def label_items(text: str, question_terms) -> tuple[str, list[str]] | None:
    """(title line, its labels) when a line of `text` names at least half (and two or more) of the question's
    terms and is followed by three or more short label lines in a row (a chart's legend or its boxes:
    'Gemini', 'ERNIE', 'QwQ'); a lower-case line goes on the label before it ('Bandwidth' / 'limitations').
    Else None."""
    asked = set(question_terms)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for i, line in enumerate(lines):
        shared = asked & set(tokenize(line))
        if len(shared) < 2 or 2 * len(shared) < len(asked) or _label_line(line):
            continue
        labels: list[str] = []
        for ln in lines[i + 1:]:
            if not _label_line(ln):
                break
            if labels and ln[:1].islower():
                labels[-1] = f"{labels[-1]} {ln}"
            else:
                labels.append(ln)
        if len(labels) >= _MIN_LABELS:
            return line, labels
    return None


def same_text(text: str) -> str:
    """`text` without emphasis marks, bullets' spacing or case: two chunks of one reprinted page compare equal."""
    return " ".join(re.sub(r"[*_]+", " ", text).split()).lower()


def best_passages(ctx: AnswerContext, evidence: list[Evidence], usable, depth: int) -> Iterator[tuple[Evidence, Passage]]:
    """(best sentence, passage) of the best `depth` distinct passages in evidence order, those whose best
    sentence is on topic (`usable`). A passage repeating an earlier one's text (a contents page reprinted
    before each chapter) is the same passage: it is skipped and takes no place of the `depth`."""
    seen: list[int] = []
    texts: set[str] = set()
    for e in evidence:
        if e.passage_index in seen:
            continue
        seen.append(e.passage_index)
        text = same_text(ctx.passages[e.passage_index].chunk.text)
        if text in texts:
            continue
        texts.add(text)
        if len(texts) > depth:
            return
        if usable(e):
            yield e, ctx.passages[e.passage_index]


def first_listed(ctx: AnswerContext, evidence: list[Evidence], usable, backend: str, depth: int,
                 read: Callable[[str], tuple[str, list[str]] | None]) -> Answer | None:
    """The list answer from the first of the best `depth` passages (on topic: `usable`) whose text `read`
    gives (quote, items) for: '**A; B; C**.' then the quote, cited."""
    for e, passage in best_passages(ctx, evidence, usable, depth):
        got = read(passage.chunk.text)
        if got is None:
            continue
        quote, items = got
        citation = Citation.from_passage(1, passage, quote=quote)
        return Answer(question=ctx.question, answer=f"**{'; '.join(items)}**. {quote} [1]", figure=None,
                      abstained=False, citations=[citation], backend=backend, passages=list(ctx.passages),
                      confidence=e.score, shape="list")
    return None


def listed_under_heading(ctx: AnswerContext, question_terms, evidence: list[Evidence], usable,
                         backend: str, depth: int = 3, row_depth: int = 5, labels: bool = True) -> Answer | None:
    """The list answer from the first of the best `depth` passages (on topic: `usable`) that heads a
    list the question names (title lines, else a run of clause lines), else of the best `row_depth` with
    a row line listing what the question names, else (`labels`: no amount asked) of the best `depth` with
    a title line the question names over a run of labels: '**A; B; C**.' with the heading (label) and items quoted, cited."""
    readers = ((heading_items, depth), (heading_statements, depth), (row_items, row_depth)) \
        + (((label_items, depth),) if labels else ())
    for read, reach in readers:
        for e, passage in best_passages(ctx, evidence, usable, reach):
            got = read(passage.chunk.text, question_terms)
            if got is not None:
                return _listed(ctx, e, passage, *got, backend)
    return None


def _listed(ctx: AnswerContext, e: Evidence, passage: Passage, heading: str, items: list[str], backend: str) -> Answer:
    quote = f"{heading}: " + "; ".join(items)
    citation = Citation.from_passage(1, passage, quote=quote)
    return Answer(question=ctx.question, answer=f"**{'; '.join(items)}**. {quote} [1]", figure=None,
                  abstained=False, citations=[citation], backend=backend, passages=list(ctx.passages),
                  confidence=e.score, shape="list")
