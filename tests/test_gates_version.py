"""The version slot of a versioned name on the smallest input, without the embedding model: another
version of the same family named ('Claude 4.1 Opus' for 'Claude 4.5 Opus') answers nothing of it."""

from __future__ import annotations

from rag.extractive import gates
from rag.extractive.gates_version import name_runs, other_version, version_other
from tests.test_extractive import decision

FILLER = ("The market grew fast in 2024.", "Robots spread across factories.", "Capital flowed to chips.")


def test_name_runs_leave_out_question_words_months_and_years():
    runs = name_runs("What score did Zentro 4.5 Pro get on November 7, 2025?")
    assert ("Zentro", "4.5", "Pro") in runs and not any("November" in r or "2025" in r for r in runs)
    assert ("Zentro", "4.1", "Pro") in name_runs("Rank: 9; Model: Zentro 4.1 Pro; Index: 59")


def test_another_version_differs_both_ways():
    row = "Rank: 9; Company name: Acme; Model: Zentro 4.1 Pro; Index: 59"
    assert other_version(("Zentro", "4.5", "Pro"), row) == ("Zentro", "4.1", "Pro")
    assert other_version(("Zentro", "4.1", "Pro"), row) is None  # the version asked
    assert other_version(("Zentro", "4.1"), row) is None  # a name the row holds whole
    assert other_version(("Borvo", "4.5"), row) is None  # another family: not this gate's


def test_a_lead_naming_another_version_is_refused():
    row = "Zentro 4.1 Pro scored 59 on the index, ahead of Borvo 2."
    d = decision("What index score did Zentro 4.5 Pro get?", row, *FILLER)
    assert "Zentro 4.1 Pro" in (version_other(d) or "")
    assert gates.first_gate(d)[0] == "version_other"
    assert version_other(decision("What index score did Zentro 4.1 Pro get?", row, *FILLER)) is None
    # a name without a version asked ('Zentro') is not this slot
    assert version_other(decision("What index score did Zentro get?", row, *FILLER)) is None


def test_a_version_the_question_also_names_is_asked():
    row = "Zentro 1.6 Pro scored 59 on the index."
    d = decision("Which ranks higher, Zentro 2.0 or Zentro 1.6 Pro?", row, *FILLER)
    assert version_other(d) is None


def test_a_currency_before_a_number_is_an_amount_not_a_version():
    d = decision("When does the Zentro market first pass USD 2 trillion?",
                 "The Zentro market reached USD 615.7 billion in 2024.", *FILLER)
    assert version_other(d) is None


def test_a_family_inside_a_longer_run_of_names_is_found():
    # 'Zhejiang University's InfiGUIAgent 3B' written without its apostrophe: one run of name words
    text = "For example, Zhejiang Universitys Zentro 3B achieves automated execution of tasks."
    assert other_version(("Zentro", "7B"), text) == ("Zentro", "3B")
    assert other_version(("Zentro", "3B"), text) is None


def test_a_hyphenated_versioned_name_reads_as_its_spaced_spelling():
    # 'Voxa-02-Turbo' asked, the row gives 'Voxa-02-HD': another variant of the family, not the one asked
    assert name_runs("Model: Voxa-02-HD; Score: 1,174") == [("Model",), ("Voxa", "02", "HD"), ("Score",)]
    row = "Rank: 1; Company name: Acme; Model: Voxa-02-HD; Score: 1,174"
    assert "Voxa 02 HD" in (version_other(decision("Where does Acme's Voxa-02-Turbo rank?", row, *FILLER)) or "")
    assert version_other(decision("Where does Acme's Voxa-02-HD rank?", row, *FILLER)) is None
    assert name_runs("a year-on-year rise") == []  # a hyphenated word without a digit stays whole


def test_table_line_marks_end_a_name():
    """A table row's label ends at the line's ' — ' (its cells follow) and a header path's '›': the row
    'Brisa-3 — Provider: ...' names Brisa 3, not 'Brisa 3 Provider'."""
    from rag.extractive.gates_version import name_runs
    assert ("Brisa", "3") in name_runs("Brisa-3 — Provider: Cordillera AI; Input: 2.00")
    assert ("Brisa", "3", "Provider") not in name_runs("Brisa-3 — Provider: Cordillera AI")
    assert ("Korvex", "Memory") in name_runs("Unit: USD million › Supplier: Korvex Memory; Q4 2024: 9,870")
    assert ("Runway", "Gen", "3", "Alpha", "Turbo") in name_runs("Runway Gen-3 Alpha Turbo leads")


def test_a_version_asked_and_never_said_is_refused():
    from rag.extractive.gates_version import version_unsaid
    bare = "Vox, an open-source model released in 2022 with 1.6 billion parameters, transcribes audio."
    assert "without a version" in (version_unsaid(decision("How many parameters does Vox v3 have?", bare, *FILLER)) or "")
    row = "Rank: 5; Company name: Acme; Model: Turbo v2.5; Arena ELO: 1,108"
    assert "Turbo v2.5" in (version_unsaid(decision("What is the Arena ELO of Acme's Turbo v2?", row, *FILLER)) or "")
    assert version_unsaid(decision("What is the Arena ELO of Acme's Turbo v2.5?", row, *FILLER)) is None
    assert version_unsaid(decision("How many parameters does Vox have?", bare, *FILLER)) is None
    score = "Competitiveness: 45.99; Number of enterprises: 31,000"
    assert version_unsaid(decision("Competitiveness 45.99 vs 45.93: which region has more enterprises?", score,
                                   *FILLER)) is None  # a score, not a version
