"""Table cells addressed by row label and column header (rag/extractive/cells.py,
computed.py, shapes.py): a label holding an operation word, a percentage-of column beside an
amount column under one year. Each on the smallest table, without the embedding model."""

from __future__ import annotations

from tests.test_compute import _ask, _lead  # one table asked, and its computed lead checked


def test_a_label_holding_an_operation_word_names_its_row_and_is_no_operation():
    grid = [["", "2019", "2018", "2017"], ["Weighted-average fair value per share", "$10.77", "$9.34", "$8.18"],
            ["Expected volatility", "25%", "24%", "23%"]]
    # 'average' is the label's word: the change is asked, not the change of an average
    assert _lead(_ask("What was the change in weighted-average fair value per share from 2018 to 2019?", grid)) == "1.43"
    # the label said once: the other 'average' is the operation
    assert _lead(_ask("What was the average weighted-average fair value per share for 2018 and 2019?", grid)) == "10.06"
    figure = _ask("What was the weighted-average fair value per share in 2019?", grid)
    assert figure is not None and figure.shape == "figure" and figure.figure == "$10.77"


def test_the_label_is_taken_out_of_the_question_as_written():
    from rag.extractive.shapes import _without_label

    assert "average" in _without_label("What was the average weighted average shares in 2019?",
                                       "Weighted average shares")
    assert "average" not in _without_label("What was the weighted-average shares in 2019?", "Weighted average shares")


def test_the_percent_of_a_total_is_read_from_the_percentage_column_of_the_year():
    grid = [["", "Fiscal Year 2018", "", "Fiscal Year 2017", ""],
            ["", "Net Sales", "% of Total", "Net Sales", "% of Total"],
            ["APAC", "$479,987", "40.0%", "$288,764", "38.1%"],
            ["Americas", "259,105", "21.6%", "224,056", "29.6%"],
            ["Total", "$1,200,181", "100.0%", "$758,291", "100.0%"]]
    # 'total' names the '% of Total' column here, not the row Total; the change of a share is in points
    assert _lead(_ask("What was the change in the percent of total sales from APAC between 2017 and 2018?",
                      grid)) == "1.9%"
    # an amount asked: the Net Sales column; a percentage change: of the amounts
    assert _lead(_ask("What was the change in net sales from APAC between 2017 and 2018?", grid)) == "191,223"
    assert _lead(_ask("What was the percentage change in the net sales from APAC between 2017 and 2018?",
                      grid)) == "66.22%"


def test_a_percent_of_column_is_no_change_column():
    from rag.extractive.period_cells import CHANGE_COLUMN

    assert CHANGE_COLUMN.search("% Change 2018 to 2019") and CHANGE_COLUMN.search("%")
    assert not CHANGE_COLUMN.search("Fiscal Year 2018 › % of Total")


def test_a_row_line_too_long_for_a_chunk_is_cut_between_cells_under_its_label():
    from ingest.chunk import Chunker
    from ingest.table_blocks import split_row_line
    from ingest.types import DocInfo, Section

    assert split_row_line("Total — 2019: 1; 2018: 2; 2017: 3 (USD)", 2) == ["Total — 2019: 1; 2018: 2",
                                                                          "Total — 2017: 3 (USD)"]
    assert split_row_line("A sentence with no cells", 2) == [] and split_row_line("Total — 2019: 1", 2) == []
    heads = [f"As of December 31, {y} › {h}" for y in (2019, 2018) for h in ("Amortized cost", "Gains", "Fair value")]
    rows = [["Foreign government obligations", "129,499", "—", "126,066", "73,798", "14,234", "87,797"],
            ["Total", "229,199", "—", "223,785", "171,021", "14,650", "179,000"]]
    text = "\n".join("\t".join(r) for r in [[""] + heads] + rows)
    count = lambda texts: [len(t.split()) + 2 for t in texts]  # noqa: E731 - a word is a token here
    chunks = Chunker(count, max_tokens=60, overlap_tokens=4).chunk(DocInfo("d", "T"), [Section(text, 1)], "h")
    assert len(chunks) > 2  # every row line is longer than a chunk holds
    for c in chunks:  # every figure sits in a chunk that names its row
        for line in c.text.splitlines()[1:]:
            assert line.startswith(("Foreign government obligations — ", "Total — ")), line
    assert any("Total — " in c.text and "171,021" in c.text for c in chunks)


def test_columns_sharing_one_year_are_named_by_their_own_header_words():
    grid = [["", "As of February 28, 2019", "", ""], ["", "As reported", "Adjustments", "Without ASC 606"],
            ["Assets", "", "", ""], ["Prepaid expenses", "$19,373", "(1,473)", "$17,900"],
            ["Deferred income tax assets", "22,626", "(532)", "22,094"], ["Other assets", "22,510", "(3,319)", "19,191"]]
    a = _ask("What was the Deferred income tax assets as reported?", grid)
    assert a is not None and a.figure == "22,626"
    a = _ask("What was the Deferred income tax assets without ASC 606?", grid)
    assert a is not None and a.figure == "22,094"
    # a heading that closes with no total row: its rows summed in the column said
    assert _lead(_ask("What were the total Assets as reported?", grid)) == "64,509"
    # years that tell the columns apart still address them by year, not by words
    from rag.extractive.headers import named_columns
    from ingest.tables import read_grid

    years = read_grid([["", "2019 › As reported", "2018 › As reported"], ["Assets", "1", "2"]]).table
    assert named_columns(years, {"reported"}) == []


def test_two_labels_that_hold_and_are_cut_at_the_and_where_both_name_rows():
    grid = [["", "2019", "2018"], ["Equipment", "$10,694", "$10,607"], ["Furniture and fixtures", "36", "42"],
            ["Leasehold improvements", "474", "712"]]
    assert _lead(_ask("What was the sum of furniture and fixtures and leasehold improvements in 2019?", grid)) == "510"
    assert _lead(_ask("What was the difference between furniture and fixtures and leasehold improvements in 2019?",
                      grid)) == "438"
    assert _lead(_ask("What was the difference between equipment and leasehold improvements in 2019?",
                      grid)) == "10,220"
    # two cuts that each name two rows: no one pair is meant
    grid = [["", "2019"], ["Land", "1"], ["Land and buildings", "2"], ["Buildings and equipment", "3"], ["Equipment", "4"]]
    from rag.extractive.computed_pairs import _split_elsewhere
    from ingest.tables import read_grid

    tables = [(0, read_grid(grid).table)]
    question = "What was the sum of land and buildings and equipment in 2019?"
    assert _split_elsewhere(tables, "land and buildings and equipment", "", 2019, question) is None


def test_a_ratio_of_two_rates_is_computed_and_a_share_row_is_read():
    grid = [["", "2019", "2018"], ["Volatility", "24%", "22%"], ["Dividend yield", "1.7%", "1.5%"]]
    assert _lead(_ask("What was the ratio of volatility to dividend yield in 2019?", grid)) == "14.12"
    grid = [["", "2019", "2018"], ["Revenue", "$100", "$90"], ["Cost of revenue as a % of revenue", "40%", "38%"]]
    a = _ask("What was the cost of revenue as a percentage of revenue in 2018?", grid)
    assert a is not None and a.figure == "38%"  # the row states the share: read, not recomputed


def test_columns_named_equally_the_head_of_an_of_phrase_picks_one():
    from ingest.tables import read_grid
    from rag.extractive.column_choice import column_for

    grid = [["", "Export value", "", "Share", ""], ["Destination", "2023", "2024", "2023", "2024"], ["US", "6,320", "6,890", "37.8%", "36.6%"]]
    table = read_grid(grid, None).table
    assert column_for(table, 2023, "How many destinations increased their share of exports from 2023 to 2024?") == "Share › 2023"
