"""The series a sentence enumerates, bounded by the grammar of English series (list_run)."""

from rag.extractive.list_run import series, series_lead
from rag.extractive.phrase_lead import lead_phrase


def test_series_after_a_preposition_ends_at_the_relative_clause():
    s = "Production is concentrated in Shandong, Guangdong, Fujian and Jiangsu, which host most firms."
    assert series_lead(s, "Which provinces are production centres?") == "Shandong, Guangdong, Fujian and Jiangsu"


def test_first_item_keeps_its_preposition_when_the_others_hold_one():
    s = "Output was cut, led by a mud-rush at a large mine, water restrictions in Chile and a strike in Peru."
    assert series(s) == ["a mud-rush at a large mine", "water restrictions in Chile", "a strike in Peru"]


def test_last_item_ends_before_a_finite_verb_and_a_dating_phrase():
    s = "The fastest growth is in trucks, where falling cell prices, fast-charging corridors and tighter standards are making trucks competitive."
    assert series_lead(s, "What factors are making trucks competitive?") == \
        "falling cell prices, fast-charging corridors and tighter standards"
    s = "We surveyed 1,850 managers in North America, Europe and Asia-Pacific between September and November 2024."
    assert series_lead(s, "Which regions did the survey cover?") == "North America, Europe and Asia-Pacific"


def test_two_items_or_a_figure_make_no_series():
    assert series("Revenue rose in Europe and Asia.") is None
    assert series("Sales were 1.2, 3.4 and 5.6 billion.") is None


def test_lead_phrase_leads_a_several_things_question_with_the_series():
    q = "What types of awards may the Company grant under the Plan?"
    s = "The Plan provides for the grant of options, restricted share units and other awards to employees, directors and consultants."
    assert lead_phrase(q, (), (), s) == "options, restricted share units and other awards"


def test_an_item_the_question_names_or_a_split_bracket_makes_no_series():
    s = "Ore Reserves are reported under the Code for Reporting of Exploration Results, Mineral Resources and Ore Reserves."
    assert series(s, "Which deposits make up the Ore Reserves?") is None
    s = "Tools cover lithography (including scanners and track systems), etch & clean, deposition and inspection."
    assert series(s, "Which tools?") is None


def test_a_name_with_its_own_preposition_stays_whole():
    s = "The subsidiaries operate in the Kingdom of Saudi Arabia, Egypt and the Sultanate of Oman, where taxes apply."
    assert series_lead(s, "In which countries do the subsidiaries operate?") == \
        "the Kingdom of Saudi Arabia, Egypt and the Sultanate of Oman"


def test_an_opener_a_clause_or_unseparated_pairs_make_no_series():
    assert series("In contrast, consumer apps face challenges of growth and profit.") is None
    assert series("Players include ChatGPT and DeepSeek, with Deep Research and MiniMax driving agents.") is None
    s = "Models are applied in driving and robots, such as controlling robots for complex tasks, greatly reducing costs and time."
    assert series(s) is None
    s = "The use cases are highly diverse, spanning role-play, companionship, and a wide range of Q&A interactions."
    assert series_lead(s, "What use cases does it span?") == "role-play, companionship, and a wide range of Q&A interactions"


def test_a_participle_governs_the_series_it_opens():
    s = "Below this, a detailed analysis of the joke is provided, mentioning anthropomorphism, role reversal, and visual cues."
    assert series_lead(s, "What three reasons does the model give?") == "anthropomorphism, role reversal, and visual cues"
