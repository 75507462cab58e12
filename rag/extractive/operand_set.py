"""The set of rows a table lead reads, against the set the question's total names: no bold when they differ.

'The total principal and interest payments' and 'total bonds and commercial paper' ask the whole of two things
the table writes in separate rows; a lead read from the row of one of them answers half of it. 'The modules' share
of total capex' names the total as the whole of a share: the total row itself (100% in each period) is not the part.
"""

from __future__ import annotations

import re

from ..compute import cell_operands
from ..types import Answer, AnswerContext, bold_lead
from .rows import row_line
from .word_stems import stem

# 'total A and B', 'the combined A and B': two things a total joins (each one to three words, before a preposition)
_WORD = r"[a-z][\w-]*"
# ('the combined market for A and B', 'the gap between grade A and grade B occupancy')
_JOINED = re.compile(rf"\b(?:(?:total|combined)\s+(?:{_WORD}\s+){{0,3}}?(?:of|for|from)\s+|(?:total|combined)\s+|"
                     rf"(?:gap|difference|spread)\s+between\s+)(?P<a>{_WORD}(?:\s+{_WORD}){{0,2}}?)\s+and\s+"
                     rf"(?P<b>{_WORD}(?:\s+{_WORD}){{0,2}})", re.I)
_STOP = frozenset("the a an of in on for from to by at as its their our payments amount amounts value values "
                  "number figure figures cost costs between during with".split())
# a total that is the whole of a share: 'share of total capex', '% of the total', 'as a percentage of total X'
_OF_TOTAL = re.compile(r"\b(?:share|percentage|percent|proportion|fraction|portion|%)\s+of\s+(?:the\s+)?total\b", re.I)
_TOTAL_WORD = re.compile(r"\btotal\b", re.I)
_TOTAL_ROW = re.compile(r"^\s*(?:total|grand total)\b", re.I)
JOINED_HALF_WHY = "the question joins {a} and {b}, and the lead reads the rows of {one} alone"
WHOLE_WHY = "the question's total is the whole of a share asked, and the lead reads the total row itself"


def operands(answer: Answer) -> list[tuple[str, str, str]]:
    """Each table-cell operand of a computed lead as (row label, column label, figure), read from its derivation's
    fields: the column as the lead shows it (its last header level, or the two last where they repeat: '2024, % of
    total'), the figure with '%' only where the cell writes one; [] for a figure of prose and for any other lead."""
    return [(o["row"], o.get("label", ""), f"{o.get('value', '')}{'%' if o.get('unit') == '%' else ''}")
            for o in cell_operands(answer.derivation)]


def operand_rows(answer: Answer) -> list[str]:
    """The labels of the rows a table lead reads: each operand's row of a computed lead, else the cited row's label."""
    if answer.derivation is not None:
        return [row.split(" › ")[-1] for row, _, _ in operands(answer)]
    quotes = [c.quote for c in answer.citations if c.quote and " — " in c.quote]
    return [quotes[0].split(" — ")[0].split(" › ")[-1]] if quotes else []


def _phrase(words: str) -> str:
    """The words of one thing, up to the first word that joins it to the rest of the question ('paper from')."""
    kept = []
    for w in words.split():
        if w.lower() in _STOP and not (len(w) == 1 and w.isupper()):
            break
        kept.append(w)
    return " ".join(kept)


def _stems(phrase: str) -> set[str]:
    """The stems of a phrase's content words; a lone capital counts ('grade A')."""
    return {stem(w) for w in re.findall(r"[A-Za-z]+", phrase)
            if (len(w) == 1 and w.isupper()) or (w.lower() not in _STOP and len(w) > 2)}


def _names(stems: set[str], label: str) -> bool:
    return bool(stems & _stems(label))


def half_of_total(ctx: AnswerContext, answer: Answer) -> str | None:
    """JOINED_HALF_WHY when the question asks the total of two things ('total principal and interest payments') and every
    row the lead reads names one of them only, while a row or column a retrieved table names names the other."""
    m = _JOINED.search(ctx.question)
    if answer.abstained or m is None:
        return None
    rows = operand_rows(answer)
    if not rows or any(_TOTAL_ROW.search(r) for r in rows):
        return None
    name_a, name_b = _phrase(m.group("a")), _phrase(m.group("b"))
    a, b = _stems(name_a) - _stems(name_b), _stems(name_b) - _stems(name_a)  # the words that tell them apart
    if not a or not b:
        return None
    docs = {c.doc_id for c in answer.citations}
    texts = [c.text or "" for c in answer.citations] + [p.chunk.text for p in ctx.passages if p.chunk.doc_id in docs]
    lines = [parsed for text in texts for line in text.splitlines() if (parsed := row_line(line)) is not None]
    labels = [label for label, cells in lines for label in (label, *(col for col, _ in cells))]  # rows' and columns' names
    for one, other, name_one in ((a, b, name_a), (b, a, name_b)):
        if all(_names(one, r) and not _names(other, r) for r in rows) and any(_names(other, lab) for lab in labels):
            return JOINED_HALF_WHY.format(a=name_a, b=name_b, one=name_one)
    return None


def whole_for_part(question: str, answer: Answer) -> str | None:
    """WHOLE_WHY when every 'total' of the question is the whole of a share ('the modules' share of total capex')
    and every row the lead reads is a total row: the part asked is another row."""
    totals = len(_TOTAL_WORD.findall(question))
    if answer.derivation is not None and answer.derivation.get("op") in ("share", "ratio"):
        return None  # a part over the whole: the total row is the whole's operand ('proportion of total due in 1-3 years')
    if answer.abstained or not totals or len(_OF_TOTAL.findall(question)) != totals:
        return None
    rows = operand_rows(answer)
    return WHOLE_WHY if rows and all(_TOTAL_ROW.search(r) for r in rows) else None


_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# words by which one year named opens a span of years ('since 2020', 'the three years to 2024')
_SPAN = re.compile(r"\b(?:since|from|between|through|until|to|cumulative(?:ly)?|last|past|years|periods|quarters|months)\b|"
                   r"(?:19|20)\d\d\s*[-–]", re.I)
SUM_WHY = "a total in one year is asked, and the lead adds one row's figures of {n} years"


def sum_over_years(question: str, answer: Answer) -> str | None:
    """SUM_WHY when the question names one year and no span of years ('the combined market for A and B in FY2023/24')
    and the lead sums one row across columns of several years: the total asked is across rows, in that year."""
    d = answer.derivation
    if answer.abstained or d is None or d.get("op") != "sum" or _SPAN.search(question):
        return None
    if len(set(_YEAR.findall(question))) != 1:
        return None
    ops = operands(answer)
    years = {y for _, col, _ in ops for y in _YEAR.findall(col)}
    return SUM_WHY.format(n=len(years)) if len(ops) > 1 and len({r for r, _, _ in ops}) == 1 and len(years) > 1 else None


_POINTS = re.compile(r"\bpercentage[- ]points?\b|\bpp\b|\bbasis points\b", re.I)
_RATE_LABEL = re.compile(r"%|\b(?:rate|share|margin|ratio|percent|percentage|proportion|penetration|yield|cagr|"
                         r"growth|occupancy|utili[sz]ation)\b", re.I)
_AMOUNT_LEAD = re.compile(r"\b(?:thousand|million|billion|trillion|mn|bn)\b|[$€£¥]|\b(?:USD|EUR|GBP|RMB|JPY|CNY)\b", re.I)
POINTS_OPERANDS_WHY = "a difference in percentage points is asked, and the lead differences amounts that are no percentages"


def points_of_amounts(question: str, answer: Answer) -> str | None:
    """POINTS_OPERANDS_WHY when the question asks percentage points and the lead subtracts amounts: none is shown with '%',
    neither its row nor its column names a rate, share or margin, and the result is in money or a scale."""
    d = answer.derivation
    if answer.abstained or d is None or d.get("op") not in ("change", "difference") or not _POINTS.search(question):
        return None
    ops = operands(answer)
    if not ops or any("%" in shown or _RATE_LABEL.search(f"{row} {col}") for row, col, shown in ops):
        return None
    # a percentage table's cells are often bare ('10.3'): only a result in money or a scale is surely an amount
    return POINTS_OPERANDS_WHY if _AMOUNT_LEAD.search(bold_lead(answer.answer) or "") else None


# a range of periods: 'over FY2022/23-FY2024/25', 'from 2020 to 2024', 'between 2020 and 2024', '2020 through 2024'
_RANGE = re.compile(r"(?:19|20)\d\d\S*\s*(?:[-–]|\bto\b|\bthrough\b|\buntil\b)\s*\w*?(?:19|20)\d\d|"
                    r"\bbetween\b\s*\w*?(?:19|20)\d\d\S*\s+and\s+\w*?(?:19|20)\d\d", re.I)
_ANNUAL_COLUMN = re.compile(r"^\D*((?:19|20)\d\d)(?:/\d\d)?\D*$")
ENDS_WHY = "an average over a range of periods is asked, and the lead averages its two ends only, leaving out {col}"


def mean_of_ends(question: str, answer: Answer) -> str | None:
    """ENDS_WHY when the question asks an average over a range of periods ('over FY2022/23-FY2024/25') and the lead
    averages one row's two end columns while the row has a column of a period between them."""
    d = answer.derivation
    if answer.abstained or d is None or d.get("op") != "average" or not _RANGE.search(question):
        return None
    ops = operands(answer)
    if len(ops) != 2 or ops[0][0] != ops[1][0]:
        return None
    ends = sorted(int(m.group(1)) for _, col, _ in ops if (m := _ANNUAL_COLUMN.match(col)))
    if len(ends) != 2:
        return None
    for quote in (c.quote for c in answer.citations if c.quote):
        line = row_line(quote)
        if line is None or line[0].split(" › ")[-1] != ops[0][0].split(" › ")[-1]:
            continue
        for col, cell in line[1]:
            m = _ANNUAL_COLUMN.match(col.split(" › ")[-1])
            if m is not None and ends[0] < int(m.group(1)) < ends[1] and re.search(r"\d", cell):
                return ENDS_WHY.format(col=col)
    return None
