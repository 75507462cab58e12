"""Cleaning is general: repeated header/footer lines, extraction residue, stray HTML, sentence
joins, hyphenated breaks, Unicode and whitespace. Driven through `clean_sections`, the one entry
point every loader uses, so the tests hold whatever the helper functions are called."""

from __future__ import annotations

import pytest

from ingest.clean import clean_sections
from ingest.types import Section


def clean(text: str, reflow: bool = False) -> str:
    return clean_sections([Section(text)], reflow=reflow)[0].text


def clean_pages(pages: list[str], reflow: bool = False) -> list[str]:
    return [s.text for s in clean_sections([Section(t, page=i + 1) for i, t in enumerate(pages)], reflow=reflow)]


# -- sentence joins ----------------------------------------------------------------------------
@pytest.mark.parametrize("reflow", [False, True])
@pytest.mark.parametrize("glued, fixed", [
    ("Robots spread across industrial applications.Policy support followed in every region.",
     "Robots spread across industrial applications. Policy support followed in every region."),
    ("Demand rose in Europe!Prices stayed flat.", "Demand rose in Europe! Prices stayed flat."),
    ("Is demand rising?Analysts think so.", "Is demand rising? Analysts think so."),
    ("The CEO called it “a new era.”The market agreed.", "The CEO called it “a new era.” The market agreed."),
])
def test_sentence_joins_repaired(glued, fixed, reflow):
    assert clean(glued, reflow) == fixed


@pytest.mark.parametrize("text", [
    "The U.S. market and the E.U. market grew, e.g. in robotics, by 3.5% to USD 48.2 billion.",
    "Visit www.leadleo.com or read report.PDF for details on Node.js tooling.",
    "GPT-4o and Claude 3.5 Sonnet lead; version 2.0 ships in 1H 2025.",
])
def test_joins_that_are_not_sentence_breaks_are_left_alone(text):
    assert clean(text) == text


@pytest.mark.parametrize("glued, fixed", [
    ("It cut detection time by 30%.Model modalities are also expanding.",
     "It cut detection time by 30%. Model modalities are also expanding."),
    ("The market grew strongly in 2024.Service robots led the growth.",
     "The market grew strongly in 2024. Service robots led the growth."),
])
def test_joins_after_a_figure_repaired(glued, fixed):
    assert clean(glued) == fixed


# -- hyphenated line breaks --------------------------------------------------------------------
def test_hyphenated_line_break_joined_when_the_word_exists():
    text = "The robotics mar-\nket grew quickly in 2024.\nThe market for service robots is young."
    got = clean(text, reflow=True)
    assert "robotics market grew" in got and "mar-" not in got


def test_real_compound_keeps_its_hyphen():
    text = ("China pursued a scenario-\ndriven path in the market.\n"
            "Scenario-driven adoption is common among the scenario-driven firms.")
    got = clean(text, reflow=True)
    assert "a scenario-driven path" in got
    assert "scenariodriven" not in got.lower()


# -- Unicode and whitespace ---------------------------------------------------------------------
def test_unicode_normalised():
    text = "ＡＩ market in ２０２４:\u00a0USD\u00a0615.7 billion, \ufb01nancing intelli\u00adgence\u200b grew.\r\nNext line.   \r\n"
    got = clean(text)
    assert got == "AI market in 2024: USD 615.7 billion, financing intelligence grew.\nNext line."


def test_whitespace_normalised():
    got = clean("First   sentence  here.\n\n\n\n\nSecond sentence here.  \n")
    assert got == "First sentence here.\n\nSecond sentence here."


# -- repeated lines and residue -----------------------------------------------------------------
def test_lines_repeated_on_most_pages_dropped():
    pages = [f"Acme Research | Robotics Outlook 2025\nBody text of page {n} about robots.\nConfidential - do not circulate"
             for n in range(1, 7)]
    pages[2] += "\nA remark that appears once."
    got = clean_pages(pages)
    for n, text in enumerate(got, start=1):
        assert "Acme Research" not in text and "Confidential" not in text
        assert f"Body text of page {n} about robots." in text
    assert "A remark that appears once." in got[2]


def test_a_line_on_few_pages_is_kept():
    pages = [f"Body text of page {n} about robots." for n in range(1, 9)]
    pages[1] += "\nRobots sold in Asia grew by 12%."
    pages[5] += "\nRobots sold in Asia grew by 12%."
    got = clean_pages(pages)
    assert "Robots sold in Asia grew by 12%." in got[1] and "Robots sold in Asia grew by 12%." in got[5]


def test_repeated_headings_survive():
    pages = [f"# Market overview\nBody text of page {n} about robots." for n in range(1, 6)]
    assert all(p.startswith("# Market overview") for p in clean_pages(pages))


@pytest.mark.parametrize("noise", ["400-072-5588", "+86 (21) 6041 3050", "255 128 0", "12 15 18 21 24",
                                   "0% 7% 14% 21% 28%", "---------------------"])
def test_extraction_residue_dropped(noise):
    got = clean(f"The market grew in 2024.\n{noise}\nIt will keep growing.")
    assert got == "The market grew in 2024.\nIt will keep growing."


def test_table_rows_of_numbers_are_not_residue():
    text = "Year\tRevenue\tShare\n2023\t12.5\t30%\n2024\t15.0\t35%"
    assert clean(text) == text


# -- stray HTML and Markdown markers -----------------------------------------------------------
def test_stray_html_tags_stripped():
    got = clean("MiniMax is <b>the tenth largest</b> player &amp; growing.<br/>It has <i>many</i> models.")
    assert got == "MiniMax is the tenth largest player & growing. It has many models."


def test_list_markup_inside_a_table_cell_becomes_phrases_and_the_row_stays():
    row = ('APP\t<ul style="list-style-type: none"> <li>Monthly subscriptions (<b>e.g., \\$20/month</b>);</li> '
           '<li>Feature-based tiers (Basic/Pro)</li> </ul>\tCloud-based service')
    got = clean("Stream\tPricing\tModel\n" + row)
    lines = got.split("\n")
    assert lines[0] == "Stream\tPricing\tModel"
    cells = lines[1].split("\t")
    assert cells[0] == "APP" and cells[2] == "Cloud-based service"
    assert "<" not in cells[1] and ">" not in cells[1]
    assert "Monthly subscriptions (e.g., $20/month)" in cells[1] and "Feature-based tiers (Basic/Pro)" in cells[1]


def test_markdown_bold_and_escapes_removed():
    assert clean("**MiniMax** charges \\$20 per month for *Pro*.") == "MiniMax charges $20 per month for *Pro*."


def test_reflow_joins_hard_wrapped_prose_only():
    text = ("In 2024, the global AI market reached approximately USD 615.7 billion and is projected to\n"
            "exceed USD 2.6 trillion by 2030. The share of newly released large models from China and the\n"
            "United States rose from 72% in 2022 to 86% in 2024.\n"
            "Key Insights\n"
            "Short chart label")
    got = clean(text, reflow=True).split("\n")
    assert got[0] == ("In 2024, the global AI market reached approximately USD 615.7 billion and is projected to "
                      "exceed USD 2.6 trillion by 2030. The share of newly released large models from China and the "
                      "United States rose from 72% in 2022 to 86% in 2024.")
    assert got[1:] == ["Key Insights", "Short chart label"]


# -- extraction losses the corpus README names ---------------------------------------------------
@pytest.mark.parametrize("lost, restored", [
    ("From 20202024, intelligent computing achieved over 70% CAGR.", "From 2020-2024, intelligent computing achieved over 70% CAGR."),
    ("Market size, 20242029E", "Market size, 2024-2029E"),
    ("gaps of 1040 pct in 20232024", "gaps of 1040 pct in 2023-2024"),
])
def test_year_ranges_whose_dash_was_lost_are_restored(lost, restored):
    assert clean(lost) == restored


@pytest.mark.parametrize("text", ["an order of 20242020 units", "ID 20251999", "price 1999.2000", "a 20202024% jump"])
def test_numbers_that_are_not_year_ranges_are_left_alone(text):
    assert clean(text) == text


WIDE = ("This paragraph sets the document's wrap width with a line long enough to count as prose text,\n"
        "and a second line of the same width keeps the ninetieth percentile where real prose would be.\n")


def test_a_narrow_column_line_that_stops_mid_sentence_goes_on_with_its_figure():
    text = WIDE + "\nstorage efficiency. In 2024, China generated\n41.06 ZB of data but stored only 2.09 ZB,\nmeaning nearly 95% of data was left\nunstored."
    assert "In 2024, China generated 41.06 ZB of data but stored only 2.09 ZB, meaning nearly 95% of data was left unstored." \
        in clean(text, reflow=True)


def test_a_chart_label_broken_over_short_lines_is_one_line():
    text = WIDE + "\nEurope: About 20 in\nthe UK and 6-8 in\nIsrael\nIndia: The number of AI"
    lines = clean(text, reflow=True).split("\n")
    assert "Europe: About 20 in the UK and 6-8 in Israel" in lines
    assert "India: The number of AI" in lines  # a capitalised line after a full label starts anew


def test_a_diagram_label_and_its_lower_case_description_are_one_line():
    text = "GPT-3.5\n\nbrought chatbot applications to a highly usable level\n\nGPT-4\n\ntapped into professional domains"
    assert clean(text).split("\n\n") == ["GPT-3.5 brought chatbot applications to a highly usable level",
                                         "GPT-4 tapped into professional domains"]


@pytest.mark.parametrize("text", ["# Market Size\n\nlower-case text under a heading stays apart",
                                  "A full sentence ends here.\n\nand a new paragraph that starts in lower case"])
def test_headings_and_finished_sentences_are_not_labels(text):
    assert clean(text) == text


def test_a_lone_percentage_under_its_label_is_that_labels_value():
    lines = clean("Data management tools\n38.1%\nModel training tools 36.2%", reflow=False).split("\n")
    assert lines == ["Data management tools 38.1%", "Model training tools 36.2%"]


def test_a_run_of_percentages_stays_residue_not_pinned_to_the_line_above():
    lines = clean("By incident By amount\n42%\n37%\n11%\nIndustry applications", reflow=False).split("\n")
    assert lines == ["By incident By amount", "Industry applications"]


def test_a_lone_percentage_after_a_figure_is_not_attached():
    assert clean("Revenue grew 12%\n40%\nNext heading", reflow=False).split("\n") == ["Revenue grew 12%", "Next heading"]


def test_a_lone_figure_under_a_label_ending_in_a_colon_is_its_value():
    lines = clean("Competitiveness: 96.58\nNumber of enterprises :\n116,000\nCompetitiveness: 94.74", reflow=False)
    assert lines.split("\n") == ["Competitiveness: 96.58", "Number of enterprises : 116,000", "Competitiveness: 94.74"]
    assert clean("Market size\n2,000\nNext", reflow=False).split("\n") == ["Market size", "Next"]  # no colon: residue


def test_a_pie_label_ending_in_a_comma_takes_the_percentage_under_it():
    from ingest.clean import attach_lone_values
    assert attach_lone_values("B end,\n31%\n50%\n29%") == "B end, 31%\n50%\n29%"
    assert attach_lone_values("B end\n31%\n50%\n29%") == "B end\n31%\n50%\n29%"  # a series: left alone


def test_a_label_glued_to_its_percentage_is_split():
    from ingest.clean import repair_joins
    assert repair_joins("yoy50.3%\nCAGR44.9%") == "yoy 50.3%\nCAGR 44.9%"
    assert repair_joins("Qwen3 and GPT-4o at 3%") == "Qwen3 and GPT-4o at 3%"


def test_crossed_table_captions_are_swapped_back():
    from ingest.clean import swap_crossed_captions
    speech = "Speech Arena (speech models)\n\nRank\tModel\n1\tLTV Video v0.9\n2\tVeo 2"
    video = "Video Arena (video models)\n\nRank\tModel\n1\tSpeech-02-HD\n2\tTTS-1"
    out = swap_crossed_captions([speech, video])
    assert out[0].startswith("Video Arena (video models)") and out[1].startswith("Speech Arena (speech models)")
    right = [speech.replace("LTV Video v0.9", "TTS-1"), video.replace("Speech-02-HD", "Veo 3")]
    assert swap_crossed_captions(right) == right  # each table's own cells say its caption's word: kept
    one_way = [speech, video.replace("Speech-02-HD", "Veo 3")]
    assert swap_crossed_captions(one_way) == one_way  # evidence on one side only: kept
