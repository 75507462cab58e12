"""The fall-through's wider margin (fallthrough.py `_considered`, `Weights.supply_margin`): a candidate
supplying the very slot the preferred sentence was blocked for is judged from further below it, if
it keeps the year asked or stands in the same passage; and a blocked sentence is no complement."""

from __future__ import annotations

from types import SimpleNamespace

from ingest.figures import parse_figures
from rag.extractive.features import Evidence
from rag.extractive.fallthrough import Asked, judge, supplies
from rag.extractive.slots import parse


def _candidate(score: float, passage: int = 0, **features: float):
    return SimpleNamespace(score=score, passage_index=passage, features=features)


def _blocked_by(gate: str, top):
    return lambda e, figures, ordered: (gate, "blocked") if e is top else None


def test_a_share_given_in_the_best_passage_answers_from_beyond_the_close_margin():
    # best: 'a nearly 50% year-on-year increase' (a rate of change); the next sentence of its passage gives the share
    top = _candidate(0.80, 0, unit_primary=1.0, year_match=1.0, overlap=0.56)
    share = _candidate(0.68, 0, unit_primary=1.0, overlap=0.52)
    assert supplies(share, top, "share_not_change")
    chosen, _ = judge([top, share], top, lambda e: [], _blocked_by("share_not_change", top), 0.1, 0.15)
    assert chosen is not None and chosen.evidence is share
    # without the wider margin it is not judged, nor beyond the wider one
    assert judge([top, share], top, lambda e: [], _blocked_by("share_not_change", top), 0.1)[0] is None
    far = _candidate(0.60, 0, unit_primary=1.0, overlap=0.52)
    assert judge([top, far], top, lambda e: [], _blocked_by("share_not_change", top), 0.1, 0.15)[0] is None


def test_beyond_the_close_margin_a_sentence_of_another_passage_must_keep_the_year_asked():
    # best covers too few key terms (coverage) but names the year; the other covers more, in another passage, undated
    top = _candidate(0.79, 3, names=1.0, passage_names=1.0, unit_primary=1.0, year_match=1.0, overlap=0.28)
    undated = _candidate(0.66, 1, names=1.0, passage_names=1.0, unit_primary=1.0, overlap=0.34)
    dated = _candidate(0.66, 1, names=1.0, passage_names=1.0, unit_primary=1.0, year_match=1.0, overlap=0.34)
    assert supplies(undated, top, "coverage") and supplies(dated, top, "coverage")
    gate, asked = _blocked_by("coverage", top), Asked(names=True, period=True)
    assert judge([top, undated], top, lambda e: [], gate, 0.1, 0.15, asked)[0] is None
    assert judge([top, dated], top, lambda e: [], gate, 0.1, 0.15, asked)[0].evidence is dated


def test_a_candidate_covering_no_more_key_terms_does_not_supply_coverage():
    top = _candidate(0.80, 0, overlap=0.4)
    assert not supplies(_candidate(0.70, 1, overlap=0.4), top, "coverage")
    assert supplies(_candidate(0.70, 1, overlap=0.5), top, "coverage")


def test_a_blocked_sentence_is_no_complement():
    from rag.extractive.compose import complement
    q = parse("HumanEval gap between top U.S. and Chinese models, 2023 versus 2024?")

    def ev(passage, i, text, score, years):
        return Evidence(passage, i, text, parse_figures(text), set(years), set(years), False, True,
                        features={}, score=score)
    best = ev(0, 0, "In 2023, U.S. models led by 17.5% and 31.6% on MMLU and HumanEval.", 0.85, {2023})
    same = ev(0, 1, "By the end of 2024, these gaps had narrowed to 0.3% and 3.7%, respectively.", 0.71, {2024})
    assert complement(q, [best, same], best) is same
    assert complement(q, [e for e in [best, same] if id(e) not in {id(same)}], best) is None


def test_compose_leads_with_no_figure_of_a_blocked_sentence():
    from rag.extractive.compose import compose
    from tests.test_extractive import evidence
    q = "HumanEval gap between top U.S. and Chinese models, 2023 versus 2024?"
    ctx, slots, ev = evidence(q, "In 2023, U.S. models led by 17.5% and 31.6% on MMLU and HumanEval. "
                              "By the end of 2024, these gaps had narrowed to 0.3% and 3.7%, respectively.")
    best = next(e for e in ev if e.text.startswith("In 2023"))
    other = next(e for e in ev if e.text.startswith("By the end"))
    figures = [f for f in best.figures if f.unit == "percent"][:1]
    free = compose(ctx, slots, ev, best, figures, best.score, "extractive", 600)
    assert "3.7%**" in free.answer or "0.3%**" in free.answer  # the other year's figure joins the lead
    kept = compose(ctx, slots, ev, best, figures, best.score, "extractive", 600, blocked=frozenset({id(other)}))
    assert "3.7%**" not in kept.answer and "0.3%**" not in kept.answer
