"""Addressing table cells from a question: a row by its label (the question's metric words cover
the label's words), a column by its header path (the year asked, then the other header words)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from collections.abc import Sequence

from ingest.tables import SEP, Cell, Table
from ingest.year_forms import NUMERIC_DATE, numeric_date_years, short_part_years

from .passage_tables import page_chunks, page_tables, table_intro, tables_of  # noqa: F401 (re-exported)
from .split_years import as_end_years
from .net_operation import without_operation_net
from .rating_rows import grade_asked, grade_score
from .heading_named import heading_total_score, in_named_group
from .maturity_columns import maturity_words
from .word_stems import plural_dropped
from .measure_names import same_measure_text

STOP_WORDS = frozenset("a an the of in on at to for and or by is was were are be been what which how much many "
                       "did does do has have had its their his her our as from with than that this these those "
                       "year years period amount amounts value values figure figures total's respectively "
                       "respective".split())
# the words a figure question is asked with: `words` drops them (STOP_WORDS), but a plural 's' it drops can bring one
# back ('whats'), so the readers that set a question's asking words aside share this one list
FIGURE_ASKING = frozenset("what was were is are the of in how much many".split())
# Words that say what to do with the figures, not which row holds them: a growth multiple ('by what multiple
# is X expected to grow') and a forecast's verb name the computation and the time, not the row
OPERATION_WORDS = frozenset("change percentage percent average mean ratio proportion difference sum combined "
                            "increase decrease growth decline rise fall drop largest highest lowest smallest "
                            "biggest greatest least most larger higher lower smaller more less respectively "
                            "between fiscal fy multiple times grow grew grown expected projected".split())
# a year written short: 'F19', 'FY18', and after an apostrophe ('Q3'25', "Sep '24", "H1'25")
_SHORT_YEAR = re.compile(r"\bFY?\s?(\d{2})\b|(?<=[A-Za-z\d ])['’](\d{2})\b")
_FOOTNOTE = re.compile(r"^([a-z]{3,})\d{1,2}$")
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
# a total row's own label: 'Total', 'Net total', 'Grand total', 'Subtotal' (one list: whole_rows.WHOLE_ROW reads it too)
TOTAL_NAMES = "total|net total|grand total|subtotal"
TOTAL_ROW = re.compile(rf"^\s*({TOTAL_NAMES})\b", re.I)
# a rank column ('Rank', 'No.', '#') orders the rows: its cells are no figure of a row
RANK_COLUMN = re.compile(r"^\s*(?:rank(?:ing)?|no\.?|#)\s*$", re.I)
_WORD = re.compile(r"[a-z0-9]+")
_FY_WORD = re.compile(r"fy(?:19|20)\d{2}")
_YEAR_ANY = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?![\d.,]\d|\d)")  # also 'FY2019'


_DOTTED = re.compile(r"\b(?:[a-z]\.){2,}")  # an abbreviation written with full stops: 'u.s.', 'u.k.'


def words(text: str) -> list[str]:
    """Content words, lower case, a plural 's' dropped: 'Total sales' -> ['total', 'sale']."""
    return list(_words(text))


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    """`words`, kept per text: the same row labels and headers are read for every row tried and every
    question (a computed question read one table's labels ~600 times)."""
    out = _plain_words(text)
    if same := same_measure_text(text.lower()):  # 'ADR' and 'average daily rate' are one measure's words
        out += [w for w in _plain_words(same) if w not in out]
    return tuple(out)


def _plain_words(text: str) -> list[str]:
    """The content words `text` writes."""
    out = []
    text = NUMERIC_DATE.sub(" ", text)  # '31.12.22' dates a period as a year does: no word of a label
    text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text.lower())  # 'U.S.' is 'us', as 'US' is
    for w in _WORD.findall(text.replace("’", "'").replace("'s", "")):
        w = _FOOTNOTE.sub(r"\1", w)  # 'Current year1': a footnote mark is no part of the word
        if w in STOP_WORDS or _YEAR.fullmatch(w) or _FY_WORD.fullmatch(w):
            continue  # a year, or one written 'FY2019', is the period asked, no word of a label
        out.append(plural_dropped(w))
    return out


def year_of(column: str) -> int | None:
    """The year a column header path names (its last year), or None."""
    found = _YEAR_ANY.findall(as_end_years(re.sub(r"(?<=\b\d) (?=\d\b)", "", column)))  # '2 0 1 8' as printed, not 'Q4 2019'
    if found:
        return int(found[-1])
    short = ["".join(m) for m in _SHORT_YEAR.findall(column)]  # 'F19', 'FY18', 'Q3'25'
    if short:
        return 2000 + int(short[-1])
    parts = short_part_years(column)  # a quarter or half with two digits ('Q4 23', '4Q24', 'H1 24') dates its year
    if parts:
        return parts[-1][2]
    dated = numeric_date_years(column)  # '31.12.22': a date in figures, its year last
    return dated[-1] if dated else None


@dataclass(frozen=True)
class RowHit:
    """A table row the question names: the passage holding the table, the row path, how well it matched."""

    passage: int
    table: Table
    row: str
    score: float


def row_score(row: str, asked: set[str], topic: set[str] | frozenset[str] = frozenset()) -> float | None:
    """How well `asked` names a row path: every word of the label must be asked; then one point per
    label word, three quarters per parent or bracketed word asked ('Deferred tax assets › Inventory',
    'Total (loan)'); None when the label is not covered or covers too little of a long question.
    A label's bracketed name ('Loan-to-value (LTV) ratio', '... for own use (Scope 2)') names the
    row on its own. A short label names a row of a long question when the table's `topic` (its
    caption, the sentence introducing it, its total rows) says every other word asked: 'total income
    before income taxes' names the row 'Total' of a table introduced as 'components of income before
    income taxes'."""
    parts = row.split(SEP)
    # '(benefit)', '(2)': optional words; 'Less:', 'Add:': the row's sign, not its name
    label = set(words(re.sub(r"\s*\([^)]*\)", " ", _SIGN_PREFIX.sub("", parts[-1]))))
    bracketed = re.findall(r"\(([^)]*)\)", parts[-1])
    if not label <= asked and label & _CLOSING and label - _CLOSING and label - _CLOSING <= asked and not asked & _OPENING:
        label = label - _CLOSING  # 'Goodwill, end of the year': a year's goodwill is its closing balance
    if not label or not label <= asked:
        alias = next((set(words(b)) for b in bracketed if NAME.fullmatch(b.strip()) and words(b)), set())
        if not alias or not alias <= asked:
            alias = {acronym(parts[-1])} - {""}  # 'EBITDA' names 'Earnings before interest, tax, ...'
        if not alias or not alias <= asked:
            return None
        label = alias  # the row by its bracketed name
    # parent rows and bracketed words tell same-named rows apart
    context = {w for p in parts[:-1] for w in words(p)} | set(words(" ".join(bracketed)))
    context |= {a for p in parts[:-1] if (a := acronym(p))}  # 'DAUs' names the heading 'Daily Active Users'
    extra = (context - label) & asked
    if (len(label) + len(extra)) * 3 < len(asked) and not asked <= label | context | set(topic):
        return None  # one word of a long question ('cost') names no row
    return len(label) + 0.75 * len(extra)


_MINOR = frozenset({"and", "of", "the", "&", "for", "to", "in", "on"})


def acronym(label: str) -> str:
    """The initials of a label of three words or more ('Earnings before interest, tax, depreciation and
    amortisation' -> 'ebitda'), lower case; '' for a shorter label."""
    initials = [w[0] for w in re.findall(r"[A-Za-z][\w'-]*", re.sub(r"\([^)]*\)", " ", label)) if w.lower() not in _MINOR]
    return "".join(initials).lower() if len(initials) >= 3 else ""


# a label's sign prefix: 'Less: accumulated depreciation', 'Add/(less): income tax', 'Plus - interest'
_SIGN_PREFIX = re.compile(r"^\s*(?:add|less|plus|minus|deduct)(?:\s*/\s*\(?(?:add|less)\)?)?\s*[:–-]\s*", re.I)
_CLOSING = frozenset({"end", "ending", "closing"})
_OPENING = frozenset({"beginning", "opening", "start", "begin"})


def label_score(row: str, asked: set[str], full: set[str], topic: set[str] | frozenset[str] = frozenset()) -> float | None:
    """`row_score` of the words asked without operation words; a label holding an operation word
    itself ('Weighted-average fair value per share', 'Expected rate of salary increase') is scored
    against every word of the question, since there the word names the row, not what to compute."""
    score = row_score(row, asked, topic)
    if score is None:  # 'basic earnings per share (cents per share)': that heading's total row
        score = heading_total_score(row, asked, words, TOTAL_ROW)
    if score is None and set(words(row.split(SEP)[-1])) & OPERATION_WORDS:
        score = row_score(row, full, topic)
    return score


def table_topic(table: Table) -> set[str]:
    """What a table is about: the words of its caption (or introducing sentence) and of its total
    rows' labels ('Total revenue from external customers by country')."""
    totals = [r.split(SEP)[-1] for r in table.rows if re.match(r"\s*total\b", r.split(SEP)[-1], re.I)]
    due = set(words(maturity_words(table.columns)))  # a maturity schedule's columns say when its figures fall due
    return (set(words(" ".join([table.caption or ""] + totals))) - {"total"}) | column_words(table) | due


def column_words(table: Table) -> set[str]:
    """The words of a table's column headers ('Years Ended September 30 › 2019') and of the title lines over them
    (`Table.title`, which head every column): a question that repeats them names the columns, not a row."""
    return set(words(" ".join([*table.columns, table.title or ""])))


# A bracketed name rather than a note: 'LTV', 'Scope 1', 'EBITDA' (not '(benefit)', '(2)', '(in millions)').
NAME = re.compile(r"[A-Z][A-Za-z&-]*(?:\s+(?:[A-Z][A-Za-z&-]*|\d{1,2}))*")


_PERCENT_ASKED = re.compile(r"\bpercent|%|\brates?\b|\bmargins?\b|\bratio\b|\bproportion\b|\byields?\b|"
                            r"\bvolatility\b|\breturns?\b|\bgrowth\b", re.I)


def percent_asked(question: str) -> bool:
    """The question asks a percentage, rate, margin or ratio (a % cell may answer it)."""
    return bool(_PERCENT_ASKED.search(question))


def percent_row(table: Table, row: str) -> bool:
    units = [c.unit for c in table.cells if c.row == row and c.value is not None]
    return bool(units) and units.count("%") * 2 > len(units)


def percent_stated(table: Table, row: str, years: Sequence[int], question: str) -> bool:
    """The row states a percentage for the years asked: most of its figures are percentages (`percent_row`), and not
    its cells in the columns of those years the question names: a row of amounts beside growth columns ('Revenue ›
    2021/22: 7,842; Organic growth: 6%; Currency effect: (2)%') gives no share of the amount."""
    if not percent_row(table, row):
        return False
    asked = set(words(question)) - set(words(row.split(SEP)[-1]))
    named = []
    for year in years:  # the year's column whose other header words the question says most
        scored = sorted(((len(header_words(c) & asked), c) for c in table.columns if year_of(c) == year), reverse=True)
        if len(scored) > 1 and scored[0][0] == scored[1][0]:
            return True
        named += [c for c in table.cells if scored and c.row == row and c.column == scored[0][1] and c.value is not None]
    return not named or any(c.unit == "%" for c in named)


def tables_with_year_columns(tables: list[tuple[int, Table]], years: Sequence[int]) -> list[tuple[int, Table]]:
    """The tables with a column for every year asked, when some have one (a block of a roll-forward
    headed 'Dec 2017 | ... | Dec 2018' cannot give 2019); else all of them (years as rows)."""
    asked = set(years)
    heading = [(i, t) for i, t in tables if asked and asked <= {year_of(c) for c in t.columns}]
    return heading or tables


def find_rows(tables: list[tuple[int, Table]], phrase: str, exclude: tuple[str, ...] = ()) -> list[RowHit]:
    """Rows whose label `phrase` names, best first (ties keep passage order). A label word that is also
    an operation word ('Weighted-average fair value per share', 'Expected rate of salary increase')
    counts when the label asks nothing else: it names the row, not what to compute."""
    full = set(words(phrase))
    asked = set(words(without_operation_net(phrase))) - OPERATION_WORDS  # 'net difference': no row word
    percent_asked = bool(_PERCENT_ASKED.search(phrase))
    grade = grade_asked(phrase)  # 'B-rated issuance': the row 'B'
    hits = []
    for passage, table in tables:
        found = len(hits)
        topic = table_topic(table)
        closing = closing_row(table)
        for row in table.rows:
            if row in exclude:
                continue
            score = grade_score(row, grade) or label_score(row, asked, full, topic)
            if score is None and row == closing and asked - {"total"} and asked - {"total"} <= topic:
                score = CLOSING_SCORE  # below any row the question names by its label
            if score is not None and not percent_asked and percent_row(table, row):
                score -= 1.0  # a '% of revenue' row answers a figure question only when nothing else does
            if score is not None and memo_unasked(row, full):
                score -= 1.0  # 'Includes stock-based compensation of: › Cost of revenue' is a part, not the cost
            if score is not None:
                hits.append(RowHit(passage, table, row, score))
        kept = set(in_named_group([h.row for h in hits[found:]], table.rows, table.caption or "", asked, words))
        hits[found:] = [h for h in hits[found:] if h.row in kept]
    hits.sort(key=lambda h: -h.score)
    return hits


CLOSING_SCORE = 0.5
_MEMO = re.compile(r"^\s*(?:includes?|included|including|of which|thereof)\b", re.I)


def memo_unasked(row: str, asked: set[str]) -> bool:
    """Whether the row stands under a memo heading ('Includes stock-based compensation of:', 'Of
    which:') whose own words the question does not say: such rows give a part of the rows above."""
    for part in row.split(SEP)[:-1]:
        if _MEMO.match(part):
            own = set(words(_MEMO.sub("", part))) - {"of"}
            return not (own and own <= asked)
    return False


def closing_row(table: Table) -> str | None:
    """The table's last row when it has no label ('Row 9': the parser's name for it): the figure the
    table closes with, which its caption or introducing sentence names ('Property and equipment, net
    consisted of the following'); None otherwise."""
    last = table.rows[-1] if table.rows else None
    return last if last is not None and re.fullmatch(r"Row \d+", last) else None


def best_row(tables: list[tuple[int, Table]], phrase: str) -> RowHit | None:
    """The one row `phrase` names; among rows as well named with different figures, the one whose
    path has the fewest words not asked, when the question says its heading ('Other assets › Total'
    before 'Other current assets › Total' for 'the total other assets'); None when none, or when
    that still ties."""
    hits = find_rows(tables, phrase)
    if not hits:
        return None
    top = [h for h in hits if h.score >= hits[0].score - 1e-9]

    def values(hs: list[RowHit]) -> set[tuple[str, ...]]:
        return {tuple(c.text for c in h.table.cells if c.row == h.row) for h in hs}

    if len(values(top)) == 1:
        return hits[0]
    full = set(words(phrase))
    unasked = {id(h): len(set(words(h.row)) - full) for h in top}
    fewest = [h for h in top if unasked[id(h)] == min(unasked.values())]
    heading_said = all(set(words(SEP.join(h.row.split(SEP)[:-1]))) <= full for h in fewest)
    if len(values(fewest)) == 1 and SEP not in fewest[0].row and unasked[id(fewest[0])] == 0:
        # 'the total operating income': the table's own 'Total', not a heading's ('Charges › Total'); 'free cash
        # flow': 'Free cash flow', not 'Free cash flow (pre-spectrum)' (one row, however many copies of its table)
        return fewest[0]
    return fewest[0] if heading_said and SEP in fewest[0].row and len(values(fewest)) == 1 else None


def header_words(header: str) -> set[str]:
    """A header's words, a bracketed note left out ('Global (incl. UK)' is global: the note says it includes the
    UK column beside it), unless the note is all it says."""
    return set(words(re.sub(r"\([^)]*\)", " ", header))) or set(words(header))


def cell_at(hit: RowHit, column: str) -> Cell | None:
    """The figure cell of the hit's row in `column`, or None (empty or words)."""
    cell = next((c for c in hit.table.cells if c.row == hit.row and c.column == column), None)
    return cell if cell is not None and cell.value is not None else None
