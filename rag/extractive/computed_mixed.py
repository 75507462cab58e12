"""Computed answers whose operands come from both a table and the prose of its page (TAT-QA's
'table-text'): a report prints the whole in its table and writes a part in a sentence beside it.
General properties, of questions, tables and passages:
- an operand may come from any prose sentence of the table's page: the one sentence naming every word
  of the thing asked and giving one figure of the year asked ('respectively' pairing names and figures);
- the whole of a share ('what proportion of total X were Y', 'of Europe revenue came from Germany') is
  the table row the whole's words name (its total row when 'total' is asked); the part is no row;
- 'X excluding / outside Y' is X's row less Y's figure; a sentence giving that remainder's (or Y's)
  percent of the total gives it as that percent of (or 100% less) the total;
- both operands in one scale (the cell's, or the one '(in thousands ...)' note the page writes), the part
  no larger than the whole; else None (no bold from a guessed operand)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from ingest.figures import Figure, parse_figures
from ingest.sentences import split_sentences
from ingest.tables import SEP, Cell, Table

from .. import compute
from ..types import Answer, AnswerContext, Citation
from .cells import RowHit, words
from .computed_complement import asked_complement, without_complement
from .dated_figures import dated
from .figure_owner import own_phrases
from .derivation import shown, tidy
from .passage_tables import tables_of
from .period_cells import located, period_cell
from .pick import respective
from .shape_text import row_line
from .slots import Slots

# 'what proportion of W (in 2019) were / came from P': the whole, then the part
_SHARE = re.compile(r"\b(?:proportion|percentage|share|fraction|portion)\s+of\s+(?:the\s+)?(?P<whole>.+?)\s+"
                    r"(?:(?:was|were|is|are)\s+(?:attributable|attributed|allocated|related|due)\s+to|"
                    r"was|were|is|are|came from|come from|comes from|was from|were from|related to|"
                    r"was made up of|were made up of|is made up of)\s+(?:the\s+)?(?P<part>[^?]+?)\s*\??$", re.I)
_YEARS = re.compile(r"\b(?:in|for|during|at|of)?\s*(?:fiscal\s+(?:year\s+)?|FY\s?)?(?:19|20)\d{2}\b", re.I)
_NOTE = re.compile(r"\(\s*in\s+(thousands|millions|billions)\b", re.I)
_SCALES = {"thousand": "thousand", "thousands": "thousand", "million": "million", "millions": "million",
           "billion": "billion", "billions": "billion"}
_SCALE_WORD = re.compile(r"\b(thousand|million|billion)\b", re.I)
_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?![\d%])")
# the words a question writes about the operation or the asking, naming neither operand
_ASKING = frozenset(words("what was were is are the of in for from customer customers revenue amount value"))
# what a whole holds besides its named parts ('what share ... is left'): a remainder, no part a sentence names
_REMAINDER = frozenset(words("left remaining remainder rest other others unallocated"))


def prose_sentences(ctx: AnswerContext, page_of: int | None = None) -> list[tuple[int, str]]:
    """(passage, sentence) of the retrieved prose passages, table lines left out; on the page of passage `page_of`
    when given. One reader for every computation that takes operands from prose."""
    home = ctx.passages[page_of].chunk if page_of is not None else None
    out = []
    for i, p in enumerate(ctx.passages):
        c = p.chunk
        if c.tables_json or (home is not None and (c.doc_id != home.doc_id or c.page != home.page)):
            continue
        for s, e in split_sentences(c.text):
            text = c.text[s:e].strip()
            if text and " — " not in text:
                out.append((i, text))
    return out


def _scale(ctx: AnswerContext, passage: int, table: Table, cell: Cell) -> str | None:
    """The cell's scale, else the one '(in thousands ...)' note the table's caption or page prose writes."""
    if cell.scale:
        return cell.scale
    notes = {_SCALES[m.group(1).lower()] for t in [table.caption or "", *(s for _, s in prose_sentences(ctx, passage))]
             for m in _NOTE.finditer(t)}
    return notes.pop() if len(notes) == 1 else None


def _label_words(row: str) -> set[str]:
    return set(words(re.sub(r"\([^)]*\)", " ", row.split(SEP)[-1])))


def whole_row(tables: list[tuple[int, Table]], asked: set[str],
              order: Sequence[str] = ()) -> tuple[int, Table, str] | None:
    """The one row whose label's words are all among `asked` and name most of them; None on a tie. With `order`
    (the asked words as the question writes them), a free 'total' counts for nothing against a row naming an
    earlier word: a noun phrase's modifiers come before its head ('Advertising revenue': the row 'Advertising'
    of a revenue table, not 'Total revenues')."""
    found = []
    at = {w: k for k, w in reversed(list(enumerate(order)))}
    for i, table in tables:
        for row in table.rows:
            own = _label_words(row)
            if own and own <= asked:
                rank = (len(own - {"total"}), -min(at.get(w, len(at)) for w in own), "total" in own) if at else len(own)
                found.append((rank, i, table, row))
    if not found:
        return None
    best = max(f[0] for f in found)
    top = {(f[3], tuple(c.text for c in f[2].cells if c.row == f[3])): f for f in found if f[0] == best}
    if len(top) != 1:
        return None
    _, i, table, row = next(iter(top.values()))
    return i, table, row


def _named(text: str, part: set[str]) -> bool:
    return part <= set(words(text))


def part_figure(sentences: list[tuple[int, str]], part: set[str], year: int, slots: Slots,
                units: tuple[str, ...]) -> tuple[int, str, Figure] | None:
    """The one figure of the year asked (of `units`) that the one sentence naming every word of the part gives
    (a sentence writing no year: of the one year the sentence before it writes), in its place when the
    sentence lists names and figures 'respectively'; None unless exactly one."""
    found = []
    for k, (i, text) in enumerate(sentences):
        if not _named(text, part):
            continue
        # a number inside a name ('the 53rd week', '5G') measures nothing
        figures = [f for f in dated(text, parse_figures(text)) if f.unit != "year" and not text[f.end:f.end + 1].isalpha()]
        figures = respective(text, figures, slots) or _respective_of(text, figures, part) or figures
        # a sentence writing no year is of the year the sentence before it in its passage writes
        before = sentences[k - 1][1] if k and sentences[k - 1][0] == i and not _YEAR.search(text) else ""
        years = {int(y) for y in _YEAR.findall(before)}
        mine = [f for f in figures if f.unit in units
                and (f.year == year or f.year is None and (str(year) in text or years == {year}))]
        found.extend((i, text, f) for f in _owned(text, mine, part))
    return found[0] if len(found) == 1 else None


def _owned(text: str, figures: list[Figure], part: set[str]) -> list[Figure]:
    """Of a sentence's several figures, the one whose own phrase (figure_owner.own_phrases) names the most words
    of the part ('a $104.2 million impairment of our legacy copper network assets ... and a $14.4 million
    write-down'): all of them when none or a tie."""
    if len(figures) < 2:
        return figures
    said = [len(part & set(words(text[s:e]))) for s, e in own_phrases(text, figures)]
    return [figures[said.index(max(said))]] if said.count(max(said)) == 1 else figures


_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _respective_of(text: str, figures: list[Figure], part: set[str]) -> list[Figure] | None:
    """'Revenue from Germany and the United Kingdom represented $1,462 million and $1,318 million,
    respectively': the figure in the place of the one listed name holding every word of the part."""
    if not re.search(r"\brespectively\b", text, re.I) or len(figures) < 2 or len({f.unit for f in figures}) != 1:
        return None
    names = _LIST_SPLIT.split(text[:figures[0].start])[-len(figures):]
    if len(names) != len(figures):
        return None
    at = [k for k, name in enumerate(names) if _named(name, part)]
    return [figures[at[0]]] if len(at) == 1 else None


def _operand(f: Figure, label: str, citation: int, scale: str | None, unit: str | None) -> compute.Operand | None:
    """A prose figure as an operand in the table's scale: its scale word must be the table's (or both none)."""
    m = _SCALE_WORD.search(f.text)
    if (m.group(1).lower() if m else None) != scale and f.unit != "percent":
        return None
    try:
        o = compute.Operand.of(_SCALE_WORD.sub("", f.text).strip(), label=label, citation=citation)
    except compute.ComputeError:
        return None
    return replace(o, scale=scale, unit=unit) if f.unit != "percent" else replace(o, unit="%")


def _answer(ctx: AnswerContext, c: compute.Computed, hit: RowHit, cell: Cell, at: tuple[int, str], label: str,
            backend: str, scale: str | None) -> Answer:
    """The result and its derivation, the sentence's figure and the row's cell each cited."""
    parts = [(hit.passage, row_line(hit)), at]
    ids = list(dict.fromkeys(ctx.passages[i].chunk_id for i, _ in parts))
    n_row, n_text = (ids.index(ctx.passages[i].chunk_id) + 1 for i, _ in parts)
    lead = c.text + (f" {scale}" if scale and c.unit != "%" else "")
    c = replace(c, operands=tuple(replace(o, citation=n_text if o.label == label else n_row) for o in c.operands))
    citations = []
    for i, quote in parts:
        if all(x.chunk_id != ctx.passages[i].chunk_id for x in citations):
            citations.append(Citation.from_passage(len(citations) + 1, ctx.passages[i], quote=quote, figure=lead))
    cell_text = " ".join(cell.text.split())
    names = {"share": "share", "complement": "excluding", "part_of": "share of the total"}
    text = (f"**{lead}** — {names.get(c.op, c.op)}: {c.derivation}. From {label} [{n_text}]; "
            f"{hit.row} ({cell.column.split(SEP)[-1]}): {cell_text} [{n_row}]. {at[1]} [{n_text}]")
    d = c.as_dict()
    return Answer(question=ctx.question, answer=text, figure=lead, abstained=False, citations=citations,
                  backend=backend, confidence=1.0, shape="computed", derivation=d)


def _cell(ctx: AnswerContext, found: tuple[int, Table, str], year: int) -> tuple[RowHit, Cell] | None:
    i, table, row = found
    cell = period_cell(RowHit(i, table, row, 1.0), year, ctx.question)
    if cell is None or cell.value is None or cell.unit == "%":
        return None
    hit = located(ctx, RowHit(i, table, row, 1.0), [cell])
    return (hit, cell) if hit is not None else None


def _units(cell: Cell) -> tuple[str, ...]:
    """The prose units an operand beside the cell may have: money beside a currency's cell, else a count; a bare
    cell of a table scaled '(in millions)' is an amount the prose may write with its currency ('$104.2 million')."""
    if cell.unit and cell.unit != "%":
        return ("money",)
    return ("count", "number", "money") if cell.scale else ("count", "number")


def _is_row(tables: list[tuple[int, Table]], part: set[str]) -> bool:
    """A row of a table names every word of the part: the table answers, not the prose."""
    return any(part <= _label_words(r) for _, t in tables for r in t.rows)


# a whole named by its movement: a change of a row, not the row
_MOVED = frozenset(words("increase decrease growth change rise fall decline gain drop"))


def text_part_share(ctx: AnswerContext, slots: Slots, backend: str) -> Answer | None:
    """'What proportion of W in 2019 were P': P's figure from a sentence over W's row, in percent; else None."""
    m = _SHARE.search(ctx.question)
    years = sorted(set(slots.years))
    if m is None or len(years) != 1:
        return None
    whole = set(words(_YEARS.sub(" ", m.group("whole"))))
    part = set(words(_YEARS.sub(" ", m.group("part")))) - _ASKING
    if part & _REMAINDER or whole & _MOVED:
        return None  # (the share of 'the increase in total AUM' is of the change, not of the row's level)
    tables = tables_of(ctx)
    if not whole or not part or _is_row(tables, part) or (found := whole_row(tables, whole)) is None:
        return None
    got = _cell(ctx, found, years[0])
    if got is None:
        return None
    hit, cell = got
    at = part_figure(prose_sentences(ctx, hit.passage), part, years[0], slots, _units(cell))
    scale = _scale(ctx, hit.passage, hit.table, cell)
    if at is None:
        return None
    i, text, f = at
    o = _operand(f, f.text, 0, scale, None)
    if o is None or not 0 < o.value <= abs(Decimal(str(cell.value))):
        return None
    whole_o = replace(compute.Operand.from_cell(cell), unit=None, scale=scale)
    try:
        c = tidy(compute.share(o, whole_o))
    except compute.ComputeError:
        return None
    return _answer(ctx, c, hit, cell, (i, text), f.text, backend, scale)


def text_complement(ctx: AnswerContext, slots: Slots, backend: str) -> Answer | None:
    """'X excluding Y' / 'X outside Y' in a year: X's row less Y's figure from a sentence, or the total times
    the percent a sentence gives the remainder (100% less Y's percent); else None."""
    aside = asked_complement(ctx.question)
    years = sorted(set(slots.years))
    if aside is None or len(years) != 1:
        return None
    excluded = set(words(aside))
    order = words(_YEARS.sub(" ", without_complement(ctx.question)))
    asked = set(order) - set(words("non outside other than excluding"))
    tables = tables_of(ctx)
    if not excluded or _is_row(tables, excluded):
        return None
    found = whole_row(tables, asked | {"total"}, order)
    got = _cell(ctx, found, years[0]) if found is not None else None
    if got is None:
        return None
    hit, cell = got
    scale = _scale(ctx, hit.passage, hit.table, cell)
    whole_o = replace(compute.Operand.from_cell(cell), scale=scale)
    sentences = prose_sentences(ctx, hit.passage)
    rate = part_figure(sentences, excluded, years[0], slots, ("percent",))
    if rate is not None:
        i, text, f = rate
        outside = re.search(rf"\b(?:outside|other than|excluding)\s+(?:of\s+)?(?:the\s+)?{re.escape(aside)}", text, re.I)
        o = _operand(f, f.text, 0, scale, None)
        if o is None or not 0 < o.value < 100:
            return None
        if not outside:  # the set-aside thing's percent: the rest is 100% less it
            o = replace(o, value=100 - o.value)
        try:
            c = compute.part_of(o, whole_o)
        except compute.ComputeError:
            return None
        c = _two_places(c, f"{shown(o)} × {shown(whole_o)}")
        return _answer(ctx, c, hit, cell, (i, text), f.text, backend, scale)
    amount = part_figure(sentences, excluded, years[0], slots, _units(cell))
    if amount is None:
        return None
    i, text, f = amount
    o = _operand(f, f.text, 0, scale, whole_o.unit)
    if o is None or not 0 < o.value < abs(whole_o.value):
        return None
    c = tidy(compute.complement(whole_o, o))
    return _answer(ctx, c, hit, cell, (i, text), f.text, backend, scale)


def _two_places(c: compute.Computed, formula: str) -> compute.Computed:
    """A percent of an amount to two decimals at most, trailing zeros dropped ('358,603.84')."""
    q = c.exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    s = f"{q:,.2f}".rstrip("0").rstrip(".")
    return replace(c, result=Decimal(s.replace(",", "")), text=s, derivation=f"{formula} = {s}")



SHARE_PART_WHY = "the question asks one part's share, and the sentence giving the percent names no word of that part"


def share_part_unnamed(question: str, sentence: str, figures: list[Figure]) -> str | None:
    """SHARE_PART_WHY when a share of a whole is asked ('what proportion of W were P'), the lead is only percents and
    its sentence writes no word of the part P: the percent is another part's share ('exports accounted for
    42.6% of sales volume' for 'WP products'); else None."""
    m = _SHARE.search(question)
    if m is None or not figures or any(f.unit != "percent" for f in figures):
        return None
    part = set(words(_YEARS.sub(" ", m.group("part")))) - _ASKING
    return SHARE_PART_WHY if part and not part & _REMAINDER and not part & set(words(sentence)) else None
