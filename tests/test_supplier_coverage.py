"""A fall-through candidate that supplies the slot the blocked best lacks must cover every other slot of the
question too (fallthrough.py `covers_all`), and from far under the best it leads bold only when clearly ahead
(`supplied_unclear`)."""

from __future__ import annotations

from types import SimpleNamespace

from rag.extractive.fallthrough import Asked, Verdict, covers_all, judge, supplied_unclear


def _candidate(score: float, passage: int = 0, **features: float):
    return SimpleNamespace(score=score, passage_index=passage, features=features)


def _blocked_by(gate: str, top):
    return lambda e, figures, ordered: (gate, "blocked") if e is top else None


def test_a_supplier_missing_the_year_asked_is_not_judged():
    # 'how many models had China released as of 1H 2024': best covers too few key terms; another passage
    # covers more but names no year ('China now leads the world with 1,509 large models')
    top = _candidate(0.80, 0, names=1.0, passage_names=1.0, year_match=1.0, overlap=0.3)
    undated = _candidate(0.67, 1, names=1.0, passage_names=1.0, overlap=0.4)
    asked = Asked(names=True, period=True)
    assert not covers_all(undated, top, asked)
    assert judge([top, undated], top, lambda e: [], _blocked_by("coverage", top), 0.1, 0.15, asked)[0] is None


def test_a_supplier_naming_only_some_of_the_names_is_no_longer_judged():
    # dated, more key terms, but only one of the two names asked: it supplied coverage before, not now
    top = _candidate(0.80, 0, names=1.0, passage_names=1.0, year_match=1.0, overlap=0.3)
    half = _candidate(0.67, 1, names=0.5, passage_names=0.5, year_match=1.0, overlap=0.4)
    gate = _blocked_by("coverage", top)
    assert judge([top, half], top, lambda e: [], gate, 0.1, 0.15)[0].evidence is half
    assert judge([top, half], top, lambda e: [], gate, 0.1, 0.15, Asked(names=True, period=True))[0] is None


def test_a_supplier_missing_a_name_or_a_measure_is_not_judged():
    top = _candidate(0.80, 0, names=1.0, passage_names=1.0, overlap=0.3)
    half_named = _candidate(0.75, 1, names=0.5, passage_names=0.5, overlap=0.4)
    other_measure = _candidate(0.75, 1, names=1.0, passage_names=1.0, overlap=0.4, metric_missing=1.0)
    asked = Asked(names=True)
    assert not covers_all(half_named, top, asked) and not covers_all(other_measure, top, asked)
    named_in_passage = _candidate(0.75, 1, names=0.0, passage_names=1.0, overlap=0.4)
    assert covers_all(named_in_passage, top, asked)


def test_the_year_of_the_best_passage_dates_a_supplier_in_it():
    top = _candidate(0.80, 0, year_match=1.0, unit_primary=1.0, overlap=0.56)
    same = _candidate(0.68, 0, unit_primary=1.0, overlap=0.52)
    assert covers_all(same, top, Asked(period=True))
    assert not covers_all(_candidate(0.68, 2, unit_primary=1.0, overlap=0.52), top, Asked(period=True))


def test_a_far_supplier_is_bold_only_when_clearly_ahead():
    top = _candidate(0.80, 0, overlap=0.3)
    far = _candidate(0.68, 1, overlap=0.4)
    blocked, chosen = Verdict(top, [], ("coverage", "x")), Verdict(far, [], None, supplied=True)
    close_rival = _candidate(0.65, 2, overlap=0.4)
    assert supplied_unclear(chosen, [top, far, close_rival], [blocked, chosen], 0.1) is not None
    assert supplied_unclear(chosen, [top, far, _candidate(0.5, 2)], [blocked, chosen], 0.1) is None
    # within the close margin, or judged as strong as the best, the lead is not doubted here
    near = Verdict(_candidate(0.75, 1), [], None, supplied=True)
    assert supplied_unclear(near, [top, near.evidence, close_rival], [blocked, near], 0.1) is None
    strong = Verdict(far, [], None)
    assert supplied_unclear(strong, [top, far, close_rival], [blocked, strong], 0.1) is None
