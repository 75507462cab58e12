"""The fresh pages (eval/fresh/fresh_pages*.json): annual-report pages in TAT-QA's format written
blind for the project, and the tuners' probe sets on them (eval/fresh/probes/). Their gold must be sound
before any score means anything: every span is on its page, every arithmetic answer recomputes from its
derivation, every count counts its items, and both halves of a page file are there (no model is run)."""

from __future__ import annotations

import json
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from eval.tatqa.data import load_tatqa
from eval.tatqa.normalise import holds_gold

FILES = sorted((Path(__file__).resolve().parents[1] / "eval" / "fresh").glob("fresh_pages*.json"))
FILES = [f for f in FILES if not f.stem.endswith("_outcomes")]
PROBES = sorted((Path(__file__).resolve().parents[1] / "eval" / "fresh" / "probes").glob("*.json"))
CONTEXTS = {f.name: load_tatqa(f) for f in FILES}
PROBE_CONTEXTS = {f.name: load_tatqa(f) for f in PROBES}
QUESTIONS = [(c, q) for contexts in CONTEXTS.values() for c in contexts for q in c.questions]
# a probe reuses dev pages with new questions; one probe may extend another, so uids repeat only across probes
CHECKED = QUESTIONS + list({q.uid: (c, q) for contexts in PROBE_CONTEXTS.values() for c in contexts
                            for q in c.questions}.values())
_derivations = {q["uid"]: q["derivation"] for f in FILES + PROBES for page in json.loads(f.read_text(encoding="utf-8"))
                for q in page["questions"]}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _value(derivation: str) -> Decimal:
    """The derivation's arithmetic in decimals ('(1,496.5-1,202.9)/1,202.9'), its currency marks dropped."""
    expr = re.sub(r"[^\d.+\-*/() ,−–]", "", derivation).replace(",", "").replace("−", "-").replace("–", "-")
    expr = re.sub(r"(?<!\d)\.(?!\d)", "", expr)  # the dot of an abbreviation ('Ps.'), no decimal point
    if not re.fullmatch(r"[\d.+\-*/() ]+", expr):
        raise AssertionError(f"derivation {derivation!r} is not plain arithmetic")
    return eval(re.sub(r"(\d+(?:\.\d+)?)", r"Decimal('\1')", expr), {"Decimal": Decimal, "__builtins__": {}})


def test_there_are_page_files():
    assert [f.name for f in FILES][:1] == ["fresh_pages.json"]


@pytest.mark.parametrize("name", [f.name for f in FILES])
def test_both_halves_are_there_and_each_page_has_questions(name):
    contexts = CONTEXTS[name]
    halves = Counter(c.split for c in contexts)
    assert halves["dev"] >= 10 and halves["heldout"] >= 10 and abs(halves["dev"] - halves["heldout"]) <= 3
    assert all(4 <= len(c.questions) <= 8 for c in contexts)


def test_question_ids_are_unique_across_the_files():
    assert len({q.uid for _, q in QUESTIONS}) == len(QUESTIONS)


def test_there_are_probe_sets_and_their_ids_are_their_own():
    assert PROBES and all(q.uid.startswith("probe-") for _, q in CHECKED[len(QUESTIONS):])

@pytest.mark.parametrize("ctx, q", [(c, q) for c, q in CHECKED if q.answer_type in ("span", "multi-span")],
                         ids=lambda x: getattr(x, "uid", ""))
def test_a_span_is_written_on_its_page(ctx, q):
    page = {_flat(cell) for row in ctx.table for cell in row} | {_flat(" ".join(ctx.paragraphs))}
    assert all(any(_flat(a) == p or _flat(a) in p for p in page) for a in q.answer), q.answer


@pytest.mark.parametrize("ctx, q", [(c, q) for c, q in CHECKED if q.answer_type == "arithmetic"],
                         ids=lambda x: getattr(x, "uid", ""))
def test_an_arithmetic_answer_recomputes_from_its_derivation(ctx, q):
    raw = _derivations[q.uid]
    got, want = _value(raw), Decimal(q.answer[0])
    assert min(abs(got - want), abs(got * 100 - want)) <= Decimal("0.01"), (raw, got, want)
    assert holds_gold(f"{q.answer[0]}{'%' if q.scale == 'percent' else ''}", list(q.answer), q.scale)


@pytest.mark.parametrize("ctx, q", [(c, q) for c, q in CHECKED if q.answer_type == "count"],
                         ids=lambda x: getattr(x, "uid", ""))
def test_a_count_counts_its_items(ctx, q):
    assert int(q.answer[0]) == len(_derivations[q.uid].split("##"))
