"""The part-of-year patterns composed from ingest.year_parts match exactly what their hand-written forms matched."""

from __future__ import annotations

import re

import pytest

from ingest import figures, year_forms, year_parts
from rag.extractive import lead_owned, quarter_cells, rows_extreme, split_year, year_part

# each pattern's form before the vocabulary moved to year_parts, as written then (year_rows._PERIOD_LABEL left the
# list in session 58, which widened it on purpose: two-digit quarters, split years, end dates; tests/test_year_rows.py)
_OLD = {
    "split_year._PART_LABEL": re.compile(r"(?<![\w.])(?:Q[1-4]|[1-4]Q|H[12]|[12]H)\s?['’]?((?:19|20)?\d\d)(?:\s?\([a-z]\))?:", re.I),
    "split_year._PART_ASKED": re.compile(r"\b(?:Q[1-4]|[1-4]Q|H[12]|[12]H)\b|\b(?:first|second|third|fourth|1st|2nd|3rd|4th|last)\s+"
                                         r"(?:quarter|half)\b", re.I),
    "year_part.PART_OF_YEAR": re.compile(r"\b(?:three|six|nine|3|6|9)[- ]months?\b|\b(?:13|26|39)[- ]weeks?\b|\bq[1-4]\b|"
                                         r"\bquarters?\b|\bquarterly\b|\bh[12]\b|\b(?:first|second) half\b|\bhalf[- ]years?\b|"
                                         r"\binterim\b|\bfourth[- ]quarter\b", re.I),
    "lead_owned._HALF": re.compile(r"\b(?:first|second|1st|2nd)[- ]half\b|\b[12]H\s?(?:\d{2}|\d{4})?\b|\bH[12]\b|\bhalf[- ]year\w*|"
                                   r"\b(?:six|6)[- ]months?\b|\bsemi[- ]?annual\w*", re.I),
    "quarter_cells._HALF": re.compile(r"\b(first|second)[- ]half\b|\bH([12])\b", re.I),
    "quarter_cells._QUARTER_COLUMN": re.compile(r"(?:Q[1-4]|[1-4]Q)\s?(?:'|FY)?(?:(?:19|20)\d{2}|\d{2})|(?:first|second|third|fourth)\s+(?:fiscal\s+)?"
                                                r"quarter,?\s+(?:of\s+)?(?:fiscal\s+)?(?:19|20)\d{2}", re.I),
    "rows_extreme._GRAIN.quarter": re.compile(r"\b(?:Q[1-4]|[1-4]Q|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)\b", re.I),
    "rows_extreme._GRAIN.half": re.compile(r"\b(?:H[12]|[12]H|(?:first|second)\s+half)\b", re.I),
    "year_forms._PART": re.compile(r"\b(?:Q[1-4]|[1-4]Q|H[12]|[12]H)\s?['’]?(\d{2})(?![\d%]|[.,]\d)", re.I),
    "figures._PART_BEFORE": re.compile(r"\b(?:Q[1-4]|[1-4]Q|H[12]|[12]H)\s?['’]?$", re.I),
}
_NEW = {
    "split_year._PART_LABEL": split_year._PART_LABEL, "split_year._PART_ASKED": split_year._PART_ASKED,
    "year_part.PART_OF_YEAR": year_part.PART_OF_YEAR, "lead_owned._HALF": lead_owned._HALF,
    "quarter_cells._HALF": quarter_cells._HALF, "quarter_cells._QUARTER_COLUMN": quarter_cells._QUARTER_COLUMN,
    "rows_extreme._GRAIN.quarter": rows_extreme._GRAIN["quarter"], "rows_extreme._GRAIN.half": rows_extreme._GRAIN["half"],
    "year_forms._PART": year_forms._PART,
    "figures._PART_BEFORE": figures._PART_BEFORE,
}
# period phrases as questions, headers and passages write them, and near misses
_PHRASES = [
    "Q1", "q4", "Q5", "Q4 2024", "Q4 24", "Q4 '23", "Q4 ’23", "Q3'25", "Q2FY24", "4Q24", "4Q 2024", "1Q", "3Q", "5Q24",
    "H1", "h2", "H3", "H1 2025", "1H25", "2H 2024", "1H", "2H", "3H24", "H1 24:", "Q1 24: 0.7; Q2 24: (5.2)", "Q1 2024 (a): 5",
    "1H25: 3.1", "x.Q1 24:", "AQ1 24:", "first half", "second half", "first-half", "Second-Half", "1st half", "2nd half",
    "third half", "first half of 2024", "the second half of 2024", "H2, 2023", "H1 of 2023", "first quarter", "Third Quarter",
    "3rd quarter", "4th quarter", "last quarter", "last half", "fourth-quarter", "fourth quarter 2024", "First quarter 2021",
    "first fiscal quarter, of fiscal 2021", "2021 Q1", "2021 first quarter", "Q1 2021", "FY2019", "Fiscal year 2019",
    "2023/24", "FY2024/25", "2025E", "2024(1)", "2024 (p)", "2024*", "2024¹", "three months", "Three Months Ended", "six-month",
    "6 months", "9-months", "nine months ended", "12 months", "13 weeks", "26-week", "39 weeks", "52 weeks", "quarters",
    "quarterly", "quarter", "half-year", "half year", "half-years", "half-yearly", "halfyear", "semi-annual", "semiannually",
    "semi annual", "interim", "Interim results", "year-to-date", "YTD", "full year", "in the six months to June 2024",
    "what was revenue in H2?", "What was X in the second half of 2024?", "In which quarter of 2023 was X highest?",
    "the 1H 2024 figure", "Q42024", "Q4-24", "Q4 2024 vs Q3 2024", "equity", "quarterback", "H1N1", "1H2", "6-monthly",
]


@pytest.mark.parametrize("name", sorted(_OLD))
def test_same_matches_as_before(name: str) -> None:
    old, new = _OLD[name], _NEW[name]
    assert new.flags == old.flags
    for phrase in _PHRASES:
        for text in (phrase, f"In {phrase} it rose", phrase.upper(), phrase.lower()):
            assert [(m.span(), m.groups()) for m in new.finditer(text)] == [(m.span(), m.groups()) for m in old.finditer(text)] \
                or name == "quarter_cells._HALF", (name, text)
            assert bool(new.fullmatch(text)) == bool(old.fullmatch(text)), (name, text)


def test_quarter_cells_half_same_spans_and_half() -> None:
    """The half's group now holds the code ('H2', not '2'); the spans and the half read from it are as before."""
    old = _OLD["quarter_cells._HALF"]
    for phrase in _PHRASES:
        for text in (phrase, phrase.upper(), phrase.lower()):
            olds, news = list(old.finditer(text)), list(quarter_cells._HALF.finditer(text))
            assert [m.span() for m in news] == [m.span() for m in olds], text
            for o, n in zip(olds, news):
                assert (o.group(1), o.group(2)) == (n.group(1), n.group(2) and n.group(2)[-1]), text


def test_pieces_compose_the_texts_before() -> None:
    """Where a pattern is the pieces put together, its text is the text written before, character for character."""
    for name in ("split_year._PART_LABEL", "lead_owned._HALF", "rows_extreme._GRAIN.quarter", "rows_extreme._GRAIN.half",
                 "year_forms._PART", "figures._PART_BEFORE", "quarter_cells._QUARTER_COLUMN"):
        assert _NEW[name].pattern == _OLD[name].pattern, name


def test_part_code_smallest() -> None:
    assert re.fullmatch(year_parts.PART_CODE, "4Q") and re.fullmatch(year_parts.PART_CODE, "H1")
    assert not re.fullmatch(year_parts.PART_CODE, "Q5")


def test_month_abbreviations_open_the_month_names():
    from ingest.year_parts import MONTH_ABBREVIATION, MONTH_ABBREVIATIONS, MONTH_NAME, MONTH_NAMES
    names = "january february march april may june july august september october november december".split()
    assert [n[:3] for n in names] == list(MONTH_ABBREVIATIONS) == MONTH_ABBREVIATION.split("|")
    assert names == list(MONTH_NAMES) == MONTH_NAME.split("|")
