"""A computed quantity asked, a figure read as it stands: no bold.

'What was the percentage change / average / total / ratio of X ...?' asks for a figure the answerer
computes from the cells it addresses (computed.py), with a derivation. When no derivation was made
and the lead is a figure as the passage writes it, that figure answers only if the passage says it
is the quantity asked ('increased $4.2 million', 'an average of 12', 'Total: 93'); otherwise it is an
operand, not the result, and a bold operand is a confident wrong answer. Such a lead is hedged.
"""

from __future__ import annotations

import re

from ingest.figures import NUMBER
from ingest.tables import SEP

from ..types import Answer, Passage, bold_lead, lead_of
from .direction_words import APPROXIMATELY, CHANGE_VERB_STEMS, UP_DOWN
from .kept_patterns import compiled
from .plan_columns import plan_used
from .named_average import average_named
from .operations import multiple_asked, operation
from .subtotal_rows import subtotal_figure

# 'how did X change', 'how fast did it grow': the manner or both ends asked, not one computed figure
_MANNER = re.compile(r"^\s*how\s+(?!much\b|many\b)(\w+)\b", re.I)
# a question's clauses: 'A vs B: any difference in X?', 'How many X in 2024, and how fast did they grow?'
_CLAUSES = re.compile(r"[:;]|,?\s+and\s+(?=(?:how|what|which|by how)\b)", re.I)
_YES_NO = re.compile(r"^\s*(?:any|is|are|was|were|does|do|did|has|have|had|can|will)\b", re.I)
_ASKS = re.compile(r"^\s*(?:what|how|which|who|when|where)\b", re.I)
# 'what was the total X': a total asked, which a figure answers when the passage calls it one (or
# sums it); not 'the share of the total', 'how much did X total', 'in how many years is the total X'
_TOTAL = re.compile(r"(?<!\bof )\bthe total\s+(?!of\b)\w", re.I)
_NOT_AMOUNT = re.compile(r"\bhow (many|long)\b|\bwhen\b", re.I)
_LEAD = re.compile(r"^\s*\*\*(.+?)\*\*")
_DIGIT = re.compile(r"\d")
_TIMES = re.compile(r"\d\s*x\b|\btimes\b|fold\b", re.I)
_PERCENTISH = re.compile(r"%|\bper ?cent\b|\bpct\b|\bpoints?\b|\d\s*x\b|\btimes\b", re.I)

# words by which a passage says a figure is the quantity asked (near before it, or in its row label)
_STATED = {
    "change": r"chang|increas|decreas|grow|grew|rise|rose|risen|fell|fall|declin|drop|up\b|down\b|higher|"
              r"lower|more\b|less\b|varian|differen|improv|reduc|cut\b|yoy|year[- ]on[- ]year|qoq|quarter[- ]on[- ]quarter|"
              r"movement|"
              r"boost|gain|surg|jump|soar|climb|expan|cagr|compound",
    "average": r"averag|avg\b|mean\b|per\b",  # averaging, averaged
    "sum": r"total|combined|together|aggregate|altogether|sum\b|overall",
    "ratio": r"ratio|proportion|times|multiple|coverage",
}  # a share is stated by its percent sign alone
_STATED["percent_change"] = _STATED["change"]
_STATED["multiple"] = _STATED["ratio"]
_STATED["compound"] = "|".join((_STATED["change"], _STATED["average"]))
_NAMES = {"percent_change": "percentage change", "sum": "total", "compound": "computed figure",
          "derived": "figure derived from the page's figures"}
_CONTRAST = re.compile(r";|,\s*(?:while|whereas|but)\b", re.I)
WINDOW = 120  # characters of its sentence before the lead figure read for a word saying what it is


def _before(answer: Answer, lead: str) -> str | None:
    """What the passage writes before the lead's first number: its sentence up to it (at most
    `WINDOW` characters), or a table row's label and the figure's column ('Total — 2019: 93'), read
    from the answer's quotes or its text after the lead; None when none writes that number."""
    m = NUMBER.search(lead)
    if m is None:
        return None
    number = compiled(rf"(?<![\d.,]){re.escape(m.group(0))}(?![\d,]|\.\d)")
    texts = [c.quote for c in answer.citations if c.quote] + [_LEAD.sub("", answer.answer or "", count=1)]
    for text in texts:
        flat = " ".join(text.split())
        found = number.search(flat)
        if found is None:
            continue
        sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z(])", flat[:found.start()])[-1]
        if " — " in sentence:  # a row line 'Label — Column: figure; Column: figure': its label and column
            return f"{sentence.split(' — ')[0]} {sentence.rsplit('; ', 1)[-1]}"
        # a clause set against another ('rose to 3.8% ..., while the mortgage ratio was stable at 0.9%'): the
        # words of the other clause say what its own figures are, not the lead's
        return _CONTRAST.split(sentence)[-1][-WINDOW:]
    return None


def stated(op: str, lead: str, before: str | None) -> bool:
    """Does the passage say the lead figure is the quantity `op` asks? A percentage change, ratio or
    share is a percent or a multiple; a change, average or total is one the words before it name."""
    if op in ("percent_change", "share") and not _PERCENTISH.search(lead):
        return False
    if op in ("share", "ratio") and _PERCENTISH.search(lead) or op == "multiple" and _TIMES.search(lead):
        return True  # a multiple is stated in times ('15.5 times', '3.2x', 'fourfold')
    if before is None:
        return False
    return op in _STATED and re.search(rf"\b(?:{_STATED[op]})", before, re.I) is not None


# one side set against another by how much ('how much more did A spend than B', 'how many fewer X than Y')
_SIDE_AGAINST = re.compile(r"\bhow (?:much|many) (?:more|less|fewer|higher|lower|larger|smaller|bigger|greater|"
                           r"cheaper|costlier)\b[^?]*\bthan\b", re.I)
# a figure carried to another unit, period or condition: 'expressed in tonnes', 'the implied yield', 'applying its
# CAGR', 'based on its share', 'if the forecast is met, what would X be' (not a premise: 'given that X doubled, what
# was it in 2023' may be answered by a figure the page states)
_CARRIED = re.compile(r"\bexpressed (?:in|as|per)\b|\bimpl(?:ied|y|ies)\b|\bapplying\b|"
                      r"\bbased on (?:its|their|the|this|that)\b|^\s*if\b|"
                      r"\bif\b[^?]*\bwould\b|\bwould\b[^?]*\bif\b", re.I)
# 'how many times has X been downloaded': a count of occurrences, not a multiple
_OCCURRENCES = re.compile(r"\bhow many times\s+(?:has|have|had|did|does|do|was|were|is|are|will|would|can)\b", re.I)
_WORDS_ASKED = re.compile(r"^\s*(?:why|which|who|where|when|how (?:is|are|was|were|does|do|did|has|have))\b", re.I)


def derived(question: str) -> str | None:
    """A quantity the page's figures give only by a computation the question names without an operation word:
    a multiple ('how many times larger'), one side less another ('how much more did A spend than B'), or a figure
    carried to another unit, period or condition ('expressed in', 'implied', 'applying its CAGR', 'if ... would').
    A figure read as it stands is an operand of it, not the answer: 'multiple', 'change' or 'derived'; None
    for a question asking words (why, which, how is)."""
    if _WORDS_ASKED.search(question) or _YES_NO.search(question):
        return None
    if multiple_asked(question) and not _OCCURRENCES.search(question):
        return "multiple"
    if _SIDE_AGAINST.search(question):
        return "change"
    return "derived" if _CARRIED.search(question) else None


def asked(question: str) -> str | None:
    """The one computed quantity the question asks: one it names without an operation word (`derived`), whatever
    operation words name its means or its measure, else computed.operation's; None when it asks none, asks its
    manner ('how did X change') or whether ('any difference in X?'), or asks another thing in a clause of its own
    ('how many X, and how fast did they grow?')."""
    side = derived(question)
    if side == "derived" or side is not None and operation(question) in (None, "average", "sum", "compound"):
        # 'applying its CAGR, what would X be': the rate named is the means; 'how much higher was the average
        # price of A than B': the measure's own words ('average price', 'total revenue') ask no operation
        return side
    clauses = [c for c in _CLAUSES.split(question) if c.strip()]
    ops = [operation(c) or ("sum" if _TOTAL.search(c) and not _NOT_AMOUNT.search(c) else None) for c in clauses]
    at = next((i for i, op in enumerate(ops) if op is not None), None)
    if at is None:
        return None
    if _MANNER.search(clauses[at]) or _YES_NO.search(clauses[at]):
        return None
    if any(_ASKS.search(c) for i, c in enumerate(clauses) if i != at):
        return None
    whole = operation(question)  # None when the question asks a cause ('the increase due to')
    return whole if whole is not None else ("sum" if ops[at] == "sum" else None)


def _implausible(derivation: dict) -> str | None:
    """A computed share outside 0-100%: the operands are no part and its whole (a wrong row or column)."""
    if derivation.get("op") != "share" or plan_used(derivation):
        return None
    m = NUMBER.search(str(derivation.get("result", "")).replace(",", ""))
    if m is None:
        return None
    result = float(m.group(0).replace(",", ""))
    negative = str(derivation.get("result", "")).lstrip().startswith("-")
    if negative or result > 100:
        return "the share computed lies outside 0-100%, so its operands are not a part and its whole"
    return None


# a share asked by name ('the combined share of A and B in world output', 'what percentage of W'), not its change
# (not a stock's 'per share', 'share options', 'share-based': those name amounts)
_SHARE_ASKED = re.compile(r"(?<!per )\bshare\b(?![-\s]*(?:based|options?|price|capital|holders?|repurchases?|buy-?backs?)\b)|"
                          r"\bproportion\b|\bpercentage of\b", re.I)
_SHARE_CHANGE = re.compile(r"\b(?:percent(?:age)?|share)\s+(?:points?|change|increase|decrease|growth|decline)\b|"
                           r"\bby what percent|\bwhat percent(?:age)? (?:did|does|has|had)\b|\bgrowth rate\b|\bcagr\b", re.I)
AMOUNT_FOR_SHARE_WHY = "the question asks a share of a whole, and the figure computed is an amount, not a share of anything"


def amount_for_share(question: str, answer: Answer) -> str | None:
    """AMOUNT_FOR_SHARE_WHY when the question asks a share (a part over its whole, in percent) and the answer's
    derivation adds amounts (no operand nor result a percent): the parts' total, not their share of the whole."""
    d = answer.derivation or {}
    if d.get("op") != "sum" or not _SHARE_ASKED.search(question) \
            or _SHARE_CHANGE.search(question):
        return None
    shown = " ".join([str(d.get("result", ""))] + [f"{o.get('value', '')} {o.get('label', '')}" for o in d.get("operands", [])])
    if _PERCENTISH.search(shown) or _PERCENTISH.search(bold_lead(answer.answer) or ""):
        return None
    return AMOUNT_FOR_SHARE_WHY


def _labels_set_aside(question: str, passages: list[Passage]) -> str:
    """The question without the row labels of the answer's tables it writes whole that hold an operation
    word ('Net increase (decrease) in cash'): such a word names the row, it asks no computation."""
    for passage in passages:
        for table in passage.chunk.tables if passage.chunk.tables_json else []:
            for row in table.rows:
                label = " ".join(row.split(SEP)[-1].split())
                if len(label) > 3 and operation(label) is not None:
                    pattern = r"\s+".join(re.escape(w) for w in label.split())
                    question = re.sub(rf"(?<!\w){pattern}(?!\w)", " ", question, flags=re.I)
    return question


def _column_states(op: str, lead: str, passages: list[Passage]) -> bool:
    """The lead's first figure is a cell of a column whose header path names the quantity asked ('Percent
    Change › Actual': the row line prints 'Actual' alone, the header says it is a change)."""
    m = NUMBER.search(lead)
    if m is None or op not in _STATED:
        return False
    number = m.group(0)
    for passage in passages:
        for table in passage.chunk.tables if passage.chunk.tables_json else []:
            for cell in table.cells:
                head = SEP.join(cell.column.split(SEP)[:-1])  # the parts above the column's own name
                if op == "percent_change":  # a rate's own header states it ('CAGR 2019-2024', 'YoY 2024 (%)')
                    if not _PERCENTISH.search(lead) and "%" not in cell.column:
                        continue  # a percentage is written so, by the figure or by its column
                    head = cell.column
                if head and re.search(rf"\b(?:{_STATED[op]})", head, re.I) and NUMBER.search(cell.text) \
                        and NUMBER.search(cell.text).group(0) == number:
                    return True
    return False


def uncomputed(question: str, answer: Answer, passages: list[Passage] | None = None) -> str | None:
    """Why the answer's lead is not certain, or None: the question asks one computed quantity, no
    derivation was made, and the passage does not say the lead figure is that quantity. Row labels of
    the `passages`' tables (default: the answer's) the question writes whole ask no operation."""
    if answer.derivation is not None and not answer.abstained:
        return _implausible(answer.derivation) or amount_for_share(question, answer)
    op = unstated(question, answer, passages)
    if op is None:
        return None
    name = _NAMES.get(op, op)
    return (f"the question asks for {'an' if name[0] in 'aeiou' else 'a'} {name}, which the passage does not "
            f"state and no figures addressed could compute")


def unstated(question: str, answer: Answer, passages: list[Passage] | None = None) -> str | None:
    """The one computed quantity the question asks that the answer's lead figure is not said to be
    ('total', 'change', ...), or None: no quantity asked, a derivation made, or the passage says so."""
    if answer.derivation is not None or answer.abstained or answer.shape in ("which", "list", "explanation"):
        return None
    read = answer.passages if passages is None else passages
    op = asked(average_named(_labels_set_aside(question, read), (p.chunk.text for p in read)))
    if op is None:
        return None
    lead = lead_of(answer.figure, answer.answer)
    if lead is None or not _DIGIT.search(lead) or len(lead) > 60:
        return None
    if stated(op, lead, _before(answer, lead)) or _column_states(op, lead, answer.passages if passages is None else passages):
        return None
    if op == "sum" and _subtotal_states(lead, answer.passages if passages is None else passages):
        return None
    if op == "percent_change" and _rate_after(answer, lead) or op in ("change", "multiple") and _compared_after(answer, lead):
        return None
    return op


# a comparison's word written just after its figure: 'EUR 480 more than', '3.2 times', '12 points higher'
_COMPARED_AFTER = r"(?:\s*%|\s+[a-z]+){0,3}?\s+(?:more|less|fewer|higher|lower|larger|smaller|greater|above|below|times)\b"


def _compared_after(answer: Answer, lead: str) -> bool:
    """The lead's figure is written in a quote with a comparison's word after it ('480 more than'): so stated."""
    m = NUMBER.search(lead)
    if m is None:
        return False
    pattern = re.compile(rf"(?<![\d.,]){re.escape(m.group(0))}{_COMPARED_AFTER}", re.I)
    return any(pattern.search(" ".join(c.quote.split())) for c in answer.citations if c.quote)


# a rate's noun written just after its figure: '70% CAGR', '12% year-on-year', '5.1% compound annual growth'
_RATE_AFTER = r"\s*%?\s*\(?(?:cagr|compound|yoy|year[- ](?:on|over)[- ]year|growth)\b"


def _rate_after(answer: Answer, lead: str) -> bool:
    """The lead's percentage is written in a quote with the rate's own noun after it ('over 70% CAGR'): so stated."""
    m = NUMBER.search(lead)
    if m is None or not _PERCENTISH.search(lead):
        return False
    pattern = re.compile(rf"(?<![\d.,]){re.escape(m.group(0))}{_RATE_AFTER}", re.I)
    return any(pattern.search(" ".join(c.quote.split())) for c in answer.citations if c.quote)


def _subtotal_states(lead: str, passages: list[Passage]) -> bool:
    """The lead's first figure is a cell of a row its table lists items under ('Opex' over 'Opex › R&D'):
    that row is their total, though its label does not say 'total'."""
    m = NUMBER.search(lead)
    tables = [t for p in passages if p.chunk.tables_json for t in p.chunk.tables]
    return m is not None and subtotal_figure(m.group(0), tables)


# a change's verb written just before a figure: 'increased $27.1 million', 'added approximately 96,000', 'an increase of 5%'
_CHANGE_BEFORE = re.compile(rf"(?:\b(?:{CHANGE_VERB_STEMS})\w*|\b(?:{UP_DOWN}))\s+(?:of\s+|by\s+)?"
                            rf"(?:(?:{APPROXIMATELY}|a further|an additional|another)\s+)?(?-i:[$£€¥]|[A-Z]{{1,3}}\$?)?\s*$", re.I)
# a question asking about a change or what moved a figure, in any words
_CHANGE_ASKED = re.compile(rf"\b(?:{_STATED['change']}|add|impact|effect|affect|contribut|happen|net new|new\b|by how)",
                           re.I)
CHANGE_FOR_LEVEL_WHY = ("the passage gives the figure as the amount the quantity changed by, and the question asks the "
                        "quantity itself")


def change_for_level(question: str, answer: Answer) -> str | None:
    """A figure asked as it stands ('what was X in 2018'), led by a figure its sentence writes as a change's amount
    ('X increased $27.1 million compared with 2018'): the change is not the level, so the lead is not bolded."""
    if answer.derivation is not None or answer.abstained or _CHANGE_ASKED.search(question) or operation(question):
        return None
    lead = lead_of(answer.figure, answer.answer)
    if lead is None or not _DIGIT.search(lead) or len(lead) > 60:
        return None
    before = _before(answer, lead)
    return CHANGE_FOR_LEVEL_WHY if before is not None and _CHANGE_BEFORE.search(before) else None
