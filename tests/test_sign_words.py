"""Sign words read as a condition on a signed line (rag.extractive.sign_words), on tiny grids."""
from ingest.tables import read_grid

from rag.extractive.sign_words import sign_word_read


def _table(grid):
    return [(0, read_grid(grid).table)]


_COCOA = _table([["Season", "Production", "Surplus/(deficit)(2)"], ["2021/22", "4,950", "(160)"],
                 ["2022/23", "4,980", "(30)"], ["2024/25E", "4,840", "142"]])
_LNG = _table([["", "Net LNG trade (Mt)(1)", ""], ["Region", "2024", "2030E"], ["North America", "93.2", "196.0"],
               ["Asia-Pacific exporters(2)", "128.3", "130.5"], ["Europe", "(124.6)", "(142.0)"]])


def test_deficit_is_the_pair_line_below_zero():
    got = sign_word_read("In how many of the seasons shown was the cocoa market in deficit?", _COCOA)
    assert got.endswith("Surplus/(deficit) below 0?")


def test_largest_surplus_is_the_highest_balance():
    assert sign_word_read("Which season had the biggest surplus?", _COCOA) == "Which season had the highest Surplus/(deficit)?"


def test_net_side_reads_the_signed_net_line_not_a_name():
    got = sign_word_read("How many regions were net LNG exporters in 2030E?", _LNG)
    assert "Net LNG trade above 0" in got and "Asia-Pacific" not in got


def test_no_sign_read_without_net_or_items_asked_or_with_a_bound():
    assert sign_word_read("Which is the largest exporter in 2024?", _LNG) == "Which is the largest exporter in 2024?"
    assert sign_word_read("What was the deficit in 2021/22?", _COCOA) == "What was the deficit in 2021/22?"
    q = "How many seasons show a deficit of more than 100 thousand tonnes?"
    assert sign_word_read(q, _COCOA) == q


def test_a_sign_word_inside_a_row_named_whole_is_a_name():
    profit = _table([["", "2018", "2019"], ["Earnings before taxes", "576", "709"], ["Income taxes", "(216)", "(298)"],
                     ["Profit from continuing operations", "359", "411"], ["Profit for the period", "337", "(115)"]])
    q = "How many items make up profit from continuing operations?"
    assert sign_word_read(q, profit) == q
    assert "below 0" in sign_word_read("How many seasons were in deficit?", _COCOA)


_FISCAL = _table([["", "Fiscal 2021", "Fiscal 2022", "Fiscal 2023"], ["Net sales", "3,412", "3,905", "4,118"],
                  ["Net income (loss)", "(84)", "126", "(47)"]])
_NET_LOSS = _table([["", "2023", "2024"], ["Net loss", "84", "47"]])


def test_a_loss_of_a_line_printed_with_both_signs_is_its_negatives():
    assert sign_word_read("Which fiscal year had the largest net loss?", _FISCAL) == \
        "Which fiscal year had the lowest Net income (loss)?"
    q = "Which year had the largest net loss?"  # a loss printed as its size: no superlative read
    assert sign_word_read(q, _NET_LOSS) == q


def test_the_smallest_of_a_side_is_its_figure_nearest_zero_on_that_side():
    assert sign_word_read("Which season had the smallest deficit?", _COCOA) == \
        "Which season had the highest Surplus/(deficit) below 0?"
    assert sign_word_read("Which fiscal year had the smallest net loss?", _FISCAL) == \
        "Which fiscal year had the highest Net income (loss) below 0?"


def test_signed_side_keeps_the_side_asked():
    """One judgement for which_answer and rows_extreme: the side of zero asked, a fall's negatives, else all cells."""
    from ingest.tables import Cell
    from rag.extractive.sign_words import signed_side
    cells = [Cell("a", "2023", "(5)", -5.0), Cell("a", "2024", "3", 3.0), Cell("a", "2022", "n/a", None)]
    assert signed_side(cells, "Which year had the highest X below 0?") == cells[:1]
    assert signed_side(cells, "Which year had the highest X above 0?") == cells[1:2]
    assert signed_side(cells[:2], "Which had the smallest decline?", fell=True) == cells[:1]
    assert signed_side(cells, "Which year had the highest X?") == cells
