"""The keyword query's added spellings: joined compounds, abbreviations, glued chart tokens."""

from ingest.keyword import KeywordIndex
from rag.query_terms import aliases, glued_terms, keyword_scores


def test_a_hyphenated_compound_also_matches_its_joined_spelling():
    index = KeywordIndex.build(["Endcloud collaboration is spreading.", "Rain at the end of the day."])
    got = dict(aliases("What speeds up end-cloud collaboration?", index.vocab))
    assert "endcloud" in got
    plain = index.scores("What speeds up end-cloud collaboration?")
    assert keyword_scores(index, "What speeds up end-cloud collaboration?")[0] > plain[0]


def test_a_spelled_out_term_finds_its_abbreviation_and_back():
    index = KeywordIndex.build(["CAGR 12% over the period", "compound annual growth rate of 9%"])
    assert ("cagr", None) in aliases("What compound growth rate is forecast?", index.vocab)
    assert ("annual", None) in aliases("What is the CAGR?", index.vocab)


def test_only_spellings_the_index_holds_are_added():
    index = KeywordIndex.build(["market size"])
    assert aliases("What compound growth rate does the end-cloud market have?", index.vocab) == []


def test_a_number_glued_to_a_label_is_found_under_each_part():
    glued = glued_terms(["cagr44.9", "2029e", "market", "a1", "o3"])
    assert glued["cagr"] == ("cagr44.9",) and glued["44.9"] == ("cagr44.9",) and glued["2029"] == ("2029e",)
    assert "o" not in glued and "a" not in glued


def test_a_glued_token_counts_only_as_the_term_it_stands_for():
    texts = ["Market size 2023-2029E chart", "Market size in 2029 was large", "Other words entirely here"]
    index = KeywordIndex.build(texts)
    glued = glued_terms(index.terms)
    scores = keyword_scores(index, "market size in 2029", glued)
    plain = index.scores("market size in 2029")
    assert scores[0] > plain[0]  # the chart's '2029e' now counts as '2029'
    assert scores[1] == plain[1]  # a chunk with '2029' itself gains nothing
    assert scores[0] <= scores[1] + 1e-6 or index.doc_len[0] < index.doc_len[1]  # never more than the real term


def test_a_synonym_counts_as_the_word_asked_only_where_that_word_is_absent():
    from rag.query_terms import found_as_asked
    index = KeywordIndex.build(["the global market grew", "the world market grew", "rain fell today"])
    scores = keyword_scores(index, "world market")
    plain = index.scores("world market")
    assert scores[0] > plain[0] and scores[1] == plain[1] and scores[2] == 0
    assert found_as_asked({"world", "market"}, {"global", "market"}, None) == {"world", "market"}
    assert found_as_asked({"world"}, {"market"}, None) == set()


def test_an_asked_form_no_report_uses_finds_the_indexed_form_of_its_root():
    from rag.query_terms import word_forms
    index = KeywordIndex.build(["monetization of apps is slow", "other text"])
    forms = word_forms(index.terms)
    assert ("monetization", "monetize") in aliases("Why do apps struggle to monetize?", index.vocab, forms)
    # a form the index has is matched as is: no family added ('invest' does not pull in 'investment')
    index2 = KeywordIndex.build(["they invest heavily", "investment rose"])
    assert aliases("How much did they invest?", index2.vocab, word_forms(index2.terms)) == []


def test_a_joined_word_finds_the_indexed_pair_the_reports_write():
    from ingest.keyword import KeywordIndex
    from rag.query_terms import keyword_scores, split_pair

    index = KeywordIndex.build(["the tool chain developers need", "a chain of shops"])
    assert split_pair("toolchain", index.vocab) == "tool_chain" and split_pair("shop", index.vocab) is None
    scores = keyword_scores(index, "Which toolchain is needed?")
    assert scores[0] > scores[1] > 0


def test_what_a_thing_hinges_on_is_found_where_it_lies_in():
    from rag.query_terms import other_forms

    assert "lie" in other_forms("hinge", None) or "lies" in other_forms("hinge", None)
