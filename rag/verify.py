"""Citation and figure checks for any answer: every [n] must name a given passage, and every
number in the answer (at any scale: 615.7 billion = 615,700 million = 615.7B) must appear in a
passage the answer cites."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ingest.figures import Figure, parse_figures, same_value

MARKER = re.compile(r"\[(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\]")


def parse_markers(text: str) -> list[int]:
    """Citation numbers in order of first use: '[1]', '[2, 3]', '[1-3]'."""
    seen: list[int] = []
    for m in MARKER.finditer(text):
        for part in re.split(r"\s*,\s*", m.group(1)):
            if re.search(r"[–-]", part):
                ends = [int(x) for x in re.split(r"\s*[–-]\s*", part) if x]
                a, b = (ends[0], ends[-1]) if len(ends) == 2 else (0, 0)
                nums = range(a, b + 1) if 0 < b - a < 50 else ends  # '[1-2-3]': each number as written
            else:
                nums = [int(part)]
            for n in nums:
                if n not in seen:
                    seen.append(n)
    return seen


def strip_markers(text: str) -> str:
    return MARKER.sub(" ", text)


@dataclass
class Verdict:
    """What the checker found: markers that name no passage, figures no cited passage holds."""

    cited: list[int]
    invalid_markers: list[int]
    unsupported_figures: list[str]

    @property
    def ok(self) -> bool:
        return not self.invalid_markers and not self.unsupported_figures


def supports(fig: Figure, passage_figures: Sequence[Figure]) -> bool:
    """A passage figure with the same number at the same or a compatible scale and unit."""
    for p in passage_figures:
        if fig.unit == "year" or p.unit == "year":
            if fig.unit == p.unit == "year" and fig.number == p.number:
                return True
            continue
        if fig.unit == "percent" or p.unit == "percent":
            if fig.unit == p.unit and same_value(fig.number, p.number):
                return True
            continue
        if same_value(fig.value, p.value) or same_value(fig.number, p.number) and (
                fig.value == fig.number or p.value == p.number):
            if fig.currency and p.currency and fig.currency != p.currency:
                continue
            return True
    return False


# a dash where a table row gives a figure ('2018: —;', '$—') is nil: the row's figure is zero
_NIL_CELL = re.compile(r"(?::|\$)\s*[—–-]\s*(?=;|$|\n|\s\()", re.M)


def passage_figures(text: str) -> list[Figure]:
    """The figures a passage holds, as the checks compare them; a table's nil dash counts as 0."""
    found = parse_figures(text, with_years=False)
    nil = _NIL_CELL.search(text)
    if nil is not None:
        found.append(Figure(nil.group(0), nil.start(), nil.end(), 0.0, 0.0, "number"))
    return found


def _forecast_year(fig: Figure, texts: Sequence[str]) -> bool:
    """A year the answer names that a cited passage writes as an estimate or forecast ('2027E',
    '2030F', '2025P'): the same year, which the figure parser does not read as one."""
    return fig.unit == "year" and fig.number == int(fig.number) and any(
        re.search(rf"(?<![\d.,]){int(fig.number)}[EFP]\b", t) for t in texts)


def check(answer: str, passages: Sequence[str],
          figures_of: Callable[[str], Sequence[Figure]] = passage_figures) -> Verdict:
    """Check `answer` against the numbered `passages` (passage [n] is passages[n-1]); `figures_of`
    gives a passage's figures (`passage_figures`, or the same kept from an earlier question)."""
    cited = parse_markers(answer)
    invalid = [n for n in cited if not 1 <= n <= len(passages)]
    valid = [n for n in cited if 1 <= n <= len(passages)]
    evidence = [passages[n - 1] for n in valid] if valid else []
    evidence_figures = [f for text in evidence for f in figures_of(text)]
    unsupported: list[str] = []
    for fig in parse_figures(strip_markers(answer), with_years=False):
        if not supports(fig, evidence_figures) and not _forecast_year(fig, evidence) and fig.text not in unsupported:
            unsupported.append(fig.text)
    return Verdict(cited, invalid, unsupported)


def derived(unsupported: Sequence[str], derivation: dict | None) -> list[str]:
    """The unsupported figures left once a computed answer's derivation is accounted for: its result
    (and an average's count) is accepted only when no operand is unsupported and the arithmetic
    re-computes (rag.compute.recompute); otherwise everything stays unsupported."""
    if not derivation or not unsupported:
        return list(unsupported)
    from .compute import recompute

    operands = [str(o["value"]) for o in derivation.get("operands", [])]
    op, result = derivation.get("op", ""), str(derivation.get("result", ""))
    if not (result == str(len(operands)) if op == "count" else recompute(op, operands, result, derivation.get("years"))):
        return list(unsupported)
    numbers = {f.number for o in operands for f in parse_figures(o, with_years=False)}
    if any(f.number in numbers for u in unsupported for f in parse_figures(u, with_years=False)):
        return list(unsupported)  # an operand no cited passage holds
    allowed = {abs(f.number) for f in parse_figures(str(derivation["result"]), with_years=False)}
    if derivation.get("op") == "average":
        allowed.add(float(len(operands)))
    elif derivation.get("op") in ("annual_average", "annual_change"):  # the years divided by
        allowed.add(float(derivation.get("years") or 0))
    elif derivation.get("op") == "cagr":  # the power's 1 and the years: '(1,800 / 640)^(1/5) - 1'
        allowed |= {1.0, float(derivation.get("years") or 0)}
    elif derivation.get("op") == "before_change":  # the 1 the change is added to: '34.5 / (1 + 4.7%)'
        allowed.add(1.0)
    elif derivation.get("op") == "average_change":  # each mean's count
        allowed.add(float(len(operands) // 2))
    return [u for u in unsupported
            if not all(abs(f.number) in allowed for f in parse_figures(u, with_years=False))]
