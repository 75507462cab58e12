"""Abstention: an ordered list of named gates, each returning the reason the evidence does not
answer (naming the slot it fails to cover) or None. The first gate that fires decides."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from ingest.figures import Figure
from ingest.keyword import tokenize

from ..query_terms import found_as_asked, snapshot_forms
from ..types import AnswerContext
from .claim import without_figures
from .facts import kept, sentence_before
from .gates_figure import figure_owner, figure_period, world_figure, world_owns  # noqa: F401 (world_owns: tests)
from .gates_share import share_not_amount, share_not_change
from .gates_slot import caption_scope, no_figure, place_owner
from .gates_span import estimate_not_actual, span_ends
from .gates_table import other_table_asked
from .cells import table_intro
from .gates_antecedent import antecedent_other
from .gates_place import home_not_asked
from .gates_measure import measure_narrowed
from .gates_owner import product_owner
from .gates_counted import count_not_amount, counted_other
from .gates_clause import clause_other_subject
from .gates_page import page_figure
from .gates_amount import row_amount
from .gates_currency import currency_other, unit_note_only
from .gates_rate import rate_period
from .gates_version import version_other
from .gates_excluded import excluded_scope
from .gates_longer_name import name_in_longer
from .gates_row_item import row_item_other
from .gates_month_asked import month_not_given, year_for_month
from .gates_unknown import name_unknown
from .gates_anonymised import label_identity
from .gates_group import item_of_group, total_for_part
from .gates_row_measure import row_measure_other
from .gates_source import other_publisher
from .gates_condition import condition_other
from .nil import nil_stated
from .gates_changed import measure_changed_other
from .gates_month import month_covered
from .gates_domain import domain_missing
from .gates_period import as_base_only, year_as_base  # noqa: F401 (as_base_only: period_covered, tests)
from .features import Evidence, qualifier_covered, where
from .features import metric_covered as metric_covered_in
from .operation_words import operation_words
from .names import mentions_entity, new_names, subject_of
from .period_heading import heading_years, previous_years
from .pick import pick_figures, unit_figures
from .rows import row_rank
from .measures import opposite_qualifiers
from .slots import QUESTION_FILLER, Slots
from .table_meta import how_table_asked
from .gates_identified import figure_identifies
from .topic import (TOPIC_CHECKS, counted_named, entities_named, off_topic, owned_named,  # noqa: F401 (re-exported)
                    place_named, scope_named, source_named)
from .weights import Weights


@dataclass
class Decision:
    """What the gates look at: the question's slots, the scored evidence (best first) and the
    figures picked from the best sentence."""

    ctx: AnswerContext
    slots: Slots
    evidence: list[Evidence]
    best: Evidence
    figures: list[Figure]
    weights: Weights
    threshold: float
    min_coverage: float


def _years(years) -> str:
    return ", ".join(map(str, sorted(years)))


# -- the gates ---------------------------------------------------------------------------------
# The features saying a slot of the question is missing from a sentence or its passage (the unit,
# the year, the source, the measure, the variant, the place asked).
SLOT_MISSING = ("unit_absent", "year_absent_passage", "year_other", "other_source", "metric_missing",
                "qualifier_missing", "place_missing_near", "world_scope")


def evidence_score(d: Decision) -> str | None:
    """The best sentence scores below the calibrated threshold. Evidence that leaves no slot of the
    question uncovered (no feature of `SLOT_MISSING`, every proper name asked in its passage) and is the best-scoring sentence retrieved
    scores low only by wording (a paraphrase, a short question): it is held to a threshold lower by
    `covered_threshold_drop` (a fall-through candidate, judged after a gate blocked a better
    sentence, is not)."""
    threshold = d.threshold - (0.0 if d.slots.units else d.weights.no_unit_threshold_drop)
    # a proper name asked is a slot too: a passage naming only some of them does not cover the question
    named = not d.slots.names or d.best.features.get("passage_names", 0.0) >= 1.0 - 1e-9
    if named and not any(d.best.features.get(f) for f in SLOT_MISSING) and all(
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
        if asked & heading_years(d.ctx.snapshot, chunk):
            return None  # the passage sits under a heading dating it ('Fiscal Year 2018 Compared with ...')
        if not stated and asked <= previous_years(d.ctx.snapshot, chunk):
            return None  # a passage naming no year continues the chunk before it on its page, which dates it
        given = sorted(stated)
        told = f" (it gives {_years(given[-3:])})" if given else ""
        return f"the best passage does not cover {_years(asked)}{told}"
    return None


def unit_figure_for_period(d: Decision) -> str | None:
    """A money/percent/count question with a year needs a figure of that unit dated that year. A
    percent asked as the ratio of two amounts is computed from them: a table row giving amounts
    for that year near the top does (`_ratio_of_amounts`)."""
    s = d.slots
    if s.shape == "which":
        return None  # 'who is the largest by 2024 revenues': the unit ranks the answer, it is not the answer
    if trend_in_words(d):
        return None

    if s.years and s.unit in ("money", "percent", "count") and not any(
            _dated(e, unit_figures(e.figures, s), s.years) for e in d.evidence[:3]):
        if _ratio_of_amounts(d) or d.best.year_ok and nil_stated(s, d.best.text):
            return None
        if row_amount(s, bool(d.best.row), _dated(d.best, [f for f in d.best.figures if f.unit != "year"], s.years)):
            return None  # 'the amount of affordable housing credit in 2019': the row's rate is its amount
        return f"no {s.unit} figure for {_years(s.years)} in the passages"
    return None


def trend_in_words(d: Decision) -> bool:
    """A trend asked, and the best sentence states its direction for the period in words ('declined
    sharply in 2020', 'is expected to decline'): it answers with no figure of the unit asked."""
    return bool(d.best.features.get("trend_direction")) and d.best.year_ok


def _dated(e: Evidence, figures: list[Figure], years) -> bool:
    """Whether one of `figures` (of `e`) is dated one of `years` (by itself, or by its sentence or passage)."""
    return any(f.year in years or (f.year is None and (e.years | e.passage_years) & set(years)) for f in figures)


def _ratio_of_amounts(d: Decision) -> bool:
    """A percent asked as the ratio of two amounts, with a table row of amounts (of the year asked,
    if any) near the top to compute it from."""
    s = d.slots
    return s.unit == "percent" and s.ratio and any(
        e.row and (_dated(e, [f for f in e.figures if f.unit != "year"], s.years) if s.years
                   else any(f.unit != "year" for f in e.figures)) for e in d.evidence[:3])


def unit_figure(d: Decision) -> str | None:
    """A money/percent question needs a figure of that unit near the top, unless the score is high
    (or it asks the ratio of two amounts a table row near the top gives, see unit_figure_for_period)."""
    s = d.slots
    if s.shape == "which" or trend_in_words(d):
        return None  # see unit_figure_for_period
    if s.unit in ("money", "percent") and not d.figures and d.best.score < d.threshold + 0.1 and \
            not any(pick_figures(e.text, e.figures, s) for e in d.evidence[:3]) and not _ratio_of_amounts(d) \
            and not nil_stated(s, d.best.text):
        return f"no {s.unit} figure in the best passages"
    return None


def figure_for_named(d: Decision) -> str | None:
    """An amount asked about something the question names (a company, product or place): the
    sentence that leads gives no figure of the unit asked, and no passage sentence near the top
    that names it (in itself or the sentence before) gives one. The reports name it, but give no
    figure for it ('Meituan investing in 30 robotics-related enterprises' is no amount invested)."""
    s = d.slots
    if s.asks != "amount" or s.unit not in ("money", "percent", "count") or s.shape != "figure" or d.figures \
            or trend_in_words(d):
        return None
    named = [e for e in s.entities if not subject_of(d.ctx.snapshot, e.name, d.ctx.passages[d.best.passage_index].chunk.doc_id)]
    if not named:
        return None
    for e in d.evidence[:5]:
        if not unit_figures(e.figures, s):
            continue
        before = sentence_before(d.ctx, e)
        if all(mentions_entity(f"{e.text} {before}".lower(), n) for n in named):
            return None
    return f"the reports name {', '.join(n.name for n in named)} but give no {s.unit} figure for it"


def named_subject(d: Decision) -> str | None:
    """A figure asked of something the question names (a company, product) is not answered by a
    sentence that names none of it but names another ('Alibaba's Tongyi Lingma plug-in has exceeded
    15M downloads' for Baidu's Comate): the sentence is about that other one. The figures' own
    words ('RMB 8.5B', 'USD') name a currency, not another subject (`claim.without_figures`)."""
    s = d.slots
    if s.asks != "amount" or not d.figures or d.best.row:
        return None
    doc = d.ctx.passages[d.best.passage_index].chunk.doc_id
    named = [e for e in s.entities if not e.place and not subject_of(d.ctx.snapshot, e.name, doc)]
    text = d.best.text.lower()
    if not named or any(mentions_entity(text, e) for e in named) or new_names(without_figures(d.best.text, d.best.figures), s) < 1:
        return None
    return f"the closest sentence is about something other than {' or '.join(e.name for e in named)}"


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


GATES: list[tuple[str, Callable[[Decision], str | None]]] = [
    ("evidence_score", evidence_score),
    ("name_unknown", name_unknown),
    ("label_identity", label_identity),
    ("period_covered", period_covered),
    ("month_covered", month_covered),
    ("month_not_given", month_not_given),
    ("year_for_month", year_for_month),
    ("year_as_base", year_as_base),
    ("figure_period", figure_period),
    ("unit_figure_for_period", unit_figure_for_period),
    ("unit_figure", unit_figure),
    ("page_figure", page_figure),
    ("currency_other", currency_other),
    ("unit_note_only", unit_note_only),
    ("rate_period", rate_period),
    ("on_topic", on_topic),
    ("span_ends", span_ends),
    ("estimate_not_actual", estimate_not_actual),
    ("figure_for_named", figure_for_named),
    ("named_subject", named_subject),
    ("other_publisher", other_publisher),
    ("condition_other", condition_other),
    ("version_other", version_other),
    ("name_in_longer", name_in_longer),
    ("excluded_scope", excluded_scope),
    ("row_item_other", row_item_other),
    ("row_measure_other", row_measure_other),
    ("product_owner", product_owner),
    ("clause_other_subject", clause_other_subject),
    ("counted_other", counted_other),
    ("count_not_amount", count_not_amount),
    ("antecedent_other", antecedent_other),
    ("metric_covered", metric_covered),
    ("qualifier_matches", qualifier_matches),
    ("domain_missing", domain_missing),
    ("measure_narrowed", measure_narrowed),
    ("measure_changed_other", measure_changed_other),
    ("share_not_change", share_not_change),
    ("share_not_amount", share_not_amount),
    ("place_near", place_near),
    ("world_figure", world_figure),
    ("figure_owner", figure_owner),
    ("place_owner", place_owner),
    ("home_not_asked", home_not_asked),
    ("item_of_group", item_of_group),
    ("total_for_part", total_for_part),
    ("caption_scope", caption_scope),
    ("other_table_asked", other_table_asked),
    ("no_figure", no_figure),
    ("coverage", coverage),
    ("rank_present", rank_present),
    ("figure_identifies", figure_identifies),
]


# Gates whose reason names a slot the passages miss (said in the answer); the others are scores.
SAYS_WHY = frozenset({"row_item_other", "year_for_month", "month_not_given", "domain_missing", "condition_other", "measure_changed_other", "other_publisher", "item_of_group", "rate_period", "version_other", "row_measure_other", "other_table_asked", "year_as_base", "page_figure", "product_owner", "counted_other", "estimate_not_actual", "antecedent_other", "home_not_asked", "span_ends", "measure_narrowed", "figure_period", "figure_owner", "share_not_change", "named_subject", "period_covered", "month_covered", "unit_figure_for_period", "figure_for_named", "on_topic", "metric_covered", "qualifier_matches",
                      "place_near", "world_figure", "rank_present", "place_owner", "caption_scope", "no_figure",
                      "share_not_amount", "name_unknown", "label_identity", "currency_other", "unit_note_only", "name_in_longer", "excluded_scope", "figure_identifies"})


# Gates whose firing leads to another answer than an abstention (answerer.py: the world's figure
# gives a place's amount from its share): never named in place of the score, which abstains.
_ANSWERING = frozenset({"world_figure"})


def first_gate(d: Decision, skip: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(gate name, reason) of the first gate that fires, or None when the evidence answers; gates
    in `skip` are left to the answer check (verify.py), which weighs them as features. Evidence
    scoring below the threshold is refused by the slot it misses when a later gate names one
    (`named_behind_score`): the same refusal, with its reason."""
    for name, gate in GATES:
        if name in skip:
            continue
        reason = gate(d)
        if reason:
            return named_behind_score(d, skip) or (name, reason) if name == "evidence_score" else (name, reason)
    return None


def named_behind_score(d: Decision, skip: frozenset[str]) -> tuple[str, str] | None:
    """The first gate after the score naming a slot the evidence misses (`SAYS_WHY`), or None."""
    for name, gate in GATES[1:]:
        if name in skip or name not in SAYS_WHY or name in _ANSWERING:
            continue
        reason = gate(d)
        if reason:
            return name, reason
    return None


def fired(d: Decision, only: frozenset[str]) -> dict[str, str]:
    """Every gate of `only` that fires on the lead, with its reason (the answer check's features)."""
    return {name: reason for name, gate in GATES if name in only and (reason := gate(d))}


_FISCAL_YEAR = re.compile(r"fy(?:\d{2}|\d{4})")  # 'FY18', 'FY2019' as the tokenizer writes them
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")  # '2018', '67.25', '15,000': a figure, not a word


def term_coverage(ctx: AnswerContext, slots: Slots, text: str) -> float:
    """IDF-weighted share of the question's terms (those the corpus has) found in `text`:
    a passage about the global market does not answer a question about logistics."""
    keyword = ctx.snapshot.keyword
    present = kept(ctx.snapshot, ("terms", text), lambda: set(tokenize(text)))  # read, never changed
    asked = (set(slots.terms) - QUESTION_FILLER - operation_words(slots.units, slots.trend)  # 'how many times ... grow'
             - how_table_asked(slots.text))  # 'what does the table show?': how it asks
    present = found_as_asked(asked, present, snapshot_forms(ctx.snapshot))  # 'world' found as 'global'
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
