"""value_rows: items counted by a column of words whose value the question says (no embedding model)."""

from __future__ import annotations

from rag.extractive.passage_tables import tables_of
from rag.extractive.value_rows import column_named, value_count
from tests.test_shape_cues import _table_ctx

GRID = [["Performance commitment", "Unit", "Target", "Actual", "Status"],
        ["Leakage", "Ml/d", "118.0", "114.3", "Met"], ["Supply interruptions", "minutes", "5.0", "6.2", "Not met"],
        ["Mains repairs", "per 1,000 km", "134", "128", "Met"], ["Pollution incidents", "per 10,000 km", "24.0", "31.5", "Not met"],
        ["Sewer flooding", "per 10,000", "1.34", "1.21", "Met"]]
PROJECTS = [["Project", "Country", "Power (MW)", "RAG"], ["Brackwater", "UK", "150", "Green"],
            ["Tejo Sul", "Portugal", "200", "Amber"], ["Holm Fen", "UK", "90", "Green"], ["Kessel", "Germany", "120", "Red"],
            ["Total", "", "560", ""]]


def _ask(question, grid=GRID):
    ctx = _table_ctx(question, grid)
    return value_count(ctx, question, tables_of(ctx), "extractive")


def test_the_rows_holding_the_value_said_are_counted_the_longest_value_first():
    assert _ask("How many performance commitments were met in 2023-24?").answer.count("Not certain") == 1
    got = _ask("How many performance commitments were not met in 2023-24?")
    assert got is not None and "Supply interruptions, Pollution incidents" in got.answer and "2 (" in got.answer


def test_a_column_the_question_names_too_is_bold_else_hedged():
    got = _ask("How many commitments have the status Met?")
    assert got.figure == "3" and got.answer.startswith("**3**")
    assert _ask("How many projects are located in the UK?", PROJECTS).figure is None  # 'Country' not said: hedged
    rated = _ask("How many projects are rated Green?", PROJECTS)  # 'RAG' not said either: hedged, the count shown
    assert rated.figure is None and "2 (Brackwater, Holm Fen)" in rated.answer
    assert column_named("Status", "How many agreements have the status Signed?") and not column_named("Country", "in the UK")


def test_a_bound_a_comparison_or_no_value_said_gives_none():
    assert _ask("How many commitments had an actual above 100?") is None
    assert _ask("How many commitments had a higher actual than target?") is None
    assert _ask("How many commitments were missed?") is None
    assert _ask("Which commitments were met?") is None


def test_a_negation_before_a_value_it_does_not_hold_gives_none():
    grid = [row[:4] + [{"Not met": "Missed"}.get(row[4], row[4])] for row in GRID]
    assert _ask("How many performance commitments were not met?", grid) is None


def test_a_header_that_is_one_of_its_values_is_a_cut_table_and_gives_none():
    grid = [["Leakage", "Ml/d", "118.0", "114.3", "Not met"]] + GRID[1:]
    assert _ask("How many performance commitments were not met?", grid) is None


def test_a_value_said_as_an_owner_or_a_question_naming_an_item_row_gives_none():
    models = [["Model", "Company name", "Languages"], ["Speech-02", "Minimax", "32"], ["Multilingual v2", "ElevenLabs", "29"],
              ["Turbo v2.5", "ElevenLabs", "32"], ["TTS-1", "OpenAI", "57"]]
    assert _ask("How many languages can ElevenLabs' models read aloud?", models) is None
    assert _ask("How many languages does ElevenLabs Multilingual v2 support?", models) is None
    assert _ask("How many models are from ElevenLabs?", models).figure is None  # counted, hedged ('Company' not said)
