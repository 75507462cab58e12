"""A set of item rows named by a count, a kind, a parent row, a text cell or an exclusion (row_set)."""

from ingest.tables import read_block
from rag.extractive.row_set import phrases, set_rows

DIAG = ["(USD billion)\t2020\t2024", "Immunoassay\t24.6\t29.8", "Molecular diagnostics\t28.9\t15.6",
        "PCR-based\t24.1\t10.2", "Sequencing-based\t2.6\t3.9", "Isothermal\t2.2\t1.5", "Clinical chemistry\t13.2\t14.9",
        "Others\t5.3\t6.0", "Total\t72.0\t66.3"]
SUBS = ["Region\t2024\t2030F", "China\t1,012\t1,590", "Western Europe\t214\t412", "Central & Eastern Europe\t55\t238",
        "Middle East & North Africa\t58\t311", "Sub-Saharan Africa\t14\t158", "Global\t1,353\t2,709"]
PORTS = ["Rank\tPort\tCountry\t2024", "1\tShanghai\tChina\t51.5", "2\tSingapore\tSingapore\t41.1",
         "3\tNingbo\tChina\t39.3", "4\tBusan\tSouth Korea\t24.4", "\tTop 4 total\t\t156.3"]


def test_a_count_names_the_item_rows_with_others_only_when_it_needs_them():
    table = read_block(DIAG)[0].table
    assert set_rows(table, "What was the average 2024 size across the three segments?") == \
        ["Immunoassay", "Molecular diagnostics", "Clinical chemistry"]
    assert set_rows(table, "What was the average 2024 size across the four segments?") == \
        ["Immunoassay", "Molecular diagnostics", "Clinical chemistry", "Others"]
    assert set_rows(table, "What was the average 2024 size across the six segments?") is None


def test_a_parent_row_said_names_the_rows_under_it():
    table = read_block(DIAG)[0].table
    assert set_rows(table, "What is the average 2024 size of the molecular diagnostics sub-segments?") == \
        ["PCR-based", "Sequencing-based", "Isothermal"]
    assert set_rows(table, "Combined 2020 size of the molecular diagnostics sub-segments other than PCR-based?") == \
        ["Sequencing-based", "Isothermal"]


def test_an_exclusion_takes_its_rows_out_and_others_stays_out():
    table = read_block(DIAG)[0].table
    assert set_rows(table, "What was the 2024 size of all segments except Others combined?") == \
        ["Immunoassay", "Molecular diagnostics", "Clinical chemistry"]
    table = read_block(SUBS)[0].table
    assert set_rows(table, "What are 2030F subscriptions in all regions excluding China combined?") == \
        ["Western Europe", "Central & Eastern Europe", "Middle East & North Africa", "Sub-Saharan Africa"]


def test_a_kind_shared_by_labels_or_held_in_a_text_column():
    table = read_block(SUBS)[0].table
    assert set_rows(table, "What were the combined 2024 subscriptions of the two European regions?") == \
        ["Western Europe", "Central & Eastern Europe"]
    assert set_rows(table, "What were the combined 2024 subscriptions of the three European regions?") is None
    table = read_block(PORTS)[0].table
    assert set_rows(table, "What was the combined 2024 throughput of the Chinese ports?") == ["1 › Shanghai", "3 › Ningbo"] \
        or len(set_rows(table, "What was the combined 2024 throughput of the Chinese ports?")) == 2


def test_no_set_without_a_count_kind_or_set_word():
    table = read_block(SUBS)[0].table
    assert set_rows(table, "What were 2024 subscriptions in China?") is None
    assert phrases("What was the combined 2024 market size?") == []
