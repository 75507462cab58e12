"""The items whose measure meets a bound, with no year asked ('How many markets had occupancy above 93%?', 'Which
regions closed more than 50 stores?', 'How many products grew by more than 10%?'): the measure names one row or
one column of a table; the items are the other axis (item_rows: totals, subtotals, eliminations left out; the
heading the question names), counted or named where their figure meets the bound."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.cell_values import nil_mark, unmarked_label
from ingest.tables import SEP, Cell, Table

from ..types import Answer, AnswerContext
from .cells import TOTAL_ROW, RowHit, words
from .compose import hedged
from .direction_words import MOVED_DOWN, MOVED_UP
from .item_rows import item_rows
from .measure_period import period_fits
from .passage_tables import one_table
from .rate_column import rate_columns
from .residual_rows import unnamed_bucket, whole_of_rest, whole_or_mean
from .period_cells import YEAR
from .row_sets import CURRENCY, HOW_MANY_ROWS, SCALE_WORDS, THRESHOLD, meets, percent_bound, table_scale
from .shape_text import listed, scaled, shaped_answer
from .signed_bound import signed_bound
from .year_part import PART_OF_YEAR
from .word_stems import plural_dropped, stem, stems_meet

# 'Which regions closed more than 50 stores?', 'List (all) the segments whose ...': items named, not years (a
# request to name them, 'list' / 'name' / 'identify', asks what 'which' asks)
WHICH_ITEMS = re.compile(r"^\s*(?:which|what|(?:list|name|identify)(?=\s)(?:\s+all)?(?:\s+the)?)\s+"
                         r"(?!(?:the\s+|of the\s+)?(?:fiscal\s+|financial\s+)?(?:years?|periods?|quarters?|months?)\b)"
                         r"(?!(?:is|was|were|are|has|had|have|does|did|do)\b)[a-z]", re.I)
# a movement by a share ('grew by more than 10%', 'declined by over 5%'): the measure is the percent change
# (or by its noun: 'had a revenue decline of more than 10%'; its object between: 'grew their shipments by')
_MOVED = re.compile(r"\b(?:(?P<up>" + MOVED_UP + r")|(?P<down>" + MOVED_DOWN + r"))"
                    r"(?:(?:\s+[a-z'’-]+){0,3}?\s+by\s+|\s+(?:by\s+|of\s+)?)$", re.I)
_CHANGE_HEADER = re.compile(r"\b(?:change|growth|variance|var\.?|increase|decrease|yoy|y-o-y)\b|^\s*%\s*$|\bchg\b", re.I)
# a percent bound's whole written after it ('more than 40% of all respondents'): the line of that whole
_OF_WHOLE = re.compile(r"\s*of\s+((?:all\s+|the\s+)?[a-z][\w -]*?)\s*(?:\?|$|\bin\b|,)", re.I)
# a column whose header says its figures are percent ('(% of respondents) › All respondents')
_PERCENT_HEAD = re.compile(r"%|\bper ?cent\b", re.I)
_VERB_END = re.compile(r"(?:ed|ing)$")


def _stems(text: str) -> list[str]:
    """The comparable stems of a text's words, a verb's -ed/-ing read off first ('closed' ~ 'Closures')."""
    return [(_VERB_END.sub("", w) if len(w) > 5 else stem(w))[:5] for w in words(text)]


def group_named(column: str, said: set[str]) -> bool:
    """Whether `said` holds every word of one of the column's upper header parts, its bracketed note aside
    ('Public charge points (thousand) › AC'): the question names the column group."""
    return any((own := set(words(re.sub(r"\([^)]*\)", " ", part)))) and own <= said for part in column.split(SEP)[:-1])


_COUNT_OF = re.compile(r"^\s*(?:the\s+)?(?:number|no\.|count)\s+of\s+", re.I)


def own_words(label: str) -> set[str]:
    """A label's naming words; a count's label 'Number of deals' is named by what it counts ('360 deals')."""
    return set(words(_COUNT_OF.sub("", label))) or set(words(label))


def measure_line(table: Table, asked: str) -> tuple[str, str] | None:
    """('row' | 'column', label) of the one row or column whose own words the question names before its bound,
    the longest so named (else a column whose upper header is so named, its leaf only qualifying it: 'Occupancy ›
    (by area) %'; else word stems meeting); None when none is, or two are named as fully."""
    said = set(words(asked))
    lines = [(axis, label) for axis, labels in (("row", table.rows), ("column", table.columns)) for label in labels
             if not TOTAL_ROW.match(label.split(SEP)[-1])]
    named = [(len(own), axis, label) for axis, label in lines if (own := own_words(label.split(SEP)[-1])) and own <= said]
    if not named:
        named = [(len(own), axis, label) for axis, label in lines if axis == "column"
                 for part in label.split(SEP)[:-1] if (own := set(words(part))) and own <= said]
        # a column group named by its header alone ('public charge points' over AC | DC | Total): its Total is the whole
        whole = [label for label in table.columns if TOTAL_ROW.match(label.split(SEP)[-1]) and SEP in label
                 and group_named(label, said)]
        if len(whole) == 1:
            return "column", whole[0]
    if not named:  # 'a context window of at least 200K tokens': 'Context window (K tokens)', its bracketed unit no name said
        named = [(len(own), axis, label) for axis, label in lines if "(" in (leaf := label.split(SEP)[-1])
                 and (own := own_words(re.sub(r"\([^)]*\)", " ", leaf))) and own <= said]
    if not named:
        stems = _stems(asked)
        named = [(len(own), axis, label) for axis, label in lines if (own := _stems(label.split(SEP)[-1]))
                 and all(any(stems_meet(o, s) for s in stems) for o in own)]
    if not named:
        return None
    best = max(n for n, _, _ in named)
    top = [(axis, label) for n, axis, label in named if n == best]
    return top[0] if len(top) == 1 else None


def bound_column(table: Table, bound: str) -> str | None:
    """The one column whose header states the currency and scale a bound is written in ('USD 25 million' of
    'Amount (USD million)'): a bound in money is met by the column of that money when the question names none."""
    cur = re.search(CURRENCY, bound)
    scale = re.search(r"\b(thousand|million|billion)s?\b", bound, re.I)
    if cur is None:
        return None
    need = [re.escape(cur.group(0).strip())] + ([scale.group(1)] if scale else [])
    found = [c for c in table.columns if all(re.search(rf"(?<![A-Za-z]){n}", c, re.I) for n in need)]
    return found[0] if len(found) == 1 else None


def change_column(table: Table) -> str | None:
    """The one column of percent changes (header saying change or growth, every figure a %), or None."""
    found = [col for col in table.columns if _CHANGE_HEADER.search(col.split(SEP)[-1])
             and (cells := [c for c in table.cells if c.column == col and c.value is not None])
             and all(c.unit == "%" for c in cells)]
    return found[0] if len(found) == 1 else None


def measure_meeting(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], backend: str,
                    years: Sequence[int] = ()) -> Answer | None:
    """The count ('how many') or names ('which') of the items (totals aside) whose figure of the measure named
    meets the bound, every item's figure shown; None unless one table reads so, every item with a figure in the
    bound's unit (an item marked nil, '—' or 'n/m', has none to meet it). A line written all negative (closures in
    brackets), or a fall asked, is met by its size; a bound of 0 (a sign asked) fits a line of any one unit. Years asked must be the measure line's period (period_fits),
    or the years a rate column heads ('CAGR 2024-2030E') when that column is the measure."""
    m = THRESHOLD.search(question)
    counted = bool(HOW_MANY_ROWS.match(question))
    if m is None or not (counted or WHICH_ITEMS.match(question)) or (YEAR.search(question) and not years):
        return None
    limit = signed_bound(m.group(2))
    moved = _MOVED.search(re.sub(r"\s+(?:more|less|fewer)\s+$", " ", question[:m.start()]))
    reads = []
    for passage, table in tables:
        line = measure_line(table, question[:m.start()])
        if line is None and m.group(3) and (of := _OF_WHOLE.match(question[m.end():])):
            line = measure_line(table, of.group(1))  # 'more than 40% of all respondents': the column of that whole
        change = change_column(table) if moved and m.group(3) else None
        if line is None and change:
            line = ("column", change)  # 'grew by more than 10%': the % change column
        if (line is None or not any(c.value is not None for c in table.cells if line[1] in (c.row, c.column))) \
                and (money := bound_column(table, m.group(0))):
            line = ("column", money)  # 'rounds of at least USD 25 million': the USD million column
        rates = rate_columns(table.columns, question)  # 'a CAGR above 11% over 2024-2030E': the rate of that period
        if line is None and len(rates) == 1:
            line = ("column", rates[0])
        if line is None or not (line[1] in rates or period_fits(table, *line, years, change)):
            continue
        axis, label = line
        rows = set(item_rows(table, question))
        cells = [c for c in table.cells if (c.row == label and not TOTAL_ROW.match(c.column.split(SEP)[-1])
                                            if axis == "row" else c.column == label and c.row in rows)]
        cells = [c for c in cells if c.value is not None or not nil_mark(c.text)]  # 'n/m', '—': no figure to meet it
        cells = columns_counted(parts_counted(cells, question), question) if axis == "row" else cells
        kinds = {c.unit == "%" or _PERCENT_HEAD.search(c.column) is not None for c in cells}  # (a bound of 0 fits either)
        if len(cells) < 2 or any(c.value is None for c in cells) or len(kinds) != 1 \
                or (limit != 0 and kinds != {percent_bound(question, m)}):
            continue
        asked_scale = SCALE_WORDS.get((m.group(4) or "").lower().rstrip("s"))
        own = table_scale(ctx, passage, cells[0].scale) if asked_scale else None
        bound = limit * asked_scale / own if asked_scale and own else limit
        reads.append((passage, table, axis, cells, bound))
    read = one_table(reads)
    if read is None:
        return None
    passage, table, axis, cells, bound = read
    sized = bound > 0 and (all(c.value <= 0 for c in cells) or bool(moved and moved.group("down")))
    met = [c for c in cells if meets(-c.value if sized else c.value, bound, question, m)]
    if not met:
        return None
    item = (lambda c: c.column.split(SEP)[-1]) if axis == "row" else (lambda c: c.row.split(SEP)[-1])
    return met_answer(ctx, RowHit(passage, table, cells[0].row, 0.0), cells, met, item, counted, backend)


_PART_KIND = re.compile(r"^\s*(?:in\s+)?(?:how many|which)\s+(?:of the\s+)?(?:quarters|halves|half-years)\b", re.I)


def parts_counted(cells: list[Cell], question: str) -> list[Cell]:
    """Parts of a year counted ('how many quarters recorded more than 360 deals'): the quarter columns only, not the
    full-year column beside them (their whole); all cells when the kind asked is no part of a year or none is one."""
    if not _PART_KIND.match(question):
        return cells
    parts = [c for c in cells if PART_OF_YEAR.search(c.column.split(SEP)[-1])]
    return parts or cells


def columns_counted(cells: list[Cell], question: str) -> list[Cell]:
    """The item columns of a row counted: a whole ('Total', 'World'), a mean, the unnamed bucket the question does not
    name ('Others') and a column whose figure sums the others' (the whole under its own name, 'Composite') left out."""
    kept = [c for c in cells if not (whole_or_mean(label := c.column.split(SEP)[-1]) or unnamed_bucket(label, question))]
    whole = whole_of_rest([c.value for c in kept]) if all(c.value is not None for c in kept) else None
    return [c for i, c in enumerate(kept) if i != whole]


def met_answer(ctx: AnswerContext, hit: RowHit, cells: list[Cell], met: list[Cell], item, counted: bool,
               backend: str, shown=scaled, figures: str | None = None) -> Answer:
    """The count (checked like a computed figure) or the list of the items met, every item's figure shown (or the
    `figures` line given, when the caller shows more than the items, e.g. the level they were measured against)."""
    figures = figures if figures is not None else "; ".join(f"{item(c)}: {shown(c)}" for c in cells)
    names = [unmarked_label(item(c)) for c in met]  # a footnote mark names nothing: 'Asia-Pacific(a)' is 'Asia-Pacific'
    if not counted:
        lead = listed(names)
        return shaped_answer(ctx, [hit], f"**{lead}**. {figures} [1]", lead, "list", backend)
    derivation = {"op": "count", "operands": [{"value": c.text, "citation": 1} for c in met], "result": str(len(met))}
    text = f"**{len(met)}** ({', '.join(names)}). {figures} [1]"
    return shaped_answer(ctx, [hit], text, str(len(met)), "computed", backend, derivation=derivation)


def pairs_answer(ctx: AnswerContext, read: tuple[int, Table, list[tuple[Cell, Cell]]], above: bool, counted: bool,
                 backend: str, note: str = "") -> Answer | None:
    """The count or names of the rows whose first figure of each (row's, against) pair in `read` is above (below) the
    other, each shown against it ('12 vs 10' + `note`); None when no row is: columns_meeting's and plan_meeting's."""
    passage, table, pairs = read
    met = [x for x, y in pairs if (x.value > y.value if above else x.value < y.value)]
    if not met:
        return None
    cells = [x for x, _ in pairs]
    other = {x.row: y for x, y in pairs}
    return met_answer(ctx, RowHit(passage, table, cells[0].row, 0.0), cells, met, lambda c: c.row.split(SEP)[-1],
                      counted, backend, lambda c: f"{scaled(c)} vs {scaled(other[c.row])}{note}")


# 'which operator has more DC than AC charge points', 'how many exported less in 2024/25 than in 2023/24': each item's
# figure in one column set against its own figure in another, both columns named around the 'than'
_TWO_SIDES = re.compile(r"\b(?:(?P<up>more|larger|higher|greater|bigger)|(?P<down>less|fewer|lower|smaller))\b"
                        r"(?P<a>[^?]*?)\bthan\b(?P<b>[^?]*)", re.I)
# 'how many programmes had order intake below sales in 2024': a bound word before a measure's name (no figure
# after it, or THRESHOLD would read a bound) sets the subject's column against that measure's column
_BOUND_SIDE = re.compile(r"\b(?:(?P<up>above|exceed(?:ed|ing)?|ahead\s+of)|(?P<down>below|short\s+of|behind))\s+"
                         r"(?P<a>)(?P<b>(?:the\s+|their\s+|its\s+)?[a-z][^?]*)", re.I)
_NOT_NAMING = frozenset("a an the in of at for to by on end as its their".split())
# the clause a predicative comparative follows ('for how many firms was constant-currency growth higher than',
# 'did China ship more units than'): its subject, after the question's last auxiliary, names the first column
_SUBJECT = re.compile(r"\b(?:was|were|is|are|did|do|does|had|has|have)\s+(?P<s>[^?]*)$", re.I)


def _terms(text: str) -> set[str]:
    """A header's or a phrase's naming words, lower case ('2024/25' one word, a plural 's' dropped)."""
    out = set()
    for w in re.findall(r"[a-z0-9]+(?:/[0-9]+)?", re.sub(r"\([^)]*\)", " ", text.lower())):
        if w not in _NOT_NAMING:
            out.add(plural_dropped(w))
    return out


def _first_column(table: Table, side: str, before: str, other: str | None, question: str) -> tuple[str | None, bool]:
    """The first side's column: named by the words between the comparative and 'than', else by them with the
    clause before the comparative (its subject: 'was constant-currency growth higher'); among columns named alike,
    the one of the other side's kind (a percentage against a percentage: 'Controlled' against 'Owned', not
    '% controlled'); and whether the clause was needed (a looser reading: the answer is hedged)."""
    for loose, words_said in ((False, side), (True, f"{m.group('s')} {side}" if (m := _SUBJECT.search(before)) else None)):
        if words_said is None or not _terms(words_said):
            continue
        if (got := _side_column(table, words_said, question)) is not None:
            return got, loose
        if other is not None and (got := _side_column(table, words_said, question, _in_percent(table, other))):
            return got, loose
    return None, False


def _side_column(table: Table, side: str, question: str, percent: bool | None = None) -> str | None:
    """The one column whose leaf header words the side all says; among several, those whose upper header words
    the side says most ('deals in 2024': '2024 › Deals', not '2023 › Deals'), then the question ('share of the total
    in 2030E': 'Share of total (%) › 2030E', not 'Market size › 2030E')."""
    said, asked = _terms(side), _terms(question)
    named = [c for c in table.columns if (own := _terms(c.split(SEP)[-1])) and own <= said
             and (percent is None or _in_percent(table, c) == percent)]
    scored = [((len((up := _terms(" ".join(c.split(SEP)[:-1]))) & said), len(up & asked)), c) for c in named]
    best = max((s for s, _ in scored), default=(0, 0))
    top = [c for s, c in scored if s == best]
    return top[0] if len(top) == 1 else None


def _period_only(side: str, other: str) -> str:
    """A side naming only a period ('fewer deals in 2024 than in 2023') compares the other side's measure in it:
    the other side's measure words are carried over ('deals in 2023')."""
    if any(not w[0].isdigit() for w in _terms(side)):
        return side
    return f"{side} {' '.join(w for w in _terms(other) if not w[0].isdigit())}"


def _in_percent(table: Table, column: str) -> bool:
    """Whether a column's figures are percentages (a % in its header or its cells): two columns compared hold one."""
    return bool(_PERCENT_HEAD.search(column)) or any(c.unit == "%" for c in table.cells if c.column == column)


def _met_as_zero(x: Cell, y: Cell, above: bool) -> bool:
    """Whether a pair with a nil mark meets the comparison when each nil is read as zero."""
    a, b = (0.0 if nil_mark(x.text) else x.value), (0.0 if nil_mark(y.text) else y.value)
    return a is not None and b is not None and (a > b if above else a < b)


def columns_meeting(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], backend: str) -> Answer | None:
    """The count ('how many') or names ('which') of the items (totals aside) whose figure in one column
    the question names exceeds (or falls below) their own figure in the other it names ('more DC than AC'); a
    per-row comparison of two columns of one unit. The sides are also read from a bound word before a measure ('order
    intake below sales', `_BOUND_SIDE`: hedged) and, when the words between the comparative and 'than' name nothing,
    from the comparative's subject ('were owned lots higher than', `_SUBJECT`); a first side named only with the clause
    before it (`_first_column`) is hedged too. A row with a nil mark is left out when it is met neither way; one met with the nil
    read as zero gives no answer. None unless exactly one table names both columns."""
    m = _TWO_SIDES.search(question) or _BOUND_SIDE.search(question)
    counted = bool(HOW_MANY_ROWS.match(question))
    if m is None or not (counted or WHICH_ITEMS.match(question)) or THRESHOLD.search(question):
        return None
    after = m.group("b").split(",")[0]  # (a clause set off after it, ', excluding Other', is no part of the side)
    first = m.group("a") if _terms(m.group("a")) or not (subject := _SUBJECT.search(question[:m.start()])) \
        else subject.group("s")  # 'was constant-currency growth higher than': the subject is the first side
    if m.re is _BOUND_SIDE:  # 'order intake below sales in 2024': the period closing the question is both sides'
        first += " " + " ".join(re.findall(r"\b(?:19|20)\d\d(?:/\d+)?\b", m.group("b")))
    side_a, side_b = _period_only(first, after), _period_only(after, first)
    reads = []
    for passage, table in tables:
        b = _side_column(table, side_b, question)
        a, loose = _first_column(table, side_a, question[:m.start()], b, question)
        if b is None and a is not None:  # the second side's columns named alike: the one of the first side's kind
            b = _side_column(table, side_b, question, _in_percent(table, a))
        if a is None or b is None or a == b or _in_percent(table, a) != _in_percent(table, b):
            continue  # ('Volume › 2023' against 'Share (%) › 2024': no one measure compared)
        rows = item_rows(table, question)  # ('All other' is no item unless the question names it)
        pairs = [(next((c for c in table.cells if c.row == r and c.column == a), None),
                  next((c for c in table.cells if c.row == r and c.column == b), None)) for r in rows]
        # a row with a nil mark ('-') on a side is left out when it is not met read either way (no figure, or nil as
        # zero: China '-' against 42.7 is not 'more'); one met as zero leaves the reading open: no answer here
        nil = [(x, y) for x, y in pairs if x is not None and y is not None and (nil_mark(x.text) or nil_mark(y.text))]
        if any(_met_as_zero(x, y, m.group("up") is not None) for x, y in nil):
            continue
        kept = [p for p in pairs if p not in nil]
        if len(kept) < 2 or any(x is None or y is None or x.value is None or y.value is None or x.unit != y.unit
                                for x, y in kept):
            continue
        why = "the columns compared are read from the clause around the bound word" if loose or m.re is _BOUND_SIDE else ""
        reads.append((passage, table, kept, why))
    read = one_table(reads)
    if read is None:
        return None
    got = pairs_answer(ctx, read[:3], m.group("up") is not None, counted, backend)
    return hedged(got, read[3]) if got and read[3] else got
