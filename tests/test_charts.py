"""A chart's data labels read with their year axis (ingest/charts.py)."""

from ingest.charts import read_charts
from ingest.clean import clean_sections
from ingest.types import Section

CHART = """Unit: USD Billion
Global AI market size, 2020-2024E
2,335 2,902
3,683
4,733
6,157
0
5,000
10,000
2020 2021 2022 2023 2024E
Next paragraph starts here."""


def test_labels_pair_with_the_years_under_the_title_and_unit():
    out = read_charts(CHART)
    line = next(l for l in out.split("\n") if l.startswith("Global AI market size, 2020-2024E:"))
    assert "USD 2,335 billion in 2020" in line and "USD 6,157 billion in 2024E" in line
    assert "5,000" not in line  # the value axis's ticks are not data


def test_a_billion_unit_the_pages_prose_reads_as_100_million_is_corrected():
    # 6,157 'billion' where the page's text says 615.7 billion: the labels are in 100 millions
    out = read_charts("In 2024 the market reached USD 615.7 billion.\n" + CHART)
    assert "6,157 (100 million USD) in 2024E" in out
    # prose agreeing with billions, or giving no matching figure, keeps the unit line's
    assert "USD 6,157 billion in 2024E" in read_charts("It reached USD 6,157 billion.\n" + CHART)
    assert "USD 6,157 billion in 2024E" in read_charts("It reached USD 590 billion.\n" + CHART)


def test_a_line_of_prose_stating_an_amount_is_no_chart_title():
    text = CHART.replace("2020-2024E\n", "2020-2024E\nBy 2024, the market passed USD 600B, marking\n")
    assert "Global AI market size, 2020-2024E: USD 2,335 billion in 2020" in read_charts(text)


def test_a_chart_whose_labels_do_not_pair_with_its_years_is_left_alone():
    text = CHART.replace("4,733\n", "")  # four labels, five years: which is which is unknown
    assert read_charts(text) == text


def test_two_value_axes_of_ticks_are_not_data():
    text = "Share\n0%\n10%\n20%\n0\n100\n200\n2021 2022 2023"
    assert read_charts(text) == text


def test_cleaning_keeps_the_chart_values_it_used_to_drop():
    cleaned = clean_sections([Section(CHART, 1, None)], reflow=True)[0].text
    assert "USD 4,733 billion in 2023" in cleaned
    assert "Next paragraph starts here." in cleaned


def test_contents_entries_are_read_with_their_pages():
    from ingest.contents import read_contents
    toc = ("Report header\nChapter 1 Overview\n-----\n04\n1.1 The Market\n-----\n05\n3.11 Analysis of the Pan-\n"
           "entertainment Industry\n-----\n103\nBody text.")
    out = read_contents(toc).split("\n")
    assert out[0] == "Report header"  # the page header above is no part of the first title
    assert "Chapter 1 Overview (page 4)" in out and "3.11 Analysis of the Pan-entertainment Industry (page 103)" in out
    assert out[-1] == "Body text."
    assert read_contents("Market overview ........ 12").strip() == "Market overview (page 12)"
    cleaned = clean_sections([Section(toc, 1, None)], reflow=True)[0].text.split("\n")
    assert "Chapter 1 Overview (page 4)" in cleaned  # reflow does not run the entries together


def test_two_leader_entries_are_not_a_table_of_contents():
    from ingest.contents import read_contents
    text = "Title A\n-----\n4\nTitle B\n-----\n5\nEnd."
    assert read_contents(text) == text


def test_a_word_led_label_between_values_is_the_last_value():
    text = "Unit: RMB Billion\n2,875 3,251\n4,306\nBreak 7,000\n0\n4,000\n8,000\n2021 2022 2023 2024"
    assert "RMB 2,875 billion in 2021; RMB 3,251 billion in 2022; RMB 4,306 billion in 2023; " \
           "Break RMB 7,000 billion in 2024" in read_charts(text)


def test_a_word_led_line_above_the_labels_is_no_value():
    text = "Figure 3\n2,875 3,251\n4,306\n5,000\n2021 2022 2023 2024"
    assert "Figure 3" in read_charts(text) and "2,875 in 2021" in read_charts(text)


def test_a_documents_billion_charts_read_as_100_million_when_another_page_shows_it():
    from ingest.charts import billions_read_as_100m
    proven = "In 2024 the market reached USD 615.7 billion.\n" + CHART
    silent = CHART.replace("Global AI market size", "Financing")
    assert billions_read_as_100m([proven, silent])
    assert not billions_read_as_100m([silent])
    assert not billions_read_as_100m([proven, "It reached USD 6,157 billion.\n" + CHART])
    assert "6,157 (100 million USD) in 2024E" in read_charts(silent, in_100m=True)
    assert "USD 6,157 billion in 2024E" in read_charts("It reached USD 6,157 billion.\n" + CHART, in_100m=True)
