"""An all-lower-case question gets its names' case back from how the reports write them."""

from rag.extractive.restored_case import case_forms, restored

TEXTS = ["In 2024 the share of India grew, and India led the EU and the EU market.",
         "Rank | Company name | Model",
         "Rank: 3; Company name: Google; Model: Veo 3 Preview (No Audio); Arena ELO: 1,244",
         "Market Size Of Key Players In The World",
         "The market size of the market grew."]


def test_a_word_the_reports_write_with_a_capital_gets_it_back():
    assert restored("what was india's share of the eu market", case_forms(TEXTS)) == \
        "what was India's share of the EU market"


def test_a_name_of_several_words_in_a_table_cell_is_restored_whole():
    assert "Veo 3 Preview (No Audio)" in restored("how did veo 3 preview (no audio) score", case_forms(TEXTS))


def test_a_title_case_heading_gives_no_capitals():
    forms = case_forms(TEXTS)
    assert "market" not in forms and "size" not in forms and "key" not in forms


def test_lone_letters_are_labels_after_a_noun_that_takes_one():
    forms = case_forms(TEXTS)
    assert restored("how did company a's share compare with company b's", forms) == \
        "how did Company A's share compare with Company B's"
    assert restored("combined share of companies d, e and f", forms) == "combined share of Companies D, E and F"
    assert restored("is a share of a market known", forms) == "is a share of a market known"


def test_a_question_with_capitals_is_left_as_it_is():
    assert restored("What was india's share?", case_forms(TEXTS)) == "What was india's share?"


def test_a_name_written_once_after_a_lower_case_word_or_with_an_inner_capital_is_restored():
    forms = case_forms(["Apps such as Talkie grew, fueled by Claude 3.5 Sonnet.", "Model scores rose on the Artificial Analysis GPQA test.", "Rising costs. Managing them is hard."])
    assert forms.get("talkie") == "Talkie" and forms.get("gpqa") == "GPQA" and forms.get("sonnet") == "Sonnet"
    assert "analysis" not in forms  # after a capitalised word and with no inner capital: no evidence
    assert "managing" not in forms and "rising" not in forms  # a sentence's own capital


def test_a_word_written_once_capitalised_and_once_in_lower_case_is_no_name():
    assert "cursor" not in case_forms(["Tools like Cursor help.", "Move the cursor."])
