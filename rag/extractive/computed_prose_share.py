"""A share whose whole and part one sentence both gives: 'cash consideration of $61.5 million, of which $34.3
million was allocated to goodwill', 'Card and personal loans accounted for R2,106 million of the total impairment
charge of R4,912 million', 'Total AUM increased $38.6 billion, ..., comprising ... net client cash inflows of $6.7
billion'. General property: in a sentence of several amounts, each amount is of the phrase around it
(figure_owner.own_phrases; the sentence's opening words are its first amount's); 'what proportion of W was P' is
the amount whose phrase names most of P's words over the one whose phrase names most of W's, in one unit and
scale, the part no larger than the whole."""

from __future__ import annotations

from ingest.figures import NUMBER, Figure, parse_figures

from .. import compute
from ..types import Answer, AnswerContext, Citation
from .cells import words
from .computed_mixed import _ASKING, _REMAINDER, _SHARE, _YEARS, _is_row, prose_sentences
from .derivation import tidy
from .figure_owner import own_phrases
from .passage_tables import tables_of
from .slots import SCALE_WORD, Slots

# the units a share's two amounts may have: amounts and counts, never percents or years
_AMOUNTS = ("money", "count", "number")


def _best(said: list[int]) -> int | None:
    """The index of the one largest positive count; None on a tie or none."""
    top = max(said, default=0)
    return said.index(top) if top > 0 and said.count(top) == 1 else None


def whole_and_part(text: str, whole: set[str], part: set[str], year: int | None) -> tuple[Figure, Figure] | None:
    """(whole, part) amounts of one sentence: the amount whose own phrase names most of `whole`'s words and the
    one naming most of `part`'s, two different amounts of one unit and scale (of `year` when one is asked),
    the part no larger; None otherwise."""
    figures = [f for f in parse_figures(text) if f.unit in _AMOUNTS and not text[f.end:f.end + 1].isalpha()]
    if len(figures) < 2 or (year is not None and any(f.year not in (None, year) for f in figures)):
        return None
    spans = own_phrases(text, figures)
    spans[0] = (0, spans[0][1])  # the opening words are the first amount's subject ('Total AUM increased $38.6 billion')
    named = [set(words(text[s:e])) for s, e in spans]
    w, p = _best([len(whole & n) for n in named]), _best([len(part & n) for n in named])
    if w is None or p is None or w == p or len(part & named[p]) < len(part & named[w]):
        return None
    a, b = figures[w], figures[p]
    scale = {(m.group(1).lower() if (m := SCALE_WORD.search(f.text)) else None) for f in (a, b)}
    if a.unit != b.unit or a.currency != b.currency or len(scale) != 1 or not 0 < b.value <= a.value:
        return None
    return a, b


def sentence_share(ctx: AnswerContext, slots: Slots, backend: str) -> Answer | None:
    """'What proportion of W was P' from the one retrieved prose sentence giving both W's and P's amounts: P over W
    in percent, cited to that sentence; None unless exactly one sentence gives such a pair."""
    m = _SHARE.search(ctx.question)
    years = sorted(set(slots.years))
    if m is None or len(years) > 1:
        return None
    whole = set(words(_YEARS.sub(" ", m.group("whole")))) - _ASKING
    part = set(words(_YEARS.sub(" ", m.group("part")))) - _ASKING
    if not whole or not part or part & _REMAINDER or _is_row(tables_of(ctx), part):
        return None  # a part a table row names is the table's to answer
    found: dict[str, tuple[int, str, Figure, Figure]] = {}
    for i, text in prose_sentences(ctx):
        if not part <= set(words(text)):
            continue
        pair = whole_and_part(text, whole, part, years[0] if years else None)
        if pair is not None:
            found.setdefault(text, (i, text, *pair))
    if len(found) != 1:
        return None
    i, text, a, b = next(iter(found.values()))
    try:
        ops = [compute.Operand.of(NUMBER.search(f.text).group(0), label=f.text, citation=1) for f in (b, a)]
        c = tidy(compute.share(ops[0], ops[1]))
    except compute.ComputeError:
        return None
    citation = Citation.from_passage(1, ctx.passages[i], quote=text, figure=c.text)
    answer = f"**{c.text}** — share: {c.derivation}. From {b.text} of {a.text} [1]. {text} [1]"
    return Answer(question=ctx.question, answer=answer, figure=c.text, abstained=False, citations=[citation],
                  backend=backend, confidence=1.0, shape="computed", derivation=c.as_dict())
