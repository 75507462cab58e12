"""A bar or line chart's data labels read with their axis: extracted text writes a chart as a run
of bare numbers (the bars' labels, then the value axis ticks) and a line of years (the category
axis), which cleaning would drop as residue. When the labels pair one to one with the years, the
chart becomes one line of prose, 'Title (unit): 2,335 in 2020; 2,902 in 2021; ...', so each
value is kept, dated and found under its chart's title and unit."""

from __future__ import annotations

import re

from .chart_stacks import split_stack
from .figures import parse_figures

_YEAR = re.compile(r"^(?:19|20)\d\d[EFP]?$")
_NUMBER = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?%?$")
_UNIT = re.compile(r"^\s*units?\s*[:：]\s*(.+?)\s*$", re.I)
_YEARS_IN_TITLE = re.compile(r"(?:19|20)\d\d")
_MONEY_UNIT = re.compile(r"^(USD|US\$|RMB|CNY|EUR|GBP|JPY|HKD|\$|€|£)\s*(thousand|million|billion|trillion)?$", re.I)
LOOK_BACK = 30  # lines above the chart searched for its title
UNIT_BACK = 6  # ... and for its unit
CAPTION_BELOW = 4  # lines below the axis searched for a caption when no title is above
MIN_YEARS = 3
_UNFINISHED = re.compile(r"\b(the|a|an|of|and|or|to|for|in|on|by|with|from)$", re.I)


_LABELLED = re.compile(r"^[A-Z][a-z]{2,11} [-+]?\d[\d,]*(?:\.\d+)?%?$")  # 'Break 7,000': a label with its word


def _value(raw: str) -> float:
    return float(raw.split()[-1].rstrip("%").replace(",", ""))


def _tokens(line: str) -> list[str]:
    """A label line's values: its numbers, or one word-led label ('Break 7,000') as one value."""
    s = line.strip()
    return [s] if _LABELLED.match(s) else s.split()


def _is_numbers(line: str) -> bool:
    return bool(line.strip()) and "\t" not in line and all(_NUMBER.match(t) for t in line.split())


def _without_ticks(values: list[str]) -> list[str]:
    """The data labels without the value axes' ticks: trailing runs from 0 in equal steps (a chart
    with two value axes has two)."""
    while (kept := _without_last_ticks(values)) != values:
        values = kept
    return values


def _without_last_ticks(values: list[str]) -> list[str]:
    for start in range(len(values) - 2):
        tail = values[start:]
        if _value(tail[0]) != 0:
            continue
        nums = [_value(v) for v in tail]
        step = nums[1] - nums[0]
        if step > 0 and all(abs((b - a) - step) < 1e-9 for a, b in zip(nums, nums[1:])):
            return values[:start]
    return values


def _with_unit(value: str, unit: str | None) -> str:
    if " " in value:  # 'Break 7,000': the word stays before the value with its unit
        word, number = value.rsplit(" ", 1)
        return f"{word} {_with_unit(number, unit)}"
    if not unit:
        return value
    if unit == "%":
        return value if value.endswith("%") else f"{value}%"
    money = _MONEY_UNIT.match(unit)
    if money:
        currency = "USD" if money.group(1) in ("$", "US$") else money.group(1).upper()
        scale = f" {money.group(2).lower()}" if money.group(2) else ""
        return f"{currency} {value}{scale}"
    return f"{value} ({unit})" if re.search(r"\d", unit) else f"{value} {unit.lower()}"


def _checked_unit(unit: str | None, values: list[str], prose: str, in_100m: bool = False,
                  verdicts: list[str] | None = None) -> str | None:
    """The chart's unit, or '100 million <currency>' when its unit line says billions but the page's
    own prose gives its values read in 100 millions (a chart's 6,157 where the text says 615.7
    billion): extraction renders 亿 (100 million) as 'Billion', the prose keeps the true figure.
    `in_100m`: the document's other billion charts read so, and this page's prose says nothing
    either way; `verdicts` hears what the prose said ('1e8', '1e9' or '')."""
    money = _MONEY_UNIT.match(unit or "")
    if not money or (money.group(2) or "").lower() != "billion":
        return unit
    currency = "USD" if money.group(1) in ("$", "US$") else money.group(1).upper()
    stated = [f.value for f in parse_figures(prose, with_years=False) if f.unit == "money" and f.currency == currency]
    nums = [_value(v) for v in values]

    def agrees(scale: float) -> bool:
        return any(abs(n * scale - f) <= 0.005 * f for n in nums for f in stated if f > 0)
    by_100m, by_billion = agrees(1e8), agrees(1e9)
    if verdicts is not None:
        verdicts.append("1e8" if by_100m and not by_billion else "1e9" if by_billion and not by_100m else "")
    return f"100 million {currency}" if (by_100m or in_100m) and not by_billion else unit


def _first_pass(texts: list[str]) -> tuple[list[str], bool]:
    """(`read_charts` of each text, whether the document's charts labelled in billions are in 100 millions: at least
    one chart's page prose says so and none says they are billions; one extraction renders 亿 one way)."""
    verdicts: list[str] = []
    read = [read_charts(text, verdicts=verdicts) for text in texts]
    return read, "1e8" in verdicts and "1e9" not in verdicts


def billions_read_as_100m(texts: list[str]) -> bool:
    """Whether a document's charts labelled in billions are in 100 millions (`_first_pass`'s verdict)."""
    return _first_pass(texts)[1]


def read_all_charts(texts: list[str]) -> list[str]:
    """`read_charts` of each of a document's texts under the document's `billions_read_as_100m`
    verdict; the texts are read again only when the verdict is yes (the first pass is the answer otherwise)."""
    read, in_100m = _first_pass(texts)
    return [read_charts(text, True) for text in texts] if in_100m else read


def _is_title(line: str) -> bool:
    """A chart title: a short line, not a sentence, naming its years ('Global AI market size, 2020-2030E'),
    not stating an amount (a line of prose that does: 'By 2024, ... exceeded RMB 700B, marking')."""
    s = line.strip()
    return 8 <= len(s) <= 90 and not s.endswith((".", "!", "?", ";")) and bool(_YEARS_IN_TITLE.search(s)) \
        and re.search(r"[A-Za-z]{3}", s) is not None \
        and not any(f.unit in ("money", "percent") for f in parse_figures(s, with_years=False))


def _context(lines: list[str], start: int, after: list[str]) -> tuple[str | None, str | None]:
    """(title, unit) of the chart whose labels start at line `start`: the nearest title above (or,
    when none, a caption just below, in `after`) and a 'Unit:' line just above."""
    above = lines[max(0, start - LOOK_BACK):start]
    title = next((s.strip() for s in reversed(above) if _is_title(s)), None) \
        or next((s.strip() for s in after[:CAPTION_BELOW] if _is_title(s)), None)
    # the unit line is just above the labels, or by the title
    at = next((k for k in range(start - 1, max(0, start - LOOK_BACK) - 1, -1) if _is_title(lines[k])), start)
    near = lines[max(0, start - UNIT_BACK):start] + lines[max(0, at - 3):at + 4]
    unit = next((m.group(1) for s in reversed(near) if (m := _UNIT.match(s.strip()))), None)
    return title, unit


def _series_label(below: list[str]) -> str | None:
    """The series' name written just under the axis ('The amount of financing'), if any."""
    s = below[0].strip() if below else ""
    return s if 4 <= len(s) <= 60 and re.search(r"[A-Za-z]{3}", s) and not re.search(r"\d", s) \
        and not s.endswith((".", "!", "?", ";", ":")) and not _UNFINISHED.search(s) else None


# a line read_charts writes: '<title>: <value> in <year>; <value> in <year>; ...' (MIN_YEARS pairs or more)
_CHART_LINE = re.compile(r"^[^\n]*?: (?:[^;\n]+? in (?:19|20)\d\d[EFP]?; ){%d,}[^;\n]+? in (?:19|20)\d\d[EFP]?$" % (MIN_YEARS - 1))


def is_chart_line(text: str) -> bool:
    """Whether `text` is a chart's data labels as read_charts writes them (its values and years come
    from bare number lines; its unit from the chart's own unit line, which extraction can get wrong)."""
    return _CHART_LINE.match(text.strip()) is not None


def read_charts(text: str, in_100m: bool = False, verdicts: list[str] | None = None) -> str:
    """`text` with each chart whose data labels pair one to one with its year axis written as one
    line of prose (the label and tick lines it replaces would be dropped as residue)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        years = lines[i].split()
        if len(years) >= MIN_YEARS and "\t" not in lines[i] and all(_YEAR.match(y) for y in years) \
                and all(int(a[:4]) < int(b[:4]) for a, b in zip(years, years[1:])):
            j = len(out)  # walk back over the lines of bare numbers just before the axis
            while j > 0 and (_is_numbers(out[j - 1]) or (  # a word-led label only between numbers
                    j > 1 and _LABELLED.match(out[j - 1].strip()) and _is_numbers(out[j - 2]))):
                j -= 1
            values = _without_ticks([t for line in out[j:] for t in _tokens(line)])
            if j < len(out) and len(values) == len(years):
                title, unit = _context(out, j, lines[i + 1:])
                if unit and unit != "%" and any(v.endswith("%") for v in values):
                    unit = None  # percentage labels: the unit line is another axis's
                unit = _checked_unit(unit, values, "\n".join(out[:j] + lines[i + 1:]), in_100m, verdicts)
                series = _series_label(lines[i + 1:i + 2])
                head = ", ".join(p for p in (title, series) if p) or "Chart"
                pairs = "; ".join(f"{_with_unit(v, unit)} in {y}" for v, y in zip(values, years))
                del out[j:]
                out.extend(["", f"{head}: {pairs}", ""])
                i += 1
                continue
            stack = split_stack([_tokens(line) for line in out[j:]], len(years)) if j < len(out) else None
            if stack:  # a stacked chart: its totals under the title (which series a part's label names is not known)
                title, unit = _context(out, j, lines[i + 1:])
                unit = _checked_unit(unit, stack[0], "\n".join(out[:j] + lines[i + 1:]), in_100m, verdicts)
                del out[j - 1 if j and out[j - 1].strip() == title else j:]  # the title line: the series line carries it
                totals = "; ".join(f"{_with_unit(v, unit)} in {y}" for v, y in zip(stack[0], years))
                out.extend(["", f"{title or 'Chart'}: {totals}", ""])
                i += 1
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)
