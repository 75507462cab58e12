"""Figures in report text: numbers with their unit, currency, scale and the year they belong to.

Used at ingest (every sentence's figures are parsed once), by the answerer (which figure answers
the question), by the figure checker (is every number in an answer in a cited passage) and by
the evaluation (615.7 billion = $615.7B = 615,700 million = 6,157 (100 million)).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .comparative_brackets import closed_before, compared_year, comparative_brackets
from .figure_brackets import bracketed_percents
from .figure_ranges import shared_range_units
from .name_years import name_year_spans
from .year_forms import FORECAST_YEAR, POINT_OF_YEAR, SHORT_FISCAL, full_year, short_fiscal_years, short_part_years
from .year_parts import SHORT_PART_LEAD

SCALES = {
    "trillion": 1e12, "tn": 1e12, "t": 1e12,
    "billion": 1e9, "bn": 1e9, "b": 1e9,
    "million": 1e6, "mn": 1e6, "mm": 1e6, "m": 1e6,
    "thousand": 1e3, "k": 1e3,
    "100 million": 1e8, "hundred million": 1e8, "亿": 1e8, "万": 1e4, "万亿": 1e12,
}
CURRENCIES = {
    "usd": "USD", "us$": "USD", "$": "USD", "us dollars": "USD", "dollars": "USD", "dollar": "USD",
    "rmb": "RMB", "cny": "RMB", "yuan": "RMB", "¥": "RMB", "元": "RMB",
    "eur": "EUR", "€": "EUR", "euro": "EUR", "euros": "EUR", "hkd": "HKD", "hk$": "HKD",
    "gbp": "GBP", "£": "GBP", "jpy": "JPY",
    "krw": "KRW", "₩": "KRW", "inr": "INR", "₹": "INR",  # a sign before a number is money, whichever currency's
}
# every three-letter code CURRENCIES knows, as written ('CNY' too), and the codes it reads them as ('RMB' for 'CNY')
CURRENCY_CODES = tuple(k.upper() for k in CURRENCIES if len(k) == 3 and k.isalpha() and k.isascii())
CANONICAL_CODES = tuple(dict.fromkeys(CURRENCIES.values()))
# the scales written as words ('5 million', 'in thousands'): one alternation the answerer's patterns share
SCALE_NAMES = ("thousand", "million", "billion", "trillion")
SCALE_NAME = "|".join(SCALE_NAMES)
# the ISO codes a text writes before or after money ('USD 5m', '(SEK million)', 'USD/t'), CURRENCIES' and others': one
# alternation the answerer's patterns share (each adds its own anchoring and case)
ISO_CODES = ("USD|EUR|GBP|RMB|CNY|JPY|HKD|KRW|INR|CAD|AUD|NZD|CHF|SEK|NOK|DKK|ISK|PLN|CZK|HUF|SGD|TWD|BRL|MXN|ZAR|"
             "AED|SAR")
_DOLLAR_MARKS = [re.escape(k.upper()) for k in CURRENCIES if len(k) == 3 and k.endswith("$")]  # 'US$', 'HK$'
_SIGNS = "".join(k for k in CURRENCIES if len(k) == 1 and not k.isalpha())  # '$¥€£' ('元' follows a number)
# a bare dollar sign: not one after another dollar's mark ('S$', 'A$', 'C$', 'R$', 'NT$', 'NZ$', 'HK$'), in any case
# (cited texts are lowered); after another word it is a dropped space ('dividends of$0.40')
# the other dollars' marks and their codes
OTHER_DOLLARS = {"S": "SGD", "A": "AUD", "C": "CAD", "R": "BRL", "NT": "TWD", "NZ": "NZD", "HK": "HKD"}
DOLLAR_SIGN = "".join(rf"(?<!\b{p})" for p in OTHER_DOLLARS) + r"\$"
# a dollar word not after a place that has its own dollar, named or shortened as its sign is ('Hong Kong dollars',
# 'Singapore dollars', 'HK dollars')
NOT_OTHER_DOLLAR = "".join(f"(?<!{p} )" for p in ("Kong", "Singapore", "Australian", "Canadian", "Taiwan", "Zealand",
                                                   "HK", "NT", "NZ"))
# another dollar's mark before a number is money in that dollar ('A$236 million', 'S$4,376 million', 'C$68.42')
_OTHER_MARKS = [rf"\b{p}\$" for p in OTHER_DOLLARS if p != "HK"]
CURRENCY_MARK = "|".join([*_DOLLAR_MARKS, *_OTHER_MARKS, *CURRENCY_CODES, DOLLAR_SIGN,
                          f"[{_SIGNS.replace('$', '')}]"])  # a currency before a number
_CUR_PREFIX = rf"(?P<cur>{CURRENCY_MARK})"
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE = r"(?P<scale>trillion|billion|million|thousand|hundred million|tn|bn|mn|[TBMK](?![a-zA-Z])|万亿|亿|万)"
_SUFFIX = (r"(?P<suffix>%|per ?cent(?:age points?)?|pct|pp|x(?![a-zA-Z])|times|yuan|dollars?|euros?|USD|RMB|CNY|元"
           r"|\(100 million(?: (?:yuan|RMB|USD|US dollars))?\))")
_QUAL = r"(?P<qual>over|more than|above|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|nearly|almost|about|approximately|around|up to|under|less than|below|at least)\s+"

FIGURE_RE = re.compile(
    rf"(?:{_QUAL})?(?:{_CUR_PREFIX}\s?(?P<open>\(\s?)?)?{_NUM}(?(open)(?P<shut>\s?\))?)(?:\s?{_SCALE})?"
    rf"(?(open)(?(shut)|(?P<shut2>\))))(?:\s?{_SUFFIX})?",
    re.IGNORECASE,
)
_SOFT_QUALIFIERS = re.compile(r"^(approximately|about|around)\s+", re.I)
_OVER = re.compile(r"^(exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|more than|above)\s+", re.I)
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")  # a number as written ('1,234.5'), no unit or scale
YEAR_RE = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?:E|F)?(?![\d%])")
PERIOD_RE = re.compile(r"\b(?:[1-4]Q|Q[1-4]|[12]H|H[12]|FY)\s?((?:19|20)\d{2})\b")  # a quarter, half or fiscal year (FY2019)
_PART_BEFORE = re.compile(rf"{SHORT_PART_LEAD}$", re.I)  # 'Q4 ' before a two-digit year


@dataclass(frozen=True)
class Figure:
    """A number in text, with what it measures."""

    text: str          # as written, e.g. "USD 615.7 billion"
    start: int
    end: int
    number: float      # the bare number as written (615.7)
    value: float       # scaled to units (615.7e9), percent as written (30.0)
    unit: str          # money | percent | count | year | multiple | number
    currency: str | None = None
    qualifier: str | None = None
    year: int | None = None   # the year this figure belongs to, when the sentence says

    @property
    def display(self) -> str:
        """As an answer leads with it: 'USD 615.7 billion', 'over RMB 700B' (soft qualifiers dropped,
        'exceeded'/'surpassed' shown as 'over'; 'nearly' and 'less than' kept, they change the meaning)."""
        return _OVER.sub("over ", _SOFT_QUALIFIERS.sub("", self.text))

    @property
    def key(self) -> tuple[str, str | None, float]:
        return (self.unit, self.currency, _canonical(self.value))


def _parse_number(raw: str) -> float:
    return float(raw.replace(",", ""))


def parse_figures(text: str, with_years: bool = True) -> list[Figure]:
    """Every figure in `text` (years are returned too, with unit 'year')."""
    figures: list[Figure] = []
    for m in FIGURE_RE.finditer(text):
        raw_num = m.group("num")
        start, end = m.start(), m.end()
        before = text[max(0, start - 1):start]
        after = text[end:end + 1]
        if before and (before.isalnum() and not before.isspace()) and not m.group("qual") and not m.group("cur"):
            continue  # part of a word or code ("GPT-4o", "H100", "o3")
        if len(raw_num) == 2 and not (m.group("cur") or m.group("qual") or m.group("scale") or m.group("suffix")) \
                and _PART_BEFORE.search(text[max(0, start - 4):start]):
            continue  # 'Q4 23': a quarter's two-digit year, no amount
        # a year as a period form writes it: 'end-2024', 'mid-2025', a forecast column's '2030E' / '2027F'
        year_form = bool(YEAR_RE.fullmatch(raw_num)) and not m.group("scale") and not m.group("suffix") and (
            bool(POINT_OF_YEAR.search(text[max(0, start - 8):start])) or bool(FORECAST_YEAR.match(text, start))
            and not re.search(r"\d\s?[-–]\s?$", text[max(0, start - 3):start]))  # a range's end ('2020-2029E') dates none
        if re.search(r"[A-Za-z][-‑]$", text[max(0, start - 2):start]) and not m.group("cur") and not year_form:
            continue  # a model or product name ("GPT-4", "Qwen-72B", "COVID-19")
        if after and after.isalpha() and not m.group("scale") and not m.group("suffix") and after not in "x" \
                and not year_form:
            if not re.match(r"(st|nd|rd|th)\b", text[end:end + 3]):
                continue  # "4o", "3D", "5G"
        if _is_date(text, m, raw_num) or _is_version(text, m, raw_num):
            continue
        number = _parse_number(raw_num)
        # money in brackets is negative, as accounts write it: '£(8.1m)', '$(0.5) million'
        sign = -1.0 if m.group("open") else 1.0
        cur = (m.group("cur") or "").lower()
        scale_raw = (m.group("scale") or "").lower()
        suffix = (m.group("suffix") or "").lower()
        qual = (m.group("qual") or "").strip().lower() or None
        scale = SCALES.get(scale_raw, 1.0)
        currency = CURRENCIES.get(cur) or OTHER_DOLLARS.get(cur[:-1].upper()) or None
        if suffix.startswith("(100 million"):
            scale = 1e8
            if "usd" in suffix or "dollar" in suffix:
                currency = "USD"
            elif "yuan" in suffix or "rmb" in suffix:
                currency = "RMB"
        elif suffix in ("yuan", "元", "rmb", "cny"):
            currency = "RMB"
        elif suffix in ("usd", "dollar", "dollars"):
            currency = "USD"
        elif suffix.startswith("euro"):
            currency = "EUR"
        if suffix in ("%", "percent", "per cent", "pct") or suffix.startswith(("percentage", "per centage")):
            unit = "percent"
        elif suffix == "pp":
            unit = "percent"
        elif suffix in ("x", "times"):
            unit = "multiple"
        elif currency:
            unit = "money"
        elif not scale_raw and not suffix and YEAR_RE.fullmatch(raw_num) and "," not in raw_num and "." not in raw_num:
            unit = "year"
        else:
            unit = "count" if scale_raw or "," in raw_num or number == int(number) else "number"
        if scale_raw in ("t", "b", "m", "k") and m.group("scale") not in ("T", "B", "M", "K") and unit != "money":
            # a lone lower-case letter after a number is rarely a scale ("5 m" = metres)
            scale = 1.0
            end = m.start("scale") - (1 if text[m.start("scale") - 1] == " " else 0)
        if unit != "year" and _in_column_heading(text, start, end):
            continue  # '2019 › 53 WEEKS: 206.2': a column's heading, not a figure
        value = sign * number * (1.0 if unit == "percent" else scale)
        figures.append(Figure(text=text[start:end].strip(), start=start, end=end, number=sign * number, value=value,
                              unit=unit, currency=currency, qualifier=qual))
    figures = shared_range_units(text, bracketed_percents(text, figures))  # '(2)%' is -2%; '35-60%': both ends %
    if with_years:
        figures = _attach_years(text, figures)
    return figures


# a table line's cell ('2019 › 53 WEEKS: 206.2'): after a '›' of its column's heading, before the ':' of its value
_HEADING_BEFORE = re.compile(r"›[^;:—\n]*$")
_HEADING_AFTER = re.compile(r"[^;:—›\n\d]*:\s")


def _in_column_heading(text: str, start: int, end: int) -> bool:
    """Whether the number at start:end is part of a table column's heading path, not a cell's figure."""
    return bool(_HEADING_BEFORE.search(text[max(0, start - 80):start]) and _HEADING_AFTER.match(text, end))


_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"


_MONTH_RE = re.compile(_MONTH + r"\.?", re.I)
_NOT_NAMES = {"In", "By", "From", "To", "Of", "At", "On", "Since", "Until", "About", "Over", "Nearly", "And", "Or",
              "The", "With", "For", "Reached", "Only", "Top"}


def _is_version(text: str, m: re.Match, raw: str) -> bool:
    """'Claude 3.5 Sonnet', 'Seedance 1.0', 'Kling 2.0': a product's version, not a figure."""
    if m.group("cur") or m.group("scale") or m.group("suffix") or m.group("qual"):
        return False
    if not re.fullmatch(r"\d{1,2}\.\d{1,2}", raw):
        return False
    name = re.search(r"\b([A-Z][A-Za-z0-9-]*)\s$", text[max(0, m.start() - 30):m.start()])
    return bool(name) and name.group(1) not in _NOT_NAMES and not _MONTH_RE.fullmatch(name.group(1))


def _is_date(text: str, m: re.Match, raw: str) -> bool:
    """'2024.01', 'November 7, 2025', '7 Nov 2025', '2025-03-01': calendar dates, not figures."""
    if m.group("cur") or m.group("scale") or m.group("suffix"):
        return False
    if re.fullmatch(r"(?:19|20)\d{2}\.(?:0[1-9]|1[0-2])", raw):
        return True
    before = text[max(0, m.start() - 12):m.start()]
    after = text[m.end():m.end() + 12]
    if len(raw) <= 2 and re.search(r"(?:19|20)\d{2}[-/](?:\d{1,2}[-/])?$", before):
        return True
    if len(raw) <= 2 and (re.search(_MONTH + r"\.?\s+$", before, re.I) or re.match(r"\s+" + _MONTH + r"\b", after, re.I)):
        return True
    return bool(re.match(r"[-/.]\d{1,2}[-/.]\d{1,2}\b", after) and re.fullmatch(r"(?:19|20)\d{2}", raw))


# a fiscal year written over the two calendar years it spans ('2017/18', '2018-19', '2017/2018')
_SPLIT_YEAR = re.compile(r"(?<![\d/])((?:19|20)\d{2})\s?[/–-]\s?((?:19|20)?\d{2})(?![\d/%])")


def split_year_end(first: str, last: str) -> int | None:
    """The year a split fiscal year ends in ('2017', '18' -> 2018); None for years not consecutive ('2021-2025':
    a range)."""
    start = int(first)
    year = int(last) if len(last) == 4 else start // 100 * 100 + int(last)
    return year if year == start + 1 else None


def split_years(text: str) -> list[tuple[int, int, int]]:
    """Each split fiscal year of `text` as (start, end, the year it ends in): '(2017/18: £8.1m)' dates
    its figure 2018, as a UK report's prior-year comparative; '2021-2025' (not consecutive) is a range."""
    return [(m.start(), m.end(), year) for m in _SPLIT_YEAR.finditer(text)
            if (year := split_year_end(m.group(1), m.group(2))) is not None]


def _attach_years(text: str, figures: list[Figure]) -> list[Figure]:
    """Bind each non-year figure to a year: 'X in 2024' / 'by 2030' after it, else the nearest before."""
    splits = split_years(text)
    named = name_year_spans(text)  # 'the 2026 Notes': the year names an instrument, it dates no figure
    years = [(f.start, f.end, int(f.number)) for f in figures
             if f.unit == "year" and not any(s <= f.start < e for s, e, _ in splits)
             and not any(s <= f.start < e for s, e in named)]
    years += [(m.start(), m.end(), int(m.group(1))) for m in PERIOD_RE.finditer(text)] + splits + short_fiscal_years(text) + short_part_years(text)
    years.sort()
    if not years:
        return figures
    # '£3.5 million (2018: £3.2 million)': a year labelling the prior-year comparative in brackets
    # belongs to the figure after it, never to the one before the bracket
    comparatives = {(s, e) for s, e, y in years if re.match(r"\s*:", text[e:e + 3]) and text[:s].rstrip().endswith("(")}
    brackets = comparative_brackets(text)
    out = []
    for f in figures:
        if f.unit == "year":
            out.append(f)
            continue
        year = None
        follow = re.match(
            r"(?:\s*\(|\s*,?\s*(?:[a-zA-Z-]+\s+){0,3}?(?:in|by|for|of|as of|during|through|until|at the end of)\s+)"
            rf"(?:(?:(?:[1-4]Q|Q[1-4]|[12]H|H[12])\s?)?((?:19|20)\d{{2}})(?![\d%])|FY{SHORT_FISCAL})"
            r"(?!\s*:)(?!\s?[/–-]\s?\d)", text[f.end:f.end + 40])
        if follow:  # 'in 2024', 'in Q3 2024', 'in FY23' (a two-digit fiscal year, read as its full year)
            year = int(follow.group(1)) if follow.group(1) else full_year(follow.group(2))
        elif (paired := _with_year(text, f, figures)) is not None:
            year = paired  # '1,520 projects with 6.47 billion yuan in 2024': the pair shares the year after it
        elif (compared := compared_year(text, f, figures, brackets)) is not None:
            year = compared  # 'RMB33,214 million (2022: RMB38,907 million)': the year after the comparative's
        else:
            prior = [y for s, e, y in years if e <= f.start and not closed_before(brackets, s, f.start)]
            later = [y for s, e, y in years if (s, e) not in comparatives]
            year = prior[-1] if prior else later[0] if later else None
        out.append(Figure(**{**f.__dict__, "year": year}))
    return out


# a figure, its noun and 'with' a second figure ('1,520 projects with 6.47 billion yuan in 2024'): one clause, one year
_WITH = re.compile(r"\s+(?:[a-zA-Z-]+\s+){0,2}with\s+")
_WITH_YEAR = re.compile(r"\s+(?:in|by|for|as of|during)\s+((?:19|20)\d{2})(?![\d%])(?!\s*:)(?!\s?[/–-]\s?\d)")


def _with_year(text: str, f: Figure, figures: list[Figure]) -> int | None:
    """The year right after the figure `f` is paired with by 'with', or None."""
    g = next((g for g in figures if g.start >= f.end and g.unit != "year"), None)
    if g is None or not _WITH.fullmatch(text[f.end:g.start]):
        return None
    m = _WITH_YEAR.match(text[g.end:g.end + 20])
    return int(m.group(1)) if m else None


def normalise(text: str) -> list[tuple[str, str | None, float]]:
    """The figures of `text` as comparable keys (unit, currency, value); years left out."""
    return [f.key for f in parse_figures(text, with_years=False) if f.unit != "year"]


_YEAR_CONTEXT = re.compile(r"\b(in|by|since|from|to|until|through|during|of|year|fy|as of|between|and)\s*$|[-–]\s*$", re.I)


def _reads_as_year(text: str, fig: Figure) -> bool:
    """A 4-digit number that its context marks as a year ('in 2024', '2020-2024', '2025E')."""
    before = text[max(0, fig.start - 12):fig.start]
    after = text[fig.end:fig.end + 2]
    return bool(_YEAR_CONTEXT.search(before)) or after[:1] in ("E", "F", "-", "–") or after.startswith(("s ", "s,"))


def _canonical(value: float) -> float:
    """The value without float noise from scaling (64.9 * 1e9 -> 64900000000.0)."""
    return float(f"{value:.12g}")


def same_value(a: float, b: float, rel: float = 1e-9) -> bool:
    """Equal up to float noise: figures are compared exactly as written, not 'close enough'."""
    return a == b or abs(a - b) <= rel * max(abs(a), abs(b))


def _compatible(want: Figure, have: Figure) -> bool:
    """Same kind of quantity: equal units, or a plain scaled number against an amount of money."""
    if want.unit == have.unit:
        return want.currency is None or have.currency in (None, want.currency)
    plain = {"count", "number"}
    return (want.unit in plain and have.unit == "money") or (want.unit == "money" and have.unit in plain)


def figure_in(expected: str, text: str) -> bool:
    """Whether the figure(s) written in `expected` appear in `text`, in any spelling and scale.

    A bare expected number ("615.7") matches the same number written with a unit; an expected
    figure with a unit or scale must match value and unit. Non-numeric strings match as words.
    """
    want = [f for f in parse_figures(expected, with_years=False)]
    if not want:
        return expected.strip().lower() in text.lower()
    have = parse_figures(text, with_years=False)
    for w in want:
        ok = False
        for h in have:
            if w.unit == "year":  # a bare 4-digit expected number: a year, or a count like 1,900
                ok = h.unit in ("year", "count", "number") and w.number == h.number and h.value == h.number
            elif h.unit == "year" and _reads_as_year(text, h):
                ok = False  # '2,024' is a count, not the year in 'In 2024, ...'
            elif h.unit == "year":
                ok = w.unit in ("count", "number") and w.number == h.number
            elif w.unit in ("count", "number") and w.value == w.number and not w.currency:
                # a bare number matches the same number written with any unit or scale
                ok = h.unit != "percent" and (same_value(w.number, h.number) or same_value(w.number, h.value))
            elif w.unit == "percent":
                ok = h.unit == "percent" and same_value(w.number, h.number)
            else:
                ok = _compatible(w, h) and same_value(w.value, h.value)
            if ok:
                break
        if not ok:
            return False
    return True
