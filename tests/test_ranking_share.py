"""A share of a ranked table's whole: the ranked rows' amounts over its whole row, in the amount column asked."""

from ingest.tables import Cell, Table
from rag import compute
from rag.extractive.cells import RowHit
from rag.extractive.rank_words import asked, rank_operation
from rag.extractive.ranking import Ranking
from rag.extractive.ranking_share import amount_measure, whole_row

COLS = ["Rank", "Producer", "Nameplate capacity 2024", "Capacity utilisation 2024"]
ROWS = [("1", "A Corp", "22.5", "62.7%"), ("2", "B Potash", "14.0", "84.3%"), ("", "World total", "90.0", "75.7%")]


def _ranking() -> Ranking:
    cells = []
    for rank, name, cap, util in ROWS:
        cells += [Cell(name, "Rank", rank, float(rank) if rank else None), Cell(name, "Producer", name),
                  Cell(name, COLS[2], cap, float(cap)), Cell(name, COLS[3], util, float(util[:-1]), unit="%")]
    table = Table(None, COLS, [r[1] for r in ROWS], cells)
    return Ranking("", "Producer", COLS, [(1, "A Corp", RowHit(0, table, "A Corp", 1.0)),
                                          (2, "B Potash", RowHit(0, table, "B Potash", 1.0))])


def test_share_of_the_whole_is_asked_of_the_top_n():
    q = "What share of world nameplate capacity do the top two producers hold?"
    assert rank_operation(q) == "share" and asked(q, None).ranks == (1, 2)
    assert rank_operation("What was the combined share of the top two vendors?") == "sum"


def test_amount_column_and_whole_row():
    r = _ranking()
    assert amount_measure(r, "What share of world nameplate capacity do the top two producers hold?") == COLS[2]
    assert whole_row(r.rows[0][2], COLS[2]).text == "90.0"


def test_parts_share_recomputes():
    ops = [compute.Operand.of(x) for x in ("22.5", "14.0", "12.8", "90.0")]
    assert compute.parts_share(ops[:3], ops[3]).exact.quantize(compute.Decimal("0.01")) == compute.Decimal("54.78")
    assert compute.recompute("parts_share", ["22.5", "14.0", "12.8", "90.0"], "54.78%")
