"""Each retrieved sentence (or table row) becomes one Evidence record with its named features,
computed once; `Weights.score` turns them into a score. Each feature states a general property of
a sentence and its passage against the question's slots."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np

from ingest.figures import Figure

from ..query_terms import asked_forms, found_among, snapshot_forms
from ..types import AnswerContext
from .anaphora import refers_back
from .facts import passage_facts, where  # noqa: F401  (where: what gates.py imports from here)
from .future import future_asked, states_future
from .count_words import counts_in_words, enumeration_count
from .groups import asks_group
from .kept_patterns import compiled
from .mention import Mentions
from .names import lists_names, new_names, place_subject_of, subject_of, whole_word
from .period_heading import previous_years
from .pick import unit_figures
from .rows import row_rank
from .negated_label import negates_asked
from .set_aside import asks_rest, lists_rest
from .measure_names import MEASURE_ABBREVIATIONS, measure_pattern
from .measures import METRICS, generic_metrics
from .cause_said import cause_said
from .defined_term import described_subject, states_definition
from .slots import COUNTRY_FORMS, HOW_SAID, Slots, cause_terms
from .trend import (direction_answers, ends_asked, gives_ends, outlook_asked, shift_asked, states_future_direction,
                    states_shift)
from .weights import Weights


@dataclass
class Evidence:
    """One sentence of one passage with its features and score."""

    passage_index: int
    sentence_index: int
    text: str
    figures: list[Figure]
    years: set[int]
    passage_years: set[int]
    row: bool
    year_ok: bool  # no year asked, or the sentence is dated a year asked
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0


def neighbour(evidence: list[Evidence], e: Evidence, offset: int) -> Evidence | None:
    """The sentence `offset` places after (before, when negative) `e` in its passage, if it is in `evidence`."""
    at = e.sentence_index + offset
    return next((x for x in evidence if x.passage_index == e.passage_index and x.sentence_index == at), None)


@lru_cache(maxsize=1024)
def metric_words(metric: str) -> re.Pattern:
    """One pattern for the measure's words, each at a word's start (compiled once, not once per text and word)."""
    if metric in MEASURE_ABBREVIATIONS:  # an abbreviated measure: either form, or the broader measure's words
        return measure_pattern(metric, (w for g in generic_metrics(metric) for w in METRICS[g]))
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in METRICS.get(metric, (metric,))) + ")")


def metric_covered(text: str, metric: str) -> bool:
    """Whether lower-case `text` uses one of the words for the measure (revenue: 'revenue', 'sales')."""
    return metric_words(metric).search(text) is not None


def qualifier_covered(text: str, qualifier: str) -> bool:
    """Whether lower-case `text` names the variant ('per capita' also as 'per-capita'; 'nominal' also by
    its adverb, 'increasing nominally by 4.7%')."""
    pattern = "[- ]".join(re.escape(p) for p in re.split(r"[- ]", qualifier))
    adverb = "(?:ly)?" if qualifier.endswith("al") and len(qualifier) > 4 else ""  # not 'real': 'really' is no variant
    return compiled(rf"\b{pattern}{adverb}\b").search(text) is not None


WORLD = re.compile(r"\b(global|globally|worldwide|world's|the world|international)\b")


def elsewhere(text: str, places: list) -> bool:
    """Whether lower-case `text` speaks of the whole world or of a place other than `places`."""
    if WORLD.search(text):
        return True
    asked = {f.lower() for e in places for f in e.forms}
    return any(whole_word(form.lower()).search(text)
               for forms in COUNTRY_FORMS if not asked & {f.lower() for f in forms} for form in forms)


def slots_world(slots: Slots) -> bool:
    """Whether the question itself asks about the whole world ('global', 'worldwide')."""
    return bool(WORLD.search(slots.text.lower()))


# A sentence that introduces a table: 'The following table sets forth ...', '... consisted of the following:'.
TABLE_INTRO = re.compile(r"\b(the following table|the table below|below table|table (below|above) (shows|sets forth|presents)|"
                         r"(is|are|was|were) as follows|consist(s|ed)? of the following|include(s|d)? the following)\b", re.I)


def build(ctx: AnswerContext, slots: Slots, weights: Weights, depth: int = 5) -> list[Evidence]:
    """Every sentence of the top `depth` passages, scored, best first."""
    snap = ctx.snapshot
    qvec = np.asarray(ctx.query_vector, dtype=np.float32)
    # 'mentioned by', 'according to', 'what is pushing': how the question asks, not what it asks about
    qterms = set(slots.terms) - HOW_SAID - (cause_terms(slots.text) if slots.shape == "explanation" else set())
    first_unit = replace(slots, units=slots.units[:1])
    asked_years = set(slots.years)
    since = slots.since  # 'since 2023': later years match too
    ends = ends_asked(slots)  # a trend over a period: the levels at both ends answer
    outlook = outlook_asked(slots)  # 'what is the outlook for X': the direction stated for the future answers
    shifting = shift_asked(slots)  # 'which way is X moving': the sentence saying where X moves answers
    group = asks_group(slots.text)  # 'who are the main users of X': a group of people, not named products
    explain = slots.shape == "explanation"
    # 'how does S define X', 'how is X measured': the sentence saying what X is (or undergoes) answers
    described = described_subject(slots.text, slots.term_asked)
    becoming = future_asked(slots.text)  # 'what might X eventually become': the future state stated answers
    # rarer terms tell sentences apart: 'layer' in 'application-layer' counts more than 'ai'
    weight = {t: (snap.keyword.idf(t) or 0.0) for t in qterms}
    total_weight = math.fsum(weight.values()) or 1.0
    spellings = asked_forms(qterms, snapshot_forms(snap))  # each asked term's spellings, once a question
    tests = Mentions()  # the question's name patterns, built once
    ranks, unit = "rank" in slots.units, slots.unit  # read once, not per sentence
    score = None
    mentions, mentions_entity = tests.mentions, tests.mentions_entity
    out: list[Evidence] = []
    for pi, passage in enumerate(ctx.passages[:depth]):
        pos = snap.position.get(passage.chunk_id)
        if pos is None:
            continue
        chunk = snap.chunks[pos]
        facts = passage_facts(snap, pos)  # what does not depend on the question, derived once
        vecs = facts.vectors
        sims = vecs @ qvec if len(vecs) else np.zeros(0)
        about = facts.about
        heading_terms = facts.heading_terms
        other_source = bool(slots.sources) and not all(mentions(facts.meta, n) for n in slots.sources)
        chunk_years = facts.years
        # a chunk naming no year continues the one before it on its page, which dates it (period_heading.py)
        page_years = chunk_years or (previous_years(snap, chunk) if asked_years else set())
        chunk_names = (sum(1 for n in slots.names if mentions(facts.lowered, n)) / len(slots.names)
                       if slots.names else 0.0)
        metric_missing = sum(1 for m in slots.metrics if not metric_covered(about, m))
        qualifier_missing = sum(1 for q in slots.qualifiers if not qualifier_covered(about, q))
        topic_terms = facts.topic_terms
        # entities a passage need not name: the subject of its whole report ('China' in a China report)
        places = [e for e in slots.entities if e.place and not place_subject_of(snap, (e.name, *e.forms), chunk.doc_id)]
        asks_place = any(e.place for e in slots.entities) and not slots_world(slots)
        frame = facts.frame
        # the asked terms the heading and the passage's first sentence hold (in any form), once per passage
        framed = found_among(spellings, heading_terms | topic_terms)
        prev_text = ""
        rest = asks_rest(slots.text, slots.aside) if slots.shape == "list" else None
        prev_said: set[str] = set()  # the asked terms the sentence before holds (with its own antecedent's)
        for sent in facts.sentences:
            text, row, years_in = sent.text, sent.row, sent.years
            figures = sent.figures if ranks else sent.amounts
            if len(text) < 12 and not figures:
                continue
            back = prev_text and refers_back(text)  # 'The market is expected to ...': what the one before names
            said = found_among(spellings, sent.terms)  # in any form: 'world' said as 'global'
            if back:
                said |= prev_said
            # the heading, the passage's first sentence and the sentence before count at half weight
            # (found in a union of term sets = found in one of them: the same sets as found in the union)
            # fsum: exact, so the sets' order (it varies with the process's hash seed) cannot reorder ties
            overlap = (math.fsum(weight[t] for t in said)
                       + 0.5 * math.fsum(weight[t] for t in (framed | prev_said) - said)) / total_weight
            prev_said = said
            lowered = sent.lowered
            local = f"{lowered} {prev_text}"
            named = local if back else lowered
            prev_text = lowered
            unit_hit = unit_figures(figures, slots) if slots.units else []
            # 'over the past three years': a count in words, for a count asked first (or the things counted listed)
            worded = not unit_hit and unit == "count" and (counts_in_words(text) or bool(enumeration_count(slots.text, text)))
            # the first unit asked is the answer's ('by what multiples did the number and value grow')
            primary = (bool(unit_hit) and (len(slots.units) == 1 or bool(unit_figures(figures, first_unit)))) or worded
            year_match = bool(asked_years & years_in) or (since is not None and any(y > since for y in years_in))
            words = sent.words
            # a trend stated in words ('is expected to decline') answers without a figure of the unit asked
            direction = direction_answers(slots, text)
            f = {
                "semantic": float(sims[sent.index]),
                "overlap": overlap,
                "names": sum(1 for n in slots.names if mentions(named, n)) / len(slots.names) if slots.names else 0.0,
                "passage_names": chunk_names,
                "rank_row": float(slots.rank is not None and row and row_rank(text) == slots.rank),
                # 'which companies lead ...': a sentence naming others than the question does answers it
                "lists_names": (2.0 if lists_names(text) else 1.0)
                if slots.entity and not slots.units and not group and new_names(text, slots) >= 2 else 0.0,
                "unit_primary": float((bool(unit_hit) or worded) and primary),
                "unit_secondary": float(bool(unit_hit) and not primary),
                "unit_absent": float(not unit_hit and not worded and unit is not None and not direction),
                "trend_direction": float(direction),
                # 'which way is X moving' asked in words: the sentence saying what X (a term asked) moves from and to
                "shift_said": float(shifting and overlap > 0 and states_shift(text)),
                "outlook_said": float((outlook and states_future_direction(text)) or (becoming and states_future(text))),
                "trend_ends": float(ends is not None and gives_ends(text, figures, ends)),
                # 'why ...': the sentence giving a cause or purpose of the thing asked ('... enabled X to Y')
                "cause_said": float(explain and not row and cause_said(text, slots)),
                # 'how does S define X': the sentence saying what X is, not one that merely uses X
                "term_defined": float(described is not None and not row
                                      and states_definition(described[0], text, described[1])),
                "year_match": float(bool(asked_years) and year_match),
                # a sentence without the year, in a passage that has it, is not evidence against it
                "year_absent_passage": float(bool(asked_years) and not year_match and not asked_years & page_years),
                "year_other": float(bool(asked_years) and not year_match and bool(asked_years & chunk_years)
                                    and bool(years_in)),
                "other_source": float(other_source),
                "residue": float((not row and not sent.ends and words > 25) or words > 80),
                "retrieval_rank": 1.0 / (1 + pi),
                "metric_missing": float(metric_missing),
                # 'what does the table show' is answered by the sentence that introduces the table
                "table_intro": float(slots.about_table and TABLE_INTRO.search(text) is not None),
                # 'apart from A and B, what other X': the sentence saying 'Other X include ...' lists them
                "rest_listed": float(lists_rest(text, rest, slots.aside)),
                "qualifier_missing": float(qualifier_missing),
                # a place asked about, named neither in the sentence, the one before, nor the passage's
                # heading or topic sentence: the sentence speaks of somewhere else ('global', not 'Europe')
                # (named only elsewhere in the passage, it still counts when the sentence names no other place)
                "place_missing_near": float(sum(1 for e in places if not mentions_entity(f"{local} {frame}", e) and (
                    not mentions_entity(about, e) or WORLD.search(local) or tests.other_place(local, places))))
                if places else 0.0,
                # a figure scoped to the whole world ('the global AI industry') is not the figure of
                # the country or region asked, even when the sentence names that place in passing
                "world_scope": float(asks_place and bool(WORLD.search(lowered))),
                # 'Nonvested as of ...' for 'how many shares vested': the row holds the complement asked
                "negated_label": float(row and negates_asked(text, slots.text)),
            }
            score = score or weights.scorer(tuple(f))  # the same keys in the same order for every sentence
            out.append(Evidence(pi, sent.index, text, figures, set(years_in), chunk_years, row,
                                not asked_years or year_match, f, score(f)))
    out.sort(key=lambda e: -e.score)
    return out


def near_top(evidence: list[Evidence], share: float, look: int = 10) -> list[Evidence]:
    """The first `look` of `evidence` down to the first scoring under `share` of the best: what an
    answer naming a thing may be read from."""
    top = evidence[0].score
    out: list[Evidence] = []
    for e in evidence[:look]:
        if e.score < share * top:
            break
        out.append(e)
    return out
