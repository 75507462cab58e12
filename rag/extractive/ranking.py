"""Questions that address a ranking table (a table with a Rank column: a leaderboard, a ranking of
companies by revenue) by its order: 'which company ranks third', 'which models top the index',
'which video model leads the arena', 'the two largest companies: their combined share / how far
apart'. The rows are addressed by their Rank cells (ties share a rank); the table by its title:
every word the question says of what is ranked must be in the table's title or headers, and among
tables that qualify, one whose title restricts the ranking by a word the question does not say
(a 'pureplay' ranking, asked of 'the' ranking) gives way to one that does not."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.keyword import tokenize
from ingest.tables import SEP, Cell, Table

from ..types import Answer, AnswerContext
from .cells import RowHit, tables_of
from .choice_names import alternatives
from .shape_text import citation_n, listed, shaped_answer
from .rank_words import asked, named_in_question, share_of_words
from .ranked_computed import computed_from_ranks
from .word_stems import header_said, said_stems, stem, stems_meet

# words that say how a ranking is asked about, not which ranking: they need not be in the title
ASKING = frozenset(tokenize(
    "which what who whose where how is are was were does do did rank ranks ranked ranking ranked place placed position "
    "stand stands standing sit sits sat come comes came close closes closed hold holds held take takes took have has had "
    "account accounts accounted capture captured command commands own owns get gets got reach reached post posts posted "
    "achieve achieved score scores scored lead leads led leader leaders leading top tops topped number one no first second "
    "third fourth fifth sixth seventh eighth ninth tenth last bottom largest biggest highest greatest best strongest "
    "smallest lowest least weakest two three four five six seven eight nine ten combined together jointly altogether total sum add up far apart "
    "gap difference differ much larger bigger higher more greater ahead margin between them their its it with and "
    "also respectively name list give tell ranked placed spot spots slot overall all entire whole such like "
    "including includes include lists listed among across within according show shows shown showed up appear "
    "appears appeared feature features featured separate separates separated spread point points many times average "
    "mean multiple factor trail trails trailed behind exceed exceeds exceeded beat beats outscore outscores percentage percent "
    # how the report presents a ranking, and a tie between rows, say nothing of what is ranked
    "reproduce reproduces reproduced cite cites cited present presents presented tie ties tied"))
_US = re.compile(r"\bU\.\s?S\.?(?=\W|$)|\bUS\b")


def ranking_terms(text: str) -> list[str]:
    """Tokens with 'U.S.' kept as one word, an adverb's 'ly' dropped ('globally' ~ 'global'), 'worldwide'
    and 'world' read as 'global'; one-letter tokens (a possessive 's') left out."""
    out = []
    for t in tokenize(_US.sub(" unitedstates ", text)):
        if len(t) < 2 and not t.isdigit():
            continue
        t = "global" if t in ("worldwide", "world", "globally") else t[:-2] if t.endswith("ly") and len(t) > 5 else t
        out.append(t)
    return out


@dataclass
class Ranking:
    """One ranking: its title, the header of its label column, its rows in order with their ranks."""

    caption: str
    label_header: str
    columns: list[str]
    rows: list[tuple[int, str, RowHit]] = field(default_factory=list)  # (rank, label, where it is written)
    title_terms: set[str] = field(default_factory=set)
    row_terms: set[str] = field(default_factory=set)

    def cells(self, hit: RowHit) -> dict[str, Cell]:
        return {c.column: c for c in hit.table.cells if c.row == hit.row}

    @property
    def measure(self) -> str | None:
        """The figure column the ranking is by: the last numeric column that is not the rank."""
        numeric = [col for col in self.columns if not is_rank(col)
                   and any(c.value is not None for _, _, h in self.rows for c in h.table.cells
                           if c.row == h.row and c.column == col)]
        return numeric[-1] if numeric else None

    def measure_asked(self, question: str) -> str | None:
        """The figure column the question names (every word of its own header said, the most header words said:
        'the combined Q4 2024 share' reads 'Q4 2024 share', not 'Q4 2024'): a computation's operands share the
        measure the question asks; else `measure`, the last figure column."""
        said = said_stems(question)
        numbers = set(re.findall(r"\d+", question))
        best, found = 0, []
        for col in self.columns:
            if is_rank(col) or text_column(self, col):
                continue
            n = _header_words_said(col, said, numbers)
            if n > best:
                best, found = n, [col]
            elif n == best and n:
                found.append(col)
        if len(found) == 1:
            return found[0]
        # no header said whole: the one figure column of the year the question names ('the combined 2024 revenue' of
        # 'Biologics CDMO revenue 2024' beside 'YoY growth'), else the last figure column
        dated = [col for col in self.columns if not is_rank(col) and not text_column(self, col)
                 and numbers & set(re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", col))]
        return dated[0] if not found and numbers and len(dated) == 1 else self.measure

    def terms(self) -> set[str]:
        return self.title_terms | set(ranking_terms(" ".join(self.columns + [self.label_header])))


def _header_words_said(column: str, said: list[str], numbers: set[str]) -> int:
    """How many words of a column header the question says (stems meeting, numbers equal), 0 unless it says
    every word of the header's own level ('Q4 2024' of 'Unit: USD million › Q4 2024')."""
    def count(part: str) -> tuple[int, int]:
        words = re.findall(r"[A-Za-z0-9][\w'’]*", part)
        hit = sum(1 for w in words if (w in numbers if w.isdigit() else any(stems_meet(stem(w), s, 5) for s in said)))
        return hit, len(words)
    parts = [count(p) for p in column.split(SEP)]
    own_hit, own_len = parts[-1]
    return sum(h for h, _ in parts) if own_len and own_hit == own_len else 0


def is_rank(column: str) -> bool:
    return ranking_terms(column.split(SEP)[-1]) == ["rank"]


def _label_header(text: str, table: Table) -> str:
    """The header of a record table's label column, from the header line the chunk writes
    ('Rank | Company name | Model | Index' for columns Rank, Company name, Index: 'Model')."""
    for line in text.splitlines():
        parts = [p.strip() for p in line.split(" | ")]
        if len(parts) == len(table.columns) + 1 and all(c in parts for c in table.columns):
            return next(p for p in parts if p not in table.columns)
    return ""


def rankings(ctx: AnswerContext) -> list[Ranking]:
    """The retrieved tables with a Rank column, the halves of one ranking (a side-by-side table read as
    two, the same table in two passages) merged by title and columns, rows in rank order."""
    return _collect([(passage, table, ctx.passages[passage].chunk) for passage, table in tables_of(ctx)])


def _unretrieved(ctx: AnswerContext, found: list[Ranking]) -> list[Ranking]:
    """The rankings of the retrieved rankings' reports that no retrieved passage carries (their titles
    only count: a retrieved ranking restricted by a word not asked gives way to an unrestricted one)."""
    snap = ctx.snapshot
    if snap is None or not hasattr(snap, "chunks") or not found:
        return []
    docs = {p.chunk.doc_id for p in ctx.passages if p.chunk.tables_json}
    taken = {p.chunk.chunk_id for p in ctx.passages}
    seen = {r.caption for r in found}
    items = []
    for c in snap.chunks:
        if c.doc_id in docs and c.tables_json and c.chunk_id not in taken:
            try:
                tables = c.tables
            except (ValueError, KeyError, TypeError):
                continue
            items += [(-1, t, c) for t in tables if (t.caption or "") not in seen]
    return _collect(items)


def _collect(items) -> list[Ranking]:
    found: dict[tuple, Ranking] = {}
    for passage, table, chunk in items:
        rank_col = next((c for c in table.columns if is_rank(c)), None)
        if rank_col is None:
            continue
        key = (chunk.doc_id, table.caption or "", tuple(table.columns))
        r = found.get(key)
        if r is None:
            r = found[key] = Ranking(table.caption or "", _label_header(chunk.text, table), list(table.columns))
        if not r.label_header:
            r.label_header = _label_header(chunk.text, table)
        have = {label for _, label, _ in r.rows}
        for row in table.rows:
            cell = next((c for c in table.cells if c.row == row and c.column == rank_col), None)
            label = row.split(SEP)[-1]
            if cell is None or cell.value is None or label in have:
                continue
            r.rows.append((int(cell.value), label, RowHit(passage, table, row, 0.0)))
            have.add(label)
    out = list(found.values())
    for r in out:
        r.rows.sort(key=lambda x: x[0])
        r.title_terms = set(ranking_terms(r.caption))
        r.row_terms = {t for _, label, h in r.rows for t in ranking_terms(" ".join([label] + [c.text for c in r.cells(h).values()
                                                                                   if c.value is None]))}
    _swap_titles(out)
    return out


def _swap_titles(found: list[Ranking]) -> None:
    """Two rankings whose titles differ by one word each ('Video Arena' / 'Speech Arena') while each one's
    rows name the other's word and not their own ('LTV Video' under 'Speech', 'Speech-02-HD' under 'Video')
    carry each other's title: the rows say what is ranked."""
    for i, a in enumerate(found):
        for b in found[i + 1:]:
            da, db = a.title_terms - b.title_terms, b.title_terms - a.title_terms
            if len(da) == 1 and len(db) == 1 and da & b.row_terms and db & a.row_terms \
                    and not da & a.row_terms and not db & b.row_terms:
                a.title_terms, b.title_terms = (a.title_terms - da) | db, (b.title_terms - db) | da


def _addressed(question: str, r: Ranking, publisher: str) -> bool:
    """Every word the question says of what is ranked is in the ranking's title or headers (or the
    publisher's name), and the question names the kind of thing its rows are ('company', 'model')."""
    asked_terms = [t for t in ranking_terms(question) if t not in ASKING and not re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", t)]
    own = r.terms() | r.row_terms | set(ranking_terms(publisher))  # a ranking is also named by rows it lists
    from .ranking_share import WHOLE_ROW
    own |= {t for _, _, h in r.rows[:1] for row in h.table.rows if WHOLE_ROW.search(row.split(SEP)[-1])
            for t in ranking_terms(row.split(SEP)[-1])}  # and by its whole's row ('World total')
    kinds = set(ranking_terms(" ".join([r.label_header] + r.columns))) | set(ranking_terms(r.caption))
    return bool(asked_terms) and all(t in own for t in asked_terms) and any(t in kinds for t in ranking_terms(question))


def _restricting(r: Ranking, others: list[Ranking], question_terms: set[str]) -> int:
    """The title words of `r` that no other qualifying ranking's title has and the question does not say."""
    if not others:
        return 0
    shared = set.intersection(*(o.title_terms for o in others))
    return len((r.title_terms - shared) - question_terms)


def _answer_column(question: str, r: Ranking) -> str | None:
    """The text column the question's 'which X' names when X is not what the rows are ('which company's
    model tops the index' of a table of models with a Company name column), else None (the row labels)."""
    m = re.search(r"\b(?:which|what|whose)\s+([\w'’-]+)", question, re.I)
    if m is None:
        return None
    head = ranking_terms(m.group(1))
    whose = m.group(0).lower().startswith("whose")
    if not head or head[0] in ranking_terms(r.label_header) and not whose:
        return None
    owners = [col for col in r.columns if col != r.label_header and not is_rank(col) and text_column(r, col)]
    if whose and head[0] in ranking_terms(r.label_header):
        # 'whose model ranks tenth' of a table of models: the owner is the one other text column ('Company name')
        return owners[0] if len(owners) == 1 else None
    for col in r.columns:
        if head[0] in ranking_terms(col) and not is_rank(col) and text_column(r, col):
            return col
    return None


def said_text_column(question: str, r: Ranking) -> str | None:
    """The one text column (no rank, no row label) whose header words the question all says, a word's stem
    meeting ('where ... headquartered' names 'Headquarters', 'its core strengths' 'Core strengths'): a row's
    text cell is addressed by its column header; None when none is, or two are, named."""
    said = said_stems(question)
    named = [col for col in owner_columns(r) if header_said(col.split(SEP)[-1], said)]
    return named[0] if len(named) == 1 else None


def one_per_rank(r: Ranking, rows: list) -> list:
    """The first row of each rank when rows tied at a rank give one figure in the measure; else the rows."""
    out, seen = [], {}
    for k, label, h in rows:
        cell = r.cells(h).get(r.measure) if r.measure else None
        if k in seen:
            if cell is None or seen[k] is None or cell.text != seen[k].text:
                return rows
            continue
        seen[k] = cell
        out.append((k, label, h))
    return out


def text_column(r: Ranking, col: str) -> bool:
    """No row of the ranking gives a figure in `col`: it holds names."""
    return all(c.value is None for _, _, h in r.rows for c in h.table.cells if c.row == h.row and c.column == col)


def owner_columns(r: Ranking) -> list[str]:
    """The ranking's name columns other than its label and rank ('Company name'): who owns each row."""
    return [c for c in r.columns if c != r.label_header and not is_rank(c) and text_column(r, c)]


def ranked_rows(ctx: AnswerContext, question: str, rank: int | None, backend: str,
                figure_asked: bool = False) -> Answer | None:
    """The row(s) at the rank asked of the one ranking the question addresses, with their figures,
    cited (the figure leads when it is what is asked, 'what share did the top-ranked company have',
    not a name); the sum of their figures or the gap between two, with its derivation; None otherwise."""
    ask = asked(question, rank)
    if ask is None or not ctx.passages or alternatives(question) is not None:
        return None  # 'does A lead B', 'which ranks higher, A or B': the named rows are compared (choice.py)
    # 'what share of world capacity do the top three hold': 'share' is the operation, not what is ranked
    said = share_of_words().sub(" ", question) if ask.op == "share" else question
    best = addressed_ranking(ctx, said)
    if best is None or unranked_measure(said, best):
        return None
    last = best.rows[-1][0]
    ranks = tuple(last if k == -1 else k for k in ask.ranks) if ask.ranks is not None else (last,)
    rows = [(k, label, h) for k, label, h in best.rows if k in ranks]
    n = len(ranks)
    if ask.top and ask.op and {k for k, _, _ in rows} != set(ranks) and len(best.rows) >= n \
            and (len(best.rows) == n or best.rows[n - 1][0] != best.rows[n][0]):
        rows = best.rows[:n]  # 'the top three' of ranks 1, 1, 3: the first three rows, no tie at the cut
    elif not rows or {k for k, _, _ in rows} != set(ranks):
        return None  # a rank the table does not give ('16th' of fifteen rows)
    measure = best.measure_asked(question) if ask.op is not None else best.measure
    if ask.op == "share":
        from .ranking_share import amount_measure
        measure = amount_measure(best, question)  # a share of the whole is of amounts, never of a rate column
    if ask.op in ("change", "multiple") and len(rows) > 2:
        rows = one_per_rank(best, rows)  # 'the top model and the tenth' of two tied first: one figure is the first
    figures = [best.cells(h).get(measure) if measure else None for _, _, h in rows]
    if ask.op is not None:
        return computed_from_ranks(ctx, best, rows, figures, ask.op, backend)
    from .period_cells import located

    # a passage may carry a whole table but write only some of its rows: each row is cited from the
    # passage that writes it (the figure checker reads the cited text), or the ranking does not answer
    hits = [located(ctx, h, [f] if f is not None else []) for (_, _, h), f in zip(rows, figures)]
    if any(h is None for h in hits):
        return None
    rows = [(k, label, h) for (k, label, _), h in zip(rows, hits)]
    column = _answer_column(question, best)
    if column is None and not re.match(r"\s*(?:which|who)\b", question, re.I) \
            and (column := said_text_column(question, best)) is not None:  # ('which X' asks the rows, or _answer_column's)
        figure_asked = False  # 'where is the fourth-ranked CRO headquartered': its Headquarters cell, no figure
    names = [best.cells(h)[column].text if column and column in best.cells(h) else label for _, label, h in rows]
    names = list(dict.fromkeys(names))
    if not figure_asked and all(named_in_question(n, question) for n in names):
        return None  # 'which Google model is lowest, with Speech-02-HD first': the row named is a given, not asked
    hits = [h for _, _, h in rows]
    lead = listed(names)
    shown = list(dict.fromkeys(f.text for f in figures if f is not None))
    if figure_asked and len(shown) == 1:
        lead = shown[0]
    each = "; ".join(f"{k}. {label}" + (f" — {measure}: {f.text}" if f is not None else "")
                     + f" [{citation_n(ctx, hits, h)}]" for (k, label, h), f in zip(rows, figures))
    title = f" in the ranking '{best.caption}'" if best.caption else ""
    text = f"**{lead}**. Rank {'/'.join(str(k) for k in dict.fromkeys(k for k, _, _ in rows))}{title}: {each}"
    shape = "figure" if figure_asked and len(shown) == 1 else "list" if len(names) > 1 else "which"
    return shaped_answer(ctx, hits, text, lead, shape, backend)


def unranked_measure(question: str, r: Ranking) -> bool:
    """Whether the question names (every header word said, a bracketed note aside) a figure column the rank does
    not order ('the highest CodeArena score' of a leaderboard ranked by Composite score): its figures down the
    ranks neither fall nor rise throughout, so the rank answers nothing of it."""
    said = said_stems(question)
    for col in r.columns:
        if is_rank(col) or not header_said(re.sub(r"\([^)]*\)", " ", col.split(SEP)[-1]), said):
            continue
        values = [c.value for _, _, h in r.rows for c in h.table.cells if c.row == h.row and c.column == col]
        if len(values) >= 3 and None not in values and values != sorted(values) and values != sorted(values, reverse=True):
            return True
    return False


def addressed_ranking(ctx: AnswerContext, question: str) -> Ranking | None:
    """The one retrieved ranking the question addresses, with rows; None when none does, or two do as well."""
    found = rankings(ctx)
    if not found:
        return None
    publisher = " ".join(dict.fromkeys(p.chunk.publisher for p in ctx.passages))
    fit = [r for r in found if _addressed(question, r, publisher)]
    if not fit:
        return None
    q_terms = set(ranking_terms(question))
    scored = sorted(((_restricting(r, [o for o in fit if o is not r], q_terms), i, r) for i, r in enumerate(fit)),
                    key=lambda x: x[:2])
    best = scored[0][2]
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None  # two rankings fit the question as well: it does not say which
    # restricted by a word not asked ('pureplay') while the report has a less restricted ranking not retrieved
    if any(_restricting(best, [o], q_terms) > _restricting(o, [best], q_terms)
           for o in _unretrieved(ctx, found) if _addressed(question, o, publisher)):
        return None
    return best if best.rows else None
