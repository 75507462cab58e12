"""Each retrieved sentence (or table row) becomes one Evidence record with its named features,
computed once; `Weights.score` turns them into a score. Each feature states a general property of
a sentence and its passage against the question's slots."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import numpy as np

from ingest.figures import Figure
from ingest.keyword import tokenize

from ..types import AnswerContext
from .names import lists_names, mentions, mentions_entity, new_names, subject_of
from .pick import is_numbering, unit_figures
from .rows import is_row, row_rank
from .slots import COUNTRY_FORMS, METRICS, Slots, fiscal_years
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


def where(chunk) -> str:
    """Everything that says what a passage is about: its text, report title, publisher, section, file."""
    return " ".join((chunk.text, chunk.title, chunk.publisher, chunk.section or "", chunk.source)).lower()


def metric_covered(text: str, metric: str) -> bool:
    """Whether lower-case `text` uses one of the words for the measure (revenue: 'revenue', 'sales')."""
    return any(re.search(rf"\b{re.escape(w)}", text) for w in METRICS.get(metric, (metric,)))


def qualifier_covered(text: str, qualifier: str) -> bool:
    """Whether lower-case `text` names the variant ('per capita' also as 'per-capita')."""
    pattern = "[- ]".join(re.escape(p) for p in re.split(r"[- ]", qualifier))
    return re.search(rf"\b{pattern}\b", text) is not None


_VERSION = re.compile(r"\b(version|ver\.|v\.?)\s*$", re.I)


def is_version(text: str, figure: Figure) -> bool:
    """A number that names a version ('version 1.0 of its framework', 'v2') is a label, not an amount."""
    return _VERSION.search(text[:figure.start]) is not None


_WORLD = re.compile(r"\b(global|globally|worldwide|world's|the world|international)\b")


def elsewhere(text: str, places: list) -> bool:
    """Whether lower-case `text` speaks of the whole world or of a place other than `places`."""
    if _WORLD.search(text):
        return True
    asked = {f.lower() for e in places for f in e.forms}
    return any(re.search(rf"(?<![a-z0-9]){re.escape(form.lower())}(?![a-z0-9])", text)
               for forms in COUNTRY_FORMS if not asked & {f.lower() for f in forms} for form in forms)


def slots_world(slots: Slots) -> bool:
    """Whether the question itself asks about the whole world ('global', 'worldwide')."""
    return bool(_WORLD.search(slots.text.lower()))


# A sentence that introduces a table: 'The following table sets forth ...', '... consisted of the following:'.
TABLE_INTRO = re.compile(r"\b(the following table|the table below|below table|table (below|above) (shows|sets forth|presents)|"
                         r"(is|are|was|were) as follows|consist(s|ed)? of the following|include(s|d)? the following)\b", re.I)


def build(ctx: AnswerContext, slots: Slots, weights: Weights, depth: int = 5) -> list[Evidence]:
    """Every sentence of the top `depth` passages, scored, best first."""
    snap = ctx.snapshot
    qvec = np.asarray(ctx.query_vector, dtype=np.float32)
    qterms = set(slots.terms)
    first_unit = replace(slots, units=slots.units[:1])
    asked_years = set(slots.years)
    # rarer terms tell sentences apart: 'layer' in 'application-layer' counts more than 'ai'
    weight = {t: (snap.keyword.idf(t) or 0.0) for t in qterms}
    total_weight = sum(weight.values()) or 1.0
    out: list[Evidence] = []
    for pi, passage in enumerate(ctx.passages[:depth]):
        pos = snap.position.get(passage.chunk_id)
        if pos is None:
            continue
        chunk = snap.chunks[pos]
        infos = snap.sentences[pos]
        vecs = snap.vectors_of(pos).astype(np.float32)
        sims = vecs @ qvec if len(vecs) else np.zeros(0)
        about = where(chunk)
        heading_terms = set(tokenize(chunk.section or "")) | set(tokenize(chunk.text[: chunk.text.find("\n")]))
        lowered_chunk = chunk.text.lower() + " " + (chunk.section or "").lower()
        meta = f"{chunk.publisher} {chunk.title}".lower()
        other_source = bool(slots.sources) and not all(mentions(meta, n) for n in slots.sources)
        chunk_years = {f.year for si_ in infos for f in si_.figures if f.year} | {
            int(f.number) for si_ in infos for f in si_.figures if f.unit == "year"} | set(fiscal_years(chunk.text))
        chunk_names = (sum(1 for n in slots.names if mentions(lowered_chunk, n)) / len(slots.names)
                       if slots.names else 0.0)
        metric_missing = sum(1 for m in slots.metrics if not metric_covered(about, m))
        qualifier_missing = sum(1 for q in slots.qualifiers if not qualifier_covered(about, q))
        topic_terms = set(tokenize(chunk.text[infos[0].start:infos[0].end])) if infos else set()
        topic_text = chunk.text[infos[0].start:infos[0].end].lower() if infos else ""
        if infos and len(infos) > 1 and infos[0].end - infos[0].start < 60:  # a title line: the next is the topic
            topic_terms |= set(tokenize(chunk.text[infos[1].start:infos[1].end]))
            topic_text += " " + chunk.text[infos[1].start:infos[1].end].lower()
        # entities a passage need not name: the subject of its whole report ('China' in a China report)
        places = [e for e in slots.entities if e.place and not subject_of(snap, e.name, chunk.doc_id)]
        asks_place = any(e.place for e in slots.entities) and not slots_world(slots)
        frame = f"{(chunk.section or '').lower()} {chunk.title.lower()} {topic_text}"
        prev_text = ""
        prev_terms: set[str] = set()
        caption_years: set[int] = set()
        for si, sent in enumerate(infos):
            text = chunk.text[sent.start:sent.end]
            row = is_row(text)
            years_in = ({f.year for f in sent.figures if f.year} | {int(f.number) for f in sent.figures if f.unit == "year"}
                        | set(fiscal_years(text)))  # 'FY19' is 2019
            if not row:
                caption_years |= years_in
            else:
                years_in |= caption_years  # a table row belongs to its caption's year
            figures = [f for f in sent.figures if not is_version(text, f)]
            figures = figures if "rank" in slots.units else [f for f in figures if not is_numbering(text, f)]
            if len(text) < 12 and not figures:
                continue
            sterms = set(tokenize(text))
            # the heading, the passage's first sentence and the sentence before count at half weight
            context = heading_terms | topic_terms | prev_terms
            overlap = (sum(weight[t] for t in qterms & sterms)
                       + 0.5 * sum(weight[t] for t in (qterms & context) - sterms)) / total_weight
            prev_terms = sterms
            lowered = text.lower()
            local = f"{lowered} {prev_text}"
            near = f"{local} {frame}"
            prev_text = lowered
            unit_hit = unit_figures(figures, slots) if slots.units else []
            # the first unit asked is the answer's ('by what multiples did the number and value grow')
            primary = bool(unit_hit) and (len(slots.units) == 1 or bool(unit_figures(figures, first_unit)))
            year_match = bool(asked_years & years_in)
            words = len(text.split())
            f = {
                "semantic": float(sims[si]),
                "overlap": overlap,
                "names": sum(1 for n in slots.names if mentions(lowered, n)) / len(slots.names) if slots.names else 0.0,
                "passage_names": chunk_names,
                "rank_row": float(slots.rank is not None and row and row_rank(text) == slots.rank),
                # 'which companies lead ...': a sentence naming others than the question does answers it
                "lists_names": (2.0 if lists_names(text) else 1.0)
                if slots.entity and not slots.units and new_names(text, slots) >= 2 else 0.0,
                "unit_primary": float(bool(unit_hit) and primary),
                "unit_secondary": float(bool(unit_hit) and not primary),
                "unit_absent": float(not unit_hit and slots.unit is not None),
                "year_match": float(bool(asked_years) and year_match),
                # a sentence without the year, in a passage that has it, is not evidence against it
                "year_absent_passage": float(bool(asked_years) and not year_match and not asked_years & chunk_years),
                "year_other": float(bool(asked_years) and not year_match and bool(asked_years & chunk_years)
                                    and bool(years_in)),
                "other_source": float(other_source),
                "residue": float((not row and not re.search(r"[.!?)\]”\"]$", text) and words > 25) or words > 80),
                "retrieval_rank": 1.0 / (1 + pi),
                "metric_missing": float(metric_missing),
                # 'what does the table show' is answered by the sentence that introduces the table
                "table_intro": float(slots.about_table and TABLE_INTRO.search(text) is not None),
                "qualifier_missing": float(qualifier_missing),
                # a place asked about, named neither in the sentence, the one before, nor the passage's
                # heading or topic sentence: the sentence speaks of somewhere else ('global', not 'Europe')
                # (named only elsewhere in the passage, it still counts when the sentence names no other place)
                "place_missing_near": float(sum(1 for e in places if not mentions_entity(near, e) and (
                    not mentions_entity(about, e) or elsewhere(local, places)))),
                # a figure scoped to the whole world ('the global AI industry') is not the figure of
                # the country or region asked, even when the sentence names that place in passing
                "world_scope": float(asks_place and bool(_WORLD.search(lowered))),
            }
            out.append(Evidence(pi, si, text, figures, years_in, chunk_years, row,
                                not asked_years or year_match, f, weights.score(f)))
    out.sort(key=lambda e: -e.score)
    return out
