"""Sets of table rows a question asks for: the rows that add up to the row it names ('what are the
components of profit from continuing operations?' when that is a row, not a heading), and the rows
whose figure in one year meets a condition ('how many segments in 2019 were above $50 million?')."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest.figures import ISO_CODES, SCALE_NAMES, SCALES
from ingest.cell_values import unmarked_label
from ingest.tables import SEP, Cell, Table
from ingest.year_parts import MONTH_NAME

from .bound_unit import in_bound_unit
from ..types import Answer, AnswerContext
from .cells import TOTAL_ROW, RowHit, row_score, percent_asked, table_intro, words, year_of
from .column_choice import column_for
from .year_part import year_alone
from .shape_text import listed, shaped_answer, column_label, scaled
from .signed_bound import signed_bound
from .item_rows import item_rows
from .subtotal_rows import addends
from .heading_rows import heading_rows, headings
from .residual_rows import residual
from .items_asked import ranked_lead
from .question_readings import EXTREME_HIGH, EXTREME_LOW, low_word

# 'how many segments in 2019 were above ...', 'in how many regions did X exceed ...' (the preposition of the counted
# noun fronted asks the same count; not 'how many years did X exceed ...')
# ('how many times' asks a multiple of one figure over another, no count of rows)
HOW_MANY_ROWS = re.compile(r"^\s*(?:in\s+|for\s+)?how many\b(?!\s+(of the\s+)?(fiscal\s+|financial\s+)?(years|periods)\b)"
                           r"(?!\s+times\b)", re.I)


def summed_components(ctx: AnswerContext, question: str, tables, asked: set[str], backend: str) -> Answer | None:
    """The rows that add up to the one row the question names (best named; rows as well named must
    agree), listed by their labels and cited."""
    found = []
    for passage, table in tables:
        for i, row in enumerate(table.rows):
            score = row_score(row, asked)
            if score is None:
                continue
            run = addends(table, i)
            if run:
                found.append((score, passage, table, row, run))
    if not found:
        return None
    best = max(f[0] for f in found)
    top = [f for f in found if f[0] == best]
    if len({tuple(r.split(SEP)[-1] for r in f[4]) for f in top}) != 1:
        return None
    _, passage, table, row, run = top[0]
    labels = [r.split(SEP)[-1] for r in run]
    lead = listed(labels)
    hit = RowHit(passage, table, row, best)
    text = f"**{lead}**. {row.split(SEP)[-1]} adds up: " + "; ".join(labels) + " [1]"
    return shaped_answer(ctx, [hit], text, lead, "list", backend)


# 'less than 140 million', 'exceed $5,000 million', 'above 5%', 'at least Ps. 1.00': a condition on the figures, not
# a ranking (groups: 1 the word, 2 the bound, 3 a percent sign, 4 the scale word or its abbreviation 'm', 'bn'; a currency
# before the bound is read past)
CURRENCY = r"(?:US\$|C\$|A\$|R\$|HK\$|NT\$|\$|€|£|¥|₩|Ps\.|Rs\.?|Rp\.?|(?:" + ISO_CODES + r")(?=\s))"
THRESHOLD = re.compile(rf"\b(than|over|under|above|below|exceed\w*|at least|at most)\s*(?:{CURRENCY}\s*)?"
                       rf"([-−–]?\s*\$?\s*\d[\d,]*(?:\.\d+)?)\s*(%)?\s*(thousands?|millions?|billions?|trillions?|m\b|bn\b|tn\b)?", re.I)
BELOW = re.compile(r"\b(less|lower|fewer|smaller|under|below|at most)\b", re.I)
# the bound's unit written right after it in points ('by more than 2 pp'): a change in points, no % change
POINTS_AFTER = re.compile(r"^\s*(?:percentage\s+points?|pp|points?|bps|basis\s+points?)\b", re.I)
_NO_LESS = re.compile(r"\bno (?:less|fewer|lower|smaller) than\s*$", re.I)  # 'no less than 3': 3 or more
_NO_MORE = re.compile(r"\bno (?:more|greater|higher|larger) than\s*$", re.I)
_AT_OR = re.compile(r"\bat or (?:above|over|below|under)\s*$|\b(?:equal to|as much as) or (?:above|over|below|under|more|less|"
                    r"higher|lower) than\s*$", re.I)  # 'at or above 90%': the bound itself too
_OR_MORE = re.compile(r"^\s*or (?:more|above|higher|greater|less|fewer|below|lower)\b", re.I)  # '1.00 or more'


def percent_bound(question: str, m: re.Match[str]) -> bool:
    """Whether the bound is a percentage: a % sign on it, else a question asking a rate whose bound is no
    amount (a currency or a scale word on the bound makes it one: 'a rate base above $3,000 million')."""
    if m.group(3):
        return True
    amount = m.group(4) or re.search(rf"{CURRENCY}\s*$", question[:m.start(2)]) or "$" in m.group(2)
    return percent_asked(question) and not amount


def meets(value: float, bound: float, question: str, m: re.Match[str]) -> bool:
    """Whether `value` meets the condition `m` (THRESHOLD's match in `question`) sets: above the bound, or below
    it when a word of lowness leads; the bound itself too when the condition includes it ('at least', 'or more',
    'no less than')."""
    lead = question[:m.start(2)]
    if _NO_LESS.search(lead) or _NO_MORE.search(lead):
        below, inclusive = bool(_NO_MORE.search(lead)), True
    else:
        after = _OR_MORE.match(question[m.end():])
        below = bool(BELOW.search(question[:m.end()]) or after and BELOW.search(after.group(0)) or
                     after and re.search(r"\bless|fewer\b", after.group(0)))
        inclusive = m.group(1).lower() in ("at least", "at most") or bool(after) or bool(_AT_OR.search(lead))
    if inclusive:
        return value <= bound if below else value >= bound
    return value < bound if below else value > bound


# the words a threshold's scale is asked in ('DKK 50m', 'EUR 1bn': the abbreviations filings write)
SCALE_WORDS = {word: SCALES[word] for word in SCALE_NAMES} | \
    {"m": SCALES["million"], "bn": SCALES["billion"], "tn": SCALES["trillion"]}
# a scale note of a sentence introducing a table: '(in thousands)', '(dollars in millions)', '(amounts in thousands)'
_SCALE_NOTE = re.compile(r"\(\s*(?:(?:amounts|dollars|figures)\s+|\$\s*)?in\s+(thousand|million|billion)s?\b", re.I)


def table_scale(ctx: AnswerContext, passage: int, scale: str | None) -> float | None:
    """The factor of a table's figures: its cells' own scale ('100 million' too), else the scale note of the sentence that
    introduces it ('The following table sets forth ... (in thousands):'); None when neither says."""
    if scale:  # a count of units ('100 million', from 亿) is a scale as 'million' is
        return SCALE_WORDS.get(scale) or SCALES.get(scale)
    m = _SCALE_NOTE.search(table_intro(ctx, passage) or "")
    return SCALE_WORDS[m.group(1).lower()] if m else None


def year_column_cells(tables: list[tuple[int, Table]], year: int, question: str,
                      percent: bool | None = None) -> Iterator[tuple[int, Table, list[Cell]]]:
    """Each table with a column for the year asked: (passage, table, the figures of that column) in its
    item rows (item_rows: totals, subtotals and eliminations out; the heading the question names, if any). With
    `percent` (a bound's unit), of the year's columns the one of that unit is read when one alone is ('more than
    12% of 2024 exports': 'Share › 2024', not 'Export value › 2024')."""
    for passage, table in tables:
        # the items ranked or counted in a year: its own column ('2024'), not 'Share of 2024 total' beside it
        alone = year_alone([c for c in table.columns if year_of(c) == year], question)
        column = column_for(table, year, question) or (alone[0] if len(alone) == 1 else None)
        if percent is not None and (fit := _unit_columns(table, year, percent)) and column not in fit:
            column = fit[0] if len(fit) == 1 else None
        if column is None:
            continue
        rows = item_rows(table, question)
        yield passage, table, [c for r in rows for c in table.cells
                               if c.row == r and c.column == column and c.value is not None]


def _unit_columns(table: Table, year: int, percent: bool) -> list[str]:
    """The year's columns all of whose figures are percentages (or none are, as `percent` says)."""
    out = []
    for col in (c for c in table.columns if year_of(c) == year):
        cells = [c for c in table.cells if c.column == col and c.value is not None]
        if cells and all((c.unit == "%") == percent for c in cells):
            out.append(col)
    return out


def rows_meeting(ctx: AnswerContext, tables, question: str, year: int, backend: str, counted: bool = True) -> Answer | None:
    """'How many X in 2019 were above $50 million?' / 'Which X had more than 300 in 2024?': the rows (totals left out;
    the rows under the heading the question names, when it names one) whose figure in that year's column meets the
    condition, counted (checked like any computed figure) or, not `counted`, named: the one selection both ask."""
    m = THRESHOLD.search(question)
    if m is None:
        return None
    limit = signed_bound(m.group(2))
    for passage, table, cells in year_column_cells(tables, year, question, percent_bound(question, m)):
        cells = in_bound_unit(cells, percent_bound(question, m))
        if len(cells) < 2 or any((c.unit == "%") != percent_bound(question, m) for c in cells):
            continue
        asked_scale = SCALE_WORDS.get((m.group(4) or "").lower().rstrip("s"))
        own = table_scale(ctx, passage, cells[0].scale) if asked_scale else None
        bound = limit * asked_scale / own if asked_scale and own else limit
        met = [c for c in cells if meets(c.value, bound, question, m)]
        if not met:
            return None
        hit = RowHit(passage, table, cells[0].row, 0.0)
        figures = "; ".join(f"{c.row.split(SEP)[-1]}: {scaled(c)}" for c in cells)
        if not counted:  # the rows named as the table labels them, a footnote mark read off ('Asia-Pacific(a)')
            lead = listed([unmarked_label(c.row.split(SEP)[-1]) for c in met])
            return shaped_answer(ctx, [hit], f"**{lead}**. {year} — {figures} [1]", lead, "list", backend)
        derivation = {"op": "count", "operands": [{"value": c.text, "citation": 1} for c in met], "result": str(len(met))}
        names = ", ".join(c.row.split(SEP)[-1] for c in met)
        text = f"**{len(met)}** ({names}). {year} — {figures} [1]"
        return shaped_answer(ctx, [hit], text, str(len(met)), "computed", backend, derivation=derivation)
    return None


# 'What was the revenue and net income in 2019 (respectively)?': rows, one period
_ROWS_IN_YEAR = re.compile(r"^\s*what (?:was|were|is|are) (?:the )?(?:respective (?:values of )?)?"
                           # 'the value of A and B': the measure word says what each row's figure is
                           r"(?:(?:values?|amounts?|balances?)\s+of\s+(?:the\s+)?)?(?P<items>.+?)\s+"
                           r"(?:in|for|as of|at|during)\s+(?:the\s+)?(?:fiscal\s+|financial\s+|fy\s*)?(?:year\s+)?"
                           # a year-end column is dated by its day ('as of December 31, 2021')
                           r"(?:(?:" + MONTH_NAME + r")(?:\s+\d{1,2},?)?\s+|(?:q[1-4]|h[12]|[1-4]q)\s*)?"
                           r"(?:19|20)\d{2}\b(?:(?:\s*,\s*|\s+and\s+)(?:fy\s*)?(?:19|20)\d{2}\b)*(?:\s+respectively)?\s*\??\s*$", re.I)
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", re.I)


def _label_forms(tables) -> set[str]:
    """Each figure row's own label as the question may write it: as the table does, and without
    its footnote marks or bracketed notes ('Current portion (2)', 'Other, net')."""
    from .row_lookup import said_words

    forms = set()
    for _, table in tables:
        valued = {c.row for c in table.cells if c.value is not None}
        for row in valued:
            leaf = row.split(SEP)[-1]
            for form in (leaf, re.sub(r"\s*\([^)]*\)", " ", leaf), re.sub(r"\d+$", "", leaf.strip())):
                if said_words(form).strip():
                    forms.add(said_words(form))
    return forms


def labels_listed(tables, text: str) -> list[str] | None:
    """'Property, plant and equipment, net and Other assets': the list cut only where every piece is
    one row's whole label, so a label holding 'and' or a comma stays one item; the fewest pieces
    (two at least), or None when no such cut exists."""
    from .row_lookup import said_words

    forms = _label_forms(tables)
    cuts = [(m.start(), m.end()) for m in _ITEM_SPLIT.finditer(text)]
    starts = [0] + [b for _, b in cuts]
    ends = [a for a, _ in cuts] + [len(text)]
    best: dict[int, list[str]] = {len(starts): []}  # piece index -> fewest labels covering the rest
    for i in range(len(starts) - 1, -1, -1):
        options = [[text[starts[i]:ends[j]].strip()] + best[j + 1] for j in range(i, len(ends))
                   if j + 1 in best and said_words(text[starts[i]:ends[j]]) in forms]
        if options:
            best[i] = min(options, key=len)
    found = best.get(0)
    return found if found is not None and len(found) >= 2 else None


def _shared_noun_off(tables, text: str) -> list[str] | None:
    """'Sales and marketing and General and administrative expenses': a list of row labels ending with the noun
    each item shares (the table's rows are 'Sales and marketing', 'General and administrative'), read without it."""
    words = text.split()
    return labels_listed(tables, " ".join(words[:-1])) if len(words) > 3 and words[-1].lower().endswith("s") else None


def two_rows(ctx: AnswerContext, question: str, tables, years, backend: str, measured: bool = False) -> Answer | None:
    """'What was A and B in 2019 (and 2018)?', 'A, B and C': each row's figure in each year asked,
    row by row in the question's order; None when a label itself holds 'and' as the question writes
    it ('Cash and cash equivalents'), or an item names no one row. 'The M of A and B' whose M names a
    column or heading: M said of each row (shared_measure); only that reading when `measured`."""
    from .period_cells import period_cell
    from .row_lookup import row_named
    from .shared_measure import rows_with_measure

    m = _ROWS_IN_YEAR.search(question)
    if m is None:
        return None
    items = labels_listed(tables, m.group("items")) or _shared_noun_off(tables, m.group("items"))
    if items is None or measured:
        items = rows_with_measure(tables, m.group("items")) or (None if measured else items)
        if items is None and measured:
            return None
    tail = ""
    if items is None:
        said = " ".join(re.findall(r"[a-z0-9]+", question.lower()))
        for _, table in tables:
            for row in table.rows:
                label = " ".join(re.findall(r"[a-z0-9]+", row.split(SEP)[-1].lower()))
                if (" and " in f" {label} " or "," in row.split(SEP)[-1]) and label in said:
                    return None
            if _joined_in_caption(m.group("items"), table.caption or ""):
                return None  # 'deferred charges and other assets' the table is introduced as: one thing
        items = [i for i in _ITEM_SPLIT.split(m.group("items")) if i.strip()]
        if len(items) < 2:
            return None
        tail = " ".join(items[-1].split()[1:])  # 'Fixed Price and Other sales': 'sales' is said of each
    hits = []
    for item in items:
        hit = row_named(tables, item) or (row_named(tables, f"{item} {tail}") if tail else None)
        if hit is None or any((h.row, id(h.table)) == (hit.row, id(hit.table)) for h in hits):
            return None
        hits.append(hit)
    cells = [period_cell(h, year, question) for h in hits for year in years]
    if None in cells:
        return None
    hits = [h for h in hits for _ in years]
    if not percent_asked(question) and any(c.unit == "%" for c in cells):
        return None
    shown = [" ".join(c.text.split()).replace("$ ", "$") for c in cells]
    lead = listed(shown)
    each = "; ".join(f"{h.row.split(SEP)[-1]} ({column_label(h, c)}): {scaled(c)}" for h, c in zip(hits, cells))
    text = f"**{lead}**. {each} [1]"
    return shaped_answer(ctx, hits, text, lead, "comparison", backend)


def _joined_in_caption(items: str, caption: str) -> bool:
    """Whether the caption (or the sentence introducing the table) writes a pair the items join with
    'and' ('charges and other') as the question does: the caption names them as one thing."""
    said = " ".join(re.findall(r"[a-z0-9]+", caption.lower()))
    plain = re.findall(r"[a-z0-9]+", items.lower())
    return bool(said) and any(f" {a} and {b} " in f" {said} " for a, w, b in zip(plain, plain[1:], plain[2:]) if w == "and")


def owned_rows(table: Table, rows: list[str]) -> list[str]:
    """The rows of a heading's block (`rows`, in table order) that are its parts: up to its total row (kept, so
    that it answers), or up to a row after at least two of them whose figures sum the rows directly above it
    ('Net operating revenue' closing 'Deductions:' under 'Total gross revenue'): a result, no part."""
    for i, row in enumerate(rows):
        if TOTAL_ROW.match(row.split(SEP)[-1]):
            return rows[:i + 1]
        if i >= 2 and addends(table, table.rows.index(row)):
            return rows[:i]
    return rows


def group_total(ctx: AnswerContext, question: str, tables, columns_of, backend: str,
                over: str | None = None) -> Answer | None:
    """'What were the total assets as reported?' of a table whose heading 'Assets' closes with no
    total row: the sum of the rows under the heading the question names with 'total' (at least two, up to a
    result row: owned_rows), in the column `columns_of(table)` chooses for it (the year asked, or the column header
    said); with `over`, the row path a question's words named, only a heading naming a word that row does not."""
    from .derivation import calculate, computed_answer, operand
    from .expense_sign import as_amounts
    from .period_cells import located
    from .shape_text import citation_n

    asked = set(words(question))
    if "total" not in asked:
        return None
    found = []
    for passage, table in tables:
        for head in headings(table):
            own = set(words(head))
            if over is not None and not own - set(words(over)):
                continue  # the row named says all the heading does: it is the one asked
            rows = owned_rows(table, heading_rows(table, head))  # 'Other social security costs' is no pension cost
            if not own or not own <= asked or len(rows) < 2 or any(TOTAL_ROW.match(r.split(SEP)[-1]) for r in rows):
                continue
            column = columns_of(table)
            if column is None:
                continue
            cells = [c for r in rows for c in table.cells if c.row == r and c.column == column]
            if len(cells) != len(rows) or any(c.value is None for c in cells):
                continue
            found.append((len(own), passage, table, rows, cells))
    if not found:
        return None
    best = max(f[0] for f in found)
    top = [f for f in found if f[0] == best]
    if len({tuple(c.text for c in f[4]) for f in top}) != 1:
        return None
    _, passage, table, rows, cells = top[0]
    hits = [located(ctx, RowHit(passage, table, r, 0.0), [c]) for r, c in zip(rows, cells)]
    if any(h is None for h in hits):
        return None
    # parts all in parentheses under a heading of deductions or expenses: their total is of their sizes
    operands = as_amounts(rows[0].split(SEP)[0], [operand(c, citation_n(ctx, hits, h)) for h, c in zip(hits, cells)])
    result = calculate("sum", operands)
    return computed_answer(ctx, hits, result, backend) if result is not None else None


# 'Which region had the (second) highest revenue in 2019?': a row, not a year ('at least 400', 'at most 5': a bound, no rank)
WHICH_ROW = re.compile(r"^\s*(?:in\s+)?(?:which|what)\s+(?!(?:of the\s+)?(?:fiscal\s+|financial\s+)?(?:years?|periods?|fy|quarters?)\b)"
                       r"(?!(?:is|was|were|are|has|had|have|does|did|do)\b)"
                       r"[a-z][\w-]*\b.*?\b(?:(?:(?P<nth>second|third|2nd|3rd)[\s-]+)?(?<!\bat\s)(?P<how>highest|largest|most|biggest|greatest|"
                       rf"lowest|smallest|least|{EXTREME_HIGH}|{EXTREME_LOW})|(?:ranked|ranks|rank|placed|came|finished)\s+(?:in\s+)?(?:the\s+)?"
                       r"(?P<rank>first|second|third|1st|2nd|3rd))\b", re.I)
_NTH = {"second": 2, "2nd": 2, "third": 3, "3rd": 3}


def which_row(ctx: AnswerContext, question: str, tables, year: int, backend: str) -> Answer | None:
    """The row (totals left out; under the heading the question names, when it names one) whose
    figure in that year's column ranks as asked, with the figures ranked; None on a tie."""
    m = WHICH_ROW.search(question)
    if m is None:
        return None
    low = low_word(m.group("how") or "")  # 'ranked second': from the top
    nth = _NTH.get((m.group("nth") or m.group("rank") or "").lower(), 1)
    for passage, table, cells in year_column_cells(tables, year, question):
        cells = [c for c in cells if not residual(c.row.split(SEP)[-1])]  # 'Others', a base: no alternative
        if len(cells) <= nth or len({c.unit == "%" for c in cells}) > 1:
            continue
        ranked = sorted(cells, key=lambda c: c.value, reverse=not low)
        if ranked[nth - 1].value in (ranked[nth - 2].value if nth > 1 else None, ranked[nth].value):
            return None  # a tie names no one row
        best = ranked[nth - 1]
        label = unmarked_label(best.row.split(SEP)[-1])  # 'Asia-Pacific(a)' names 'Asia-Pacific'
        if nth == 1:  # the first n when n are asked ('which two regions had the highest'); a tie at the cut names none
            label = ranked_lead(question, [(unmarked_label(c.row.split(SEP)[-1]), c.value) for c in ranked])
            if label is None:
                return None
        figures = "; ".join(f"{c.row.split(SEP)[-1]}: {scaled(c)}" for c in ranked)
        text = f"**{label}**. {year}, ranked: {figures} [1]"
        return shaped_answer(ctx, [RowHit(passage, table, best.row, 0.0)], text, label, "which", backend)
    return None
