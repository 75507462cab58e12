"""The gates asking whether the best passage covers the question: its score, the period, the key
terms, the rank, the measure, the variant and the place asked (gates.py lists them in order)."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ingest.keyword import tokenize

from ..query_terms import found_as_asked, snapshot_forms
from ..types import AnswerContext
from .abbreviated import abbreviated_terms
from .caption_period import caption_year
from ..snapshot_memo import kept
from .features import qualifier_covered, where
from .features import metric_covered as metric_covered_in
from .gates_period import as_base_only
from .measures import opposite_qualifiers
from .operation_words import operation_words
from .passage_tables import table_intro
from .period_heading import heading_years_before, previous_years
from .rows import row_rank
from .slots import QUESTION_FILLER, Slots
from .table_meta import how_table_asked
from .topic import off_topic, place_named

if TYPE_CHECKING:
    from .gates import Decision


def listed_years(years: Iterable[int]) -> str:
    """Years as the reasons list them: '2019, 2024'."""
    return ", ".join(map(str, sorted(years)))


# The features saying a slot of the question is missing from a sentence or its passage (the unit,
# the year, the source, the measure, the variant, the place asked).
SLOT_MISSING = ("unit_absent", "year_absent_passage", "year_other", "other_source", "metric_missing",
                "qualifier_missing", "place_missing_near", "world_scope")


def evidence_score(d: Decision) -> str | None:
    """The best sentence scores below the calibrated threshold. Evidence that leaves no slot of the
    question uncovered (no feature of `SLOT_MISSING`, every proper name asked in its passage; a row its
    table's introducing sentence dates the year asked misses no year) and is the best-scoring sentence retrieved
    scores low only by wording (a paraphrase, a short question): it is held to a threshold lower by
    `covered_threshold_drop` (a fall-through candidate, judged after a gate blocked a better
    sentence, is not)."""
    threshold = d.threshold - (0.0 if d.slots.units else d.weights.no_unit_threshold_drop)
    # a proper name asked is a slot too: a passage naming only some of them does not cover the question
    named = not d.slots.names or d.best.features.get("passage_names", 0.0) >= 1.0 - 1e-9
    # a table row dated by its table's introducing sentence ('as at 30 June 2024') misses no year (`caption_period`)
    dated = d.best.row and d.best.features.get("year_absent_passage") and caption_year(d.ctx, d.best) in d.slots.years
    missing = [f for f in SLOT_MISSING if d.best.features.get(f) and not (dated and f == "year_absent_passage")]
    if named and not missing and all(
            d.best.score >= e.score - 1e-9 for e in d.evidence):
        threshold -= d.weights.covered_threshold_drop
    if d.best.score < threshold:
        return f"evidence score {d.best.score:.2f} is below the threshold {threshold:.2f}"
    return None


def period_covered(d: Decision) -> str | None:
    """The period asked is in the best sentence or its passage (a year named only as the base of a
    change, 'doubling from 2023', is not a period the passage gives a figure for)."""
    asked = set(d.slots.years)
    text = d.ctx.passages[d.best.passage_index].chunk.text
    stated = {y for y in d.best.passage_years
              if not kept(d.ctx.snapshot, ("base_only", text, y), lambda: as_base_only(text, y))}
    if asked and not d.best.year_ok and not asked & stated:
        chunk = d.ctx.passages[d.best.passage_index].chunk
        if asked & heading_years_before(d.ctx.snapshot, chunk):
            return None  # the passage sits under a heading dating it ('Fiscal Year 2018 Compared with ...')
        if not stated and asked <= previous_years(d.ctx.snapshot, chunk):
            return None  # a passage naming no year continues the chunk before it on its page, which dates it
        if caption_year(d.ctx, d.best) in asked:
            return None  # a row of a table introduced 'as of December 31, 2019': its cells are of that period
        given = sorted(stated)
        told = f" (it gives {listed_years(given[-3:])})" if given else ""
        return f"the best passage does not cover {listed_years(asked)}{told}"
    return None


def on_topic(d: Decision) -> str | None:
    """The best passage is from the source named, names every entity, is in the scope asked."""
    return off_topic(d.ctx, d.slots, d.best)


def coverage(d: Decision) -> str | None:
    """The best passage holds enough of the question's key terms (IDF-weighted)."""
    share = term_coverage(d.ctx, d.slots, where(d.ctx.passages[d.best.passage_index].chunk))
    if share < d.min_coverage:
        return f"the best passage covers {share:.0%} of the question's key terms"
    return None


def rank_present(d: Decision) -> str | None:
    """A question about a rank answered from a table needs a row of that rank."""
    rank = d.slots.rank
    rows = [e.text for e in d.evidence if e.row]
    if rank is not None and (d.best.row or rows) and not any(
            row_rank(t) == rank for t in ([d.best.text] if d.best.row else rows)):
        return f"no table row is ranked {rank}"
    return None


def metric_covered(d: Decision) -> str | None:
    """The measure asked (revenue, profit, GDP) is named in the best passage: a passage that only
    names the company gives no revenue of it."""
    if d.best.features.get("metric_missing"):
        chunk = d.ctx.passages[d.best.passage_index].chunk
        text = where(chunk)
        missing = [m for m in d.slots.metrics if not metric_covered_in(text, m)]
        # a table's measure is named in the sentence introducing it ('The following table sets forth
        # the high and low sales prices'), which may stand in another chunk than its rows
        intro = table_intro(d.ctx, d.best.passage_index) if missing and chunk.tables_json else None
        if intro and all(metric_covered_in(intro.lower(), m) for m in missing):
            return None
        return f"no passage covers the measure asked ({', '.join(missing)})"
    return None


def qualifier_matches(d: Decision) -> str | None:
    """The variant asked (real, net) is in the best passage, and the lead figure is not introduced
    as the other variant ('nominal GDP rising to RMB 134.9 trillion' does not answer 'real GDP')."""
    for q in d.slots.qualifiers:
        passage = where(d.ctx.passages[d.best.passage_index].chunk)
        # a basis ('deployment-based') is missing only where the passage names another one: its
        # measure may be written without any ('stock-based compensation' as 'compensation expense')
        if not qualifier_covered(passage, q) and (not q.endswith("-based") or opposite_qualifiers(q, passage.lower())):
            return f"the reports do not give the {q} figure"
        sentence = d.best.text.lower()
        others = opposite_qualifiers(q, f"{passage.lower()} {sentence}")
        given = [o for o in others if qualifier_covered(sentence, o)]
        if given and not qualifier_covered(sentence, q):  # 'the inference cost ... dropping by 99%' for a training cost
            return f"the reports give the {given[0]} figure, not the {q} one"
        for f in d.figures[:1]:
            clause = re.split(r"[.;:,]\s", d.best.text[:f.start])[-1].lower()
            given = [o for o in others if qualifier_covered(clause, o)]
            if given and not qualifier_covered(clause, q):
                return f"the reports give the {given[0]} figure, not the {q} one"
    return None


def place_near(d: Decision) -> str | None:
    """The best sentence is about the places asked (see `place_named`)."""
    return place_named(d.ctx, d.slots, d.best)


_FISCAL_YEAR = re.compile(r"fy(?:\d{2}|\d{4})")  # 'FY18', 'FY2019' as the tokenizer writes them
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")  # '2018', '67.25', '15,000': a figure, not a word


def term_coverage(ctx: AnswerContext, slots: Slots, text: str) -> float:
    """IDF-weighted share of the question's terms (those the corpus has) found in `text`:
    a passage about the global market does not answer a question about logistics."""
    keyword = ctx.snapshot.keyword
    present = kept(ctx.snapshot, ("terms", text), lambda: set(tokenize(text)))  # read, never changed
    asked = (set(slots.terms) - QUESTION_FILLER - operation_words(slots.units, slots.trend)  # 'how many times ... grow'
             - how_table_asked(slots.text))  # 'what does the table show?': how it asks
    present = found_as_asked(asked, present, snapshot_forms(ctx.snapshot)) \
        | abbreviated_terms(asked, present)  # 'world' found as 'global', 'compound growth rate' as 'CAGR'
    total: list[float] = []
    got: list[float] = []
    for term in asked:
        if _NUMBER.fullmatch(term) or _FISCAL_YEAR.fullmatch(term):
            continue  # years ('2018', 'fy18') and numbers ('67.25') are checked on their own (period_covered)
        idf = keyword.idf(term)
        if idf is None:
            continue  # a word no report uses ('worldwide') cannot tell passages apart
        total.append(idf)
        if term in present:
            got.append(idf)
    # fsum: exact, so the set's order (it varies with the process's hash seed) cannot move a threshold
    return math.fsum(got) / math.fsum(total) if total else 1.0
