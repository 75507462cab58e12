"""A part of a whole the question itself states: 'of the 220 incidents in 2024, how many stemmed from AI
implementation' (the part given as a percent: its amount is computed), 'X's share of the ~700 million yuan
investment' (the part given as an amount: its share is computed).
General properties, of questions and passages:
- a figure the question states is given, not asked: the sentence stating the same figure (same unit and
  value) with the words the question writes right after it ('incidents', 'B2B investment') states the whole;
- the part is the one stretch between two figures, in that sentence after the whole or in the next two,
  naming every other content word of the question (the verb linking a part to its whole, 'stemmed from',
  'accounted for', names no part);
- an amount asked of a part given as a percent is that percent of the whole; a share asked of a part given
  as an amount (of the whole's unit) is that amount over the whole."""

from __future__ import annotations

import re

from ingest.figures import NUMBER, Figure, parse_figures, same_value
from ingest.keyword import tokenize

from .. import compute
from ..types import Answer, AnswerContext, Citation
from .features import Evidence, neighbour
from .slots import Slots

LOOK = 4  # the best sentences read for the whole
FOLLOWING = 2  # the sentences after the whole's read for its part
_SHARE_ASKED = re.compile(r"\b(share|fraction|percentage|proportion|portion|what percent)\b", re.I)
_AMOUNT_ASKED = re.compile(r"\bhow (many|much)\b", re.I)
# the words a question asks or links with, naming no part: 'how many ... stemmed from', 'what share of'
_NOT_PART = frozenset(tokenize("how many much what which share fraction percentage percent proportion portion "
                               "roughly approximately about around total whole together combined stemmed stem stems "
                               "arose arise arises came come comes resulted result results accounted account accounts "
                               "went go goes made make makes represented represent represents took take takes "
                               # 'by Frost's split', 'in its breakdown': the report's division of the whole, no part
                               "split breakdown"))
# the words naming the whole end at a preposition, a clause break or the question mark
_WHOLE_WORDS = re.compile(r"^[^,;?()]*?(?=\s+(?:in|of|for|by|to|from|on|at|with|that|which|did|were|was|is|are|how|"
                          r"what)\b|[,;?()]|$)", re.I)
# words opening a sentence that go on about the whole before it ('Among these, ...', 'Of them, ...')
_LEAD_INS = frozenset(tokenize("among these them those which of this that its their all total"))
_QUALIFIER = re.compile(r"^(?:over|about|around|approximately|nearly|roughly|more than|exceeded|exceeding|"
                        r"surpassed)\s+", re.I)


def given_figure(question: str) -> tuple[Figure, set[str]] | None:
    """The one figure (not a year) the question states and the words it writes right after it
    ('Of the 220 incidents in 2024' -> 220, {'incident'}); None when it states none or several."""
    figs = [f for f in parse_figures(question, with_years=False) if f.unit != "year"]
    if len(figs) != 1 or figs[0].unit not in ("count", "money"):
        return None
    m = _WHOLE_WORDS.match(question[figs[0].end:])
    # ('220 AI risk incidents stemmed from ...': the linking verb after the whole's words names no whole)
    words = set(tokenize(m.group(0))) - _NOT_PART if m else set()
    return (figs[0], words) if words else None


def part_words(question: str, whole: Figure, whole_words: set[str], sources: tuple[str, ...] = ()) -> set[str]:
    """The question's content words that name the part: not the whole's, its figure's, a year, the source the
    question cites ('by Frost's split'), nor the asking or linking words."""
    figure_words = set(tokenize(whole.text)) | {t for s in sources for t in tokenize(s)}
    return {t for t in tokenize(question) if len(t) > 1 and not t.isdigit() and t not in whole_words
            and t not in figure_words and t not in _NOT_PART}


def _stretches(e: Evidence, after: int) -> list[tuple[Figure, set[str]]]:
    """Each figure of sentence `e` from offset `after` on, with the words between the figures either side of it;
    only those after it when the sentence labels each figure after it (`_labels_follow`)."""
    figs = sorted((f for f in e.figures if f.unit != "year" and f.start >= after), key=lambda f: f.start)
    follow = _labels_follow(e.text, figs, after)
    out = []
    for i, f in enumerate(figs):
        lo = f.end if follow else (figs[i - 1].end if i else after)
        hi = figs[i + 1].start if i + 1 < len(figs) else len(e.text)
        out.append((f, set(tokenize(e.text[lo:hi]))))
    return out


def _labels_follow(text: str, figs: list[Figure], after: int) -> bool:
    """Whether each figure's label comes after it ('Among these, 32.7% stemmed from A, while 67.3% arose from B'):
    several figures, no content word before the first but a linking one, and words after the last."""
    if len(figs) < 2:
        return False
    lead = set(tokenize(text[after:figs[0].start])) - _NOT_PART - _LEAD_INS
    return not lead and bool(set(tokenize(text[figs[-1].end:])))


def _part(evidence: list[Evidence], e: Evidence, whole: Figure, unit: str, words: set[str]) -> tuple[Evidence, Figure] | None:
    """The one figure of `unit` after the whole, in its sentence or the next two, whose stretch names every part word."""
    found = []
    for k in range(FOLLOWING + 1):
        s = e if k == 0 else neighbour(evidence, e, k)
        if s is None:
            break
        found += [(s, f) for f, said in _stretches(s, whole.end if k == 0 else 0) if f.unit == unit and words <= said]
    return found[0] if len(found) == 1 else None


def given_whole(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str) -> Answer | None:
    """The part's amount (percent given) or share (amount given) of the whole the question states, computed with
    its derivation and cited; None unless the whole and exactly one part are found."""
    q = ctx.question
    share_asked = bool(_SHARE_ASKED.search(q))
    if share_asked == bool(_AMOUNT_ASKED.search(q)) or (given := given_figure(q)) is None:
        return None
    asked, whole_words = given
    words = part_words(q, asked, whole_words, tuple(slots.sources))
    if not words:
        return None
    for e in evidence[:LOOK]:
        if e.row or not whole_words <= set(tokenize(e.text)):
            continue
        wholes = [f for f in e.figures if f.unit == asked.unit and same_value(f.value, asked.value)]
        if len(wholes) != 1:
            continue
        whole = wholes[0]
        found = _part(evidence, e, whole, asked.unit if share_asked else "percent", words)
        if found is None:
            continue
        where, part = found
        try:
            if share_asked:
                done = compute.share(compute.Operand.of(part.text, label="part", citation=1),
                                     compute.Operand.of(whole.text, label="whole", citation=1))
                lead = f"about {done.text}"
            else:
                done = compute.part_of(compute.Operand.of(part.text, citation=1),
                                       compute.Operand.of(whole.text, label="whole", citation=1))
                lead = "about " + NUMBER.sub(done.text, _QUALIFIER.sub("", whole.display), count=1)
        except compute.ComputeError:
            continue
        quote = e.text if where is e else f"{e.text} … {where.text}"
        citation = Citation.from_passage(1, ctx.passages[e.passage_index], quote=quote, figure=lead)
        return Answer(question=q, answer=f"**{lead}** ({part.display} of {whole.display}: {done.derivation}). {quote} [1]",
                      figure=lead, abstained=False, citations=[citation], backend=backend, passages=list(ctx.passages),
                      confidence=e.score, shape="computed", derivation=done.as_dict())
    return None
