"""Gold questions: loading (one-line errors naming file, question and field) and validation
against the report text (quotes are exact spans, expected figures are in their quotes).

A gold file is YAML with a top-level `questions:` list; each question has
`id, question, answerable, expected, unit, report, page, section, quote, kind, split, phrasing`
and optional `notes` (see docs/eval.md). `reportqa eval --gold FILE` accepts any such file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ingest.errors import UserError

GOLD_DIR = Path(__file__).resolve().parent / "gold"

UNITS = ("money", "percent", "count", "rank", "score", "year", "text", "none")
# larger (which-is-larger / ranking / superlative), explanation, computed: the answer shapes of issue 13
KINDS = ("figure", "comparison", "entity", "list", "trend", "larger", "explanation", "computed", "unanswerable")
SPLITS = ("dev", "heldout", "user")  # user: made from chat feedback (eval/feedback.py)
# Each session's unseen confirm part: dev files tuners count but never read, so no fit, audit or stress copy uses them.
UNSEEN_CONFIRM = ("dev-27.yaml", "dev-30.yaml", "dev-32.yaml", "dev-34.yaml", "dev-36.yaml", "dev-38.yaml", "dev-40.yaml", "dev-42.yaml")
PHRASINGS = ("analyst", "report")
REQUIRED = ("id", "question", "answerable", "expected")
FIELDS = ("id", "question", "answerable", "expected", "unit", "report", "page", "section", "quote", "kind",
          "split", "phrasing", "notes")
REPORT_SUFFIXES = (".txt", ".md", ".markdown")


@dataclass(frozen=True)
class GoldQuestion:
    """One gold question with the figures (or names) a correct answer must contain."""

    id: str
    question: str
    answerable: bool
    expected: tuple[str, ...]
    unit: str = "none"
    report: str | None = None
    page: int | None = None
    section: str | None = None
    quote: str | None = None
    kind: str = "figure"
    split: str = "dev"
    phrasing: str = "report"
    notes: str | None = None
    source: str = ""  # the file it came from

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["expected"] = list(self.expected)
        return d


def collapse(text: str) -> str:
    """Whitespace runs (newlines, tabs, non-breaking spaces) as one space, ends stripped."""
    return " ".join(text.split())


def default_gold_files() -> list[Path]:
    return sorted(GOLD_DIR.glob("*.yaml")) + sorted(GOLD_DIR.glob("*.yml"))


def load_gold(paths: str | Path | Iterable[str | Path] | None = None) -> list[GoldQuestion]:
    """Questions from YAML files (folders: their *.yaml files); default: every file in eval/gold/.

    Raises UserError with one line naming the file, the question and the field at fault.
    """
    if paths is None:
        files = default_gold_files()
        if not files:
            raise UserError(f"{GOLD_DIR}: no gold files (*.yaml) found")
    else:
        items = [paths] if isinstance(paths, (str, Path)) else list(paths)
        files = []
        for item in items:
            p = Path(item)
            if p.is_dir():
                found = sorted(p.glob("*.yaml")) + sorted(p.glob("*.yml"))
                if not found:
                    raise UserError(f"{p}: no gold files (*.yaml) in this folder")
                files += found
            elif p.is_file():
                files.append(p)
            else:
                raise UserError(f"{p}: no such gold file")
    questions: list[GoldQuestion] = []
    for f in files:
        questions += _load_file(f)
    return questions


def _load_file(path: Path) -> list[GoldQuestion]:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise UserError(f"{path}: not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise UserError(f"{path}: invalid YAML{where}: {problem}") from None
    if isinstance(data, dict) and "questions" in data:
        items = data["questions"]
    elif isinstance(data, list):
        items = data
    else:
        raise UserError(f"{path}: expected a top-level `questions:` list")
    if not isinstance(items, list):
        raise UserError(f"{path}: `questions` must be a list")
    return [_question(path, i, item) for i, item in enumerate(items, start=1)]


def _question(path: Path, index: int, item: Any) -> GoldQuestion:
    where = f"{path}: question {index}"
    if not isinstance(item, dict):
        raise UserError(f"{where}: expected a mapping of fields, got {type(item).__name__}")
    if item.get("id") is not None:
        where = f"{path}: question {index} (id {item['id']})"
    for name in REQUIRED:
        if name not in item:
            raise UserError(f"{where}: missing field `{name}`")
    unknown = sorted(set(item) - set(FIELDS))
    if unknown:
        raise UserError(f"{where}: unknown field `{unknown[0]}` (fields: {', '.join(FIELDS)})")

    def text(name: str, required: bool = False) -> str | None:
        value = item.get(name)
        if value is None:
            if required:
                raise UserError(f"{where}: field `{name}` is empty")
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise UserError(f"{where}: field `{name}` must be text, got {type(value).__name__}")
        value = str(value)
        if required and not value.strip():
            raise UserError(f"{where}: field `{name}` is empty")
        return value

    def choice(name: str, allowed: Sequence[str], default: str) -> str:
        value = item.get(name)
        if value is None:
            return default
        if not isinstance(value, str) or value not in allowed:
            raise UserError(f"{where}: field `{name}` is {value!r}: use one of {', '.join(allowed)}")
        return value

    qid = text("id", required=True)
    question = text("question", required=True)
    answerable = item["answerable"]
    if not isinstance(answerable, bool):
        raise UserError(f"{where}: field `answerable` must be true or false, got {answerable!r}")
    raw = item["expected"]
    if raw is None:
        raw = []
    if isinstance(raw, (str, int, float)) and not isinstance(raw, bool):
        raw = [raw]
    if not isinstance(raw, list) or any(isinstance(e, bool) or not isinstance(e, (str, int, float)) for e in raw):
        raise UserError(f"{where}: field `expected` must be a list of strings")
    expected = tuple(str(e).strip() for e in raw)
    if any(not e for e in expected):
        raise UserError(f"{where}: field `expected` has an empty string")
    if answerable and not expected:
        raise UserError(f"{where}: field `expected` is empty but `answerable` is true: list the figures an answer must contain")
    page = item.get("page")
    if page is not None and (isinstance(page, bool) or not isinstance(page, int) or page < 0):
        raise UserError(f"{where}: field `page` must be a page number or null, got {page!r}")
    return GoldQuestion(
        id=qid, question=question, answerable=answerable, expected=expected,
        unit=choice("unit", UNITS, "none"), report=text("report"), page=page, section=text("section"),
        quote=text("quote"), kind=choice("kind", KINDS, "figure" if answerable else "unanswerable"),
        split=choice("split", SPLITS, "dev"), phrasing=choice("phrasing", PHRASINGS, "report"),
        notes=text("notes"), source=str(path),
    )


def report_text(doc_id: str, reports_dir: Path) -> str | None:
    """The text of report `doc_id` in `reports_dir` (<doc_id>.txt / .md), or None."""
    for suffix in REPORT_SUFFIXES:
        p = Path(reports_dir) / f"{doc_id}{suffix}"
        if p.is_file():
            return p.read_text(encoding="utf-8", errors="replace")
    return None


def expected_in_quote(expected: str, quote: str) -> bool:
    """An expected string is in its quote as spelled (whitespace collapsed, any letter case)."""
    return collapse(expected).lower() in collapse(quote).lower()


def validate_gold(questions: Sequence[GoldQuestion], reports_dir: str | Path,
                  strict: bool = True) -> list[str]:
    """Problems with a gold set, one line each ('' list when clean).

    Always checked: unique ids, answerable <=> non-empty expected, kind 'unanswerable' <=> not
    answerable, report files exist, every quote is an exact span of its report after collapsing
    whitespace, every expected string is in its quote. `strict` (the project's own set) also
    requires report, quote and unit for every answerable question.
    """
    problems: list[str] = []
    texts: dict[str, str | None] = {}

    def report(doc_id: str) -> str | None:
        if doc_id not in texts:
            raw = report_text(doc_id, Path(reports_dir))
            texts[doc_id] = collapse(raw) if raw is not None else None
        return texts[doc_id]

    for qid, n in Counter(q.id for q in questions).items():
        if n > 1:
            problems.append(f"{qid}: id used {n} times")
    for q in questions:
        tag = f"{q.id}"
        if q.answerable and not q.expected:
            problems.append(f"{tag}: answerable but `expected` is empty")
        if not q.answerable and q.expected:
            problems.append(f"{tag}: unanswerable but `expected` is {list(q.expected)}")
        if (q.kind == "unanswerable") == q.answerable:
            problems.append(f"{tag}: kind {q.kind!r} but answerable is {q.answerable}")
        if strict and q.answerable:
            for name in ("report", "quote"):
                if not getattr(q, name):
                    problems.append(f"{tag}: answerable but `{name}` is empty")
            if q.unit == "none":
                problems.append(f"{tag}: answerable but `unit` is missing or 'none'")
        if q.quote is not None and not q.report:
            problems.append(f"{tag}: has a quote but no report to find it in")
        if not q.report:
            continue
        text = report(q.report)
        if text is None:
            problems.append(f"{tag}: report {q.report!r} not found in {reports_dir}")
            continue
        if q.quote is not None:
            quote = collapse(q.quote)
            if not quote:
                problems.append(f"{tag}: quote is empty")
            elif quote not in text:
                problems.append(f"{tag}: quote is not in {q.report}: {quote[:80]!r}")
            for e in q.expected:
                if not expected_in_quote(e, q.quote):
                    problems.append(f"{tag}: expected {e!r} is not in its quote")
    return problems


def tunable(q: GoldQuestion) -> bool:
    """A question tuning may read or fit on: the dev split without the unseen confirm parts."""
    return q.split == "dev" and Path(q.source).name not in UNSEEN_CONFIRM


def unseen_confirm_ids() -> frozenset[str]:
    """Ids of the unseen confirm parts' questions: pages and consoles that list dev misses count these instead."""
    return frozenset(q.id for name in UNSEEN_CONFIRM if (GOLD_DIR / name).is_file() for q in _load_file(GOLD_DIR / name))
