"""A list read down a table's column: 'which models are on the video arena leaderboard', 'what customer
and revenue streams does the table list'. The kind asked (a plural the question opens with) is a column's
header ('Customer & Revenue streams', 'Company name') or the label column's ('Model'); the answer is that
column's distinct values in table order (the top ranks only when asked: 'in the top ten'), each row cited.

General properties, of questions and tables:
- a header names what its column holds: 'Company name' holds companies, 'Model' models;
- a question asks the whole column when it opens by asking a plural of that header's words and every
  other word it says of the table is a word of the table's title or headers (or of its rows' names);
- a name the question gives that is a cell of the table restricts the rows (ranking_owned.py answers)."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.tables import SEP

from ..types import Answer, AnswerContext
from .cells import RowHit, tables_of
from .kept_patterns import compiled
from .period_cells import located
from .ranked import row_stub
from .row_sets import THRESHOLD
from .question_readings import extreme_asked
from .ranking import ASKING, is_rank, ranking_terms, text_column, addressed_ranking, asked
from .shape_text import citation_n, listed, shaped_answer
from .slots import Slots
from .word_stems import header_said, said_stems, stem

_OPENS = re.compile(r"^\s*(?:which|what|who|list|name|identify)\b(?P<rest>(?:\s+[\w&'’-]+){1,6})", re.I)
_NOT_KIND = frozenset({"name", "names", "title"})
_NAME_WORDS = 12
_VERBS = frozenset("are is was were do does did have has had can could will would should may".split())
_TABLE_WORDS = frozenset({"table", "tables", "shown", "given", "presented", "report", "ranked"})


def kind_columns(question: str, headers: list[str]) -> list[str]:
    """The headers whose head noun (a 'name' aside) the question asks as a plural in its opening words
    ('which companies' for 'Company name', 'what customer and revenue streams' for 'Customer & Revenue
    streams', 'what revenue streams'), the plural asked first, then those with more of their words asked, first."""
    m = _OPENS.match(question)
    if m is None:
        return []
    words = [w.rstrip("'’") for w in re.findall(r"[\w'’-]+", m.group("rest"))]
    if words and words[0].lower() in _VERBS:
        words = words[1:]  # 'what are the streams'
    # the noun phrase asked ends at its verb: 'what combined share do the companies hold' asks a share
    cut = next((i for i, w in enumerate(words) if w.lower() in _VERBS), len(words))
    plural: dict[str, int] = {}  # each plural's place: the first asked is the kind ('which companies have models')
    for i, w in enumerate(words[:cut]):
        for t in ranking_terms(w) if w.lower().endswith("s") else []:
            if w.lower() != t:
                plural.setdefault(t, i)
    opened = set(ranking_terms(m.group("rest")))
    found = []
    for h in headers:
        own = [t for t in ranking_terms(h.split(SEP)[-1]) if t not in _NOT_KIND]
        if own and own[-1] in plural:  # the header's head noun, asked as a plural
            found.append((plural[own[-1]], -len(set(own) & opened), h))
    return [h for *_, h in sorted(found, key=lambda x: x[:2])]


def _addressed(question: str, kind: str, titles: str) -> bool:
    """Every word the question says beyond asking the kind is a word of the table's title, headers or heading line."""
    said = [t for t in ranking_terms(question) if t not in ASKING and t not in _TABLE_WORDS and t not in ranking_terms(kind)
            and not re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", t)]
    own = set(ranking_terms(titles))
    return all(t in own for t in said)


def _named_cell(slots: Slots, texts: set[str]) -> bool:
    return any(f.lower() in texts for e in slots.entities for f in e.forms)


def _written(ctx: AnswerContext, hit: RowHit, cell) -> RowHit | None:
    """An unlabelled row ('Row 2') cited from the retrieved passage writing its cell under its header."""
    if cell is None:
        return None
    said = f"{cell.column.split(SEP)[-1]}: {' '.join(cell.text.split())}"
    return next((replace(hit, passage=i) for i, p in enumerate(ctx.passages) if said in " ".join(p.chunk.text.split())), None)


def _answer(ctx: AnswerContext, rows: list[tuple[str, RowHit, object]], title: str, header: str,
            backend: str) -> Answer | None:
    """'**A, B and C**. Header of 'title': A [1]; B [2]...': each distinct name cited at its first row."""
    hits = [located(ctx, h, [c] if c is not None else []) or _written(ctx, h, c) for _, h, c in rows]
    if any(h is None for h in hits):
        return None
    names = list(dict.fromkeys(n for n, _, _ in rows))
    if len(names) < 2 or any(len(n.split()) > _NAME_WORDS for n in names):  # sentences are no names
        return None
    first: dict[str, RowHit] = {}
    for (n, _, _), h in zip(rows, hits):
        first.setdefault(n, h)
    each = "; ".join(f"{n} [{citation_n(ctx, hits, h)}]" for n, h in first.items())
    named = f" of '{title}'" if title else ""
    text = f"**{listed(names)}**. {header}{named}: {each}"
    return shaped_answer(ctx, hits, text, listed(names), "list", backend)


def ranking_column(ctx: AnswerContext, slots: Slots, backend: str) -> Answer | None:
    """The names of the kind asked down the addressed ranking (every row, or the ranks up to the top
    n asked, ties included), from its label column or the column the kind names."""
    best = addressed_ranking(ctx, ctx.question)
    if best is None:
        return None
    texts = [c for c in best.columns if not is_rank(c) and text_column(best, c)]
    kinds = kind_columns(ctx.question, ([best.label_header] if best.label_header else []) + texts)
    if not kinds:
        return None
    ask = asked(ctx.question, slots.rank)
    if ask is not None and not (ask.top and ask.op is None and ask.ranks):
        return None  # one rank, the last, or figures computed: ranking.py answers
    top = len(ask.ranks) if ask is not None else None
    rows = [(k, label, h) for k, label, h in best.rows if top is None or k <= top]
    if _named_cell(slots, {" ".join(c.text.split()).lower() for _, _, h in best.rows for c in best.cells(h).values()}):
        return None  # 'which Google models': the rows a name owns (ranking_owned.py)
    column = kinds[0]
    out = []
    for _, label, h in rows:
        cell = best.cells(h).get(column) if column != best.label_header else None
        if column != best.label_header and cell is None:
            return None
        out.append((" ".join(cell.text.split()) if cell is not None else label, h, cell))
    return _answer(ctx, out, best.caption, column, backend)


def table_column(ctx: AnswerContext, slots: Slots, backend: str) -> Answer | None:
    """The distinct values of the column (or the row labels under the label column's header) whose header
    is the kind asked, of the one retrieved table the question addresses; None otherwise."""
    found = {}
    for passage, table in tables_of(ctx):
        stub = row_stub(ctx.passages[passage].chunk.text, table)
        texts = [c for c in table.columns
                 if all(x.value is None for x in table.cells if x.column == c)]
        kinds = kind_columns(ctx.question, ([stub] if stub else []) + texts)
        if not kinds:
            continue
        titles = " ".join([table.caption or "", stub, *table.columns, ctx.passages[passage].chunk.text.split("\n", 1)[0]])
        if not _addressed(ctx.question, kinds[0], titles):
            continue
        key = (ctx.passages[passage].chunk.doc_id, table.caption or "", tuple(table.columns), tuple(table.rows))
        found.setdefault(key, (passage, table, kinds[0], stub))
    if len(found) != 1:
        return None  # none, or two tables the question does not tell apart
    passage, table, column, stub = next(iter(found.values()))
    if _named_cell(slots, {" ".join(c.text.split()).lower() for c in table.cells}):
        return None
    out = []
    for row in table.rows:
        hit = RowHit(passage, table, row, 0.0)
        if column == stub:
            label = row.split(SEP)[-1]
            if re.fullmatch(r"Row \d+", label):
                return None
            out.append((label, hit, None))
            continue
        cell = next((c for c in table.cells if c.row == row and c.column == column), None)
        if cell is None or not cell.text.strip():
            continue
        out.append((" ".join(cell.text.split()), hit, cell))
    return _answer(ctx, out, table.caption or "", column, backend)


def _said(name: str, question: str) -> bool:
    name = " ".join(name.split())
    return len(name) >= 4 and compiled(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.I).search(question) is not None


_IRREGULAR = {"led": "lead", "held": "hold", "won": "win", "sold": "sell", "bought": "buy", "made": "make", "built": "build"}
_DATED = re.compile(r"\b(?:date|day|month|year|quarter|time|when)\b", re.I)
_AGENT = re.compile(r"(?:or|er|ist|ant)$")


def asked_stems(question: str, header: str = "") -> list[str]:
    """The stems a question says a text column's header by: its words (a past tense read as its verb: 'tested' ~
    'Test', 'led' ~ 'Lead'), 'date' when it asks 'when' (a date column says when), and the header's agent nouns
    ('investor', 'developer') when it asks 'who' (such a column says who)."""
    said = said_stems(question)
    for w in re.findall(r"[a-z]+", question.lower()):
        if w in _IRREGULAR:
            said.append(stem(_IRREGULAR[w]))
        elif w.endswith("ed") and len(w) > 5:
            said.append(stem(w[:-2]))
    opening = re.match(r"\s*(when|who)\b", question, re.I)
    if opening and opening.group(1).lower() == "when":
        said.append("date")
    if opening and opening.group(1).lower() == "who":
        said += [stem(w) for w in re.findall(r"[a-z]+", header.lower()) if _AGENT.search(w)]
    return said


def row_text_cell(ctx: AnswerContext, question: str, backend: str) -> Answer | None:
    """'What are the core strengths of Brightfield CRO?', 'In which segment does Ferrolith operate?': the one row
    whose label (or a name cell) the question says, read in the one other text column whose header words it says
    (stems meeting; 'when' says a date column, 'who' an agent's: asked_stems): a text cell addressed by its row and
    its column header. None unless one table so reads."""
    found = {}
    when = re.match(r"\s*when\b", question, re.I) is not None  # 'when' is answered by a date column alone
    for passage, table in tables_of(ctx):
        texts = [c for c in table.columns if all(x.value is None for x in table.cells if x.column == c)]
        rows = {r for r in table.rows if _said(r.split(SEP)[-1], question)}
        rows |= {c.row for c in table.cells if c.column in texts and _said(c.text, question)}
        if len(rows) != 1:
            continue
        row = rows.pop()
        cells = [c for c in table.cells if c.row == row and c.column in texts and c.text.strip()
                 and (not when or _DATED.search(c.column.split(SEP)[-1]))
                 and not _said(c.text, question)
                 and header_said(c.column.split(SEP)[-1], asked_stems(question, c.column.split(SEP)[-1]))]
        if len(cells) == 1:
            found.setdefault((tuple(table.rows), tuple(table.columns)), (passage, table, row, cells[0]))
    if len(found) != 1:
        return None
    passage, table, row, cell = next(iter(found.values()))
    hit = located(ctx, RowHit(passage, table, row, 0.0), [cell])
    if hit is None:
        return None
    lead = " ".join(cell.text.split())
    text = f"**{lead}**. {row.split(SEP)[-1]} — {cell.column.split(SEP)[-1]}: {lead} [1]"
    return shaped_answer(ctx, [hit], text, lead, "which", backend)


def column_listed(ctx: AnswerContext, slots: Slots, backend: str) -> Answer | None:
    """A list of the kind a column's header names: down the addressed ranking, else down the one table; the one
    row the question names read in that column (row_text_cell)."""
    if not ctx.passages or not re.match(r"^\s*(?:in\s+)?(?:which|what|who|when|list|name|identify)\b", ctx.question, re.I):
        return None
    if (got := row_text_cell(ctx, ctx.question, backend)) is not None:
        return got
    if not _OPENS.match(ctx.question) or THRESHOLD.search(ctx.question) or extreme_asked(ctx.question):
        return None  # 'which models scored below 65', 'which two had the most': rows meeting it, never the whole column
    return ranking_column(ctx, slots, backend) or table_column(ctx, slots, backend)
