"""Abstention: an ordered list of named gates, each returning the reason the evidence does not
answer (naming the slot it fails to cover) or None. The first gate that fires decides."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ingest.figures import Figure

from ..types import AnswerContext
from .gates_sibling_measure import measure_in_sibling
from .gates_figure import figure_owner, figure_period, world_figure, world_owns  # noqa: F401 (world_owns: tests)
from .gates_share import share_not_amount, share_not_change, share_of_other_whole
from .gates_slot import caption_scope, no_figure, place_owner
from .gates_span import estimate_not_actual, span_ends
from .gates_table import other_table_asked
from .gates_antecedent import antecedent_other
from .gates_place import home_not_asked
from .gates_measure import measure_narrowed
from .gates_firms_named import firms_unnamed
from .gates_owner import product_owner
from .gates_counted import count_not_amount, counted_other, item_row_counted
from .gates_clause import clause_other_subject
from .gates_page import page_figure
from .gates_currency import currency_other, unit_note_only
from .gates_rate import rate_period
from .rate_nouns import rate_terms_unwritten
from .gates_asked_slot import activity_other, aside_only, count_per_period, margin_named, name_not_figure
from .gates_version import version_other, version_unsaid
from .gates_excluded import excluded_scope
from .gates_longer_name import name_in_longer
from .gates_row_item import row_item_other
from .gates_month_asked import month_not_given, year_for_month
from .gates_ordinal import ordinal_beyond
from .gates_rate_other import rate_other_period
from .gates_part_source import part_source
from .gates_unknown import name_unknown
from .gates_anonymised import label_identity
from .gates_group import item_of_group, total_for_part
from .gates_row_measure import row_measure_other
from .gates_direction import direction_other
from .gates_source import other_publisher
from .gates_cited import source_other
from .gates_year_end import half_not_end
from .gates_condition import condition_other
from .gates_changed import measure_changed_other
from .gates_month import month_covered
from .gates_domain import domain_missing
from .gates_period import as_base_only, year_as_base  # noqa: F401 (as_base_only: period_covered, tests)
from .gates_passage import (SLOT_MISSING, coverage, evidence_score, metric_covered, on_topic,  # noqa: F401 (SLOT_MISSING,
                            period_covered, place_near, qualifier_matches, rank_present, term_coverage)  # term_coverage: tests)
from .gates_unit_figure import figure_for_named, named_subject, unit_figure, unit_figure_for_period  # noqa: F401
from .features import Evidence
from .slots import Slots
from .gates_identified import figure_identifies
from .gates_threshold import due_not_said, expected_not_said, measure_unmet, threshold_unmet
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


# -- the gates ---------------------------------------------------------------------------------
GATES: list[tuple[str, Callable[[Decision], str | None]]] = [
    ("evidence_score", evidence_score),
    ("name_unknown", name_unknown),
    ("label_identity", label_identity),
    ("period_covered", period_covered),
    ("month_covered", month_covered),
    ("month_not_given", month_not_given),
    ("year_for_month", year_for_month),
    ("ordinal_beyond", ordinal_beyond),
    ("year_as_base", year_as_base),
    ("threshold_unmet", threshold_unmet),
    ("measure_unmet", measure_unmet),
    ("expected_not_said", expected_not_said),
    ("due_not_said", due_not_said),
    ("figure_period", figure_period),
    ("half_not_end", half_not_end),
    ("unit_figure_for_period", unit_figure_for_period),
    ("unit_figure", unit_figure),
    ("page_figure", page_figure),
    ("currency_other", currency_other),
    ("unit_note_only", unit_note_only),
    ("rate_period", rate_period),
    ("rate_terms_unwritten", rate_terms_unwritten),
    ("count_per_period", count_per_period),
    ("rate_other_period", rate_other_period),
    ("activity_other", activity_other),
    ("name_not_figure", name_not_figure),
    ("margin_named", margin_named),
    ("aside_only", aside_only),
    ("on_topic", on_topic),
    ("span_ends", span_ends),
    ("estimate_not_actual", estimate_not_actual),
    ("figure_for_named", figure_for_named),
    ("named_subject", named_subject),
    ("other_publisher", other_publisher),
    ("source_other", source_other),
    ("condition_other", condition_other),
    ("version_other", version_other),
    ("version_unsaid", version_unsaid),
    ("name_in_longer", name_in_longer),
    ("excluded_scope", excluded_scope),
    ("row_item_other", row_item_other),
    ("row_measure_other", row_measure_other),
    ("direction_other", direction_other),
    ("product_owner", product_owner),
    ("part_source", part_source),
    ("clause_other_subject", clause_other_subject),
    ("counted_other", counted_other),
    ("count_not_amount", count_not_amount),
    ("item_row_counted", item_row_counted),
    ("antecedent_other", antecedent_other),
    ("metric_covered", metric_covered),
    ("measure_in_sibling", measure_in_sibling),
    ("qualifier_matches", qualifier_matches),
    ("domain_missing", domain_missing),
    ("measure_narrowed", measure_narrowed),
    ("firms_unnamed", firms_unnamed),
    ("measure_changed_other", measure_changed_other),
    ("share_not_change", share_not_change),
    ("share_not_amount", share_not_amount),
    ("share_of_other_whole", share_of_other_whole),
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


# Gates whose reason names a slot the passages miss (said in the answer): all but those that only score,
# so a new gate says why by default.
SCORE_ONLY = frozenset({"evidence_score", "unit_figure", "coverage", "clause_other_subject", "count_not_amount",
                        "total_for_part"})
SAYS_WHY = frozenset(name for name, _ in GATES) - SCORE_ONLY


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
