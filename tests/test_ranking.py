"""Ranking tables (a Rank column) addressed by their order, one rule per test on the smallest input
(a few rows read from a grid, no model, no index)."""

from __future__ import annotations

from ingest.tables import read_grid, tables_to_json
from ingest.types import Chunk
from rag.extractive.rank_words import asked
from rag.extractive.ranking import ranked_rows, rankings
from rag.extractive.slots import parse
from rag.types import AnswerContext, Passage
from rag.verify import derived

GLOBAL = ("Ranking of global companies, in terms of revenues in 2024",
          [["Rank", "Company name", "Market share, %"], ["1", "Company A", "30.1%"], ["2", "Company B", "16.9%"],
           ["3", "Company C", "8.2%"], ["4", "Company D", "4.7%"]])
PUREPLAY = ("Ranking of global pureplay companies, in terms of revenues in 2024",
            [["Rank", "Company name", "Market share, %"], ["1", "Company A", "30.1%"], ["2", "Company D", "4.7%"],
             ["3", "Company E", "2.8%"]])
INDEX = ("Intelligence Index (evaluation of text models), November 7, 2025",
         [["Rank", "Company name", "Model", "Index"], ["1", "OpenAI", "GPT-5 Codex (high)", "68"],
          ["1", "OpenAI", "GPT-5 (high)", "68"], ["3", "X", "Grok 4", "65"], ["4", "Anthropic", "Claude 4.5", "63"]])
# titles swapped: the 'Video' arena lists speech models, the 'Speech' arena video models
VIDEO_TITLED = ("Video Arena Leaderboard (evaluation of video models)",
                [["Rank", "Company name", "Model", "Arena ELO"], ["1", "Minimax", "Speech-02-HD", "1,174"],
                 ["2", "OpenAI", "TTS-1 HD", "1,146"], ["3", "OpenAI", "TTS-1", "1,132"],
                 ["4", "ElevenLabs", "Multilingual v2", "1,114"]])
SPEECH_TITLED = ("Speech Arena Leaderboard (evaluation of speech models)",
                 [["Rank", "Company name", "Model", "Arena ELO"], ["1", "ByteDance", "Seedance 1.0", "1,355"],
                  ["2", "Minimax", "Hailuo 02", "1,331"],
                  ["3", "Kuaishou", "Kling 2.0", "1,195"], ["4", "Kuaishou", "Kling 1.6 (Pro)", "1,144"],
                  ["5", "Lightricks", "LTV Video v0.9.7", "1,064"]])


def _ctx(question: str, *tables) -> AnswerContext:
    passages = []
    for i, (caption, grid) in enumerate(tables):
        read = read_grid(grid, caption)
        text = "\n".join([caption, read.header_line] + read.lines)
        chunk = Chunk(f"c{i}", "d1", text, "Report", "Pub", "2025", "r.txt", None, None, None, 1000 * i,
                      1000 * i + len(text), tables_json=tables_to_json([read.table]))
        passages.append(Passage(chunk, 1.0))
    return AnswerContext(question, passages)


def _ask(question: str, *tables):
    return ranked_rows(_ctx(question, *tables), question, parse(question).rank, "extractive")


def test_an_ordinal_addresses_the_row_of_that_rank():
    a = _ask("Which company ranks third in the global ranking by revenues in 2024?", GLOBAL)
    assert a is not None and a.answer.startswith("**Company C**") and "8.2%" in a.answer


def test_the_figure_leads_when_the_question_asks_the_figure_of_a_rank():
    q = "What market share did the top-ranked company have in the global ranking by revenues in 2024?"
    a = ranked_rows(_ctx(q, GLOBAL), q, parse(q).rank, "extractive", figure_asked=True)
    assert a is not None and a.answer.startswith("**30.1%**") and "Company A" in a.answer


def test_a_title_word_the_question_does_not_say_restricts_the_ranking():
    # both titles fit 'globally ... revenues'; 'pureplay' narrows one of them, and is not asked
    a = _ask("Which company ranks third globally by revenues in 2024?", PUREPLAY, GLOBAL)
    assert a is not None and a.answer.startswith("**Company C**")
    b = _ask("Which company ranks third among pureplay companies by revenues in 2024?", GLOBAL, PUREPLAY)
    assert b is not None and b.answer.startswith("**Company E**")


def test_a_restricted_ranking_gives_way_to_an_unrestricted_one_of_the_report_not_retrieved():
    from types import SimpleNamespace

    q = "Which company ranks third globally by revenues in 2024?"
    ctx = _ctx(q, PUREPLAY, GLOBAL)
    unretrieved = ctx.passages.pop().chunk
    ctx.snapshot = SimpleNamespace(chunks=[p.chunk for p in ctx.passages] + [unretrieved])
    assert ranked_rows(ctx, q, parse(q).rank, "extractive") is None
    asked_pureplay = "Which company ranks third among pureplay companies by revenues in 2024?"
    ctx.question = asked_pureplay
    a = ranked_rows(ctx, asked_pureplay, parse(asked_pureplay).rank, "extractive")
    assert a is not None and a.answer.startswith("**Company E**")


def test_a_scope_word_no_title_has_leaves_the_ranking_unanswered_here():
    assert _ask("Who is the largest non-U.S. pureplay company by revenues in 2024?", PUREPLAY, GLOBAL) is None


def test_a_question_about_other_things_than_the_rows_is_not_addressed():
    assert _ask("Which application segment is the largest?", GLOBAL) is None


def test_tied_rows_share_the_rank_asked():
    a = _ask("Which models top the Intelligence Index of November 7, 2025?", INDEX)
    assert a is not None and a.answer.startswith("**GPT-5 Codex (high) and GPT-5 (high)**") and a.shape == "list"


def test_which_company_of_a_table_of_models_answers_its_company_column():
    a = _ask("Which company's model tops the Intelligence Index?", INDEX)
    assert a is not None and a.answer.startswith("**OpenAI**")


def test_whose_model_answers_the_owner_column_of_a_table_of_models():
    a = _ask("Whose model ranks third on the Intelligence Index?", INDEX)
    assert a is not None and a.answer.startswith("**X**")
    assert parse("Whose model ranks third on the Intelligence Index?").shape == "which"  # 'whose' asks a name


def test_the_two_largest_are_ranks_one_and_two_added_with_derivation():
    a = _ask("What combined share of 2024 revenues did the two largest companies hold?", GLOBAL)
    assert a is not None and a.shape == "computed" and a.figure.startswith("47")
    assert a.derivation["op"] == "sum" and [o["value"] for o in a.derivation["operands"]] == ["30.1", "16.9"]
    assert derived([a.figure], a.derivation) == []  # the figure checker re-computes it


def test_how_far_apart_the_two_largest_is_their_gap():
    a = _ask("How far apart were the two largest companies by share of 2024 revenues?", GLOBAL)
    assert a is not None and a.figure.startswith("13.2") and "30.1%" in a.answer and "16.9%" in a.answer


def test_the_smallest_is_the_last_rank_and_a_rank_not_given_is_none():
    a = _ask("Which company has the smallest share in the global ranking by revenues in 2024?", GLOBAL)
    assert a is not None and a.answer.startswith("**Company D**")
    assert _ask("Which company ranks 16th in the global ranking by revenues in 2024?", GLOBAL) is None


def test_swapped_titles_are_read_from_what_the_rows_name():
    t = rankings(_ctx("x", VIDEO_TITLED, SPEECH_TITLED))
    assert "video" in t[1].title_terms and "speech" in t[0].title_terms
    a = _ask("Which video model leads the video arena?", VIDEO_TITLED, SPEECH_TITLED)
    assert a is not None and a.answer.startswith("**Seedance 1.0**")
    b = _ask("Which speech model leads the speech arena?", VIDEO_TITLED, SPEECH_TITLED)
    assert b is not None and b.answer.startswith("**Speech-02-HD**")


def test_rank_asked_forms():
    assert asked("the two largest companies combined", None).ranks == (1, 2)
    assert asked("Which is the second largest company?", None).ranks == (2,)
    assert asked("Which model leads?", 1).ranks == (1,)
    assert asked("Which company is the smallest?", None).ranks is None
    assert asked("What was revenue in 2024?", None) is None
    assert asked("How far apart are the top three?", None) is None  # a gap is between two
    assert asked("Who comes second on the index?", None).ranks == (2,)
    assert asked("Which model is No. 3 on the index?", None).ranks == (3,)
    assert asked("What was the share in the first half of 2024?", None) is None


def test_named_alternatives_are_compared_not_ranked():
    assert _ask("Does GPT-5 (high) lead Grok 4 on the Intelligence Index?", INDEX) is None



def test_a_row_the_cited_passage_does_not_write_is_not_cited_from_it():
    """A passage may carry a whole table (tables_json) but write only some of its rows: the answer
    cites the passage that writes the row asked, and with none it does not answer from the ranking."""
    q = "Which company ranks third in the global ranking by revenues in 2024?"
    ctx = _ctx(q, GLOBAL)
    chunk = ctx.passages[0].chunk
    chunk.text = "\n".join(line for line in chunk.text.splitlines() if "Company C" not in line)
    assert ranked_rows(ctx, q, parse(q).rank, "extractive") is None
    written = _ctx(q, GLOBAL).passages[0]
    ctx.passages.append(written)
    a = ranked_rows(ctx, q, parse(q).rank, "extractive")
    assert a is not None and a.answer.startswith("**Company C**")
    assert all("Company C" in c.text for c in a.citations)


def test_rows_owned_by_a_named_company_are_listed_in_rank_order():
    from rag.extractive.ranking_owned import owned_rows
    q = "Which OpenAI models are on the Intelligence Index?"
    a = owned_rows(_ctx(q, INDEX), parse(q), "extractive")
    assert a is not None and a.answer.startswith("**GPT-5 Codex (high) and GPT-5 (high)**")
    q = "List the OpenAI models in the Intelligence Index top ten."  # the owner is a cell, not a title word
    a = owned_rows(_ctx(q, INDEX), parse(q), "extractive")
    assert a is not None and a.answer.startswith("**GPT-5 Codex (high) and GPT-5 (high)**")
    q = "Which Anthropic model ranks first on the Intelligence Index?"  # the rank asked bounds the rows
    assert owned_rows(_ctx(q, INDEX), parse(q), "extractive") is None
    q = "Which companies lead the ranking of global companies?"  # no name given: not an owner's rows
    assert owned_rows(_ctx(q, GLOBAL), parse(q), "extractive") is None


def test_top_n_reads_numbers_to_ten():
    assert asked("List the models in the top ten of the index.", None).ranks == tuple(range(1, 11))
    assert asked("the top-3 models", None).ranks == (1, 2, 3)


def test_a_row_the_question_names_as_given_is_not_the_row_asked():
    # 'with Company A first' states the ranking's first row: a 'which' answered by it answers nothing
    assert _ask("Which company ranks first globally by revenues in 2024?", GLOBAL).answer.startswith("**Company A**")
    assert _ask("Which company is lowest globally by revenues in 2024, with Company A first?", GLOBAL) is None


CROS = ("Top CROs by 2024 revenue",
        [["Rank", "Company", "Headquarters", "2024 revenue (USD billion)", "Core strengths"],
         ["1", "Alpha Clinical", "United States", "9.6", "Oncology"], ["2", "Beta Research", "France", "7.8", "Late-phase trials"],
         ["3", "Gamma Trials", "Japan", "3.4", "Site networks"]])


def test_a_text_column_the_question_names_answers_for_the_row_of_the_rank():
    q = "Where is the third-ranked CRO headquartered?"
    a = ranked_rows(_ctx(q, CROS), q, parse(q).rank, "extractive", figure_asked=True)
    assert a is not None and a.answer.startswith("**Japan**")
    q = "What are the core strengths of the second-ranked CRO?"
    a = ranked_rows(_ctx(q, CROS), q, parse(q).rank, "extractive")
    assert a is not None and a.answer.startswith("**Late-phase trials**")
    q = "Which CRO ranks third among the headquarters listed?"  # 'which X': the row asked, no text column
    a = ranked_rows(_ctx(q, CROS), q, parse(q).rank, "extractive")
    assert a is None or not a.answer.startswith("**Japan**")


def test_a_measure_the_rank_does_not_order_leaves_the_rank_unasked():
    board = ("Leaderboard", [["Rank", "Model", "Composite score", "CodeArena", "AgentTasks"],
                             ["1", "Orion", "87.4", "85.6", "78.3"], ["2", "Sable", "85.9", "87.1", "74.0"],
                             ["3", "Kestrel", "83.2", "82.4", "76.9"]])
    assert _ask("Which model achieved the highest CodeArena score on the leaderboard?", board) is None
    a = _ask("Which model achieved the highest composite score on the leaderboard?", board)
    assert a is not None and a.figure == "Orion"


def test_a_superlative_word_alone_holds_within_the_named_owners_rows():
    from rag.extractive.ranking_owned import owned_rows
    from rag.extractive.rank_words import extreme_word
    assert extreme_word("Which Anthropic model places highest on the index?", None) == "best"
    assert extreme_word("Which Google model is lowest on the leaderboard?", None) == "last"
    assert extreme_word("Which Anthropic model ranks first on the index?", 1) is None  # a rank named: it bounds
    q = "Which Anthropic model places highest on the Intelligence Index, and at what rank?"
    a = owned_rows(_ctx(q, INDEX), parse(q), "extractive")
    assert a is not None and a.answer.startswith("**Claude 4.5**") and "4. Claude 4.5" in a.answer
    q = "Which OpenAI model ranks highest on the Intelligence Index?"  # the owner's first rank, its tie kept
    assert owned_rows(_ctx(q, INDEX), parse(q), "extractive").answer.startswith("**GPT-5 Codex (high) and GPT-5 (high)**")


def test_a_ranking_described_as_topped_by_a_row_asks_no_first_rank():
    assert parse("Which model topped the video arena?").rank == 1
    assert parse("Which Kuaishou model is on the leaderboard topped by Seedance 1.0?").rank is None  # a description


def test_the_owner_which_qualifies_filters_when_another_owner_describes_the_ranking():
    from rag.extractive.ranking_owned import owned_rows
    q = "Which Kuaishou model ranks highest on the video arena leaderboard topped by ByteDance's Seedance 1.0?"
    a = owned_rows(_ctx(q, SPEECH_TITLED, VIDEO_TITLED), parse(q), "extractive")
    assert a is not None and a.answer.startswith("**Kling 2.0**") and "Seedance" not in a.answer.split("**")[1]


def test_no_owner_extreme_when_a_row_the_question_names_sits_in_another_ranking():
    from rag.extractive.ranking_owned import owned_rows
    q = "Which OpenAI model is lowest on the speech arena leaderboard?"  # titles swapped: the TTS rows
    assert owned_rows(_ctx(q, SPEECH_TITLED, VIDEO_TITLED), parse(q), "extractive").answer.startswith("**TTS-1**")
    q = "Which OpenAI model is lowest on the speech arena leaderboard with Seedance 1.0 first?"  # Seedance: the other
    assert owned_rows(_ctx(q, SPEECH_TITLED, VIDEO_TITLED), parse(q), "extractive") is None
