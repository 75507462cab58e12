"""What the answer path keeps between questions (rag/extractive/facts.py, rag/extractive/mention.py,
`Snapshot.derived`) answers exactly as the work it saves: the compiled name tests against the
functions they stand for, the kept passage facts and figures against fresh ones, and the same
answer whether or not a snapshot keeps anything. No embedding model."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from ingest import index as index_module
from ingest.index import Snapshot
from rag.assistant import check_citations
from rag.extractive import facts as facts_module
from rag.extractive.answerer import ExtractiveAnswerer
from rag.extractive.facts import kept, passage_facts
from rag.extractive.features import elsewhere
from rag.extractive.mention import Mentions
from rag.extractive.names import mentions, mentions_entity
from rag.extractive.slots import entities_of, parse
from rag.extractive.weights import HAND
from rag.types import Answer, Citation
from rag.verify import check
from test_extractive import chunk, context

NAMES = ["China", "China's", "Chinese", "U.S.", "US", "United States", "ICBC", "AIGC", "October", "Company A",
         "Company E", "MiniMax", "Baidu-Comate", "OpenAI/Anthropic", "Xi", "Europe", "Hong Kong", "EU", "AI"]
TEXTS = ["china's ai market grew.", "the chinese market", "industrial and commercial bank of china lent more",
         "u.s. firms and american buyers", "business users in the us", "in oct 2024 sales rose", "company a ranked first",
         "company e", "minimax and openai raised funds", "baidu comate downloads", "anthropic, openai and others",
         "the european union (eu) and hong kong", "the global market", "no names here", "", "usa; the united states",
         "xi'an", "chin up", "aigc applications", "artificial intelligence generated content (aigc)"]


@pytest.mark.parametrize("name", NAMES)
def test_compiled_name_test_answers_as_mentions(name):
    tests = Mentions()
    assert [tests.mentions(t, name) for t in TEXTS] == [mentions(t, name) for t in TEXTS]


@pytest.mark.parametrize("name", NAMES)
def test_compiled_entity_test_answers_as_mentions_entity(name):
    tests = Mentions()
    for entity in entities_of([name]):
        assert [tests.mentions_entity(t, entity) for t in TEXTS] == [mentions_entity(t, entity) for t in TEXTS]


def test_other_place_with_the_world_check_answers_as_elsewhere():
    from rag.extractive.features import WORLD

    tests = Mentions()
    places = [e for e in entities_of(NAMES) if e.place]
    for n in range(0, 3):
        for asked in itertools.combinations(places, n):
            asked = list(asked)
            for t in TEXTS:
                assert bool(WORLD.search(t) or tests.other_place(t, asked)) == elsewhere(t, asked), (asked, t)


def test_a_snapshot_keeps_a_derived_value_and_drops_the_oldest_past_its_bound(monkeypatch):
    monkeypatch.setattr(index_module, "MEMO_KEPT", 3)
    snap = context("q?", "One sentence.").snapshot
    made = []
    for key in ("a", "b", "a", "c", "d"):
        snap.derived(key, lambda key=key: made.append(key) or key.upper())
    assert made == ["a", "b", "c", "d"]  # 'a' was kept the second time
    assert list(snap.memo) == ["b", "c", "d"]  # the oldest dropped for 'd'
    assert kept(None, ("x",), lambda: 5) == 5  # no snapshot: made each time


def test_passage_facts_are_derived_once_per_snapshot_and_match_a_fresh_derivation():
    text = "Global AI Market\nThe market reached USD 10 billion in 2024. Rank: 1; Company: MiniMax; Share: 5%"
    ctx = context("How big was the market in 2024?", text, section="Chapter 2 Market")
    snap = ctx.snapshot
    first = passage_facts(snap, 0)
    assert passage_facts(snap, 0) is first
    fresh = facts_module.derive(snap, 0)
    for name in ("about", "heading_terms", "lowered", "meta", "years", "topic_terms", "frame"):
        assert getattr(first, name) == getattr(fresh, name)
    assert [(s.text, s.terms, s.row, s.years, s.words, s.ends) for s in first.sentences] == \
        [(s.text, s.terms, s.row, s.years, s.words, s.ends) for s in fresh.sentences]
    assert 2024 in first.years and first.sentences[-1].row and 2024 in first.sentences[-1].years  # caption's year
    assert all(f.unit != "count" or f.text != "1" for f in first.sentences[-1].amounts)  # 'Rank: 1' is numbering


def test_the_answer_is_the_same_from_a_fresh_and_a_kept_snapshot():
    texts = ("China's AI market reached RMB 500 billion in 2024, up 20% from 2023.",
             "The global market was USD 200 billion in 2024. Europe accounted for 25%.")
    for q in ("How big was China's AI market in 2024?", "What share did Europe account for?",
              "What was the global market in 2023?"):
        warm = context(q, *texts)
        answerer = ExtractiveAnswerer(threshold=-5)
        answerer.answer(warm)  # fills the snapshot's kept values
        again = answerer.answer(warm).as_dict()
        cold = answerer.answer(context(q, *texts)).as_dict()
        assert again == cold
        assert warm.snapshot.memo  # something was kept


def test_scores_are_the_sum_of_features_times_weights():
    f = {"semantic": 0.7, "overlap": 0.5, "unit_absent": 1.0, "year_other": 1.0}
    assert HAND.score(f) == HAND.bias + sum(getattr(HAND, k) * v for k, v in f.items())


def test_citation_check_with_kept_passage_figures_finds_the_same():
    passage = "Revenue was USD 1.2 billion in 2024 and margins were 15%."
    cite = Citation.from_passage(1, context("q?", passage).passages[0])
    snap = context("q?", passage).snapshot
    for text in ("Revenue was **USD 1.2 billion** [1].", "Revenue was **USD 1.5 billion** [1].", "Margins: 15% [2]."):
        plain = check_citations(Answer("q", text, None, False, [cite]))
        kept_ = check_citations(Answer("q", text, None, False, [cite]), snap)
        assert (plain.unsupported_figures, plain.warnings) == (kept_.unsupported_figures, kept_.warnings)
        assert check(text, [passage]).unsupported_figures == plain.unsupported_figures
    assert any(k[0] == "passage_figures" for k in snap.memo)


def test_tables_are_parsed_once_per_snapshot():
    from rag.extractive.cells import tables_of

    from ingest.tables import Cell, Table, tables_to_json

    tables_json = tables_to_json([Table(None, ["2019", "2018"], ["Revenue"],
                                        [Cell("Revenue", "2019", "10", 10.0), Cell("Revenue", "2018", "9", 9.0)])])
    ctx = context("What was revenue in 2019?", "Revenue — 2019: 10; 2018: 9")
    ctx.passages[0].chunk.tables_json = tables_json
    first = tables_of(ctx)
    assert first and tables_of(ctx)[0][1] is first[0][1]
    assert [t for _, t in first] == ctx.passages[0].chunk.tables


def test_parse_entities_and_ranks_unchanged():
    from rag.extractive.question_names import COUNTRY_FORMS, norm_name

    for name in NAMES:  # the forms entities_of finds are those of the first group holding the name
        forms = next((f for f in COUNTRY_FORMS if norm_name(name) in {norm_name(x) for x in f}), ())
        assert [(e.aliases, e.place) for e in entities_of([name])] in (
            [(tuple(f for f in forms if f != name), bool(forms))], [])
    assert parse("Which company ranked third?").rank == 3
    assert parse("Who is in second place?").rank == 2
    assert parse("Which model tops the index?").rank == 1
    assert parse("What was revenue?").rank is None


def test_snapshot_vectors_kept_as_float32():
    ctx = context("q?", "One. Two.", vectors=[[1, 0, 0, 0], [0, 1, 0, 0]])
    v = passage_facts(ctx.snapshot, 0).vectors
    assert v.dtype == np.float32 and np.array_equal(v, ctx.snapshot.vectors_of(0).astype(np.float32))
    assert isinstance(ctx.snapshot, Snapshot)
