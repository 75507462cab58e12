"""A bold lead its own evidence contradicts (two levels changing by another rate, a percentage for an amount's unit,
pairs of two units compared, a figure for words asked): each check names why the lead is not bolded."""

from __future__ import annotations

import re

from ingest.figures import SCALE_NAME, Figure, parse_figures

from ..types import Answer, bold_lead

# a percentage of change asked: 'percentage change/increase in X', 'by what percentage did X grow'
_PERCENT_CHANGE = re.compile(r"\bpercent(?:age)?\s+(?:change|increase|decrease|growth|rise|decline|fall|drop|gain|loss)"
                             r"|\bby\s+what\s+percent", re.I)
# a lead that is one percentage as printed ('9%', 'about 18%', '-4.5%')
_PERCENT_LEAD = re.compile(r"(?:(?:about|around|approximately|nearly|almost|roughly|over|some)\s+)?[-+−]?\d[\d,]*(?:\.\d+)?\s*%")
# an amount's unit stated as the answer's ('..., in US$ billion?', '(in million sq ft)')
_AMOUNT_UNIT = re.compile(
    r"(?:,|\()\s*in\s+(?:(?:us|usd|eur|gbp|rmb|cny|jpy|chf|aud|cad|inr)\s*)?\$?\s*(?:(?:"
    rf"{SCALE_NAME})s?|bn|mn|m|k)?\s*(?:(?:us|usd|eur|gbp|rmb|cny|jpy|chf|aud|cad|inr)\b|\$|€|£|sq\.?\s?(?:ft|m)\b|"
    r"square\s+(?:feet|metres|meters)|m³|m3\b|tonnes?\b|tons?\b|kg\b|kilograms?\b|[gmkt]wh?\b|barrels?\b|units\b|"
    r"dollars?\b|euros?\b|pounds?\b|yen\b)", re.I)
# one compared pair of a count's listing: 'Parcelink: 1,184 million (2023) vs 30.3% (2024)'
_PAIR = re.compile(r":\s*([^;:]*?)\s+vs\s+([^;]*?)(?:;|$)")

# one thing's two levels: 'from B', 'compared with B', '(2022: B)', 'below the 2019 level of B'
_THEN = re.compile(r"\bfrom\b|\bcompared\b|\bagainst\b|\bvs\.?\b|\bversus\b|\(\s*(?:fy\s*)?(?:19|20)\d{2}\s*:|\blevel of\b|"
                   r"\ba year (?:earlier|ago)\b|\bprevious\b|\bprior\b", re.I)
LEVELS_WHY = "the quoted sentence gives both levels, which change by {computed:.1f}%, not by the lead's {lead}"
AMOUNT_UNIT_WHY = "the question asks an amount in {unit} and the lead is a percentage"
PAIRS_WHY = "the figures it compares are of different units (a percentage against an amount)"


def _levels(sentence: str) -> list[Figure]:
    """The sentence's amounts (money, counts, plain numbers): no years, percentages or multiples."""
    return [f for f in parse_figures(sentence) if f.unit in ("money", "count", "number") and f.value]


def levels_disagree(question: str, answer: Answer) -> str | None:
    """LEVELS_WHY when a percentage change is asked and the lead's sentence gives one thing's two levels whose change
    is not the lead's (over 0.6 points and 5% apart): another measure's ('volumes up 11.0%', exports 1,045 vs 780)."""
    lead = bold_lead(answer.answer)
    if answer.derivation is not None or not lead or not _PERCENT_LEAD.fullmatch(lead.strip()) \
            or not _PERCENT_CHANGE.search(question):
        return None
    value = parse_figures(lead)
    if not value or value[0].unit != "percent":
        return None
    said = value[0].value
    quote = next((c.quote for c in answer.citations if c.quote and lead.split()[-1] in c.quote), None)
    if quote is None:
        return None
    levels = _levels(quote)
    if len(levels) != 2 or len({(f.unit, f.currency) for f in levels}) != 1:
        return None
    between = quote[levels[0].end:levels[1].start]
    if not (levels[0].year and levels[1].year and levels[0].year != levels[1].year) and not _THEN.search(between):
        return None  # two amounts of two things ('urban RMB 34.5k, rural ...'), not one thing's two levels
    new, old = levels  # 'rose to A from B', 'A in 2023 (2022: B)': the later level first, unless dated otherwise
    if new.year is not None and old.year is not None and new.year < old.year:
        new, old = old, new
    changes = [(new.value - old.value) / old.value * 100, (old.value - new.value) / new.value * 100]
    if any(abs(abs(c) - abs(said)) <= max(0.6, 0.05 * abs(said)) for c in changes):
        return None
    return LEVELS_WHY.format(computed=changes[0], lead=lead.strip())


def percent_for_unit(question: str, answer: Answer) -> str | None:
    """AMOUNT_UNIT_WHY when the question states the unit of the amount it asks (', in US$ billion') and the bold lead is
    a percentage: the share the sentence gives is an operand, not the amount asked."""
    m = _AMOUNT_UNIT.search(question)
    lead = bold_lead(answer.answer)
    if m is None or not lead or not _PERCENT_LEAD.fullmatch(lead.strip()):
        return None
    return AMOUNT_UNIT_WHY.format(unit=question[m.start():].strip(",( ?)").removeprefix("in ").strip())


def pairs_mixed(answer: Answer) -> str | None:
    """PAIRS_WHY when a count's listing compares pairs ('A: 1,184 million (2023) vs 30.3% (2024)') and some pair
    sets a percentage against a figure that is not one: another column was read for one side."""
    lead = bold_lead(answer.answer)
    if not lead or not re.fullmatch(r"\d+", lead) or " vs " not in answer.answer:
        return None
    for left, right in _PAIR.findall(answer.answer):
        if ("%" in left) != ("%" in right) and re.search(r"\d", left) and re.search(r"\d", right):
            return PAIRS_WHY
    return None


# words asked of a term or an event: 'what does X measure', 'what are shipments in this report', 'what supported X'
_WORDS_ASKED = re.compile(
    r"^\s*what\s+(?:does|do|did)\b.+\b(?:measure|mean|include|cover|represent|assume|comprise|exclude|refer\s+to|"
    r"stand\s+for)\s*\??\s*$|^\s*what\s+(?:is|are)\b.+\bin\s+this\s+(?:report|table|document)\s*\??\s*$|"
    r"^\s*what\s+(?:supported|drove|caused|devastated|prompted|hurt|boosted|held\s+back|weighed\s+on|offset)\b", re.I)
# a lead that is a figure and nothing else: digits with an amount's scale, currency or sign
_FIGURE_ONLY = re.compile(r"[-+−(]?\s*(?:(?:us|usd|eur|gbp|rmb|jpy)?\s*[$€£]?\s*)?\d[\d,]*(?:\.\d+)?\)?\s*"
                          r"(?:%|percent|million|billion|thousand|bn|mn|m|k)?", re.I)
WORDS_WHY = "the question asks what a term means or what caused something, and the lead is a bare figure"


def figure_for_words(question: str, answer: Answer) -> str | None:
    """WORDS_WHY when the question asks a meaning, a content or a cause in words ('what does the load factor measure',
    'what supported the growth') and the bold lead is a bare figure: a cell of the term's row, not its words."""
    lead = bold_lead(answer.answer)
    if not lead or not _WORDS_ASKED.search(question) or not _FIGURE_ONLY.fullmatch(lead.strip()):
        return None
    return WORDS_WHY


# an amount's change asked ('by how much did X change', 'how much did X increase by', 'what was the change in X'):
# no percentage, rate or points named
_AMOUNT_CHANGE = re.compile(r"^\s*(?:by\s+how\s+much|how\s+much\s+(?:did|has|have|had|was|were|is|are)\b.*\bby\b|"
                            r"what\s+(?:was|were|is|are)\s+the\s+(?:change|increase|decrease|decline|rise|fall)\s+in)\b",
                            re.I)
_RATE_WORDS = re.compile(r"%|\bpercent|\brate\b|\bratio\b|\bmargin\b|\bshare\b|\bpoints?\b|\bbps\b|\byield\b|\bgrowth\b",
                         re.I)
# a column printing a percentage change: 'Change (%) › May vs April', '% chg', 'YoY %', 'Var. %'
_RATE_COLUMN = re.compile(r"(?:\b(?:change|chg|var\.?|variance|growth|yoy|qoq)\b[^:;›]*(?:\(\s*%\s*\)|%)|%\s*(?:change|chg|var))",
                          re.I)
RATE_COLUMN_WHY = "the question asks by how much an amount changed and the lead is the table's percentage change"


def rate_for_amount(question: str, answer: Answer) -> str | None:
    """RATE_COLUMN_WHY when an amount's change is asked and the bold lead is read, not computed, from a column printing a
    percentage change ('Change (%) › May vs April: (8.3)'): a rate of the change, not its amount."""
    lead = bold_lead(answer.answer)
    if answer.derivation is not None or not lead or not _AMOUNT_CHANGE.search(question) \
            or _RATE_WORDS.search(question):
        return None
    quote = next((c.quote for c in answer.citations if c.quote), "") or answer.answer
    row, _, cells = quote.partition(" — ")
    if not cells or _RATE_WORDS.search(row):
        return None  # a ratio's row ('Margin (%)'): its change column may print points
    read = [label for label, value in re.findall(r"(?:^|;\s*)([^:;]+):\s*([^;]+)", cells)
            if value.strip() == lead.strip()]
    return RATE_COLUMN_WHY if read and all(_RATE_COLUMN.search(label) for label in read) else None
