"""Computed answers from one sentence's figures: a sentence that gives the figure of each of the two
periods asked ('... for the years ended December 31, 2019 and 2018 were $3,800 and $6,690,
respectively') answers 'the total / change / percentage change / average / multiple ('how many times the 2024
X is the 2030 X': the later over the earlier) of X in 2019 and 2018' with
the computed figure and its derivation, each operand cited to that sentence."""

from __future__ import annotations

import re

from ingest.figures import Figure, parse_figures

from .. import compute
from ..types import Answer, AnswerContext
from dataclasses import replace

from .computed_doubt import unstated
from .computed_rate import COMPOUND, rate
from .computed_scales import in_one_scale, written_scales
from .derivation import calculate, tidy
from .operand_address import line_cell
from .passage_tables import tables_of
from .operations import asked_operation, sentence_operation
from .pick import RESPECTIVELY, respective_years
from .slots import SCALE_WORD, Slots

# a ratio of two amounts in one scale has none of its own: a multiple, a ratio, a share, a rate of change
_UNSCALED_OPS = ("multiple", "ratio", "share", "complement_share", "percent_change", "cagr")
_LEAD = re.compile(r"^\*\*.*?\*\*(\s*\([^)]*\))?\.?\s*")
_QUOTED = re.compile(r"(.+?)\s*\[(\d+)\]")
# 'the total amount / value / number of X' asks one amount, not each period's
_ONE_AMOUNT = re.compile(r"\btotal (amount|value|number|sum)\b", re.I)
# 'how many times the 2024 X / as large / larger': a multiple of figures ('how many times did X meet' counts occasions)
_TIMES_THE = re.compile(r"\bhow many times\s+(?:the|as|larger|higher|greater|bigger|more)\b", re.I)
_HOW = re.compile(r"^\s*how (did|does|do|has|have|had|was|were|is|are)\b", re.I)
_NAMES = {"percent_change": "percentage change", "sum": "total", "cagr": "compound annual growth",
          "multiple": "multiple"}


def from_sentence(ctx: AnswerContext, slots: Slots, answer: Answer, figures: list[Figure]) -> Answer | None:
    """The composed `answer` (its lead the figures of the two years asked, each in a sentence it
    quotes) with the operation the question asks computed from them; None when the question asks no
    one operation, or the figures are not one per year asked in one unit and scale."""
    if _HOW.search(ctx.question):
        return None  # 'how did X change from 2022 to 2024' asks for both figures, 'how much' for the amount
    op = asked_operation(slots, ctx.question)
    if op in ("compound", "ratio"):  # 'the change in the credit loss ratio': a ratio the sentence names, a change asked
        op = sentence_operation(ctx.question, [text for text, _ in quoted_sentences(answer)])
    if op is None and _ONE_AMOUNT.search(ctx.question):
        op = "sum"  # 'the total amount of X in 2019 and 2018': one amount
    if op is None and len(figures) == 2 and unstated(ctx.question, answer, ctx.passages) == "sum":
        op = "sum"  # 'the total X in 2019 and 2018', each year's X given and neither called a total: their sum
    if op is None and _TIMES_THE.search(ctx.question) and len(figures) == 2:
        op = "multiple"  # 'how many times the 2024 volume are 2030 shipments expected to be': the later over the earlier
    if op is None and COMPOUND.search(ctx.question):
        op = "percent_change"  # 'the CAGR of X from 2019 to 2024': a rate of change, compounded below
    years = sorted(set(slots.years), reverse=True)
    spanned = _range_figures(slots, answer, figures) if op in ("sum", "average") else None
    if spanned is not None:  # 'the average X from 2019 to 2021': each year of the range, not its two ends
        figures, years = spanned, [f.year for f in spanned]
    if len(figures) == 1 and len(years) == 2:
        figures = figures + _other_year(answer, figures[0], years)
    if op not in ("sum", "change", "percent_change", "average", "multiple") or len(years) != len(figures) \
            or len(figures) != (len(spanned) if spanned else 2):
        return None
    if op == "average" and not spanned and years[0] - years[1] > 1 and any(p.kind == "range" for p in slots.periods):
        return None  # 'the average for 2020-2024' is over every year of the range, not its two ends
    by_year = {f.year: f for f in figures}
    if set(by_year) != set(years) or len({f.unit for f in figures}) != 1 or figures[0].unit not in ("money", "count", "number", "percent"):
        return None
    sentences = quoted_sentences(answer)
    cited = {id(f): next((c.n for c in answer.citations if f.text in c.quote), None)
             or next((n for text, n in sentences if f.text in text), None) for f in figures}
    if None in cited.values():
        return None  # each figure is in a quoted sentence of the answer
    scales = {(m.group(1).lower() if (m := SCALE_WORD.search(f.text)) else None) for f in figures}
    if None in scales and len(scales) > 1:
        return None  # one figure scaled, the other not: no one scale to compute in
    # two scales ('USD 615.7 billion' to 'USD 2.6 trillion'): computed at the smaller, each written as it is
    scale = min(scales, key=lambda w: compute.scale_factor(f"1 {w}")) if None not in scales else None
    later, earlier = by_year[years[0]], by_year[years[1]]
    ordered = [later, earlier] if op in ("change", "percent_change", "multiple") else [f for f in figures]
    operands = in_one_scale(ordered, [str(f.year) for f in ordered], 0)
    if operands is None:
        return None
    operands = [replace(o, citation=cited[id(f)]) for o, f in zip(operands, ordered)]
    operands = [_addressed(ctx, answer, o, f) for o, f in zip(operands, ordered)]
    if op == "percent_change" and COMPOUND.search(ctx.question) and years[0] - years[1] > 1:
        op = "cagr"  # 'the compound annual growth rate between 2019 and 2024': a rate a year, not the change
        result = rate(op, operands[0], operands[1], years[0] - years[1])
    else:
        result = calculate(op, operands)
    if result is None:
        return None
    result, derivation = written_scales(tidy(result), ordered, scale)
    scaled = scale and result.unit != "%" and op not in _UNSCALED_OPS  # '2.61x', never '2.61x billion'
    lead = f"{result.text} {scale}" if scaled else result.text
    each = "; ".join(f"{f.year}: {f.text} [{cited[id(f)]}]" for f in ordered)
    quoted = _LEAD.sub("", answer.answer, count=1)  # the figures' own lead gives way to the computed one
    answer.answer = f"**{lead}** — {_NAMES.get(op, op)}: {result.derivation}. From {each}. {quoted}"
    answer.figure = lead
    answer.shape = "computed"
    answer.derivation = derivation
    return answer


def _addressed(ctx: AnswerContext, answer: Answer, o: compute.Operand, f: Figure) -> compute.Operand:
    """The operand with its table cell's row and column when its quoted sentence is a table's row line."""
    n = o.citation
    cite = next((c for c in answer.citations if c.n == n), None)
    if cite is None:
        return o
    tables = [t for i, t in tables_of(ctx) if ctx.passages[i].chunk_id == cite.chunk_id]
    for text, m in quoted_sentences(answer):
        at = f.start if text[f.start:f.end] == f.text else text.find(f.text) if text.count(f.text) == 1 else -1
        if m == n and at >= 0 and tables and (cell := line_cell(tables, text, at, f.text)) is not None:
            return replace(o, row=cell[0], column=cell[1])
    return o


def _range_figures(slots: Slots, answer: Answer, figures: list[Figure]) -> list[Figure] | None:
    """Each year's figure, later first, of the one range of three years or more the question asks
    ('from 2019 to 2021'), of the led figures' unit, as the quoted sentences date them ('$1,262.9
    million, $856.4 million and $628.0 million in 2021, 2020 and 2019, respectively') where the led
    figures are; None unless every year of the range has exactly one."""
    ranges = [p for p in slots.periods if p.kind == "range"]
    if len(ranges) != 1 or len(slots.periods) != 1 or not figures:
        return None
    first, last = min(ranges[0].years), max(ranges[0].years)
    if last - first < 2:
        return None
    found: dict[int, dict[str, Figure]] = {}
    for text, _ in quoted_sentences(answer):
        if not RESPECTIVELY.search(text) or not any(f.text in text for f in figures):
            continue  # only a sentence the led figures come from, dating its list of figures by its list of years
        for f in respective_years(text, parse_figures(text)):
            if f.unit == figures[0].unit and f.year is not None and first <= f.year <= last:
                found.setdefault(f.year, {})[f.text] = f
    if sorted(found) != list(range(first, last + 1)) or any(len(v) != 1 for v in found.values()):
        return None
    return [next(iter(found[y].values())) for y in range(last, first - 1, -1)]


def quoted_sentences(answer: Answer) -> list[tuple[str, int]]:
    """The sentences the answer quotes, each with its citation number ('... targets. [1]')."""
    body = _LEAD.sub("", answer.answer, count=1)
    return [(m.group(1).strip(), int(m.group(2))) for m in _QUOTED.finditer(body)]


def _other_year(answer: Answer, first: Figure, years: list[int]) -> list[Figure]:
    """The other year's figure, of the first's unit, from another sentence the answer quotes (the
    complement sentence giving the year the best one leaves out): [] unless exactly one. Of two row lines
    of one table, it is the figure under the first's own column header ('Additions: 19,866' and
    'Additions: $ 36,904': the table writes its currency on its first row only); a header's note mark
    ('Deductions (1): ...') is no figure."""
    other = next((y for y in years if y != first.year), None)
    if other is None:
        return []
    quoted = [text for text, _ in quoted_sentences(answer)]
    header = next((h for text in quoted if text.count(first.text) == 1
                   and (h := _header(text, text.index(first.text))) is not None), None)
    found: dict[str, Figure] = {}
    for text in quoted:
        if first.text in text:
            continue
        for f in parse_figures(text):
            if f.year != other or _marks_header(text, f):
                continue
            if header is not None and _header(text, f.start) == header and {f.unit, first.unit} <= {"money", "count"}:
                return [replace(f, unit=first.unit)]
            if f.unit == first.unit:
                found[f.text] = f
    return list(found.values()) if len(found) == 1 else []


# the column header a row line writes before a figure: 'Inventory reserves › Fiscal 2023 — Additions: $ 36,904'
_HEADER = re.compile(r"(?:^|[;—])\s*([^;—:]+?):\s*$")


def _header(text: str, start: int) -> str | None:
    m = _HEADER.search(text[:start])
    return " ".join(m.group(1).lower().split()) if m else None


def _marks_header(text: str, f: Figure) -> bool:
    """A number in parentheses closing a header before its colon ('Deductions (1): ...') is a note mark."""
    return text[max(0, f.start - 1):f.start] == "(" and text[f.end:f.end + 2] == "):"


def _bare(text: str) -> str:
    """The figure as a number is written: '$10.0 billion' -> '10.0', '(1,234)' kept signed."""
    return SCALE_WORD.sub("", text).strip()
