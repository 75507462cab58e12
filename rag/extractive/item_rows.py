"""The item rows a row-set question (count, list, superlative) reads from a table: totals (a row summing its
block above too, however labelled), subtotals over listed items and reconciling rows (intersegment eliminations)
left out, as TAT-QA counts them, and a survey's base row ('Number of respondents'), and so are the rows adjusting a total down to the row restating it ('Total loans',
'Allowance for credit losses', 'Net loans'); only the rows under the heading the question names when it names one (by the
words that set it apart from the table's other headings, a place named by its adjective too: 'Canadian' for
'Regulated - Canada')."""

from __future__ import annotations

import re

from ingest.figures import SCALE_NAME
from ingest.tables import OF_WHICH, SEP, Table

from ..number_words import cardinals
from .cells import TOTAL_ROW, words
from .heading_rows import headings, rows_under
from .kind_rows import container_free, of_kind
from .question_names import COUNTRY_FORMS
from .rival_bound import top_level_items
from .residual_rows import OTHERS_LED, bucket_of, counted_kinds, survey_base, unnamed_bucket, whole_or_mean
from .set_aside_rows import aside_rows, without_aside
from .subtotal_rows import addends, closes_block, heads_items
from .year_part import PART_OF_YEAR

# a row reconciling the segments' sum to the consolidated total is no segment: 'Intersegment elimination'
_NOTE = re.compile(r"\([^)]*\)")
RECONCILING = re.compile(r"\b(?:inter-?segment|inter-?company|eliminations?)\b", re.I)
# the question states how many items there are: 'of the three reporting segments', 'the four regions'
_STATED = re.compile(r"\bthe\s+(" + "|".join(cardinals(2, 12)) + r")\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\b", re.I)
# the level of a two-level table a question names: its top rows, or the rows under them
_TOP_ASKED = re.compile(r"\b(?:top|first|upper|highest)[- ]level\b|\bmain\b|\bparent\b", re.I)
_SUB_ASKED = re.compile(r"\bsub-?(?!total|ject)[a-z]{4,}|\bindividual\b|\b(?:most\s+)?detailed\b|\bunderlying\b|"
                        r"\blowest[- ]level\b", re.I)
# the kinds a two-level table's top rows are (grouping others), and the kinds its sub-rows are (grouped)
_TOP_KINDS = frozenset({"segment", "division", "region", "geography", "continent"})
_SUB_KINDS = frozenset({"country", "market", "brand", "category", "franchise", "channel", "programme", "program", "product",
                        "site", "plant", "property", "store", "city", "province", "state", "grade", "format", "title",
                        "project", "subsidiary", "hotel", "mine", "fund", "application"})
# the whole under the reporter's own name: 'Group', 'Group net sales', 'Consolidated'
_GROUP_ROW = re.compile(r"^\s*(?:group|consolidated)\b", re.I)
_COUNTED = re.compile(r"^\s*(?:(?:in|for|of|among|at)\s+)?how many\b", re.I)
# the items the question counts among, stated in number ('how many of the seven segments', 'how many of the four
# largest firms'): a table read at no level of that many items has not been read as the question reads it (a
# ranking's top four among six firms is no level the table prints)
_SET_STATED = re.compile(r"\bhow many\s+(?:of|among)\s+the\s+(?:" + "|".join(cardinals(2, 12)) + r")\s+"
                         r"(?:[a-z-]+\s+){0,2}?[a-z-]+s\b", re.I)


def said_words(question: str) -> set[str]:
    """The question's words with the other one-word forms of each place it names ('canadian' -> 'canada')."""
    said = set(words(question))
    for forms in COUNTRY_FORMS:
        single = {w for f in forms if len(own := words(f)) == 1 for w in own}
        if single & said:
            said |= single
    return said


def named_headings(table: Table, question: str) -> list[str]:
    """The headings (first parts of row paths) the question names: those whose every word (a bracketed note of
    its unit, '(A$/dmt shipped)', aside) is said, else the one whose every word's stem is ('adjustment items':
    'Adjusted for'), else the one whose words but its container noun are ('per share measures': 'Per share data'),
    else the one whose words setting it apart from the table's other headings are all said; [] when none is. Of
    headings named, one whose words another's include is not ('Renewables' beside 'Non-renewables')."""
    heads = headings(table)
    said = said_words(question)
    own = {h: set(words(_NOTE.sub(" ", h))) or set(words(h)) for h in heads}  # a bracketed unit is no name said
    full = [h for h in heads if own[h] and own[h] <= said]
    full = [h for h in full if not any(own[h] < own[k] for k in full)]  # 'non-renewable' names 'Non-renewables' alone
    if not full:  # 'adjustment items' names the heading 'Adjusted for:' by its stem
        stems = {w[:5] for w in said if len(w) >= 5}
        by_stem = [h for h in heads if own[h] and all(len(w) >= 5 and w[:5] in stems for w in own[h])]
        full = by_stem if len(by_stem) == 1 else []
    if not full:  # 'the per share measures' names 'Per share data': its words but its container noun are said
        bare = [h for h in heads if (own_h := container_free(_NOTE.sub(" ", h))) and own_h < own[h] and own_h <= said]
        full = bare if len(bare) == 1 else []
    if full or len(heads) < 2:
        return full
    shared = set.intersection(*own.values())
    apart = [h for h in heads if own[h] - shared and own[h] - shared <= said]
    return apart if len(apart) == 1 else []


def restating(table: Table) -> set[str]:
    """The rows that carry a total on: a row no total itself, naming what a total row names, whose figures are
    that total's plus the rows between them ('Total loans' less 'Allowance for credit losses' is 'Net loans')
    restates the total, and those rows adjust it; none is an item beside the ones the total sums."""
    out: set[str] = set()
    for i, row in enumerate(table.rows):
        label = row.split(SEP)[-1]
        run = addends(table, i) if i > 1 and not TOTAL_ROW.match(label) else []
        if run and TOTAL_ROW.match(total := run[0].split(SEP)[-1]) \
                and set(words(total)) - {"total"} & set(words(label)) - {"net"}:
            out |= set(run[1:]) | {row}
    return out


def closed_off(table: Table) -> set[str]:
    """The rows below the total closing the table's items: the table's last total (by label or by sum) adding up
    every row from its first is the whole of its items, so a row outside any heading below it ('Revenue (AED
    million)' and 'Average price' under 'Total sales volume'; 'Less: imputed interest') is another line, no item."""
    rows = table.rows
    totals = [i for i, row in enumerate(rows) if i > 1 and (TOTAL_ROW.match(row.split(SEP)[-1]) or closes_block(table, i))]
    if not totals or not (run := addends(table, totals[-1])) or run[0] != rows[0]:
        return set()
    parts = all(PART_OF_YEAR.search(r) for r in run)
    # the quarters of the next year after the total of this year's ('Q1 2024-25' below 'Total 2023-24'): items still
    return {r for r in rows[totals[-1] + 1:] if SEP not in r and not (parts and PART_OF_YEAR.search(r))}


# a label's bracketed unit: '(US$ trillions)', '(AED million)', '(%)', '(EUR per tonne)'
_UNIT_NOTE = re.compile(r"\([^)]*(?:[$€£¥%]|\b(?:USD|EUR|GBP|JPY|CHF|SEK|NOK|DKK|AED|SAR|CAD|AUD|NZD|CNY|RMB|"
                        rf"INR|HKD|SGD|ZAR|BRL|MXN|KRW|(?:{SCALE_NAME})s?|bn|per)\b)[^)]*\)")


def measured_after(table: Table) -> set[str]:
    """The rows below the table's last total, under no heading, whose label states a unit of its own ('Adjusted
    transfer volume (US$ trillions)' under 'Total stablecoin supply'): each another measure, no item the total sums."""
    last = max((i for i, r in enumerate(table.rows) if TOTAL_ROW.match(r.split(SEP)[-1])), default=None)
    if last is None:
        return set()
    return {r for r in table.rows[last + 1:] if SEP not in r and _UNIT_NOTE.search(r)}


def _rates(table: Table, row: str) -> bool:
    """Whether every figure of the row is a rate (%): rates adding up to another ('loss' and 'expense' ratios to the
    'combined ratio') are each one measure, the sum no total of items counted twice."""
    cells = [c for c in table.cells if c.row == row and c.value is not None]
    return bool(cells) and all(c.unit == "%" for c in cells)


def item_rows(table: Table, question: str = "") -> list[str]:
    """The table's item rows: no total (nor a row summing its block above, nor a whole or mean under another name:
    'World', 'Unweighted average'), no row heading listed items, no reconciling row, no residual bucket when the
    question counts the items named one by one ('the ranked operators'), no row the question sets aside (set_aside_rows), no bucket of the kind it asks ('Other
    provinces': residual_rows.bucket_of); those under the
    headings the question names (above each one's total: rows below a total adjust it) when it names one."""
    aside = aside_rows(table, question) if question else set()  # 'excluding the tax effect': the rest counted
    aside |= restating(table) | closed_off(table) | measured_after(table)
    if question:  # 'Other provinces' when provinces are counted: a bucket of several, no item
        kinds = counted_kinds(question)
        aside |= {r for r in table.rows if bucket_of(r.split(SEP)[-1], kinds) or unnamed_bucket(r.split(SEP)[-1], question)}
    aside |= {r for r in table.rows if whole_or_mean(r.split(SEP)[-1])}  # 'World', 'Unweighted average': all items at once
    aside |= levels_whole(table)
    rows = [r for i, r in enumerate(table.rows) if not TOTAL_ROW.match(r.split(SEP)[-1]) and not heads_items(r, table.rows)
            and not OF_WHICH.match(r.split(SEP)[-1])  # an 'of which' row is a part of the item above it, no item
            and not RECONCILING.search(r.split(SEP)[-1]) and not survey_base(r.split(SEP)[-1], i in (0, len(table.rows) - 1)) and not (closes_block(table, i) and not _rates(table, r)) and r not in aside]
    heads = named_headings(table, without_aside(question)) if question else []
    if not heads:
        kept = of_kind(rows, question) if question else rows  # 'the capital ratios': the rows whose head noun is 'ratio'
        if question and not _STATED.search(question):
            kept = _asked_level(table, kept, question)
        return _stated_level(table, kept, question, aside)
    kept = []
    for head in heads:
        under = rows_under(table, head)
        first = table.rows.index(under[0])
        total = next((i for i, r in enumerate(table.rows) if i > first and TOTAL_ROW.match(r.split(SEP)[-1])
                      and r.split(SEP)[0] == head), len(table.rows))
        kept += [r for r in rows if r in under and table.rows.index(r) < total]
    return [r for r in rows if r in kept]


def items_no_total(table: Table, question: str = "") -> list[str]:
    """item_rows less any row a total's label heads: the level and stated-number readings can hand back a top-level
    'Total' row, which a count or list of items never includes."""
    return [r for r in item_rows(table, question) if not TOTAL_ROW.match(r.split(SEP)[-1])]


def figured_heads(table: Table) -> list[str]:
    """The rows that carry figures of their own and head sub-rows ('Coatings' over 'Coatings › Architectural'): a
    table of two levels of items, each level a set a count could mean."""
    figured = {c.row for c in table.cells if c.value is not None}
    return [r for r in table.rows if r in figured and heads_items(r, table.rows)]


def levels_whole(table: Table) -> set[str]:
    """In a table of two figured levels, its last row when it is the whole of the top rows ('Group net sales' summing
    the segments, not the block above it; 'Group' or 'Consolidated' for a rate): no item of either level."""
    if not table.rows or not figured_heads(table) or SEP in (last := table.rows[-1]) or heads_items(last, table.rows):
        return set()
    if _GROUP_ROW.match(last):
        return {last}
    tops = [r for r in table.rows[:-1] if SEP not in r]
    sums = {}
    for c in table.cells:
        if c.value is not None and c.row in tops:
            sums[c.column] = sums.get(c.column, 0.0) + c.value
    own = {c.column: c.value for c in table.cells if c.row == last and c.value is not None}
    return {last} if own and all(col in sums and abs(sums[col] - v) <= 0.005 * abs(v) + 0.5 for col, v in own.items()) else set()


def _asked_level(table: Table, rows: list[str], question: str) -> list[str]:
    """In a table of two levels, the level the question names: the top rows ('top-level', 'main') or the rows as read
    ('sub-', 'individual'); no rows for a count naming neither; `rows` for a table of one level or no count."""
    if not (heads := figured_heads(table)) or _SUB_ASKED.search(question):
        return rows
    top = [r for r in table.rows if SEP not in r and (r in rows or r in heads)]
    if _TOP_ASKED.search(question):
        return top if len(top) >= 2 else rows
    if not _COUNTED.match(question) or set(top) == set(rows):
        return rows
    level = counted_level(question, [r.split(SEP)[-1] for r in heads])
    return top if level == "top" and len(top) >= 2 else rows if level == "sub" else []


def counted_level(question: str, heads: list[str]) -> str | None:
    """The level of a two-level table the counted noun names: 'top' for a kind that groups others (segments,
    divisions, regions), 'sub' for a kind grouped (countries, brands, end markets, programmes); None for another noun,
    or when a heading's own label says the counted noun ('Private sector' over sectors: the heads are of that kind too)."""
    kinds = {k[:-2] + "y" if k.endswith("ie") else k for k in counted_kinds(question)}  # 'categorie' -> 'category'
    if not kinds or any(kinds & set(words(h)) for h in heads) or any(k + "s" in words(h) for h in heads for k in kinds):
        return None
    if kinds & _TOP_KINDS:
        return None if kinds & _SUB_KINDS else "top"
    return "sub" if kinds & _SUB_KINDS else None


def _stated_level(table: Table, rows: list[str], question: str, aside: set[str]) -> list[str]:
    """The rows of the level the question's stated number fits ('of the three reporting segments' of a table whose
    heads and their sub-items both carry figures: the three heads), else `rows` as read."""
    m = _STATED.search(question)
    if m is None:
        return rows
    n = cardinals(2, 12)[m.group(1).lower()]
    if len(rows) == n:
        return rows
    figured = {c.row for c in table.cells if c.value is not None}
    kept = aside_rows(table, question) | restating(table) | closed_off(table)  # what the question itself sets aside
    bucket = {r for r in aside - kept if OTHERS_LED.match(r.split(SEP)[-1])}  # 'Others': one of 'the seven segments'
    levels = [rows, [r for r in table.rows if r in rows or r in bucket]]
    if any(SEP in r for r in rows):
        top = [r for r in top_level_items(table) if r in figured and r not in aside]
        levels += [top, [r for r in top_level_items(table) if r in figured and (r not in aside or r in bucket)]]
    fits = next((level for level in levels[1:] if len(level) == n), None)
    if fits is not None:
        return fits
    if not _SET_STATED.search(question):
        return rows
    # 'the four largest firms' over a 'Big Four subtotal' row: the one block of that many rows the table sums
    blocks = {tuple(run) for i in range(2, len(table.rows)) if (run := addends(table, i)) and len(run) == n
              and (TOTAL_ROW.match(table.rows[i].split(SEP)[-1]) or closes_block(table, i))}
    return list(next(iter(blocks))) if len(blocks) == 1 else []
