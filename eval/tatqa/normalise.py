"""TAT-QA's answer normalisation: numbers with scale words (thousand/million/billion), commas,
signs and parentheses, percent and currency signs; text spans compared SQuAD-style (case,
punctuation, articles, whitespace); multi-span answers as sets of spans.

`lead_exact` is the benchmark's exact match applied to the answer's lead (its figure or bold
lead); `holds_gold` asks the looser question "does the answer text state every gold span/number".
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from dataclasses import dataclass

from rag.number_words import cardinals

SCALE_WORDS = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9}
_NUMBER_WORDS = cardinals(0, 20)
_NUM = re.compile(
    r"(?<![\w.,])(?P<open>\()?\s*(?P<minus>[-−–])?\s*(?:US\$|\$|€|£|¥|USD|RMB)?\s*(?P<minus2>[-−–])?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\w.]*\d)"
    r"(?P<close>\))?(?:\s*(?P<pct>%|per ?cent\b))?(?:\s*(?P<scale>thousand|million|billion|bn|mn|[kmb])\b)?",
    re.IGNORECASE)
_PUNCT = set(string.punctuation) | set("‘’“”–—•·")
_ARTICLES = re.compile(r"\b(a|an|the)\b")
_ITEM_SPLIT = re.compile(r"\s*(?:;|,(?!\d{3})|\n|•)\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
_MARKERS = re.compile(r"\[\d+\]")
# a label's footnote marks ('Other(2)(4)', 'Current year1'): annotators keep or drop them alike
_FOOTNOTE = re.compile(r"(?<=[^\W\d_])(?:\s*\(\d{1,2}\))+\s*$|(?<=[a-z])\d\s*$")


@dataclass(frozen=True)
class Num:
    """A number as written: signed value, its scale word's multiplier (1 when none), percent, decimals."""

    value: float
    scale: float = 1.0
    percent: bool = False
    decimals: int = 0


def numbers(text: str) -> list[Num]:
    """Every number in `text`: '(12.6)' and '-12.6' are negative, '$1,496.5 million' is 1496.5 x 1e6."""
    found = []
    for m in _NUM.finditer(text):
        raw = m.group("num").replace(",", "")
        negative = bool(m.group("minus") or m.group("minus2")) or bool(m.group("open") and m.group("close"))
        value = float(raw) * (-1 if negative else 1)
        scale = SCALE_WORDS.get((m.group("scale") or "").lower(), 1.0)
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        found.append(Num(value, scale, bool(m.group("pct")), decimals))
    return found


def as_number(span: str) -> Num | None:
    """The span as one number when it is nothing else ('$1,496.5', '(12.6)', '12.5%', '2019'); else None."""
    nums = numbers(span)
    if len(nums) != 1:
        return None
    rest = _NUM.sub(" ", span)
    if re.search(r"[A-Za-z0-9]", re.sub(r"\b(?:US|USD|RMB)\b", " ", rest)):
        return None
    return nums[0]


def same_number(pred: Num, gold: float, gold_scale: str = "", *, signed: bool = True, lenient: bool = False) -> bool:
    """TAT-QA's number match: equal to two decimals once both sides carry their scale. A prediction
    without a scale word is read in the gold's scale (the page states it, as its table does).
    `signed=False` ignores the sign ('a decrease of 12.6' states -12.6); `lenient` also accepts a
    prediction rounded to fewer decimals (22.2% for 22.22)."""
    g_scale = SCALE_WORDS.get(gold_scale, 1.0)
    p = pred.value * pred.scale / g_scale if pred.scale != 1.0 else pred.value
    g = gold
    if not signed:
        p, g = abs(p), abs(g)
    if round(p, 2) == round(g, 2):
        return True
    return lenient and pred.scale == 1.0 and pred.decimals < 2 and round(g, pred.decimals) == round(p, pred.decimals)


def normalise_text(text: str) -> str:
    """Lower case, without punctuation, articles and extra whitespace (SQuAD / TAT-QA style)."""
    text = "".join(" " if ch in _PUNCT else ch for ch in text.lower())
    return " ".join(_ARTICLES.sub(" ", text).split())


def _gold_value(span: str) -> float | None:
    n = as_number(span)
    if n is not None:
        return n.value
    word = span.strip().lower()
    return float(_NUMBER_WORDS[word]) if word in _NUMBER_WORDS else None


def _span_equal(lead: str, gold: str, scale: str) -> bool:
    value = _gold_value(gold)
    if value is not None:
        nums = numbers(lead)
        own = as_number(gold)
        if nums and own is not None and own.scale != 1.0 and nums[0].scale != 1.0:
            # '$1.2 billion' for a gold span that writes its own scale word: compare the amounts
            return round(nums[0].value * nums[0].scale, 2) == round(own.value * own.scale, 2)
        if nums:
            return same_number(nums[0], value, scale)
        word = lead.strip().lower()
        return word in _NUMBER_WORDS and _NUMBER_WORDS[word] == value
    return normalise_text(unmarked(lead)) == normalise_text(unmarked(gold))


def unmarked(text: str) -> str:
    """A text span without its label's footnote marks; a number is left as written."""
    return text if as_number(text) is not None else _FOOTNOTE.sub("", text)


def _canonical_item(item: str) -> str:
    n = as_number(item)
    return f"{n.value * n.scale:.2f}" if n is not None else normalise_text(unmarked(item))


def lead_exact(lead: str | None, gold: Sequence[str], answer_type: str, scale: str = "") -> bool:
    """Exact match of the lead under TAT-QA's normalisation: one span or number, or for multi-span
    the set of spans (the lead split at commas, semicolons and 'and')."""
    spans = [g for g in gold if str(g).strip()]
    if not lead or not spans:
        return False
    if answer_type == "multi-span":
        lead = _MARKERS.sub(" ", lead)
        items = {_canonical_item(i) for i in _ITEM_SPLIT.split(lead) if normalise_text(i)}
        wanted = {_canonical_item(g) for g in spans}
        return items == wanted or _segments_into(lead, wanted)
    return _span_equal(lead, spans[0], scale)


def _segments_into(lead: str, wanted: set[str]) -> bool:
    """Whether the lead cut at some of its separators gives exactly the gold items: an item that
    itself holds 'and' or a comma ('Cash and cash equivalents', 'Selling, general and
    administrative') is one span, not two; every gold item once, nothing else."""
    cuts = [(m.start(), m.end()) for m in _ITEM_SPLIT.finditer(lead)]
    bounds = zip([0] + [b for _, b in cuts], [a for a, _ in cuts] + [len(lead)])
    pieces = [(a, b) for a, b in bounds if normalise_text(lead[a:b])]
    if not pieces or len(pieces) > 40:
        return False

    def fits(i: int, left: frozenset[str]) -> bool:
        if i == len(pieces):
            return not left
        for j in range(i, len(pieces)):
            item = _canonical_item(lead[pieces[i][0]:pieces[j][1]])
            if item in left and fits(j + 1, left - {item}):
                return True
        return False

    return fits(0, frozenset(wanted))


def holds_gold(text: str, gold: Sequence[str], scale: str = "") -> bool:
    """Every gold span is stated in `text`: numbers by value (any sign, to two decimals or as rounded
    in the text, scale words honoured), words as a normalised phrase."""
    spans = [g for g in gold if str(g).strip()]
    if not spans:
        return False
    text = _MARKERS.sub(" ", text or "")
    nums = numbers(text)
    plain = f" {normalise_text(text)} "
    for g in spans:
        value = _gold_value(g)
        own = as_number(g) if value is not None else None
        if own is not None and own.scale != 1.0:
            # '$417 million' as the gold writes it: the amount with its own scale word, stated
            # with one ('$417 million') or in the question's scale ('417' of a table in millions)
            if not any(round(n.value * n.scale, 2) == round(own.value * own.scale, 2) or
                       (n.scale == 1.0 and same_number(n, value, scale, signed=False, lenient=True)) for n in nums):
                return False
        elif own is not None:
            if not any(same_number(n, value, scale, signed=False, lenient=True) for n in nums):
                return False
        elif value is not None:  # a number word ('two')
            if not (any(n.value == value for n in nums) or f" {normalise_text(g)} " in plain):
                return False
        elif f" {normalise_text(unmarked(g))} " not in plain:
            return False
    return True
