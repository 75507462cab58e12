"""Work done once instead of again (session 26, issue 15): each shortcut gives exactly what the
longer way gives, on the smallest input, without the embedding model."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from ingest.keyword import KeywordIndex, tokenize, word_pairs
from rag import query_terms
from rag.extractive import gates, slots as slots_module
from rag.extractive.choice_names import _COMPARED_WITH, alternatives
from rag.extractive.operations import asked_operation, operation
from rag.extractive.slots import _ORDINAL_CUES, _ORDINALS, parse
from tests.test_extractive import evidence


# -- slots.parse ------------------------------------------------------------------------------------
@pytest.mark.parametrize("word", list(_ORDINALS))
def test_the_one_ordinal_search_matches_exactly_when_one_of_the_cues_does(word):
    texts = [f"Which firm ranked {word} in 2024?", f"Who came {word}-ranked?", f"the {word} place finisher",
             f"Is it {word}?", f"In {word}s we trust", f"ranked {word}ly", f"a {word}-class firm", f"{word} ranked",
             f"RANKS {word.upper()}", f"the {word}est"]
    for text in texts:
        assert (slots_module._ANY_ORDINAL_CUE.search(text) is not None) == any(c.search(text) for c, _ in _ORDINAL_CUES)


def test_the_rank_asked_is_read_as_before():
    assert parse("Which company ranked third by revenue in 2024?").rank == 3
    assert parse("Who is in second place on the index?").rank == 2
    assert parse("What was revenue in 2019?").rank is None


def test_the_metric_patterns_are_the_metric_cues_compiled():
    from rag.extractive import measures
    for name, pattern in measures._METRIC_PATTERNS:
        assert pattern.pattern == rf"\b({measures._METRIC_CUES[name]})\b{measures._SERVICE_NOUN}" and pattern.flags & re.I
    assert parse("What were the company's net revenues and users in 2023?").metrics == ("revenue", "users")


def test_a_derived_value_is_made_once_and_a_replaced_copy_keeps_none():
    s = parse("What was revenue in 2019?")
    made = []
    assert s.derived("k", lambda: made.append(1) or 7) == 7 and s.derived("k", lambda: made.append(1) or 8) == 7
    assert made == [1]
    assert replace(s, years=(2020,)).derived("k", lambda: 9) == 9
    assert s == parse("What was revenue in 2019?") and "_memo" not in repr(s)  # no part of the slots


# -- the topic checks, once per passage -------------------------------------------------------------
def _uncached(ctx, slots, ev):
    for check in gates.TOPIC_CHECKS:
        reason = check(ctx, slots, ev)
        if reason:
            return reason
    return None


def test_place_named_is_the_only_sentence_check_and_comes_last():
    assert gates.TOPIC_CHECKS[-1] is gates.place_named


@pytest.mark.parametrize("question", [
    "What was the average deal size in the United Kingdom in 2024?",
    "How many parameters does Zentro have?",
    "What did Orbis report in the logistics chapter?",
    "What was the deal size in 2024?",
])
def test_the_kept_topic_verdict_is_the_checks_verdict(question):
    ctx, slots, ev = evidence(question, "In 2024, the average deal size in China was USD 20 million. Zentro grew.",
                              "Orbis counts 7 parameters in the United Kingdom.", "Logistics spending rose.")
    for e in ev + ev:  # twice: the second time from what was kept
        assert gates.off_topic(ctx, slots, e) == _uncached(ctx, slots, e)


# -- the asked terms' spellings -------------------------------------------------------------------
def test_found_among_the_spellings_is_found_as_asked():
    forms = {"monetize": ("monetization",), "world": ("worldwide",)}
    asked = ["world", "market", "main", "monetize", "later", "toolchain"]
    spellings = query_terms.asked_forms(asked, forms)
    for present in ({"global", "market"}, {"primary"}, {"monetization"}, {"subsequently", "worldwide"}, set(),
                    {"market", "world"}, {"tool", "chain"}, {"tool"}, {"mainmarket"}):
        assert query_terms.found_among(spellings, present) == query_terms.found_as_asked(asked, present, forms)
    assert query_terms.found_among(query_terms.asked_forms(asked, None), {"monetization"}) == set()


# -- the keyword query ----------------------------------------------------------------------------
def test_the_abbreviation_forms_are_the_abbreviations_tokenized():
    for (spelled, written, abbr_tokens, spelled_tokens), (abbr, forms) in zip(query_terms._ABBREVIATION_FORMS,
                                                                             query_terms.ABBREVIATIONS.items()):
        assert spelled == tuple(tokenize(s) for s in forms) and all(isinstance(s, list) for s in spelled)
        assert written.pattern == rf"(?<![a-z0-9]){re.escape(abbr)}(?![a-z0-9])"
        assert abbr_tokens == tokenize(abbr) and spelled_tokens == tokenize(forms[0])
    index = KeywordIndex.build(["CAGR 12% over the period", "year on year growth", "compound annual growth rate"])
    assert ("cagr", None) in query_terms.aliases("What compound annual growth rate is forecast?", index.vocab)
    assert ("year", None) in query_terms.aliases("What was the YoY change?", index.vocab)


# -- the alternatives a question names --------------------------------------------------------------
def test_a_question_without_compare_never_matches_the_compared_with_search():
    for q in ("How did investment in the U.S. compare with China?", "How did A COMPARE TO B among firms?",
              "A's revenue compared against B's", "How did A stack up against B?", "Which is larger, A or B?"):
        assert (_COMPARED_WITH.search(q) is not None) <= ("compare" in q.lower())
    assert alternatives("How did investment in robots COMPARE WITH drones among startups?").names == ("robots",
                                                                                                      "drones")
    assert alternatives("How did investment in robots fare among startups?") is None


def test_the_operation_asked_is_found_once_for_the_slots():
    s = parse("What was the percentage change in revenue from 2018 to 2019?")
    assert asked_operation(s, s.text) == operation(s.text) == "percent_change"
    assert s._memo[("operation", s.text)] == "percent_change"


# -- KeywordIndex.scores ----------------------------------------------------------------------------
def test_a_terms_bm25_share_is_made_once_and_scores_stay_the_same():
    index = KeywordIndex.build(["AI market revenue grew in China", "revenue of the cloud market", "robots in Japan"])
    first = {q: index.scores(q) for q in ("market revenue", "China market", "robots revenue")}
    asked = {t for q in first for t in tokenize(q) + word_pairs(tokenize(q))}
    assert set(index._added) == {index.vocab[t] for t in asked if t in index.vocab}
    fresh = KeywordIndex.build(["AI market revenue grew in China", "revenue of the cloud market", "robots in Japan"])
    for q, scores in first.items():
        assert index.scores(q).tobytes() == scores.tobytes() == fresh.scores(q).tobytes()
