"""Scoring: one gold question against one Answer, and the aggregates a person reads.

Every comparison of figures goes through `ingest.figures.figure_in`, so "31.6%" never matches
"31.6" and "USD 615.7 billion" matches "$615.7B" and "615,700 million". A bare expected number
("615.7") matches that number in any spelling, and also the figure as its gold quote writes it
at any scale (the quote says "USD 615.7 billion", so "615,700 million" counts too).

Per question
- hit rank: the first retrieved passage (1-based) whose text holds every expected figure and,
  when the gold names a report, comes from that report. hit@k = rank <= k; RR = 1 / rank.
- correct: answerable -> not abstained and every expected figure in the answer text (citation
  markers removed); unanswerable -> abstained.
- strict: the answer's `figure` field matches the first expected figure (questions whose first
  expected item is a name, not a number, fall back to the answer text).
- citation_ok: an answered question cites a passage from the gold report that holds an expected figure.
- abstention: correct abstention (unanswerable and abstained), false abstention (answerable and abstained).
- unsupported: the answer states a figure none of its cited passages holds.
- confident error: an answer with a bold lead that is wrong (answerable and not correct, or an
  unanswerable question answered), as a share of all questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from ingest.figures import figure_in, parse_figures, same_value
from rag.number_words import cardinals, ordinals
from rag.types import Answer
from rag.verify import strip_markers

from .gold import GoldQuestion

K_VALUES = (1, 3, 5)
GROUPS = ("kind", "report", "split", "phrasing")


_TAG = re.compile(r"</?[a-zA-Z][^>]*>|\*\*")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def _plain(text: str) -> str:
    """Lower case, markup (<b>, **) removed, whitespace runs as one space."""
    return " ".join(_TAG.sub(" ", text).split()).lower()


def _rest(expected: str) -> str:
    """What an expected string says besides its figures ('Claude 3.5 Sonnet' -> 'Claude  Sonnet')."""
    rest = expected
    for f in sorted(parse_figures(expected, with_years=False), key=lambda f: -f.start):
        rest = rest[:f.start] + " " + rest[f.end:]
    return rest


def is_figure(expected: str) -> bool:
    """Whether an expected string is only figures ('USD 615.7 billion', '31.6%', '2030'), not a
    name or phrase that contains a number ('GPT-3.5', 'Claude 3.5 Sonnet', '41.06 ZB')."""
    return bool(parse_figures(expected, with_years=False)) and not re.search(r"[A-Za-z0-9]", _rest(expected))


_NUMBER_WORDS = {w: str(n) for w, n in (cardinals(1, 20) | ordinals(1, 20)).items()}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b", re.I)


def digits_for_words(expected: str) -> str | None:
    """'fourth' -> '4', 'seven months' -> '7 months' (a table row says 'Rank: 4'); None when no number word."""
    if not _NUMBER_WORD.search(expected):
        return None
    return _NUMBER_WORD.sub(lambda m: _NUMBER_WORDS[m.group(1).lower()], expected)


_LINE_HYPHEN = re.compile(r"(?<=[A-Za-z])- +(?=[a-z])")


def text_in(expected: str, text: str) -> bool:
    """A name or phrase: as written (any case, markup and whitespace ignored), or its figures in
    any spelling plus each of its other words ('41.06 ZB' in '41.06 zettabytes (ZB)'); number
    words also as digits ('fourth' in 'Rank: 4', 'seven months' in '7 months')."""
    plain = _plain(text)
    if _plain(expected) in plain:
        return True
    if _LINE_HYPHEN.search(expected):  # 'low- latency' copied across a line break: ingest reads 'low-latency'
        return any(text_in(_LINE_HYPHEN.sub(join, expected), text) for join in ("-", ""))
    alt = digits_for_words(expected)
    if alt is not None and (figure_in(alt, text) if is_figure(alt) else text_in(alt, text)):
        return True
    figs = parse_figures(expected, with_years=False)
    if not figs:
        return False
    words = _WORD.findall(_rest(expected))
    return all(figure_in(f.text, text) for f in figs) and all(
        re.search(rf"(?<![a-z0-9]){re.escape(w.lower())}(?![a-z0-9])", plain) for w in words)


def answer_text(answer: Answer) -> str:
    """The answer as the user reads it, without [n] markers (which would match '1', '2'...)."""
    return strip_markers(answer.answer or "")


@lru_cache(maxsize=4096)
def in_context(expected: str, quote: str | None) -> str | None:
    """The expected figure as its quote writes it, with unit and scale ('615.7' -> 'USD 615.7 billion'),
    so an answer that rescales it ('615,700 million', '$615.7B') still counts; None when the
    quote adds nothing."""
    if not quote:
        return None
    want = parse_figures(expected, with_years=False)
    if len(want) != 1 or want[0].unit == "year":
        return None
    w = want[0]
    for f in parse_figures(" ".join(quote.split()), with_years=False):
        if f.unit != "year" and same_value(f.number, w.number) and f.text != expected and \
                (f.unit == w.unit or w.unit in ("count", "number")) and f.value != w.value:
            return f.text
    return None


def holds(expected: str, text: str, quote: str | None = None) -> bool:
    """`text` holds the expected figure, as written or as its quote writes it (any scale or spelling);
    names and phrases match as text."""
    if not is_figure(expected):
        return text_in(expected, text)
    if figure_in(expected, text):
        return True
    ctx = in_context(expected, quote)
    return ctx is not None and figure_in(ctx, text)


def all_in(expected: Sequence[str], text: str, quote: str | None = None) -> bool:
    return bool(expected) and all(holds(e, text, quote) for e in expected)


def hit_rank(q: GoldQuestion, answer: Answer | None) -> int | None:
    """1-based rank of the first retrieved passage holding every expected figure (from the gold report)."""
    if answer is None or not q.expected:
        return None
    for i, p in enumerate(answer.passages, start=1):
        if q.report and p.chunk.doc_id != q.report:
            continue
        if all_in(q.expected, p.chunk.text, q.quote):
            return i
    return None


@dataclass
class QuestionScore:
    """What one question scored, and why it missed (empty when it did not)."""

    id: str
    question: str
    kind: str
    report: str | None
    split: str
    phrasing: str
    unit: str
    answerable: bool
    expected: list[str]
    answer: str = ""
    figure: str | None = None
    abstained: bool = False
    correct: bool = False
    strict: bool | None = None        # None: unanswerable
    hit_rank: int | None = None
    citation_ok: bool | None = None   # None: not an answered answerable question
    unsupported: list[str] = field(default_factory=list)
    latency_ms: float = 0.0
    cited: list[str] = field(default_factory=list)   # "doc_id p.N" of each citation
    top_passage: str = ""
    error: str | None = None
    why: str = ""
    bold: bool = False                # answered with a bold lead (the product vouches for it)
    evidence: dict[str, float] | None = None  # the bold call's named evidence (eval/fit_bold_call.py)

    @property
    def answered(self) -> bool:
        return not self.abstained and self.error is None

    @property
    def rr(self) -> float:
        return 1.0 / self.hit_rank if self.hit_rank else 0.0

    def hit(self, k: int) -> bool:
        return self.hit_rank is not None and self.hit_rank <= k

    def as_row(self) -> dict[str, Any]:
        d = asdict(self)
        d["rr"] = round(self.rr, 4)
        d["latency_ms"] = round(self.latency_ms, 1)
        return d


def score_question(q: GoldQuestion, answer: Answer | None, *, latency_ms: float | None = None,
                   error: str | None = None) -> QuestionScore:
    """Score one answer (None with `error` when asking failed) against its gold question."""
    s = QuestionScore(id=q.id, question=q.question, kind=q.kind, report=q.report, split=q.split,
                      phrasing=q.phrasing, unit=q.unit, answerable=q.answerable, expected=list(q.expected),
                      error=error)
    if answer is None or (q.answerable and not q.expected):
        s.error = s.error or "the gold question has no expected figures"
        s.abstained = False
        s.correct = False
        s.strict = False if q.answerable else None
        s.why = f"error: {error or 'no answer'}"
        s.latency_ms = latency_ms or 0.0
        return s
    text = answer_text(answer)
    s.answer = answer.answer
    s.figure = answer.figure
    s.abstained = bool(answer.abstained)
    s.bold = not s.abstained and "**" in (answer.answer or "")
    s.evidence = getattr(answer, "bold_evidence", None)
    s.unsupported = list(answer.unsupported_figures) if not answer.abstained else []
    s.latency_ms = float(answer.timings_ms.get("total", latency_ms or 0.0)) if answer.timings_ms else (latency_ms or 0.0)
    s.cited = [f"{c.doc_id}" + (f" p.{c.page}" if c.page is not None else "") for c in answer.citations]
    if answer.passages:
        top = answer.passages[0].chunk
        s.top_passage = f"{top.doc_id}: {' '.join(top.text.split())[:240]}"
    s.hit_rank = hit_rank(q, answer)
    if q.answerable:
        s.correct = not s.abstained and all_in(q.expected, text, q.quote)
        first = q.expected[0]
        if is_figure(first):
            s.strict = not s.abstained and answer.figure is not None and holds(first, answer.figure, q.quote)
        else:
            s.strict = not s.abstained and holds(first, text)
        if not s.abstained:
            s.citation_ok = any((not q.report or c.doc_id == q.report) and any(holds(e, c.text, q.quote) for e in q.expected)
                                for c in answer.citations)
    else:
        s.correct = s.abstained
    s.why = why_missed(q, s, text)
    return s


def why_missed(q: GoldQuestion, s: QuestionScore, text: str) -> str:
    """A one-line reason for a miss, naming the stage that failed ('' when correct)."""
    if s.correct:
        notes = []
        if q.answerable and s.strict is False:
            notes.append(f"figure field {s.figure!r} is not {q.expected[0]!r}")
        if s.citation_ok is False:
            notes.append("no cited passage from the gold report holds an expected figure")
        if s.unsupported:
            notes.append(f"unsupported figures {s.unsupported}")
        return "; ".join(notes)
    if not q.answerable:
        shown = f" ({s.figure})" if s.figure else ""
        return f"answered an unanswerable question{shown} instead of abstaining"
    where = f" from {q.report}" if q.report else ""
    retrieval = (f"retrieval ok (rank {s.hit_rank})" if s.hit_rank else
                 f"retrieval miss: no retrieved passage{where} holds {', '.join(q.expected)}")
    if s.abstained:
        return f"false abstention; {retrieval}"
    missing = [e for e in q.expected if not holds(e, text, q.quote)]
    got = f"answered {s.figure!r}" if s.figure else "answered without a figure"
    return f"{got}, missing {', '.join(missing)}; {retrieval}"


# -- aggregates ------------------------------------------------------------------------------
def _rate(flags: Iterable[bool]) -> float | None:
    values = list(flags)
    return round(sum(values) / len(values), 4) if values else None


def _pct(values: Sequence[float], q: float) -> float | None:
    return round(float(np.percentile(values, q)), 1) if values else None


def summarise(scores: Sequence[QuestionScore]) -> dict[str, Any]:
    """The metrics of a set of scored questions (rates in 0..1; None when nothing to count)."""
    ans = [s for s in scores if s.answerable]
    una = [s for s in scores if not s.answerable]
    answered = [s for s in scores if s.answered]
    answered_ans = [s for s in ans if s.answered]
    abstained = [s for s in scores if s.abstained]
    latencies = [s.latency_ms for s in scores if s.error is None]
    out: dict[str, Any] = {
        "n": len(scores),
        "answerable": len(ans),
        "unanswerable": len(una),
        "accuracy": _rate(s.correct for s in scores),
        "answer_accuracy": _rate(s.correct for s in ans),
        "strict_figure_accuracy": _rate(bool(s.strict) for s in ans),
    }
    for k in K_VALUES:
        out[f"hit_at_{k}"] = _rate(s.hit(k) for s in ans)
    out["mrr"] = round(sum(s.rr for s in ans) / len(ans), 4) if ans else None
    out["citation_support"] = _rate(bool(s.citation_ok) for s in answered_ans)
    out["abstention_precision"] = _rate(not s.answerable for s in abstained)
    out["abstention_recall"] = _rate(s.abstained for s in una)
    out["false_abstention_rate"] = _rate(s.abstained for s in ans)
    out["unsupported_figure_rate"] = _rate(bool(s.unsupported) for s in answered)
    # a bold lead that is wrong (a wrong figure, or an answer to a question the reports do not answer),
    # as a share of all questions: the most damaging answer there is
    out["confident_error_rate"] = _rate(s.bold and not (s.answerable and s.correct) for s in scores)
    out["errors"] = sum(1 for s in scores if s.error is not None)
    out["latency_p50_ms"] = _pct(latencies, 50)
    out["latency_p95_ms"] = _pct(latencies, 95)
    out["latency_mean_ms"] = round(float(np.mean(latencies)), 1) if latencies else None
    return out


def group_by(scores: Sequence[QuestionScore], key: str | Callable[[QuestionScore], str | None]) -> dict[str, list[QuestionScore]]:
    get = key if callable(key) else (lambda s: getattr(s, key))
    groups: dict[str, list[QuestionScore]] = {}
    for s in scores:
        groups.setdefault(str(get(s) or "(no report)"), []).append(s)
    return dict(sorted(groups.items()))


def summary(scores: Sequence[QuestionScore]) -> dict[str, Any]:
    """Overall metrics plus the same metrics per kind, report, split and phrasing."""
    out: dict[str, Any] = {"overall": summarise(scores)}
    for g in GROUPS:
        out[f"by_{g}"] = {name: summarise(group) for name, group in group_by(scores, g).items()}
    return out
