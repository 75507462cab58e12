"""Items counted or named by how they moved ('How many foundries increased revenue by more than 5% quarter on quarter?',
'How many formats saw volumes decline?', 'Which ranked brands lost value share between 2024 and 2025?'): each item's
change is the table's change column the question names (its group, its span: QoQ, YoY, a CAGR of the years said), else
the difference of the measure's two period columns the question names (or the only two), and the item is met when it
moved the way the verb says (and by the bound, read in the change's own kind: a % change, an amount, points)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.cell_values import nil_mark, unmarked_label
from ingest.tables import SEP, Cell, Table

from ..number_words import cardinals
from ..types import Answer, AnswerContext
from .cause_cues import is_cause_verb
from .cells import RowHit, words
from .column_list import kind_columns
from .direction_words import MOVED_DOWN, MOVED_UP
from .item_rows import item_rows, items_no_total, named_headings
from .kind_rows import kind_head
from .passage_tables import one_table
from .ranked import row_stub
from .rate_column import rate_columns
from .residual_rows import OTHERS_LED
from .rival_bound import parts_of_whole, rival_asked, rival_row
from .row_sets import POINTS_AFTER, SCALE_WORDS, THRESHOLD, meets, table_scale
from .shape_text import listed, scaled, shaped_answer
from .walk_periods import Every, every_asked, steps, weakest_step
from .word_stems import stem, stems_meet

_ASK = re.compile(r"^\s*(?:in\s+|for\s+)?(?P<ask>how many|number of)\s+(?:of\s+the\s+)?"
                  r"(?!(?:fiscal\s+|financial\s+)?(?:years?|periods?|quarters?|months?|seasons?|times?)\b)[a-z]", re.I)
# 'Which formats recorded a fall in value sales?': the items named, not counted (a kind of items, no period asked)
_WHICH = re.compile(r"^\s*(?:in\s+)?(?P<ask>which)\s+(?:of\s+the\s+)?"
                    r"(?!(?:fiscal\s+|financial\s+)?(?:years?|periods?|quarters?|months?|seasons?|times?|one)\b)"
                    r"(?!(?:is|was|were|are|has|had|have|does|did|do|will|would|can|could)\b)[a-z]", re.I)
# 'Which is forecast to deploy more: the United States or Rest of world?': a choice between items named, no set
# 'which country recorded the largest gain', 'the only one to grow': one item by its extreme, no set of items moved
_EXTREME = re.compile(r"\b(?:most|least|fastest|slowest|largest|smallest|highest|lowest|biggest|strongest|weakest|"
                      r"sharpest|steepest|best|worst|only)\b", re.I)
_UP = MOVED_UP + r"|added|expand(?:ed)?|higher|more"
_DOWN = MOVED_DOWN + r"|drop|shrink|lose|contract|reduced|lower|less|fewer"
_VERB = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b", re.I)
# the change a column heads: its own word, or a span of periods ('QoQ', 'YoY', 'CAGR 2024-2028F', 'vs year ago')
_CHANGE = re.compile(r"\b(?:change|chg|growth|variance|var\.?|qoq|yoy|q/q|y/y|y-o-y|cagr|vs\.?\s+(?:year|prior|previous))\b",
                     re.I)
_QUARTERLY = re.compile(r"\b(?:quarter[\s-]+(?:on|over)[\s-]+quarter|qoq|q/q|sequential(?:ly)?)\b", re.I)
_YEARLY = re.compile(r"\b(?:year[\s-]+(?:on|over)[\s-]+year|yoy|y/y|vs\.?\s+(?:a\s+)?year\s+ago|annual(?:ly)?)\b", re.I)
_PERIOD = re.compile(r"\b(?:(?P<q>Q[1-4])|(?P<h>H[12]))?\s*(?:FY\s*)?(?P<y>(?:19|20)\d{2})(?:[EFP]|/\d{2})?\b", re.I)
_PERIOD_WORDS = re.compile(r"\b(?:Q[1-4]|H[12]|FY)\b|\b(?:19|20)\d{2}(?:[EFP]|/\d{2})?\b|\([^)]*\)", re.I)


@dataclass(frozen=True)
class _Moved:
    """One item's change: the cell its figure is read from, the change, and how it is shown."""

    cell: Cell
    change: float
    shown: str


def _stems(text: str) -> list[str]:
    return [stem(w) for w in words(text)]


def _named(part: str, said: list[str]) -> int:
    """How many of a header part's naming words (periods and brackets aside) the question says (stems meeting)."""
    own = _stems(_PERIOD_WORDS.sub(" ", part))
    return sum(1 for o in own if any(stems_meet(o, s) for s in said))


def _period_key(text: str) -> tuple[int, int] | None:
    """A header's period as a sortable key (year, quarter/half), or None when it states none."""
    found = list(_PERIOD.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    return int(m.group("y")), int(m.group("q")[1]) * 3 if m.group("q") else int(m.group("h")[1]) * 6 if m.group("h") else 12


def change_columns(table: Table, question: str) -> list[str]:
    """The change columns (a header part saying change or a span) the question names: the CAGR of its years, else those
    of the span it says (quarter on quarter, year over year), then those whose other header words it says most."""
    cols = [c for c in table.columns if any(_CHANGE.search(p) for p in c.split(SEP))]
    if not cols:
        return []
    cagr = [c for c in cols if re.search(r"\bcagr\b", c, re.I)]
    if cagr and re.search(r"\b(?:a|per)\s+year\b|\bcagr\b|\bannual|\bcompound", question, re.I):
        asked = {int(m.group("y")) for m in _PERIOD.finditer(question)}  # 'a year over 2024-2028F': the CAGR of those years
        spanned = [c for c in cagr if {int(m.group("y")) for m in _PERIOD.finditer(c)} == asked] if asked else cagr
        return spanned if len(spanned) == 1 else []
    cols = [c for c in cols if c not in cagr]
    if not cols:
        return []
    for span in (_QUARTERLY, _YEARLY):
        if span.search(question):
            kind = r"\b(?:qoq|q/q|quarter)" if span is _QUARTERLY else r"\b(?:yoy|y/y|y-o-y|year)"
            spanned = [c for c in cols if re.search(kind, c, re.I)]
            cols = spanned or cols
    asked = _asked_words(question)
    scored = [(_column_score(c, *asked), c) for c in cols]
    best = max(s for s, _ in scored)
    return [c for s, c in scored if s == best]


def _asked_words(question: str) -> tuple[list[str], set[str]]:
    """The question's word stems and its words as written, read once for every column scored."""
    return _stems(question), set(re.findall(r"[a-z]+", question.lower()))


def _column_score(column: str, said: list[str], raw: set[str]) -> int:
    """How many of a change column's naming words the question says (`said`: its stems), and one more when it says
    the whole leaf header word for word (`raw`) ('Value' under 'Change vs year ago (%)' of 'a fall in value sales': a
    word too common to name a label alone names its own column among its siblings)."""
    leaf = column.split(SEP)[-1]
    whole = not _CHANGE.search(leaf) and (own := re.findall(r"[a-z]+", leaf.lower())) and set(own) <= raw
    return sum(_named(p, said) for p in column.split(SEP) if not _CHANGE.search(p)) + bool(whole)


def _percent(cells: list[Cell], column: str) -> bool:
    return all(c.unit == "%" or "%" in c.text for c in cells) or "%" in column  # ('(1.6%)': a % in brackets)


def _from_column(table: Table, rows: list[str], question: str, pct_bound: bool | None) -> list[_Moved] | None:
    """Each item's change read in the one change column named (of the bound's kind: % or amount), or None."""
    cols = change_columns(table, question)
    if pct_bound is not None:
        cols = [c for c in cols if _percent([x for x in table.cells if x.column == c and x.value is not None], c) == pct_bound]
    if len(cols) != 1:
        return None
    got = {x.row: x for x in table.cells if x.column == cols[0]}
    cells = [c for r in rows if (c := got.get(r)) is None or c.value is not None or not nil_mark(c.text)]
    if len(cells) < 2 or any(c is None or c.value is None for c in cells):
        return None  # (an item marked 'n.a.' or '—' has no change to meet the condition: left out)
    return [_Moved(c, c.value, c.text) for c in cells]


def _measure_periods(table: Table, question: str, least: int) -> list[tuple] | None:
    """The measure's period columns in order, (key, column): of the dated columns (no change column), those whose
    other header words the question says most; None with fewer than `least` dated columns or two of one period."""
    said = _stems(question)
    dated = [(k, c) for c in table.columns if (k := _period_key(c)) is not None and not any(_CHANGE.search(p) for p in c.split(SEP))]
    if len(dated) < least:
        return None
    scored = [(sum(_named(p, said) for p in c.split(SEP)), k, c) for k, c in dated]
    best = max(s for s, _, _ in scored)
    group = sorted((k, c) for s, k, c in scored if s == best)
    return group if len({k for k, _ in group}) == len(group) else None


def _walked(table: Table, rows: list[str], question: str, every: Every, down: bool) -> list[_Moved] | None:
    """Each item's weakest step over the periods an every-period condition walks ('in both 2023 and 2024': 2023 on
    2022 and 2024 on 2023), of the measure's period columns the question names most; None unless every item has them."""
    group = _measure_periods(table, question, 3)
    if group is None or (pairs := steps(group, every)) is None:
        return None
    got = {(x.row, x.column): x for x in table.cells}
    out = []
    for r in rows:
        cells = [(got.get((r, a)), got.get((r, b))) for a, b in pairs]
        if any(a is None or b is None or a.value is None or b.value is None for a, b in cells):
            return None
        run = [cells[0][0]] + [b for _, b in cells]
        shown = " to ".join(scaled(c) for c in run) if all(cells[i][1] is cells[i + 1][0] for i in range(len(cells) - 1)) \
            else "; ".join(f"{scaled(a)} to {scaled(b)}" for a, b in cells)
        out.append(_Moved(cells[-1][1], weakest_step([b.value - a.value for a, b in cells], down), shown))
    return out if len(out) >= 2 else None


def _period_pair(table: Table, question: str) -> tuple[str, str] | None:
    """The measure's two period columns (early, late): among the columns whose other header words the question says
    most, the two periods it names, or one and the one before it, or the only two."""
    group = _measure_periods(table, question, 2)
    if group is None:
        return None
    asked = {k for m in _PERIOD.finditer(question) if (k := _period_key(m.group(0))) is not None}
    named = [(k, c) for k, c in group if k in asked]
    if len(named) == 2:
        return named[0][1], named[1][1]
    if len(named) == 1 and len(asked) == 1:
        i = group.index(named[0])
        return (group[i - 1][1], named[0][1]) if i > 0 else None
    return (group[0][1], group[1][1]) if not asked and len(group) == 2 else None


def _computed(table: Table, rows: list[str], question: str, points: bool, pct_bound: bool | None) -> list[_Moved] | None:
    """Each item's change from the early period's column to the late one's: the difference (a bound in points or an
    amount, or none) or the % change (a % bound on figures that are no percentages), or None."""
    pair = _period_pair(table, question)
    if pair is None:
        return None
    got = {(x.row, x.column): x for x in table.cells}
    out = []
    for r in rows:
        a, b = got.get((r, pair[0])), got.get((r, pair[1]))
        if a is not None and b is not None and (a.value is None and nil_mark(a.text) or b.value is None and nil_mark(b.text)):
            continue  # an item marked 'n.a.' in either period has no change: left out
        if a is None or b is None or a.value is None or b.value is None:
            return None
        percent_figures = _percent([a, b], pair[1])
        if pct_bound and not points:
            if percent_figures or a.value == 0:
                return None  # '% of a %' or of nothing: no reading of 'by more than 2%'
            out.append(_Moved(b, (b.value - a.value) / abs(a.value) * 100,
                              f"{scaled(a)} to {scaled(b)} ({(b.value - a.value) / abs(a.value) * 100:+.1f}%)"))
        else:
            out.append(_Moved(b, b.value - a.value, f"{scaled(a)} to {scaled(b)}"))
    return out if len(out) >= 2 else None


_SUB = re.compile(r"\bsub[\s-]?(?:segments?|groups?|categor(?:y|ies)|sectors?|regions?|items?)\b", re.I)


_STATED = re.compile(r"\b(?:of\s+)?the\s+(" + "|".join(cardinals(2, 12)) + r")\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\b", re.I)
_RESIDUAL = re.compile(OTHERS_LED.pattern + r"|^\s*rest\s+of\b", re.I)  # the Others bucket, or 'Rest of world'


def stated_rows(table: Table, question: str) -> list[str] | None:
    """The items when the question states how many there are ('of the eight ranked foundries'): the table's item rows,
    residual buckets aside, when they are that many; else None (the kind's own reading stands)."""
    m = _STATED.search(question)
    if m is None:
        return None
    rows = [r for r in item_rows(table, "") if not _RESIDUAL.match(r.split(SEP)[-1])]
    return rows if len(rows) == cardinals(2, 12)[m.group(1).lower()] else None


def _per_year(question: str) -> bool:
    """A change asked per year ('3% a year over 2024-2028F', 'a CAGR above 5%'): a compound rate, no two-period change."""
    return bool(re.search(r"\b(?:a|per)\s+year\b|\bcagr\b|\bcompound", question, re.I))


def _column_named(table: Table, question: str) -> int:
    """How many naming words of the best-named change column the question says (0 when none is a change column)."""
    asked = _asked_words(question)
    return max((_column_score(c, *asked) for c in change_columns(table, question)), default=0)


def _pair_named(table: Table, question: str) -> int:
    """How many naming words of the period columns' measure the question says (the pair it reads)."""
    said = _stems(question)
    pair = _period_pair(table, question)
    return 0 if pair is None else sum(_named(p, said) for p in pair[1].split(SEP))


# the kind asked owns the measure moved ('which countries' yields', 'increased their investment'): the items themselves
_OWNED = re.compile(r"^\s*(?:in\s+)?which\s+(?:of\s+the\s+)?(?:[\w&-]+\s+){0,3}?[\w&-]+(?:s'|s’|'s|’s)\s|\b(?:their|its)\s", re.I)


def _label_key(text: str, table: Table) -> str:
    """The label column's header of a passage written a row a line ('Rank: 2; Brand: FarejoPet; ...'): the key whose
    value is a row's label; '' when none is."""
    for row in table.rows:
        m = re.search(rf"(?:^|;\s*|\n)([^:;\n]{{1,40}}):\s*{re.escape(row.split(SEP)[-1])}\s*(?:;|$|\n)", text)
        if m:
            return m.group(1).strip()
    return ""


def table_items_asked(ctx: AnswerContext, passage: int, table: Table, question: str) -> bool:
    """Whether the kind a 'which' question asks is the kind of the table's rows: its label column's header or another
    header names it ('which formats' of 'Format'), the question names a heading the rows sit under ('which domestic
    buyer types' of 'Domestic'), or the table's title or caption says the kind ('ranked foundries' of 'Top foundries');
    'which weather events reduced yields' asks causes the prose names, not the rows of a table of yields."""
    if _OWNED.search(question) or (_SUB.search(question) and any(SEP in r for r in table.rows)):
        return True  # 'which countries' yields', 'increased their investment', 'which sub-segments' of a table's headings
    text = ctx.passages[passage].chunk.text
    stub = row_stub(text, table) or _label_key(text, table)
    if kind_columns(question, ([stub] if stub else []) + list(table.columns)) or named_headings(table, question):
        return True
    kind = kind_head(question)
    titles = " ".join([table.caption or "", table.title or "", stub, text.split("\n", 1)[0]])
    return kind is not None and any(stems_meet(stem(kind), s) for s in _stems(titles))


def moved_items(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], backend: str) -> Answer | None:
    """The count ('how many') or the names ('which', of a kind the table's rows are) of the items (totals aside) that
    moved the way the verb says, by the bound when one is set; None unless the question asks items by a movement and
    exactly one table reads every item's change. A 'which' asking an extreme or a cause ('which drove the fall') is
    no such list."""
    ask = _ASK.match(question) or _WHICH.match(question)
    if ask is None:
        return None
    named = ask.group("ask").lower() == "which"
    if named and (_EXTREME.search(question) or re.search(r"\bor\b", question, re.I) or any(is_cause_verb(w) for w in re.findall(r"[a-z]+", question.lower()))):
        return None
    verbs = [v for v in _VERB.finditer(question, ask.end()) if not THRESHOLD.match(question, v.start())]
    bound = THRESHOLD.search(question)
    if bound is not None and re.match(r"(?:19|20)\d{2}[EF]?\s*(?:-|–|to\b)\s*(?:19|20)?\d{2}", question[bound.start(2):]):
        bound = None  # 'decline over 2020-2024': a span of years, no bound
    verbs = [v for v in verbs if bound is None or v.start() < bound.start() or v.start() >= bound.end()]
    if not verbs or (bound is not None and re.fullmatch(r"(?:19|20)\d{2}", bound.group(2).strip())):
        return None
    down = verbs[0].group("down") is not None
    if bound is None and re.search(r"(?<![\w/])\d[\d,.]*\s*%|\b(?:of|at|to)\s+\$?\d", _PERIOD.sub(" ", question)):
        return None  # 'growth of 10.5%': a figure to equal, no direction alone
    than = re.search(r"\bthan\s+(?:(?:in|at|for|during)\s+)?(?P<rest>[^?]*)", question, re.I)
    rival = None
    if bound is None and than and not _PERIOD.match(than.group("rest")):
        rival = rival_asked(question)  # 'grew faster than the overall market': a rival's change to meet
        if rival is None or named or re.search(r"\b(?:but|while|whereas|both)\b", question, re.I):
            return None  # (counted only, on that one condition: 'ranked below X but grew faster' sets two)
    if bound is not None and verbs[0].group(0).lower() in ("more", "less", "fewer", "higher", "lower") \
            and bound.group(1).lower() == "than":
        return None  # 'more than 10%' is the bound's own word, no movement
    every = every_asked(question)  # 'gained share in both 2023 and 2024': every step met, no one pair of periods
    if every is not None and (bound is not None or rival is not None):
        return None
    points = bool(bound and POINTS_AFTER.match(question[bound.end():]))
    pct_bound = None if bound is None else bool(bound.group(3)) and not points
    reads = []
    for passage, table in tables:
        if named and not table_items_asked(ctx, passage, table, question):
            continue
        rows = stated_rows(table, question) or items_no_total(table, question)
        if len(rows) < 2:
            continue
        if _SUB.search(question):  # 'sub-segments': the rows under a heading
            rows = [r for r in rows if SEP in r]
            if len(rows) < 2:
                continue
        if rival is not None:
            if (moved := _rival_read(table, rows, question, rival[1])) is not None:
                reads.append((passage, table, moved))
            continue
        if every is not None:
            if (moved := _walked(table, rows, question, every, down)) is not None:
                reads.append((passage, table, moved))
            continue
        column = _from_column(table, rows, question, pct_bound)
        computed = None if _per_year(question) else _computed(table, rows, question, points, pct_bound)
        moved = column if column and not (computed and _pair_named(table, question) > _column_named(table, question)) \
            else computed
        if named and moved is computed and not _pair_named(table, question) and len(change_columns(table, question)) > 1:
            continue  # names asked of a measure no column says, its change columns left undecided: no reading
        if moved:
            reads.append((passage, table, moved))
    read = one_table(reads)
    if read is None:
        return None
    passage, table, moved = read
    limit = None
    if bound is not None:
        limit = abs(float(re.sub(r"[^\d.]", "", bound.group(2)) or 0))
        asked_scale = SCALE_WORDS.get((bound.group(4) or "").lower().rstrip("s"))
        own = table_scale(ctx, passage, moved[0].cell.scale) if asked_scale else None
        if asked_scale and not own:
            return None
        limit = limit * asked_scale / own if asked_scale else limit
    if rival is not None:  # each item's change met against the rival row's (read last)
        moved, against = moved[:-1], moved[-1]
        met = [m for m in moved if (m.change > against.change if rival[0] else m.change < against.change)]
    else:
        met = [m for m in moved if (m.change < 0 if down else m.change > 0)
               and (limit is None or meets(abs(m.change), limit, question, bound))]
    names = [unmarked_label(m.cell.row.split(SEP)[-1]) for m in met]
    figures = "; ".join(f"{unmarked_label(m.cell.row.split(SEP)[-1])}: {m.shown}" for m in moved)
    if rival is not None:
        figures += f"; against {unmarked_label(against.cell.row.split(SEP)[-1])}: {against.shown}"
    hit = RowHit(passage, table, moved[0].cell.row, 0.0)
    if every is not None:
        ctx.memo["periods_walked"] = True  # (answer_covered: the every-period condition is read, no hedge)
    if named:
        if not met:
            return None
        lead = listed(names)
        return shaped_answer(ctx, [hit], f"**{lead}**. {figures} [1]", lead, "list", backend)
    derivation = {"op": "count", "operands": [{"value": m.cell.text, "citation": 1} for m in met], "result": str(len(met))}
    text = f"**{len(met)}** ({', '.join(names)}). {figures} [1]" if met else f"**0**. {figures} [1]"
    return shaped_answer(ctx, [hit], text, str(len(met)), "computed", backend, derivation=derivation)


def _rival_read(table: Table, rows: list[str], question: str, phrase: str) -> list[_Moved] | None:
    """Each item's % change and, last, the rival row's (the row the phrase names), read in the % change column named
    or computed from the two period columns; the items the whole's own parts when the rival is a whole; or None."""
    rival = rival_row(table, phrase)
    if rival is None:
        return None
    for items in parts_of_whole(table, rows, rival):
        if len(items) < 2:
            continue
        read = items + [rival]
        moved = _from_column(table, read, question, True) or _computed(table, read, question, False, True)
        if moved and len(moved) == len(read):
            return moved
    return None
