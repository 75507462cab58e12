"""Answer shapes that name rather than compute, read from table cells: which year is largest (or
meets a condition), the years a table gives, and the components listed under a heading."""

from __future__ import annotations

import re

from ingest.cell_values import unmarked_label
from ingest.tables import SEP

from ..types import Answer, AnswerContext
from .cells import TOTAL_ROW, RowHit, cell_at, words, year_of
from .column_choice import year_columns
from .heading_rows import headings
from .period_rank import first_met
from .question_readings import nth_asked, nth_of
from .row_sets import SCALE_WORDS, THRESHOLD, meets, summed_components, table_scale
from .ratio_parts import ratio_parts_answer
from .signed_bound import signed_bound
from .sign_words import signed_side
from .years_offered import offered_years
from .shape_text import listed, scaled, shaped_answer

LIST_WORDS = frozenset(words("components items types categories elements segments countries regions financial assumptions metrics "
                              "listed table consist comprise making up considered factored calculating calculation"))
_IN_TABLE = re.compile(r"\b(in|from) the table\b", re.I)
HOW_MANY = re.compile(r"\bhow many (of the )?(fiscal |financial )?(years|periods)\b", re.I)
WHICH = re.compile(r"\bwhich (of the )?(fiscal |financial )?(years?|periods?|fy)\b|\bwhat (fiscal |financial )?years?\b|"
                    r"\bwhat (are|were) the (fiscal |financial )?years\b", re.I)  # 'what are the years ...' asks which
LOW_WORDS = re.compile(r"\b(lowest|smallest|least|lower|smaller|less|fewer|fewest|minimum)\b", re.I)
HIGH_WORDS = re.compile(r"\b(largest|highest|biggest|greatest|most|larger|higher|bigger|greater|more|maximum)\b", re.I)


def years_answer(ctx: AnswerContext, hit: RowHit | None, tables, backend: str) -> Answer | None:
    """'In which years was X calculated?': the years the table's columns (else its row headings)
    give, cited; with no row named, the retrieved tables must agree on them (one table, maybe repeated)."""
    if hit is None:
        if len({tuple(table_years(t)) for _, t in tables}) != 1:
            return None
        passage, table = tables[0]
        hit = RowHit(passage, table, table.rows[0] if table.rows else "", 0.0)
    years = table_years(hit.table)
    if len(years) < 2:
        return None
    labels = [period_printed(hit.table, y) for y in years]
    if _ESTIMATES_ASKED.search(ctx.question) and any(_ESTIMATE_MARK.search(x) for x in labels):
        labels = [x for x in labels if _ESTIMATE_MARK.search(x)]  # 'which years are forecasts': the marked ones
    shown = listed(labels)
    text = f"**{shown}**. The table gives {shown} [1]"
    return shaped_answer(ctx, [hit], text, shown, "list", backend)


# a period printed with its estimate mark ('2025E', '2026F', '2030P', 'FY2025e', '2025 (E)'), footnote marks aside
_PRINTED_PERIOD = re.compile(r"(?:FY\s?)?(?:19|20)\d{2}(?:\s?\([EFP]\)|[EFP](?![A-Za-z]))?", re.I)
_ESTIMATE_MARK = re.compile(r"\d(?:\s?\([EFP]\)|[EFP])$", re.I)
_ESTIMATES_ASKED = re.compile(r"\b(?:estimates?|estimated|forecasts?|forecasted|projections?|projected)\b", re.I)


def period_printed(table, year: int) -> str:
    """The period `year` as the table prints it, its estimate mark kept ('2025E' is a forecast, not the year 2025
    reported) and a footnote mark left off ('2024(1)' -> '2024'); the bare year when no column prints it."""
    for c in table.columns + [r.split(SEP)[0] for r in table.rows]:
        for m in _PRINTED_PERIOD.finditer(unmarked_label(c.split(SEP)[-1] if c in table.columns else c)):
            if str(year) in m.group(0):
                return m.group(0)
    return str(year)


def table_years(table) -> list[int]:
    """The years a table's columns head, or (a table of dated row groups) its row headings name."""
    years = list(dict.fromkeys(y for c in table.columns if (y := year_of(c)) is not None))
    if len(years) < 2:
        years = list(dict.fromkeys(y for r in table.rows if SEP in r and (y := year_of(r.split(SEP)[0])) is not None))
    return years


def components_answer(ctx: AnswerContext, question: str, tables, backend: str) -> Answer | None:
    """The row labels under the heading the question names (a parent row, the rows a 'Total X' row
    sums, or a column group), or every row of the one table 'in the table'; else the headings that
    all carry the words asked ('the types of Solutions segments'); totals are not components."""
    asked = set(words(question)) - LIST_WORDS
    sides = ratio_parts_answer(ctx, question, tables, backend)  # a ratio row named: the two rows it divides
    if sides is not None:
        return sides
    for passage, table in tables:
        groups = row_groups(table)
        named = most_specific(table, [g for g in groups if g and (t := set(label_topic(g)) - LIST_WORDS) and t <= asked])
        if not named and any(set(words(p)) and set(words(p)) <= asked for c in table.columns for p in c.split(SEP)):
            named = [""]  # a column group ('Continuing Operations') spans every row
        if not named and (stub := set(label_topic(row_stub(ctx.passages[passage].chunk.text, table))) - LIST_WORDS) and stub <= asked:
            named = [""]  # the label column's header ('Black-Scholes Assumptions') names every row
        family = [g for g in groups if g and asked and asked <= set(label_topic(g))]
        if not named and len(family) >= 2:
            labels = family  # headings that each name what was asked are its kinds
        else:
            if not named and len(tables) == 1 and _IN_TABLE.search(question):
                named = [""] if "" in groups else list(groups)
            if len(named) != 1:
                continue
            labels = [label for label in groups.get(named[0], []) if not TOTAL_ROW.match(label)]
            if named[0] == "" and not groups.get(""):
                labels = [r.split(SEP)[-1] for r in table.rows if not TOTAL_ROW.match(r.split(SEP)[-1])]
        if _KINDS.search(question):  # a row the table only subtracts (an allowance) is a deduction, no kind
            labels = [label for label in labels if not _deducted(table, label)]
        # footnote marks ('Incentive schemes1', '(2)', 'Other(2)(4)') are no part of a name; 'Row 4' has none
        labels = list(dict.fromkeys(unmarked_label(label) for label in labels if not re.fullmatch(r"Row \d+", label)))
        if len(labels) < 2:
            continue
        hit = RowHit(passage, table, table.rows[0], 0.0)
        lead = listed(labels)
        heading = named[0][:1].upper() + named[0][1:] if len(named) == 1 else ""
        text = f"**{lead}**. {heading or 'The table'} lists: " + "; ".join(labels) + " [1]"
        return shaped_answer(ctx, [hit], text, lead, "list", backend)
    return summed_components(ctx, question, tables, asked, backend)  # a row, not a heading: what adds up to it


def row_stub(text: str, table) -> str:
    """The label column's header, read from the passage's header line ('Black-Scholes Assumptions |
    2019 | 2018'); '' when the table has none."""
    tail = " | " + " | ".join(table.columns)
    for line in text.splitlines():
        if table.columns and line.endswith(tail) and len(line) > len(tail):
            return line[: -len(tail)]
    return ""


def most_specific(table, named: list[str]) -> list[str]:
    """Of the headings a question names, those no other named heading contains ('Non-audit Fees', not
    'Audit Fees'); of equal ones, the parent row's over the group a 'Total X' row closes."""
    topics = {g: set(label_topic(g)) - LIST_WORDS for g in named}
    named = [g for g in named if not any(topics[g] < topics[h] for h in named)]
    if len(named) > 1 and len({frozenset(topics[g]) for g in named}) == 1:
        parents = set(headings(table))
        named = [g for g in named if g in parents] or named
    return named


_KINDS = re.compile(r"\b(types|kinds|categories|classes)\b", re.I)


def _deducted(table, label: str) -> bool:
    """Every figure of the row `label` (its last part) is negative: the table subtracts it."""
    values = [c.value for c in table.cells if c.row.split(SEP)[-1] == label and c.value is not None]
    return bool(values) and all(v < 0 for v in values)


def row_groups(table) -> dict[str, list[str]]:
    """Row labels by the heading they sit under ('' for none); the rows a 'Total X' row closes are
    also the group 'X' (they are what it sums)."""
    groups: dict[str, list[str]] = {}
    loose: list[str] = []
    for row in table.rows:
        parts = row.split(SEP)
        if len(parts) > 1:
            groups.setdefault(parts[0], []).append(parts[-1])
            continue
        groups.setdefault("", []).append(row)
        total = TOTAL_ROW.match(row)
        if total is None:
            loose.append(row)
            continue
        name = row[total.end():].strip(" :")
        if name and len(loose) >= 2:
            groups.setdefault(name, list(loose))
        loose = []
    return groups


def label_topic(label: str) -> list[str]:
    """A heading's words without its bracketed note: 'Revenue by segment (EUR million)' -> revenue, segment."""
    return words(re.sub(r"\([^)]*\)", " ", label))


def meeting_answer(ctx: AnswerContext, hit: RowHit, question: str, backend: str) -> Answer | None:
    """'In which years was X less than 100 million?' / 'How many years did X exceed 5,000?': the years
    whose cell meets the condition (or their count), then every year's figure, cited; the first (last) asked is
    the earliest (latest) period column meeting it, named as its column heads it ('2025E')."""
    m = THRESHOLD.search(question)
    if m is None or not (WHICH.search(question) or HOW_MANY.search(question)):
        return None
    columns = year_columns(hit.table, question)
    cells = [(year_of(c), cell_at(hit, c)) for c in columns] or _period_rows(hit, question)
    if len(cells) < 2 or any(c is None for _, c in cells):
        return None
    limit = signed_bound(m.group(2))
    asked = SCALE_WORDS.get((m.group(4) or "").lower().rstrip("s"))
    own = table_scale(ctx, hit.passage, cells[0][1].scale) if asked else None
    if asked and own:
        limit *= asked / own  # '100 million' against a table in thousands
    years = [y for y, c in cells if meets(c.value, limit, question, m)]
    if not years:
        return None
    figures = "; ".join(f"{y}: {scaled(c)}" for y, c in cells)
    if HOW_MANY.search(question):  # a count of the cells that meet it, checked like any computed figure
        met = [c for y, c in cells if y in years]
        derivation = {"op": "count", "operands": [{"value": c.text, "citation": 1} for c in met],
                      "result": str(len(met))}
        text = f"**{len(met)}** ({listed(years)}). {hit.row} — {figures} [1]"
        return shaped_answer(ctx, [hit], text, str(len(met)), "computed", backend, derivation=derivation)
    met = [c.column.split(SEP)[-1] for y, c in cells if y in years]
    lead = first_met(question, met)[0] if len(first_met(question, met)) < len(met) else listed(years)
    text = f"**{lead}**. {hit.row} — {figures} [1]"
    return shaped_answer(ctx, [hit], text, lead, "which", backend)


# 'in how many years did the market decline (year on year)': a year met by its move from the year before
YEAR_MOVE = re.compile(r"\b(?:(?P<down>declin\w*|decreas\w*|f[ae]ll\w*|dropp?\w*|shr[aiu]nk\w*|contract\w*)|"
                       r"(?:gr[eo]w\w*|increas\w*|r[io]s[ei]\w*))\b", re.I)


def moved_years(ctx: AnswerContext, hit: RowHit, question: str, years: tuple[int, ...], backend: str) -> Answer | None:
    """'In how many years between 2019 and 2024 did the total market decline?': the years (within the range asked)
    whose figure moved that way from the year just before, counted over the row's consecutive year columns, every
    year's figure shown; None unless every year of the range has a figure."""
    m = YEAR_MOVE.search(question)
    if m is None or not HOW_MANY.search(question) or THRESHOLD.search(question):
        return None
    cells = sorted((year_of(c), cell_at(hit, c)) for c in year_columns(hit.table, question))
    if len(years) >= 2:
        cells = [(y, c) for y, c in cells if min(years) <= y <= max(years)]
    if len(cells) < 3 or any(c is None for _, c in cells) or len({y for y, _ in cells}) != len(cells) \
            or any(b - a != 1 for (a, _), (b, _) in zip(cells, cells[1:])):
        return None
    down = m.group("down") is not None
    moved = [(y, c) for (_, p), (y, c) in zip(cells, cells[1:]) if (c.value < p.value if down else c.value > p.value)]
    figures = "; ".join(f"{y}: {scaled(c)}" for y, c in cells)
    derivation = {"op": "count", "operands": [{"value": c.text, "citation": 1} for _, c in moved], "result": str(len(moved))}
    text = f"**{len(moved)}** ({listed([y for y, _ in moved]) or 'none'}). {hit.row} — {figures} [1]"
    return shaped_answer(ctx, [hit], text, str(len(moved)), "computed", backend, derivation=derivation)


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _period_rows(hit: RowHit, question: str) -> list:
    """Periods as row groups ('December 31, 2019 › Total', 'December 31, 2018 › Total'): the rows
    whose path, its year aside, is the hit's, each with its figure in the one column whose header
    words the question names most; [] when the column is not one."""
    key = _YEAR.sub("YYYY", hit.row)
    rows = [r for r in hit.table.rows if _YEAR.sub("YYYY", r) == key and len(set(_YEAR.findall(r))) == 1]
    asked = set(words(question))
    scored = sorted(((len(set(words(c)) & asked), c) for c in hit.table.columns), key=lambda sc: -sc[0])
    if len(rows) < 2 or not scored or scored[0][0] == 0 or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return []
    column = scored[0][1]
    return [(int(_YEAR.findall(r)[0]), cell_at(RowHit(hit.passage, hit.table, r, hit.score), column)) for r in rows]


def period_row(tables, question: str) -> RowHit | None:
    """A row of periods written as row groups whose own label the question names in every word
    ('the total net accounts receivable' names 'December 31, 2019 › Total'), when one label is so
    named (the label's year-dated group heading aside); None otherwise."""
    asked = set(words(question))
    found = {}
    for passage, table in tables:
        for row in table.rows:
            leaf = row.split(SEP)[-1]
            if SEP in row and len(set(_YEAR.findall(row.split(SEP)[0]))) == 1 and (own := set(words(leaf))) and own <= asked:
                found.setdefault((tuple(table.columns), leaf), RowHit(passage, table, row, 0.5))  # a table over chunks: one
    return next(iter(found.values())) if len(found) == 1 else None


_FISCAL_ASKED = re.compile(r"\b(?:fiscal|financial)\s+years?\b", re.I)
_FISCAL_LABEL = re.compile(r"(?:fiscal|financial)(?:\s+year)?\s+(?:19|20)\d{2}", re.I)


def _fiscal_printed(table, year: int, question: str) -> str | None:
    """'Which fiscal year ...' of columns headed 'Fiscal 2023': the period named as the column names it, the kind
    asked with it; None when the question asks no fiscal year or no column so names the year."""
    if not _FISCAL_ASKED.search(question):
        return None
    for c in table.columns:
        if (m := _FISCAL_LABEL.search(unmarked_label(c.split(SEP)[-1]))) and str(year) in m.group(0):
            return m.group(0)
    return None


_FY_PREFIX = re.compile(r"^FY\s?", re.I)


# a split year printed short ('2022/23', 'FY 2023-24'): the year it ends in is written nowhere, so it is led as printed
# ('2018/2019' writes 2019 whole: 'which year' is answered by it)
_SPLIT_PRINTED = re.compile(r"(?:FY\s?)?((?:19|20)\d{2})\s?[/–-]\s?(\d{2})(?![\d/])", re.I)


def _split_printed(table, year: int) -> str | None:
    """The split year ending in `year` as a column or row heading prints it short ('2022/23'), else None."""
    for c in table.columns + [r.split(SEP)[0] for r in table.rows]:
        for m in _SPLIT_PRINTED.finditer(unmarked_label(c.split(SEP)[-1])):  # a column path's last part; a row's own
            if int(m.group(1)) + 1 == year and year % 100 == int(m.group(2)):
                return m.group(0)  # one year to the next ('2019-24' is a span, no fiscal year)
    return None


def _year_printed(table, year: int, question: str) -> str:
    """The year ranked as its column prints it: a fiscal year asked as printed ('Fiscal 2023', 'FY2023'), a split year
    as printed ('2022/23'), else with its estimate mark ('2026F') but no fiscal prefix ('FY2021' -> '2021': 'which
    year' asks the year)."""
    if fiscal := _fiscal_printed(table, year, question) or _split_printed(table, year):
        return fiscal
    printed = period_printed(table, year)
    return printed if _FISCAL_ASKED.search(question) else _FY_PREFIX.sub("", printed)


def which_answer(ctx: AnswerContext, hit: RowHit, question: str, backend: str) -> Answer | None:
    """'In which year was X the largest?': the year first, then the figures compared."""
    columns = year_columns(hit.table, question)
    cells = [(year_of(c), cell_at(hit, c)) for c in columns]
    offered = [yc for yc in cells if yc[0] in offered_years(question)]
    cells = offered if len(offered) >= 2 else cells  # '2019 or 2018': the years offered are the candidates
    if len(cells) < 2 or any(c is None for _, c in cells):
        return None
    low = bool(LOW_WORDS.search(question))
    if not low and not HIGH_WORDS.search(question):
        return None
    kept = {id(c) for c in signed_side([c for _, c in cells], question)}  # 'the highest X below 0': that side only
    cells = [(y, c) for y, c in cells if id(c) in kept]
    if not cells:
        return None
    ranked = sorted(cells, key=lambda yc: yc[1].value, reverse=not low)
    i = nth_of([c.value for _, c in ranked], nth_asked(question))  # 'the second highest': that place
    if i is None:
        return None  # a tie names no year
    year, best = ranked[i]
    printed = _year_printed(hit.table, year, question)  # '2026F': a forecast year
    others = " and ".join(f"{scaled(c)} ({_year_printed(hit.table, y, question)})" for y, c in ranked if y != year)
    text = f"**{printed}**. {hit.row}: {scaled(best)} in {printed} vs {others} [1]"
    return shaped_answer(ctx, [hit], text, printed, "which", backend)


# 'How many years are shown in the table?': the number of years the table gives
YEARS_COUNTED = re.compile(r"^\s*how many (?:fiscal |financial )?(?:years|periods)\b.*\b(shown|provided?|present(?:ed)?|"
                           r"given|included|covered|cover|reported|disclosed|in the table|does the table)\b", re.I)


def years_count(ctx: AnswerContext, tables, backend: str) -> Answer | None:
    """The count of the years the retrieved tables agree on (one table, maybe repeated), cited."""
    if not tables or len({tuple(table_years(t)) for _, t in tables}) != 1:
        return None
    passage, table = tables[0]
    years = table_years(table)
    if len(years) < 2:
        return None
    hit = RowHit(passage, table, table.rows[0] if table.rows else "", 0.0)
    derivation = {"op": "count", "operands": [{"value": str(y), "citation": 1} for y in years], "result": str(len(years))}
    text = f"**{len(years)}** ({listed(years)}). The table gives {listed(years)} [1]"
    return shaped_answer(ctx, [hit], text, str(len(years)), "computed", backend, derivation=derivation)
