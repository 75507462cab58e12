"""Two things of one period compared, each an amount a prose sentence gives: 'the difference between the cash
consideration received for the Yarrie rail spur and the net gain on disposal' of '... for cash consideration of
A$74.0 million, recognising a net gain on disposal of A$31.8 million'; 'by how much did favorable development in
workers' compensation exceed adverse development in commercial auto' of two sentences of one page.
General properties, of questions and passages:
- each side's amount is the one whose own phrase (figure_owner.own_phrases; a sentence's opening words are its first
  amount's) names most of that side's words, in a sentence naming most of them, no other amount as well named;
- 'the difference between A and B' is the larger less the smaller, 'by how much did A exceed B' and 'how much more A
  than B' are A - B; both amounts of one page, in one unit, currency and scale;
- the second side of 'how much more A than B' / 'by how many points does A trail / exceed B' is often elliptical
  ('than per cat', 'Japan's'): it contrasts with A's words in its place (the possessor of A's 's, else A's last words)
  and A's other words are the context both share, which only breaks ties between sentences;
- a difference asked in percentage points compares two percents, any other two amounts; 'A trails B' is B - A.
- sides that are both table rows are the table's to answer (computed_pairs)."""

from __future__ import annotations

import re

from ingest.figures import NUMBER, Figure, parse_figures

from .. import compute
from ..types import Answer, AnswerContext, Citation
from .cells import words
from .computed_mixed import _is_row, prose_sentences
from .derivation import tidy
from .figure_owner import own_phrases
from .passage_tables import tables_of
from .slots import SCALE_WORD, Slots

# an amount asked, not a definition: 'what was the difference between A and B' (a past 'was'), 'by how much did A
# exceed B', 'how much more A than B'
_ASKED = [(re.compile(r"^\s*what\s+(?:was|were)\s+the\s+difference\s+between\s+(?:the\s+)?(?P<a>.+?)\s+and\s+"
                      r"(?:the\s+)?(?P<b>.+?)\s*\??\s*$", re.I), True),
          (re.compile(r"^\s*by\s+how\s+much\s+(?:did|does|do|was|were|is|are)\s+(?:the\s+)?(?P<a>.+?)\s+"
                      r"(?:exceed|surpass|outstrip|top)(?:ed|s)?\s+(?:the\s+)?(?P<b>.+?)\s*\??\s*$", re.I), False)]
# 'how much more (was spent) A than B', 'by how many percentage points does A trail / exceed B': elliptical sides,
# A - B ('trail' and 'lag': B - A)
_ELLIPTIC = [re.compile(r"^\s*how\s+much\s+more\s+(?:(?:was|were|is|are|did|does|do)\s+)?(?P<a>.+?)\s+than\s+"
                        r"(?P<b>.+?)\s*\??\s*$", re.I),
             re.compile(r"^\s*by\s+how\s+(?:much|many\s+percentage\s+points)\s+(?:did|does|do|was|were|is|are)\s+"
                        r"(?P<a>.+?)\s+(?P<verb>exceed|surpass|outstrip|top|trail|lag(?:\s+behind)?)(?:ed|s)?\s+"
                        r"(?P<b>.+?)\s*\??\s*$", re.I)]
_POINTS = re.compile(r"\bpercentage\s+points?\b", re.I)
_POSSESSIVE = re.compile(r"['’]s\b")
_AMOUNTS = ("money", "count", "number")
_ASKING = frozenset(words("the of in for from during year amount value total"))


def _scale(f: Figure) -> str | None:
    m = SCALE_WORD.search(f.text)
    return m.group(1).lower() if m else None


def _candidates(ctx: AnswerContext, units: tuple[str, ...] = _AMOUNTS) -> list[tuple[int, str, Figure, set[str], set[str]]]:
    """(passage, sentence, amount, words of its own phrase, words of its sentence) of every amount (of `units`) of
    the retrieved prose."""
    out = []
    for i, text in prose_sentences(ctx):
        figures = [f for f in parse_figures(text) if f.unit in units and not text[f.end:f.end + 1].isalpha()]
        if not figures:
            continue
        spans = own_phrases(text, figures)
        spans[0] = (0, spans[0][1])
        said = set(words(text))
        out.extend((i, text, f, set(words(text[a:b])), said) for f, (a, b) in zip(figures, spans))
    return out


def _stems(ws: set[str]) -> set[str]:
    return {w[:4] for w in ws}


def side_amount(candidates: list[tuple[int, str, Figure, set[str], set[str]]], side: set[str], other: set[str],
                context: set[str] = frozenset()):
    """The candidate whose phrase names most of `side` (more than of `other`), its sentence naming all but one of
    `side`'s words at least, ties broken by the `context` words its sentence names (by their first four letters:
    'spent annually' of 'annual spending'); None unless one is best."""
    scored = []
    for cand in candidates:
        _, _, _, phrase, said = cand
        own = len(side & phrase)
        if own == 0 or own <= len(other & phrase) or len(side - said) > max(0, len(side) // 4):
            continue
        scored.append(((own, len(side & said), len(_stems(context) & _stems(said))), cand))
    if not scored:
        return None
    scored.sort(key=lambda x: x[0], reverse=True)
    if len(scored) > 1 and scored[1][0] == scored[0][0] and scored[1][1][2].value != scored[0][1][2].value:
        return None
    return scored[0][1]


def elliptic_sides(a: str, b: str) -> tuple[set[str], set[str], set[str]]:
    """(A's contrasting words, B's, the context A's other words give) of 'more A than B': B's words before its 's
    against A's possessor ('China's prepared-dish penetration' / 'Japan's'), else against A's last words in B's
    number ('spent annually per dog' / 'per cat')."""
    wa, wb = words(a), words(_POSSESSIVE.split(b)[0])
    if _POSSESSIVE.search(b) and _POSSESSIVE.search(a):
        core = words(_POSSESSIVE.split(a)[0])
    else:
        core = wa[-len(wb):] if 0 < len(wb) < len(wa) else wa
    return set(core), set(wb), set(wa) - set(core) - _ASKING


def _asked(question: str) -> tuple[set[str], set[str], set[str], bool, bool] | None:
    """(A's words, B's, context, absolute, B - A) of the difference the question asks of two things."""
    for rx, absolute in _ASKED:
        if (m := rx.search(question)) is not None:
            return set(words(m.group("a"))) - _ASKING, set(words(m.group("b"))) - _ASKING, set(), absolute, False
    for rx in _ELLIPTIC:
        if (m := rx.search(question)) is not None:
            a, b, context = elliptic_sides(m.group("a"), m.group("b"))
            trail = (m.groupdict().get("verb") or "").lower().startswith(("trail", "lag"))
            return a - _ASKING, b - _ASKING, context, False, trail
    return None


def prose_difference(ctx: AnswerContext, slots: Slots, backend: str) -> Answer | None:
    """'What was the difference between A and B' / 'by how much did A exceed B' / 'how much more A than B' from
    the amounts prose sentences of one page give A and B (two percents when points are asked); None unless each
    side has one best amount, both in one unit and scale."""
    if len(set(slots.years)) > 1:
        return None
    asked = _asked(ctx.question)
    if asked is None:
        return None
    a, b, context, absolute, trail = asked
    tables = tables_of(ctx)
    if not a or not b or a == b or (_is_row(tables, a) and _is_row(tables, b)):
        return None
    points = bool(_POINTS.search(ctx.question))
    candidates = _candidates(ctx, ("percent",) if points else _AMOUNTS)
    x, y = side_amount(candidates, a - b, b - a, context), side_amount(candidates, b - a, a - b, context)
    if x is None or y is None or x[2] is y[2]:
        return None
    if trail:
        x, y = y, x  # 'A trails B by': B - A
    fa, fb = x[2], y[2]
    pages = {(ctx.passages[c[0]].chunk.doc_id, ctx.passages[c[0]].chunk.page) for c in (x, y)}
    if len(pages) != 1 or fa.unit != fb.unit or fa.currency != fb.currency or _scale(fa) != _scale(fb):
        return None
    first, second = (x, y) if not absolute or fa.value >= fb.value else (y, x)
    try:
        ops = [compute.Operand.of(NUMBER.search(c[2].text).group(0), label=c[2].text, citation=n + 1)
               for n, c in enumerate((first, second))]
        done = tidy(compute.change(ops[0], ops[1]))
    except (compute.ComputeError, AttributeError):
        return None
    scale = _scale(fa)
    lead = f"{done.text} {scale}" if scale else f"{done.text} percentage points" if points else done.text
    citations: list[Citation] = []
    for c in (first, second):
        if all(q.quote != c[1] for q in citations):
            citations.append(Citation.from_passage(len(citations) + 1, ctx.passages[c[0]], quote=c[1], figure=lead))
    quoted = " ".join(f"{q.quote} [{q.n}]" for q in citations)
    return Answer(question=ctx.question, answer=f"**{lead}** — difference: {done.derivation}. {quoted}", figure=lead,
                  abstained=False, citations=citations, backend=backend, confidence=1.0, shape="computed",
                  derivation=done.as_dict())
