"""Rows that moved one way between two years ('Which expense items decreased from 2019 to 2020?', 'How many
KPIs increased from 2017/18 to 2018/19?', 'Which segments had lower revenues in FY2020 than in FY2019?'): a
table's item rows (item_rows) whose figure in one year's column is below (or above) the other's, named or
counted, every row's pair shown. 'Lower in A than in B' is 'decreased from B to A', whatever the order; a change
'in A' alone runs from the year before A; a period may be written with its date ('for the year ended December 31,
2023 than for 2022', 'at 31 December 2023 than at 31 December 2022'). Each year is read in the column group the
question names (column_for), or, the columns being items (a roll-forward by category), in the balance row dated
at that year's close."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.cell_values import unmarked_label
from ingest.tables import SEP, Table

from ..types import Answer, AnswerContext
from .balance_rows import closes_year
from .cells import TOTAL_ROW, RowHit, year_of
from .column_choice import column_for
from .passage_tables import one_table
from .shape_text import listed, scaled, shaped_answer
from .item_rows import item_rows
from .set_aside_rows import without_aside
from .row_sets import THRESHOLD
from .rival_bound import rival_asked

# a movement said by its verb or by its noun ('had a decrease in revenue'); after 'did' ('did revenue decrease') only
# in 'in how many X', whose X are rows: 'how many points did the margin increase' asks a change by a count
_DOWN = (r"decreased|declined|fell|dropped|went down|were lower|was lower|(?(fronted)(?:decrease|decline|fall|drop))|"
         r"(?:had|saw|recorded|reported|posted|showed)\s+an?\s+(?:decrease|decline|drop|fall|reduction)(?:\s+in\s+[\w\s-]+?)?")
_UP = (r"increased|rose|grew|went up|were higher|was higher|(?(fronted)(?:increase|rise|grow))|"
       r"(?:had|saw|recorded|reported|posted|showed)\s+an?\s+(?:increase|rise|growth)(?:\s+in\s+[\w\s-]+?)?")
_DOWN_WORD = re.compile(r"\b(?:decreas|declin|fell|fall|drop|went down|lower|reduction)", re.I)
# 'How many X decreased from 2019 to 2020?', 'Which X increased between 2018 and 2019?', 'In how many X did Y decrease ...'
CHANGED_ROWS = re.compile(rf"^\s*(?P<fronted>in\s+)?(?P<ask>how many|which|what)\s+(?!(?:of the\s+)?(?:fiscal\s+|financial\s+)?(?:years?|periods?)\b)"
                          rf"[a-z][\w\s,-]*?\s(?:have\s+|had\s+)?(?P<way>{_DOWN}|{_UP})(?:\s+[a-z][\w\s,'-]*?)?\s+(?:from|between)\s+"
                          rf"[^?]*\??\s*$", re.I)  # (the measure moved may stand between: 'increased their share of exports from')
_LOWER = r"lower|less|smaller|fewer"
_YEAR = r"(?:fy\s*|fiscal\s+(?:year\s+)?)?((?:19|20)\d{2})"
# a period's words before its year: 'the year ended December 31, 2023', '31 December 2023', 'fiscal 2023'
_DATE_WORDS = r"(?:the\s+)?(?:[\w,]+\s+){0,5}?"
# 'How many regions increased their beds in FY2024?': one period, the change into it from the year before
ONE_YEAR_ROWS = re.compile(rf"^\s*(?P<fronted>in\s+)?(?P<ask>how many|which|what)\s+(?!(?:of the\s+)?(?:fiscal\s+|financial\s+)?"
                           rf"(?:years?|periods?|quarters?|months?)\b)[a-z][\w\s,-]*?\s(?:have\s+|had\s+)?(?P<way>{_DOWN}|{_UP})"
                           rf"(?:\s+[a-z][\w\s,'-]*?)?\s+(?:in|during|for)\s+{_DATE_WORDS}{_YEAR}\s*\??\s*$", re.I)
# 'Which segments had lower net revenues in FY2020 than in FY2019?', 'How many products had higher volume in 2019 than 2018?';
# the comparative after any finite verb naming the measure ('received lower disbursements', 'harvested more in 2024')
THAN_ROWS = re.compile(rf"^\s*(?:in\s+)?(?P<ask>how many|which|what)\s+(?!(?:of the\s+)?(?:fiscal\s+|financial\s+)?(?:years?|periods?)\b)"
                       rf"[a-z][\w\s,-]*?\s(?:have|had|has|were|was|saw|sold|paid|spent|made|[a-z]{{3,}}ed)\s+(?:an?\s+)?"
                       rf"(?P<way>{_LOWER}|higher|more|larger|greater|bigger)\s+[^?]*?\b(?:in|for|during|at|as\s+(?:at|of))\s+"
                       rf"{_DATE_WORDS}{_YEAR}\s+than\s+(?:(?:in|for|during|at|as\s+(?:at|of))\s+)?{_DATE_WORDS}{_YEAR}\s*\??\s*$", re.I)


# 'than the data centre market was in 2023': a clause with a subject of its own, another row; 'than they did' is the same
_THAN_CLAUSE = re.compile(r"\bthan\s+(?P<subject>[\w\s'-]+?)\s+(?:was|were|did|had|is|are|does|do)\b", re.I)
_SAME = {"it", "they", "them", "those", "that", "these", "this", "the", "year", "period", "before", "previous", "prior"}


def other_subject(question: str) -> bool:
    """Whether the question meets each row against another's figure ('than the X market was in 2023')."""
    m = _THAN_CLAUSE.search(question)
    return m is not None and not set(m.group("subject").lower().split()) <= _SAME


def _year_columns(table: Table, early: int, late: int, question: str) -> tuple[str, str] | None:
    """The two years' columns of one column group (column_for: the group the question names), or None."""
    a, b = column_for(table, early, question), column_for(table, late, question)
    if a is None or b is None or a == b:
        return None
    undated = [[p for p in c.split(SEP) if year_of(p) is None] for c in (a, b)]
    return (a, b) if undated[0] == undated[1] else None


def _dated_rows(table: Table, early: int, late: int) -> tuple[str, str] | None:
    """The balance rows struck at the two years' closes ('At 31 December 2022', 'At 31 December 2023') of a table
    whose columns state no year (its columns are the items), or None."""
    if any(year_of(c) is not None for c in table.columns):
        return None
    rows = [[r for r in table.rows if SEP not in r and closes_year(r) == y] for y in (early, late)]
    return (rows[0][0], rows[1][0]) if all(len(r) == 1 for r in rows) else None


# a cell saying the item has no figure that year (not applicable, not meaningful): no nil, which '–' may be
NOT_APPLICABLE = frozenset({"n.a.", "n.a", "n/a", "na", "n. a.", "nm", "n.m.", "n/m"})


def changed_rows(table: Table, early: int, late: int, down: bool,
                 question: str = "") -> list[tuple[str, float, float]] | None:
    """Each item's (label, early figure, late figure) when it moved the way asked; the items are the item rows
    (item_rows) read in the years' columns, or the columns (totals aside) read in the years' dated balance rows.
    An item with no figure in either year is not of the measure (a row of another column group), one printed
    'n.a.' in a year had none to move from or to; None unless every other item has both figures (a partial table
    lists no complete set)."""
    figures = {(c.row, c.column): c for c in table.cells if c.value is not None}
    cols = _year_columns(table, early, late, question)
    if cols is not None:
        items = [r for r in item_rows(table, question) if any((r, col) in figures for col in table.columns)]
        pairs = [(r, figures.get((r, cols[0])), figures.get((r, cols[1]))) for r in items]
    elif (dated := _dated_rows(table, early, late)) is not None:
        items = [c for c in table.columns if not TOTAL_ROW.match(c.split(SEP)[-1])]
        pairs = [(c, figures.get((dated[0], c)), figures.get((dated[1], c))) for c in items]
    else:
        return None
    pairs = [(r, a, b) for r, a, b in pairs if a is not None or b is not None]
    if cols is not None:  # 'n.a.' in one year: the item has no figure there (not yet in service), it cannot have moved
        texts = {(c.row, c.column): " ".join(c.text.split()).lower() for c in table.cells}
        pairs = [(r, a, b) for r, a, b in pairs if not any(
            x is None and texts.get((r, col)) in NOT_APPLICABLE for x, col in ((a, cols[0]), (b, cols[1])))]
    if len(pairs) < 2 or any(a is None or b is None for _, a, b in pairs):
        return None
    return [(r, a, b) for r, a, b in pairs if (b.value < a.value if down else b.value > a.value)]


def changed_answer(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], years: Sequence[int],
                   backend: str) -> Answer | None:
    """The rows that moved the way asked between the two years asked, named ('which') or counted ('how many');
    None unless exactly one retrieved table (maybe repeated) reads so."""
    if any(not re.fullmatch(r"(?:19|20)\d{2}", b.group(2).strip()) or b.group(3) for b in THRESHOLD.finditer(question)):
        return None  # 'grew by more than 10%': a bound to meet (measure_meeting), no mere direction
    if re.match(r"\s*(?:in\s+)?how many\b", question, re.I) and (rival_asked(question) is not None or other_subject(question)):
        return None  # 'how many grew faster than the group total', 'larger in 2028 than X was in 2023': another row to meet
    plain = without_aside(question).strip()  # 'how many lines grew in 2023, excluding totals?': the clause is no frame
    m = CHANGED_ROWS.match(plain)
    than = THAN_ROWS.match(plain) if m is None else None
    one = ONE_YEAR_ROWS.match(plain) if (m or than) is None else None
    if one is not None and len(set(years)) == 1:
        m, early, late = one, years[0] - 1, years[0]
        down = bool(_DOWN_WORD.search(m.group("way")))
    elif (m or than) is None or len(set(years)) != 2:
        return None
    elif m is not None:
        early, late = min(years), max(years)
        down = bool(_DOWN_WORD.search(m.group("way")))
    else:  # 'lower in A than in B': from B to A
        m, late, early = than, int(than.group(3)), int(than.group(4))
        down = bool(re.fullmatch(_LOWER, m.group("way"), re.I))
        if early == late or {early, late} != set(years):
            return None
    read = one_table((passage, table, moved) for passage, table in tables
                     if (moved := changed_rows(table, early, late, down, question)) is not None)
    if read is None:
        return None
    passage, table, moved = read
    if not moved:
        return None
    names = [unmarked_label(r.split(SEP)[-1]) for r, _, _ in moved]
    hit = RowHit(passage, table, moved[0][2].row, 0.0)  # (the items may be columns: the late figure's row)
    figures = "; ".join(f"{n}: {scaled(a)} ({early}) vs {scaled(b)} ({late})" for n, (_, a, b) in zip(names, moved))
    if m.group("ask").lower() == "how many":
        derivation = {"op": "count", "operands": [{"value": b.text, "citation": 1} for _, _, b in moved],
                      "result": str(len(moved))}
        text = f"**{len(moved)}** ({listed(names)}). {figures} [1]"
        return shaped_answer(ctx, [hit], text, str(len(moved)), "computed", backend, derivation=derivation)
    lead = listed(names)
    return shaped_answer(ctx, [hit], f"**{lead}**. {figures} [1]", lead, "list", backend)
